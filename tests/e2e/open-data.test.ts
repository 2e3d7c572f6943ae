import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Archive, AttendanceExport, MeetingRecord, PeopleExport } from '../../src/schemas/open-data.ts';
import { attendanceColumns, personColumns, remarkColumns } from '../../src/schemas/open-data.ts';
import { encodedSeeds, officialLinks } from './global-setup.ts';
import { neutraliseCsvText } from '../../src/exports/csv.ts';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { entryForSource, loadEntries, siteUrl, type Entry } from './fixture.ts';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const dist = (path: string): string => join(inject('distDir'), path);
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(dist(path), 'utf8')) as T;

let archive: Archive;
let entries: Entry[];

beforeAll(async () => {
	archive = await readJson<Archive>('data/archive.json');
	entries = await loadEntries();
});

describe('archive.json', () => {
	test('validates against the published JSON Schema', async () => {
		const schema = await readJson<object>('data/archive.schema.json');
		const validate = new Ajv2020({ strict: false }).compile(schema);
		const ok = validate(archive);
		expect(validate.errors ?? []).toEqual([]);
		expect(ok).toBe(true);
	});

	test('a schema violation is caught (the schema is not vacuous)', async () => {
		const schema = await readJson<object>('data/archive.schema.json');
		const validate = new Ajv2020({ strict: false }).compile(schema);
		const broken = structuredClone(archive);
		(broken.meetingRecord[0]!.speechRecord as unknown[]).push({ speechID: 1 });
		expect(validate(broken)).toBe(false);
	});

	test('holds every converted meeting with the same remarks, in order, with the same text', () => {
		expect(archive.numberOfRecords).toBe(entries.length);
		const byId = new Map(archive.meetingRecord.map((record) => [record.issueID, record]));
		for (const entry of entries) {
			const record = byId.get(entry.id);
			expect(record, entry.id).toBeDefined();
			expect(record!.speechRecord.map((speech) => speech.speech)).toEqual(entry.meeting.remarks.map((remark) => remark.text));
			expect(record!.speechRecord.map((speech) => speech.speaker)).toEqual(entry.meeting.remarks.map((remark) => remark.speaker));
			expect(record!.date).toBe(entry.meeting.date);
		}
	});

	test('every remark carries the person identity the person pages use', async () => {
		const speeches = archive.meetingRecord.flatMap((record) => record.speechRecord);
		expect(speeches.every((speech) => speech.personId === null || /^p-[0-9a-f]{8}$/.test(speech.personId))).toBe(true);
		const koyama = speeches.filter((speech) => speech.speaker === '小山構成員');
		expect(koyama.length).toBeGreaterThan(3);
		expect(new Set(koyama.map((speech) => speech.personId)).size).toBe(1);
		const personPage = await readFile(dist(`people/${koyama[0]!.personId}/index.html`), 'utf8');
		for (const speech of koyama) expect(personPage).toContain(`href="${new URL(speech.speechURL).pathname}${new URL(speech.speechURL).hash}"`);
	});

	test('remark URLs are absolute permalinks under the base path', () => {
		const first = archive.meetingRecord.find((record) => record.speechRecord.length > 0)!;
		expect(first.speechRecord[0]!.speechURL).toBe(siteUrlAbsolute(`meetings/${first.issueID}/#r1`));
		expect(first.meetingURL).toBe(siteUrlAbsolute(`meetings/${first.issueID}/`));
	});

	test('the per-meeting JSON files equal the archive records', async () => {
		for (const record of archive.meetingRecord) {
			expect(await readJson<MeetingRecord>(`data/meetings/${record.issueID}.json`)).toEqual(record);
		}
	});
});

/** SITE_URL of the fixture build is http://127.0.0.1 and the base /minutes/. */
function siteUrlAbsolute(path: string): string {
	return `http://127.0.0.1/minutes/${path}`;
}

describe('remark tables', () => {
	test('CSV parses with a standard parser and has one row per remark with the documented columns', async () => {
		const csv = await readFile(dist('data/remarks.csv'), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
		const speeches = archive.meetingRecord.flatMap((record) => record.speechRecord);
		expect(rows).toHaveLength(speeches.length);
		expect(Object.keys(rows[0]!)).toEqual(remarkColumns);
		expect(rows.map((row) => row['text'])).toEqual(speeches.map((speech) => neutraliseCsvText(speech.speech)));
	});

	test('JSON Lines has one object per remark, equal to the CSV content', async () => {
		const lines = (await readFile(dist('data/remarks.jsonl'), 'utf8')).trimEnd().split('\n');
		const speeches = archive.meetingRecord.flatMap((record) => record.speechRecord);
		expect(lines).toHaveLength(speeches.length);
		const parsed = lines.map((line) => JSON.parse(line) as { permalink: string; order: number });
		expect(parsed.map((row) => row.permalink)).toEqual(speeches.map((speech) => speech.speechURL));
	});
});

describe('feeds and calendars', () => {
	test('the archive feed is Atom with one entry per meeting, newest first', async () => {
		const feed = new XMLParser({ ignoreAttributes: false }).parse(await readFile(dist('feed.xml'), 'utf8')).feed;
		const list = [feed.entry].flat() as { updated: string }[];
		expect(list).toHaveLength(entries.length);
		const dates = list.map((item) => item.updated);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('each series has a feed and a calendar with its meetings', async () => {
		const slugs = [...new Set(entries.map((entry) => entry.meeting.seriesSlug))];
		for (const slug of slugs) {
			const expected = entries.filter((entry) => entry.meeting.seriesSlug === slug);
			const feed = new XMLParser({ ignoreAttributes: false }).parse(await readFile(dist(`feeds/${slug}.xml`), 'utf8')).feed;
			expect([feed.entry].flat(), slug).toHaveLength(expected.length);
			const calendar = new ICAL.Component(ICAL.parse(await readFile(dist(`calendars/${slug}.ics`), 'utf8')));
			const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
			// Documents are not calendar events.
			const meetings = expected.filter((entry) => entry.meeting.kind !== 'document');
			expect(events.map((event) => event.summary).sort()).toEqual(meetings.map((entry) => entry.meeting.title).sort());
		}
	});
});

describe('exports match the pages', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	test('every meeting page shows the same remarks as the export, with the same text', async () => {
		const { page } = await openPage(session);
		for (const record of archive.meetingRecord) {
			await page.goto(siteUrl(`meetings/${record.issueID}/`));
			const shown = await page.locator('article.remark').evaluateAll((nodes) =>
				nodes.map((node) => {
					const clone = node.cloneNode(true) as HTMLElement;
					clone.querySelector('h3')?.remove();
					return { id: node.getAttribute('data-remark-id'), text: clone.textContent ?? '' };
				}),
			);
			expect(shown.length, record.issueID).toBe(record.speechRecord.length);
			for (const [index, speech] of record.speechRecord.entries()) {
				expect(`${record.issueID}#${shown[index]?.id}`).toBe(`${record.issueID}#${speech.speechURL.split('#')[1]}`);
				for (const paragraph of speech.speech.split('\n').filter((line) => line.trim())) {
					expect(squash(shown[index]?.text ?? ''), speech.speechID).toContain(squash(paragraph));
				}
			}
		}
		await page.close();
	});
});

describe('people and attendance', () => {
	let people: PeopleExport;
	let attendance: AttendanceExport;
	beforeAll(async () => {
		people = await readJson<PeopleExport>('data/people.json');
		attendance = await readJson<AttendanceExport>('data/attendance.json');
	});

	test.each([
		{ file: 'data/people.json', schema: 'data/people.schema.json' },
		{ file: 'data/attendance.json', schema: 'data/attendance.schema.json' },
	])('$file validates against $schema', async ({ file, schema }) => {
		const validate = new Ajv2020({ strict: false }).compile(await readJson<object>(schema));
		expect(validate(await readJson<unknown>(file))).toBe(true);
		expect(validate({ generator: 1 })).toBe(false);
	});

	test('every personId of the attendance rows, remarks and participants is a person of people.json', async () => {
		const ids = new Set(people.person.map((person) => person.id));
		expect(ids.size).toBe(people.person.length);
		expect(attendance.attendance.length).toBeGreaterThan(0);
		for (const row of attendance.attendance) expect(ids.has(row.personId), `${row.meeting} ${row.name}`).toBe(true);
		const remarks = parseCsv(await readFile(dist('data/remarks.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
		const withPerson = remarks.filter((row) => row['personId'] !== '');
		expect(withPerson.length).toBeGreaterThan(remarks.length / 2);
		for (const row of withPerson) expect(ids.has(row['personId'] ?? ''), row['permalink']).toBe(true);
		const members = archive.meetingRecord.flatMap((record) => record.participants.flatMap((group) => group.members));
		for (const member of members) if (member.personId !== null) expect(ids.has(member.personId), member.text).toBe(true);
		expect(members.filter((member) => member.personId !== null).length).toBeGreaterThan(10);
	});

	test('remark counts of people.json and attendance agree with the remark table', async () => {
		const remarks = parseCsv(await readFile(dist('data/remarks.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
		for (const person of people.person) {
			const count = remarks.filter((row) => row['personId'] === person.id).length;
			expect(person.remarkCount, person.name).toBe(count);
			expect(attendance.attendance.filter((row) => row.personId === person.id).reduce((sum, row) => sum + row.remarkCount, 0)).toBe(count);
		}
	});

	test('the CSV files parse with the documented columns and one row per record', async () => {
		const peopleCsv = parseCsv(await readFile(dist('data/people.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(peopleCsv[0]!)).toEqual(personColumns);
		expect(peopleCsv.map((row) => row['id'])).toEqual(people.person.map((person) => person.id));
		const attendanceCsv = parseCsv(await readFile(dist('data/attendance.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(attendanceCsv[0]!)).toEqual(attendanceColumns);
		expect(attendanceCsv.map((row) => `${row['meeting']}|${row['personId']}|${row['attended']}`)).toEqual(
			attendance.attendance.map((row) => `${row.meeting}|${row.personId}|${row.attended}`),
		);
	});

	test('each series has its own people and attendance files, restricted to the series', async () => {
		const slugs = [...new Set(entries.map((entry) => entry.meeting.seriesSlug))];
		for (const slug of slugs) {
			const own = await readJson<AttendanceExport>(`data/series/${slug}/attendance.json`);
			expect(own.attendance, slug).toEqual(attendance.attendance.filter((row) => row.seriesSlug === slug));
			const seriesPeople = await readJson<PeopleExport>(`data/series/${slug}/people.json`);
			for (const person of seriesPeople.person) expect(person.roles.every((role) => role.seriesSlug === slug), person.name).toBe(true);
			expect((await readFile(dist(`data/series/${slug}/people.csv`), 'utf8')).startsWith('\uFEFF')).toBe(true);
		}
	});

	test('the home page links the archive-wide files and feed; each series page its own feed, calendar and tables', async () => {
		const home = await readFile(dist('index.html'), 'utf8');
		const archiveWide = ['archive.json', 'archive.schema.json', 'remarks.csv', 'remarks.jsonl', 'people.csv', 'people.json', 'people.schema.json', 'attendance.csv', 'attendance.json', 'attendance.schema.json'];
		for (const file of archiveWide) expect(home).toContain(`href="/minutes/data/${file}"`);
		expect(home).toContain('href="/minutes/feed.xml"');
		// The per-series links moved to the series pages (the home page had one line of them for every series).
		expect(home).not.toMatch(/href="\/minutes\/(feeds|calendars|data\/series)\//u);
		for (const slug of new Set(entries.map((entry) => entry.meeting.seriesSlug))) {
			const page = await readFile(dist(`series/${slug}/index.html`), 'utf8');
			for (const href of [`feeds/${slug}.xml`, `calendars/${slug}.ics`, `data/series/${slug}/people.csv`, `data/series/${slug}/attendance.csv`]) {
				expect(page, slug).toContain(`href="/minutes/${href}"`);
			}
		}
	});
});

describe('official originals and encodings', () => {
	test('a seed listed in sources.yml links its official page and PDF, in the page and in archive.json', async () => {
		const entry = entryForSource(entries, officialLinks.seed.name);
		const html = await readFile(dist(`meetings/${entry.id}/index.html`), 'utf8');
		expect(html).toContain(`href="${officialLinks.seed.url}"`);
		expect(html).toContain(`href="${officialLinks.seed.pdf}"`);
		const record = archive.meetingRecord.find((one) => one.issueID === entry.id);
		expect(record).toMatchObject({ officialURL: officialLinks.seed.url, officialPdfURL: officialLinks.seed.pdf });
	});

	test('a series default reaches every meeting of the series without links of its own, and the series page', async () => {
		const series = entries.filter((entry) => entry.meeting.series === officialLinks.series.name);
		expect(series.length).toBeGreaterThan(0);
		for (const entry of series) expect(archive.meetingRecord.find((one) => one.issueID === entry.id)?.officialURL, entry.id).toBe(officialLinks.series.url);
		const slug = series[0]!.meeting.seriesSlug;
		const page = await readFile(dist(`series/${slug}/index.html`), 'utf8');
		expect(page).toMatch(new RegExp(`<a href="${officialLinks.series.url}"[^>]*data-official="series"`, 'u'));
		expect(page).toContain(`href="/minutes/data/series/${slug}/attendance.csv"`);
		const others = archive.meetingRecord.filter((record) => record.nameOfMeeting !== officialLinks.series.name && record.issueID !== entryForSource(entries, officialLinks.seed.name).id);
		expect(others.some((record) => record.officialURL === officialLinks.series.url)).toBe(false);
	});

	test.each(encodedSeeds)('$name ($encoding) is served as UTF-8 text; the original bytes download under a clear name', async ({ name, encoding }) => {
		const entry = entryForSource(entries, name);
		expect(entry.meeting.sourceEncoding).toBe(encoding);
		const response = await fetch(siteUrl(`sources/${entry.id}.txt`));
		expect(response.status).toBe(200);
		const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
		expect(text).toContain(entry.meeting.title);
		const original = await fetch(siteUrl(`sources/${entry.id}.original-${encoding}.txt`));
		expect(original.status).toBe(200);
		const bytes = new Uint8Array(await original.arrayBuffer());
		expect(bytes).toEqual(new Uint8Array(await readFile(join(inject('seedsDir'), name))));
		expect(new TextDecoder(encoding).decode(bytes)).toContain(entry.meeting.title);
		const html = await readFile(dist(`meetings/${entry.id}/index.html`), 'utf8');
		expect(html).toMatch(new RegExp(`<a href="/minutes/sources/${entry.id}\\.original-${encoding}\\.txt"[^>]*>\\s*元のファイル（Shift_JIS）\\s*</a>`, 'u'));
	});

	test('UTF-8 seeds have no second download', async () => {
		const entry = entries.find((one) => one.meeting.source.endsWith('.txt') && one.meeting.sourceEncoding === undefined)!;
		const html = await readFile(dist(`meetings/${entry.id}/index.html`), 'utf8');
		expect(html).not.toContain('元のファイル（');
		expect((await fetch(siteUrl(`sources/${entry.id}.txt`))).status).toBe(200);
	});
});
