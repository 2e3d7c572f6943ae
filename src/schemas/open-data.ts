import { z } from 'zod';
import { handoutSchema, agendaItemSchema, memberSchema, participantGroupSchema, meetingKinds } from './meeting.ts';

/**
 * The open-data export format. Remark and meeting records use the field names of the
 * National Diet Library's 国会会議録 API where the meaning matches (speechID, speechOrder,
 * speaker, speech, speechURL, issueID, nameOfMeeting, issue, date, …); fields the Diet API
 * has no name for are our own. Field names are stable: add, never rename.
 */

/** One remark, as a Diet-API speech record. */
export const speechRecordSchema = z.object({
	/** `<issueID>_<remark id>`, unique across the archive. */
	speechID: z.string(),
	/** 1-based order of the remark in its meeting. */
	speechOrder: z.number().int().positive(),
	/** Speaker label exactly as written in the minutes (小山構成員, NTT 松原氏). */
	speaker: z.string(),
	/** Reading of the speaker's name in kana: the remark's own (the NDL API's `speakerYomi`), else its person's (`people.json`'s `reading`); null when no record gives one. */
	speakerYomi: z.string().nullable(),
	/** The speaker's organisation where known. */
	speakerGroup: z.string().nullable(),
	/** The speaker's post or title where known (構成員, 座長, 参事官). */
	speakerPosition: z.string().nullable(),
	/** The speaker's role in the meeting: the participant group (構成員, 発表者, 総務省…) where known. */
	speakerRole: z.string().nullable(),
	/** Person identity across meetings, where resolved. */
	personId: z.string().nullable(),
	/** The remark text (paragraphs separated by newlines). */
	speech: z.string(),
	/** Permalink of the remark on the site. */
	speechURL: z.string(),
	/** The remark's own page on the official site when its source gives one (the NDL API's `speechURL`), else null. */
	officialSpeechURL: z.string().nullable(),
	/** True when the remark was quoted from the meeting's chat. */
	chat: z.boolean(),
	/** Title of the section (議題) the remark belongs to. */
	section: z.string().nullable(),
});

/** A participant group with each named entry's person identity (the `id` of `people.json`), null for organisations. */
export const openParticipantGroupSchema = participantGroupSchema.extend({
	members: z.array(memberSchema.extend({ personId: z.string().nullable() })),
});

/** One meeting or document, as a Diet-API meeting record plus our own fields. */
export const meetingRecordSchema = z.object({
	/** Stable id of the meeting (the page's slug). */
	issueID: z.string(),
	/** The body that held the meeting (the series). */
	nameOfMeeting: z.string(),
	/** Issuing authority; minutes do not name a house, so null. */
	nameOfHouse: z.null(),
	/** 第N回, or null for documents without a session. */
	issue: z.string().nullable(),
	session: z.number().int().nullable(),
	date: z.string(),
	start: z.string().nullable(),
	end: z.string().nullable(),
	location: z.string().nullable(),
	title: z.string(),
	kind: z.enum(meetingKinds),
	/** The meeting's page on this archive. */
	meetingURL: z.string(),
	/** The original seed file as published by the archive (text seeds as UTF-8). */
	sourceURL: z.string(),
	/** Original PDF, where the seed was one; null for text seeds. */
	pdfURL: z.string().nullable(),
	/** The official page of the minutes (the NDL API's `meetingURL`, or `seeds/sources.yml`), null when unknown. */
	officialURL: z.string().nullable(),
	/** The official PDF of the minutes (the NDL API's `pdfURL`, or `seeds/sources.yml`), null when unknown. */
	officialPdfURL: z.string().nullable(),
	sourceSHA256: z.string(),
	participants: z.array(openParticipantGroupSchema),
	handouts: z.array(handoutSchema),
	agenda: z.array(agendaItemSchema),
	speechRecord: z.array(speechRecordSchema),
});

/** The whole archive download. */
export const archiveSchema = z.object({
	generator: z.string(),
	numberOfRecords: z.number().int().nonnegative(),
	meetingRecord: z.array(meetingRecordSchema),
});

/** One flat row of the remark table (CSV / JSON Lines). */
export const remarkRowSchema = z.object({
	meeting: z.string(),
	title: z.string(),
	date: z.string(),
	series: z.string(),
	session: z.number().int().nullable(),
	speaker: z.string(),
	personId: z.string().nullable(),
	order: z.number().int().positive(),
	text: z.string(),
	permalink: z.string(),
	/** The remark's page on the official site (the NDL API's `speechURL`), else null; the last column, so earlier ones keep their places. */
	officialURL: z.string().nullable(),
});

/** A person's role in one body (series): the role or post as written, with the first and last meeting it was held in. */
export const personRoleSchema = z.object({
	series: z.string(),
	seriesSlug: z.string(),
	/** The role or post as written (構成員, 座長, 発表者, a post); `発言者` when only a speaker label names the person. */
	role: z.string(),
	/** `member`, `presenter`, `official`, `observer` or `other`. */
	kind: z.enum(['member', 'presenter', 'official', 'observer', 'other']),
	/** True when a participant list names the role, false when only speaker labels do. */
	listed: z.boolean(),
	firstMeeting: z.string(),
	firstDate: z.string(),
	lastMeeting: z.string(),
	lastDate: z.string(),
	meetingCount: z.number().int().positive(),
});

/** One person (or speaking body) of the people export: `data/people.json`. */
export const personRecordSchema = z.object({
	/** Stable id, the `personId` of remarks, participants and attendance rows. */
	id: z.string(),
	name: z.string(),
	fullName: z.string().nullable(),
	surname: z.string().nullable(),
	/** Organisations the person is listed or labelled with, most frequent first. */
	affiliations: z.array(z.string()),
	roles: z.array(personRoleSchema),
	/** Meetings the person attended (listed) or spoke at. */
	meetingCount: z.number().int().nonnegative(),
	remarkCount: z.number().int().nonnegative(),
	/** Every spelling seen: participant entries and speaker labels. */
	labels: z.array(z.string()),
	/** False when some remark could not be matched to a listed participant (a provisional identity). */
	confirmed: z.boolean(),
	/** The name's reading in kana as the records give it (the most common when they differ), null when none does. */
	reading: z.string().nullable(),
	/** The person's page on this archive. */
	url: z.string(),
});

/** The people download. */
export const peopleExportSchema = z.object({
	generator: z.string(),
	numberOfPersons: z.number().int().nonnegative(),
	person: z.array(personRecordSchema),
});

/** One row of the attendance table: one person at one meeting (`data/attendance.csv` / `.json`). */
export const attendanceRowSchema = z.object({
	meeting: z.string(),
	date: z.string(),
	series: z.string(),
	seriesSlug: z.string(),
	session: z.number().int().nullable(),
	personId: z.string(),
	name: z.string(),
	/** True when the meeting's participant list names the person. */
	attended: z.boolean(),
	/** True when the person has remarks in the meeting. */
	spoke: z.boolean(),
	remarkCount: z.number().int().nonnegative(),
	/** The role as listed (構成員, 座長, …) or, when not listed, as the speaker label gives it. */
	role: z.string().nullable(),
	/** The participant group the person is listed under (構成員, 発表者, 総務省…), null when not listed. */
	group: z.string().nullable(),
});

/** The attendance download (JSON). */
export const attendanceExportSchema = z.object({
	generator: z.string(),
	numberOfRows: z.number().int().nonnegative(),
	attendance: z.array(attendanceRowSchema),
});

/** One flat row of the people table (CSV): roles written as `series：role（first〜last, n回）` joined by ` / `. */
export const personRowSchema = z.object({
	id: z.string(),
	name: z.string(),
	affiliation: z.string().nullable(),
	roles: z.string(),
	firstDate: z.string().nullable(),
	lastDate: z.string().nullable(),
	meetingCount: z.number().int().nonnegative(),
	remarkCount: z.number().int().nonnegative(),
	url: z.string(),
});

export type SpeechRecord = z.infer<typeof speechRecordSchema>;
export type PersonRecord = z.infer<typeof personRecordSchema>;
export type PersonRow = z.infer<typeof personRowSchema>;
export type PeopleExport = z.infer<typeof peopleExportSchema>;
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;
export type AttendanceExport = z.infer<typeof attendanceExportSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
export type Archive = z.infer<typeof archiveSchema>;
export type RemarkRow = z.infer<typeof remarkRowSchema>;

/** Column order of the CSV export (the keys of `remarkRowSchema`). */
export const remarkColumns = Object.keys(remarkRowSchema.shape) as (keyof RemarkRow)[];
/** Column order of `people.csv`. */
export const personColumns = Object.keys(personRowSchema.shape) as (keyof PersonRow)[];
/** Column order of `attendance.csv`. */
export const attendanceColumns = Object.keys(attendanceRowSchema.shape) as (keyof AttendanceRow)[];
