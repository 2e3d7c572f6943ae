/**
 * The HTML of a built page as Pagefind gets it: cut to the element with `data-pagefind-body`, without
 * what Pagefind ignores entirely, and its text NFKC-normalized as the search box normalizes the query.
 */
import { normalizeText } from '../query.ts';

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
