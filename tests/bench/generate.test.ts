import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSeeds, LAYOUTS, loadSeedPool, MEETING_BYTES, reiwaDate, SYNTHETIC_SERIES, writeSeeds, type GeneratedSeed, type Layout, type SeedPool } from '../../scripts/bench/generate.ts';
import { arabicClock, fullWidth, kanjiClock, kanjiDate, kanjiNumber, wideDate } from '../../scripts/bench/japanese.ts';
import { createRandom, hashSeed } from '../../scripts/bench/prng.ts';
import { VERBATIM_BODIES, VERBATIM_BYTES, weekday } from '../../scripts/bench/verbatim.ts';
import { paddedName, speechSentences } from '../../scripts/bench/verbatim-text.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { readEntries } from '../../src/converter/content.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

// Loaded at collection time: the verbatim reader table below is built from it.
const pool: SeedPool = await loadSeedPool(SEEDS);
let root: string;

beforeAll(async () => {
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
});



/** SHA-256 over the seeds' file names and texts. */
function digest(seeds: GeneratedSeed[]): string {
	const hash = createHash('sha256');
	for (const seed of seeds) hash.update(seed.fileName).update('\0').update(seed.text).update('\0');
	return hash.digest('hex');
}

describe('summary layout', () => {
	// Digests of the summary archive as generated before the verbatim layout was added: the default
	// layout stays byte-identical for a seed, so figures of earlier runs remain comparable. They change
	// only when the real seeds or their parse change (then regenerate them and say so in the README).
	test.each([
		[1, 20, 0, '1c636ea7ac9197558beba9151777c656f4bf119403903f7f31f84aea5b1882e1'],
		[7, 50, 1, '8fc1f61ae7db4476eceed43e190d2baa032732f1deb47fc4b72591a715f5c7da'],
	])('seed %i, %i meetings + %i: the same bytes as before', (seed, meetings, extra, expected) => {
		expect(digest(generateSeeds(pool, { seed, meetings, extra }))).toBe(expected);
		expect(digest(generateSeeds(pool, { layout: 'summary', seed, meetings, extra }))).toBe(expected);
	});
});

describe('Japanese forms of the verbatim layout', () => {
	test.each([
		[0, '零'],
		[7, '七'],
		[10, '十'],
		[23, '二十三'],
		[196, '百九十六'],
		[211, '二百十一'],
	])('kanjiNumber(%i) is %s', (value, expected) => {
		expect(kanjiNumber(value)).toBe(expected);
	});

	test.each([
		[9 * 60, '午前九時', '午前9時'],
		[12 * 60 + 3, '午後零時三分', '午後0時3分'],
		[16 * 60 + 5, '午後四時五分', '午後4時5分'],
		[11 * 60 + 32, '午前十一時三十二分', '午前11時32分'],
	])('%i minutes: %s / %s', (minutes, kanji, arabic) => {
		expect(kanjiClock(minutes)).toBe(kanji);
		expect(arabicClock(minutes)).toBe(arabic);
	});

	test.each([
		['2019-12-05', '令和元年十二月五日（木曜日）', '令和元年１２月５日（木）'],
		['2023-02-01', '令和五年二月一日（水曜日）', '令和５年２月１日（水）'],
	])('%s: %s / %s', (iso, kanji, wide) => {
		expect(kanjiDate(iso)).toBe(kanji);
		expect(wideDate(iso, true)).toBe(wide);
		expect(fullWidth('12番')).toBe('１２番');
	});

	test.each([
		[{ surname: '青山', given: '周平' }, '青山 周平'],
		[{ surname: '佐藤', given: '勉' }, '佐藤\u3000\u3000勉'],
		[{ surname: '長谷田', given: '晃二' }, '長谷田晃二'],
		[{ surname: '林', given: '誠' }, '林\u3000\u3000\u3000誠'],
	])('the Diet name cell of %o is "%s"', (person, expected) => {
		expect(paddedName(person)).toBe(expected);
	});

	test.each([
		['2024-06-14', '2024-06-14'],
		['2024-06-15', '2024-06-17'],
		['2024-06-16', '2024-06-17'],
	])('weekday(%s) is %s', (iso, expected) => {
		expect(weekday(iso)).toBe(expected);
	});

	test('speech sentences come from the seeds and none opens like a mark, heading or stage direction', () => {
		const sentences = speechSentences(pool.paragraphs);
		expect(sentences.length).toBeGreaterThan(200);
		expect(sentences.some((sentence) => sentence.includes('能動的サイバー防御'))).toBe(true);
		for (const sentence of sentences) expect(sentence).not.toMatch(/^[○◎◆△（〔<]|^日程/u);
	});
});

describe('verbatim layout', () => {
	const seeds = () => generateSeeds(pool, { layout: 'verbatim', seed: 3, meetings: 20 });

	test('is deterministic, differs by seed, and extra meetings leave the archive unchanged', () => {
		expect(digest(seeds())).toBe(digest(seeds()));
		expect(digest(generateSeeds(pool, { layout: 'verbatim', seed: 4, meetings: 20 }))).not.toBe(digest(seeds()));
		const more = generateSeeds(pool, { layout: 'verbatim', seed: 3, meetings: 20, extra: 1 });
		expect(more.slice(0, 20)).toEqual(seeds());
		expect((more[20]?.date ?? '') >= (more[19]?.date ?? '')).toBe(true);
	});

	test('meetings are 50–140 KB (one exchange may overshoot), from several Diet bodies and assemblies', () => {
		const archive = generateSeeds(pool, { layout: 'verbatim', seed: 1, meetings: 40 });
		for (const seed of archive) {
			const bytes = Buffer.byteLength(seed.text);
			expect(bytes).toBeGreaterThanOrEqual(VERBATIM_BYTES.min);
			expect(bytes).toBeLessThan(VERBATIM_BYTES.max + 15_000);
			expect(seed.fileName).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
		}
		const series = new Set(archive.map((seed) => seed.series));
		expect(series.size).toBeGreaterThanOrEqual(6);
		expect(new Set(archive.map((seed) => seed.expected?.family))).toEqual(new Set(['diet', 'assembly']));
		expect(VERBATIM_BODIES.length).toBeGreaterThanOrEqual(8);
	});

	// Every generated seed is read by the reader of its family, without any diagnostic, with each
	// turn as a remark of its speaker, and with the header (sitting, times, rolls) as written.
	test.each(readerRows())('%s is read by the %s reader as written', (_name, family, seed) => {
		const results = parseDocuments(seed.text, { source: seed.fileName, sourceHash: '0'.repeat(64) });
		expect(results).toHaveLength(1);
		const [result] = results;
		const expected = seed.expected;
		expect(result?.family).toBe(family);
		expect(result?.diagnostics).toEqual([]);
		const meeting = result?.meeting;
		expect(meeting).toMatchObject({ series: seed.series, date: seed.date, sessionLabel: expected?.sessionLabel, start: expected?.start, end: expected?.end, session: null });
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(expected?.speakers);
		expect(meeting?.participants.map((group) => ({ group: group.group, count: group.members.length }))).toEqual(expected?.participants);
		// The speeches are the bulk of the text, read as remark text (not notes or headings).
		const remarkBytes = meeting?.remarks.reduce((sum, remark) => sum + Buffer.byteLength(remark.text), 0) ?? 0;
		expect(remarkBytes / Buffer.byteLength(seed.text)).toBeGreaterThan(0.8);
	});
});

/** The 20 verbatim seeds of the reader test as table rows: name, family, seed. */
function readerRows(): [string, string, GeneratedSeed][] {
	const seeds = generateSeeds(pool, { layout: 'verbatim', seed: 3, meetings: 20 });
	return seeds.map((seed) => [`${seed.fileName} (${seed.series})`, seed.expected?.family ?? 'none', seed]);
}

describe('the real converter', () => {
	const checks: Record<Layout, (seed: GeneratedSeed | undefined, meeting: Awaited<ReturnType<typeof readEntries>>[number]['meeting']) => void> = {
		summary: (seed, meeting) => {
			expect(meeting.series.replace(/\s/g, '')).toBe(seed?.series.replace(/\s/g, ''));
			expect(meeting.session).toBe(seed?.session);
			expect(meeting.remarks.length).toBeGreaterThan(10);
			for (const remark of meeting.remarks) expect(pool.speakers).toContain(remark.speaker);
		},
		verbatim: (seed, meeting) => {
			expect(meeting.series).toBe(seed?.series);
			expect(meeting.sessionLabel).toBe(seed?.expected?.sessionLabel);
			expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(seed?.expected?.speakers);
		},
	};

	test.each(LAYOUTS.map((layout) => [layout, layout === 'summary' ? 25 : 20] as const))('turns every %s seed into its own record with 0 errors (%i meetings)', async (layout, meetings) => {
		const seeds = generateSeeds(pool, { layout, seed: 2, meetings });
		const seedsDir = join(root, layout, 'seeds');
		const contentDir = join(root, layout, 'content');
		await writeSeeds(seedsDir, seeds);
		expect((await readdir(seedsDir)).sort()).toEqual(seeds.map((s) => s.fileName).sort());
		expect(await readFile(join(seedsDir, seeds[0]?.fileName ?? ''), 'utf8')).toBe(seeds[0]?.text);
		const report = await convertSeeds({ seedsDir, outDir: contentDir, parse: parseDocuments, cache: false });
		expect(report.lines.filter((line) => !line.startsWith('converted'))).toEqual([]);
		expect(report.errors).toBe(0);
		expect(report.seeds.filter((s) => s.status === 'failed')).toEqual([]);
		const entries = await readEntries(contentDir);
		expect(entries).toHaveLength(meetings);
		for (const { meeting } of entries) {
			const seed = seeds.find((s) => s.fileName === meeting.source);
			expect(meeting.date).toBe(seed?.date);
			checks[layout](seed, meeting);
		}
	});
});
