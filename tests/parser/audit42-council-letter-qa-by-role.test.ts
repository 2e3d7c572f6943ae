/**
 * A prefecture's 部会 議事要旨 sets its 質疑 as a question and an answer by letter, who asks or answers in brackets by role
 * alone, a full-width space before the words: `Ｑ（委員）　支援員の平均年齢はどのくらいか。` / `Ａ（事務局）　５０代後半であり、…`.
 * Each is a turn (they had been paragraphs, where `Ｑ（委員長）` and `問（委員）` already spoke).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'第５回　こども未来審議会　子ども・子育て支援部会　議事要旨',
	'',
	'日時：令和６年１月２５日（木）１８：３０～２０：３０',
	'場所：ふたば県庁本庁舎３階　第１会議室',
	'出席委員：今井部会長、植村副部会長、江口委員、大熊委員',
	'',
	'議題',
	'（１）放課後児童クラブの支援員確保について',
	'',
	'議事概要',
	'（１）放課後児童クラブの支援員確保について',
	'事務局から資料１、資料２について説明。主な質疑は以下のとおり。',
	'',
	'Ｑ（委員）　支援員の平均年齢はどのくらいか。',
	'Ａ（事務局）　５０代後半であり、若い世代の確保が課題となっている。',
	'Ｑ（委員）　処遇改善の加算は、どの程度の事業所で使われているのか。',
	'Ａ（事務局）　約６割の事業所が活用している。',
].join('\n');

describe('a question and an answer by letter, by role alone', () => {
	test('each is a turn of its own', () => {
		const turns = parseText(record, 'a.txt').body.flatMap((section) => section.children.flatMap((block) => (block.type === 'remark' ? [[block.speaker, block.children.map((child) => ('text' in child ? child.text : '')).join('')]] : [])));
		expect(turns).toEqual([
			['Ｑ（委員）', '支援員の平均年齢はどのくらいか。'],
			['Ａ（事務局）', '５０代後半であり、若い世代の確保が課題となっている。'],
			['Ｑ（委員）', '処遇改善の加算は、どの程度の事業所で使われているのか。'],
			['Ａ（事務局）', '約６割の事業所が活用している。'],
		]);
	});
});
