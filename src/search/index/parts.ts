/**
 * How the search index is cut into parts. Pagefind keeps every page of an index in memory while it
 * writes it, so the index is built in parts of at most `partSize` pages and merged in the browser.
 *
 * The cut is made from the oldest meeting forward, so adding a new meeting leaves every older part
 * as it was (and a rebuild can reuse it): full parts of `partSize` pages, then the newest
 * `partSize`–`2 × partSize` pages in small parts of `partSize / 4`. Pages may weigh more than one
 * (a verbatim 会議録 holds several times the text of a 議事要旨): a part is then full at a weight of `partSize`. The newest small part (the one
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
	/** The page's share of a part's budget (1 when not given): how much of Pagefind's memory it takes. */
	weight?: number;
}

/** Order pages oldest first (date, then URL). */
function oldestFirst<T extends PartPage>(pages: readonly T[]): T[] {
	return [...pages].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) : a.date < b.date ? -1 : 1));
}

/** A page's share of a part: its `weight`, or 1. */
const weightOf = (page: PartPage): number => page.weight ?? 1;

/** The weight of a part: its pages' shares together. */
export function partWeight(pages: readonly PartPage[]): number {
	return pages.reduce((sum, page) => sum + weightOf(page), 0);
}

/**
 * Cut pages into parts, returned newest first (the first is the one the search page loads).
 * Pages may come in any order; each part lists its pages oldest first. A part holds pages up to a
 * weight of `partSize` (a page weighs 1 unless it says otherwise), the newest ones up to a quarter of it.
 */
export function cutParts<T extends PartPage>(pages: readonly T[], partSize: number): T[][] {
	if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`part size must be a whole number ≥ 1, got ${partSize}`);
	const sorted = oldestFirst(pages);
	const small = Math.max(1, Math.floor(partSize / 4));
	let remaining = partWeight(sorted);
	const parts: T[][] = [];
	let at = 0;
	/** The pages from `at` on until their weight reaches `budget` (or the pages run out), and that weight. */
	const take = (budget: number): { part: T[]; weight: number } => {
		const part: T[] = [];
		let weight = 0;
		for (let next = at; next < sorted.length && weight < budget; next++) {
			part.push(sorted[next]!);
			weight += weightOf(sorted[next]!);
		}
		return { part, weight };
	};
	// Full parts stop where less than `partSize` of newer weight would remain after them.
	for (let full = take(partSize); full.weight >= partSize && remaining - full.weight >= partSize; full = take(partSize)) {
		parts.push(full.part);
		at += full.part.length;
		remaining -= full.weight;
	}
	while (at < sorted.length) {
		const { part } = take(small);
		parts.push(part);
		at += part.length;
	}
	return parts.reverse();
}
