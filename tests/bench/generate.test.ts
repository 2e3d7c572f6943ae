import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSeeds, loadSeedPool, MEETING_BYTES, reiwaDate, SYNTHETIC_SERIES, writeSeeds, type SeedPool } from '../../scripts/bench/generate.ts';
import { createRandom, hashSeed } from '../../scripts/bench/prng.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { readEntries } from '../../src/converter/content.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

let pool: SeedPool;
let root: string;

beforeAll(async () => {
	pool = await loadSeedPool(SEEDS);
	root = await mkdtemp(join(tmpdir(), 'bench-generate-test-'));
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('prng', () => {
	test('the same seed gives the same sequence, another seed another one', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		expect(hashSeed('bench', 1, 2)).not.toBe(hashSeed('bench', 1, 3));
	});

	test('int stays within its bounds and shuffle keeps every element', () => {
		const random = createRandom(1);
		const ints = Array.from({ length: 1000 }, () => random.int(3, 5));
		expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
		expect(random.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('seed pool', () => {
	test('holds remarks, speakers, groups and dates from the real seeds', () => {
		expect(pool.paragraphs.length).toBeGreaterThan(50);
		expect(pool.speakers).toContain('NTT 松原氏');
		expect(pool.groups['構成員']?.length).toBeGreaterThan(5);
		expect(pool.series).toContain('サイバーセキュリティタスクフォース');
		expect(pool.dates[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('generateSeeds', () => {
	test('is deterministic: same seed, same files; another seed, other files', () => {
		const a = generateSeeds(pool, { seed: 3, meetings: 12 });
		const b = generateSeeds(pool, { seed: 3, meetings: 12 });
		const c = generateSeeds(pool, { seed: 4, meetings: 12 });
		expect(a).toEqual(b);
		expect(c.map((s) => s.text)).not.toEqual(a.map((s) => s.text));
	});

	test('extra meetings leave the archive unchanged and come after it', () => {
		const base = generateSeeds(pool, { seed: 5, meetings: 10 });
		const more = generateSeeds(pool, { seed: 5, meetings: 10, extra: 1 });
		expect(more.slice(0, 10)).toEqual(base);
		expect(more).toHaveLength(11);
		expect((more[10]?.date ?? '') >= (base.at(-1)?.date ?? '')).toBe(true);
	});

	test('meetings have realistic sizes, unique file names and several series', () => {
		const seeds = generateSeeds(pool, { seed: 1, meetings: 60 });
		for (const seed of seeds) {
			const bytes = Buffer.byteLength(seed.text);
			expect(bytes).toBeGreaterThanOrEqual(MEETING_BYTES.min);
			// One remark (≤ 3 paragraphs) may overshoot the drawn target.
			expect(bytes).toBeLessThan(MEETING_BYTES.max + 8_000);
			expect(seed.fileName).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
		}
		expect(new Set(seeds.map((s) => s.fileName)).size).toBe(60);
		expect(new Set(seeds.map((s) => s.series)).size).toBeGreaterThan(3);
		expect(seeds.some((s) => (SYNTHETIC_SERIES as readonly string[]).includes(s.series))).toBe(true);
		expect(seeds.map((s) => s.date)).toEqual(seeds.map((s) => s.date).sort());
	});

	test.each([
		['2019-05-01', '令和元年5月1日（水）'],
		['2023-02-01', '令和5年2月1日（水）'],
		['2024-06-14', '令和6年6月14日（金）'],
	])('reiwaDate(%s) is %s', (iso, expected) => {
		expect(reiwaDate(iso)).toBe(expected);
	});

	test('the real converter turns every generated seed into a record with 0 errors', async () => {
		const seeds = generateSeeds(pool, { seed: 2, meetings: 25 });
		const seedsDir = join(root, 'seeds');
		const contentDir = join(root, 'content');
		await writeSeeds(seedsDir, seeds);
		expect((await readdir(seedsDir)).sort()).toEqual(seeds.map((s) => s.fileName).sort());
		expect(await readFile(join(seedsDir, seeds[0]?.fileName ?? ''), 'utf8')).toBe(seeds[0]?.text);
		const report = await convertSeeds({ seedsDir, outDir: contentDir, parse: parseDocuments, cache: false });
		expect(report.lines.filter((line) => !line.startsWith('converted'))).toEqual([]);
		expect(report.errors).toBe(0);
		expect(report.seeds.filter((s) => s.status === 'failed')).toEqual([]);
		const entries = await readEntries(contentDir);
		expect(entries).toHaveLength(25);
		for (const { meeting } of entries) {
			const seed = seeds.find((s) => s.fileName === meeting.source);
			expect(meeting.series.replace(/\s/g, '')).toBe(seed?.series.replace(/\s/g, ''));
			expect(meeting.session).toBe(seed?.session);
			expect(meeting.date).toBe(seed?.date);
			expect(meeting.remarks.length).toBeGreaterThan(10);
			for (const remark of meeting.remarks) expect(pool.speakers).toContain(remark.speaker);
		}
	});
});
