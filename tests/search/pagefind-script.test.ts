import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadPagefind } from './node-pagefind.ts';
import { READY_POLL_MS, READY_POLLS, SCRIPT_PATCHES, tunePagefindScript } from '../../src/search/index/pagefind-script.ts';

let folder = '';
let script = '';

/** Two pages with headings and anchored remarks, so that excerpts and sub-results have something to cut. */
const PAGES = [
	{
		url: '/meetings/a/',
		content:
			'<html lang="ja"><head><title>第1回 会合</title></head><body data-pagefind-body><h1>第1回 会合</h1><h2 id="s1">議題（1）人材育成</h2><p id="r1">人材育成について、サイバーセキュリティの観点から発言します。</p><p id="r2">演習の取組を続けます。</p><h2 id="s2">議題（2）その他</h2><p id="r3">地域の人材育成と演習の今後について。</p></body></html>',
	},
	{
		url: '/meetings/b/',
		content:
			'<html lang="ja"><head><title>第2回 会合</title></head><body data-pagefind-body><h1>第2回 会合</h1><h2 id="t1">報告</h2><p id="q1">人材の確保と育成が課題です。演習は年二回。</p></body></html>',
	},
];

beforeAll(async () => {
	// The script exactly as the installed Pagefind writes it, next to a real index.
	folder = await mkdtemp(join(tmpdir(), 'minutes-pagefind-script-'));
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind could not start');
	for (const page of PAGES) await index.addHTMLFile(page);
	await index.writeFiles({ outputPath: folder });
	await pagefind.close();
	script = await readFile(join(folder, 'pagefind.js'), 'utf8');
	await writeFile(join(folder, 'pagefind-tuned.js'), tunePagefindScript(script).script);
});
afterAll(() => rm(folder, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

/** Pagefind's browser module (original or tuned) over the test index. */
const loadScript = (name: string) => loadPagefind(folder, name, { excerptLength: 12 });

/** What a search gives, with every field of every result's data read (excerpts and sub-results included). */
async function searchAll(api: Awaited<ReturnType<typeof loadScript>>, query: string) {
	const found = await api.search(query, {});
	const results = [];
	for (const result of found.results) {
		const data = await result.data();
		// Read twice: the second data() of a cached fragment must not see the first call's excerpts.
		const again = await result.data();
		results.push({ id: result.id, score: result.score, data: { ...data }, again: JSON.parse(JSON.stringify(again)) });
	}
	return results;
}

describe('tunePagefindScript', () => {
	test.each(READY_POLLS.map((poll) => [poll]))('the installed Pagefind polls as expected: %s', (poll) => {
		expect(script).toContain(poll);
	});

	test('makes every change on the installed Pagefind', () => {
		const { script: tuned, applied } = tunePagefindScript(script);
		expect(applied).toEqual(SCRIPT_PATCHES.map((patch) => patch.name));
		expect(tuned).not.toContain('asyncSleep(50)');
		expect(tuned.split(`asyncSleep(${READY_POLL_MS})`).length - 1).toBe(READY_POLLS.length);
		expect(tuned).not.toContain('=this.decompress(new Uint8Array(');
		expect(tuned.split('=await this.decompressNative(new Uint8Array(').length - 1).toBe(5);
		expect(tuned).not.toContain('fragment.sub_results=calculate_sub_results(fragment,');
	});

	test('leaves a change out when one of its patterns is missing, and a script without any as it is', () => {
		const withoutPolls = script.replace(READY_POLLS[1], 'while(this.primary.wasm===null){await asyncSleep(60);}');
		const { script: tuned, applied } = tunePagefindScript(withoutPolls);
		expect(applied).toEqual(['excerpts on demand', 'native decompression']);
		expect(tuned).toContain(READY_POLLS[0]);
		expect(tunePagefindScript('export const x = 1;')).toEqual({ script: 'export const x = 1;', applied: [] });
	});

	// Queries with hits under two headings (two sub-results), only before the first heading, and none.
	test.each([
		['人材育成', 2, 2],
		['演習', 2, 2],
		['会合', 2, 1],
		['新幹線', 0, 0],
	])('the tuned script finds and reads back what the original does: %s', async (query, pages, subResults) => {
		const original = await searchAll(await loadScript('pagefind.js'), query);
		const tuned = await searchAll(await loadScript('pagefind-tuned.js'), query);
		expect(tuned).toEqual(original);
		expect(original.length).toBe(pages);
		if (pages === 0) return;
		expect(original.every((result) => String(result.data.excerpt).includes('<mark>'))).toBe(true);
		expect(Math.max(...original.map((result) => (result.data.sub_results as unknown[]).length))).toBe(subResults);
	});

	test('inflates with the platform DecompressionStream, and with Pagefind’s own gunzip without it', async () => {
		const Native = globalThis.DecompressionStream;
		let made = 0;
		let inflated = 0;
		const readables = new WeakMap<object, ReadableStream<Uint8Array<ArrayBuffer>>>();
		vi.stubGlobal(
			'DecompressionStream',
			class extends Native {
				constructor(format: CompressionFormat) {
					super(format);
					made++;
				}
				// Counts the streams read to their end (a stream that failed would have sent the file to Pagefind's gunzip).
				override get readable(): ReadableStream<Uint8Array<ArrayBuffer>> {
					let readable = readables.get(this);
					if (!readable) {
						readable = super.readable.pipeThrough(new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({ flush: () => void inflated++ }));
						readables.set(this, readable);
					}
					return readable;
				}
			},
		);
		const native = await searchAll(await loadScript('pagefind-tuned.js'), '人材育成');
		// WebAssembly, metadata, one index chunk and each result's fragment.
		expect(made).toBeGreaterThanOrEqual(3 + native.length);
		expect(inflated).toBe(made);
		vi.stubGlobal('DecompressionStream', undefined);
		const fallback = await searchAll(await loadScript('pagefind-tuned.js'), '人材育成');
		expect(fallback).toEqual(native);
	});
});
