/**
 * A summary's numbered points that tell what one speaker said (`（３）最後に、座長より、…旨の発言があった。`, `２．事務局から、…旨の
 * 回答があった。`): each is that speaker's remark, its number kept in the text as written.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const HEADER = ['地域公共交通検討会（第２回）議事概要', '', '１．日時：令和６年６月３日（月）１４：００～１５：３０', '２．場所：市役所本庁舎５階会議室', '３．出席者：村上座長、岡田委員、西川委員', '', '４．議事概要'];

describe('numbered points the record tells', () => {
	test('a numbered sentence naming one speaker is that speaker\'s remark, its number kept', () => {
		const lines = [
			...HEADER,
			'（１）岡田委員から、路線バスの減便が通院に影響している旨の意見があった。',
			'（２）これに対し、事務局から、デマンド交通の導入を検討している旨の回答があった。',
			'（３）最後に、村上座長より、次回は実証運行の計画案を議論する旨の発言があった。',
			'',
			'以上',
		];
		const result = parse(lines);
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岡田委員', '（１）岡田委員から、路線バスの減便が通院に影響している旨の意見があった。'],
			['事務局', '（２）これに対し、事務局から、デマンド交通の導入を検討している旨の回答があった。'],
			['村上座長', '（３）最後に、村上座長より、次回は実証運行の計画案を議論する旨の発言があった。'],
		]);
	});

	test('(guard) a numbered point naming several speakers stays the record\'s', () => {
		const lines = [...HEADER, '（１）岡田委員及び西川委員から、運賃の見直しについて質問があった。', '', '以上'];
		const result = parse(lines);
		expect(result?.meeting?.remarks).toEqual([]);
		expect(JSON.stringify(result)).toContain('岡田委員及び西川委員から、運賃の見直しについて質問があった。');
	});
});
