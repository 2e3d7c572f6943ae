/**
 * The text scan's results kept between builds: over the real seeds' converted files, a scan that reuses the
 * cache gives what a scan without it gives (citations, reference targets, openings, in the same order) after
 * each kind of change, reads only the files that changed (the others are removed before the cached scan, so
 * reading one would fail), and falls back to reading every file when the cache is stale or damaged.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KEPT_FILES, SCAN_CODE, scanCacheFile, scanCodeVersion, type ScanCacheOptions } from '../../src/archive/scan-cache.ts';
import { scanTexts, type TextScan } from '../../src/archive/text-scan.ts';
import { readFrontmatter, splitFrontmatter } from '../../src/converter/content.ts';
import { writeFrontmatterYaml } from '../../src/converter/frontmatter-yaml.ts';
import { compareRecords } from '../../src/people/types.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { sourcesHash } from '../../src/site/code-version.ts';
import { seedMdx } from '../people/seed-records.ts';
import { loadEntries, type LoadedEntry } from './loaded-entries.ts';

/** The converter's output for every real seed: entry id → MDX. */
const converted = seedMdx();

type Entry = LoadedEntry;

let root: string;
let store: Map<string, Entry>;
let cache: ScanCacheOptions;

const content = (id: string): string => join(root, 'content', `${id}.mdx`);

/** Run the content loader over the test folder; the entries in archive order. */
const load = (): Promise<Entry[]> => loadEntries(root, store);

/** Write a meeting's file from a record (frontmatter by the converter's writer, body of `bodyOf`'s file). */
function writeMeeting(id: string, record: Meeting, bodyOf = id): void {
	writeFileSync(content(id), `---\n${writeFrontmatterYaml(record)!.trimEnd()}\n---\n${splitFrontmatter(converted.get(bodyOf)!).body}`);
}

/** A scan's results as ordered lists, so that order counts in comparisons. */
function lists(scan: TextScan): unknown {
	return { citations: scan.citations, references: [...scan.references], openings: [...scan.openings] };
}

/** Run `scan` with every meeting file except `keep` moved away (a read of any other file fails it), then put them back. */
async function readingOnly<T>(entries: readonly Entry[], keep: readonly string[], scan: () => Promise<T>): Promise<T> {
	const hidden = entries.filter((entry) => !keep.includes(entry.id));
	for (const entry of hidden) renameSync(entry.filePath, `${entry.filePath}.away`);
	try {
		return await scan();
	} finally {
		for (const entry of hidden) renameSync(`${entry.filePath}.away`, entry.filePath);
	}
}

/** The first record (archive order) that has a session number and remarks. */
const numbered = (): { id: string; data: Meeting } =>
	[...converted]
		.map(([id, mdx]) => ({ id, data: readFrontmatter(mdx) }))
		.sort(compareRecords)
		.find((record) => record.data.session !== null && record.data.remarks.length > 0)!;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'minutes-scan-cache-'));
	mkdirSync(join(root, 'content'));
	for (const [id, mdx] of converted) writeFileSync(content(id), mdx);
	store = new Map();
	cache = { file: join(root, 'cache', 'scan.jsonl'), codeVersion: 'code-1' };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the text scan with its cache', () => {
	test('a cold scan writes the cache; a scan from it reads no file and gives the same results', async () => {
		const entries = await load();
		const cold = await scanTexts(entries);
		expect(cold.citations.length).toBeGreaterThan(0);
		expect(lists(await scanTexts(entries, cache))).toEqual(lists(cold));
		const lines = readFileSync(cache.file, 'utf8').trimEnd().split('\n');
		expect(lines.length).toBe(entries.length + 1);
		expect(lists(await readingOnly(entries, [], () => scanTexts(entries, cache)))).toEqual(lists(cold));
	});

	test('a cache larger than one write batch is written whole, and a scan from it gives the same results', async () => {
		// Copies of the seeds' meetings under other ids, dated a year on each time, until the cache runs to several megabytes.
		const records = [...converted].map(([id, mdx]) => ({ id, data: readFrontmatter(mdx) }));
		for (let copy = 1; copy <= 250; copy++) {
			for (const { id, data } of records) writeMeeting(`${id}-copy${copy}`, { ...data, date: `${Number(data.date.slice(0, 4)) + copy}${data.date.slice(4)}` }, id);
		}
		const entries = await load();
		expect(entries.length).toBe(records.length * 251);
		const cold = await scanTexts(entries);
		expect(lists(await scanTexts(entries, cache))).toEqual(lists(cold));
		const written = readFileSync(cache.file, 'utf8');
		expect(written.length).toBeGreaterThan(2 << 20);
		expect(written.trimEnd().split('\n').length).toBe(entries.length + 1);
		expect(lists(await readingOnly(entries, [], () => scanTexts(entries, cache)))).toEqual(lists(cold));
	});

	test.each([
		[
			'one meeting changed (a remark now cites the previous meeting)',
			(): string[] => {
				const { id, data } = numbered();
				writeMeeting(id, { ...data, remarks: data.remarks.map((remark, index) => (index === 0 ? { ...remark, text: `前回の資料のとおり。${remark.text}` } : remark)) });
				return [id];
			},
		],
		[
			'one meeting added (the next session of a series, citing the one before)',
			(): string[] => {
				const { id, data } = numbered();
				const session = data.session! + 1;
				const added = `${data.seriesSlug}-${String(session).padStart(3, '0')}`;
				expect(converted.has(added)).toBe(false);
				writeMeeting(added, { ...data, session, date: `${Number(data.date.slice(0, 4)) + 1}${data.date.slice(4)}`, title: `${data.title}（次回）`, remarks: data.remarks.map((remark) => ({ ...remark, text: `前回に続き、${remark.text}` })) }, id);
				return [added];
			},
		],
		[
			'one meeting removed',
			(): string[] => {
				rmSync(content(numbered().id));
				return [];
			},
		],
	])('after %s, the cached scan reads only the new files and equals a cold scan', async (_label, change) => {
		await scanTexts(await load(), cache);
		const changed = change();
		const entries = await load();
		const cold = await scanTexts(entries);
		expect(lists(await readingOnly(entries, changed, () => scanTexts(entries, cache)))).toEqual(lists(cold));
		// The cache now holds this build's meetings only.
		const ids = readFileSync(cache.file, 'utf8').trimEnd().split('\n').slice(1).map((line) => (JSON.parse(line.slice(0, line.indexOf('\t'))) as string[])[0]);
		expect(ids).toEqual(entries.map((entry) => entry.id));
	});

	test.each([
		[
			'a series renamed (the reference pattern changes)',
			(): [ScanCacheOptions, string[]] => {
				const { id, data } = numbered();
				writeMeeting(id, { ...data, series: `${data.series}改` });
				return [cache, [id]];
			},
		],
		['the code changed', (): [ScanCacheOptions, string[]] => [{ ...cache, codeVersion: 'code-2' }, []]],
	])('after %s, every file is read again and the results equal a cold scan', async (_label, change) => {
		await scanTexts(await load(), cache);
		const [options, changed] = change();
		const entries = await load();
		const cold = await scanTexts(entries);
		// Not only the changed files are read: with them alone the scan fails.
		await expect(readingOnly(entries, changed, () => scanTexts(entries, options))).rejects.toThrow(/cannot read the meeting's file/);
		expect(lists(await scanTexts(entries, options))).toEqual(lists(cold));
		// The cache was rewritten for the new inputs: now nothing needs reading.
		expect(lists(await readingOnly(entries, [], () => scanTexts(entries, options)))).toEqual(lists(cold));
	});

	/** Damage done to a written cache file: its text → the damaged text. */
	const damages: [string, (text: string) => string | Buffer][] = [
		['emptied', () => ''],
		['cut in the middle of a line', (text) => text.slice(0, Math.floor(text.length / 2))],
		['one character of every result changed', (text) => text.replace(/"openings":\["(.)/gu, (_m, c: string) => `"openings":["${c === 'X' ? 'Y' : 'X'}`)],
		['results swapped between two meetings', (text) => { const [header, a, b, ...rest] = text.split('\n'); const tab = (line: string) => line.indexOf('\t'); return [header, a!.slice(0, tab(a!)) + b!.slice(tab(b!)), b!.slice(0, tab(b!)) + a!.slice(tab(a!)), ...rest].join('\n'); }],
		['its header replaced', (text) => `{"format":1,"key":"0"}${text.slice(text.indexOf('\n'))}`],
		['not text at all', () => Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x09, 0x0a])],
	];

	test.each(damages)('a cache file %s gives a full scan with the same results', async (_label, damage) => {
		const entries = await load();
		const cold = await scanTexts(entries);
		await scanTexts(entries, cache);
		writeFileSync(cache.file, damage(readFileSync(cache.file, 'utf8')));
		await expect(readingOnly(entries, [], () => scanTexts(entries, cache))).rejects.toThrow(/cannot read the meeting's file/);
		expect(lists(await scanTexts(entries, cache))).toEqual(lists(cold));
		// The damaged file was replaced by a whole one.
		expect(lists(await readingOnly(entries, [], () => scanTexts(entries, cache)))).toEqual(lists(cold));
	});

	test('a cache that cannot be written leaves the scan as it is', async () => {
		const entries = await load();
		writeFileSync(join(root, 'cache'), 'a file where the folder should be');
		expect(lists(await scanTexts(entries, cache))).toEqual(lists(await scanTexts(entries)));
		expect(readdirSync(root).sort()).toEqual(['cache', 'content']);
	});
});

describe('where the cache lives and its code version', () => {
	test('the folder keeps the most recently written files (one per content folder built), its own included', async () => {
		const folder = join(root, 'cache');
		mkdirSync(folder, { recursive: true });
		for (let at = 0; at < KEPT_FILES + 3; at++) {
			const name = join(folder, `other-${at}.jsonl`);
			writeFileSync(name, '');
			utimesSync(name, new Date(1_000_000 + at * 1000), new Date(1_000_000 + at * 1000));
		}
		writeFileSync(join(folder, 'notes.txt'), 'not a cache file');
		await scanTexts(await load(), cache);
		const left = readdirSync(folder).sort();
		expect(left).toContain('scan.jsonl');
		expect(left).toContain('notes.txt');
		const others = left.filter((name) => name.startsWith('other-'));
		expect(others).toEqual(Array.from({ length: KEPT_FILES - 1 }, (_, at) => `other-${KEPT_FILES + 3 - 1 - at}.jsonl`).sort());
	});


	test('one file per meetings folder under .cache/text-scan/', () => {
		expect(scanCacheFile('content/meetings')).toMatch(/^\.cache\/text-scan\/[0-9a-f]{12}\.jsonl$/);
		expect(scanCacheFile('content/meetings')).toBe(scanCacheFile(join(process.cwd(), 'content/meetings')));
		expect(scanCacheFile('content/meetings')).not.toBe(scanCacheFile('/tmp/other/content/meetings'));
	});

	test('the code version hashes the scanning code of the project, and is null where that code is not found', async () => {
		const project = new URL('../../', import.meta.url);
		expect(await scanCodeVersion()).toBe(await sourcesHash(project, SCAN_CODE));
		expect(await scanCodeVersion([pathToFileURL(`${root}/`)])).toBeNull();
		expect(await scanCodeVersion([pathToFileURL(`${root}/`), project])).toBe(await sourcesHash(project, SCAN_CODE));
	});
});
