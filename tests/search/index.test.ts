/**
 * `scripts/index.ts` over a small built site: parts are written newest first, reused from the cache
 * when their pages are unchanged, and re-indexed only where a page changed.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { buildIndex, PAGES_FILE, runParts, type PartJob } from '../../src/search/index/build.ts';
import { fragmentRegions, type FragmentLike } from '../../src/search/client/verify.ts';

let folder = '';
let site = '';
let cache = '';

/** A meeting page as the site writes it, reduced to what the indexer reads. */
const page = (day: number, text: string, nav = '') =>
	`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>第${day}回</title></head><body><main>${nav}<div class="meeting" data-pagefind-body data-pagefind-sort="date:2024-01-${String(day).padStart(2, '0')}"><h1 data-pagefind-meta="title">第${day}回</h1><article class="remark" data-remark-id="r1" data-speaker="小山構成員"><h3 id="r1"><span class="remark__speaker" data-pagefind-filter="speaker:小山">小山構成員</span></h3><p>${text}</p></article></div></main></body></html>`;

async function writePage(day: number, text: string, nav = '') {
	const dir = join(site, 'meetings', `m-${day}`);
	await mkdir(dir, { recursive: true });
	await writeFile(join(dir, 'index.html'), page(day, text, nav));
}

const manifest = async () => JSON.parse(await readFile(join(site, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };

beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'minutes-index-'));
	site = join(folder, 'dist');
	cache = join(folder, 'cache');
	for (let day = 1; day <= 5; day++) await writePage(day, `第${day}回の発言。能動的サイバー防御について議論した。`);
	// A page without data-pagefind-body is not indexed.
	await writeFile(join(site, 'index.html'), '<!DOCTYPE html><html lang="ja"><body><p>ホーム</p></body></html>');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('buildIndex', () => {
	test('writes the newest part at the root and the others as merged parts without their own runtime', async () => {
		const summary = await buildIndex(site, 2, cache, undefined, null);
		expect(summary).toMatchObject({ pages: 5, parts: 4, indexed: 4, speakers: 1 });
		const { parts } = await manifest();
		expect(parts).toHaveLength(3);
		const root = await readdir(join(site, 'pagefind'));
		expect(root).toContain('pagefind.js');
		expect(root).toContain('pagefind-entry.json');
		for (const part of parts) {
			const files = await readdir(join(site, 'pagefind', part));
			expect(files).toContain('pagefind-entry.json');
			expect(files.filter((name) => /\.(js|css|pagefind)$/.test(name))).toEqual([]);
		}
		expect(JSON.parse(await readFile(join(site, 'pagefind/speakers.json'), 'utf8'))).toEqual(['小山']);
	});

	test('a second run reuses every part; a changed page re-indexes only its part', async () => {
		await buildIndex(site, 2, cache, undefined, null);
		const first = await manifest();
		expect(await buildIndex(site, 2, cache, undefined, null)).toMatchObject({ parts: 4, indexed: 0 });
		expect(await manifest()).toEqual(first);

		// The oldest page is in the oldest part (the last in the manifest).
		await writePage(1, '第1回の発言は訂正された。');
		expect(await buildIndex(site, 2, cache, undefined, null)).toMatchObject({ parts: 4, indexed: 1 });
		const second = await manifest();
		expect(second.parts.slice(0, 2)).toEqual(first.parts.slice(0, 2));
		expect(second.parts[2]).not.toEqual(first.parts[2]);
		// Parts no longer used leave the cache.
		expect((await readdir(cache)).filter((name) => name !== PAGES_FILE)).toHaveLength(4);
	});

	test('a page changed outside what is indexed (navigation) keeps its part', async () => {
		await buildIndex(site, 2, cache, undefined, null);
		await writePage(1, '第1回の発言。能動的サイバー防御について議論した。', '<nav class="series-nav">次の回：第2回</nav>');
		expect(await buildIndex(site, 2, cache, undefined, null)).toMatchObject({ parts: 4, indexed: 0 });
	});

	test("parts are cut by the text of their pages: with the default unit these small pages share one part", async () => {
		expect(await buildIndex(site, 2, cache)).toMatchObject({ pages: 5, parts: 1 });
		await writePage(1, '長い発言。'.repeat(8000));
		// The oldest page alone now holds more text than a small part's budget (one unit): a part of its own.
		expect(await buildIndex(site, 2, cache)).toMatchObject({ pages: 5, parts: 2 });
	});

	test("the search page preloads the newest part's metadata next to the entry file, once", async () => {
		const searchPage = join(site, 'search/index.html');
		await mkdir(join(site, 'search'), { recursive: true });
		await writeFile(searchPage, '<!DOCTYPE html><html lang="ja"><head><link rel="preload" href="/base/pagefind/pagefind-entry.json?ts=1" as="fetch" crossorigin="anonymous"></head><body></body></html>');
		await buildIndex(site, 2, cache, undefined, null);
		await buildIndex(site, 2, cache, undefined, null);
		const html = await readFile(searchPage, 'utf8');
		const links = [...html.matchAll(/href="\/base\/pagefind\/([^"]+\.pf_meta)"/g)].map((match) => match[1]);
		expect(links).toHaveLength(1);
		expect(await readdir(join(site, 'pagefind'))).toContain(links[0]);
	});

	test('adding a newer meeting re-indexes only the newest part', async () => {
		await writePage(6, '第6回の発言。');
		await buildIndex(site, 2, cache, undefined, null);
		const before = await manifest();
		await writePage(7, '第7回の発言。');
		const summary = await buildIndex(site, 2, cache, undefined, null);
		expect(summary).toMatchObject({ pages: 7, indexed: 1 });
		const after = await manifest();
		// The former newest part (page 6) is now merged as a part of its own, unchanged.
		expect(after.parts.slice(1)).toEqual(before.parts);
		expect(after.parts).toHaveLength(before.parts.length + 1);
	});

	test('a page file with the size, time and inode of the last run is not read again; a damaged record file means reading all', async () => {
		await buildIndex(site, 2, cache, undefined, null);
		const recordsFile = join(cache, PAGES_FILE);
		const first = JSON.parse(await readFile(recordsFile, 'utf8')) as { files: Record<string, { page: { hash: string } | null }> };
		const record = first.files['meetings/m-1/index.html']!;
		expect(record.page?.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(first.files['index.html']?.page).toBeNull();
		// The record stands for the unchanged file: another hash in it gives its part another key, so the part is indexed.
		await writeFile(recordsFile, JSON.stringify({ ...first, files: { ...first.files, 'meetings/m-1/index.html': { ...record, page: { ...record.page, hash: 'f'.repeat(64) } } } }));
		expect(await buildIndex(site, 2, cache, undefined, null)).toMatchObject({ indexed: 1 });
		// A file changed since (another time) is read again; so is every file when the record file is damaged.
		await writeFile(recordsFile, '{"stamp": ');
		await buildIndex(site, 2, cache, undefined, null);
		expect(JSON.parse(await readFile(recordsFile, 'utf8'))).toEqual(first);
		await writePage(3, '第3回の発言は訂正された。');
		expect(await buildIndex(site, 2, cache, undefined, null)).toMatchObject({ indexed: 1 });
		const last = JSON.parse(await readFile(recordsFile, 'utf8')) as typeof first;
		expect(last.files['meetings/m-3/index.html']?.page?.hash).not.toBe(first.files['meetings/m-3/index.html']?.page?.hash);
	});

	test('older parts already in the site stay (not copied again), unused ones go, and the index equals one written into an empty folder', async () => {
		await writePage(6, '第6回の発言。');
		await buildIndex(site, 2, cache, undefined, null);
		const { parts: before } = await manifest();
		const oldest = join(site, 'pagefind', before.at(-1)!, 'pagefind-entry.json');
		const kept = await stat(oldest);
		await writeFile(join(site, 'pagefind', 'part-0000000000000000'), 'left over');
		await writePage(7, '第7回の発言。');
		await writePage(3, '第3回の発言は訂正された。');
		await buildIndex(site, 2, cache, undefined, null);
		const { parts: after } = await manifest();
		expect((await stat(oldest)).ino).toBe(kept.ino);
		const present = (await readdir(join(site, 'pagefind'))).filter((name) => name.startsWith('part-')).sort();
		expect(present).toEqual(after.map((part) => part.replace(/\/$/, '')).sort());

		// The same site indexed from nothing.
		const fresh = join(folder, 'fresh');
		await cp(site, fresh, { recursive: true });
		await rm(join(fresh, 'pagefind'), { recursive: true });
		await buildIndex(fresh, 2, join(folder, 'fresh-cache'), undefined, null);
		expect(await manifest()).toEqual(JSON.parse(await readFile(join(fresh, 'pagefind/parts.json'), 'utf8')));
		const [mine, theirs] = [await filesUnder(join(site, 'pagefind')), await filesUnder(join(fresh, 'pagefind'))];
		// Pagefind numbers pages in the order it finishes them, so index chunks and metadata may be named
		// otherwise from one run to the next (as between parts indexed one at a time and side by side, below).
		const chunk = /\.pf_(index|meta)$/;
		const named = (files: Map<string, Buffer>) => [...files.keys()].filter((name) => !chunk.test(name)).sort();
		const chunks = (files: Map<string, Buffer>) => [...files.keys()].filter((name) => chunk.test(name)).map((name) => name.replace(/[^/]*$/, '').concat(name.endsWith('pf_meta') ? 'meta' : 'index')).sort();
		expect(named(mine)).toEqual(named(theirs));
		expect(chunks(mine)).toEqual(chunks(theirs));
		for (const [name, bytes] of theirs) if (/fragment|filter|\.json$/.test(name) && name !== 'pagefind-entry.json' && !name.endsWith('/pagefind-entry.json')) expect(mine.get(name)?.equals(bytes), name).toBe(true);
	});

	test.each([
		'能動的サイバー防御について、NICT（CYDER）の演習を第29回会合で議論した。',
		'「三層分離」の見直し、Active Cyber Defense の議論（1,000件）',
		'能<strong>動</strong>的サイバー<a href="#r1">防御</a>の導入',
	])("a remark's text reads back from Pagefind's fragment as the page wrote it: %s", async (html) => {
		await writePage(9, html);
		await buildIndex(site, 100, cache, undefined, null);
		const folder = join(site, 'pagefind/fragment');
		const fragments: (FragmentLike & { url: string })[] = [];
		for (const name of await readdir(folder)) {
			// A fragment is gzipped JSON behind Pagefind's signature.
			fragments.push(JSON.parse(gunzipSync(await readFile(join(folder, name))).subarray('pagefind_dcd'.length).toString('utf8')) as FragmentLike & { url: string });
		}
		const fragment = fragments.find((found) => found.url === '/meetings/m-9/');
		const remark = fragment && fragmentRegions(fragment).find((region) => region.anchor === 'r1');
		const text = html.replace(/<[^>]*>/g, '').normalize('NFKC');
		expect(remark).toMatchObject({ kind: 'remark', label: '小山構成員' });
		// Pagefind itself ends a block that ends in a letter or `)` with a `.` (and may leave the space after it).
		expect(remark?.text.trimEnd()).toBe(/[\p{L}\p{N})]$/u.test(text) ? `${text}.` : text);
	});
});

/** Every file under `dir` with its bytes, by path relative to it. */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
	const files = new Map<string, Buffer>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		files.set(file.slice(dir.length + 1), await readFile(file));
	}
	return files;
}

describe('parts indexed side by side', () => {
	test('give the same parts, pages, fragments and filters as parts indexed one at a time', async () => {
		const serial = await buildIndex(site, 2, join(folder, 'cache-1'), undefined, null, 1);
		const one = await filesUnder(join(site, 'pagefind'));
		const parallel = await buildIndex(site, 2, join(folder, 'cache-2'), undefined, null, 2);
		expect(parallel).toEqual(serial);
		expect(serial).toMatchObject({ parts: 4, indexed: 4 });
		const two = await filesUnder(join(site, 'pagefind'));
		// Fragments and filters are named by their content, so equal names are equal pages and filter values. The
		// index chunks and metadata number the pages in the order Pagefind finished them (pages of a part go in
		// several at a time), so only their number per part is compared.
		const named = (files: Map<string, Buffer>) => [...files.keys()].filter((name) => !/\.pf_(index|meta)$/.test(name)).sort();
		expect(named(two)).toEqual(named(one));
		for (const name of named(one)) if (!name.endsWith('pagefind-entry.json')) expect(two.get(name)?.equals(one.get(name) ?? Buffer.alloc(0)), name).toBe(true);
		const chunks = (files: Map<string, Buffer>) => [...files.keys()].filter((name) => /\.pf_(index|meta)$/.test(name)).map((name) => name.replace(/[^/]*$/, '').concat(name.endsWith('pf_meta') ? 'meta' : 'index')).sort();
		expect(chunks(two)).toEqual(chunks(one));
		expect(await manifest()).toEqual(JSON.parse((one.get('parts.json') ?? '').toString()));
	});

	/** Jobs that record how many ran at once and their weight together. */
	function recorder() {
		let running = 0;
		let weight = 0;
		const seen: { running: number; weight: number }[] = [];
		const run = async (part: PartJob) => {
			running++;
			weight += part.weight;
			seen.push({ running, weight });
			await new Promise((resolve) => setTimeout(resolve, 5));
			running--;
			weight -= part.weight;
		};
		return { seen, run };
	}
	const parts = (...weights: number[]): PartJob[] => weights.map((weight, at) => ({ key: `k${at}`, pages: [], weight }));

	test.each([
		{ jobs: 2, budget: 10, weights: [3, 3, 3, 3], most: 2, heaviest: 6 },
		{ jobs: 4, budget: 10, weights: [4, 4, 4, 4], most: 2, heaviest: 8 },
		{ jobs: 2, budget: 10, weights: [10, 2, 2, 12, 1], most: 2, heaviest: 12 },
		{ jobs: 1, budget: 100, weights: [1, 1, 1], most: 1, heaviest: 1 },
	])('at most $jobs at once, within a weight of $budget together (a heavier part alone)', async ({ jobs, budget, weights, most, heaviest }) => {
		const { seen, run } = recorder();
		await runParts(parts(...weights), jobs, budget, run);
		expect(seen).toHaveLength(weights.length);
		expect(Math.max(...seen.map((step) => step.running))).toBe(most);
		expect(Math.max(...seen.map((step) => step.weight))).toBe(heaviest);
		for (const step of seen) expect(step.weight <= budget || step.running === 1).toBe(true);
	});

	test('after a failure no part starts, the running ones finish, and the first error is thrown', async () => {
		const started: string[] = [];
		let finished = 0;
		const run = async (part: PartJob) => {
			started.push(part.key);
			await new Promise((resolve) => setTimeout(resolve, part.key === 'k0' ? 1 : 20));
			if (part.key === 'k0') throw new Error('k0 failed');
			finished++;
		};
		await expect(runParts(parts(1, 1, 1, 1), 2, 10, run)).rejects.toThrow('k0 failed');
		expect(started).toEqual(['k0', 'k1']);
		expect(finished).toBe(1);
	});
});
