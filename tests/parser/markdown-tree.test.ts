/**
 * A long Markdown text is parsed in runs of blocks (the parser slows with the square of a text's block quotes): the tree is
 * the one the text parsed whole gives, positions included, whatever stands across a blank line.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { markdownTree, RUN_CHARACTERS, runStarts } from '../../src/parser/readers/markdown-tree.ts';

const whole = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** One meeting's worth of blocks that a blank line does not end, or ends only in part. */
const blocks = (i: number): string =>
	[
		`## 議題${i}　地域公共交通について`,
		'',
		`山田: 資料${i}について説明します。`,
		'',
		`> [!note] メモ${i}`,
		'> 確認事項です。',
		'',
		'- 一つ目の論点',
		'',
		'- 二つ目の論点（間に空行のある項目）',
		'',
		'  項目の続きの段落。',
		'',
		'```text',
		`コード${i}`,
		'',
		'空行の後も続くコード',
		'```',
		'',
		'<!-- 記録者のメモ',
		'',
		'空行を含むコメント -->',
		'',
		'<pre>',
		'整形済み',
		'',
		'空行の後',
		'</pre>',
		'',
		'    字下げのコード',
		'',
		'    空行の後の字下げ',
		'',
		'| 発言者 | 内容 |',
		'| --- | --- |',
		`| 佐藤 | 意見${i} |`,
		'',
		'見出し',
		'======',
		'',
		'1. 番号付き',
		'',
		'2. 空行の後の番号',
		'',
		`佐藤: 了解しました。${'説明が続きます。'.repeat(i % 7)}`,
		'',
	].join('\n');

const LONG = Array.from({ length: 200 }, (_, i) => blocks(i)).join('\n');

describe('a long Markdown text parsed in runs', () => {
	test('is cut into runs, and gives the tree of the text parsed whole, positions included', () => {
		expect(LONG.length).toBeGreaterThan(RUN_CHARACTERS * 4);
		expect(runStarts(LONG.split('\n')).length).toBeGreaterThan(3);
		expect(markdownTree(LONG)).toEqual(whole(LONG));
	});

	test('never cuts inside a fence, an HTML comment or <pre>, nor before an indented line or a list item', () => {
		const lines = LONG.split('\n');
		for (const start of runStarts(lines).slice(1)) {
			expect(lines[start - 1]).toBe('');
			expect(lines[start]).toMatch(/^(?![ \t]|[-*+] |[0-9]+\. )/u);
			const before = lines.slice(0, start).join('\n');
			expect((before.match(/^```/gmu) ?? []).length % 2).toBe(0);
			expect((before.match(/<!--/gu) ?? []).length).toBe((before.match(/-->/gu) ?? []).length);
			expect((before.match(/<pre>/gu) ?? []).length).toBe((before.match(/<\/pre>/gu) ?? []).length);
		}
	});

	// Each block that a blank line does not end, set across the place a run would end (RUN_CHARACTERS), blank lines inside it.
	const inner = (line: string) => Array.from({ length: 40 }, (_, i) => `${line}${i}`).join('\n\n');
	test.each([
		['a fenced code block', `\`\`\`\n${inner('コード')}\n\`\`\``],
		['a tilde fence', `~~~~\n${inner('コード')}\n~~~~`],
		['an HTML comment', `<!-- メモ\n${inner('メモ')}\n-->`],
		['a <pre> block', `<pre>\n${inner('整形')}\n</pre>`],
		['an indented code block', inner('    字下げ')],
		['a loose list', inner('- 項目')],
		['a list item\'s paragraphs', `- 項目\n\n${inner('  続き')}`],
	])('%s across the place a run would end is kept whole', (_, block) => {
		const text = `${'前置きの段落です。'.repeat(Math.floor((RUN_CHARACTERS - 100) / 9))}\n\n${block}\n\n${'> 引用\n\n'.repeat(3000)}後の段落。\n`;
		expect(runStarts(text.split('\n')).length).toBeGreaterThan(1);
		expect(markdownTree(text)).toEqual(whole(text));
	});

	test('a text with link or footnote definitions is parsed whole, so a reference before its definition resolves', () => {
		const text = `本文の参照[^1]と[資料][doc]。\n\n${'> 引用\n\n'.repeat(4000)}[^1]: 注の本文\n\n[doc]: https://example.org/doc.pdf\n`;
		const tree = markdownTree(text);
		expect(tree).toEqual(whole(text));
		expect(JSON.stringify(tree.children[0])).toContain('footnoteReference');
		expect(JSON.stringify(tree.children[0])).toContain('linkReference');
	});
});
