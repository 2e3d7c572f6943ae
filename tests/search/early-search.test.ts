import { afterEach, describe, expect, test } from 'vitest';
import { earlyStartScript, takeEarlySearch, type EarlySearch, type IndexState, type PagefindSearch } from '../../src/search/client/pagefind.ts';
import { normalizeQuery } from '../../src/search/query.ts';

const answer: PagefindSearch = { results: [{ id: 'ja_1', data: async () => ({ url: '/m/', content: '', meta: {}, filters: {} }) }] };
const state = (): IndexState => ({ indexBase: '/pagefind/', options: {}, widening: Promise.resolve(false) });
const scope = globalThis as { window?: { pagefindFirst?: EarlySearch } };

/** The page's head started a search for `q` (settling after `delay` ms); the order in which things settled is logged. */
function headSearched(q: string, log: string[], delay = 5): void {
	scope.window = { pagefindFirst: { q, search: new Promise((resolve) => setTimeout(() => (log.push('early settled'), resolve(answer)), delay)) } };
}

afterEach(() => {
	delete scope.window;
});

describe('takeEarlySearch', () => {
	test.each<[string, string, Record<string, string>, number, PagefindSearch | null]>([
		['the same query, no filter, no part merged: the head’s answer', '人材育成', {}, 0, answer],
		['another query', 'NICT', {}, 0, null],
		['a filter', '人材育成', { series: 'x' }, 0, null],
		['older parts merged already (the head searched the newest alone)', '人材育成', {}, 1, null],
	])('%s', async (_name, query, filters, merged, expected) => {
		const log: string[] = [];
		headSearched('人材育成', log);
		const taken = await takeEarlySearch(state(), query, filters, merged);
		log.push('taken');
		expect(taken).toBe(expected);
		// Never before the head's search has settled, so that no two searches run in Pagefind at once.
		expect(log).toEqual(['early settled', 'taken']);
	});

	test('is taken once: a later search of the same query searches by itself', async () => {
		headSearched('人材育成', []);
		const index = state();
		expect(await takeEarlySearch(index, '人材育成', {}, 0)).toBe(answer);
		expect(await takeEarlySearch(index, '人材育成', {}, 0)).toBeNull();
	});

	test('without a head search, or when it failed, there is nothing to take', async () => {
		scope.window = {};
		expect(await takeEarlySearch(state(), '人材育成', {}, 0)).toBeNull();
		scope.window = { pagefindFirst: { q: '人材育成', search: Promise.reject(new Error('no index')) } };
		expect(await takeEarlySearch(state(), '人材育成', {}, 0)).toBeNull();
	});
});

describe('earlyStartScript', () => {
	test('is one script that compiles, with the page script’s query normalization and no `</script` in its values', () => {
		const script = earlyStartScript('/a</script>/pagefind.js', { metaCacheTag: '</script>' });
		expect(() => new Function(script)).not.toThrow();
		expect(script).not.toContain('</script');
		expect(script).toContain(normalizeQuery.toString());
	});

	/** Run the script with a page address and a stand-in `Intl` (the import of Pagefind fails here: no such file). */
	function runScript(search: string, lang: string, intl: unknown): { pagefindFirst?: EarlySearch } {
		const window: { pagefindStart?: Promise<unknown>; pagefindFirst?: EarlySearch } = {};
		const run = new Function('window', 'location', 'document', 'performance', 'Intl', earlyStartScript('/nowhere/pagefind.js', {}));
		run(window, { search }, { documentElement: { lang } }, { mark: () => {} }, intl);
		window.pagefindFirst?.search.catch(() => {});
		return window;
	}

	test('with a query, makes the word segmenter of the page’s language before Pagefind needs it', () => {
		const made: unknown[][] = [];
		const intl = { Segmenter: class { constructor(...args: unknown[]) { made.push(args); } } };
		const window = runScript('?q=%E4%BA%BA%E6%9D%90', 'ja', intl);
		expect(made).toEqual([['ja', { granularity: 'word' }]]);
		expect(window.pagefindFirst?.q).toBe('人材');
		made.length = 0;
		runScript('', 'ja', intl);
		expect(made).toEqual([]);
	});

	test('a browser without Intl.Segmenter still starts the search', () => {
		const window = runScript('?q=NICT', 'ja', {});
		expect(window.pagefindFirst?.q).toBe('NICT');
	});

	test.each([['Ｑ１　 ａｂ  ', 'Q1 ab'], ['能動的　サイバー', '能動的 サイバー']])('the embedded normalization reads %j as the page script does', (typed, expected) => {
		const normalize = new Function(`return (${normalizeQuery.toString()});`)() as (query: string) => string;
		expect(normalize(typed)).toBe(expected);
		expect(normalize(typed)).toBe(normalizeQuery(typed));
	});
});
