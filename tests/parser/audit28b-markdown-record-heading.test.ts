/**
 * `## 記録` names who kept the minutes in one team's template and the record itself in another's (a Notion page's
 * `## 記録` over the turns): turns under it are the proceedings, a section of the body, never members of a roll.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

describe('a Notion page whose turns stand under `## 記録`', () => {
	const head = ['# 第4回 地域食堂 実行委員会', '', '日付: 2025年9月6日', '参加者: 長尾 由美, 浅野 修, 小島 典子', '', '## 記録', ''];

	test('reads them as turns in a section of that name', () => {
		const result = parseLines([...head, '長尾: 秋メニューは栗ご飯と豚汁にしたい。', '浅野: 材料費が上がっているので、単価を確認します。'], 'shokudo.md');
		expect(turnsOf(result)).toEqual([
			['長尾', '秋メニューは栗ご飯と豚汁にしたい。'],
			['浅野', '材料費が上がっているので、単価を確認します。'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['記録']);
		expect(rollsOf(result).map(([group]) => group)).toEqual(['参加者']);
	});

	test('as a list too', () => {
		const result = parseLines([...head, '- 小島: ボランティア募集のチラシを作りました。', '- 長尾: ありがとうございます。'], 'shokudo.md');
		expect(turnsOf(result)).toEqual([
			['小島', 'ボランティア募集のチラシを作りました。'],
			['長尾', 'ありがとうございます。'],
		]);
		expect(rollsOf(result).map(([group]) => group)).toEqual(['参加者']);
	});

	test('while `## 記録` over a name is who kept the minutes', () => {
		const result = parseLines([...head, '- 小島', '', '## 議事', '', '- 長尾: 開会します。'], 'shokudo.md');
		expect(rollsOf(result).map(([group, members]) => [group, members.length])).toEqual([
			['参加者', 3],
			['記録', 1],
		]);
		expect(turnsOf(result)).toEqual([['長尾', '開会します。']]);
	});
});
