import type { Meeting } from '../schemas/meeting.ts';

/** Entry ids are ASCII slugs: they name the MDX file, the collection entry and the page URL. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The number of the sitting in a session label, its last number (`第196回国会 第20号` → 20), or null. */
function sittingNumber(sessionLabel: string | undefined): number | null {
	const last = /(\d+)\D*$/u.exec((sessionLabel ?? '').normalize('NFKC'));
	return last ? Number(last[1]) : null;
}

/**
 * The collection entry id of a meeting: `<seriesSlug>-<session, 3 digits>` when it has a session
 * number (`cybersecurity-task-force-042`); else `<seriesSlug>-<YYYY-MM-DD>`, followed by the sitting's
 * number when a session label gives one (the Diet's `第196回国会 第20号` → `…-2018-05-30-20`), so two
 * sittings of one body on one day get distinct ids.
 */
export function entryId(meeting: Pick<Meeting, 'seriesSlug' | 'session' | 'date' | 'sessionLabel'>): string {
	if (meeting.session !== null) return `${meeting.seriesSlug}-${String(meeting.session).padStart(3, '0')}`;
	const sitting = sittingNumber(meeting.sessionLabel);
	return sitting === null ? `${meeting.seriesSlug}-${meeting.date}` : `${meeting.seriesSlug}-${meeting.date}-${sitting}`;
}
