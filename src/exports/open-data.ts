/**
 * Open data: each meeting as a record with the field names of the National Diet Library's 国会会議録 API,
 * flattened into remark rows, and written as CSV, JSON Lines and the whole-archive JSON in pieces.
 */
import type { Meeting, RemarkIndex } from '../schemas/meeting.ts';
import type { MeetingRecord, RemarkRow, SpeechRecord } from '../schemas/open-data.ts';
import { sessionLabel } from '../format/labels.ts';

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
	/** The reading of the person's name, when known. */
	reading?: string | null;
}

/** Looks a speaker label up in the meeting's participant list (entries written exactly like the label). */
export function speakerFromParticipants(meeting: Pick<Meeting, 'participants'>, speaker: string): SpeakerInfo {
	for (const { group, members } of meeting.participants) {
		const member = members.find((m) => m.text === speaker);
		if (member) return { group, title: member.title, affiliation: member.affiliation, personId: null };
	}
	return { group: null, title: null, affiliation: null, personId: null };
}

/** Says who made a remark; the default reads the participant list only. */
export type Resolve = (meeting: Pick<Meeting, 'participants'>, remark: Pick<RemarkIndex, 'id' | 'speaker' | 'speakerYomi'>) => SpeakerInfo;

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
			speakerYomi: remark.speakerYomi ?? who.reading ?? null,
			speakerGroup: who.affiliation,
			speakerPosition: who.title,
			speakerRole: who.group,
			personId: who.personId,
			speech: remark.text,
			speechURL: `${links.meeting(entryId)}#${remark.id}`,
			officialSpeechURL: remark.officialUrl ?? null,
			chat: remark.chat,
			section: remark.section === null ? null : (sectionTitles.get(remark.section) || null),
		};
	});
}

/** Says which person a participant entry (as written) of a meeting is; the default knows none. */
export type ParticipantResolve = (entryId: string, text: string) => string | null;

/** Turns one meeting into a Diet-API meeting record with our own fields. */
export function toMeetingRecord(
	entryId: string,
	meeting: Meeting,
	links: SiteLinks,
	resolve: Resolve = fromParticipants,
	participantPerson: ParticipantResolve = () => null,
): MeetingRecord {
	return {
		issueID: entryId,
		nameOfMeeting: meeting.series,
		nameOfHouse: null,
		issue: sessionLabel(meeting.session) || null,
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
		officialURL: meeting.officialUrl ?? null,
		officialPdfURL: meeting.officialPdfUrl ?? null,
		sourceSHA256: meeting.sourceHash,
		participants: meeting.participants.map((group) => ({
			...group,
			members: group.members.map((member) => ({ ...member, personId: member.name === null ? null : participantPerson(entryId, member.text) })),
		})),
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
		officialURL: speech.officialSpeechURL,
	}));
}
