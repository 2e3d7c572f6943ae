/**
 * The short labels pages, feeds, cards and citations name a meeting with: `第42回`, the kind
 * (議事要旨, 会議録 … or 資料), the session or, for a meeting without a number, its date, and the sessions a series lacks.
 */
import { formatJapaneseDate, formatWesternDate } from './western-date.ts';

/** A document kind as the schema writes it. */
export type DocumentKind = 'minutes' | 'document' | string;

/** Short session label: `第42回`, or '' for documents without a session. */
export function sessionLabel(session: number | null): string {
	return session === null ? '' : `第${session}回`;
}

/** The words a minutes' title names its kind with, the summaries' and the verbatim records'. */
const KIND_IN_TITLE = /議事要旨|議事概要|議事要録|会議録|議事録|速記録|委員会記録|会議記録/u;

/**
 * Label of a meeting's document: 資料 for a document that is no minutes; for minutes the kind its title names (議事要旨,
 * 議事概要, 会議録, 議事録, 速記録; a committee's 記録 and 要点筆記 as 会議録 or 要点筆記), else 会議録 for the Diet's and
 * assemblies' records (国会, 議会 in the title or series) and 議事録 for any other.
 */
export function kindLabel(meeting: { kind: DocumentKind; title: string; series?: string }): string {
	if (meeting.kind !== 'minutes') return '資料';
	if (/要点筆記|要点記録/u.test(meeting.title)) return '要点筆記';
	const named = KIND_IN_TITLE.exec(meeting.title)?.[0];
	if (named === '委員会記録' || named === '会議記録') return '会議録';
	if (named) return named;
	return /国会|議会/u.test(`${meeting.title} ${meeting.series ?? ''}`) ? '会議録' : '議事録';
}

/** A meeting within its series: `第N回`, or the date (`2023年2月1日（水）`) for a meeting without a session number. */
export function sessionOrDate(meeting: { session: number | null; date: string }): string {
	return sessionLabel(meeting.session) || formatWesternDate(meeting.date);
}

/** What a previous/next link names before its date: `第41回`, a document without a session by its title, or '' when untitled. */
export function neighbourName(meeting: { session: number | null; title: string }): string {
	return meeting.session !== null ? sessionLabel(meeting.session) : meeting.title.trim();
}

/** What a previous/next link names: `第41回（2022年12月1日）`, or a document without a session by its title (`資料（2019年12月5日）` when untitled). */
export function neighbourLabel(meeting: { session: number | null; date: string; title: string }): string {
	const day = formatJapaneseDate(meeting.date);
	const name = neighbourName(meeting);
	return name ? `${name}（${day}）` : day;
}

/** Sessions missing between two held ones: `第6〜14回 未収録`, `第6回 未収録`, or '' when they follow each other. */
export function missingSessionsLabel(before: number, after: number): string {
	const first = before + 1;
	const last = after - 1;
	if (last < first) return '';
	return first === last ? `第${first}回 未収録` : `第${first}〜${last}回 未収録`;
}

/** Heading of a meeting page's contents: 議題 when the agenda is known, 目次 when only section titles are, else ''. */
export function tocLabel(meeting: { agenda: readonly unknown[]; sections: readonly { title: string | null }[] }): string {
	if (meeting.agenda.length > 0) return '議題';
	return meeting.sections.some((section) => section.title) ? '目次' : '';
}

/** For a list of meetings' sessions in order, the gap label to show before each (by index) where sessions are missing. */
export function sessionGaps(sessions: readonly (number | null)[]): Map<number, string> {
	const gaps = new Map<number, string>();
	let last: number | null = null;
	sessions.forEach((session, index) => {
		if (session === null) return;
		const label = last === null ? '' : missingSessionsLabel(last, session);
		if (label) gaps.set(index, label);
		last = last === null ? session : Math.max(last, session);
	});
	return gaps;
}

/** The kinds of a list of meetings' documents, each once in order of first appearance: `['議事要旨', '資料']`. */
export function kindLabels(meetings: readonly { data: { kind: DocumentKind; title: string; series?: string } }[]): string[] {
	return [...new Set(meetings.map((meeting) => kindLabel(meeting.data)))];
}

/** A member's seat at the start of a roll's entry, in full-width digits, and the gap after it: `１０番　　`. */
const FULL_WIDTH_SEAT = /^(?<seat>[０-９]{1,3})番[ \u3000]+/u;

/** A member's seat at the start of a roll's entry, in any digits: `１番　秋元　聡君`, `12番 …`. */
const SEAT_ENTRY = /^[0-9０-９]{1,3}番[ \u3000]/u;

/**
 * A roll's entry as a page shows it: each gap the roll pads its columns with (two spaces or more, `市長　　　　　　北村　博之君`)
 * one space (`市長　北村　博之君`; full-width where the gap was), the space inside a name kept; a seat in full-width digits in
 * the page's digits and narrow spaces (`１番　　秋元　　聡君` as `1番 秋元 聡君`, three letters narrower).
 */
export function rollEntryLabel(text: string): string {
	const unpadded = text.replace(/[ \u3000]{2,}/gu, (gap) => (gap.includes('\u3000') ? '\u3000' : ' '));
	if (!FULL_WIDTH_SEAT.test(unpadded)) return unpadded;
	return unpadded.replace(FULL_WIDTH_SEAT, (_whole, seat: string) => `${seat.normalize('NFKC')}番 `).replaceAll('\u3000', ' ');
}

/** Whether every entry of a roll's group is a member named by their seat (`１番　秋元　聡君`): the page sets them in columns. */
export function isSeatRoll(entries: readonly string[]): boolean {
	return entries.length > 1 && entries.every((entry) => SEAT_ENTRY.test(entry));
}

/** The width of a text in letters: a full-width letter one, a half-width one (digits, Latin letters) half. */
function letterWidth(text: string): number {
	return [...text].reduce((width, letter) => width + (/[\x21-\x7e]/u.test(letter) ? 0.5 : 1), 0);
}

/** Letters of a word that fit a column of members listed by seat (global.css: 8.6em; a seat's digits count half). */
const SEAT_COLUMN = 8;

/**
 * Whether a seat's entry holds a word longer than its column (`2番 アレクサンドロヴィッチ ミハイル君`): the page gives it the
 * whole row, where the word had been broken inside (「アレクサンドロヴィ / ッチ」 on a 320 px phone).
 */
export function isWideSeatEntry(label: string): boolean {
	return label.split(/[ \u3000]+/u).some((word) => letterWidth(word) > SEAT_COLUMN);
}

/** Letters of a name that fit the names' column of a series' attendance table on a phone (AttendanceMatrix.astro: 7em). */
const NAME_COLUMN = 7;

/**
 * Whether a person's name is wider than the names' column of an attendance table on a phone (`アレクサンドロヴィッチ ミハイル`):
 * it breaks there, where on one line it had made the column stuck at the left 263 px of a 320 px phone's 288, the meetings hidden.
 */
export function isLongName(name: string): boolean {
	return letterWidth(name) > NAME_COLUMN;
}

/** Letters of agenda a meeting's description quotes at most (a shared link's preview shows some 80–120 letters of it). */
const DESCRIPTION_AGENDA = 60;

/**
 * A meeting page's description, what a shared link's preview says under the title: body, session and date, the kind, the
 * agenda's titles (as many whole ones as fit in 60 letters, else the first cut with …) and the number of remarks.
 */
export function meetingDescription(meeting: { series: string; session: number | null; date: string; kind: DocumentKind; title: string; agenda: readonly { title: string }[]; remarks: number }): string {
	const session = sessionLabel(meeting.session);
	const titles = meeting.agenda.map((item) => item.title);
	let agenda = '';
	for (const title of titles) {
		const joined = agenda ? `${agenda}、${title}` : title;
		if ([...joined].length > DESCRIPTION_AGENDA) break;
		agenda = joined;
	}
	if (titles.length > 0 && agenda === '') agenda = `${[...titles[0]!].slice(0, DESCRIPTION_AGENDA - 1).join('')}…`;
	else if (agenda !== titles.join('、')) agenda += ' ほか';
	return `${meeting.series}${session ? ` ${session}` : ''}（${formatWesternDate(meeting.date)}）の${kindLabel(meeting)}。${agenda ? `議題：${agenda}。` : ''}発言 ${meeting.remarks} 件。`;
}

