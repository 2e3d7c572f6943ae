/**
 * An Imperial Diet 速記録 that prints the 議事日程 (its called time over its items) and goes on to the sitting's own time under the
 * items (`第一　國民健康保險法案…` / `午後一時十八分開議`) starts at that time. Before, the time under the items was read as the
 * 議事日程's, and the sitting had no start.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第七十四回帝國議會衆議院
　　　　　　　　　　　　　　議事速記録第十一號
昭和十四年二月三日（金曜日）
　　　議事日程　第十一號
　　　　昭和十四年二月三日
　　　　午後一時開議
第一　國民健康保險法案（政府提出）　第一讀會
第二　醫療保護法案（政府提出）　第一讀會
　　　午後一時十八分開議
○議長（小山松吉君）　是ヨリ會議ヲ開キマス、日程第一、國民健康保險法案ノ第一讀會ヲ開キマス
○國務大臣（木戸幸三君）　只今上程セラレマシタ法案ニ付キマシテ御説明申上ゲマス
○議長（小山松吉君）　本日ハ是ニテ散會致シマス
　　　午後二時五分散會
`;

describe('the sitting’s time under the 議事日程’s items', () => {
	test('is the start; the called time over the items is not', () => {
		const { meeting } = parseText(RECORD, 'teikoku-74-11.txt');
		expect([meeting?.start, meeting?.end, meeting?.agenda.length, meeting?.remarks.length]).toEqual(['13:18', '14:05', 2, 3]);
	});

	test('a time over the items alone stays the called time', () => {
		const { meeting } = parseText(RECORD.replace('　　　午後一時十八分開議\n', ''), 'teikoku-74-11.txt');
		expect(meeting?.start).toBeNull();
	});
});
