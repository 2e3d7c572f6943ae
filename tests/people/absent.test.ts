/** Members listed as absent are members of the body, never counted as attending the meeting. */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { toAttendanceRows } from '../../src/exports/people.ts';
import { attendanceTable } from '../../src/people/attendance.ts';
import { isAbsentEntry } from '../../src/people/roles.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

function record(lines: readonly string[]) {
	const { meeting } = parseMinutes(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error('no record');
	return { id: entryId(meeting), data: meeting };
}

const header = ['第３回〇〇検討会　議事録', '', '日時　令和６年８月６日', '場所　市役所'];
const body = ['', '議事概要', '○山田座長　開会します。'];

describe('members listed as absent', () => {
	test('a 欠席者 group: the member is a person of the body, not attending; the attendance table marks them absent', () => {
		const meeting = record([...header, '出席者', '山田　太郎（座長）、佐藤　花子（委員）', '欠席者', '鈴木　一郎（委員）', ...body]);
		const people = resolvePeople([meeting]);
		const suzuki = people.persons.find((person) => person.name === '鈴木　一郎');
		expect(suzuki?.attended).toEqual([]);
		expect(people.persons.find((person) => person.name === '佐藤　花子')?.attended).toEqual([meeting.id]);
		const table = attendanceTable([meeting], people.persons, 30);
		const cells = Object.fromEntries(table.rows.map((row) => [row.person.name, row.cells[0]?.state]));
		expect(cells).toMatchObject({ '佐藤　花子': 'attended', '鈴木　一郎': 'absent' });
		// The open data's attendance rows say the same.
		const rows = Object.fromEntries(toAttendanceRows([meeting], people).map((row) => [row.name, [row.attended, row.group]]));
		expect(rows).toMatchObject({ '佐藤　花子': [true, '出席者'], '鈴木　一郎': [false, '欠席者'] });
	});

	test('`（欠席）` after a name in a list of all members, and an absent entry without a title is listed as 欠席者', () => {
		const meeting = record([...header, '委員出欠', '伊藤忠彦（出席）、橋本昌平（欠席）', '欠席者', '鈴木　一郎', ...body]);
		const people = resolvePeople([meeting]);
		expect(people.persons.find((person) => person.name.startsWith('橋本'))?.attended).toEqual([]);
		expect(people.persons.find((person) => person.name.startsWith('伊藤'))?.attended).toEqual([meeting.id]);
		expect(people.persons.find((person) => person.name === '鈴木　一郎')?.roles.map((role) => role.title)).toEqual(['欠席者']);
	});

	test('groups of everyone’s attendance (`出欠席者`) are no absentees', () => {
		expect([isAbsentEntry('出欠席者', '山田　太郎'), isAbsentEntry('役員出欠席者', '山田　太郎（出席）'), isAbsentEntry('欠席委員', '山田　太郎'), isAbsentEntry('欠席者（構成員）', '山田')]).toEqual([false, false, true, true]);
	});
});
