/**
 * A ministry's 議事要旨 that anonymises its members (`Ａ委員（座長）、Ｂ委員、…` in the roll) writes its 質疑 as a label, a colon
 * and the words, one turn a line (`Ｄ委員：…`, `事務局：…`); where several members asked the same, the label names the first and
 * the others with them (`Ｅ委員ほか：…`, `委員Ｂ外２名：…`). That label heads its own turn (its words had been kept inside the turn
 * before, as the previous speaker's).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const turns = (lines: readonly string[]) => {
	const { body } = parseText(
		['食品表示制度に関する懇談会（第２回）議事要旨', '', '１．日時：令和５年１１月９日（木）１５：００～１７：００', '２．場所：共用第１２３会議室', '３．出席者', '（委員）Ａ委員（座長）、Ｂ委員、Ｃ委員、Ｄ委員、Ｅ委員', '（事務局）食品表示企画課長', '４．議事概要', ...lines].join('\n'),
		'a.txt',
	);
	return body.flatMap((section) => section.children.flatMap((block) => (block.type === 'remark' ? [[block.speaker, block.children.map((child) => ('text' in child ? child.text : '')).join('\n')]] : [])));
};

describe('an anonymised member and others with them', () => {
	test('ほか after the member heads a turn of its own', () => {
		expect(turns(['Ｄ委員：輸入原料の扱いはどうしているか。', 'Ｃ委員：過去の実績に基づく表示を用いている。', 'Ｅ委員ほか：書類の保存期間を明確にしてほしい。', '事務局：ガイドラインに明記したい。'])).toEqual([
			['Ｄ委員', '輸入原料の扱いはどうしているか。'],
			['Ｃ委員', '過去の実績に基づく表示を用いている。'],
			['Ｅ委員ほか', '書類の保存期間を明確にしてほしい。'],
			['事務局', 'ガイドラインに明記したい。'],
		]);
	});

	test('外２名 after a member lettered after the word', () => {
		expect(turns(['委員Ａ：表示の根拠を伺いたい。', '委員Ｂ外２名：同じ点を確認したい。', '事務局：次回お示しする。'])).toEqual([
			['委員Ａ', '表示の根拠を伺いたい。'],
			['委員Ｂ外２名', '同じ点を確認したい。'],
			['事務局', '次回お示しする。'],
		]);
	});
});
