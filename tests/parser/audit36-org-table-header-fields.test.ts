/**
 * An owners' association's minutes in Markdown with the header set as a table of field and value (`| ■ 開催日 | … |`, a
 * managing agent's template, the date of writing and the association over the title): the meeting's day, time and place are
 * the table's (the date had been the day of writing, the place and the roll lost), the roll's cell of posts and names a
 * full-width space apart one member each, and an agenda's label over a table of its items the text's first section.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和6年7月15日',
	'シャトー緑ヶ丘管理組合',
	'',
	'# 第12期第2回理事会・議事録',
	'',
	'| 項目 | 内容 |',
	'|---|---|',
	'| ■ 開催日 | 令和6年7月13日（土） |',
	'| ■ 時 間 | 14:00 ～ 15:30 |',
	'| ■ 場 所 | 集会室 |',
	'| ■ 出席者（敬称略） | 理事長 宮本 直樹　副理事長 北野 彩　理事 沢田 悠　監事 植田 学 |',
	'| ■ 欠席者（敬称略） | 理事 片岡 茂 |',
	'',
	'■ 審議事項',
	'',
	'| 議事 | 内容 |',
	'|---|---|',
	'| 外壁点検の件 | 9月に実施することとし、承認された。 |',
	'',
	'■ 次回理事会',
	'令和6年8月10日（土）14:00～ 集会室',
].join('\n');

describe('a header set as a Markdown table of fields', () => {
	const meeting = parseText(text, 'board.md').meeting;

	test("the meeting's day, time and place", () => {
		expect([meeting?.date, meeting?.start, meeting?.end, meeting?.location]).toEqual(['2024-07-13', '14:00', '15:30', '集会室']);
	});

	test('the roll, one member for each post and name', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出席者',
				[
					['理事長', '宮本 直樹'],
					['副理事長', '北野 彩'],
					['理事', '沢田 悠'],
					['監事', '植田 学'],
				],
			],
			['欠席者', [['理事', '片岡 茂']]],
		]);
	});

	test("the agenda's label over its table opens the text", () => {
		expect(meeting?.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['審議事項', '次回理事会']);
	});
});
