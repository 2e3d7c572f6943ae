/**
 * Build the Pagefind search index over the built site, in parts to bound memory, reusing the parts
 * whose pages did not change since the last run.
 *
 * Pagefind keeps every page in memory until the index is written, so the meeting pages are cut into
 * parts (`parts.ts`: full parts of N pages from the oldest meeting, the newest in parts of N/4) and the
 * Pagefind service is closed between parts. The newest part goes to `DIR/pagefind/` (the index the search page loads), the others
 * to `DIR/pagefind/part-<hash>/`, listed newest first in `DIR/pagefind/parts.json`; the search page
 * merges them in the browser (`mergeIndex`). `DIR/pagefind/speakers.json` lists the speaker filter
 * values for the speaker box.
 *
 * Each page is cut to its `data-pagefind-body` element before it is sent to Pagefind (≈ 20% faster,
 * same index), and its text is NFKC-normalized (as the search box normalizes the query), so full-width
 * and half-width letters and digits are the same word. A part is named by the hash of its pages' URLs
 * and of what their indexed HTML is made from (the indexed part and the agenda; Pagefind's version and the
 * indexing code); a part already in the cache folder is copied, not
 * indexed again, so adding one meeting re-indexes only the newest part.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { decodeEntities } from '../../format/escape.ts';
import { sourcesHash } from '../../site/code-version.ts';
import { inOrderAhead } from '../../site/in-order-ahead.ts';
import { indexPart } from './index-part.ts';
import { indexableHtml } from './indexable-html.ts';
import { tunePagefindScript } from './pagefind-script.ts';
import { cutParts, partWeight, type PartPage } from './parts.ts';
import { agendaNav } from './search-data.ts';

/** One page to index: its file, URL, date and the hash of the HTML Pagefind gets. */
interface IndexedPage extends PartPage {
	file: string;
}

/**
 * The code that makes a part from its pages (`indexPart` and the indexed HTML, with every module of the
 * project they import), relative to this module: a change to it makes every part new. The rest of this
 * folder (how pages are read and cut into parts, the browser script's tuning) leaves parts as they are.
 */
export const INDEXING_CODE = ['./index-part.ts', './indexable-html.ts', './search-data.ts', '../query.ts', '../../converter/cjk-radicals.ts', '../../format/old-forms.ts', '../../format/escape.ts'];

/** The code that reads a page into its record (`readPage`, `pageKey`): this module, besides the indexing code. */
const RECORD_CODE = ['./build.ts'];

/**
 * What a page's indexed HTML is made from: its indexed part and its agenda navigation (`indexedHtml` of
 * index-part.ts is a function of these and of INDEXING_CODE), hashed without making the indexed HTML itself.
 */
function pageKey(page: string, indexable: string): string {
	return createHash('sha256').update(indexable).update('\0').update(agendaNav(page)).digest('hex');
}

/**
 * Characters of indexed part that weigh one in a part's budget (about a 議事要旨 meeting page): Pagefind's
 * memory grows with the text it holds, so a part of N pages is full at N × this many characters, and a
 * verbatim 会議録 several times as long counts several times.
 */
export const PAGE_UNIT = 16_000;

/** What `buildIndex` did. */
export interface IndexSummary {
	pages: number;
	parts: number;
	/** Parts written by Pagefind in this run (the others came from the cache). */
	indexed: number;
	speakers: number;
}

const SORT_DATE = /data-pagefind-sort="date:([^"]*)"/;
const SPEAKER = /data-pagefind-filter="speaker:([^"]*)"/g;
const PAGEFIND_VERSION = (JSON.parse(await readFile(path.join(import.meta.dirname, '../../../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
/** Pagefind's version and the indexing code, for the part keys. */
const INDEXER_KEY = createHash('sha256')
	.update(`pagefind ${PAGEFIND_VERSION}\n`)
	.update(await sourcesHash(import.meta.url, INDEXING_CODE))
	.digest('hex');
/** The part keys' code and the code that reads pages, for the pages' records. */
const RECORDS_KEY = createHash('sha256')
	.update(`${INDEXER_KEY}\n`)
	.update(await sourcesHash(import.meta.url, RECORD_CODE))
	.digest('hex');

/** What the index needs of one HTML file of the site, kept between runs in the cache folder (`PAGES_FILE`). */
export interface PageRecord {
	/** The file as it was read: size, modification time and inode. */
	size: number;
	mtimeMs: number;
	ino: number;
	/** Null for a file without `data-pagefind-body` (not indexed). */
	page: { url: string; date: string; hash: string; weight: number } | null;
	speakers: string[];
}

/** HTML files looked at (and read when they changed) ahead of the one being recorded: one at a time, 45,000 pages took seconds of waiting. */
const FILES_AHEAD = 32;

/** The file in the cache folder that keeps each HTML file's record (not a part: never removed as one). */
export const PAGES_FILE = 'pages.json';

/** Read one HTML file of the site into its record. */
async function readPage(file: string, relative: string, pageUnit: number | null, stats: { size: number; mtimeMs: number; ino: number }): Promise<PageRecord> {
	const raw = await readFile(file, 'utf8');
	const { size, mtimeMs, ino } = stats;
	if (!raw.includes('data-pagefind-body')) return { size, mtimeMs, ino, page: null, speakers: [] };
	const url = `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
	const indexable = indexableHtml(raw);
	const speakers = [...raw.matchAll(SPEAKER)].map((match) => decodeEntities(match[1] ?? ''));
	return { size, mtimeMs, ino, page: { url, date: SORT_DATE.exec(raw)?.[1] ?? '', hash: pageKey(raw, indexable), weight: pageUnit === null ? 1 : indexable.length / pageUnit }, speakers };
}

/**
 * Pages with `data-pagefind-body` under `dir`, and the speaker filter values they carry. A file whose size,
 * modification time and inode are those recorded in `cacheDir` by the last run (with the same indexing code
 * and page unit) is not read again: after a rebuild that keeps unchanged pages in place (src/site/kept-output.ts)
 * only the pages written anew are read. The records of this run replace the old ones.
 */
async function collectPages(dir: string, pageUnit: number | null, cacheDir: string): Promise<{ pages: IndexedPage[]; speakers: string[] }> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const recordsFile = path.join(cacheDir, PAGES_FILE);
	const stamp = `${RECORDS_KEY} ${pageUnit}`;
	const previous = await readFile(recordsFile, 'utf8')
		.then((text) => JSON.parse(text) as { stamp?: string; files?: Record<string, PageRecord> })
		.catch(() => null);
	const known = previous?.stamp === stamp && previous.files && typeof previous.files === 'object' ? previous.files : {};
	const records: Record<string, PageRecord> = {};
	const pages: IndexedPage[] = [];
	const speakers = new Set<string>();
	const pagefindDir = path.join(dir, 'pagefind');
	const files = entries.flatMap((entry) => {
		if (!entry.isFile() || !entry.name.endsWith('.html')) return [];
		const file = path.join(entry.parentPath, entry.name);
		return file.startsWith(pagefindDir + path.sep) ? [] : [{ file, relative: path.relative(dir, file).split(path.sep).join('/') }];
	});
	/** A file's record: the last run's when the file is as it was then, else read again. */
	const recordOf = async ({ file, relative }: { file: string; relative: string }): Promise<PageRecord> => {
		const stats = await stat(file);
		const old = Object.hasOwn(known, relative) ? known[relative] : undefined;
		return old && old.size === stats.size && old.mtimeMs === stats.mtimeMs && old.ino === stats.ino ? old : readPage(file, relative, pageUnit, stats);
	};
	let at = 0;
	for await (const record of inOrderAhead(files, FILES_AHEAD, recordOf)) {
		const { file, relative } = files[at++]!;
		records[relative] = record;
		if (!record.page) continue;
		pages.push({ file, ...record.page });
		for (const speaker of record.speakers) speakers.add(speaker);
	}
	await mkdir(cacheDir, { recursive: true });
	await writeFile(`${recordsFile}.partial`, JSON.stringify({ stamp, files: records }));
	await rename(`${recordsFile}.partial`, recordsFile);
	return { pages, speakers: [...speakers].filter(Boolean).sort((a, b) => a.localeCompare(b, 'ja')) };
}

/** `.cache/pagefind/<hash of the site folder>/`: each built site keeps its own parts. */
export function defaultCacheDir(site: string): string {
	return path.join('.cache/pagefind', createHash('sha256').update(path.resolve(site)).digest('hex').slice(0, 12));
}

/** The cache name of a part: its pages and what their indexed HTML is made from, the indexing code and the Pagefind that indexes them. */
function partKey(pages: readonly IndexedPage[]): string {
	const hash = createHash('sha256').update(`${INDEXER_KEY}\n`);
	for (const page of pages) hash.update(`${page.url}\n${page.hash}\n`);
	return hash.digest('hex').slice(0, 16);
}

/** Called as indexing advances: pages of the site done (indexed or reused from the cache) out of all. */
export type IndexProgress = (done: number, total: number) => void;

/** A part to index: its cache key, its pages and its weight (its pages' share of a full part). */
export interface PartJob {
	key: string;
	pages: IndexedPage[];
	weight: number;
}

/** Index one part in a worker thread, with a Pagefind service of its own (part-worker.ts). */
function indexInWorker(pages: readonly IndexedPage[], outputPath: string, added: (count: number) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./part-worker.ts', import.meta.url), { workerData: { pages: pages.map(({ url, file }) => ({ url, file })), outputPath } });
		worker.on('message', (message: { added?: number }) => added(message.added ?? 0));
		worker.on('error', reject);
		worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the indexing worker of ${outputPath} stopped with code ${code}`))));
	});
}

/**
 * Run `run` over the parts, up to `jobs` at once while the parts running weigh at most `budget` together
 * (a part heavier than that runs alone). After a failure no part is started, the running ones are awaited and
 * the first error is thrown.
 */
export async function runParts(parts: readonly PartJob[], jobs: number, budget: number, run: (part: PartJob) => Promise<void>): Promise<void> {
	const running = new Set<Promise<void>>();
	let weight = 0;
	let failure: { error: unknown } | undefined;
	for (const part of parts) {
		while (running.size > 0 && (running.size >= jobs || weight + part.weight > budget)) await Promise.race(running);
		if (failure) break;
		weight += part.weight;
		const job: Promise<void> = run(part)
			.catch((error: unknown) => {
				failure ??= { error };
			})
			.finally(() => {
				weight -= part.weight;
				running.delete(job);
			});
		running.add(job);
	}
	await Promise.all(running);
	if (failure) throw failure.error;
}

/** A merged part is read only for its entry, meta, index, fragment and filter files: drop the copies of the scripts, styles and WebAssembly. */
async function dropPartRuntime(partDir: string): Promise<void> {
	for (const name of await readdir(partDir)) {
		if (/\.(js|css|pagefind)$/.test(name)) await rm(path.join(partDir, name));
	}
}

/** Serve Pagefind's script tuned for the first search (pagefind-script.ts: shorter readiness poll, excerpts on demand, native decompression). */
async function tuneScript(outDir: string): Promise<void> {
	const file = path.join(outDir, 'pagefind.js');
	if (!existsSync(file)) return;
	const { script, applied } = tunePagefindScript(await readFile(file, 'utf8'));
	if (applied.length > 0) await writeFile(file, script);
}

/** The search page, whose head gets the preload of the newest part's metadata. */
const SEARCH_PAGE = 'search/index.html';
const META_PRELOAD = /<link rel="preload" href="[^"]*" as="fetch" crossorigin="anonymous" data-index-meta>/g;
const ENTRY_PRELOAD = /<link\b[^>]*\bhref="([^"]*\/)pagefind-entry\.json[^"]*"[^>]*>/;

/**
 * Pagefind fetches the index's metadata only after its entry file names it; the search page preloads
 * the entry, and from this index on also the metadata it names (next to the entry's preload), so both
 * arrive together. A search page without the entry's preload is left as it is.
 */
async function preloadIndexMeta(dir: string): Promise<void> {
	const file = path.join(dir, SEARCH_PAGE);
	if (!existsSync(file)) return;
	const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
	// The index holds the site's one language (the pages' `<html lang>`).
	const hash = Object.values(entry.languages)[0]?.hash;
	const html = (await readFile(file, 'utf8')).replace(META_PRELOAD, '');
	const base = ENTRY_PRELOAD.exec(html);
	if (!hash || !base) return;
	const link = `<link rel="preload" href="${base[1]}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous" data-index-meta>`;
	await writeFile(file, html.slice(0, base.index + base[0].length) + link + html.slice(base.index + base[0].length));
}

/**
 * Index every page with `data-pagefind-body` under `dir` into `dir/pagefind/` in parts of at most
 * `partSize` pages' worth of text (`PAGE_UNIT`), reusing parts found in `cacheDir` (parts not used by this site are removed from it);
 * `onProgress` hears how many pages are done. `pageUnit` null counts pages instead of their text. Up to `jobs`
 * parts are indexed at once (default: the cores the process may use), as long as together they weigh at most `partSize`.
 */
export async function buildIndex(dir: string, partSize = 1000, cacheDir = defaultCacheDir(dir), onProgress: IndexProgress = () => {}, pageUnit: number | null = PAGE_UNIT, jobs = availableParallelism()): Promise<IndexSummary> {
	if (!existsSync(dir)) throw new Error(`No built site at ${dir}. Run \`astro build\` first (or pass --site DIR).`);
	const { pages, speakers } = await collectPages(dir, pageUnit, cacheDir);
	if (pages.length === 0) throw new Error(`No page under ${dir} has data-pagefind-body: nothing to index.`);
	const parts = cutParts(pages, partSize).map((part) => ({ key: partKey(part), pages: part }));
	const cached = new Set((await readdir(cacheDir)).filter((name) => name !== PAGES_FILE));
	let indexed = 0;
	let done = 0;
	const advance = (count: number): void => {
		done += count;
		onProgress(done, pages.length);
	};
	const todo: PartJob[] = [];
	for (const part of parts) {
		if (cached.has(part.key)) advance(part.pages.length);
		else todo.push({ ...part, weight: partWeight(part.pages) });
	}
	// Parts side by side in worker threads, each with its own Pagefind service, while together they weigh at most
	// one full part (Pagefind's memory grows with the text it holds); a single part is indexed on this thread.
	const inWorkers = jobs > 1 && todo.length > 1;
	await runParts(todo, inWorkers ? jobs : 1, partSize, async (part) => {
		// Written under a temporary name first, so an interrupted run never leaves a half part in the cache.
		const partial = path.join(cacheDir, `.${part.key}.partial`);
		await rm(partial, { recursive: true, force: true });
		await (inWorkers ? indexInWorker : indexPart)(part.pages, partial, advance);
		await rename(partial, path.join(cacheDir, part.key));
		cached.add(part.key);
		indexed++;
	});
	const outDir = path.join(dir, 'pagefind');
	const [newest, ...older] = parts;
	const names = older.map((part) => `part-${part.key}`);
	// An older part already in the site from the last run is the same files (its name is its key): it stays.
	// Everything else goes: the newest part's files at the top, parts no longer used, anything half copied.
	const present = new Set(existsSync(outDir) ? await readdir(outDir) : []);
	const keep = new Set(names.filter((name) => present.has(name)));
	for (const name of present) if (!keep.has(name)) await rm(path.join(outDir, name), { recursive: true, force: true });
	await mkdir(outDir, { recursive: true });
	await cp(path.join(cacheDir, newest!.key), outDir, { recursive: true });
	await tuneScript(outDir);
	for (const [index, part] of older.entries()) {
		const name = names[index]!;
		if (keep.has(name)) continue;
		// Copied under a temporary name first, so an interrupted run never leaves a half part that looks whole.
		const partial = path.join(outDir, `.${name}.partial`);
		await cp(path.join(cacheDir, part.key), partial, { recursive: true });
		await dropPartRuntime(partial);
		await rename(partial, path.join(outDir, name));
	}
	const used = new Set(parts.map((part) => part.key));
	for (const name of cached) if (!used.has(name)) await rm(path.join(cacheDir, name), { recursive: true, force: true });
	await writeFile(path.join(outDir, 'parts.json'), `${JSON.stringify({ parts: names.map((name) => `${name}/`) })}\n`);
	await preloadIndexMeta(dir);
	await writeFile(path.join(outDir, 'speakers.json'), `${JSON.stringify(speakers)}\n`);
	return { pages: pages.length, parts: parts.length, indexed, speakers: speakers.length };
}
