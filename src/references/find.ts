/**
 * Finding references in minutes text: meetings (`サイバーセキュリティタスクフォース第28回`,
 * `分科会第7回`, `第29回で議論した`, `前回`) and handouts (`資料 42-1-1`, `資料4－4の7スライド目`,
 * `参考資料 2`). Offsets are into the original text; matching runs on its NFKC form.
 * Pure: no file system, no Astro.
 */
import { matchFormWithMap, replaceSpaceRuns } from '../parser/normalize.ts';
import { parseNumeral } from '../parser/numerals.ts';

/** A reference to a meeting, as found. */
export interface MeetingReference {
	type: 'meeting';
	start: number;
	end: number;
	/** The series as written (`ICT サイバーセキュリティ政策分科会`, `分科会`), or null for "this series". */
	series: string | null;
	/** Session number, or null for 前回. */
	session: number | null;
	/** True for 前回 (the previous meeting of the series). */
	previous: boolean;
}

/** A reference to a handout of the same meeting, as found. */
export interface HandoutReference {
	type: 'handout';
	start: number;
	end: number;
	/** Comparable handout id: `資料42-1-1`, `参考資料2`. */
	handout: string;
}

/** Either kind of reference. */
export type FoundReference = MeetingReference | HandoutReference;

/** Words that end the name of a body; a name ending so before 第N回 names a series even when unknown. */
const BODY_ENDINGS = '分科会|タスクフォース|部会|委員会|研究会|検討会|懇談会|審議会|協議会|ワーキンググループ|WG|会議';
const NUMBER = '[0-9]+|[〇一二三四五六七八九十百]+';
/** What may follow a bare 第N回 for it to mean a meeting (で, の, 会合, 議事要旨, punctuation, end). */
const BARE_FOLLOWERS = /^(?:$|[でのにはもとをへ、。,.)）」』\s]|会合|会議|議事|資料|まで|から|目)/u;

/** Comparable handout id: NFKC, no spaces, dashes unified: `資料 42－1－1` → `資料42-1-1`. */
export function handoutKey(id: string): string {
	return id
		.normalize('NFKC')
		.replace(/\s+/gu, '')
		.replace(/[‐‑‒–—―−ー－]/gu, '-');
}

/** Escape a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a series name that tolerates spaces between its characters. */
function seriesPattern(name: string): string {
	return [...name.normalize('NFKC').replace(/\s+/gu, '')].map(escapeRegExp).join('\\s*');
}

const patterns = new Map<string, RegExp>();

/** The meeting-reference pattern for the series names of an archive, compiled once per set of names. */
function meetingPattern(seriesNames: readonly string[]): RegExp {
	const key = seriesNames.join('\u0000');
	let pattern = patterns.get(key);
	if (!pattern) {
		pattern = compileMeetingPattern(seriesNames);
		patterns.set(key, pattern);
	}
	return pattern;
}

/** Build the meeting-reference pattern for the series names of an archive (longest names first). */
function compileMeetingPattern(seriesNames: readonly string[]): RegExp {
	const names = [...new Set(seriesNames.map(seriesPattern))].sort((a, b) => b.length - a.length);
	const generic = `[\\p{Script=Han}\\p{Script=Katakana}ー・A-Za-z0-9]*?(?:${BODY_ENDINGS})`;
	const series = names.length > 0 ? `${names.join('|')}|${generic}` : generic;
	return new RegExp(`(?:(?<series>${series})\\s*[(（]?\\s*)?第\\s*(?<n>${NUMBER})\\s*回|(?<prev>前回)(?!答)`, 'gu');
}

const HANDOUT = /(?<id>(?:参考)?資料)\s*(?<num>[0-9]+(?:\s*[-‐‑‒–—―−ー－]\s*[0-9]+)*)/gu;

/** Every meeting and handout reference in a text, in order, not overlapping. */
export function findReferences(text: string, seriesNames: readonly string[]): FoundReference[] {
	const mapped = matchFormWithMap(text);
	const norm = mapped.text;
	const at = (index: number): number => mapped.map[index] ?? text.length;
	const found: FoundReference[] = [];
	for (const match of norm.matchAll(meetingPattern(seriesNames))) {
		const start = match.index;
		const end = start + match[0].length;
		const groups = match.groups ?? {};
		if (groups['prev']) {
			found.push({ type: 'meeting', start: at(start), end: at(end), series: null, session: null, previous: true });
			continue;
		}
		const session = parseNumeral(groups['n'] ?? '');
		if (session === null || session <= 0) continue;
		const series = groups['series'] ?? null;
		// A bare 第N回 counts only where a meeting is meant (第3回調査 is not one).
		if (series === null && !BARE_FOLLOWERS.test(norm.slice(end))) continue;
		const closing = series !== null && /^\s*[)）]/u.exec(norm.slice(end));
		const fullEnd = closing ? end + closing[0].length : end;
		found.push({ type: 'meeting', start: at(start), end: at(fullEnd), series: series ? originalSeries(series) : null, session, previous: false });
	}
	for (const match of norm.matchAll(HANDOUT)) {
		const start = match.index;
		const end = start + match[0].length;
		if (found.some((ref) => ref.start < at(end) && at(start) < ref.end)) continue;
		found.push({ type: 'handout', start: at(start), end: at(end), handout: handoutKey(`${match.groups?.['id']}${match.groups?.['num']}`) });
	}
	return found.sort((a, b) => a.start - b.start);
}

/** A series name as matched (NFKC), spaces dropped: the form resolution compares. */
function originalSeries(series: string): string {
	return replaceSpaceRuns(series, '');
}
