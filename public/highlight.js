// Marks the words of `?highlight=` in the meeting text (loaded only when that parameter is present).
const query = (new URLSearchParams(location.search).get('highlight') || '').normalize('NFKC').trim().replace(/\s+/g, ' ');
const body = document.querySelector('[data-pagefind-body]');
if (query && body) {
	const terms = [...new Set([query, ...query.split(' ')])].filter(Boolean).sort((a, b) => b.length - a.length);
	const pattern = new RegExp(terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
	const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, mark, button, .permalink, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes = [];
	while (walker.nextNode()) nodes.push(walker.currentNode);
	for (const node of nodes) {
		const text = node.data.normalize('NFKC');
		// Offsets are only safe when normalisation keeps the length.
		if (text.length !== node.data.length) continue;
		const matches = [...text.matchAll(pattern)];
		if (matches.length === 0) continue;
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
	if (!location.hash) body.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
