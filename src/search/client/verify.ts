/**
 * Check Pagefind's candidates against the query itself. Pagefind splits Japanese into segments
 * (能動的サイバー防御 → 能動/的/サイバー/防御) and returns every page holding all the segments
 * anywhere; here each remark's own text (cut out of the page fragment at the heading anchors) must
 * contain every query word, so absent compounds return nothing and hits are remark-precise.
 */
import { foldKey, foldVariants, matchKey, VARIANTS_ANCHOR } from '../query.ts';
import { trimExcerpt, type ExcerptPart, type SearchItem } from './rank.ts';

/** The parts of a Pagefind fragment (`result.data()`) used to cut regions. */
export interface FragmentLike {
	content: string;
	/** The content as stored (words still split by zero-width spaces, `<` `>` escaped); Pagefind's `data()` strips the splits from `content`. */
	raw_content?: string;
	anchors?: { element: string; id: string; text: string; location: number }[];
}

/** A stretch of a page between two anchors: a remark (under `<h3 id="rN">`), a section (under `<h2>`), or the page's opening. */
export interface Region {
	kind: 'remark' | 'section' | 'page';
	/** The anchor id (`r12`, `s2-h`), null for the page's opening. */
	anchor: string | null;
	/** The heading text (speaker label, section title), '' for the opening. */
	label: string;
	/** The text under the heading, the heading itself left out. */
	text: string;
}

/** Split fragment content into Pagefind's words, as Pagefind does for its word locations. */
export function fragmentWords(content: string): { words: string[]; joiner: string } {
	if (content.includes('\u200b')) return { words: content.split('\u200b'), joiner: '' };
	return { words: content.split(/[^\S\uFEFF]+/), joiner: ' ' };
}

/** Drop `label` (compared without whitespace) and the `. ` Pagefind puts after a heading from the start of `text`. */
export function stripLabel(text: string, label: string): string {
	const wanted = label.replace(/\s+/g, '');
	let at = 0;
	let matched = 0;
	while (matched < wanted.length && at < text.length) {
		const char = text[at] ?? '';
		if (/\s/.test(char)) at++;
		else if (char === wanted[matched]) {
			at++;
			matched++;
		} else break;
	}
	const rest = matched === wanted.length ? text.slice(at) : text;
	return rest.replace(/^[\s.]+/, '');
}

/** Cut a fragment into regions at its anchors (every anchor ends the previous region; headings with an id start one). */
export function fragmentRegions(fragment: FragmentLike): Region[] {
	const source = fragment.raw_content === undefined ? fragment.content : fragment.raw_content.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
	const { words, joiner } = fragmentWords(source);
	const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
	const regions: Region[] = [];
	const text = (from: number, to: number) => words.slice(from, to).join(joiner);
	const firstLocation = anchors[0]?.location ?? words.length;
	if (firstLocation > 0) regions.push({ kind: 'page', anchor: null, label: '', text: text(0, firstLocation) });
	anchors.forEach((anchor, index) => {
		if (!/^h\d$/i.test(anchor.element) || !anchor.id) return;
		const end = anchors.slice(index + 1).find((next) => next.location > anchor.location)?.location ?? words.length;
		const label = anchor.text.trim();
		const kind = /^r\d+$/.test(anchor.id) ? 'remark' : 'section';
		regions.push({ kind, anchor: anchor.id, label, text: stripLabel(text(anchor.location, end), label) });
	});
	return regions;
}

/** True when `text` contains every word, spelling variants folded (`foldVariants`: ご指摘 holds 御指摘); false for no words. */
export function containsAllWords(text: string, words: readonly string[]): boolean {
	const keys = words.map(foldVariants).filter(Boolean);
	if (keys.length === 0) return false;
	const haystack = foldVariants(text);
	return keys.every((key) => haystack.includes(key));
}

/** True when `text` contains every word in the form asked (width, ASCII case and whitespace aside): exact hits rank before variant hits. */
export function containsExactWords(text: string, words: readonly string[]): boolean {
	const keys = words.map(matchKey).filter(Boolean);
	const haystack = matchKey(text);
	return keys.length > 0 && keys.every((key) => haystack.includes(key));
}

/** Occurrences of the words in `text`, as [start, end) offsets of `text` (matching ignores width, ASCII case, whitespace and spelling variants). */
export function wordRanges(text: string, words: readonly string[]): [number, number][] {
	// The folded comparison form, with the offset in `text` each of its characters came from.
	const { key, origin } = foldKey(text);
	const ranges: [number, number][] = [];
	for (const word of new Set(words.map(foldVariants).filter(Boolean))) {
		for (let at = key.indexOf(word); at !== -1; at = key.indexOf(word, at + word.length)) {
			const last = at + word.length - 1;
			const own = (origin[last] ?? 0) + ((text.codePointAt(origin[last] ?? 0) ?? 0) > 0xffff ? 2 : 1);
			// Letters folding dropped after the match (サーバー's ー, 取り組み's み) belong to it; spaces do not.
			let end = Math.max(own, origin[last + 1] ?? text.length);
			while (end > own && /\s/.test(text[end - 1] ?? '')) end--;
			ranges.push([origin[at] ?? 0, end]);
		}
	}
	return ranges.sort((a, b) => a[0] - b[0]);
}

/** Text parts of `text` with every occurrence of the words marked. */
export function markWords(text: string, words: readonly string[]): ExcerptPart[] {
	return markRanges(text, wordRanges(text, words));
}

/** Text parts of `text` with the given ranges (`wordRanges`) marked; a range overlapping an earlier one is left out. */
function markRanges(text: string, ranges: readonly [number, number][]): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let last = 0;
	for (const [start, end] of ranges) {
		if (start < last) continue;
		if (start > last) parts.push({ text: text.slice(last, start), mark: false });
		parts.push({ text: text.slice(start, end), mark: true });
		last = end;
	}
	if (last < text.length) parts.push({ text: text.slice(last), mark: false });
	return parts;
}

/** Sort items by date (`YYYY-MM-DD`), newest first unless `ascending`; ties keep their order. */
export function sortByDate<T extends { date: string }>(items: readonly T[], ascending: boolean): T[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => (a.item.date === b.item.date ? a.index - b.index : (a.item.date < b.item.date ? -1 : 1) * (ascending ? 1 : -1)))
		.map(({ item }) => item);
}

/** A Pagefind page as the hits are cut from it: its fragment plus the meeting's id, title, date and series. */
export interface PageLike extends FragmentLike {
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}


/**
 * A remark's heading as the meeting page shows it: without the person's name in brackets that the page adds for screen
 * readers and the speaker filter when the label does not hold it (`安達構成員（安達（構成員））` → `安達構成員`); `speakers` are
 * the page's speaker filter values. Any other label as it is.
 */
export function shownLabel(label: string, speakers: readonly string[]): string {
	const folded = label.normalize('NFKC');
	for (const speaker of speakers) {
		const name = speaker.normalize('NFKC');
		const suffix = `(${name})`;
		if (folded.endsWith(suffix) && !folded.slice(0, -suffix.length).includes(name)) return folded.slice(0, -suffix.length).trimEnd();
	}
	return label;
}

/** The `agenda` meta of a page (remark id → agenda item title, as JSON), or an empty map. */
export function readAgenda(meta: string | undefined): Record<string, string> {
	if (!meta) return {};
	try {
		const parsed = JSON.parse(meta) as unknown;
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/** Confirmed hits of one page: remarks (and section/opening text) that contain every query word, or, without words, the remarks of the filtered speaker or the page. */
export function pageHits(page: PageLike, words: string[], speaker: string, pageRank: number): SearchItem[] {
	const common = {
		meeting: page.meta['id'] ?? '',
		meetingTitle: page.meta['heading'] || page.meta['title'] || '',
		date: page.meta['date'] ?? '',
		series: page.filters['series']?.[0] ?? '',
		pageRank,
	};
	const agendaOf = readAgenda(page.meta['agenda']);
	const items: SearchItem[] = [];
	for (const region of fragmentRegions(page)) {
		if (region.anchor === VARIANTS_ANCHOR) continue;
		if (speaker && (region.kind !== 'remark' || !region.label.includes(speaker))) continue;
		if (words.length > 0 && !containsAllWords(region.text, words)) continue;
		if (words.length === 0 && !speaker) continue;
		const label = region.kind === 'page' ? common.meetingTitle : region.kind === 'remark' ? shownLabel(region.label, page.filters['speaker'] ?? []) : region.label;
		const exact = words.length === 0 || containsExactWords(region.text, words);
		const agenda = region.anchor ? (agendaOf[region.anchor] ?? '') : '';
		// The occurrences once, for the marks and the count (how often the words occur ranks hits within a page).
		const ranges = wordRanges(region.text, words);
		items.push({ ...common, anchor: region.anchor, label, kind: region.kind, agenda, exact, excerpt: trimExcerpt(markRanges(region.text, ranges)), hits: ranges.length });
	}
	// A filter without words or speaker lists the meetings themselves.
	if (words.length === 0 && !speaker) items.push({ ...common, anchor: null, label: common.meetingTitle, kind: 'page', agenda: '', exact: true, excerpt: [], hits: 0 });
	return items;
}
