/**
 * Marks the words of `?highlight=` in a meeting's text (the search results link there with the query).
 * Loaded by the meeting page only when that parameter is present; the query is normalized as the
 * search box normalizes it.
 */
import { normalizeQuery } from '../query.ts';
import { markWords } from './verify.ts';

/** Elements whose text is never marked: code, existing marks, buttons, permalinks, what search ignores. */
const SKIPPED = 'script, style, mark, button, .permalink, [data-pagefind-ignore]';

/** The pattern of a query: the whole query and each of its words, longest first, case-insensitive. */
export function highlightPattern(query: string): RegExp | null {
	const normalized = normalizeQuery(query);
	if (!normalized) return null;
	const terms = [...new Set([normalized, ...normalized.split(' ')])].filter(Boolean).sort((a, b) => b.length - a.length);
	return new RegExp(terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
}

/** The text nodes of `root` that may be marked. */
function markableTextNodes(root: Element): Text[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	return nodes;
}

/** The terms of a query the page marks: the whole query and each of its words. */
function highlightTerms(query: string): string[] {
	const normalized = normalizeQuery(query);
	return normalized ? [...new Set([normalized, ...normalized.split(' ')])].filter(Boolean) : [];
}

/** Replace one text node by its text with every occurrence of the terms (spelling variants too: ご指摘 for 御指摘) in a `<mark class="search-hit">`. */
function markNode(node: Text, terms: string[]): void {
	const parts = markWords(node.data, terms);
	if (!parts.some((part) => part.mark)) return;
	const fragment = document.createDocumentFragment();
	for (const part of parts) {
		if (!part.mark) fragment.append(part.text);
		else fragment.append(Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: part.text }));
	}
	node.replaceWith(fragment);
}

/** Mark the query's words in the page's searchable body and, without a `#fragment`, scroll to the first. */
export function highlightPage(query: string): void {
	const body = document.querySelector('[data-pagefind-body]');
	const terms = highlightTerms(query);
	if (!body || terms.length === 0) return;
	for (const node of markableTextNodes(body)) markNode(node, terms);
	if (!location.hash) body.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
