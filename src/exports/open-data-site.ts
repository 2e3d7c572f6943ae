/** The archive's open data, feeds and calendars as the export endpoints build them from the collection. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, outDir, root } from 'astro:config/server';
import type { AttendanceRow, MeetingRecord, PersonRecord } from '../schemas/open-data.ts';
import { ARCHIVE_EXPORTS, sharedPass, writeArchiveExports, type ArchiveExportFile, type ExportItem, type ExportReuse, type MeetingExport } from './archive-exports.ts';
import { formatChunks } from './export-format.ts';
import { personInSeries, toAttendanceRows, toPersonRecord } from './people.ts';
import type { FeedItem } from './feeds.ts';
import { getMeetings, type MeetingEntry } from '../archive/meetings.ts';
import { meetingWithTexts, meetingsWithTexts, withTexts } from '../archive/meeting-texts.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { speakerFromParticipants, toMeetingRecord, toRemarkRows, type Resolve, type SiteLinks } from './open-data.ts';
import { participantKey, remarkKey } from '../people/types.ts';
import { getPeople } from '../archive/people.ts';
import { absolute, meetingUrl, personUrl, sourceUrl } from '../site/urls.ts';
import { sourcesHash } from '../site/code-version.ts';

/** Links into the built site for the export builders. */
export function siteLinks(site: URL | undefined): SiteLinks {
	return {
		meeting: (id) => absolute(meetingUrl(id), site),
		source: (id, file) => absolute(sourceUrl(id, file), site),
	};
}

/** Speaker details from the participant list plus the person identity resolved across the archive. */
export async function speakerResolver(entryId: string): Promise<Resolve> {
	const people = await getPeople();
	return (meeting, remark) => {
		const info = speakerFromParticipants(meeting, remark.speaker);
		const personId = people.byRemark.get(remarkKey(entryId, remark.id)) ?? null;
		const person = personId ? people.byId.get(personId) : undefined;
		return { ...info, affiliation: info.affiliation ?? person?.affiliations[0] ?? null, personId, reading: person?.reading ?? null };
	};
}

/** A meeting (texts included) as an open-data record, its remarks and participant entries with their person ids. */
async function recordOf(id: string, meeting: Meeting, site: URL | undefined): Promise<MeetingRecord> {
	const people = await getPeople();
	return toMeetingRecord(id, meeting, siteLinks(site), await speakerResolver(id), (entryId, text) => people.byParticipant.get(participantKey(entryId, text)) ?? null);
}

/** One meeting as an open-data record, its remarks (texts read from its file) and participant entries with their person ids. */
export async function meetingRecord(entry: MeetingEntry, site: URL | undefined): Promise<MeetingRecord> {
	return recordOf(entry.id, await meetingWithTexts(entry), site);
}

/** Every meeting of the archive as an open-data record and its remark rows, in date order, made one at a time as the exports are written (memory does not grow with the archive). */
export async function* meetingExports(site: URL | undefined): AsyncGenerator<MeetingExport> {
	for await (const { entry, meeting } of meetingsWithTexts(await getMeetings())) yield exportOf(await recordOf(entry.id, meeting, site));
}

/** What a meeting's record gives the whole-archive exports: the record and its remark rows. */
const exportOf = (record: MeetingRecord): MeetingExport => ({ record, rows: toRemarkRows(record) });

/** The people of the archive, or of one series (their roles, meetings and remarks there), as export records. */
export function personRecords(site: URL | undefined, seriesSlug?: string): Promise<PersonRecord[]> {
	const key = `${site?.href ?? ''}\u0000${seriesSlug ?? ''}`;
	let records = personRecordsMade.get(key);
	if (!records) personRecordsMade.set(key, (records = makePersonRecords(site, seriesSlug)));
	return records;
}

/** Person records made in this build, by site and series: `people.json` and `people.csv` share them. */
const personRecordsMade = new Map<string, Promise<PersonRecord[]>>();

/** The people of the archive, or of one series, as export records. */
async function makePersonRecords(site: URL | undefined, seriesSlug?: string): Promise<PersonRecord[]> {
	const people = await getPeople();
	const url = (id: string): string => absolute(personUrl(id), site);
	if (seriesSlug === undefined) return people.persons.map((person) => toPersonRecord(person, url));
	const meetingIds = new Set((await getMeetings()).filter((entry) => entry.data.seriesSlug === seriesSlug).map((entry) => entry.id));
	return people.persons.flatMap((person) => {
		const inSeries = personInSeries(person, seriesSlug, meetingIds);
		return inSeries ? [toPersonRecord(inSeries, url)] : [];
	});
}

/** The whole archive's attendance table, made once per build: every series' table is a filter of it (rows keep the archive order). */
let allAttendance: Promise<AttendanceRow[]> | undefined;

/** The attendance table of the archive, or of one series. */
export async function attendanceRows(seriesSlug?: string): Promise<AttendanceRow[]> {
	allAttendance ??= (async () => toAttendanceRows(await getMeetings(), await getPeople()))();
	const rows = await allAttendance;
	return seriesSlug === undefined ? rows : rows.filter((row) => row.seriesSlug === seriesSlug);
}

/** A response whose body is written piece by piece (each piece made and encoded as it is read). */
function chunkedResponse(chunks: AsyncIterable<string>, contentType: string): Response {
	const encoder = new TextEncoder();
	const iterator = chunks[Symbol.asyncIterator]();
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await iterator.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
	return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** The code a meeting's export pieces are made by, relative to the project root (the pieces' version). */
export const EXPORT_CODE = ['src/exports/', 'src/schemas/', 'src/format/', 'src/site/urls.ts', 'src/archive/meeting-texts.ts', 'src/converter/content.ts', 'node_modules/js-yaml/package.json'] as const;

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * The key of a meeting's export pieces: its file (the content layer's digest) and its open-data record made
 * without the remark texts, which holds everything the record takes from outside the file (the persons and
 * affiliations resolved across the archive, the site's links), so a meeting added elsewhere that changes
 * them changes the key.
 */
export async function exportKey(entry: MeetingEntry, site: URL | undefined): Promise<string> {
	return sha256([entry.digest ?? null, await recordOf(entry.id, withTexts(entry.data, new Map()), site)]);
}

/** Where the whole-archive exports' pieces index is kept for this output folder, and its version (the export code; the site's links are in each key). */
async function exportReuse(): Promise<ExportReuse> {
	const folder = fileURLToPath(outDir);
	const file = path.join(fileURLToPath(cacheDir), 'exports', `${createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 12)}.json`);
	return { file, version: await sourcesHash(root, EXPORT_CODE) };
}

/** Every meeting of the archive for the exports' pass, in date order: its key, and its record and rows made when asked for. */
async function exportItems(site: URL | undefined): Promise<ExportItem[]> {
	const meetings = await getMeetings();
	return Promise.all(
		meetings.map(async (entry) => ({
			id: entry.id,
			key: await exportKey(entry, site),
			make: async () => exportOf(await meetingRecord(entry, site)),
		})),
	);
}

/**
 * The build's one pass over the meetings that writes every whole-archive export straight into the output
 * folder (src/exports/archive-exports.ts): started by the first of their endpoints to run, awaited by all
 * (the site URL is the same for every endpoint of a build). A meeting whose key is unchanged since the
 * last build's pass is copied from the files that pass wrote, without reading its file.
 */
const archivePass = sharedPass(async (site: URL | undefined) => {
	const [items, reuse] = await Promise.all([exportItems(site), exportReuse()]);
	await writeArchiveExports(fileURLToPath(outDir), items, reuse);
});

/**
 * A whole-archive export's response. The build writes the three files in one pass into the output folder
 * and answers with no body, so Astro writes nothing over them: Astro reads an endpoint's whole body into
 * memory before writing it, and at 10,000 verbatim 会議録 each of these files is over 1 GB. A failed pass
 * fails every one of the endpoints. The dev server answers with the file's own pieces as they are made.
 */
export async function archiveExportResponse(file: ArchiveExportFile, site: URL | undefined): Promise<Response> {
	const { contentType, format } = ARCHIVE_EXPORTS[file];
	if (import.meta.env.DEV) return chunkedResponse(formatChunks(format((await getMeetings()).length), meetingExports(site)), contentType);
	await archivePass(site);
	return new Response(null, { headers: { 'Content-Type': contentType } });
}

/** A meeting as a feed/calendar item. */
export function feedItem(entry: MeetingEntry, site: URL | undefined): FeedItem {
	const { data } = entry;
	return {
		id: entry.id,
		title: data.title,
		series: data.series,
		date: data.date,
		start: data.start,
		end: data.end,
		location: data.location,
		url: absolute(meetingUrl(entry.id), site),
		agenda: data.agenda.map((item) => item.title),
		kind: data.kind,
	};
}
