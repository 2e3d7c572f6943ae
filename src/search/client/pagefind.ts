/**
 * Pagefind in the browser: its API as this site uses it, the options (shared with the search page's
 * early start), and the index loaded on first use and widened part by part.
 */
import { normalizeQuery } from '../query.ts';

/** The parts of a Pagefind result's data this site reads. */
export interface PagefindData {
	url: string;
	content: string;
	raw_content?: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors?: { element: string; id: string; text: string; location: number }[];
}

/** One Pagefind result (its data is fetched on demand). */
export interface PagefindResult {
	id: string;
	data(): Promise<PagefindData>;
}

/** What a Pagefind search answers (null when a newer search superseded it). */
export type PagefindSearch = { results: PagefindResult[] } | null;

/** The parts of Pagefind's browser API this site uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
	search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch>;
}

/**
 * The search page's early start, an inline script for its head (before the stylesheets, so it waits for
 * nothing): with a query in the address it starts Pagefind (`window.pagefindStart`) and, for a plain query
 * (no filters or sorting, which the page script reads), the first search with the query normalized as the
 * page script normalizes it (`normalizeQuery`, its own source), fetching the fragments of the first
 * `FIRST_BATCH` results at once (`window.pagefindFirst`); `loadIndex` and `takeEarlySearch` take both over.
 * It also makes the word segmenter Pagefind will cut the query with, so that its dictionary is loaded early.
 */
export function earlyStartScript(pagefindUrl: string, options: Record<string, unknown>): string {
	// `<` escaped in the embedded values: an inline script ends at the first `</script`.
	const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
	return `{
	const normalizeQuery = (${normalizeQuery.toString()});
	const params = new URLSearchParams(location.search);
	if (params.has('q')) {
		const q = normalizeQuery(params.get('q') || '');
		window.pagefindStart = import(${literal(pagefindUrl)}).then(async (api) => {
			performance.mark('search:pagefind-imported');
			await api.options(${literal(options)});
			await api.init();
			return api;
		});
		window.pagefindStart.catch(() => {});
		// Pagefind cuts the query into words with Intl.Segmenter in the page's language; the first one made loads the
		// language's dictionary (~25 ms of the main thread for ja), later ones reuse it. Made now, while the page waits
		// for its stylesheets and Pagefind's files, it is off the search's path.
		try { new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'word' }); } catch {}
		if (q && [...params.keys()].every((key) => key === 'q')) {
			const search = window.pagefindStart.then(async (api) => {
				const found = await api.search(q, { filters: {} });
				performance.mark('search:early-candidates');
				for (const result of found?.results.slice(0, ${FIRST_BATCH}) ?? []) result.data().catch(() => {});
				return found;
			});
			search.catch(() => {});
			window.pagefindFirst = { q, search };
		}
	}
}`;
}

/** Candidate pages whose fragments are fetched first (by the page's early start too): few, so the first hits show early. */
export const FIRST_BATCH = 4;

/** The first search the search page's head starts before the page script (`window.pagefindFirst`): the query as it searched it. */
export interface EarlySearch {
	q: string;
	search: Promise<PagefindSearch>;
}

/**
 * Pagefind's options: short excerpts, on the main thread (a worker costs another script and a slower
 * start than the search itself), and the build's tag for the entry file so it is fetched with the page.
 */
export function pagefindOptions(indexTag: string): Record<string, unknown> {
	return { excerptLength: 30, noWorker: true, ...(indexTag ? { metaCacheTag: indexTag } : {}) };
}

/** Pagefind with the index parts merged so far (`parts` newest first, the first `merged` of them in use). */
export interface LoadedIndex {
	api: Pagefind;
	parts: string[];
	merged: number;
}

/** Where the index lives and how far it is loaded. */
export interface IndexState {
	/** `<base>pagefind/` */
	indexBase: string;
	options: Record<string, unknown>;
	index?: Promise<LoadedIndex>;
	widening: Promise<boolean>;
	/** True once the head's early search has been taken over (or found not to apply). */
	earlyTaken?: boolean;
	speakers?: Promise<Set<string>>;
}

/** Load Pagefind and the list of index parts once; takes over the page's early start (`window.pagefindStart`) when there is one. */
export function loadIndex(state: IndexState): Promise<LoadedIndex> {
	state.index ??= (async () => {
		const parts: Promise<string[]> = fetch(`${state.indexBase}parts.json`)
			.then((response) => (response.ok ? (response.json() as Promise<{ parts?: string[] }>) : { parts: [] }))
			.then((manifest) => manifest.parts ?? [])
			.catch(() => []);
		const started = (window as { pagefindStart?: Promise<Pagefind> }).pagefindStart;
		const api = started ? await started : ((await import(/* @vite-ignore */ `${state.indexBase}pagefind.js`)) as Pagefind);
		if (!started) {
			await api.options(state.options);
			await api.init();
		}
		return { api, parts: await parts, merged: 0 };
	})();
	return state.index;
}

/**
 * The index is written in parts of older and older meetings (bounded memory at build time). A search
 * starts in the newest part and merges the others as more results are needed: one more part, then
 * twice as many each time (or all at once). Resolves false when every part is in use already.
 */
export function widenIndex(state: IndexState, all: boolean): Promise<boolean> {
	state.widening = state.widening.then(async () => {
		const index = await loadIndex(state);
		if (index.merged >= index.parts.length) return false;
		const next = all ? index.parts.length : Math.min(index.parts.length, 2 * index.merged + 1);
		await Promise.all(index.parts.slice(index.merged, next).map((part) => index.api.mergeIndex(`${state.indexBase}${part}`)));
		index.merged = next;
		return true;
	});
	return state.widening;
}

/** The speaker filter values (`speakers.json`), fetched once; `fill` receives them for the speaker box. */
export function loadSpeakers(state: IndexState, fill: (names: string[]) => void): Promise<Set<string>> {
	state.speakers ??= fetch(`${state.indexBase}speakers.json`)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
		.catch(() => [] as string[])
		.then((names) => {
			fill(names);
			return new Set(names);
		});
	return state.speakers;
}

/**
 * The head's early search when it searched exactly `query` without filters over the newest part alone (only the
 * first search of the page can use it, before any part is merged); otherwise null once it has settled, so that
 * no two searches run in Pagefind at once.
 */
export async function takeEarlySearch(state: IndexState, query: string | null, filters: Record<string, string>, merged: number): Promise<PagefindSearch | null> {
	if (state.earlyTaken) return null;
	state.earlyTaken = true;
	const early = (window as { pagefindFirst?: EarlySearch }).pagefindFirst;
	if (!early) return null;
	const answer = await early.search.catch(() => null);
	return early.q === query && Object.keys(filters).length === 0 && merged === 0 ? answer : null;
}
