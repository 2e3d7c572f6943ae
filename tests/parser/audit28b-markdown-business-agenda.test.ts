/**
 * `## 議事` over a list of the items of business, the proceedings following under headings of their own: the list is the
 * agenda (each item linked to the section that takes it up), no section of its own. `## 議事` over the proceedings themselves
 * (turns, points made) stays their section.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const header = ['# 第8回 運営委員会 議事録', '', '- 日時：2025年5月20日（火）18:00〜19:30', '- 出席：大塚委員長、堀委員、千葉委員', ''];

describe('a numbered list under `## 議事`, the record under `## 議事内容`', () => {
	const result = parseLines(
		[
			...header,
			'## 議事',
			'',
			'1. 前回議事録の確認',
			'2. 予算執行状況',
			'3. その他',
			'',
			'## 議事内容',
			'',
			'### 1. 前回議事録の確認',
			'',
			'大塚委員長：前回議事録について修正はありますか。',
			'堀委員：特にありません。',
			'',
			'### 2. 予算執行状況',
			'',
			'千葉委員：後半に支出が集中する見込みですか。',
		],
		'unei.md',
	);

	test('is the agenda, each item linked to its section', () => {
		const sections = new Map(result.meeting?.sections.map((section) => [section.id, section.title]));
		expect(result.meeting?.agenda.map((item) => [item.number, item.title, item.section === null ? null : sections.get(item.section)])).toEqual([
			[1, '前回議事録の確認', '1. 前回議事録の確認'],
			[2, '予算執行状況', '2. 予算執行状況'],
			[3, 'その他', null],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['議事内容', '1. 前回議事録の確認', '2. 予算執行状況']);
		expect(turnsOf(result)).toHaveLength(3);
	});
});

describe('a bulleted list under `## 議事` whose items head the sections below', () => {
	const result = parseLines(
		[...header, '## 議事', '', '- 役員の選出', '- 防犯カメラの設置', '', '## 役員の選出', '', '大塚委員長：事務局から説明をお願いします。', '', '## 防犯カメラの設置', '', '堀委員：設置場所の優先順位を示してほしい。'],
		'bohan.md',
	);

	test('is the agenda', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title, item.section])).toEqual([
			[1, '役員の選出', 's1'],
			[2, '防犯カメラの設置', 's2'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['役員の選出', '防犯カメラの設置']);
	});
});

describe('`## 議事` over the proceedings', () => {
	test('a list of turns stays the section', () => {
		const result = parseLines([...header, '## 議事', '', '- 大塚委員長: 開会します。', '- 堀委員: 異議なし。', '', '## 次回'], 'a.md');
		expect(result.meeting?.agenda).toEqual([]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['議事', '次回']);
		expect(turnsOf(result)).toEqual([
			['大塚委員長', '開会します。'],
			['堀委員', '異議なし。'],
		]);
	});

	test('a bulleted list of points no heading takes up stays the section', () => {
		const result = parseLines([...header, '## 議事', '', '- 予算案を承認', '- 次回は7月', '', '## 決定事項', '', '- 予算案'], 'b.md');
		expect(result.meeting?.agenda).toEqual([]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['議事', '決定事項']);
	});
});
