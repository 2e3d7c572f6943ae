/**
 * A ministry's 議事概要 telling in bullets what was said: a named member's question about something (`○ 佐野委員より、観測網の維持に
 * ついて質問があった。`) is that member's turn, an official named by the post alone (`気象防災監から、…旨の回答があった。`) that
 * official's, and the record's bulleted sentence of what the members said (`・委員から、…との意見があった。`) no more of the turn above.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const HEAD = ['気象業務の高度化に関する検討会（第４回）', '議事概要', '', '１．日時：令和７年１月２０日（月）１０時００分～１２時００分', '２．場所：気象庁本庁舎２階大会議室', ''];

describe('bulleted points telling what was said', () => {
	test('a question about something and a post alone answering are turns', () => {
		const remarks = parse([...HEAD, '５．議事概要', '○ 佐野委員より、観測網の維持について質問があった。', '○ 気象防災監から、必要な予算を確保したい旨の回答があった。', '○ 須藤委員から、民間との協力についての意見があった。'])?.meeting?.remarks;
		expect(remarks?.map((remark) => [remark.speaker, remark.text])).toEqual([
			['佐野委員', '佐野委員より、観測網の維持について質問があった。'],
			['気象防災監', '気象防災監から、必要な予算を確保したい旨の回答があった。'],
			['須藤委員', '須藤委員から、民間との協力についての意見があった。'],
		]);
	});

	test("the record's bulleted sentence ends the turn above and stays the record's text", () => {
		const result = parse([...HEAD, '○河野座長　それでは意見交換に移ります。', '・委員から、予測の不確実性を住民にどう伝えるかが重要であるとの意見があった。', '・事務局から資料２について説明があった。']);
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['河野座長', 'それでは意見交換に移ります。']]);
		expect(JSON.stringify(result?.body)).toContain('委員から、予測の不確実性を住民にどう伝えるかが重要であるとの意見があった。');
	});

	test('an explanation about a handout stays the record\'s', () => {
		const remarks = parse([...HEAD, '５．議事概要', '○ 事務局から、資料１について説明があった。'])?.meeting?.remarks;
		expect(remarks).toEqual([]);
	});
});
