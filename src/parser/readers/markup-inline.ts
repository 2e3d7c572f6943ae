/**
 * Inline content of Markdown/reST minutes as plain text with link spans: emphasis and code marks go,
 * their text stays; links to http(s) and mailto addresses become spans over the text, any other
 * link is its text only. Line breaks stay `\n` until the reader splits or joins lines.
 */
import type { PhrasingContent } from 'mdast';
import { decodeEntities } from '../../format/escape.ts';
import { joinWrapped, trimSpaces } from '../normalize.ts';
import type { LinkSpan } from '../types.ts';

/** Plain text and the links over it. */
export interface InlineText {
	text: string;
	links: LinkSpan[];
}

/** Addresses that may become links; anything else stays text. */
const SAFE_URL = /^(?:https?:\/\/[^\s"<>]+|mailto:[^\s"<>]+)$/iu;

/** True when a URL may be kept as a link (http, https, mailto). */
export function isSafeUrl(url: string): boolean {
	return SAFE_URL.test(url);
}

/** Obsidian's wikilink (`[[高木美保]]`, `[[2024-04-12 運営委員会|前回]]`, `[[議事録#決定事項]]`, `![[図.png]]`). */
const WIKILINK = /!?\[\[(?<page>[^\[\]|#\n]*)(?:#(?<heading>[^\[\]|\n]*))?(?:\|(?<alias>[^\[\]\n]*))?\]\]/gu;

/** A wikilink as Obsidian shows it: its alias, else the page (`議事録 > 決定事項` with a heading; a block's `#^id` is no text). */
function wikilinkText(...args: unknown[]): string {
	const groups = args.at(-1) as { page?: string; heading?: string; alias?: string };
	const alias = groups.alias?.trim() ?? '';
	if (alias !== '') return alias;
	const page = groups.page?.trim() ?? '';
	const heading = groups.heading?.trim().startsWith('^') ? '' : (groups.heading?.trim() ?? '');
	return page !== '' && heading !== '' ? `${page} > ${heading}` : page || heading;
}

/** Wikilinks read as their text. */
export function withoutWikilinks(text: string): string {
	return text.includes('[[') ? text.replace(WIKILINK, wikilinkText) : text;
}

/** Dataview's inline field at the start of a line (`司会:: [[高木美保]]`), read as the field it writes (`司会: …`). */
const DATAVIEW_FIELD = /(?<=^|\n)(?<key>[ \t]*[^\s:：[\]][^:：\n]{0,29}?)::(?=[ \t]|$)/gmu;

/** A text node's words as read: wikilinks as their text, Dataview's `key:: value` as `key: value`. */
export function readText(text: string): string {
	const linked = withoutWikilinks(text);
	return linked.includes('::') ? linked.replace(DATAVIEW_FIELD, '$<key>:') : linked;
}

/** One inline node's text (and links) appended to `out`. */
function append(node: PhrasingContent, out: InlineText): void {
	switch (node.type) {
		case 'text':
			out.text += readText(node.value);
			return;
		case 'inlineCode':
		case 'html':
			out.text += node.value;
			return;
		case 'break':
			out.text += '\n';
			return;
		case 'image':
		case 'imageReference':
			out.text += node.alt ?? '';
			return;
		case 'footnoteReference':
			out.text += `[^${node.label ?? node.identifier}]`;
			return;
		case 'link': {
			const start = out.text.length;
			for (const child of node.children) append(child, out);
			if (out.text.length > start && isSafeUrl(node.url)) out.links.push({ start, end: out.text.length, url: node.url });
			return;
		}
		default:
			if ('children' in node) for (const child of node.children as PhrasingContent[]) append(child, out);
	}
}

/** Flatten inline nodes into plain text with link spans. */
export function flattenInline(nodes: readonly PhrasingContent[]): InlineText {
	const out: InlineText = { text: '', links: [] };
	for (const node of nodes) append(node, out);
	return out;
}

/** The part `[start, end)` of an inline text, links clipped to it. */
export function sliceInline(inline: InlineText, start: number, end = inline.text.length): InlineText {
	const links = inline.links
		.filter((link) => link.end > start && link.start < end)
		.map((link) => ({ start: Math.max(link.start, start) - start, end: Math.min(link.end, end) - start, url: link.url }));
	return { text: inline.text.slice(start, end), links };
}

/** An inline text without spaces at either end. */
export function trimInline(inline: InlineText): InlineText {
	const lead = inline.text.length - inline.text.replace(/^[\s\u3000]+/u, '').length;
	const kept = trimSpaces(inline.text);
	return sliceInline(inline, lead, lead + kept.length);
}

/** Split an inline text at its line breaks (each line trimmed). */
export function splitLines(inline: InlineText): InlineText[] {
	const lines: InlineText[] = [];
	let start = 0;
	for (let index = 0; index <= inline.text.length; index++) {
		if (index === inline.text.length || inline.text[index] === '\n') {
			lines.push(trimInline(sliceInline(inline, start, index)));
			start = index + 1;
		}
	}
	return lines;
}

/** Join two inline texts as wrapped lines (no space between Japanese, one between Latin words). */
export function joinInline(before: InlineText, after: InlineText): InlineText {
	const text = joinWrapped(before.text, after.text);
	const offset = text.length - after.text.length;
	return { text, links: [...before.links, ...after.links.map((link) => ({ ...link, start: link.start + offset, end: link.end + offset }))] };
}

/** Join lines into one paragraph text. */
export function joinLines(lines: readonly InlineText[]): InlineText {
	return lines.reduce<InlineText>((joined, line) => joinInline(joined, line), { text: '', links: [] });
}

/** Block fields for an inline text: `links` only when there are any. */
export function withLinks<T extends object>(block: T, inline: InlineText): T & { text: string; links?: LinkSpan[] } {
	return inline.links.length > 0 ? { ...block, text: inline.text, links: inline.links } : { ...block, text: inline.text };
}

/** An HTML tag in Markdown: its name, attributes kept short and on one line. */
const HTML_TAG = /<\/?(?<name>[A-Za-z][A-Za-z0-9]{0,15})(?:[ \t][^<>\n]{0,200})?\/?>/gu;
/** Tags that fold or break the text (`<details>`, `<summary>`, `<p>`, `<br>`): a new line where they stand. */
const LINE_TAGS: ReadonlySet<string> = new Set(['details', 'summary', 'p', 'div', 'center', 'br', 'hr']);
/** Tags that only dress words (`<b>`, `<span style=…>`, `<u>`): nothing where they stand, their words kept. */
const WORD_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'small', 'big', 'sub', 'sup', 'span', 'font', 'mark', 'kbd', 'code']);

/**
 * The words of a raw HTML block that only folds or dresses text (`<details><summary>会員数の内訳</summary>…</details>`,
 * `<div align="right">以上</div>`, `…<br>…`), one entry a source line, a `\n` where a tag breaks the line, entities decoded;
 * null when the block holds any other tag or a comment (a table, an image, a script: left as written).
 */
export function htmlWords(value: string): string[] | null {
	if (value.includes('<!--')) return null;
	let known = true;
	const lines = value.split('\n').map((line) =>
		line.replace(HTML_TAG, (tag: string, ...args: unknown[]) => {
			const name = ((args.at(-1) as { name?: string }).name ?? '').toLowerCase();
			if (LINE_TAGS.has(name)) return '\n';
			if (WORD_TAGS.has(name)) return '';
			known = false;
			return tag;
		}),
	);
	return known ? lines.map(decodeEntities) : null;
}
