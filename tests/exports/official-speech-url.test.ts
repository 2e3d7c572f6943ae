/**
 * A remark's own page on the official site (the NDL API's `speechURL`, kept in the record as the remark's `officialUrl`) is in
 * the open data: `officialSpeechURL` of its speech record in archive.json, `officialURL` of its row in remarks.csv and
 * remarks.jsonl (the last column, after `permalink`); null, or an empty cell, for a remark whose source gives none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { remarkCsvFormat } from '../../src/exports/csv.ts';
import { formatChunks } from '../../src/exports/export-format.ts';
import { toMeetingRecord, toRemarkRows } from '../../src/exports/open-data.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { remarkColumns } from '../../src/schemas/open-data.ts';

const links = { meeting: (id: string) => `/minutes/meetings/${id}/`, source: (id: string, file: string) => `/minutes/sources/${id}${file.slice(file.lastIndexOf('.'))}` };
const FIXTURE = join(import.meta.dirname, '../fixtures/layouts/ndl-json/speech-endpoint.json');

describe('the official page of each remark in the open data', () => {
	const given = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { speechRecord: { speechURL: string; speech: string }[] }).speechRecord;
	const meetings = parseDocuments(readFileSync(FIXTURE, 'utf8'), { source: 'speech-endpoint.json', sourceHash: 'a'.repeat(64) }).map((result) => result.meeting!);
	const records = meetings.map((meeting) => toMeetingRecord(entryId(meeting), meeting, links));

	test('each speech record of an NDL file carries the API’s speechURL, the site’s permalink staying in speechURL', () => {
		const official = records.flatMap((record) => record.speechRecord.map((speech) => speech.officialSpeechURL));
		expect(official.length).toBeGreaterThan(0);
		expect(official.every((url) => url !== null && given.some((speech) => speech.speechURL === url))).toBe(true);
		expect(records.every((record) => record.speechRecord.every((speech) => speech.speechURL.startsWith('/minutes/meetings/')))).toBe(true);
	});

	test('remarks.csv ends with the officialURL column, filled for those remarks and empty for a text seed’s', async () => {
		expect(remarkColumns.at(-1)).toBe('officialURL');
		const text = parseMinutes(['第1回 研究会 議事要旨', '日時：令和6年4月1日', '○山田座長　開会します。'].join('\n'), { source: 'a.txt', sourceHash: 'b'.repeat(64) }).meeting!;
		const groups = [...records, toMeetingRecord(entryId(text), text, links)].map(toRemarkRows);
		const csv = (await Array.fromAsync(formatChunks(remarkCsvFormat, groups))).join('');
		const rows = parseCsv(csv.slice(1), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		const urls = rows.map((row) => row['officialURL']);
		expect(urls.at(-1)).toBe('');
		expect(urls.slice(0, -1).every((url) => url !== undefined && url.startsWith('https://kokkai.ndl.go.jp/'))).toBe(true);
	});
});
