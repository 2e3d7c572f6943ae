/** Search hits as the results list shows them: excerpts cut around the first hit and ordered within a batch. */
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
	/** The agenda item the hit falls under (`議題（1）…`), '' when unknown. */
	agenda: string;
	/** True when the hit holds the words as asked, false when only a spelling variant (ご指摘 for 御指摘). */
	exact: boolean;
	/** Number of matched words Pagefind found in this hit. */
	hits: number;
	/** Position of the page in Pagefind's own order. */
	pageRank: number;
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

/** Order the hits of a page batch: the exact form before spelling variants, then Pagefind's page order, more matched words, document order. */
export function rankItems(items: SearchItem[]): SearchItem[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => Number(b.item.exact) - Number(a.item.exact) || a.item.pageRank - b.item.pageRank || b.item.hits - a.item.hits || a.index - b.index)
		.map(({ item }) => item);
}
