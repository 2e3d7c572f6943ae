/**
 * A ministry's 議事録 taken from a PDF whose title stands on two lines (`消費者契約に関する検討会（第１２回）` / `議事録`) and whose
 * pages repeat the first line alone under the page number: that running head is no part of the turn it falls in.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe("a PDF's running head", () => {
	test("the title's first line over each page is left out of the turns", () => {
		const meeting = read([
			'消費者契約に関する検討会（第１２回）',
			'議事録',
			'',
			'１．日時：令和６年９月１９日（木）１３：００～１５：００',
			'２．場所：消費者庁６階　第１会議室',
			'',
			'○沖野座長　それでは、第１２回検討会を開催いたします。',
			'○古川企画官　資料１に沿って御説明いたします。',
			'－1－',
			'消費者契約に関する検討会（第１２回）',
			'　まず、１ページ目でございます。',
			'○河野委員　消費者の立場から申し上げます。',
		]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['沖野座長', 'それでは、第１２回検討会を開催いたします。'],
			['古川企画官', '資料１に沿って御説明いたします。\nまず、１ページ目でございます。'],
			['河野委員', '消費者の立場から申し上げます。'],
		]);
	});

	test('a short title said again in the text stays', () => {
		const meeting = read(['理事会', '議事録', '', '日時：令和６年９月１９日（木）１３：００～１５：００', '', '○議長　開会します。', '理事会', '○議長　閉会します。']);
		// (Between a finished sentence and a turn, a short line without a mark reads as a heading: kept as the section's title.)
		expect([...(meeting?.remarks.map((remark) => remark.text) ?? []), ...(meeting?.sections.map((section) => section.title) ?? [])]).toContain('理事会');
	});
});
