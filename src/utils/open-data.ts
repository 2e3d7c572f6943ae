import type { Meeting, RemarkIndex } from '../schemas/meeting.ts';
import type { Archive, MeetingRecord, RemarkRow, SpeechRecord } from '../schemas/open-data.ts';
import { remarkColumns } from '../schemas/open-data.ts';

/** Where things live on the published site (absolute when SITE_URL is set). */
export interface SiteLinks {
	meeting(entryId: string): string;
	/** URL of a meeting's seed file (served under an ASCII name made from the entry id). */
	source(entryId: string, fileName: string): string;
}

/** What is known about a speaker label in one meeting. */
export interface SpeakerInfo {
	group: string | null;
	title: string | null;
	affiliation: string | null;
	personId: string | null;
}

/** Looks a speaker label up in the meeting's participant list (entries written exactly like the label). */
export function speakerFromParticipants(meeting: Meeting, speaker: string): SpeakerInfo {
	for (const { group, members } of meeting.participants) {
		const member = members.find((m) => m.text === speaker);
		if (member) return { group, title: member.title, affiliation: member.affiliation, personId: null };
	}
	return { group: null, title: null, affiliation: null, personId: null };
}

/** Says who made a remark; the default reads the participant list only. */
export type Resolve = (meeting: Meeting, remark: RemarkIndex) => SpeakerInfo;

const fromParticipants: Resolve = (meeting, remark) => speakerFromParticipants(meeting, remark.speaker);

/** Turns one meeting's remarks into Diet-API speech records. */
export function toSpeechRecords(entryId: string, meeting: Meeting, links: SiteLinks, resolve: Resolve = fromParticipants): SpeechRecord[] {
	const sectionTitles = new Map(meeting.sections.map((s) => [s.id, s.title]));
	return meeting.remarks.map((remark, index) => {
		const who = resolve(meeting, remark);
		return {
			speechID: `${entryId}_${remark.id}`,
			speechOrder: index + 1,
			speaker: remark.speaker,
			speakerYomi: null,
			speakerGroup: who.affiliation,
			speakerPosition: who.title,
			speakerRole: who.group,
			personId: who.personId,
			speech: remark.text,
			speechURL: `${links.meeting(entryId)}#${remark.id}`,
			chat: remark.chat,
			section: remark.section === null ? null : (sectionTitles.get(remark.section) || null),
		};
	});
}

/** Turns one meeting into a Diet-API meeting record with our own fields. */
export function toMeetingRecord(entryId: string, meeting: Meeting, links: SiteLinks, resolve: Resolve = fromParticipants): MeetingRecord {
	return {
		issueID: entryId,
		nameOfMeeting: meeting.series,
		nameOfHouse: null,
		issue: meeting.session === null ? null : `第${meeting.session}回`,
		session: meeting.session,
		date: meeting.date,
		start: meeting.start,
		end: meeting.end,
		location: meeting.location,
		title: meeting.title,
		kind: meeting.kind,
		meetingURL: links.meeting(entryId),
		sourceURL: links.source(entryId, meeting.source),
		pdfURL: /\.pdf$/i.test(meeting.source) ? links.source(entryId, meeting.source) : null,
		sourceSHA256: meeting.sourceHash,
		participants: meeting.participants,
		handouts: meeting.handouts,
		agenda: meeting.agenda,
		speechRecord: toSpeechRecords(entryId, meeting, links, resolve),
	};
}

/** Flattens a meeting record into remark rows for CSV and JSON Lines. */
export function toRemarkRows(record: MeetingRecord): RemarkRow[] {
	return record.speechRecord.map((speech) => ({
		meeting: record.issueID,
		title: record.title,
		date: record.date,
		series: record.nameOfMeeting,
		session: record.session,
		speaker: speech.speaker,
		personId: speech.personId,
		order: speech.speechOrder,
		text: speech.speech,
		permalink: speech.speechURL,
	}));
}

/** JSON Lines (one JSON object per line) in pieces, one per group of rows, so a large export is never one string. */
export function* jsonLinesChunks(groups: Iterable<readonly RemarkRow[]>): Generator<string> {
	for (const rows of groups) if (rows.length > 0) yield rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A text cell as a spreadsheet must show it: one starting like a formula gets a leading `'` (OWASP's
 * advice), so `=HYPERLINK(…)` in a remark stays text. Numbers are written as they are.
 */
export function neutraliseCsvText(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes one CSV field per RFC 4180 when it needs quoting; text starting like a formula is neutralised first. */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	const text = typeof value === 'number' ? String(value) : neutraliseCsvText(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 BOM (so spreadsheet programs read Japanese), formula-like text neutralised, in pieces: the header, then one per group of rows. */
export function* csvChunks(groups: Iterable<readonly RemarkRow[]>): Generator<string> {
	yield `\uFEFF${remarkColumns.join(',')}\r\n`;
	for (const rows of groups) if (rows.length > 0) yield rows.map((row) => `${remarkColumns.map((column) => csvField(row[column])).join(',')}\r\n`).join('');
}

/** `JSON.stringify(archive)` in pieces (one per meeting record), so the whole archive is never one string. */
export function* archiveJsonChunks(archive: Archive): Generator<string> {
	const { meetingRecord, ...head } = archive;
	// `meetingRecord` last, as the endpoint writes it: the opening is everything before its first record.
	yield JSON.stringify({ ...head, meetingRecord: [] }).slice(0, -2);
	for (const [index, record] of meetingRecord.entries()) yield (index === 0 ? '' : ',') + JSON.stringify(record);
	yield ']}';
}
