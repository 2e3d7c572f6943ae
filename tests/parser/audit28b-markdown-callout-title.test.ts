/**
 * An Obsidian callout's own title (`> [!note] メモ`) is a line of its own over the callout's text, never run into it as a
 * wrapped line (`メモ今週は…`).
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseLines } from './unseen-helpers.ts';

const texts = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.type === 'remark' ? texts(block.children) : []));

describe('a callout with a title over its text', () => {
	const result = parseLines(
		['---', 'date: 2024-07-03', '---', '', '# 週次 プロダクト会議', '', '> [!note] メモ', '> 今週はデザインレビューを', '> 中心に行った。', '', '## 議事', '', '- 高橋: 画面の案を共有。'],
		'weekly.md',
	);

	test('keeps the title and the text apart, each on its line', () => {
		const blocks = result.body.flatMap((section) => section.children).filter((block) => block.type === 'paragraph');
		expect(blocks.map((block) => (block.type === 'paragraph' ? [block.text, block.line] : null))).toEqual([
			['メモ', 7],
			['今週はデザインレビューを中心に行った。', 8],
		]);
	});

	test('a callout whose title is all it says, or that names the fields, is unchanged', () => {
		const alone = parseLines(['# 週次 会議 議事録', '- 日時: 2024-07-03', '', '> [!warning] 次回は休会', '', '## 議事', '- 高橋: 共有します。'], 'a.md');
		expect(alone.body.flatMap((section) => texts(section.children))).toContain('次回は休会');
		const fields = parseLines(['# 週次 会議 議事録', '', '> [!info] 会議情報', '> - 日時: 2024-07-03', '', '## 議事', '- 高橋: 共有します。'], 'b.md');
		expect(fields.meeting?.date).toBe('2024-07-03');
		expect(fields.body.flatMap((section) => texts(section.children))).toEqual([]);
	});
});
