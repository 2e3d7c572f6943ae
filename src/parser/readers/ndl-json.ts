/**
 * The NDL reader: responses of the National Diet Library's 国会会議録検索システム API saved as JSON
 * (`.json` seeds), or as the XML the API answers in by default (`.xml` seeds, or under `.json`: read into the same value
 * its JSON would be, `parseNdlXml`). Three shapes are read, one record per meeting:
 * - the meeting endpoint, `{ numberOfRecords, meetingRecord: [{ …, speechRecord: [...] }] }`;
 * - the speech endpoint, `{ speechRecord: [...] }` with the meeting's fields on every speech (grouped by `issueID`);
 * - the older API and XML-to-JSON conversions, `{ records: { record: [{ recordData: { meetingRecord | speechRecord } }] } }`,
 *   where any list may be a single object and numbers may be strings.
 * Steps: parse the JSON → find the meetings of the shape → per meeting: the 会議録情報 header (speechOrder 0:
 * participants, agenda, opening time) → the speeches as remarks (label from the text, paragraphs per line) → record.
 * Speech text stays text: it becomes paragraph and note blocks like every seed.
 */
import type { AgendaItem, Meeting, Member, ParticipantGroup, RemarkIndex } from '../../schemas/meeting.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { remarkText } from '../body.ts';
import { readSittingTime, type SittingEvent } from '../date.ts';
import { error, warning } from '../diagnostics.ts';
import { parseNameLabel } from '../names.ts';
import { matchForm, replaceSpaceRuns, trimSpaces } from '../normalize.ts';
import { finishRecord, noRecord } from '../record.ts';
import { opensTally } from '../transcript.ts';
import { ATTENDING_ROLE, IMPERIAL_DIET_END, ITEM_END, ITEM_REFERENCE, postInPart, readRollLine, type Roll, rollNameKey, SAME_AS_AGENDA, SANGIIN_MARKED_ROLL, SANGIIN_ROLL_HEADING, SANGIIN_ROLL_PART, sittingRecord, splitNameCell } from './shared.ts';
import type { Block, BodySection, Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import type { Reader, SourceDocument } from './types.ts';

/** A JSON value as `JSON.parse` returns it. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One speech of the API (`speechRecord`), fields read leniently. */
interface NdlSpeech {
	speechID: string | null;
	order: number;
	speaker: string | null;
	speakerGroup: string | null;
	speakerPosition: string | null;
	/** What the speaker is at the meeting when it is no post (`参考人`, `公述人`, `証人`). */
	speakerRole: string | null;
	/** The speaker's reading as given (`やまだたろう`); checked when the record is made. */
	speakerYomi: string | null;
	/** The text as given (CRLF line ends), null when the response carries none (`meeting_list`). */
	speech: string | null;
	speechURL: string | null;
}

/** One meeting of the API (`meetingRecord`, or speeches of one `issueID`). */
interface NdlMeeting {
	issueID: string | null;
	imageKind: string | null;
	session: number | null;
	nameOfHouse: string | null;
	nameOfMeeting: string | null;
	issue: string | null;
	/** `閉会後` for a sitting held after the session closed (閉会中審査, `closing`): its 号 are numbered apart from the session's. */
	closing: string | null;
	date: string | null;
	meetingURL: string | null;
	pdfURL: string | null;
	speeches: NdlSpeech[];
	/** True when the meeting was gathered from the speech endpoint (a search may return only some speeches). */
	fromSpeeches: boolean;
	/** The orders of speeches the file holds twice or more (pages saved overlapping), each kept once. */
	repeated?: number[];
	/** True when the file holds the whole meeting again (its `meetingRecord` twice, as answers saved one after another), kept once. */
	again?: boolean;
}

/** What a shape handler finds: the meetings, or why there are none. */
type Found = { meetings: NdlMeeting[] } | { problem: { code: string; message: string } };

/** The warning's code for a meeting the file holds only some speeches of (a search of the speech endpoint, one page of an answer). */
export const PARTIAL_MEETING = 'ndl-partial';
/** The warning's code for one page of the meeting endpoint's answer: the meetings of the other pages are missing, its own are whole. */
const MORE_PAGES = 'ndl-more-pages';

/** The speaker of the header record (speechOrder 0). */
const HEADER_SPEAKER = '会議録情報';
/** Marks that open a speech (`○山際委員長　…`). */
const SPEECH_MARK = /^[○◯〇◎◆◇●]/u;
/** The label after the mark: up to the first space or line end. */
const SPEECH_LABEL = /^[○◯〇◎◆◇●][\s\u3000]*(?<label>[^\s\u3000]+)[\s\u3000]*/u;
/** A separator line of the minutes (`――――◇――――`, `―――――――――――――`, the 参議院's `─────・─────`). */
const SEPARATOR = /^[―─━－\-‐]{2,}[◇◆○・]?[―─━－\-‐]*$/u;
/** A rule the record prints between parts (`―――――――――――――`, `――――◇―――――`), drawn with dashes, never hyphens typed. */
const RULE = /^[―─━]{4,}[◇◆]?[―─━]*$/u;
/** A line that ends as a sentence does (`…泉健太君。`), spoken words rather than a heading. */
const SENTENCE_END = /[。？！?!]$/u;
/** A line that is only an editorial direction: `〔拍手〕`, `（拍手）`, `〔「異議なし」と呼ぶ者あり〕`. */
const DIRECTION = /^[〔（(][^〔〕]*[〕）)]$/u;
/** The start of a sitting. */
const OPENING: ReadonlySet<SittingEvent> = new Set(['開議', '開会']);
/** The end of a sitting. */
const CLOSING: ReadonlySet<SittingEvent> = new Set(['散会', '閉会', '延会']);
/**
 * Participant group headings of the header (衆議院 `出席委員`, 参議院 `出席者は左のとおり。`, …; those present who are no
 * members of a 小委員会 or 両院協議会, `小委員外の出席者`, `協議委員外の出席者`).
 */
const GROUP_HEADING = new RegExp(String.raw`^(?:(?:出席|欠席)[^\s　君、。]{1,12}|[^\s　君、。]{0,10}(?:参考人|補佐人|政府委員|説明員|公述人|証人|申出者)|(?:小|協議)?委員外の?出席者|分科員外の出席者|${SANGIIN_ROLL_HEADING})$`, 'u');
/** The 参議院's heading of its one roll. */
const SANGIIN_ROLL = new RegExp(`^${SANGIIN_ROLL_HEADING}$`, 'u');
/** A rule with ◇ and a roll's heading after it at the end of the last speech: where the rolls printed after the close begin. */
const TRAILING_ROLLS = /\r?\n[ \u3000]*[―─ー-]{2,}◇[―─ー-]{2,}[ \u3000]*\r?\n(?=[ \u3000]*(?:出席|欠席)[^\r\n\s\u3000君、。]{1,12}[ \u3000]*\r?\n)/u;
/**
 * Where the roll a 参議院 本会議's record prints after its close begins, in the last speech: a rule with ・ and the roll's heading
 * marked as the record's headings are (`─────・─────` / `○出席者は左のとおり。`).
 */
const TRAILING_SANGIIN_ROLL = /\r?\n[ \u3000]*[─―-]{2,}・[─―-]{2,}[ \u3000]*\r?\n(?=[ \u3000]*○出席者は、?左の(?:とおり|通り)。?[ \u3000]*\r?\n)/u;
/** Roles written before a name on the same line (`委員長　山際大志郎君`, `理事　池田　佳隆君`). */
const ROLE_PREFIX = /^(?<role>委員長|理事|委員|会長|副会長|幹事|議長|副議長|小委員長|主査|国務大臣|副大臣|大臣政務官)[\s\u3000]+(?<rest>.+)$/u;
/** A post in brackets before a name: `（内閣官房内閣審議官）　田中　愛智朗君`. */
const BRACKET_POST = /^[（(](?<post>.+)[）)][\s\u3000]*(?<rest>[^（）()]+)$/u;
/**
 * A post set apart from the name by wide padding (`内閣委員会専門員　　　　長谷田晃二君`); names pad with at most 3 spaces. A post
 * spaced out letter by letter to its cell (`議     員 上野與市郎君`, `専  門  員`) is read by the name cell, not as its first letter.
 */
const PADDED_POST = /^(?<post>[^\s\u3000]{2,})[\s\u3000]{4,}(?<rest>.+)$/u;
/** A post fewer spaces before a surname and a given name (`内閣総理大臣　石田　誠治`, `総務副大臣　　野々村　聡`): three words, the first ending as a post does. */
const NEAR_POST = /^(?<post>[^\s\u3000]{2,20}(?:大臣|長官|政務官|長|官|員|監|参与|総裁|補佐人))[\s\u3000]+(?<rest>[^\s\u3000]{1,5}[\s\u3000]+[^\s\u3000]{1,5})$/u;
/** The heading of the agenda list in the header (`○本日の会議に付した案件` in the 本会議's header). */
const AGENDA_HEADING = /^(?:(?:本日の)?会議に付した(?:案件|事件)|本日の公聴会で意見を聞いた案件)$/u;
/** The heading of the 議事日程 (`議事日程　第二号`): its items are the agenda, its clock line the time called, not the sitting's. */
const SCHEDULE_HEADING = /^議事日程(?:[\s\u3000]*第[\s\u3000]*\S+[号號])?$/u;
/** A bracket alone on its line, with brackets one deep inside or none: `（文部科学省所管）`, `（「…」のうち、孤独・孤立対策（地域共生社会の実現））`. */
const QUALIFIER = /^[（(](?:[^（()）]|[（(][^（()）]*[）)])*[）)]$/u;
/** The number before an item of the 議事日程: `第一　`, `日程第一　`. */
const ITEM_NUMBER = /^(?:日程)?第[〇一二三四五六七八九十百0-9０-９]+[\s\u3000]+/u;
/** A line that is only a date (`令和六年十月四日`), repeated in the 議事日程. */
const DATE_ONLY = /^(?:令和|平成|昭和)[元〇一二三四五六七八九十0-9０-９]+年[〇一二三四五六七八九十0-9０-９]+月[〇一二三四五六七八九十0-9０-９]+日(?:[（(][^）)]*[）)])?$/u;
/** The `nameOfHouse` of a body of both houses. */
const BOTH_HOUSES = /^両院(?:協議会)?$/u;
/** A body of both houses by its name: a 両院協議会, a joint committee (`国家基本政策委員会合同審査会`). */
const JOINT_BODY = /(?:両院協議会|合同審査会)$/u;
/** The API's `closing` of a sitting held after the session closed (`閉会後`; `閉会中` as older records say). */
const RECESS = /^閉会[後中]$/u;
/** Keys under which a tool may have wrapped the whole response (`{ "data": { … } }` from an XML conversion). */
const WRAPPER_KEYS = new Set(['data', 'response', 'result']);
/** The line of dots under 出席委員 (衆議院) before those present who are not members. */
const DOTTED = /^[…‥・.．]{6,}$/u;
/** Group headings that open a group of their own within the 出席者 too. */
// (`委員外出席者`, without の, as the records of the first sessions head it.)
const OPENS_GROUP = /^(?:出席|欠席|委員外の?出席者)/u;
/** The groups of those present who are no members, whose entries have their parts set over them (`出席者`, `委員外の出席者`). */
const PRESENT_OTHERS = /^(?:出席者|(?:小|協議)?委員外の?出席者|分科員外の出席者)$/u;
/** Header lines that end a participant group even without a separator line before them. */
const ENDS_GROUP = /^(?:(?:本日の)?会議に付した案件|本日の公聴会で意見を聞いた案件|委員の異動)$/u;
/** How the expected shape is described in messages. */
const EXPECTED = 'a saved response of the NDL 国会会議録 API (https://kokkai.ndl.go.jp/api/meeting?…, in JSON or XML): "meetingRecord" (or "speechRecord", or the older "records.record[].recordData")';

/** A JSON list that may be written as a single object (XML conversions) or be missing. */
function list(value: Json | undefined): Json[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

/** The value as an object, or null. */
function object(value: Json | undefined): JsonObject | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** A string field (numbers as written), trimmed; null when absent, empty or not text (`{}` from XML). */
function text(value: Json | undefined): string | null {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return null;
	const trimmed = trimSpaces(value);
	return trimmed === '' ? null : trimmed;
}

/** A number field, also when written as a string (`"196"`); null otherwise. */
function number(value: Json | undefined): number | null {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return null;
}

/** An http(s) address field; null for anything else. */
function webUrl(value: Json | undefined): string | null {
	const url = text(value);
	return url !== null && /^https?:\/\/[^\s"<>]+$/u.test(url) ? url : null;
}

/** Read one `speechRecord` entry. */
function readSpeech(entry: JsonObject, index: number): NdlSpeech {
	return {
		speechID: text(entry['speechID']),
		order: number(entry['speechOrder']) ?? index,
		speaker: text(entry['speaker']),
		speakerGroup: text(entry['speakerGroup']),
		speakerPosition: text(entry['speakerPosition']),
		speakerRole: text(entry['speakerRole']),
		speakerYomi: text(entry['speakerYomi']),
		speech: typeof entry['speech'] === 'string' ? entry['speech'] : null,
		speechURL: webUrl(entry['speechURL']),
	};
}

/** The meeting fields of a `meetingRecord`, or of a speech of the speech endpoint. */
function readMeetingFields(entry: JsonObject): Omit<NdlMeeting, 'speeches' | 'fromSpeeches'> {
	return {
		issueID: text(entry['issueID']),
		imageKind: text(entry['imageKind']),
		session: number(entry['session']),
		nameOfHouse: text(entry['nameOfHouse']),
		nameOfMeeting: text(entry['nameOfMeeting']),
		issue: text(entry['issue']),
		closing: RECESS.exec(text(entry['closing']) ?? '')?.[0] ?? null,
		date: text(entry['date']),
		meetingURL: webUrl(entry['meetingURL']),
		pdfURL: webUrl(entry['pdfURL']),
	};
}

/** Read one `meetingRecord` entry with its speeches. */
function readMeeting(entry: JsonObject): NdlMeeting {
	const speeches = list(entry['speechRecord'])
		.map(object)
		.filter((speech): speech is JsonObject => speech !== null)
		.map(readSpeech);
	return { ...readMeetingFields(entry), speeches, fromSpeeches: false };
}

/** Group speeches of the speech endpoint (meeting fields on each) into meetings by `issueID`, in order of appearance. */
function groupSpeeches(entries: readonly Json[]): NdlMeeting[] {
	const meetings = new Map<string, NdlMeeting>();
	/** The speeches of each meeting so far, by `speechID`. */
	const seen = new Map<string, Set<string>>();
	entries.forEach((value, index) => {
		const entry = object(value);
		if (!entry) return;
		const fields = readMeetingFields(entry);
		const key = fields.issueID ?? `${fields.nameOfHouse}|${fields.nameOfMeeting}|${fields.issue}|${fields.date}`;
		let meeting = meetings.get(key);
		if (!meeting) {
			meeting = { ...fields, speeches: [], fromSpeeches: true };
			meetings.set(key, meeting);
		}
		const speech = readSpeech(entry, index);
		// (Pages saved overlapping, `startRecord` set back, hold a speech twice: it is one speech.)
		const id = speech.speechID ?? `${speech.order}\u0000${speech.speech ?? ''}`;
		const held = seen.get(key) ?? new Set<string>();
		seen.set(key, held);
		if (held.has(id)) (meeting.repeated ??= []).push(speech.order);
		else {
			held.add(id);
			meeting.speeches.push(speech);
		}
	});
	return [...meetings.values()];
}

/**
 * The meetings with each `issueID` once: a meeting the file holds again (its `meetingRecord` twice, as pages or answers saved one
 * after another) takes the speeches the first did not hold, by `speechID`.
 */
function mergeRepeated(meetings: readonly NdlMeeting[]): NdlMeeting[] {
	const first = new Map<string, NdlMeeting>();
	const merged: NdlMeeting[] = [];
	for (const meeting of meetings) {
		const held = meeting.issueID === null ? undefined : first.get(meeting.issueID);
		if (held === undefined) {
			if (meeting.issueID !== null) first.set(meeting.issueID, meeting);
			merged.push(meeting);
			continue;
		}
		const ids = new Set(held.speeches.map((speech) => speech.speechID ?? `${speech.order}`));
		const fresh = meeting.speeches.filter((speech) => !ids.has(speech.speechID ?? `${speech.order}`));
		if (fresh.length === 0) held.again = true;
		else {
			const repeated = meeting.speeches.filter((speech) => ids.has(speech.speechID ?? `${speech.order}`)).map((speech) => speech.order);
			if (repeated.length > 0) held.repeated = [...(held.repeated ?? []), ...repeated];
			held.speeches = [...held.speeches, ...fresh].sort((a, b) => a.order - b.order);
		}
	}
	return merged;
}

/** Meetings of a list of `records.record[]` (the older API): each `recordData` holds a meeting or a speech. */
function readOldRecords(records: readonly Json[]): NdlMeeting[] {
	const meetings: NdlMeeting[] = [];
	const speeches: Json[] = [];
	for (const record of records) {
		const data = object(object(record)?.['recordData']);
		if (!data) continue;
		for (const meeting of list(data['meetingRecord'])) {
			const entry = object(meeting);
			if (entry) meetings.push(readMeeting(entry));
		}
		speeches.push(...list(data['speechRecord']));
	}
	return [...meetings, ...groupSpeeches(speeches)];
}

/** Wrap meetings found, or say the response holds none. */
function found(meetings: NdlMeeting[], where: string): Found {
	if (meetings.length > 0) return { meetings };
	return {
		problem: {
			code: 'ndl-empty',
			message: `the NDL response holds no meeting (${where} is empty, e.g. a search with numberOfRecords 0): save a response that found the meeting`,
		},
	};
}

/** The response inside a wrapper a conversion tool added (`{ "data": { "meetingRecord": … } }`), else the root itself. */
function unwrap(root: Json): Json {
	let value = root;
	for (let depth = 0; depth < 2; depth++) {
		const top = object(value);
		const keys = top ? Object.keys(top) : [];
		const only = keys.length === 1 ? (keys[0] ?? '') : '';
		if (!top || !WRAPPER_KEYS.has(only) || object(top[only] ?? null) === null) break;
		value = top[only] ?? null;
	}
	return value;
}

/** True for a response envelope (a page of results): it holds `meetingRecord`, `speechRecord` or `records`. */
function isEnvelope(value: Json): boolean {
	const top = object(value);
	return top !== null && !('nameOfMeeting' in top) && ('meetingRecord' in top || 'speechRecord' in top || 'records' in top);
}

/** Meetings of several pages of results kept in one list: their meetings, and their speeches grouped across pages. */
function readPages(pages: readonly JsonObject[]): NdlMeeting[] {
	const meetings: NdlMeeting[] = [];
	const speeches: Json[] = [];
	for (const page of pages) {
		for (const entry of list(page['meetingRecord'])) {
			const meeting = object(entry);
			if (meeting) meetings.push(readMeeting(meeting));
		}
		speeches.push(...list(page['speechRecord']));
		meetings.push(...readOldRecords(list(object(page['records'] ?? null)?.['record'])));
	}
	return [...meetings, ...groupSpeeches(speeches)];
}

/** One handler per response shape, tried in order; null when the shape is not theirs. */
const SHAPES: readonly ((root: Json) => Found | null)[] = [
	// The meeting (and meeting_list) endpoint.
	(root) => {
		const top = object(root);
		if (!top || !('meetingRecord' in top)) return null;
		const meetings = list(top['meetingRecord']).map(object).filter((entry): entry is JsonObject => entry !== null);
		return found(meetings.map(readMeeting), '"meetingRecord"');
	},
	// The speech endpoint.
	(root) => {
		const top = object(root);
		if (!top || !('speechRecord' in top) || 'nameOfMeeting' in top) return null;
		return found(groupSpeeches(list(top['speechRecord'])), '"speechRecord"');
	},
	// The older API, and XML responses converted to JSON.
	(root) => {
		const records = object(object(root)?.['records'] ?? null);
		if (!records) return null;
		return found(readOldRecords(list(records['record'])), '"records.record"');
	},
	// Several pages of results saved as one list (a client that kept every response of its paging).
	(root) => {
		if (!Array.isArray(root) || root.length === 0 || !root.every(isEnvelope)) return null;
		return found(readPages(root.map(object).filter((page): page is JsonObject => page !== null)), 'every page of the list');
	},
	// A response without its envelope: one meetingRecord, or a list of meetings or speeches.
	(root) => {
		const entries = list(root).map(object);
		if (entries.length === 0 || entries.some((entry) => entry === null || !('nameOfMeeting' in entry))) return null;
		const meetings = entries as JsonObject[];
		return meetings.every((entry) => 'speechRecord' in entry) ? found(meetings.map(readMeeting), 'the list') : found(groupSpeeches(meetings), 'the list');
	},
	// A search that found nothing has no list at all.
	(root) => {
		const top = object(root);
		if (!top || number(top['numberOfRecords']) !== 0) return null;
		return found([], '"numberOfRecords" is 0, so the list');
	},
	// An error answer of the API: `{ "message": …, "details": [...] }`.
	(root) => {
		const top = object(root);
		const message = text(top?.['message']);
		if (!top || message === null) return null;
		// (Its XML, `<details><detail>…</detail></details>`, gives the list as an object of `detail`.)
		const details = list(top['details'])
			.flatMap((detail) => list(object(detail)?.['detail'] ?? detail))
			.map(text)
			.filter((detail) => detail !== null);
		return { problem: { code: 'ndl-error-response', message: `this is an error answer of the NDL API ("${[message, ...details].join(' ')}"), not minutes: fix the request and save its response again` } };
	},
];

/** 1-based line numbers of offsets in a text. */
function lineIndex(source: string): (offset: number) => number {
	const starts = [0];
	for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}

/**
 * Finds string values in the text, as lines: `"key": "value"` in JSON, `<key>value</key>` in XML; each search starts where
 * the last hit of that key was.
 */
class Locator {
	readonly #source: string;
	readonly #xml: boolean;
	readonly #lineAt: (offset: number) => number;
	readonly #after = new Map<string, number>();

	constructor(source: string, xml = false) {
		this.#source = source;
		this.#xml = xml;
		this.#lineAt = lineIndex(source);
	}

	/** The line of the key's value after the previous hit of the key (else anywhere); `fallback` when absent. */
	line(key: string, value: string | null, fallback: number): number {
		if (value === null) return fallback;
		const quoted = this.#xml ? escapeXml(value) : JSON.stringify(value);
		const label = this.#xml ? new RegExp(`<${key}>\\s*$`, 'u') : new RegExp(`"${key}"\\s*:\\s*$`, 'u');
		const find = (from: number): number => {
			let at = this.#source.indexOf(quoted, from);
			while (at !== -1 && !label.test(this.#source.slice(Math.max(0, at - 40), at))) at = this.#source.indexOf(quoted, at + 1);
			return at;
		};
		let at = find(this.#after.get(key) ?? 0);
		if (at === -1) at = find(0);
		if (at === -1) return fallback;
		this.#after.set(key, at + quoted.length);
		return this.#lineAt(at);
	}
}

/** A value as XML text writes it (`&`, `<`, `>` escaped). */
function escapeXml(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The parse error of a JSON text as one diagnostic with its line (from the message, or from the position). */
function jsonError(source: string, cause: unknown): Diagnostic {
	const message = cause instanceof Error ? cause.message : String(cause);
	const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
	const position = /at position (\d+)/.exec(message);
	let line: number | null = null;
	let column: number | null = null;
	if (lineColumn) {
		line = Number(lineColumn[1]);
		column = Number(lineColumn[2]);
	} else if (position) {
		const offset = Number(position[1]);
		line = lineIndex(source)(offset);
		column = offset - source.lastIndexOf('\n', offset - 1);
	}
	const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '');
	// (`Unexpected end of JSON input` names no place: the text stops before the JSON closes, at its last line. A text cut off
	// in a value or a key, `"pdfURL"` or `"https://kokkai.nd`, has the parser's complaint at its very end: the same cut.)
	const atEnd = position !== null && Number(position[1]) >= source.trimEnd().length;
	if ((line === null && /end of JSON input/iu.test(message)) || atEnd) {
		const last = source.trimEnd();
		return error('bad-json', last === '' ? 1 : lineIndex(last)(last.length - 1), 'the JSON stops before its end (the download was cut off, or the file saved before it finished): save the API response again (recordPacking=json)');
	}
	const where = column === null ? '' : ` at column ${column}`;
	return error('bad-json', line, `the JSON is broken${where}: ${reason}; save the API response again (recordPacking=json) or repair the file`);
}

/** Lines of a speech text (CRLF or LF), trailing spaces removed. */
function speechLines(speech: string): string[] {
	return speech.split(/\r\n|\r|\n/u).map((line) => line.trimEnd());
}

/** A body block for one line of a speech: a note for directions, separators and clock lines, else a paragraph. */
function lineBlock(line: string, at: number): Block | null {
	const trimmed = trimSpaces(line);
	if (trimmed === '') return null;
	if (SEPARATOR.test(trimmed) || DIRECTION.test(trimmed) || readSittingTime(trimmed)?.clock) return { type: 'note', text: trimmed, line: at };
	return { type: 'paragraph', text: trimmed, line: at };
}


/**
 * One participant entry of the header (`理事　池田　佳隆君`), padding reduced to one space; `role` is the post of the line above,
 * `prefix` the first lines of a post wrapped over lines (`全国保険医団体連合会` / `副会長　　佐藤　一樹君`) or brackets printed
 * over the entry (`（国家公安委員会委員長）` / `（防災担当）　河野　太郎君`); `under` when the entry is indented under the role's line.
 */
function readMember(entry: string, role: string | null, prefix = '', under = false): Member {
	const written = trimSpaces(entry);
	const bare = written.replace(/君$/u, '');
	const parts = ROLE_PREFIX.exec(bare)?.groups ?? BRACKET_POST.exec(bare)?.groups ?? PADDED_POST.exec(bare)?.groups ?? NEAR_POST.exec(trimSpaces(bare))?.groups;
	// (`日本医師会常任理事　　　長島　公之`: a post fewer spaces before the name than the patterns take, read by the roll's name cell.)
	const cell = parts ? null : splitNameCell(bare);
	const found = parts?.['role'] ?? parts?.['post'] ?? (cell?.post || null);
	const bracketed = parts?.['post'] !== undefined && BRACKET_POST.test(bare);
	// (`厚生労働大臣政務官` / `　　　塩崎 彰久君`: a post on a line of its own over the name is the entry's whole post.)
	const wrapped = found === null && prefix !== '' && !/^[（(]/u.test(prefix) ? prefix : null;
	const post = found === null ? wrapped : bracketed ? `${prefix.replace(/^[（(](.*)[）)]$/u, '$1')}${prefix === '' ? found : `（${found}）`}` : `${prefix}${found}`;
	// (Under a part, `政府参考人` / `（総務省自治行政局長）` or the 参議院's `政府参考人` / `　　外務省北米局長　伊藤 晋吾君`: both are
	// the title; a post of its own level with the part, `総務委員会専門員　阿部　哲也君`, is the post alone.)
	// (The 参議院's `国務大臣` / `(内閣府特命担当大臣(防災))  平田 誠一郎君`: the charge's bracket on the name's line follows the
	// role over it, as the printed roll's does.)
	const charge = bracketed && post !== null && prefix === '' && role !== null && !ATTENDING_ROLE.test(role) && !post.startsWith(role) ? `${role}${bare.slice(0, post.length + 2)}` : null;
	const title = post === null ? role : (charge ?? (bracketed || under ? postInPart(post, role) : post));
	const name = cell ? cell.name : replaceSpaceRuns(trimSpaces(parts?.['rest'] ?? bare), ' ');
	return { text: replaceSpaceRuns(written, ' '), name: name === '' ? null : name, title, affiliation: null };
}


/**
 * One entry of the 会議録情報's roll (the text before its 君), with the post wrapped over it and the bracket printed over it; an
 * entry without a post of its own under a bracket (`（自治庁選挙局` / `長）　松田 清之君`) takes the bracket after the role, as the
 * printed roll's does, and a 両院協議会's delegate the house over them (`衆議院`).
 */
function headerMember(piece: string, roll: Roll): Member {
	const { role, bracket, prefix } = roll;
	// (`国　務　大　臣` / `（北海道開発庁` / `長官）` / `（国土庁長官）　綿貫 民輔君`: the charges over the name and the one on its
	// line, in their order after the role, as the printed roll's are.)
	const charges = bracket && !prefix && role !== null && /^[（(]/u.test(trimSpaces(piece)) ? readMember(`${piece}君`, role, '', roll.under) : null;
	if (charges?.title?.startsWith(role ?? '') && charges.title !== role) {
		roll.prefix = null;
		roll.bracket = null;
		return { ...charges, title: `${role}${bracket}${charges.title.slice((role ?? '').length)}`, affiliation: roll.house ?? null };
	}
	const member = readMember(`${piece}君`, role, `${bracket ?? ''}${prefix ?? ''}`, roll.under);
	roll.prefix = null;
	roll.bracket = null;
	// (`財務大臣` / `国務大臣` / `（内閣府特命担当大臣（金融））　鈴木 俊一君`: two posts over the name, the second with its bracket.)
	const title = bracket && member.title === role ? `${prefix ? `${prefix}、` : ''}${role ?? ''}${bracket}` : member.title;
	return { ...member, title, affiliation: roll.house ?? null };
}

/** Take the opening time (first 開議/開会 line) and the closing time (last 散会/閉会 line) of a clock line. */
function readClock(line: string, times: { start: string | null; end: string | null }): void {
	const sitting = readSittingTime(line);
	if (!sitting?.clock) return;
	if (OPENING.has(sitting.event) && times.start === null) times.start = sitting.clock;
	if (CLOSING.has(sitting.event)) times.end = sitting.clock;
}

/** What the header record (speechOrder 0) gives the meeting. */
interface HeaderInfo {
	participants: ParticipantGroup[];
	agenda: { number: number; title: string }[];
	start: string | null;
	end: string | null;
	/** The header's other lines (date, 委員の異動, 案件 …) as blocks. */
	blocks: Block[];
}

/** Read the 会議録情報 text: participant groups (names with `君`, one space kept), the agenda list, clock lines; other lines stay blocks. */
function readHeader(speech: string, at: number): HeaderInfo {
	const info: HeaderInfo = { participants: [], agenda: [], start: null, end: null, blocks: [] };
	/** The roll being read: its group, the role a post line gave the entries below it, a post wrapped under it. */
	let roll: Roll | null = null;
	const open = (group: string): Roll => {
		const opened: Roll = { group: { group, members: [] }, role: null, bracket: null, open: false };
		info.participants.push(opened.group);
		return opened;
	};
	let inAgenda = false;
	let inSchedule = false;
	// Whether the agenda's items are marked (`○…`), and whether the line before was one of its items.
	let markedItems = false;
	let lastWasItem = false;
	/** The last item was numbered (`第一　…`), as the 議事日程 numbers its items. */
	let lastNumbered = false;
	/** The 参議院's `出席者` roll after a `─────・─────`, going on when a post heads the next part (`国務大臣`). */
	let paused: Roll | null = null;
	for (const line of speechLines(speech)) {
		const trimmed = trimSpaces(line).replace(SANGIIN_MARKED_ROLL, '');
		if (trimmed === '') continue;
		if (paused !== null && SANGIIN_ROLL_PART.test(replaceSpaceRuns(trimmed, ''))) roll = paused;
		paused = null;
		if (!inSchedule) readClock(trimmed, info);
		if (SEPARATOR.test(trimmed)) {
			if (roll?.group.group === '出席者' && trimmed.includes('・')) paused = roll;
			roll = null;
			inAgenda = false;
			inSchedule = false;
			continue;
		}
		// `…………` under 出席委員 (衆議院) opens those present who are not members, their posts set over them (`政府参考人`).
		if (roll && DOTTED.test(trimmed)) {
			roll = open('出席者');
			continue;
		}
		// (In the 出席者, and in the 衆議院's `委員外の出席者`, `政府参考人` and `参考人` are posts over the entries below, as `国務大臣`
		// is: no group of their own.)
		if (GROUP_HEADING.test(trimmed) && !(roll !== null && PRESENT_OTHERS.test(roll.group.group) && !OPENS_GROUP.test(trimmed))) {
			roll = open(SANGIIN_ROLL.test(trimmed) ? '出席者' : trimmed);
			inAgenda = false;
			continue;
		}
		if (roll && !ENDS_GROUP.test(trimmed)) {
			readRollLine(line, roll, headerMember);
			continue;
		}
		roll = null;
		const block = lineBlock(line, at);
		if (block) info.blocks.push(block);
		const heading = trimmed.replace(SPEECH_MARK, '');
		// (`令和六年度一般会計予算` / `（文部科学省所管）`, `○…に関する調査` / `（「…」のうち、…取組）`: a bracket alone under an item
		// qualifies it, as a 分科会 prints its part of the budget and the 参議院 the part of a 調査 taken up.)
		const previous = info.agenda.at(-1);
		if (inAgenda && lastWasItem && previous !== undefined && QUALIFIER.test(heading)) {
			previous.title += heading;
			continue;
		}
		if (AGENDA_HEADING.test(heading) || SCHEDULE_HEADING.test(heading)) {
			inAgenda = true;
			inSchedule = SCHEDULE_HEADING.test(heading);
		} else if (inAgenda && block?.type === 'paragraph' && !DATE_ONLY.test(heading)) {
			const marked = heading !== trimmed;
			const last = info.agenda.at(-1);
			// `○良質かつ適切な医療を効率的に提供する体制の` / `　確保を推進するための…` / `　る法律案（内閣提出、衆議院送付）`: the
			// 参議院 marks each item and wraps it at a fixed width; a line without the mark under a marked item goes on with it.
			if (!marked && markedItems && last !== undefined && lastWasItem) {
				last.title += heading;
				continue;
			}
			// (`第一 地域交通の活性化に関する法律の一部を改` / `正する法律案（内閣提出、衆議院送付）`: the 議事日程 wraps its numbered items
			// at a fixed width too; a line without a number under an item that has not ended goes on with it.)
			if (!marked && last !== undefined && lastWasItem && lastNumbered && !ITEM_NUMBER.test(heading) && !ITEM_END.test(last.title)) {
				last.title += heading;
				continue;
			}
			const title = heading.replace(ITEM_NUMBER, '');
			// (`一、日程第一` under `本日の会議に付した案件`: the item of the 議事日程 above, named again; `議事日程のとおり`: all of them.)
			if ((info.agenda.length > 0 && ITEM_REFERENCE.test(matchForm(trimSpaces(title)))) || SAME_AS_AGENDA.test(replaceSpaceRuns(matchForm(trimSpaces(title)), ''))) {
				lastWasItem = false;
				continue;
			}
			markedItems ||= marked;
			lastWasItem = true;
			lastNumbered = ITEM_NUMBER.test(heading);
			if (!info.agenda.some((item) => item.title === title)) info.agenda.push({ number: info.agenda.length + 1, title });
			continue;
		}
		lastWasItem = false;
	}
	info.participants = info.participants.filter((candidate) => candidate.members.length > 0);
	return info;
}

/** The index of the line where a vote's count read by another (`〔事務総長報告〕` / `投票総数…`) or its list of names begins, or -1. */
function tallyStart(lines: readonly string[]): number {
	let before: string | null = null;
	for (const [index, line] of lines.entries()) {
		if (trimSpaces(line) === '') continue;
		if (opensTally(line, before)) return index;
		before = line;
	}
	return -1;
}

/**
 * The remark of one speech: label as written after the mark (else speaker + position), text by lines. A roll-call vote's
 * count and its lists of names that the API puts at the end of the chair's speech (`投票総数…`, `…を可とする議員の氏名` and
 * the names) are the record's, no one's words: `after` holds them as notes, to follow the remark.
 */
function readRemark(speech: NdlSpeech, id: string, at: number): { block: Extract<Block, { type: 'remark' }>; after: Block[]; index: RemarkIndex; end: string | null } {
	const lines = speechLines(speech.speech ?? '');
	const first = trimSpaces(lines[0] ?? '');
	const label = SPEECH_MARK.test(first) ? (SPEECH_LABEL.exec(first)?.groups?.['label'] ?? null) : null;
	if (label !== null) lines[0] = first.replace(SPEECH_LABEL, '');
	const speaker = label ?? (`${speech.speaker ?? ''}${speech.speakerPosition ?? ''}` || '発言者不明');
	const tally = tallyStart(lines);
	const said = tally < 0 ? lines : lines.slice(0, tally);
	// (A rule with no sentence after it ends the words: what the API puts there is the record's, the next part's heading,
	// `――――◇―――――` / `日程第一　…法律案（内閣提出）`, or a bill printed at the end, `…法律案` / `〔本号末尾に掲載〕`.)
	const rule = said.findIndex((line, index) => index > 0 && RULE.test(trimSpaces(line)) && said.slice(index + 1).every((next) => !SENTENCE_END.test(trimSpaces(next)) || DIRECTION.test(trimSpaces(next))));
	const ruled = rule < 0 ? said : said.slice(0, rule);
	// (So does the sitting's close or recess under the chair's last words, `午前十時二十分散会`, `午後零時三分休憩`: the record's, a note
	// after the remark as the printed minutes have it.)
	let close = ruled.length;
	while (close > 1 && (trimSpaces(ruled[close - 1] ?? '') === '' || readSittingTime(trimSpaces(ruled[close - 1] ?? ''))?.clock)) close -= 1;
	const spoken = ruled.slice(0, close);
	const children = spoken.map((line) => lineBlock(line, at)).filter((block): block is Block => block !== null);
	const after: Block[] = lines.slice(spoken.length).flatMap((line) => (trimSpaces(line) === '' ? [] : [{ type: 'note' as const, text: trimSpaces(line), line: at }]));
	const times = { start: null, end: null };
	for (const line of lines) readClock(trimSpaces(line), times);
	const block = { type: 'remark' as const, id, speaker, chat: false, line: at, children };
	const index: RemarkIndex = { id, speaker, section: 's1', chat: false, line: at, text: remarkText(block) };
	if (speech.speakerGroup !== null) index.speakerGroup = speech.speakerGroup;
	if (speech.speakerYomi !== null) index.speakerYomi = speech.speakerYomi;
	if (speech.speechURL !== null) index.officialUrl = speech.speechURL;
	return { block, after, index, end: times.end };
}

/**
 * The speakers of a meeting without its roll, one entry each in the order they first spoke: `国務大臣 高市 早苗`, of their 会派.
 * The API writes the name unspaced (`高市早苗`); the surname the label goes by (`○高市国務大臣`, `○森山（浩）委員`) marks off the
 * given name, as a roll spaces it.
 */
function speakersGroup(speeches: readonly NdlSpeech[], listed: readonly ParticipantGroup[]): ParticipantGroup {
	const members: Member[] = [];
	const rolled = new Set(listed.flatMap((group) => group.members.map((member) => rollNameKey(member.name))));
	for (const speech of speeches) {
		const name = speech.speaker === null ? null : spacedName(speech.speaker, speechLabel(speech));
		if (name === null || name === HEADER_SPEAKER || rolled.has(rollNameKey(name)) || members.some((member) => member.name === name)) continue;
		// (A member has no position in the API: the label's role, `委員`, says what they are; a 参考人's field is their
		// position, `参考人（東西大学教授）`, as the 衆議院's roll writes it.)
		const { speakerPosition: position, speakerRole: role } = speech;
		// (A position that only repeats the role, `参考人` of a 参考人, is the role: the title had been `参考人（参考人）`.)
		const title = position !== null && role !== null && position !== role && ATTENDING_ROLE.test(role) ? `${role}（${position}）` : (position ?? role ?? labelTitle(speechLabel(speech)));
		members.push({ text: [title, name].filter((part) => part !== null).join(' '), name, title, affiliation: speech.speakerGroup });
	}
	return { group: '発言者', members };
}

/** The label after the speech's mark (`高市国務大臣`), or null. */
function speechLabel(speech: NdlSpeech): string | null {
	const first = trimSpaces(speechLines(speech.speech ?? '')[0] ?? '');
	return SPEECH_MARK.test(first) ? (SPEECH_LABEL.exec(first)?.groups?.['label'] ?? null) : null;
}

/** The post or role a label gives (`委員` of `森山（浩）委員`, `国務大臣` of `国務大臣（武見敬三君）`), or null. */
function labelTitle(label: string | null): string | null {
	const title = label === null ? null : parseNameLabel(label).title;
	return title === '君' ? null : title;
}

/** The API's name with a space after the surname its label names (`高市早苗`, `高市国務大臣` → `高市 早苗`), else as written. */
function spacedName(speaker: string, label: string | null): string {
	const name = replaceSpaceRuns(trimSpaces(speaker), ' ');
	if (name.includes(' ') || label === null) return name;
	const surname = (parseNameLabel(label).name ?? '').replace(/[（(][^（）()]*[）)]$/u, '');
	return surname !== '' && surname !== name && name.startsWith(surname) ? `${surname} ${name.slice(surname.length)}` : name;
}

/** Titles: `第196回国会 衆議院 内閣委員会 第20号`, series `衆議院 内閣委員会`, sessionLabel `第196回国会 第20号`. */
function names(meeting: NdlMeeting): { title: string; series: string; sessionLabel: string | null } {
	// The Imperial Diet's sittings (帝国議会, before the constitution of 1947, as the NDL's 帝国議会会議録 API answers in the same
	// form): its sessions are 帝国議会's, and its houses' series are apart from today's.
	const imperial = meeting.date !== null && meeting.date < IMPERIAL_DIET_END;
	const diet = meeting.session === null ? null : `第${meeting.session}回${imperial ? '帝国議会' : '国会'}`;
	const kind = meeting.imageKind !== null && meeting.imageKind !== '会議録' ? `（${meeting.imageKind}）` : '';
	// A body of both houses (`nameOfHouse` `両院` or `両院協議会`) is filed under neither, as its printed minutes are: a 両院協議会
	// as `両院協議会` whatever it settles, a joint committee by its name (`国家基本政策委員会合同審査会`).
	const joint = meeting.nameOfMeeting !== null && (BOTH_HOUSES.test(meeting.nameOfHouse ?? '') || JOINT_BODY.test(meeting.nameOfMeeting));
	const body = joint && /両院協議会$/u.test(meeting.nameOfMeeting ?? '') ? '両院協議会' : meeting.nameOfMeeting;
	const house = (joint ? [body] : [meeting.nameOfHouse, body]).filter((part) => part !== null).join(' ');
	const series = imperial ? `帝国議会 ${house}` : house;
	// (A sitting after the session closed is numbered afresh, `閉会後第1号`, as the NDL's own pages title it: the session's
	// `第1号` is another sitting.)
	const issue = meeting.issue !== null && meeting.closing !== null && !meeting.issue.startsWith(meeting.closing) ? `${meeting.closing}${meeting.issue}` : meeting.issue;
	const title = `${[diet, house, issue].filter((part) => part !== null).join(' ')}${kind}`;
	const label = [diet, issue].filter((part) => part !== null).join(' ');
	return { title, series, sessionLabel: label === '' ? null : `${label}${kind}` };
}

/** Read one meeting into its result; `at` is the line of its `issueID` in the file. */
function readOneMeeting(meeting: NdlMeeting, locate: Locator, at: number, options: ParseOptions): ParseResult {
	const diagnostics: Diagnostic[] = [];
	const where = meeting.issueID === null ? '' : ` (issueID ${meeting.issueID})`;
	if (meeting.nameOfMeeting === null) {
		diagnostics.push(error('ndl-no-meeting-name', at, `the meeting${where} has no "nameOfMeeting": the record needs the committee's name, e.g. "内閣委員会"`));
	}
	if (meeting.date === null || !/^\d{4}-\d{2}-\d{2}$/.test(meeting.date)) {
		const written = meeting.date === null ? 'no "date"' : `"date" ${JSON.stringify(meeting.date)}`;
		diagnostics.push(error('ndl-no-date', locate.line('date', meeting.date, at), `the meeting${where} has ${written}: expected "date": "YYYY-MM-DD"`));
	}
	const speeches = [...meeting.speeches].sort((a, b) => a.order - b.order);
	if (withoutText(meeting)) {
		diagnostics.push(
			error('ndl-no-speech-text', at, `the meeting${where} lists speeches without their text (a meeting_list response): save the response of https://kokkai.ndl.go.jp/api/meeting?issueID=…&recordPacking=json instead`),
		);
	}
	if (diagnostics.some((d) => d.severity === 'error') || meeting.date === null || meeting.nameOfMeeting === null) return noRecord('ndl-json', [], diagnostics);

	const header = speeches.find((speech) => speech.order === 0 || speech.speaker === HEADER_SPEAKER) ?? null;
	const headerLine = header ? locate.line('speechID', header.speechID, at) : at;
	const info = header?.speech ? readHeader(header.speech, headerLine) : { participants: [], agenda: [], start: null, end: null, blocks: [] };
	const spoken = speeches.filter((speech) => speech !== header);
	// The rolls a 本会議's record prints after its close (`―――――◇―――――` / `出席国務大臣` / `内閣総理大臣　石田　誠治君` …):
	// the API puts them into the last speech; they are the meeting's participants, not the chair's words.
	const last = spoken.at(-1);
	const headerRolls = info.participants.length;
	const trailing = last?.speech ? (TRAILING_ROLLS.exec(last.speech) ?? TRAILING_SANGIIN_ROLL.exec(last.speech)) : null;
	if (last?.speech && trailing) {
		const tail = readHeader(last.speech.slice(trailing.index), locate.line('speechID', last.speechID, at));
		if (tail.participants.length > 0) {
			info.participants.push(...tail.participants);
			spoken[spoken.length - 1] = { ...last, speech: last.speech.slice(0, trailing.index) };
		}
	}
	// Without the 会議録情報 record (the speech endpoint's answer), or with one that prints no roll (a 本会議's), no roll says who
	// was there: those who spoke were, as the API names them (`speaker` in full, `speakerPosition`, `speakerGroup`), so their
	// labels (`森山（浩）委員`) find them; those the rolls after the close list (`出席国務大臣`) are left to them.
	if (header === null || headerRolls === 0) {
		const speakers = speakersGroup(spoken, info.participants);
		if (speakers.members.length > 0) info.participants.push(speakers);
	}
	if (spoken.length === 0) {
		diagnostics.push(warning('ndl-no-speeches', at, `the meeting${where} holds no speech besides the 会議録情報 record: the page will show its header only; save the meeting endpoint's response with its speechRecord`));
	}
	if (meeting.again === true) {
		diagnostics.push(warning('ndl-repeated', at, `the file holds the meeting${where} twice (answers saved one after another): it is kept once`));
	}
	if (meeting.repeated !== undefined) {
		diagnostics.push(warning('ndl-repeated', at, `the meeting${where} holds speech${meeting.repeated.length === 1 ? '' : 'es'} ${meeting.repeated.join(', ')} twice (pages of the answer saved overlapping): each is kept once`));
	}
	if (meeting.fromSpeeches) {
		const orders = spoken.map((speech) => speech.order);
		const gaps = orders.length > 0 && orders.some((order, i) => order !== (orders[0] ?? 1) + i);
		if (gaps || (orders[0] ?? 1) > 1) {
			diagnostics.push(
				warning(PARTIAL_MEETING, at, `the meeting${where} comes from the speech endpoint and holds only speeches ${orders.join(', ')}: save the meeting endpoint's response for the whole meeting`),
			);
		}
	}

	const remarks: RemarkIndex[] = [];
	const children: Block[] = [];
	let end = info.end;
	for (const speech of spoken) {
		const line = locate.line('speechID', speech.speechID, at);
		const read = readRemark(speech, `r${remarks.length + 1}`, line);
		if (read.block.children.length === 0) diagnostics.push(warning('empty-remark', line, `speech ${speech.order} by "${read.block.speaker}" has no text`));
		remarks.push(read.index);
		children.push(read.block, ...read.after);
		end = read.end ?? end;
	}

	const body: BodySection[] = [];
	const sections: Meeting['sections'] = [];
	if (info.blocks.length > 0) {
		body.push({ id: 's0', title: HEADER_SPEAKER, line: headerLine, children: info.blocks });
		sections.push({ id: 's0', title: HEADER_SPEAKER, line: headerLine });
	}
	const bodyLine = remarks[0]?.line ?? at;
	body.push({ id: 's1', title: '本文', line: bodyLine, children });
	sections.push({ id: 's1', title: '本文', line: bodyLine });
	const agenda: AgendaItem[] = info.agenda.map((item) => ({ ...item, section: 's1' }));

	const { title, series, sessionLabel } = names(meeting);
	const candidate = sittingRecord(options, {
		title,
		series,
		date: meeting.date,
		start: info.start,
		end,
		location: null,
		participants: info.participants,
		agenda,
		sections,
		remarks,
		sessionLabel: sessionLabel ?? undefined,
	});
	if (meeting.meetingURL !== null) candidate.officialUrl = meeting.meetingURL;
	if (meeting.pdfURL !== null) candidate.officialPdfUrl = meeting.pdfURL;
	return finishRecord('ndl-json', candidate, body, diagnostics, { title: at, series: at, date: at });
}

/** True when a meeting lists its speeches without their text, as the meeting_list endpoint answers. */
function withoutText(meeting: NdlMeeting): boolean {
	return meeting.speeches.length > 0 && meeting.speeches.every((speech) => speech.speech === null);
}

/**
 * The one error for a meeting_list answer of several meetings, every one of them without its speeches' text (one error a
 * meeting would say the same thing again and again), at its first meeting's line; null for any other answer.
 */
function listOnly(meetings: readonly NdlMeeting[], locate: Locator): Diagnostic | null {
	if (meetings.length < 2 || !meetings.every(withoutText)) return null;
	const ids = meetings.map((meeting) => meeting.issueID).filter((id) => id !== null);
	const shown = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} …` : ids.join(', ');
	const at = locate.line('issueID', meetings[0]?.issueID ?? null, 1);
	return error(
		'ndl-no-speech-text',
		at,
		`the file lists ${meetings.length} meetings${shown === '' ? '' : ` (issueID ${shown})`} with their speeches but without their text (a meeting_list response): save the response of https://kokkai.ndl.go.jp/api/meeting?issueID=…&recordPacking=json for each meeting instead`,
	);
}

/** Read an NDL API response (JSON, or the API's XML) into one result per meeting (never throws, never empty). */
export function readNdlJson(document: SourceDocument, options: ParseOptions): ParseResult[] {
	const source = document.text.replace(/^\uFEFF/u, '');
	const xml = XML_START.test(source);
	let root: Json;
	if (xml) {
		const parsed = parseNdlXml(source);
		if ('problem' in parsed) return [noRecord('ndl-json', [], [parsed.problem])];
		root = parsed.root;
	} else {
		try {
			root = JSON.parse(source) as Json;
		} catch (cause) {
			return [noRecord('ndl-json', [], [jsonError(source, cause)])];
		}
	}
	const response = unwrap(root);
	const result = SHAPES.reduce<Found | null>((done, shape) => done ?? shape(response), null);
	if (result === null) {
		const keys = object(root) ? Object.keys(object(root) ?? {}).slice(0, 6).map((key) => (xml ? `<${key}>` : `"${key}"`)).join(', ') : Array.isArray(root) ? 'a list' : typeof root;
		return [noRecord('ndl-json', [], [error('not-ndl-json', 1, `this ${xml ? 'XML' : 'JSON'} is not an NDL 国会会議録 API response (it has ${keys || 'nothing'}): expected ${EXPECTED}`)])];
	}
	if ('problem' in result) return [noRecord('ndl-json', [], [error(result.problem.code, 1, result.problem.message)])];
	const locate = new Locator(source, xml);
	const meetings = mergeRepeated(result.meetings);
	const listed = listOnly(meetings, locate);
	if (listed !== null) {
		const more = morePages(response);
		return [noRecord('ndl-json', [], more === null ? [listed] : [warning(MORE_PAGES, 1, more), listed])];
	}
	const results = meetings.map((meeting) => readOneMeeting(meeting, locate, locate.line('issueID', meeting.issueID, 1), options));
	// On the file's first line, where the response's envelope opens (its `nextRecordPosition` is a number, which the locator does not look for).
	const more = morePages(response);
	if (more !== null) {
		// A page of the meeting endpoint holds each of its meetings with all their speeches; a page of speeches may end inside its last meeting.
		const speeches = meetings.some((meeting) => meeting.fromSpeeches);
		results[0]?.diagnostics.unshift(warning(speeches ? PARTIAL_MEETING : MORE_PAGES, 1, more));
		const [last, lastMeeting] = [results.at(-1), meetings.at(-1)];
		if (speeches && results.length > 1 && last && lastMeeting) {
			const at = locate.line('issueID', lastMeeting.issueID, 1);
			last.diagnostics.push(warning(PARTIAL_MEETING, at, `the meeting${lastMeeting.issueID === null ? '' : ` (issueID ${lastMeeting.issueID})`} ends this page of speeches and may lack those on the next page: save the meeting endpoint's response for it`));
		}
	}
	return results;
}

/** The start of an XML document: a declaration, or a first element (after a byte order mark and spaces). */
export const XML_START = /^\uFEFF?\s*<(?:\?xml\b|[A-Za-z][\w.-]*[\s>/])/u;
/** The elements an NDL API answer in XML opens with (its envelope, or a record). */
const NDL_XML_ELEMENT = /<(?:numberOfRecords|meetingRecord|speechRecord|recordData)>/u;
/** A document type declaration: entities the API never writes, and that a hostile file could expand without end. */
const DOCTYPE = /<!DOCTYPE/iu;
/** The XML validator's complaint about the elements still open where the text ends: `Invalid '[ "data", … ]' found.` */
const UNCLOSED_AT_END = /^Invalid '\[/u;

/**
 * The API's XML answer (its default, `recordPacking=xml`) as the JSON value its JSON answer would be: one element a key,
 * repeated elements a list, every value a string (the reader takes numbers written as strings, single objects for lists,
 * and empty values as absent, as conversions of the XML to JSON give them). Checked first, so a broken file gets its line.
 */
function parseNdlXml(source: string): { root: Json } | { problem: Diagnostic } {
	const doctype = DOCTYPE.exec(source);
	if (doctype) {
		const line = lineIndex(source)(doctype.index);
		return { problem: error('bad-xml', line, 'the XML declares a document type (<!DOCTYPE …>), which no NDL API answer has: save the API response again') };
	}
	const valid = XMLValidator.validate(source);
	if (valid !== true) {
		const { code, line, col, msg } = valid.err;
		// (A text cut off before its end leaves elements open, which the validator names at line 1 (`Invalid '["data",
		// "meetingRecord", "speechRecord", "speech"]' found`), or leaves a tag unfinished on its last line: the download was cut.)
		const last = source.trimEnd().split(/\r\n|\r|\n/u);
		if ((code === 'InvalidXml' && UNCLOSED_AT_END.test(msg)) || (line === last.length && col > (last.at(-1) ?? '').length)) {
			return { problem: error('bad-xml', last.length, 'the XML stops before its end (the download was cut off, or the file saved before it finished): save the API response again') };
		}
		return { problem: error('bad-xml', line, `the XML is broken at column ${col}: ${msg.replace(/\.$/u, '')}; save the API response again or repair the file`) };
	}
	const parser = new XMLParser({ ignoreAttributes: true, ignoreDeclaration: true, ignorePiTags: true, parseTagValue: false, trimValues: true, processEntities: true, htmlEntities: false });
	return { root: parser.parse(source) as Json };
}

/**
 * The warning for a response that is one page of a longer answer (`nextRecordPosition` set): the next page's records
 * are not in the file, so its last meeting may lack speeches (speech endpoint) and other meetings are missing.
 */
function morePages(response: Json): string | null {
	const top = object(response);
	const next = top ? number(top['nextRecordPosition'] ?? null) : null;
	if (!top || next === null) return null;
	const total = number(top['numberOfRecords'] ?? null);
	const speeches = 'speechRecord' in top;
	return `this response is one page of ${total === null ? 'a longer answer' : `${total} records`} (its "nextRecordPosition" is ${next}): the records from ${next} on are not in the file${speeches ? ', so its last meeting may lack speeches' : ''}; save every page (add &startRecord=${next} … to the request) in this one file as a JSON list of the pages ([page1, page2, …]), or the meeting endpoint's response for each meeting`;
}

/** A JSON document: its first character (after a BOM and spaces) opens an object, or a list of objects. */
const JSON_START = /^\uFEFF?\s*(?:\{\s*["}]|\[\s*[{\]])/u;

/** The API's error answer in XML: `<data><message>…</message><details><detail>…</detail></details></data>`. */
const NDL_XML_ERROR = /^\s*(?:<\?xml[^>]*\?>\s*)?<data>\s*<message>/u;

/** True when a text is the NDL API's answer in XML: an XML document whose first elements are the answer's, or its error answer. */
export function isNdlXml(text: string): boolean {
	const start = text.replace(/^\uFEFF/u, '').slice(0, 4096);
	return XML_START.test(start) && (NDL_XML_ELEMENT.test(start) || NDL_XML_ERROR.test(start));
}

/** NDL API responses saved as JSON (or as the API's XML). */
export const ndlJsonReader: Reader = {
	family: 'ndl-json',
	recognize: (document) => JSON_START.test(document.text.slice(0, 256)) || isNdlXml(document.text),
	read: readNdlJson,
};
