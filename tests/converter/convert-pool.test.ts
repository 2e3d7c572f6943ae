/**
 * The converter on worker threads (src/converter/convert-pool.ts): a folder converted with `workers: 2`
 * gives the same files, report and verbose lines as one converted on the calling thread, with the seeds past
 * the first few converted by the workers; a run of a few seeds, or a parser other than `parseDocuments`, stays
 * on the calling thread.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertSeeds, convertTextSeed, POOL_AFTER, sha256, type ConvertReport } from '../../src/converter/convert.ts';
import { ConvertPool } from '../../src/converter/convert-pool.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const LAYOUTS = join(ROOT, 'tests/fixtures/layouts');

/** Every file of a folder with its bytes, by name; the cache file without the files' stamps (sizes, times and inodes of this run's files). */
async function snapshot(dir: string): Promise<Record<string, string>> {
	const names = (await readdir(dir)).sort();
	const read = async (name: string): Promise<string> => {
		const text = await readFile(join(dir, name), 'utf8');
		if (name !== '.convert-cache.json') return text;
		const cache = JSON.parse(text) as { seeds: Record<string, { stamps?: unknown }> };
		for (const seed of Object.values(cache.seeds)) delete seed.stamps;
		return JSON.stringify(cache);
	};
	return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await read(name)] as const)));
}

let root: string;
let seeds: string;
/** Text seeds of the folder (not the side files). */
let textSeeds: string[];

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'convert-pool-'));
	seeds = join(root, 'seeds');
	await mkdir(seeds);
	// Every layout fixture (assemblies, councils, the Diet, Markdown, NDL JSON with several meetings, plain), a Shift_JIS
	// seed, the real seeds, and seeds that fail: enough for the workers to take most of them, with the same entry ids
	// produced twice (the duplicates must be reported the same way).
	for (const family of await readdir(LAYOUTS)) {
		for (const name of await readdir(join(LAYOUTS, family))) await copyFile(join(LAYOUTS, family, name), join(seeds, `${family}-${name}`));
	}
	await copyFile(join(ROOT, 'tests/fixtures/e2e-encoded/903_e2e_shift_jis.txt'), join(seeds, 'shift-jis.txt'));
	for (const name of (await readdir(join(ROOT, 'seeds'))).filter((file) => file.endsWith('.txt'))) await copyFile(join(ROOT, 'seeds', name), join(seeds, `real-${name}`));
	await writeFile(join(seeds, 'zz-empty.txt'), '');
	await writeFile(join(seeds, 'zz-binary.txt'), new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]));
	await writeFile(join(seeds, 'zz-nodate.txt'), '○議長　開会します。\n');
	textSeeds = (await readdir(seeds)).filter((name) => /\.(txt|md|rst|json)$/.test(name));
}, 30_000);

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('converting on worker threads', () => {
	let alone: ConvertReport;
	let pooled: ConvertReport;
	let aloneOut: string;
	let pooledOut: string;

	beforeAll(async () => {
		aloneOut = join(root, 'alone');
		pooledOut = join(root, 'pooled');
		alone = await convertSeeds({ seedsDir: seeds, outDir: aloneOut, parse: parseDocuments });
		pooled = await convertSeeds({ seedsDir: seeds, outDir: pooledOut, parse: parseDocuments, workers: 2 });
	}, 120_000);

	test('the workers convert every seed past the first few', () => {
		expect(textSeeds.length).toBeGreaterThan(150);
		expect(alone.pooled).toBe(0);
		// Each seed the loop reads is converted (none is cached in a new folder); the first POOL_AFTER − 1 on this thread.
		expect(pooled.pooled).toBe(textSeeds.length - (POOL_AFTER - 1));
	});

	test('the same files, byte for byte, and the same report', async () => {
		expect(pooled.errors).toBeGreaterThan(0);
		expect(pooled.lines).toEqual(alone.lines);
		expect(pooled.summaries).toEqual(alone.summaries);
		expect(pooled.seeds.map(({ name, entryIds, status }) => ({ name, entryIds, status }))).toEqual(alone.seeds.map(({ name, entryIds, status }) => ({ name, entryIds, status })));
		const [a, b] = [await snapshot(aloneOut), await snapshot(pooledOut)];
		expect(Object.keys(b).length).toBeGreaterThan(100);
		expect(b).toEqual(a);
	});

	test('a second run takes most seeds from the cache and converts the rest as before', async () => {
		const again = await convertSeeds({ seedsDir: seeds, outDir: pooledOut, parse: parseDocuments, workers: 2 });
		// Failed seeds are never cached, and a seed that lost an entry id to another is read again.
		const convertedAgain = again.seeds.filter((seed) => seed.status !== 'cached').length;
		expect(convertedAgain).toBeGreaterThanOrEqual(3);
		expect(convertedAgain).toBeLessThan(15);
		expect(again.pooled).toBe(Math.max(0, convertedAgain - (POOL_AFTER - 1)));
		expect(again.lines).toEqual(pooled.lines.map((line) => line.replace(/\(0 unchanged\)/, `(${pooled.seeds.filter((seed) => seed.status !== 'failed' && seed.status !== 'skipped').length} unchanged)`)));
	});
});

describe('staying on the calling thread', () => {
	test(`fewer than ${POOL_AFTER} seeds to convert start no worker`, async () => {
		const few = join(root, 'few');
		await mkdir(few);
		for (const name of textSeeds.filter((file) => file.startsWith('real-')).slice(0, POOL_AFTER - 1)) await copyFile(join(seeds, name), join(few, name));
		const report = await convertSeeds({ seedsDir: few, outDir: join(root, 'few-out'), parse: parseDocuments, workers: 2 });
		expect(report.seeds.length).toBe(POOL_AFTER - 1);
		expect(report.errors).toBe(0);
		expect(report.pooled).toBe(0);
	});

	test('workers with a parser other than parseDocuments are refused', async () => {
		await expect(convertSeeds({ seedsDir: seeds, outDir: join(root, 'other'), parse: parseMinutes as never, workers: 2 })).rejects.toThrow(/parseDocuments/);
	});
});

describe('the pool', () => {
	test('converts as the calling thread does, with the run’s series slugs and official links', async () => {
		const name = textSeeds.find((file) => file.startsWith('real-'))!;
		const bytes = new Uint8Array(await readFile(join(seeds, name)));
		const hash = sha256(bytes);
		const slugs = Object.assign(Object.create(null) as Record<string, string>, { constructor: 'not-a-function' });
		const links = { seeds: Object.assign(Object.create(null) as Record<string, { url?: string }>, { [name]: { url: 'https://www.soumu.go.jp/main_sosiki/kenkyu/cybersecurity/' } }), series: Object.create(null) as Record<string, { url?: string }>, diagnostics: [] };
		const pool = new ConvertPool(2, { seriesSlugs: slugs, officialLinks: links });
		try {
			const [first, second] = await Promise.all([pool.convert({ bytes, name, hash }), pool.convert({ bytes, name: 'other.txt', hash })]);
			expect(first).toEqual(convertTextSeed(bytes, name, hash, parseDocuments, slugs, links));
			expect(first.outputs[0]?.mdx).toContain('https://www.soumu.go.jp/main_sosiki/kenkyu/cybersecurity/');
			expect(second).toEqual(convertTextSeed(bytes, 'other.txt', hash, parseDocuments, slugs, links));
			expect(second.outputs[0]?.mdx).not.toContain('https://www.soumu.go.jp/main_sosiki/kenkyu/cybersecurity/');
		} finally {
			await pool.close();
		}
		await expect(pool.convert({ bytes, name, hash })).rejects.toThrow(/no converter worker/);
	});
});
