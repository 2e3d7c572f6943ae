import type { Meeting } from '../schemas/meeting.ts';
import { NUMERAL_SOURCE, parseNumeral } from '../parser/numerals.ts';

/** Entry ids are ASCII slugs: they name the MDX file, the collection entry and the page URL. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `第19号`, `第十九号` in a session label. */
const ISSUE = new RegExp(`第(${NUMERAL_SOURCE})号`, 'u');
/** `(その1)`, `（その２）`, `その二` after the 号. */
const PART = new RegExp(`その(${NUMERAL_SOURCE})`, 'u');

/** The last number of a label (`令和6年第4回定例会 第2日` → 2), or null. */
function lastNumber(label: string): number | null {
	const last = /(\d+)\D*$/u.exec(label);
	return last ? Number(last[1]) : null;
}

/**
 * The sitting of a session label as id parts: the 号 and the part of it (`第196回国会 第19号(その1)` →
 * `19-1`), else the label's last number (`第196回国会 第20号` → `20`, `第4回定例会 第2日` → `2`), or null.
 */
function sittingPart(sessionLabel: string | undefined): string | null {
	const label = (sessionLabel ?? '').normalize('NFKC');
	const issue = ISSUE.exec(label);
	const go = issue ? parseNumeral(issue[1] ?? '') : null;
	const partMatch = PART.exec(label);
	const part = partMatch ? parseNumeral(partMatch[1] ?? '') : null;
	const sitting = go ?? lastNumber(label.slice(0, partMatch?.index ?? label.length));
	if (sitting === null) return part === null ? null : `0-${part}`;
	return part === null ? String(sitting) : `${sitting}-${part}`;
}

/**
 * The collection entry id of a meeting: `<seriesSlug>-<session, 3 digits>` when it has a session
 * number (`cybersecurity-task-force-042`); else `<seriesSlug>-<YYYY-MM-DD>`, followed by the sitting's
 * number when a session label gives one (the Diet's `第196回国会 第20号` → `…-2018-05-30-20`, its
 * `第19号(その1)` → `…-2018-05-30-19-1`), so two sittings of one body on one day get distinct ids.
 */
export function entryId(meeting: Pick<Meeting, 'seriesSlug' | 'session' | 'date' | 'sessionLabel'>): string {
	if (meeting.session !== null) return `${meeting.seriesSlug}-${String(meeting.session).padStart(3, '0')}`;
	const sitting = sittingPart(meeting.sessionLabel);
	return sitting === null ? `${meeting.seriesSlug}-${meeting.date}` : `${meeting.seriesSlug}-${meeting.date}-${sitting}`;
}
