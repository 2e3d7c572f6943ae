/**
 * The attendance table of a series: its latest meetings × the members listed in them, each cell
 * spoke (with the number of remarks), attended (silent), absent, or unknown (no participant list).
 */
import type { Person } from './types.ts';

/** The part of a meeting the table needs. */
export interface AttendanceMeeting {
	id: string;
	data: { participants: readonly unknown[]; remarks: readonly unknown[] };
}

/** One cell: what the person did at one meeting. */
export interface AttendanceCell {
	state: 'spoke' | 'attended' | 'absent' | 'unknown';
	/** Remarks at that meeting (0 unless `spoke`). */
	count: number;
}

/**
 * The table: its columns, the newest meeting first (next to the names: a phone shows a few columns at a time, and the table
 * had opened at its oldest meeting), and one row per member, most present first, its cells in the columns' order.
 */
export interface AttendanceTable<M extends AttendanceMeeting> {
	meetings: M[];
	/** Meetings of the series with a participant list or remarks (the columns are the last of them). */
	total: number;
	rows: { person: Person; cells: AttendanceCell[]; present: number }[];
}

/** Build the table for a series' meetings (in date order), drawing at most `maxMeetings` latest columns, the newest first. */
export function attendanceTable<M extends AttendanceMeeting>(seriesMeetings: readonly M[], persons: readonly Person[], maxMeetings: number): AttendanceTable<M> {
	const withRecord = seriesMeetings.filter((meeting) => meeting.data.participants.length > 0 || meeting.data.remarks.length > 0);
	const meetings = withRecord.slice(-maxMeetings).reverse();
	const meetingIds = new Set(meetings.map((meeting) => meeting.id));
	const rows = persons
		.filter((person) => person.roles.some((role) => role.kind === 'member' && meetingIds.has(role.meetingId)))
		.map((person) => {
			const spoke = new Map<string, number>();
			for (const remark of person.remarks) if (meetingIds.has(remark.meetingId)) spoke.set(remark.meetingId, (spoke.get(remark.meetingId) ?? 0) + 1);
			const attended = new Set(person.attended);
			const cells = meetings.map((meeting): AttendanceCell => {
				const count = spoke.get(meeting.id);
				if (count) return { state: 'spoke', count };
				if (attended.has(meeting.id)) return { state: 'attended', count: 0 };
				return { state: meeting.data.participants.length === 0 ? 'unknown' : 'absent', count: 0 };
			});
			return { person, cells, present: cells.filter((cell) => cell.state === 'spoke' || cell.state === 'attended').length };
		})
		.sort((a, b) => b.present - a.present || b.person.remarks.length - a.person.remarks.length || a.person.name.localeCompare(b.person.name, 'ja'));
	return { meetings, total: withRecord.length, rows };
}
