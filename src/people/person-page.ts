/**
 * What a person's page shows when a person has many meetings: roles merged into periods, and
 * remarks cut into pages (the first on the person's page, the rest on `/people/<id>/remarks/<n>/`).
 */
import type { PersonRemark, PersonRole, RoleKind } from './types.ts';

/** Remarks listed per page. */
export const REMARKS_PER_PAGE = 200;

/** Consecutive meetings in which a person held the same role in the same series. */
export interface RolePeriod {
	series: string;
	seriesSlug: string;
	title: string;
	kind: RoleKind;
	listed: boolean;
	from: { date: string; meetingId: string; session: number | null };
	to: { date: string; meetingId: string; session: number | null };
	/** Meetings in the period. */
	meetings: number;
}

/** Merge roles (in archive order) into periods: a new period starts when the series, title or source changes. */
export function rolePeriods(roles: readonly PersonRole[]): RolePeriod[] {
	const periods: RolePeriod[] = [];
	const open = new Map<string, RolePeriod>();
	for (const role of roles) {
		const key = JSON.stringify([role.seriesSlug, role.title, role.kind, role.listed]);
		const at = { date: role.date, meetingId: role.meetingId, session: role.session };
		const current = open.get(role.seriesSlug);
		if (current && JSON.stringify([current.seriesSlug, current.title, current.kind, current.listed]) === key) {
			if (current.to.meetingId !== role.meetingId) {
				current.to = at;
				current.meetings++;
			}
			continue;
		}
		const period: RolePeriod = { series: role.series, seriesSlug: role.seriesSlug, title: role.title, kind: role.kind, listed: role.listed, from: at, to: at, meetings: 1 };
		periods.push(period);
		open.set(role.seriesSlug, period);
	}
	return periods;
}

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
