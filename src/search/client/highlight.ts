/**
 * Marks the words of `?highlight=` in a meeting's text (the search results link there with the query).
 * Loaded by the meeting page only when that parameter is present; the query is normalized as the
 * search box normalizes it.
 */
import { normalizeQuery, normalizeText } from '../query.ts';

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

/** Replace one text node by its text with every match of `pattern` in a `<mark class="search-hit">`. */
function markNode(node: Text, pattern: RegExp): void {
	const text = normalizeText(node.data);
	// Offsets are only safe when normalisation keeps the length.
	if (text.length !== node.data.length) return;
	const matches = [...text.matchAll(pattern)];
	if (matches.length === 0) return;
	const fragment = document.createDocumentFragment();
	let last = 0;
	for (const match of matches) {
		fragment.append(node.data.slice(last, match.index));
		const mark = document.createElement('mark');
		mark.className = 'search-hit';
		mark.textContent = node.data.slice(match.index, match.index + match[0].length);
		fragment.append(mark);
		last = match.index + match[0].length;
	}
	fragment.append(node.data.slice(last));
	node.replaceWith(fragment);
}

/** Mark the query's words in the page's searchable body and, without a `#fragment`, scroll to the first. */
export function highlightPage(query: string): void {
	const body = document.querySelector('[data-pagefind-body]');
	const pattern = highlightPattern(query);
	if (!body || !pattern) return;
	for (const node of markableTextNodes(body)) markNode(node, pattern);
	if (!location.hash) body.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
