/**
 * Markdown minutes listing their handouts by title only (`- 議事次第`, `- 参考資料（PDF）`) under a heading of their own
 * (`## 配布資料`, `## 添付資料`): each item is a handout numbered by its place in the list, one that opens with its own number
 * keeping it (a file type after a title is its note); a list of sentences or fields under such a heading stays the body's.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a board listing its handouts by title before the proceedings', () => {
	const result = parseLines(
		[
			'# 令和6年度 第3回 理事会 議事録',
			'',
			'- 日時：2024年9月14日（土）10:00〜11:45',
			'- 出席理事：山田太郎、佐藤花子',
			'',
			'## 配布資料',
			'',
			'- 議事次第',
			'- 参考資料（PDF）',
			'- 資料3 前回議事録（案）',
			'',
			'## 議事',
			'',
			'**山田理事長**：定刻となりましたので、開会いたします。',
		],
		'rijikai.md',
	);

	test('reads each title as a handout', () => {
		expect(result.meeting?.handouts).toEqual([
			{ id: '1', title: '議事次第', note: null },
			{ id: '2', title: '参考資料', note: 'PDF' },
			{ id: '資料3', title: '前回議事録（案）', note: null },
		]);
		expect(result.body.map((section) => section.title)).toEqual(['議事']);
		expect(turnsOf(result)).toEqual([['山田理事長', '定刻となりましたので、開会いたします。']]);
	});
});

describe('an owners’ association’s board attaching its handouts after the proceedings', () => {
	const result = parseLines(
		['# 管理組合 第3回理事会議事録', '', '日時：2024年8月24日（土）10:00～11:30', '', '## 議案1　植栽剪定業者の選定', '', '- 理事長：A社で進めたい。', '', '## 添付資料', '', '- 見積書（A社・B社・C社）', '- 収支報告書'],
		'kanri.md',
	);

	test('reads the attached titles as handouts', () => {
		expect(result.meeting?.handouts).toEqual([
			{ id: '1', title: '見積書（A社・B社・C社）', note: null },
			{ id: '2', title: '収支報告書', note: null },
		]);
		expect(result.body.map((section) => section.title)).toEqual(['議案1　植栽剪定業者の選定']);
	});
});

describe('sentences under `## 資料`', () => {
	const result = parseLines(['# 運営会議 議事録', '', '- 日時: 2024/05/10', '', '## 資料', '', '- 6月末の残高を確認した。', '- 収支：別紙のとおり'], 'unei.md');

	test('stay the body’s text', () => {
		expect(result.meeting?.handouts).toEqual([]);
		expect(result.body.map((section) => section.title)).toEqual(['資料']);
	});
});
