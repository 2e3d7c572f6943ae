/**
 * When the search page counts every matching remark (the count line `25 件中 10 件`). Counting means checking
 * every candidate page's fragment, and every index part must be merged first: at 10,000 meetings that is
 * megabytes (each part's metadata and the query's index chunks, then up to COUNT_PAGES fragments). So the
 * page counts by itself only when that costs about one more round (every part already merged, few pages
 * left unchecked) and otherwise offers a button that counts when the reader asks.
 */

/** What to do about the total after a round: it is known (every candidate checked), count it now, or offer to count it. */
export type CountPlan = 'known' | 'auto' | 'ask';

/** Unchecked candidate pages the page checks by itself to count (about one round's worth of fragments). */
export const COUNT_AUTO_PAGES = 16;

/** Candidate pages checked at most to count (beyond that the count stays unknown, and the page says so). */
export const COUNT_PAGES = 240;

/** The state a round ends in, as far as counting is concerned. */
export interface CountProgress {
	/** Every candidate of every part is checked (nothing left for "さらに表示"). */
	finished: boolean;
	/** Index parts merged so far, and in all. */
	merged: number;
	parts: number;
	/** Candidate pages gathered from the merged parts, and how many of them are checked. */
	candidates: number;
	checked: number;
}

/** Choose how the count line gets its total after a round (`autoPages`: unchecked pages counted without asking). */
export function countPlan(progress: CountProgress, autoPages = COUNT_AUTO_PAGES): CountPlan {
	if (progress.finished) return 'known';
	const everyPart = progress.merged >= progress.parts;
	return everyPart && progress.candidates - progress.checked <= autoPages ? 'auto' : 'ask';
}
