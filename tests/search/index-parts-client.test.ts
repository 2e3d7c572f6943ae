/**
 * The search page's loading of an index written in parts (src/search/client/pagefind.ts): the parts that the first
 * search merges (`first` of parts.json), by the head's early start or by the page script, and the widening after it.
 * Pagefind is a stand-in module that logs what it is asked.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { earlyStartScript, loadIndex, readManifest, widenIndex, type EarlySearch, type IndexState, type PartsManifest } from '../../src/search/client/pagefind.ts';

let folder = '';
let base = '';
const log = (): string[] => ((globalThis as { pagefindLog?: string[] }).pagefindLog ??= []);

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'minutes-parts-client-'));
	await writeFile(join(folder, 'package.json'), '{"type":"module"}\n');
	// Each instance of the module logs into the same list; the file name differs per test so that each gets a fresh module.
	const stand = `const log = (globalThis.pagefindLog ??= []);
export async function options(o) { log.push('options ' + JSON.stringify(o)); }
export async function init() { log.push('init'); }
export async function mergeIndex(url, o) { log.push('merge ' + url.slice(url.lastIndexOf('/', url.length - 2) + 1) + ' ' + JSON.stringify(o ?? null)); }
export async function search(q) { log.push('search ' + q); return { results: [] }; }
`;
	for (const name of ['early', 'page', 'taken', 'widen']) {
		await mkdir(join(folder, name));
		await writeFile(join(folder, name, 'pagefind.js'), stand);
	}
});

afterAll(async () => {
	if (folder) await rm(folder, { recursive: true, force: true });
});

const scope = globalThis as unknown as { window?: Record<string, unknown>; pagefindLog?: string[] };
afterEach(() => {
	delete scope.window;
	delete scope.pagefindLog;
	vi.unstubAllGlobals();
});

/**
 * Run the head's early start for `search` (a stand-in `fetch`, no `Intl.Segmenter`). A function's body cannot
 * `import()` under the test runner, so the script's one dynamic import goes through the test's.
 */
function runHead(window: Record<string, unknown>, pagefindUrl: string, options: Record<string, unknown>, search: string, fetcher: typeof fetch): void {
	const script = earlyStartScript(pagefindUrl, options);
	expect(script.match(/\bimport\(/g)).toHaveLength(1);
	const run = new Function('window', 'location', 'document', 'performance', 'Intl', 'fetch', 'importModule', script.replace(/\bimport\(/, 'importModule('));
	run(window, { search }, { documentElement: { lang: 'ja' } }, { mark: () => {} }, {}, fetcher, (url: string) => import(/* @vite-ignore */ url));
}

/** A fetch that answers `parts.json` under `indexBase` with `manifest`, and logs what it was asked. */
function fetchParts(indexBase: string, manifest: unknown): typeof fetch {
	return (async (url: string | URL) => {
		log().push(`fetch ${String(url).slice(indexBase.length)}`);
		return String(url) === `${indexBase}parts.json` ? new Response(JSON.stringify(manifest)) : new Response('', { status: 404 });
	}) as typeof fetch;
}

const manifest = { parts: ['part-a/', 'part-b/', 'part-c/', 'part-d/', 'part-e/', 'part-f/'], first: 2 };

describe('the parts of the first search', () => {
	test('the head’s early start merges the first parts (with the entry file’s tag) before it searches', async () => {
		base = `${pathToFileURL(join(folder, 'early')).href}/`;
		const window: { pagefindStart?: Promise<unknown>; pagefindFirst?: EarlySearch; pagefindParts?: Promise<PartsManifest> } = {};
		runHead(window, `${base}pagefind.js`, { metaCacheTag: '17' }, '?q=%E4%BA%BA%E6%9D%90', fetchParts(base, manifest));
		await window.pagefindFirst?.search;
		expect(log()).toEqual(['fetch parts.json', 'options {"metaCacheTag":"17"}', 'init', 'merge part-a/ {"metaCacheTag":"17"}', 'merge part-b/ {"metaCacheTag":"17"}', 'search 人材']);
		expect(await window.pagefindParts).toEqual(manifest);
	});

	test('without the early start, the page script merges them when it loads the index, then widens one part, then twice as many', async () => {
		base = `${pathToFileURL(join(folder, 'page')).href}/`;
		scope.window = {};
		vi.stubGlobal('fetch', fetchParts(base, manifest));
		const state: IndexState = { indexBase: base, options: { excerptLength: 30, metaCacheTag: '17' }, widening: Promise.resolve(false) };
		const index = await loadIndex(state);
		expect({ merged: index.merged, first: index.first, parts: index.parts }).toEqual({ merged: 2, first: 2, parts: manifest.parts });
		expect(log()).toEqual(['fetch parts.json', 'options {"excerptLength":30,"metaCacheTag":"17"}', 'init', 'merge part-a/ {"metaCacheTag":"17"}', 'merge part-b/ {"metaCacheTag":"17"}']);
		log().length = 0;
		expect(await widenIndex(state, false)).toBe(true);
		expect(log()).toEqual(['merge part-c/ {"metaCacheTag":"17"}']);
		log().length = 0;
		expect(await widenIndex(state, false)).toBe(true);
		expect(log()).toEqual(['merge part-d/ {"metaCacheTag":"17"}', 'merge part-e/ {"metaCacheTag":"17"}']);
		log().length = 0;
		expect(await widenIndex(state, false)).toBe(true);
		expect(log()).toEqual(['merge part-f/ {"metaCacheTag":"17"}']);
		expect(await widenIndex(state, false)).toBe(false);
		expect(index.merged).toBe(6);
	});

	test('the page script takes over the early start without merging a part twice', async () => {
		base = `${pathToFileURL(join(folder, 'taken')).href}/`;
		const window: Record<string, unknown> = {};
		runHead(window, `${base}pagefind.js`, {}, '?q=NICT', fetchParts(base, manifest));
		scope.window = window;
		vi.stubGlobal('fetch', fetchParts(base, { parts: [], first: 0 }));
		const state: IndexState = { indexBase: base, options: {}, widening: Promise.resolve(false) };
		const index = await loadIndex(state);
		expect(index.merged).toBe(2);
		expect(log().filter((line) => line.startsWith('merge') || line === 'init' || line.startsWith('fetch'))).toEqual(['fetch parts.json', 'init', 'merge part-a/ {}', 'merge part-b/ {}']);
		await widenIndex(state, true);
		expect(log().filter((line) => line.startsWith('merge'))).toEqual(['merge part-a/ {}', 'merge part-b/ {}', 'merge part-c/ {}', 'merge part-d/ {}', 'merge part-e/ {}', 'merge part-f/ {}']);
	});

	test('an index without `first` (or in one part) merges nothing before the first search', async () => {
		base = `${pathToFileURL(join(folder, 'widen')).href}/`;
		scope.window = {};
		vi.stubGlobal('fetch', fetchParts(base, { parts: ['part-a/', 'part-b/'] }));
		const state: IndexState = { indexBase: base, options: {}, widening: Promise.resolve(false) };
		expect((await loadIndex(state)).merged).toBe(0);
		expect(log().some((line) => line.startsWith('merge'))).toBe(false);
		await widenIndex(state, false);
		expect(log().filter((line) => line.startsWith('merge'))).toEqual(['merge part-a/ {}']);
	});
});

describe('readManifest', () => {
	test.each<[string, Response | Error, PartsManifest]>([
		['a manifest', new Response('{"parts":["part-a/","part-b/"],"first":1}'), { parts: ['part-a/', 'part-b/'], first: 1 }],
		['`first` beyond the list', new Response('{"parts":["part-a/"],"first":5}'), { parts: ['part-a/'], first: 1 }],
		['`first` not a whole number', new Response('{"parts":["part-a/"],"first":"1"}'), { parts: ['part-a/'], first: 0 }],
		['parts that are not names', new Response('{"parts":["part-a/",3,null]}'), { parts: ['part-a/'], first: 0 }],
		['no file', new Response('', { status: 404 }), { parts: [], first: 0 }],
		['not JSON', new Response('<html>'), { parts: [], first: 0 }],
		['a failed fetch', new Error('offline'), { parts: [], first: 0 }],
	])('%s', async (_name, answer, expected) => {
		expect(await readManifest(answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))).toEqual(expected);
	});
});
