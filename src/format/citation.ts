/**
 * Citations of one remark, Japanese style and BibTeX: built into every meeting page and, for
 * BibTeX and the reader's 閲覧日, again in the browser (src/browser/meeting-page.ts) from the same functions.
 */
import { formatJapaneseDate } from './western-date.ts';
import { sessionLabel } from './labels.ts';

/** What a citation of one remark needs. */
export interface CitationInput {
	speaker: string;
	/** Remark text; only its opening is quoted. */
	text: string;
	/** Body and session, e.g. `サイバーセキュリティタスクフォース 第42回` */
	meeting: string;
	/** 議事要旨, 議事録, 資料… */
	kind: string;
	/** Document title as written. */
	title: string;
	/** `YYYY-MM-DD` meeting date. */
	date: string;
	/** Absolute permalink of the remark. */
	url: string;
	/** `YYYY-MM-DD` day the reader accessed the page. */
	accessed: string;
	/** Citation key, ASCII. */
	key: string;
	/** The speaker's name when the archive knows the person (`小山 健`, or a surname `小山`); the label stands in otherwise. */
	author?: string | undefined;
	/** The quoted opening when already cut (the browser passes the page's quote), so it is not cut twice. */
	quote?: string | undefined;
}

/** Characters a sentence ends with: a quote may stop after them without an ellipsis. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
/** Characters a clause or a bracketed phrase ends with: a quote may stop after them, with an ellipsis. */
const CLAUSE_END = new Set(['、', '，', ',', '」', '』', '）', ')', '】', '〉', '》', ...SENTENCE_END]);

/** Where the quote of `chars` may end (an index just after a boundary character), preferring the last one at or before `max`. */
function clauseCut(chars: readonly string[], max: number): number | null {
	const earliest = Math.floor(max * 0.4);
	for (let end = max; end >= earliest; end--) if (CLAUSE_END.has(chars[end - 1] ?? '')) return end;
	const latest = Math.min(chars.length - 1, Math.ceil(max * 1.25));
	for (let end = max + 1; end <= latest; end++) if (CLAUSE_END.has(chars[end - 1] ?? '')) return end;
	return null;
}

/** The last word boundary at or before `max` characters (Japanese words as the Intl segmenter sees them), or `max`. */
function wordCut(flat: string, max: number): number {
	let cut = 0;
	let count = 0;
	for (const { segment } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(flat)) {
		const length = [...segment].length;
		if (count + length > max) break;
		count += length;
		cut = count;
	}
	return cut > 0 ? cut : max;
}

/**
 * The opening of a remark for quoting: its first sentence when that fits in `max` characters, else up to
 * a clause boundary (。、！？ or a closing bracket) near `max`, else up to the last whole word; … when cut.
 */
export function quoteOpening(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const chars = [...flat];
	const end = flat.indexOf('。');
	if (end >= 0 && [...flat.slice(0, end + 1)].length <= max) return flat.slice(0, end + 1);
	if (chars.length <= max) return flat;
	const cut = clauseCut(chars, max) ?? wordCut(flat, max);
	const quoted = chars.slice(0, cut).join('');
	if (SENTENCE_END.has(chars[cut - 1] ?? '')) return quoted;
	return `${quoted.trimEnd().replace(/[、，,]$/u, '')}…`;
}

/** Characters of a remark a person's page quotes at most. */
export const REMARK_OPENING_LENGTH = 80;

/**
 * How a person's page lists a remark: its opening, whole sentences as far as they fit in `REMARK_OPENING_LENGTH` characters, else
 * cut as `quoteOpening` cuts (a first sentence alone, `お答えいたします。`, had made an official's every answer read alike).
 */
export function remarkOpening(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const chars = [...flat];
	if (chars.length <= REMARK_OPENING_LENGTH) return flat;
	const end = chars.lastIndexOf('。', REMARK_OPENING_LENGTH - 1) + 1;
	if (end >= REMARK_OPENING_LENGTH / 2) return chars.slice(0, end).join('');
	const cut = clauseCut(chars, REMARK_OPENING_LENGTH) ?? wordCut(flat, REMARK_OPENING_LENGTH);
	const quoted = chars.slice(0, cut).join('');
	if (SENTENCE_END.has(chars[cut - 1] ?? '')) return quoted;
	return `${quoted.trimEnd().replace(/[、，,]$/u, '')}…`;
}

/**
 * A person's name as a BibTeX author: `小山, 健` (family, given: BibTeX would read `小山 健` as given name
 * 小山) for a name written with one space, `小山` for one word, else the name braced as one unit.
 */
export function bibtexAuthor(name: string): string {
	const parts = name.trim().split(/[ \u3000]+/u);
	if (parts.length === 1) return escapeBibtex(parts[0]!);
	if (parts.length === 2) return `${escapeBibtex(parts[0]!)}, ${escapeBibtex(parts[1]!)}`;
	return `{${escapeBibtex(parts.join(' '))}}`;
}

/** Japanese-style citation: 発言者「…」、会議名 第N回 議事要旨、日付、URL（閲覧日：…）. */
export function japaneseCitation(c: CitationInput): string {
	return `${c.speaker}「${c.quote ?? quoteOpening(c.text)}」、${c.meeting} ${c.kind}、${formatJapaneseDate(c.date)}、${c.url}（${accessedPart(c.accessed)}）`;
}

/** Escapes text for a BibTeX field: braces, backslashes and the characters LaTeX treats specially. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}%&$#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '^': '\\^{}', '~': '\\~{}' })[c] ?? `\\${c}`);
}

/** BibTeX `@misc` entry for a remark (biblatex-style `urldate`, plus `howpublished` for plain BibTeX); the author is the person's name, else the label. */
export function bibtexCitation(c: CitationInput): string {
	const fields: [string, string][] = [
		['author', c.author ? bibtexAuthor(c.author) : `{${escapeBibtex(c.speaker)}}`],
		['title', `${escapeBibtex(c.speaker)}「${escapeBibtex(c.quote ?? quoteOpening(c.text))}」`],
		['booktitle', escapeBibtex(`${c.meeting} ${c.kind}`)],
		['note', escapeBibtex(`${c.title}、${formatJapaneseDate(c.date)}`)],
		['date', c.date],
		['year', c.date.slice(0, 4)],
		['url', c.url],
		['howpublished', `\\url{${c.url}}`],
		['urldate', c.accessed],
		['language', 'japanese'],
	];
	return `@misc{${c.key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/** What of a meeting a citation names. */
export interface CitedMeeting {
	series: string;
	session: number | null;
	kind: 'minutes' | 'document' | string;
	title: string;
}

/** Body and session as cited: `サイバーセキュリティタスクフォース 第42回`. */
export function citedMeeting(meeting: CitedMeeting): string {
	return [meeting.series, sessionLabel(meeting.session)].filter(Boolean).join(' ');
}

/** Today in Japan time (`YYYY-MM-DD`): the 閲覧日 a page is built with; the page script puts in the reader's day. */
export function citationDay(now = Date.now()): string {
	return new Date(now + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The reader's day in their own time zone (`YYYY-MM-DD`), the 閲覧日 the browser puts into citations. */
export function localDay(now = new Date()): string {
	return [now.getFullYear(), String(now.getMonth() + 1).padStart(2, '0'), String(now.getDate()).padStart(2, '0')].join('-');
}

/** The 閲覧日 part of a Japanese citation (`閲覧日：2023年2月1日`), so the browser can swap the build day for the reader's. */
export function accessedPart(day: string): string {
	return `閲覧日：${formatJapaneseDate(day)}`;
}

/** The quoted opening inside a Japanese citation of `speaker` (what `japaneseCitation` put between 「 and 」、meeting kind、), or ''. */
export function quotedIn(citation: string, speaker: string, meetingAndKind: string): string {
	const start = speaker.length + 1;
	const end = citation.lastIndexOf(`」、${meetingAndKind}、`);
	return end >= start ? citation.slice(start, end) : '';
}
