/**
 * The short labels pages, feeds, cards and citations name a meeting with: `第42回`, the kind
 * (議事要旨 / 資料), and the session or, for a meeting without a number, its date.
 */
import { formatWesternDate } from './western-date.ts';

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
