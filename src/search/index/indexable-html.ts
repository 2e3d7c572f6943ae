/**
 * The HTML of a built page as Pagefind gets it: cut to the element with `data-pagefind-body`, without
 * what Pagefind ignores entirely, and its text NFKC-normalized as the search box normalizes the query.
 */
import { decodeEntities } from '../../format/escape.ts';
import { normalizeText } from '../query.ts';
import { wordBreaks, WORD_BREAK, JOINER } from '../words.ts';

const escapes: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** A tag (quoted attribute values may hold `>`), a comment, or a script/style element with its content. */
const MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** NFKC-normalize the text of an HTML document for indexing, leaving tags untouched; characters that become `<`, `>`, `&` or `"` stay escaped. */
export function normalizeHtmlText(html: string): string {
	let out = '';
	let last = 0;
	const text = (segment: string) => segment.replace(/[^\x00-\x7f]+/g, (run) => normalizeText(run).replace(/[<>&"]/g, (c) => escapes[c] ?? c));
	for (const match of html.matchAll(MARKUP)) {
		out += text(html.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return out + text(html.slice(last));
}

/**
 * Tags at which Pagefind sets text apart (it puts whitespace around these elements and after `<br>`);
 * text goes on through every other tag (`能<a>動</a>的` is one run of text for it).
 */
const BREAKING = /^<\/?(?:h[1-6]|p|td|div|ul|li|dl|dt|dd|article|section|br)\b/i;

/** Text of HTML with the characters that must stay escaped escaped. */
const escapeText = (text: string): string => (/[<>&]/.test(text) ? text.replace(/[<>&]/g, (c) => escapes[c] ?? c) : text);

/**
 * Write the text of an HTML document as the index's words (src/search/words.ts): each run of text that
 * Pagefind reads as one (through inline tags, up to a block tag or `<br>`) is cut into words as a whole,
 * and a word break goes after every word that the next touches, at the end of its text piece when the
 * next word starts after a tag. Tags, attributes, scripts and styles stay as they are. The whole
 * document's text is cut in one call (runs set apart by a line break): a call per run costs twice as much.
 */
export function segmentHtml(html: string): string {
	const items: { text: boolean; value: string; start: number }[] = [];
	let all = '';
	const addText = (raw: string): void => {
		const decoded = raw.includes('&') ? decodeEntities(raw) : raw;
		const value = decoded.includes(JOINER) ? decoded.replaceAll(JOINER, '') : decoded;
		items.push({ text: true, value, start: all.length });
		all += value;
	};
	let last = 0;
	for (const match of html.matchAll(MARKUP)) {
		addText(html.slice(last, match.index));
		items.push({ text: false, value: match[0], start: all.length });
		if (BREAKING.test(match[0])) all += '\n';
		last = match.index + match[0].length;
	}
	addText(html.slice(last));
	const breaks = wordBreaks(all);
	let out = '';
	let next = 0;
	for (const item of items) {
		if (!item.text) {
			out += item.value;
			continue;
		}
		const end = item.start + item.value.length;
		let from = 0;
		// A break at the end of this piece goes here (before the tag), not at the start of the next piece.
		for (; next < breaks.length && (breaks[next] ?? 0) <= end; next++) {
			const cut = (breaks[next] ?? 0) - item.start;
			out += escapeText(item.value.slice(from, cut)) + WORD_BREAK;
			from = cut;
		}
		out += escapeText(item.value.slice(from));
	}
	return out;
}

/** Where the element whose start tag begins at `start` ends (after its end tag, same-name tags counted), or -1. */
function elementEnd(html: string, start: number): number {
	const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start, start + 40))?.[1]?.toLowerCase() ?? '';
	if (!tag) return -1;
	const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
	pattern.lastIndex = start;
	let depth = 0;
	for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) return match.index + match[0].length;
	}
	return -1;
}

/** Start tags of elements Pagefind skips with everything inside (`data-pagefind-ignore="all"`). */
const IGNORED_ALL = /<[a-z][a-z0-9]*\b[^>]*\bdata-pagefind-ignore="all"[^>]*>/gi;

/**
 * Cut the elements marked `data-pagefind-ignore="all"` (navigation, participant lists, citations):
 * Pagefind would skip them with their filters and metadata anyway, and without them the indexed HTML
 * of a page changes only when its searchable content does. An element whose end is not found stays.
 */
function withoutIgnored(html: string): string {
	let out = '';
	let last = 0;
	IGNORED_ALL.lastIndex = 0;
	for (let match = IGNORED_ALL.exec(html); match; match = IGNORED_ALL.exec(html)) {
		const end = elementEnd(html, match.index);
		if (end === -1) continue;
		out += html.slice(last, match.index);
		last = end;
		IGNORED_ALL.lastIndex = end;
	}
	return out + html.slice(last);
}

/**
 * The part of a page Pagefind reads, as a small document: the `lang` of `<html>` and the element with
 * `data-pagefind-body` (found by counting its tag's opening and closing tags), without the elements
 * Pagefind ignores entirely. Returns the page unchanged when the cut cannot be made safely (the remark
 * count differs).
 */
export function indexableHtml(html: string): string {
	const start = html.search(/<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b/i);
	if (start === -1) return html;
	const end = elementEnd(html, start);
	if (end === -1) return html;
	const body = withoutIgnored(html.slice(start, end));
	const remarks = (text: string) => text.match(/data-remark-id=/g)?.length ?? 0;
	if (remarks(body) !== remarks(html)) return html;
	const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? '';
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}
