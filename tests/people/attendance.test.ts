import { describe, expect, test } from 'vitest';
import { attendanceTable, type AttendanceMeeting } from '../../src/people/attendance.ts';
import type { Person, PersonRole } from '../../src/people/types.ts';

/** `n` meetings of one series, the i-th with a participant list unless `unlisted` has i. */
function meetings(n: number, unlisted: number[] = []): AttendanceMeeting[] {
	return Array.from({ length: n }, (_, i) => ({ id: `m-${String(i + 1).padStart(3, '0')}`, data: { participants: unlisted.includes(i + 1) ? [] : [{}], remarks: [{}] } }));
}

const role = (meetingId: string): PersonRole => ({ meetingId, seriesSlug: 's', series: 'S', date: '2024-01-01', session: null, kind: 'member', title: '構成員', affiliation: null, listed: true });

/** A member listed in `attended` meetings who spoke `spoke[id]` times at some of them. */
function member(name: string, attended: string[], spoke: Record<string, number> = {}): Person {
	return {
		id: `p-${name}`,
		key: `member:${name}`,
		name,
		fullName: null,
		surname: name,
		filterName: name,
		kind: 'member',
		affiliations: [],
		roles: attended.map(role),
		attended,
		remarks: Object.entries(spoke).flatMap(([meetingId, count]) => Array.from({ length: count }, (_, i) => ({ meetingId, remarkId: `r${i + 1}`, label: name, line: 1, date: '2024-01-01' }))),
		labels: [name],
		confirmed: true,
		fromAliasFile: false,
	};
}

describe('attendanceTable', () => {
	test('cells say spoke (with the count), attended, absent or unknown', () => {
		const list = meetings(3, [3]);
		const table = attendanceTable(list, [member('小山', ['m-001', 'm-002'], { 'm-001': 2 })], 30);
		expect(table.total).toBe(3);
		// (The newest meeting first, as the page draws the columns.)
		expect(table.rows[0]!.cells).toEqual([
			{ state: 'unknown', count: 0 },
			{ state: 'attended', count: 0 },
			{ state: 'spoke', count: 2 },
		]);
		expect(table.rows[0]!.present).toBe(2);
	});

	test('a long series draws only its latest meetings, and only the members listed in them', () => {
		const list = meetings(40);
		const early = member('早期', ['m-001', 'm-002'], { 'm-001': 1 });
		const late = member('後期', ['m-035', 'm-040'], { 'm-040': 3 });
		const table = attendanceTable(list, [early, late], 30);
		expect(table.total).toBe(40);
		expect(table.meetings.map((meeting) => meeting.id)).toEqual(list.slice(10).reverse().map((meeting) => meeting.id));
		expect(table.rows.map((row) => row.person.name)).toEqual(['後期']);
		expect(table.rows[0]!.cells[0]).toEqual({ state: 'spoke', count: 3 });
		expect(table.rows[0]!.present).toBe(2);
	});

	test('rows are ordered by meetings present, then remarks, then name', () => {
		const list = meetings(4);
		const table = attendanceTable(
			list,
			[member('い', ['m-001'], { 'm-001': 1 }), member('あ', ['m-001']), member('う', ['m-001', 'm-002', 'm-003']), member('え', ['m-001'])],
			30,
		);
		expect(table.rows.map((row) => row.person.name)).toEqual(['う', 'い', 'あ', 'え']);
	});
});
