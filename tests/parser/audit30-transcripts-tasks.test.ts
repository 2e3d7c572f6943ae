/**
 * AI note takers' minutes saved as text end with a to-do list whose tasks name who does them (`* [ ] 佐藤 花子さん: 会場の下見を
 * 行う。`, `- [x] 木下：予算案の作成`): each task is an item of the list, never a turn of a speaker named `* [ ] 佐藤 花子さん`.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const MINUTES = [
	'自治会役員会 議事録',
	'日時：2024年6月8日（土）19:00〜20:30',
	'出席者：松本、井上、木下',
	'',
	'議事',
	'松本：夏祭りの開催可否について協議したい。',
	'井上：テントを2張り追加したい。',
	'',
	'ToDo',
	'* [ ] 井上：テントのレンタル手配（6/20まで）',
	'- [x] 木下: 予算案の作成',
	'[ ] 松本 会長：案内文の確認',
];

/** The items of the body's lists, in order. */
function itemsOf(blocks: readonly Block[]): string[] {
	return blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : 'children' in block ? itemsOf(block.children as Block[]) : []));
}

describe('a to-do list after the turns', () => {
	const result = parseLines(MINUTES, 'a.txt');

	test('the turns are the speakers’ only', () => {
		expect(turnsOf(result)).toEqual([
			['松本', '夏祭りの開催可否について協議したい。'],
			['井上', 'テントを2張り追加したい。'],
		]);
	});

	test('the short line over them heads them', () => {
		expect(result.meeting?.sections.map((section) => section.title)).toContain('ToDo');
	});

	test('each task is an item, its box drawn as a Markdown file’s is', () => {
		expect(itemsOf(result.body.flatMap((section) => section.children))).toEqual(['☐ 井上：テントのレンタル手配（6/20まで）', '☑ 木下: 予算案の作成', '☐ 松本 会長：案内文の確認']);
	});
});
