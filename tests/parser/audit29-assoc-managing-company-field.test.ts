/**
 * An owners' association's Markdown minutes naming its managing company in the header (`管理会社：〇〇管理 担当 鈴木`, `管理員：…`):
 * a group of those present, as `オブザーバー：…` is, never a turn of 管理会社 before the proceedings.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a board’s header naming the managing company', () => {
	const result = parseLines(
		[
			'# グリーンパーク管理組合 第12期 第3回理事会議事録',
			'',
			'日時：2024年8月24日（土）10:00～11:30  ',
			'場所：集会室  ',
			'出席：理事長 青木、副理事長 上野  ',
			'管理会社：〇〇管理 担当 鈴木  ',
			'管理員：大川',
			'',
			'## 議案1　植栽剪定業者の選定',
			'',
			'- 理事長：A社で進めたい。',
		],
		'green.md',
	);

	test('reads the company’s and the caretaker’s lines as groups of the roll', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席', ['理事長 青木', '副理事長 上野']],
			['管理会社', ['〇〇管理 担当 鈴木']],
			['管理員', ['大川']],
		]);
	});

	test('reads only the proceedings’ turn', () => {
		expect(turnsOf(result)).toEqual([['理事長', 'A社で進めたい。']]);
	});
});
