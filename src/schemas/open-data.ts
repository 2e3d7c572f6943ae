import { z } from 'zod';
import { handoutSchema, agendaItemSchema, participantGroupSchema, meetingKinds } from './meeting.ts';

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
	/** Reading of the speaker's name; minutes do not give it, so always null. */
	speakerYomi: z.null(),
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
	/** True when the remark was quoted from the meeting's chat. */
	chat: z.boolean(),
	/** Title of the section (議題) the remark belongs to. */
	section: z.string().nullable(),
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
	meetingURL: z.string(),
	/** The original seed file as published by the archive. */
	sourceURL: z.string(),
	/** Original PDF, where the seed was one; null for text seeds. */
	pdfURL: z.string().nullable(),
	sourceSHA256: z.string(),
	participants: z.array(participantGroupSchema),
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
});

export type SpeechRecord = z.infer<typeof speechRecordSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
export type Archive = z.infer<typeof archiveSchema>;
export type RemarkRow = z.infer<typeof remarkRowSchema>;

/** Column order of the CSV export (the keys of `remarkRowSchema`). */
export const remarkColumns = Object.keys(remarkRowSchema.shape) as (keyof RemarkRow)[];
