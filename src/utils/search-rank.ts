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
	/** True when the hit's text holds the whole query string. */
	hasPhrase: boolean;
	/** Number of matched words Pagefind found in this hit. */
	hits: number;
	/** Position of the page in Pagefind's own order. */
	pageRank: number;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the HTML entities Pagefind leaves in excerpts (`&amp;`, `&#39;`, `&#x3C;`). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/** Turn a Pagefind excerpt (escaped text with `<mark>` tags) into text parts; any other tag is dropped, never rendered. */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(piece)) mark = true;
		else if (/^<\/mark>$/i.test(piece)) mark = false;
		else {
			const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
			if (text) parts.push({ text, mark });
		}
	}
	return parts;
}

/** Normalise text for phrase matching: NFKC, lower case, no whitespace. */
export function normalizeForMatch(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** True when `text` contains the whole query (ignoring width, case and spaces). */
export function containsPhrase(text: string, query: string): boolean {
	const needle = normalizeForMatch(query);
	return needle.length > 0 && normalizeForMatch(text).includes(needle);
}

/** Re-mark the parts so that each occurrence of the whole query is one highlight; unchanged when the query is absent. */
export function markPhrase(parts: ExcerptPart[], query: string): ExcerptPart[] {
	const needle = query.normalize('NFKC').trim();
	const text = parts.map((part) => part.text).join('');
	if (!needle || text.normalize('NFKC').length !== text.length) return parts;
	const lower = text.normalize('NFKC').toLowerCase();
	const target = needle.toLowerCase();
	// When the whole phrase is present, only its occurrences are marked (not stray segments such as 的).
	const marked = new Array<boolean>(text.length).fill(false);
	let found = false;
	for (let at = lower.indexOf(target); at !== -1; at = lower.indexOf(target, at + target.length)) {
		marked.fill(true, at, at + target.length);
		found = true;
	}
	if (!found) return parts;
	const result: ExcerptPart[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = result.at(-1);
		if (last && last.mark === marked[i]) last.text += text[i];
		else result.push({ text: text[i] ?? '', mark: marked[i] ?? false });
	}
	return result;
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

/** Order hits: those holding the whole query first, then Pagefind's page order, then more matched words. */
export function rankItems(items: SearchItem[], byDate: boolean): SearchItem[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort(
			(a, b) =>
				(byDate ? 0 : Number(b.item.hasPhrase) - Number(a.item.hasPhrase)) ||
				a.item.pageRank - b.item.pageRank ||
				(byDate ? Number(b.item.hasPhrase) - Number(a.item.hasPhrase) : 0) ||
				b.item.hits - a.item.hits ||
				a.index - b.index,
		)
		.map(({ item }) => item);
}
