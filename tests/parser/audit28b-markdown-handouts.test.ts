/**
 * Markdown minutes listing their handouts under a heading of their own (`## 配布資料`, `## 資料`), before or after the
 * proceedings: each item is a handout of the record, its id the `資料N` it opens with or the list's number. Items that are
 * neither, or that hold a link, stay the heading's section of the body.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseLines, turnsOf } from './unseen-helpers.ts';

describe('a PTA committee listing its handouts after the proceedings', () => {
	const result = parseLines(
		[
			'# 2024/06/12 PTA運営委員会 議事録',
			'',
			'- 日時：2024年6月12日(水) 19:00〜20:30',
			'- 出席者：山本会長、中村副会長、小林書記',
			'',
			'## 議事',
			'',
			'**山本会長**：夏祭りは7月20日に開催します。',
			'**小林書記**：アンケートの結果、値上げ反対が多数でした。',
			'',
			'## 配布資料',
			'',
			'- 資料1 夏祭り実施要項',
			'- 資料2　会費アンケート結果（委員限り）',
			'- 参考資料 昨年度の収支',
		],
		'pta.md',
	);

	test('reads each item as a handout with its id and note', () => {
		expect(result.meeting?.handouts).toEqual([
			{ id: '資料1', title: '夏祭り実施要項', note: null },
			{ id: '資料2', title: '会費アンケート結果', note: '委員限り' },
			{ id: '参考資料', title: '昨年度の収支', note: null },
		]);
	});

	test('leaves no section of the handouts in the body, and the turns as they were', () => {
		expect(result.body.map((section) => section.title)).toEqual(['議事']);
		expect(turnsOf(result)).toEqual([
			['山本会長', '夏祭りは7月20日に開催します。'],
			['小林書記', 'アンケートの結果、値上げ反対が多数でした。'],
		]);
	});
});

describe('a numbered list of handouts under `## 資料` in the header', () => {
	const result = parseLines(
		['# 商店会 定例会 議事録', '', '- 日時: 2024年8月5日 18:30〜20:00', '- 出席者: 森田、池田', '', '## 資料', '', '1. 夏のセール集計表', '2. 照明見積書', '', '## 議事', '', '- 森田: 売上は前年比110%でした。'],
		'shoten.md',
	);

	test('takes the list’s numbers as the ids', () => {
		expect(result.meeting?.handouts).toEqual([
			{ id: '1', title: '夏のセール集計表', note: null },
			{ id: '2', title: '照明見積書', note: null },
		]);
		expect(result.meeting?.remarks).toHaveLength(1);
	});
});

describe('a list under `## 資料` that names no handout by number, or links to them', () => {
	const result = parseLines(
		[
			'# 開発定例 議事録',
			'',
			'- 日時: 2024/05/10 15:00-16:30',
			'',
			'## 資料',
			'',
			'- `release-plan.xlsx`',
			'- [障害報告書](https://example.org/report.pdf)',
			'',
			'## 議事',
			'',
			'- 佐藤: 6月リリースは予定どおり進める。',
		],
		'dev.md',
	);

	test('stays the section’s text, links kept, and is no handout', () => {
		expect(result.meeting?.handouts).toEqual([]);
		expect(result.body.map((section) => section.title)).toEqual(['資料', '議事']);
		expect(bodyText(result)).toContain(fold('release-plan.xlsx'));
		const list = result.body[0]?.children[0];
		expect(list?.type === 'list' ? list.items[1]?.links?.[0]?.url : null).toBe('https://example.org/report.pdf');
	});
});
