/**
 * Marks the words of `?highlight=` in a meeting's text (the search results link there with the query).
 * Loaded by the meeting page only when that parameter is present; the query is normalized as the
 * search box normalizes it.
 */
import { normalizeQuery } from '../query.ts';
import type { ExcerptPart } from './rank.ts';
import { markWords } from './verify.ts';

/** Elements whose text is never marked: code, existing marks, buttons, permalinks, what search ignores. */
const SKIPPED = 'script, style, mark, button, .permalink, [data-pagefind-ignore]';

/** The text nodes of `root` that may be marked. */
function markableTextNodes(root: Element): Text[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	return nodes;
}

/** The text of `text` with every occurrence of the query and of each of its words marked (spelling variants too: ご指摘 for 御指摘). */
export function highlightParts(query: string, text: string): ExcerptPart[] {
	const normalized = normalizeQuery(query);
	const terms = normalized ? [...new Set([normalized, ...normalized.split(' ')])].filter(Boolean) : [];
	return terms.length === 0 ? [{ text, mark: false }] : markWords(text, terms);
}

/** Replace one text node by its text with every occurrence of the query's words in a `<mark class="search-hit">`. */
function markNode(node: Text, query: string): void {
	const parts = highlightParts(query, node.data);
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
	if (!body || !normalizeQuery(query)) return;
	for (const node of markableTextNodes(body)) markNode(node, query);
	if (!location.hash) body.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
