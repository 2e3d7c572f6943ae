/**
 * The short labels pages, feeds, cards and citations name a meeting with: `第42回`, the kind
 * (議事要旨 / 資料), the session or, for a meeting without a number, its date, and the sessions a series lacks.
 */
import { formatJapaneseDate, formatWesternDate } from './western-date.ts';

/** A document kind as the schema writes it. */
export type DocumentKind = 'minutes' | 'document' | string;

/** Short session label: `第42回`, or '' for documents without a session. */
export function sessionLabel(session: number | null): string {
	return session === null ? '' : `第${session}回`;
}

/** Label of a document kind: 議事要旨 for minutes, 資料 for other documents. */
export function kindLabel(kind: DocumentKind): string {
	return kind === 'minutes' ? '議事要旨' : '資料';
}

/** A meeting within its series: `第N回`, or the date (`2023年2月1日（水）`) for a meeting without a session number. */
export function sessionOrDate(meeting: { session: number | null; date: string }): string {
	return sessionLabel(meeting.session) || formatWesternDate(meeting.date);
}

/** What a previous/next link names: `第41回（2022年12月1日）`, or a document without a session by its title (`資料（2019年12月5日）` when untitled). */
export function neighbourLabel(meeting: { session: number | null; date: string; title: string }): string {
	const day = formatJapaneseDate(meeting.date);
	if (meeting.session !== null) return `${sessionLabel(meeting.session)}（${day}）`;
	return meeting.title.trim() ? `${meeting.title.trim()}（${day}）` : day;
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
