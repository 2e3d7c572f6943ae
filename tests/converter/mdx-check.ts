/**
 * Reading generated MDX back (with the MDX + GFM micromark parser, and with satteri,
 * the processor Astro uses) and checking that seed text stayed text.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { expect } from 'vitest';
import type { List, Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { BODY_COMPONENTS } from '../../src/archive/minutes-body.ts';
import type { Block, LinkSpan, ListBlock, ParseResult } from '../../src/parser/types.ts';

/** JSX elements and the attributes each may carry: exactly what the meeting page can render. */
const ALLOWED_JSX: Record<string, readonly string[]> = BODY_COMPONENTS;
const FORBIDDEN_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'code', 'inlineCode', 'heading', 'thematicBreak', 'blockquote', 'table', 'emphasis', 'strong', 'delete', 'image', 'definition', 'footnoteReference', 'footnoteDefinition', 'break', 'mdxJsxTextElement'];

/** Split `---\nYAML---\n\nbody` into its parts (the same way Astro finds frontmatter). */
export function splitMdx(mdx: string): { yaml: string; body: string } {
	const match = /^---\n([\s\S]*?\n)---\n\n?/.exec(mdx);
	if (!match) throw new Error('no frontmatter');
	return { yaml: match[1]!, body: mdx.slice(match[0].length) };
}

/** Plain text of a node as a reader sees it (text and link text, soft breaks as `\n`). */
export function visibleText(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return (node.children as Nodes[]).map(visibleText).join('');
	throw new Error(`unexpected ${node.type} node inside text`);
}

/** Every node of a tree, depth first. */
function* walk(node: Nodes): Generator<Nodes> {
	yield node;
	if ('children' in node) for (const child of node.children as Nodes[]) yield* walk(child);
}

/** Parse an MDX body with micromark's MDX + GFM extensions. */
export function readBody(body: string): Root {
	return fromMarkdown(body, {
		extensions: [mdxjs(), gfm()],
		mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
	});
}

/** Link spans the writer keeps: http(s) and mailto addresses without spaces, quotes or angle brackets. */
const keptLinks = (links: readonly LinkSpan[] = []): LinkSpan[] => links.filter((link) => /^(?:https?:\/\/|mailto:)[^\s"<>]+$/iu.test(link.url));

/** Assert a paragraph holds exactly the text, and each kept link span as a link with its text and address (in order). */
function expectLinkedParagraph(node: Nodes, text: string, links?: readonly LinkSpan[]): void {
	expect(node.type).toBe('paragraph');
	expect(visibleText(node)).toBe(text);
	const found = (node as Paragraph).children.filter((child) => child.type === 'link').map((link) => [visibleText(link), link.url]);
	const wanted = keptLinks(links).map((link) => [text.slice(link.start, link.end), link.url]);
	let at = 0;
	for (const pair of wanted) {
		const index = found.findIndex((candidate, i) => i >= at && candidate[0] === pair[0] && candidate[1] === pair[1]);
		expect(index, `link ${JSON.stringify(pair)} among ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
		at = index + 1;
	}
}

/** True when a list block writes anything (an item with text, or a nested list that does). */
const listHasText = (list: ListBlock): boolean => list.items.some((item) => item.text !== '' || (item.children ?? []).some(listHasText));

/** Assert a parsed list matches a list block: order, numbering, item text and links, nested lists under their items. */
function expectList(node: Nodes, block: ListBlock): void {
	expect(node.type).toBe('list');
	const list = node as List;
	expect(list.ordered ?? false).toBe(block.ordered === true);
	if (block.ordered) expect(list.start ?? 1).toBe(block.start ?? 1);
	const items = block.items.filter((item) => item.text !== '' || (item.children ?? []).some(listHasText));
	expect(list.children.length).toBe(items.length);
	items.forEach((item, i) => {
		const node = list.children[i]!;
		expect(node.checked).toBeFalsy();
		const nested = (item.children ?? []).filter(listHasText);
		expect(node.children.map((c) => c.type)).toEqual([...(item.text === '' ? [] : ['paragraph']), ...nested.map(() => 'list')]);
		if (item.text !== '') expectLinkedParagraph(node.children[0]!, item.text, item.links);
		const offset = item.text === '' ? 0 : 1;
		nested.forEach((inner, j) => expectList(node.children[offset + j]!, inner));
	});
}

/** The rows of a table whose head the record marks (a paragraph each), written inside one `<Table head="1">`. */
type TableRows = { type: 'table'; rows: Extract<Block, { type: 'paragraph' }>[] };

/** Blocks with each run of a head row and the rows under it taken together as the table they are written as. */
function withTables(blocks: readonly Block[]): (Block | TableRows)[] {
	const out: (Block | TableRows)[] = [];
	for (const block of blocks) {
		const last = out.at(-1);
		if (block.type === 'paragraph' && block.cells === 'head') out.push({ type: 'table', rows: [block] });
		else if (block.type === 'paragraph' && block.cells === 'row' && last?.type === 'table') last.rows.push(block);
		else out.push(block);
	}
	return out;
}

/** Assert a parsed MDX block list matches the expected parser blocks, text exactly. */
function expectBlocks(actual: Nodes[], expected: Block[], entryId: string): void {
	const wanted = withTables(expected.filter((b) => (b.type === 'paragraph' || b.type === 'note' ? b.text !== '' : b.type === 'list' ? listHasText(b) : true)));
	expect(actual.map((n) => n.type)).toEqual(
		wanted.map((b) => (b.type === 'paragraph' ? 'paragraph' : b.type === 'list' ? 'list' : 'mdxJsxFlowElement')),
	);
	wanted.forEach((block, i) => {
		const node = actual[i]!;
		if (block.type === 'table') {
			expect(node.type === 'mdxJsxFlowElement' && node.name).toBe('Table');
			expect((node as { attributes: { name: string; value: string }[] }).attributes.map((a) => [a.name, a.value])).toEqual([['head', '1']]);
			const children = (node as { children: Nodes[] }).children;
			expect(children.length).toBe(block.rows.length);
			block.rows.forEach((row, j) => expectLinkedParagraph(children[j]!, row.text, row.links));
		} else if (block.type === 'paragraph') {
			expectLinkedParagraph(node, block.text, block.links);
		} else if (block.type === 'note') {
			expect(node.type === 'mdxJsxFlowElement' && node.name).toBe('Note');
			const children = (node as { children: Nodes[] }).children;
			expect(children.map((c) => c.type)).toEqual(['paragraph']);
			expect(visibleText(children[0]!)).toBe(block.text);
		} else if (block.type === 'list') {
			expectList(node, block);
		} else {
			expect(node.type === 'mdxJsxFlowElement' && node.name).toBe('Remark');
			const attributes = Object.fromEntries(
				(node as { attributes: { name: string; value: string }[] }).attributes.map((a) => [a.name, a.value]),
			);
			expect(attributes).toEqual(block.chat ? { id: block.id, meeting: entryId, chat: 'true' } : { id: block.id, meeting: entryId });
			expectBlocks((node as { children: Nodes[] }).children, block.children, entryId);
		}
	});
}

/** Assert a tree has only our JSX, no ESM/expressions/HTML, and the body's text is exactly the parser's. */
function expectTree(root: Root, result: ParseResult, entryId: string): void {
	for (const node of walk(root)) {
		expect(FORBIDDEN_TYPES, `node type ${node.type}`).not.toContain(node.type);
		if (node.type === 'mdxJsxFlowElement') {
			expect(Object.keys(ALLOWED_JSX)).toContain(node.name);
			for (const attribute of node.attributes) {
				expect(attribute.type).toBe('mdxJsxAttribute');
				if (attribute.type !== 'mdxJsxAttribute') continue;
				expect(ALLOWED_JSX[node.name!]).toContain(attribute.name);
				expect(attribute.value).toMatch(/^[a-z0-9-]+$/);
			}
		}
		// GFM autolink literals (www.…, user@…) are links too; their text stays the text.
		if (node.type === 'link') expect(node.url).toMatch(/^(?:https?:\/\/|mailto:)/);
	}
	const sections = root.children.filter((n) => n.type !== 'yaml');
	expect(sections.map((n) => n.type === 'mdxJsxFlowElement' && n.name)).toEqual(result.body.map(() => 'Section'));
	result.body.forEach((section, i) => {
		const node = sections[i] as { attributes: { name: string; value: string }[]; children: Nodes[] };
		expect(node.attributes.map((a) => [a.name, a.value])).toEqual([
			['id', section.id],
			['meeting', entryId],
		]);
		expectBlocks(node.children, section.children, entryId);
	});
}

/**
 * Check one generated MDX file against the parse result it came from: frontmatter
 * round-trips (yaml and Astro's js-yaml reader) to the same record, and both MDX
 * readers see only our JSX and exactly the original text.
 */
export function expectFaithfulMdx(mdx: string, result: ParseResult, entryId: string): void {
	const { yaml, body } = splitMdx(mdx);
	const record = meetingSchema.parse(result.meeting);
	expect(meetingSchema.parse(parseYaml(yaml))).toEqual(record);
	expect(meetingSchema.parse(parseFrontmatter(mdx).frontmatter)).toEqual(record);
	expectTree(readBody(body), result, entryId);
	expectTree(mdxToMdast(mdx) as Root, result, entryId);
}
