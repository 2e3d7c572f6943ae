/**
 * A `[` that nothing closes is written `\[` before the Markdown parser sees it, which reads the same tree: GitHub's
 * autolink extension had walked back to such a bracket at every later letter, a long block after one taking time growing
 * with its square (measured in `npm run bench:scaling`, input `markdown unclosed bracket`).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { escapeUnclosedBrackets, markdownTree } from '../../src/parser/readers/markdown-tree.ts';

/** A tree without positions (an escape moves the columns after it, never the lines). */
const bare = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)));
const plain = (text: string): unknown => bare(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));

const SAMPLES = [
	'- [a b c https://example.org/x 資料',
	'[未定 田中：次回は https://example.org で共有\n\n## 次\n\n- [リンク](https://example.org) と [注記',
	'`[` のみ、[閉じない括弧 www.example.org',
	'- [ ] 資料作成 [担当未定\n- [x] 共有',
	'```\n[コード内\n```\n本文 [閉じない',
	'[^1] 注 [a] [b\n\n[^1]: 脚注',
	'\\[既に書かれた\\[ と [ ひとつ',
];

describe('unclosed brackets', () => {
	test.each(SAMPLES)('the tree of %j is the tree of the text as written', (text) => {
		expect(bare(markdownTree(text))).toEqual(plain(text));
	});

	test('only a bracket that nothing closes in its block is escaped; code keeps its brackets', () => {
		expect(escapeUnclosedBrackets('[a] [b\n\n[c]\n`[`\n```\n[d\n```')).toBe('[a] \\[b\n\n[c]\n`[`\n```\n[d\n```');
	});

	test('several on one line are each escaped once, in place', () => {
		expect(escapeUnclosedBrackets('[a [b] [c [d\n[e')).toBe('\\[a [b] \\[c \\[d\n\\[e');
	});

	test('the lines stay where they were', () => {
		const text = '# 会議\n\n- [a b c\n- 山田: https://example.org';
		expect(markdownTree(text).children.map((node) => node.position?.start.line)).toEqual([1, 3]);
	});
});
