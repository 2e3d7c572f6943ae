/**
 * What a person's page shows when a person has many meetings: one row per role, the latest
 * attended meetings, and remarks cut into pages (the first on the person's page, the rest on
 * `/people/<id>/remarks/<n>/`).
 */
import type { PersonRemark, PersonRole, RoleKind } from './types.ts';

/** Remarks listed per page. */
export const REMARKS_PER_PAGE = 200;

/** The meetings in which a person held one role in one series: the first, the last and how many. */
export interface RolePeriod {
	series: string;
	seriesSlug: string;
	title: string;
	kind: RoleKind;
	listed: boolean;
	from: { date: string; meetingId: string; session: number | null };
	to: { date: string; meetingId: string; session: number | null };
	/** Meetings with this role. */
	meetings: number;
}

/**
 * One row per series and role (title, kind and source), in order of first appearance: a member for
 * 1,000 meetings is one row, not 1,000. Roles come in archive order.
 */
export function rolePeriods(roles: readonly PersonRole[]): RolePeriod[] {
	const periods = new Map<string, RolePeriod & { seen: Set<string> }>();
	for (const role of roles) {
		const key = JSON.stringify([role.seriesSlug, role.title, role.kind, role.listed]);
		const at = { date: role.date, meetingId: role.meetingId, session: role.session };
		const period = periods.get(key);
		if (!period) {
			periods.set(key, { series: role.series, seriesSlug: role.seriesSlug, title: role.title, kind: role.kind, listed: role.listed, from: at, to: at, meetings: 1, seen: new Set([role.meetingId]) });
		} else if (!period.seen.has(role.meetingId)) {
			period.seen.add(role.meetingId);
			period.to = at;
			period.meetings++;
		}
	}
	return [...periods.values()].map(({ seen: _seen, ...period }) => period);
}

/** Attended meetings listed on a person's page at most (the latest); the rest are counted per series. */
export const ATTENDED_LISTED = 100;

/** One page of a person's remarks: which slice, and the page numbers around it. */
export interface RemarkPage {
	/** 1-based page number. */
	page: number;
	pages: number;
	remarks: PersonRemark[];
}

/** Cut remarks into pages of `size` (at least one page, even when there are none). */
export function remarkPages(remarks: readonly PersonRemark[], size = REMARKS_PER_PAGE): RemarkPage[] {
	const pages = Math.max(1, Math.ceil(remarks.length / size));
	return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, remarks: remarks.slice(i * size, (i + 1) * size) }));
}
