/**
 * The build's one pass that writes archive.json, remarks.csv and remarks.jsonl together: each file must be
 * byte for byte what its own builder gives (JSON framing, CSV header, quoting and neutralisation, one JSON
 * object per line), on the real seeds plus hostile texts; a meeting that fails rejects the pass for every
 * endpoint that awaits it, and a file that cannot be written rejects it too.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { toMeetingRecord, toRemarkRows } from '../../src/exports/open-data.ts';
import { archiveJsonFormat, jsonLinesFormat } from '../../src/exports/json.ts';
import { remarkCsvFormat } from '../../src/exports/csv.ts';
import { formatChunks } from '../../src/exports/export-format.ts';
import { ARCHIVE_EXPORTS, RangeReader, sharedPass, writeArchiveExports, type ArchiveExportFile, type ExportItem, type MeetingExport } from '../../src/exports/archive-exports.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { remarkColumns } from '../../src/schemas/open-data.ts';
import { seedRecords } from '../people/seed-records.ts';
import { HOSTILE_TEXTS } from '../converter/hostile-cases.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const links = { meeting: (id: string) => `/minutes/meetings/${id}/`, source: (id: string, file: string) => `/minutes/sources/${id}${file.slice(file.lastIndexOf('.'))}` };

/** A fixture seed parsed into a record. */
function parsed(file: string): { id: string; data: Meeting } {
	const meeting = parseMinutes(readFileSync(join(FIXTURES, file), 'utf8'), { source: file.slice(file.lastIndexOf('/') + 1), sourceHash: '0'.repeat(64) }).meeting!;
	return { id: entryId(meeting), data: meeting };
}

/** Texts a spreadsheet, a CSV reader or a JSON reader could take for something else, one per remark. */
const TRICKY_TEXTS = [
	...HOSTILE_TEXTS,
	'=HYPERLINK("https://example.com/?q="&A1,"詳細")',
	'+1+1',
	'-2+3',
	'@SUM(A1:A2)',
	'\t=1',
	'\r=1',
	'"引用", カンマ\r\n改行\n',
	'𠮷野家の\u2028行区切りと\u2029段落区切り',
	'\u0000\u001f制御文字',
	`長い発言${'あ'.repeat(400_000)}`,
];

/** A meeting whose remarks (and first speaker label) are the tricky texts. */
function trickyMeeting(base: { id: string; data: Meeting }): { id: string; data: Meeting } {
	const template = base.data.remarks[0]!;
	const remarks = TRICKY_TEXTS.map((text, index) => ({ ...template, id: `r${index + 1}`, speaker: index === 0 ? '=1+1' : template.speaker, text }));
	return { id: `${base.id}-tricky`, data: { ...base.data, title: '=タイトル,"引用"', remarks } };
}

const seeds = seedRecords();
const meetings = [...seeds, parsed('hostile/hostile.txt'), parsed('e2e-seeds/900_e2e_hostile.txt'), trickyMeeting(seeds[0]!)];
const exports: MeetingExport[] = meetings.map(({ id, data }) => {
	const record = toMeetingRecord(id, data, links);
	return { record, rows: toRemarkRows(record) };
});
const FILES = Object.keys(ARCHIVE_EXPORTS) as ArchiveExportFile[];

/** What each file's own builder gives for the same meetings (the exports as written before the one pass). */
function ownBuilder(file: ArchiveExportFile, items: MeetingExport[]): AsyncIterable<string> {
	const groups = items.map((item) => item.rows);
	if (file === 'data/remarks.csv') return formatChunks(remarkCsvFormat, groups);
	if (file === 'data/remarks.jsonl') return formatChunks(jsonLinesFormat, groups);
	return formatChunks(archiveJsonFormat({ generator: 'minutes-archive', numberOfRecords: items.length }), items.map((item) => item.record));
}

/** Bytes of an export's pieces joined. */
async function bytesOf(chunks: AsyncIterable<string>): Promise<Buffer> {
	return Buffer.from((await Array.fromAsync(chunks)).join(''), 'utf8');
}

/** Meetings made (their file read) by the passes of a test, by id. */
let made: string[] = [];

/** The meetings as the pass takes them: keyed by their record's JSON (equal records, equal pieces), made on demand (counted in `made`). */
function itemsOf(list: MeetingExport[]): ExportItem[] {
	return list.map((item) => ({
		id: item.record.issueID,
		key: createHash('sha256').update(JSON.stringify(item.record)).digest('hex'),
		make: async () => {
			made.push(item.record.issueID);
			return item;
		},
	}));
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'archive-exports-'));
	made = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('one pass writes the three exports', () => {
	test('the fixtures hold what the files must keep intact', () => {
		const rows = exports.flatMap((item) => item.rows);
		expect(seeds.length).toBe(5);
		expect(rows.length).toBeGreaterThan(100);
		expect(rows.some((row) => row.text.startsWith('=HYPERLINK'))).toBe(true);
		expect(rows.some((row) => row.text.includes('<script>'))).toBe(true);
	});

	test.each(FILES)('%s is byte-identical to its own builder', async (file) => {
		await writeArchiveExports(dir, itemsOf(exports));
		const written = readFileSync(join(dir, file));
		expect(written.length).toBeGreaterThan(1_200_000); // the long remark: the writer had to wait for the buffer to drain
		expect(written.equals(await bytesOf(ownBuilder(file, exports)))).toBe(true);
	});

	test.each(FILES)('%s: the dev server streams the same bytes with the same framing', async (file) => {
		const streamed = await bytesOf(formatChunks(ARCHIVE_EXPORTS[file].format(exports.length), exports));
		expect(streamed.equals(await bytesOf(ownBuilder(file, exports)))).toBe(true);
	});

	test.each(FILES)('%s of an empty archive is its builder\'s empty document', async (file) => {
		await writeArchiveExports(dir, []);
		expect(readFileSync(join(dir, file), 'utf8')).toBe((await Array.fromAsync(ownBuilder(file, []))).join(''));
	});

	test('the CSV header and archive opening are written once, each meeting read once', async () => {
		await writeArchiveExports(dir, itemsOf(exports));
		expect(made).toEqual(exports.map((item) => item.record.issueID));
		const csv = readFileSync(join(dir, 'data/remarks.csv'), 'utf8');
		expect(csv.split(`\uFEFF${remarkColumns.join(',')}\r\n`)).toHaveLength(2);
		expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
		const archive = JSON.parse(readFileSync(join(dir, 'data/archive.json'), 'utf8')) as { numberOfRecords: number; meetingRecord: unknown[] };
		expect(archive.numberOfRecords).toBe(exports.length);
		expect(archive.meetingRecord).toHaveLength(exports.length);
		expect(existsSync(join(dir, 'data/archive.json.partial'))).toBe(false);
	});
});

describe('pieces kept from the last pass', () => {
	let reuse: { file: string; version: string };
	beforeEach(() => {
		reuse = { file: join(dir, 'cache/exports.json'), version: 'v1' };
	});

	/** Every file is what its own builder gives for `list`. */
	async function expectFiles(list: MeetingExport[]): Promise<void> {
		for (const file of FILES) expect(readFileSync(join(dir, file)).equals(await bytesOf(ownBuilder(file, list))), file).toBe(true);
	}

	test('an unchanged archive is copied from the last files: no meeting is made, the files are the same bytes', async () => {
		expect(await writeArchiveExports(dir, itemsOf(exports), reuse)).toEqual({ reused: 0, made: exports.length });
		made = [];
		expect(await writeArchiveExports(dir, itemsOf(exports), reuse)).toEqual({ reused: exports.length, made: 0 });
		expect(made).toEqual([]);
		await expectFiles(exports);
	});

	test('a meeting added first (the separators move), one changed and one removed: only the new and the changed are made', async () => {
		await writeArchiveExports(dir, itemsOf(exports.slice(1)), reuse);
		made = [];
		const changedRecord = { ...exports[2]!.record, title: `${exports[2]!.record.title}（改訂）` };
		const next = [exports[0]!, exports[1]!, { record: changedRecord, rows: toRemarkRows(changedRecord) }, ...exports.slice(4)];
		const counts = await writeArchiveExports(dir, itemsOf(next), reuse);
		expect(made).toEqual([exports[0]!.record.issueID, exports[2]!.record.issueID]);
		expect(counts).toEqual({ reused: next.length - 2, made: 2 });
		await expectFiles(next);
	});

	test('a file changed since the last pass, or another version, is not copied from', async () => {
		await writeArchiveExports(dir, itemsOf(exports), reuse);
		appendFileSync(join(dir, 'data/remarks.jsonl'), '{"edited":true}\n');
		made = [];
		await writeArchiveExports(dir, itemsOf(exports), reuse);
		expect(made).toHaveLength(exports.length);
		await expectFiles(exports);
		made = [];
		await writeArchiveExports(dir, itemsOf(exports), { ...reuse, version: 'v2' });
		expect(made).toHaveLength(exports.length);
		await expectFiles(exports);
	});

	test('a failed pass leaves the last files and their pieces as they were', async () => {
		await writeArchiveExports(dir, itemsOf(exports), reuse);
		const before = FILES.map((file) => readFileSync(join(dir, file)));
		const failing = itemsOf(exports.slice(0, 3)).map((item, index) => (index === 2 ? { ...item, key: 'other', make: () => Promise.reject(new Error('meetings/x.mdx: unreadable')) } : item));
		await expect(writeArchiveExports(dir, failing, reuse)).rejects.toThrow('meetings/x.mdx: unreadable');
		FILES.forEach((file, n) => expect(readFileSync(join(dir, file)).equals(before[n]!)).toBe(true));
		expect(existsSync(join(dir, 'data/archive.json.partial'))).toBe(false);
		made = [];
		expect(await writeArchiveExports(dir, itemsOf(exports), reuse)).toEqual({ reused: exports.length, made: 0 });
	});
});

describe('RangeReader', () => {
	test('ranges read in order, many at once as the pass reads ahead, load each stretch of the file once and give its bytes', async () => {
		const file = join(dir, 'pieces.bin');
		const bytes = Buffer.from(Array.from({ length: 5 << 20 }, (_, at) => (at * 31) % 251));
		writeFileSync(file, bytes);
		const handle = await open(file, 'r');
		let loads = 0;
		const read = handle.read.bind(handle);
		Object.assign(handle, { read: (...args: Parameters<typeof read>) => (loads++, read(...args)) });
		try {
			const reader = new RangeReader(handle);
			const ranges = Array.from({ length: 160 }, (_, n) => [n * 30_000, 30_000] as [number, number]);
			for (let at = 0; at < ranges.length; at += 16) {
				const got = await Promise.all(ranges.slice(at, at + 16).map((range) => reader.read(range)));
				got.forEach((piece, n) => expect(piece?.equals(bytes.subarray(ranges[at + n]![0], ranges[at + n]![0] + 30_000))).toBe(true));
			}
			// 4.6 MB in windows of 1 MB: five loads (before, reads that waited on a window each loaded their own: 49).
			expect(loads).toBe(5);
			expect(await reader.read([bytes.length - 10, 20])).toBeNull();
		} finally {
			await handle.close();
		}
	});
});

describe('a failure fails every export', () => {
	test('a meeting that fails rejects the pass for all three endpoints, which share one pass', async () => {
		const failure = new Error('meetings/x.mdx: remark 2 is not the remark the build loaded');
		let started = 0;
		const failing = itemsOf(exports.slice(0, 3)).map((item, index) => (index === 2 ? { ...item, make: () => Promise.reject(failure) } : item));
		const pass = sharedPass(async () => {
			started += 1;
			await writeArchiveExports(dir, failing);
		});
		const results = await Promise.allSettled(FILES.map(() => pass(undefined)));
		expect(results).toEqual(FILES.map(() => ({ status: 'rejected', reason: failure })));
		expect(started).toBe(1);
	});

	test('a file that cannot be written rejects the pass', async () => {
		mkdirSync(join(dir, 'data/remarks.jsonl'), { recursive: true });
		await expect(writeArchiveExports(dir, itemsOf(exports))).rejects.toThrow(/EISDIR/);
	});
});
