/**
 * The whole-archive exports are written in pieces (one per meeting); joined, the pieces must be exactly
 * the documents: JSON equal to the archive object, CSV and JSON Lines that parse back to every row.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { archiveJsonChunks, csvChunks, jsonLinesChunks, toMeetingRecord, toRemarkRows } from '../../src/utils/open-data.ts';
import { archiveSchema, remarkColumns, type Archive } from '../../src/schemas/open-data.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const links = { meeting: (id: string) => `/minutes/meetings/${id}/`, source: (file: string) => `/minutes/sources/${file}` };
const records = readdirSync(SEEDS_DIR)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => {
		const bytes = readFileSync(join(SEEDS_DIR, name));
		const meeting = parseMinutes(bytes.toString('utf8'), { source: name, sourceHash: createHash('sha256').update(bytes).digest('hex') }).meeting!;
		return toMeetingRecord(entryId(meeting), meeting, links);
	});
const groups = records.map(toRemarkRows);
const rows = groups.flat();

describe('whole-archive exports in pieces', () => {
	test('archive JSON: one piece per record plus the opening and closing, joined equal to JSON.stringify', () => {
		const archive: Archive = { generator: 'minutes-archive', numberOfRecords: records.length, meetingRecord: records };
		const pieces = [...archiveJsonChunks(archive)];
		expect(pieces).toHaveLength(records.length + 2);
		expect(pieces.join('')).toBe(JSON.stringify(archive));
		expect(archiveSchema.parse(JSON.parse(pieces.join('')))).toEqual(archive);
		const empty: Archive = { generator: 'minutes-archive', numberOfRecords: 0, meetingRecord: [] };
		expect([...archiveJsonChunks(empty)].join('')).toBe(JSON.stringify(empty));
	});

	test('CSV: BOM and header once, then every row, parsed back field by field', () => {
		const csv = [...csvChunks(groups)].join('');
		expect(csv.startsWith(`\uFEFF${remarkColumns.join(',')}\r\n`)).toBe(true);
		const parsed = parseCsv(csv.slice(1), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		expect(parsed).toHaveLength(rows.length);
		expect(rows.length).toBeGreaterThan(100);
		for (const [index, row] of rows.entries()) {
			for (const column of remarkColumns) expect(parsed[index]![column], `${index} ${column}`).toBe(row[column] === null ? '' : String(row[column]));
		}
	});

	test('JSON Lines: one object per remark, in order', () => {
		const lines = [...jsonLinesChunks(groups)].join('').split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map((line) => JSON.parse(line))).toEqual(rows);
	});
});
