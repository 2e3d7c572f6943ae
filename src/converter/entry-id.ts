import type { Meeting } from '../schemas/meeting.ts';
import { ERAS, eraToWestern } from '../parser/date.ts';
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
 * A fiscal year, a year or a term written just before the session in the title (`（令和5年度第4回）`, `2023年度 第1回`,
 * `令和６年第３回…選挙管理委員会定例会`, `第12期第3回`, `（第12期）（第3回）`): bodies that number their sittings afresh each year or term say which one the number is of.
 */
const PERIOD_BEFORE_SESSION = new RegExp(
	`(?:(?<era>${ERAS.map((era) => era.name).join('|')})\\s*(?<eraYear>元|${NUMERAL_SOURCE})\\s*年(?<fiscal>度)?|(?<year>[0-9]{4})\\s*年(?<westernFiscal>度)?|第\\s*(?<term>${NUMERAL_SOURCE})\\s*期)\\s*[)）]?\\s*[(（]?\\s*第\\s*(?<n>${NUMERAL_SOURCE})\\s*回`,
	'gu',
);

/** The period of the title's session as an id part: `fy2023` (令和5年度, 2023年度), `y2024` (令和6年), `t12` (第12期), or null. */
function periodPart(title: string | undefined, session: number): string | null {
	for (const match of (title ?? '').normalize('NFKC').matchAll(PERIOD_BEFORE_SESSION)) {
		const { era, eraYear, year, term, n, fiscal, westernFiscal } = match.groups ?? {};
		if (parseNumeral(n ?? '') !== session) continue;
		if (term !== undefined) {
			const number = parseNumeral(term);
			return number === null || number <= 0 ? null : `t${number}`;
		}
		if (year !== undefined) return `${westernFiscal === undefined ? 'y' : 'fy'}${year}`;
		const within = eraYear === '元' ? 1 : parseNumeral(eraYear ?? '');
		const western = within === null || within <= 0 ? null : eraToWestern(era ?? '', within);
		return western === null ? null : `${fiscal === undefined ? 'y' : 'fy'}${western}`;
	}
	return null;
}

/**
 * The collection entry id of a meeting: `<seriesSlug>-<session, 3 digits>` when it has a session
 * number (`cybersecurity-task-force-042`), with the fiscal year or term the title numbers it in before
 * the number (`…-fy2023-004` for `（令和5年度第4回）`, `…-y2024-003` for `令和６年第３回`, `…-t12-003` for `第12期第3回`: the same 第4回 of
 * another year is another meeting); else `<seriesSlug>-<YYYY-MM-DD>`, followed by the sitting's
 * number when a session label gives one (the Diet's `第196回国会 第20号` → `…-2018-05-30-20`, its
 * `第19号(その1)` → `…-2018-05-30-19-1`), so two sittings of one body on one day get distinct ids.
 */
export function entryId(meeting: Pick<Meeting, 'seriesSlug' | 'session' | 'date' | 'sessionLabel'> & { title?: string }): string {
	if (meeting.session !== null) {
		const period = periodPart(meeting.title, meeting.session);
		return `${meeting.seriesSlug}-${period === null ? '' : `${period}-`}${String(meeting.session).padStart(3, '0')}`;
	}
	const sitting = sittingPart(meeting.sessionLabel);
	return sitting === null ? `${meeting.seriesSlug}-${meeting.date}` : `${meeting.seriesSlug}-${meeting.date}-${sitting}`;
}
