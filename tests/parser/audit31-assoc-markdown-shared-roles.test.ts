/**
 * A Markdown record's roll whose entries each name their own role (`- 出席：会長 田村、副会長 増田、理事 大崎、南、西田、堀、監事 土屋`):
 * a bare surname after an entry with a post many hold holds that post too, as the plain-text roll reads it (`南`, `堀` had
 * had no name, `西田` no post); never after a post only one holds.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const roll = (line: string) =>
	parseLines(['# 日本情報言語学会 2024年度第3回理事会 議事録', '', '- 日時：2024年10月5日（土）13:00–15:00', line, '', '## 1. 年次大会について', '', '大崎理事：来年度の大会は京都で開催の予定です。'], 'rijikai.md').meeting?.participants.map((group) => [
		group.group,
		group.members.map((member) => [member.title, member.name]),
	]);

describe('a Markdown roll of entries with their own roles', () => {
	test('a bare surname after a post many hold holds it', () => {
		expect(roll('- 出席：会長 田村、副会長 増田、理事 大崎、南、西田、堀、監事 土屋')).toEqual([
			[
				'出席',
				[
					['会長', '田村'],
					['副会長', '増田'],
					['理事', '大崎'],
					['理事', '南'],
					['理事', '西田'],
					['理事', '堀'],
					['監事', '土屋'],
				],
			],
		]);
	});

	test('never after a post one holds', () => {
		expect(roll('- 出席：会長 田村、副会長 増田、西田')).toEqual([
			[
				'出席',
				[
					['会長', '田村'],
					['副会長', '増田'],
					[null, '西田'],
				],
			],
		]);
	});
});
