import type { Meeting } from '../schemas/meeting.ts';

/** Entry ids are ASCII slugs: they name the MDX file, the collection entry and the page URL. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The collection entry id of a meeting: `<seriesSlug>-<session, 3 digits>` when it
 * has a session number (`cybersecurity-task-force-042`), else `<seriesSlug>-<YYYY-MM-DD>`.
 */
export function entryId(meeting: Pick<Meeting, 'seriesSlug' | 'session' | 'date'>): string {
	const suffix = meeting.session === null ? meeting.date : String(meeting.session).padStart(3, '0');
	return `${meeting.seriesSlug}-${suffix}`;
}
