/** Split a search query into the strings to mark: the whole query first, then its space-separated words. */
export function highlightTerms(query: string): string[] {
	const whole = query.normalize('NFKC').trim().replace(/\s+/g, ' ');
	if (!whole) return [];
	const words = whole.split(' ').filter((word) => word.length > 0);
	return [...new Set([whole, ...words])].sort((a, b) => b.length - a.length);
}

/** Escape a string for use inside a RegExp. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wrap every occurrence of the query's terms inside `root` in `<mark class="search-hit">` (browser only); returns the count. */
export function highlightQuery(root: Element, query: string): number {
	const terms = highlightTerms(query);
	if (terms.length === 0) return 0;
	const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'gi');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, button, .permalink') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	let count = 0;
	for (const node of nodes) {
		const text = node.data.normalize('NFKC');
		if (text.length !== node.data.length) continue;
		pattern.lastIndex = 0;
		const matches = [...text.matchAll(pattern)];
		if (matches.length === 0) continue;
		const fragment = document.createDocumentFragment();
		let last = 0;
		for (const match of matches) {
			const start = match.index;
			fragment.append(node.data.slice(last, start));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = node.data.slice(start, start + match[0].length);
			fragment.append(mark);
			last = start + match[0].length;
			count++;
		}
		fragment.append(node.data.slice(last));
		node.replaceWith(fragment);
	}
	return count;
}
