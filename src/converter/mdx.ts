/**
 * Writing one parsed document as MDX: YAML frontmatter (the `Meeting` record)
 * followed by a body built as an mdast tree and serialized by
 * mdast-util-to-markdown, so every piece of seed text is an escaped text node
 * and never becomes markup, JSX, an expression or an ES module.
 *
 * Faithfulness of the visible text:
 * - Paragraph, note and list item text is emitted verbatim as `text` nodes; the
 *   serializer escapes whatever Markdown/MDX would otherwise interpret (`#`, `>`,
 *   `-`, `*`, `{`, `<`, `&amp;`, backslashes, …), so the rendered text equals the
 *   parser's text character for character.
 * - A list stays a list: the parser already removed the bullet (`- foo` → `foo`),
 *   and the bullet is rendered by the `<ul>` instead of a literal `-`.
 * - Bare `http(s)://` URLs become links whose text is the URL itself; brackets
 *   around them (`<https://…>`) stay visible text. Link spans the parser read
 *   (Markdown/reST links) become links over their text when the address is
 *   http(s) or mailto; any other address is dropped and the text stays.
 * - Nested lists stay nested under their item; ordered lists keep their numbering.
 * - Leading/trailing whitespace of a paragraph is part of its text and is kept by
 *   character references; empty paragraphs and list items are dropped.
 */
import type {
	BlockContent,
	Link,
	List,
	ListItem,
	Paragraph,
	PhrasingContent,
	Root,
	RootContent,
	Text,
} from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options as ToMarkdownOptions, type Unsafe } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { meetingSchema } from '../schemas/meeting.ts';
import { FRONTMATTER_YAML_OPTIONS, writeFrontmatterYaml } from './frontmatter-yaml.ts';
import { orderBySchema } from '../schemas/order.ts';
import type { Block, LinkSpan, ListBlock, ParseResult } from '../parser/types.ts';

/** Bare web addresses: ASCII only, no spaces, quotes or angle brackets. */
const URL_PATTERN = /https?:\/\/[!#-;=?-~]+/g;
/** Punctuation that ends a sentence rather than a URL. */
const URL_TRAILING = /[.,:;!?'*_~]+$/;

/**
 * Extra escapes: MDX reads a line starting with `import ` or `export ` as an ES
 * module, even inside a paragraph (mdast-util-to-markdown does not know this).
 */
const esmUnsafe: Unsafe[] = [
	{ character: 'i', atBreak: true, after: 'mport ' },
	{ character: 'e', atBreak: true, after: 'xport ' },
];

/** Which ASCII characters the text being escaped holds: `PRESENT[code] === stamp` (a stamp per call, no clearing). */
const PRESENT = new Uint32Array(128);
const NON_ASCII = /[^\x00-\x7f]+/gu;
let stamp = 0;

/** True when a pattern cannot match a text whose ASCII characters were just stamped: its one ASCII character is absent. */
function absent(pattern: Unsafe): boolean {
	const code = pattern.character.length === 1 ? pattern.character.charCodeAt(0) : 0x80;
	return code < 0x80 && PRESENT[code] !== stamp;
}

/**
 * The serializer's own `text` handler, given only the unsafe patterns whose character occurs in the text or
 * next to it: a pattern matches at its character, so the others cannot escape anything, and the output is
 * the same. (The serializer runs every one of its ~80 patterns as a regex over every text otherwise.)
 */
const text: Handle = (node: Text, parent, state, info) => {
	stamp = (stamp + 1) >>> 0 || 1;
	for (const text of [info.before, node.value, info.after]) {
		// Only ASCII characters matter: drop the (mostly Japanese) rest natively before looking at each character.
		const part = text.replace(NON_ASCII, '');
		for (let i = 0; i < part.length; i++) {
			const code = part.charCodeAt(i);
			if (code < 0x80) PRESENT[code] = stamp;
		}
	}
	const all = state.unsafe;
	state.unsafe = all.filter((pattern) => !absent(pattern));
	try {
		return defaultHandlers.text(node, parent, state, info);
	} finally {
		state.unsafe = all;
	}
};

const serializerOptions: ToMarkdownOptions = {
	extensions: [mdxToMarkdown(), gfmToMarkdown()],
	handlers: { text },
	unsafe: esmUnsafe,
	bullet: '-',
	// MDX has no autolinks (`<https://…>` is JSX there): always write `[text](url)`.
	resourceLink: true,
	fences: true,
	rule: '-',
	emphasis: '_',
	strong: '*',
};

/** Drop trailing punctuation from a URL match, and a `)` that has no `(` inside it. */
function trimUrl(url: string): string {
	let out = url.replace(URL_TRAILING, '');
	while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
		out = out.slice(0, -1).replace(URL_TRAILING, '');
	}
	return out;
}

/** Split plain text into `text` nodes and `link` nodes for bare http(s) URLs. */
export function linkify(text: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of text.matchAll(URL_PATTERN)) {
		const url = trimUrl(match[0]);
		if (!/^https?:\/\/[^/]/.test(url)) continue;
		const start = match.index;
		if (start > last) out.push({ type: 'text', value: text.slice(last, start) } satisfies Text);
		out.push({ type: 'link', url, children: [{ type: 'text', value: url }] } satisfies Link);
		last = start + url.length;
	}
	if (last < text.length) out.push({ type: 'text', value: text.slice(last) } satisfies Text);
	return out;
}

/** ASCII-only JSX attribute; throws when a value is not ASCII (seed text never goes here). */
function attribute(name: string, value: string): MdxJsxAttribute {
	if (!/^[\x20-\x7e]*$/.test(value) || /["{}<>]/.test(value)) {
		throw new Error(`refusing non-ASCII or unsafe JSX attribute ${name}=${JSON.stringify(value)}`);
	}
	return { type: 'mdxJsxAttribute', name, value };
}

/** A JSX flow element `<name …attributes>children</name>`. */
function element(name: string, attributes: MdxJsxAttribute[], children: BlockContent[]): MdxJsxFlowElement {
	return { type: 'mdxJsxFlowElement', name, attributes, children };
}

/** Addresses a link may point to: http(s) and mailto, without spaces, quotes or angle brackets. */
const SAFE_URL = /^(?:https?:\/\/|mailto:)[^\s"<>]+$/iu;

/** Text with the parser's link spans as links (safe addresses only) and bare URLs in the rest linkified. */
export function linkSpans(text: string, links: readonly LinkSpan[] = []): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	const spans = links.filter((link) => SAFE_URL.test(link.url) && link.start >= 0 && link.end <= text.length && link.start < link.end).sort((a, b) => a.start - b.start);
	for (const link of spans) {
		if (link.start < last) continue;
		if (link.start > last) out.push(...linkify(text.slice(last, link.start)));
		out.push({ type: 'link', url: link.url, children: [{ type: 'text', value: text.slice(link.start, link.end) }] } satisfies Link);
		last = link.end;
	}
	if (last < text.length) out.push(...linkify(text.slice(last)));
	return out;
}

/** A paragraph of text, or null when the text is empty. */
function paragraph(text: string, links?: readonly LinkSpan[]): Paragraph | null {
	return text === '' ? null : { type: 'paragraph', children: linkSpans(text, links) };
}

/** A list block as an mdast list (nested lists under their items), or null when it has no text at all. */
function list(node: ListBlock): List | null {
	const children: ListItem[] = [];
	for (const item of node.items) {
		const p = paragraph(item.text, item.links);
		const nested = (item.children ?? []).map(list).filter((inner): inner is List => inner !== null);
		if (p || nested.length > 0) children.push({ type: 'listItem', spread: false, children: p ? [p, ...nested] : nested });
	}
	if (children.length === 0) return null;
	const out: List = { type: 'list', ordered: node.ordered === true, spread: false, children };
	if (node.ordered && node.start !== undefined) out.start = node.start;
	return out;
}

/** One body block as mdast nodes (none for empty paragraphs or lists). */
function block(node: Block, entryId: string): BlockContent[] {
	switch (node.type) {
		case 'paragraph': {
			const p = paragraph(node.text, node.links);
			return p ? [p] : [];
		}
		case 'note': {
			const p = paragraph(node.text);
			return p ? [element('Note', [], [p])] : [];
		}
		case 'list': {
			const out = list(node);
			return out ? [out] : [];
		}
		case 'remark': {
			const attributes = [attribute('id', node.id), attribute('meeting', entryId)];
			if (node.chat) attributes.push(attribute('chat', 'true'));
			return [element('Remark', attributes, blocks(node.children, entryId))];
		}
	}
}

/**
 * Body blocks as mdast nodes; the rows of a table whose head the record marks (a paragraph each, cells separated by tabs) go
 * into a `<Table head="1">`, by which the page knows the first row names the columns.
 */
function blocks(nodes: readonly Block[], entryId: string): BlockContent[] {
	const out: BlockContent[] = [];
	for (let index = 0; index < nodes.length; index++) {
		const node = nodes[index]!;
		if (node.type !== 'paragraph' || node.cells !== 'head') {
			out.push(...block(node, entryId));
			continue;
		}
		const rows = [node];
		for (let next = nodes[index + 1]; next?.type === 'paragraph' && next.cells === 'row'; next = nodes[index + 1]) {
			rows.push(next);
			index++;
		}
		const children = rows.flatMap((row) => block(row, entryId));
		if (children.length > 0) out.push(element('Table', [attribute('head', '1')], children));
	}
	return out;
}

/** The MDX body (without frontmatter) of a parse result. */
export function toMdxBody(result: ParseResult, entryId: string): string {
	const children: RootContent[] = result.body.map((section) =>
		element(
			'Section',
			[attribute('id', section.id), attribute('meeting', entryId)],
			blocks(section.children, entryId),
		),
	);
	const root: Root = { type: 'root', children };
	return toMarkdown(root, serializerOptions);
}

/** The YAML frontmatter text (without `---` fences) of a meeting record, keys in schema order. */
export function toFrontmatter(meeting: ParseResult['meeting']): string {
	// The record was validated where it was made (src/parser/record.ts); only its keys are put in schema order here.
	const record = orderBySchema(meetingSchema, meeting);
	// The direct writer gives the same text as `stringify` in one pass; `stringify` takes what it does not cover.
	return writeFrontmatterYaml(record) ?? stringify(record, FRONTMATTER_YAML_OPTIONS);
}

/**
 * Serialize a parse result as the MDX file for `entryId`: `---` YAML `---`, a blank
 * line, then the body. Throws when `result.meeting` is null.
 */
export function toMdx(result: ParseResult, entryId: string): string {
	if (!result.meeting) throw new Error('cannot write MDX without a meeting record');
	return `---\n${toFrontmatter(result.meeting)}---\n\n${toMdxBody(result, entryId)}`;
}
