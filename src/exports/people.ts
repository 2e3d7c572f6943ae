/**
 * Open data about people: one record per person (roles per body with their first and last meeting,
 * meeting and remark counts) and the attendance table (meeting × person: attended, spoke, role),
 * both joining the remark data through `personId`. Pure functions over the people index.
 */
import type { AttendanceRow, PersonRecord, PersonRow } from '../schemas/open-data.ts';
import { participantKey, remarkKey, type MeetingRecord, type PeopleIndex, type Person, type PersonRole } from '../people/types.ts';
import { isAbsentEntry } from '../people/roles.ts';

/** Roles of one person grouped by body (series) and role as written, in the order first held. */
function rolesPerBody(roles: readonly PersonRole[]): PersonRecord['roles'] {
	const groups = new Map<string, PersonRole[]>();
	for (const role of roles) {
		const key = `${role.seriesSlug}\u0000${role.title}`;
		const list = groups.get(key);
		if (list) list.push(role);
		else groups.set(key, [role]);
	}
	return [...groups.values()].map((held) => {
		const first = held[0] as PersonRole;
		const last = held.at(-1) as PersonRole;
		return {
			series: first.series,
			seriesSlug: first.seriesSlug,
			role: first.title,
			kind: first.kind,
			listed: held.some((role) => role.listed),
			firstMeeting: first.meetingId,
			firstDate: first.date,
			lastMeeting: last.meetingId,
			lastDate: last.date,
			meetingCount: new Set(held.map((role) => role.meetingId)).size,
		};
	});
}

/** Meetings a person attended (listed) or spoke at. */
function meetingsOf(person: Person): Set<string> {
	return new Set([...person.attended, ...person.remarks.map((remark) => remark.meetingId), ...person.roles.map((role) => role.meetingId)]);
}

/** One person as a people-export record; `url` makes the link to the person's page. */
export function toPersonRecord(person: Person, url: (id: string) => string): PersonRecord {
	return {
		id: person.id,
		name: person.name,
		fullName: person.fullName,
		surname: person.surname,
		affiliations: person.affiliations,
		roles: rolesPerBody(person.roles),
		meetingCount: meetingsOf(person).size,
		remarkCount: person.remarks.length,
		labels: person.labels,
		confirmed: person.confirmed,
		reading: person.reading ?? null,
		url: url(person.id),
	};
}

/** A people-export record restricted to one series (its roles, meetings and remarks there), or null when the person has no part in it. */
export function personInSeries(person: Person, seriesSlug: string, meetingIds: ReadonlySet<string>): Person | null {
	const roles = person.roles.filter((role) => role.seriesSlug === seriesSlug);
	if (roles.length === 0) return null;
	return {
		...person,
		roles,
		attended: person.attended.filter((id) => meetingIds.has(id)),
		remarks: person.remarks.filter((remark) => meetingIds.has(remark.meetingId)),
	};
}

/** `サイバーセキュリティタスクフォース：構成員（2023-01-10〜2024-03-05, 12回）`, for the CSV's roles column. */
function roleText(role: PersonRecord['roles'][number]): string {
	const span = role.firstDate === role.lastDate ? role.firstDate : `${role.firstDate}〜${role.lastDate}`;
	return `${role.series}：${role.role}（${span}, ${role.meetingCount}回）`;
}

/** A people-export record as one flat CSV row: the first affiliation, roles as text, the first and last date of any role. */
export function toPersonRow(record: PersonRecord): PersonRow {
	const dates = record.roles.flatMap((role) => [role.firstDate, role.lastDate]).sort();
	return {
		id: record.id,
		name: record.name,
		affiliation: record.affiliations[0] ?? null,
		roles: record.roles.map(roleText).join(' / '),
		firstDate: dates[0] ?? null,
		lastDate: dates.at(-1) ?? null,
		meetingCount: record.meetingCount,
		remarkCount: record.remarkCount,
		url: record.url,
	};
}

/** The participant group and entry title of each listed person at a meeting. */
function listedRoles(meeting: MeetingRecord, people: PeopleIndex): Map<string, { group: string; title: string | null; absent: boolean }> {
	const listed = new Map<string, { group: string; title: string | null; absent: boolean }>();
	for (const { group, members } of meeting.data.participants) {
		for (const member of members) {
			const id = member.name === null ? undefined : people.byParticipant.get(participantKey(meeting.id, member.text));
			if (id !== undefined && !listed.has(id)) listed.set(id, { group, title: member.title, absent: isAbsentEntry(group, member.text) });
		}
	}
	return listed;
}

/** Key of one person at one meeting in the role-title index. */
const personRoleKey = (personId: string, meetingId: string): string => `${personId}\u0000${meetingId}`;

/** Each person's title at each meeting where they have a role (the first role there), by `personRoleKey`: looked up, not searched, since a person's roles run to thousands of meetings. */
function roleTitles(people: PeopleIndex): Map<string, string> {
	const titles = new Map<string, string>();
	for (const person of people.persons) {
		for (const role of person.roles) {
			const key = personRoleKey(person.id, role.meetingId);
			if (!titles.has(key)) titles.set(key, role.title);
		}
	}
	return titles;
}

/**
 * The attendance table: one row per person listed in or speaking at a meeting, meetings in the order
 * given (archive order), persons in the order of the participant list, then of their first remark.
 */
export function toAttendanceRows(meetings: readonly MeetingRecord[], people: PeopleIndex): AttendanceRow[] {
	const rows: AttendanceRow[] = [];
	const titles = roleTitles(people);
	for (const meeting of meetings) {
		const listed = listedRoles(meeting, people);
		const remarks = new Map<string, number>();
		for (const remark of meeting.data.remarks) {
			const id = people.byRemark.get(remarkKey(meeting.id, remark.id));
			if (id !== undefined) remarks.set(id, (remarks.get(id) ?? 0) + 1);
		}
		const personIds = [...new Set([...listed.keys(), ...remarks.keys()])];
		for (const personId of personIds) {
			const person = people.byId.get(personId);
			if (!person) continue;
			const entry = listed.get(personId);
			const labelRole = titles.get(personRoleKey(person.id, meeting.id)) ?? null;
			const remarkCount = remarks.get(personId) ?? 0;
			rows.push({
				meeting: meeting.id,
				date: meeting.data.date,
				series: meeting.data.series,
				seriesSlug: meeting.data.seriesSlug,
				session: meeting.data.session,
				personId,
				name: person.name,
				// (Listed as absent, `欠席者`: no attendance.)
				attended: entry !== undefined && !entry.absent,
				spoke: remarkCount > 0,
				remarkCount,
				role: entry ? (entry.title ?? labelRole) : labelRole,
				group: entry?.group ?? null,
			});
		}
	}
	return rows;
}
