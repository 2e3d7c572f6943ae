/**
 * Search quality against the converted content: a remark is relevant to a query when its text
 * contains the query (both NFKC-normalized, ASCII letters case-insensitive), or, with `variants`, the
 * query or a spelling variant of it (both folded by the search's own `foldVariants`: 御指摘/ご指摘).
 */
import { foldVariants } from '../../src/search/query.ts';

/** The text of one remark, keyed `entryId#remarkId`. */
export interface RemarkText {
	key: string;
	text: string;
}

/** NFKC, then ASCII upper case to lower case (other scripts untouched). */
export function normalizeForRelevance(text: string): string {
	return text.normalize('NFKC').replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Keys of the remarks whose text contains the query (with `variants`, the query or a spelling variant of it). */
export function relevantRemarks(remarks: readonly RemarkText[], query: string, variants = false): Set<string> {
	const form = variants ? foldVariants : normalizeForRelevance;
	const needle = form(query.trim());
	if (!needle) return new Set();
	return new Set(remarks.filter((remark) => form(remark.text).includes(needle)).map((remark) => remark.key));
}

/** A result link of the search page, read as `entryId#anchor` (anchor '' for a whole-page hit) and its kind. */
export interface ResultKey {
	key: string;
	kind: 'remark' | 'section' | 'page' | 'other';
}

/** Parse a result href (`…/meetings/<id>/?highlight=…#r12`) into its key; `other` when it is no meeting link. */
export function resultKey(href: string): ResultKey {
	const url = new URL(href, 'http://localhost/');
	const id = /\/meetings\/([^/]+)\/$/.exec(url.pathname)?.[1];
	if (!id) return { key: href, kind: 'other' };
	const anchor = decodeURIComponent(url.hash.slice(1));
	const kind = anchor === '' ? 'page' : /^r\d+$/.test(anchor) ? 'remark' : 'section';
	return { key: `${id}#${anchor}`, kind };
}

/** Recall and precision of one query's results against its relevant remarks. */
export interface QueryScore {
	/** Result links shown (all pages of results), in order. */
	results: number;
	/** Remark-level results among them. */
	remarkResults: number;
	/** Relevant remarks in the content. */
	relevant: number;
	/** Relevant remarks found anywhere in the results (each counted once). */
	found: number;
	/** found / relevant; null when nothing is relevant. */
	recall: number | null;
	/** Relevant results among the first min(10, results) / that count; null when there are no results. */
	precisionAt10: number | null;
}

/** Score the ordered result keys of one query. */
export function scoreQuery(results: readonly ResultKey[], relevant: ReadonlySet<string>): QueryScore {
	const found = new Set(results.filter((result) => relevant.has(result.key)).map((result) => result.key));
	const top = results.slice(0, 10);
	return {
		results: results.length,
		remarkResults: results.filter((result) => result.kind === 'remark').length,
		relevant: relevant.size,
		found: found.size,
		recall: relevant.size === 0 ? null : found.size / relevant.size,
		precisionAt10: top.length === 0 ? null : top.filter((result) => relevant.has(result.key)).length / top.length,
	};
}

/** Averages over queries: macro recall/precision (queries where defined) and micro recall (all relevant remarks pooled). */
export interface ScoreSummary {
	queries: number;
	macroRecall: number | null;
	microRecall: number | null;
	meanPrecisionAt10: number | null;
}

/** Mean of the defined values, null when there are none. */
function mean(values: (number | null)[]): number | null {
	const defined = values.filter((value): value is number => value !== null);
	return defined.length === 0 ? null : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

/** Summarize per-query scores. */
export function summarizeScores(scores: readonly QueryScore[]): ScoreSummary {
	const relevant = scores.reduce((sum, score) => sum + score.relevant, 0);
	const found = scores.reduce((sum, score) => sum + score.found, 0);
	return {
		queries: scores.length,
		macroRecall: mean(scores.map((score) => score.recall)),
		microRecall: relevant === 0 ? null : found / relevant,
		meanPrecisionAt10: mean(scores.map((score) => score.precisionAt10)),
	};
}
