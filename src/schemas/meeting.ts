import { z } from 'zod';

/**
 * The record of one minutes document: the YAML frontmatter the converter writes
 * and the Astro content collection reads. Field names are a public contract.
 */

/** `YYYY-MM-DD` */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** An absolute http(s) address. */
const webUrl = z.string().regex(/^https?:\/\/[^\s"<>]+$/u, 'expected an http(s) URL');
/** A name's reading in kana as the source gives it (NFKC; `やまだたろう`, `やまもと・せいいち`): kana, `ー`, `・` and spaces only. */
const kanaReading = z.string().regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・ ]*[\p{Script=Hiragana}\p{Script=Katakana}ー][\p{Script=Hiragana}\p{Script=Katakana}ー・ ]*$/u, 'expected a reading in kana');
/** `HH:MM` (24-hour) */
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM');

/** One attendee entry, as written plus what could be parsed out of it. */
export const memberSchema = z.object({
	/** The entry exactly as written in the participant list. */
	text: z.string().min(1),
	/** Person's name (surname or full name), or null for organisations. */
	name: z.string().nullable(),
	/** Role or post: 座長, 構成員, サイバーセキュリティ統括官, … */
	title: z.string().nullable(),
	/** Organisation: NTT, 内閣サイバーセキュリティセンター, … */
	affiliation: z.string().nullable(),
	/** The name's reading when the list gives it in brackets after the name (`山本　誠一（やまもと・せいいち）`); absent otherwise. */
	reading: kanaReading.optional(),
});

/** A participant group as written (構成員, オブザーバー, 総務省, 発表者, …). */
export const participantGroupSchema = z.object({
	/** The group name as written, without numbering or an editorial bracket: `委員` for `（１）委員（敬称略）`. */
	group: z.string().min(1),
	/** An editorial remark about the list, without brackets (`敬称略`, `敬称略、五十音順`); absent when there is none. */
	note: z.string().min(1).optional(),
	members: z.array(memberSchema),
});

/** One handout: `資料 42-1-1` with its title and a note such as 非公開資料. */
export const handoutSchema = z.object({
	id: z.string().min(1),
	title: z.string(),
	note: z.string().nullable(),
});

/** One agenda item, 議題（N）「…」. */
export const agendaItemSchema = z.object({
	number: z.number().int().nonnegative(),
	title: z.string().min(1),
	/** Id of the body section that discusses this item, when there is one. */
	section: z.string().nullable().default(null),
	/**
	 * Without a section of its own (a Diet or assembly sitting takes its items up one after another in the turns), the id of
	 * the first remark that names the item (`議案第７２号`, `日程第２`, or its title); absent when none does.
	 */
	remark: z.string().optional(),
});

/** A body section (開会, 議題（1）…, a topic heading in a summary document). */
export const sectionSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	title: z.string(),
	line: z.number().int().positive(),
});

/** Index entry for one remark; its text lives in the MDX body. */
export const remarkSchema = z.object({
	/** Stable anchor id within the meeting page (`r1`, `r2`, … in document order). */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The speaker label exactly as written (小山構成員, NTT 松原氏). */
	speaker: z.string().min(1),
	/** Id of the section the remark belongs to. */
	section: z.string().nullable(),
	/** True for remarks quoted from the meeting's chat. */
	chat: z.boolean().default(false),
	/** Line in the seed where the remark starts. */
	line: z.number().int().positive(),
	/** Plain text of the remark (paragraphs joined with newlines). */
	text: z.string(),
	/** The speaker's parliamentary group (会派) when the source names it (the NDL API's `speakerGroup`). */
	speakerGroup: z.string().min(1).optional(),
	/** The speaker's reading in kana when the source gives it (the NDL API's `speakerYomi`). */
	speakerYomi: kanaReading.optional(),
	/** The official page of this remark when the source gives one (the NDL API's `speechURL`). */
	officialUrl: webUrl.optional(),
});

export const meetingKinds = ['minutes', 'document'] as const;

/** The whole frontmatter of one meeting/document. */
/** The encodings other than UTF-8 a seed is read in, as WHATWG `TextDecoder` labels, or IANA's for UTF-32 and the JIS X 0213 and 0212 forms no WHATWG decoder reads (the converter's decoder reports them). */
export const SOURCE_ENCODINGS = ['shift_jis', 'euc-jp', 'iso-2022-jp', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'shift_jis-2004', 'euc-jis-2004', 'iso-2022-jp-2004', 'iso-2022-jp-1'] as const;

export const meetingSchema = z.object({
	title: z.string().min(1),
	series: z.string().min(1),
	/** ASCII slug of the series, used in URLs. */
	seriesSlug: z.string().regex(/^[a-z0-9-]+$/),
	session: z.number().int().positive().nullable(),
	kind: z.enum(meetingKinds),
	/** The seed's file name. */
	source: z.string().min(1),
	/** SHA-256 of the seed's bytes. */
	sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
	/** The seed's text encoding when it is not UTF-8 (SOURCE_ENCODINGS); the site serves its text as UTF-8 and the bytes as the original. */
	sourceEncoding: z.enum(SOURCE_ENCODINGS).optional(),
	date: isoDate,
	start: clockTime.nullable(),
	end: clockTime.nullable(),
	location: z.string().nullable(),
	participants: z.array(participantGroupSchema),
	handouts: z.array(handoutSchema),
	agenda: z.array(agendaItemSchema),
	sections: z.array(sectionSchema),
	remarks: z.array(remarkSchema),
	/**
	 * The sitting as the body numbers it when `session` (第N回) does not say it all: the Diet's
	 * `第196回国会 第20号`, an assembly's `令和6年第4回定例会 第2日`. Absent for council minutes.
	 */
	sessionLabel: z.string().min(1).optional(),
	/** The official page of the meeting's minutes when known (the NDL API's `meetingURL`). */
	officialUrl: webUrl.optional(),
	/** The official PDF of the minutes when known (the NDL API's `pdfURL`). */
	officialPdfUrl: webUrl.optional(),
});

/**
 * A remark as the content store keeps it: its index entry without the text. The texts stay in the
 * meeting's file and are read from there when a page needs them (`src/archive/meeting-texts.ts`), so the
 * store (which Astro serialises and bundles into the build) does not grow with the minutes' length.
 */
export const storedRemarkSchema = remarkSchema.omit({ text: true });

/** A meeting as the content store keeps it (the collection's type): the record with its remarks' texts left out. */
export const storedMeetingSchema = meetingSchema.extend({ remarks: z.array(storedRemarkSchema) });

export type Member = z.infer<typeof memberSchema>;
export type ParticipantGroup = z.infer<typeof participantGroupSchema>;
export type Handout = z.infer<typeof handoutSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type RemarkIndex = z.infer<typeof remarkSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type StoredRemark = z.infer<typeof storedRemarkSchema>;
export type StoredMeeting = z.infer<typeof storedMeetingSchema>;

/**
 * The stored form of a validated record: every field but the remarks' texts, as a copy that shares no
 * string with the record. A string a parser cuts out of a file's text may be a slice that keeps the whole
 * text alive (V8 does this for slices of 13 characters or more); through JSON every string is copied, so a
 * stored record does not hold on to its file's frontmatter, texts and all.
 */
export function toStoredMeeting(meeting: Meeting): StoredMeeting {
	return JSON.parse(JSON.stringify({ ...meeting, remarks: meeting.remarks.map(({ text: _text, ...remark }) => remark) })) as StoredMeeting;
}
