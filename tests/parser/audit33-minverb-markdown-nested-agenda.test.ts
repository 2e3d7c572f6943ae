/**
 * A Markdown 議事録 whose agenda nests the items of business under the entry announcing them (`2. 議題` / `   1. …`,
 * `- 報告事項` / `  - …`), as a ministry's 議事次第 is set: the nested items are the agenda, as the council reader reads a
 * header's; the list stays in the body as written.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.md', sourceHash: '0'.repeat(64) })[0];

const HEAD = ['# 地域公共交通の再構築に関する検討会（第２回）議事録', '', '- 日時：令和６年１０月１８日（金）10:00〜12:00', '- 場所：国土交通省 共用会議室', ''];
const TURNS = ['## 議事録', '', '**竹中座長**：それでは第２回検討会を開会します。', '', '**上野委員**：輸送密度の基準について、地域の実情を反映すべきではないでしょうか。'];

describe('a nested Markdown agenda', () => {
	test('the items under 議題 are the agenda', () => {
		const result = parse([...HEAD, '## 議事', '', '1. 開会', '2. 議題', '   1. ローカル鉄道の在り方について', '   2. 地域交通のデジタル化について', '   3. その他', '3. 閉会', '', ...TURNS]);
		expect(result?.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, 'ローカル鉄道の在り方について'],
			[2, '地域交通のデジタル化について'],
			[3, 'その他'],
		]);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['竹中座長', '上野委員']);
		expect(JSON.stringify(result?.body)).toContain('閉会');
	});

	test('the items under each kind of business are the agenda', () => {
		const result = parse([...HEAD, '## 議題', '', '- 報告事項', '  - 令和５年度事業報告', '- 審議事項', '  - 令和６年度事業計画（案）', '  - 予算（案）', '', ...TURNS]);
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['令和５年度事業報告', '令和６年度事業計画（案）', '予算（案）']);
	});

	test('a flat agenda is read as before', () => {
		const result = parse([...HEAD, '## 議事', '', '1. 開会', '2. 意見交換', '3. 閉会', '', ...TURNS]);
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['開会', '意見交換', '閉会']);
	});
});
