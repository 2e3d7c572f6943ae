import { afterEach, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { earlyStartScript, newestGroup, takeEarlySearch, type EarlySearch, type IndexState, type PagefindSearch } from '../../src/search/client/pagefind.ts';
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
	test.each<[string, string, Record<string, string>, number, number, PagefindSearch | null]>([
		['the same query, no filter, no part merged: the head’s answer', '人材育成', {}, 0, 0, answer],
		['the same query over the newest group (two parts besides the newest) as the head searched it', '人材育成', {}, 2, 2, answer],
		['another query', 'NICT', {}, 0, 0, null],
		['a filter', '人材育成', { series: 'x' }, 0, 0, null],
		['older parts merged already (the head searched the newest alone)', '人材育成', {}, 1, 0, null],
		['older parts merged already (the head searched the newest group)', '人材育成', {}, 3, 2, null],
	])('%s', async (_name, query, filters, merged, initial, expected) => {
		const log: string[] = [];
		headSearched('人材育成', log);
		const taken = await takeEarlySearch(state(), query, filters, merged, initial);
		log.push('taken');
		expect(taken).toBe(expected);
		// Never before the head's search has settled, so that no two searches run in Pagefind at once.
		expect(log).toEqual(['early settled', 'taken']);
	});

	test('is taken once: a later search of the same query searches by itself', async () => {
		headSearched('人材育成', []);
		const index = state();
		expect(await takeEarlySearch(index, '人材育成', {}, 0, 0)).toBe(answer);
		expect(await takeEarlySearch(index, '人材育成', {}, 0, 0)).toBeNull();
	});

	test('without a head search, or when it failed, there is nothing to take', async () => {
		scope.window = {};
		expect(await takeEarlySearch(state(), '人材育成', {}, 0, 0)).toBeNull();
		scope.window = { pagefindFirst: { q: '人材育成', search: Promise.reject(new Error('no index')) } };
		expect(await takeEarlySearch(state(), '人材育成', {}, 0, 0)).toBeNull();
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
		run(window, { search }, { documentElement: { lang }, querySelectorAll: () => [] }, { mark: () => {} }, intl);
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

	test('merges the newest group the index wrote into the head before the first search, with the page’s cache tag', async () => {
		// A stand-in Pagefind module that logs what the page asks of it.
		const folder = await mkdtemp(join(tmpdir(), 'early-group-'));
		await writeFile(
			join(folder, 'pagefind.js'),
			`const log = (globalThis.pagefindLog ??= []);
			export const options = async () => { log.push('options'); };
			export const init = async () => { log.push('init'); };
			export const mergeIndex = async (url, options) => { await new Promise((resolve) => setTimeout(resolve, 5)); log.push(['merge', url, options]); };
			export const search = async (q) => { log.push(['search', q]); return { results: [] }; };`,
		);
		const scope = globalThis as { pagefindLog?: unknown[] };
		scope.pagefindLog = [];
		const links = ['part-aa11/', 'part-bb22/', '../evil/'].map((part) => ({ getAttribute: (name: string) => (name === 'data-index-part' ? part : null) }));
		const document = { documentElement: { lang: 'ja' }, querySelectorAll: (selector: string) => (selector === 'link[data-index-part]' ? links : []) };
		const window: { pagefindStart?: Promise<unknown>; pagefindFirst?: EarlySearch } = {};
		const base = pathToFileURL(`${folder}/`).href;
		// The test's module runner gives a function's body no `import()`: the script's one import is handed the runner's.
		const script = earlyStartScript(`${base}pagefind.js`, { metaCacheTag: '123' });
		expect(script.match(/\bimport\(/g)).toHaveLength(1);
		const load = (url: string) => import(/* @vite-ignore */ url);
		new Function('window', 'location', 'document', 'performance', 'Intl', 'load', script.replace(/\bimport\(/, 'load('))(window, { search: '?q=NICT' }, document, { mark: () => {} }, {}, load);
		await window.pagefindFirst?.search;
		expect(scope.pagefindLog).toEqual([
			'options',
			'init',
			['merge', `${base}part-aa11/`, { metaCacheTag: '123' }],
			['merge', `${base}part-bb22/`, { metaCacheTag: '123' }],
			['search', 'NICT'],
		]);
		expect(newestGroup(document)).toEqual(['part-aa11/', 'part-bb22/']);
		delete scope.pagefindLog;
		await rm(folder, { recursive: true });
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
