/**
 * A condominium board's Markdown minutes give the meeting's fields as a two-column table (`| 出席 | 理事7名中6名（委任状1名） |`)
 * and the roll as a table with a column of attendance (`| 役職 | 氏名 | 部屋番号 | 出欠 |`, `欠席` in one row). The count had
 * been a member named by nobody (with a warning that the group lists no members), and the member marked 欠席 had been listed
 * among those present.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'# さくら台マンション管理組合 第4回理事会 議事録',
	'',
	'| 項目 | 内容 |',
	'| --- | --- |',
	'| 日時 | 2025年8月24日（日）10:00～11:30 |',
	'| 場所 | 集会室 |',
	'| 出席 | 理事7名中6名（委任状1名） |',
	'',
	'## 出席者',
	'',
	'| 役職 | 氏名 | 部屋番号 | 出欠 |',
	'| --- | --- | --- | --- |',
	'| 理事長 | 小林 美穂 | 302 | 出席 |',
	'| 会計 | 吉田 智子 | 105 | 出席 |',
	'| 理事 | 山下 亮 | 210 | 欠席 |',
	'| 理事 | 中島 真理 | 411 | ○ |',
	'',
	'## 第1号議案 駐輪場の料金改定について',
	'',
	'小林理事長：来年4月から1台月200円にしたいと考えています。',
	'',
].join('\n');

describe('an attendance table and a count in Markdown', () => {
	const result = parseText(minutes, 'rijikai-4.md');
	const groups = result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => member.name)]);

	test('the count is the note of its group, with no warning', () => {
		expect(groups?.[0]).toEqual(['出席', '理事7名中6名（委任状1名）', []]);
		expect(result.diagnostics.filter((d) => d.code === 'empty-group')).toEqual([]);
	});

	test('the member marked absent is among the absent', () => {
		expect(groups?.slice(1)).toEqual([
			['出席者', null, ['小林 美穂', '吉田 智子', '中島 真理']],
			['欠席者', null, ['山下 亮']],
		]);
	});
});
