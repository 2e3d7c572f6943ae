/**
 * The build's one pass that writes archive.json, remarks.csv and remarks.jsonl together: each file must be
 * byte for byte what its own builder gives (JSON framing, CSV header, quoting and neutralisation, one JSON
 * object per line), on the real seeds plus hostile texts; a meeting that fails rejects the pass for every
 * endpoint that awaits it, and a file that cannot be written rejects it too.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { toMeetingRecord, toRemarkRows } from '../../src/exports/open-data.ts';
import { archiveJsonFormat, jsonLinesFormat } from '../../src/exports/json.ts';
import { remarkCsvFormat } from '../../src/exports/csv.ts';
import { formatChunks } from '../../src/exports/export-format.ts';
import { ARCHIVE_EXPORTS, sharedPass, writeArchiveExports, type ArchiveExportFile, type MeetingExport } from '../../src/exports/archive-exports.ts';
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

/** The meetings one at a time, as the build reads them. */
async function* oneByOne(items: MeetingExport[]): AsyncGenerator<MeetingExport> {
	for (const item of items) yield item;
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'archive-exports-'));
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
		await writeArchiveExports(dir, exports.length, oneByOne(exports));
		const written = readFileSync(join(dir, file));
		expect(written.length).toBeGreaterThan(1_200_000); // the long remark: the writer had to wait for the buffer to drain
		expect(written.equals(await bytesOf(ownBuilder(file, exports)))).toBe(true);
	});

	test.each(FILES)('%s: the dev server streams the same bytes with the same framing', async (file) => {
		const streamed = await bytesOf(formatChunks(ARCHIVE_EXPORTS[file].format(exports.length), exports));
		expect(streamed.equals(await bytesOf(ownBuilder(file, exports)))).toBe(true);
	});

	test.each(FILES)('%s of an empty archive is its builder\'s empty document', async (file) => {
		await writeArchiveExports(dir, 0, oneByOne([]));
		expect(readFileSync(join(dir, file), 'utf8')).toBe((await Array.fromAsync(ownBuilder(file, []))).join(''));
	});

	test('the CSV header and archive opening are written once, each meeting read once', async () => {
		let read = 0;
		async function* counted(): AsyncGenerator<MeetingExport> {
			for (const item of exports) {
				read += 1;
				yield item;
			}
		}
		await writeArchiveExports(dir, exports.length, counted());
		expect(read).toBe(exports.length);
		const csv = readFileSync(join(dir, 'data/remarks.csv'), 'utf8');
		expect(csv.split(`\uFEFF${remarkColumns.join(',')}\r\n`)).toHaveLength(2);
		expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
		const archive = JSON.parse(readFileSync(join(dir, 'data/archive.json'), 'utf8')) as { numberOfRecords: number; meetingRecord: unknown[] };
		expect(archive.numberOfRecords).toBe(exports.length);
		expect(archive.meetingRecord).toHaveLength(exports.length);
	});
});

describe('a failure fails every export', () => {
	test('a meeting that fails rejects the pass for all three endpoints, which share one pass', async () => {
		const failure = new Error('meetings/x.mdx: remark 2 is not the remark the build loaded');
		let started = 0;
		async function* failing(): AsyncGenerator<MeetingExport> {
			started += 1;
			yield exports[0]!;
			yield exports[1]!;
			throw failure;
		}
		const pass = sharedPass(() => writeArchiveExports(dir, exports.length, failing()));
		const results = await Promise.allSettled(FILES.map(() => pass(undefined)));
		expect(results).toEqual(FILES.map(() => ({ status: 'rejected', reason: failure })));
		expect(started).toBe(1);
	});

	test('a file that cannot be written rejects the pass', async () => {
		mkdirSync(join(dir, 'data/remarks.jsonl'), { recursive: true });
		await expect(writeArchiveExports(dir, exports.length, oneByOne(exports))).rejects.toThrow(/EISDIR/);
	});
});
