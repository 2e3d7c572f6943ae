/** A piece of a search excerpt: plain text, marked (a hit) or not. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** One remark-level (or section-level) search hit, ready to display. */
export interface SearchItem {
	/** Meeting entry id. */
	meeting: string;
	/** Anchor inside the meeting page (`r12`, `s2-h`), or null for the page itself. */
	anchor: string | null;
	/** Speaker label for remarks, section title for sections, meeting title otherwise. */
	label: string;
	kind: 'remark' | 'section' | 'page';
	meetingTitle: string;
	date: string;
	series: string;
	excerpt: ExcerptPart[];
	/** Number of matched words Pagefind found in this hit. */
	hits: number;
	/** Position of the page in Pagefind's own order. */
	pageRank: number;
}

/** Named entities Pagefind writes; a Map, so a name such as `constructor` is not found on the prototype. */
const entities = new Map<string, string>([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0']]);

/** Decode the HTML entities Pagefind leaves in excerpts (`&amp;`, `&#39;`, `&#x3C;`). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities.get(name.toLowerCase()) ?? whole;
	});
}

/** Cut the parts to about `radius` characters either side of the first highlight, adding ellipses. */
export function trimExcerpt(parts: ExcerptPart[], radius = 50): ExcerptPart[] {
	const text = parts.map((part) => part.text).join('');
	let firstMark = 0;
	let offset = 0;
	for (const part of parts) {
		if (part.mark) {
			firstMark = offset;
			break;
		}
		offset += part.text.length;
	}
	const start = Math.max(0, firstMark - radius);
	const end = Math.min(text.length, firstMark + radius * 2);
	const result: ExcerptPart[] = [];
	offset = 0;
	for (const part of parts) {
		const from = Math.max(start, offset);
		const to = Math.min(end, offset + part.text.length);
		if (to > from) result.push({ text: part.text.slice(from - offset, to - offset), mark: part.mark });
		offset += part.text.length;
	}
	if (start > 0) result.unshift({ text: '…', mark: false });
	if (end < text.length) result.push({ text: '…', mark: false });
	return result;
}

/** Order the hits of a page batch: Pagefind's page order, then more matched words, then document order. */
export function rankItems(items: SearchItem[]): SearchItem[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => a.item.pageRank - b.item.pageRank || b.item.hits - a.item.hits || a.index - b.index)
		.map(({ item }) => item);
}
