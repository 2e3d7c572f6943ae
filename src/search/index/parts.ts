/**
 * How the search index is cut into parts. Pagefind keeps every page of an index in memory while it
 * writes it, so the index is built in parts of at most `partSize` pages and merged in the browser.
 *
 * The cut is made from the oldest meeting forward, so adding a new meeting leaves every older part
 * as it was (and a rebuild can reuse it): full parts of `partSize` pages, then the newest
 * `partSize`–`2 × partSize` pages in small parts of `partSize / 4`. The newest small part (the one
 * the search page loads first) is therefore small too: quick to rebuild after adding a meeting and
 * quick to search.
 */

/** A page to index, with what makes its index entry (the HTML handed to Pagefind) unique. */
export interface PartPage {
	url: string;
	/** `YYYY-MM-DD`; pages are ordered by date, then URL. */
	date: string;
	/** Hash of what the HTML Pagefind receives for the page is made from. */
	hash: string;
}

/** Order pages oldest first (date, then URL). */
function oldestFirst<T extends PartPage>(pages: readonly T[]): T[] {
	return [...pages].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) : a.date < b.date ? -1 : 1));
}

/**
 * Cut pages into parts, returned newest first (the first is the one the search page loads).
 * Pages may come in any order; each part lists its pages oldest first.
 */
export function cutParts<T extends PartPage>(pages: readonly T[], partSize: number): T[][] {
	if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`part size must be a whole number ≥ 1, got ${partSize}`);
	const sorted = oldestFirst(pages);
	const small = Math.max(1, Math.floor(partSize / 4));
	// Full parts stop where at least `partSize` newer pages remain.
	const fullParts = Math.max(0, Math.floor((sorted.length - partSize) / partSize));
	const parts: T[][] = [];
	for (let at = 0; at < fullParts * partSize; at += partSize) parts.push(sorted.slice(at, at + partSize));
	for (let at = fullParts * partSize; at < sorted.length; at += small) parts.push(sorted.slice(at, at + small));
	return parts.reverse();
}
