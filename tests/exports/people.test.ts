/**
 * People and attendance exports over the real seeds: the JSON validates with ajv against the published
 * JSON Schema, the CSV parses back with csv-parse, and the tables join with the remark data by personId.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { csvTableChunks } from '../../src/exports/csv.ts';
import { toMeetingRecord } from '../../src/exports/open-data.ts';
import { personInSeries, toAttendanceRows, toPersonRecord, toPersonRow } from '../../src/exports/people.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { participantKey, remarkKey } from '../../src/people/types.ts';
import {
	archiveSchema,
	attendanceColumns,
	attendanceExportSchema,
	peopleExportSchema,
	personColumns,
	type AttendanceExport,
	type PeopleExport,
} from '../../src/schemas/open-data.ts';
import { seedAliases, seedRecords } from '../people/seed-records.ts';

const records = seedRecords();
const people = resolvePeople(records, seedAliases());
const url = (id: string): string => `/minutes/people/${id}/`;
const persons = people.persons.map((person) => toPersonRecord(person, url));
const attendance = toAttendanceRows(records, people);
/** ajv validator of a zod schema, as the site publishes it. */
const validator = (schema: z.ZodType) => new Ajv2020({ strict: false }).compile(z.toJSONSchema(schema));

describe('people export', () => {
	test('validates against its JSON Schema; a broken record does not', () => {
		const validate = validator(peopleExportSchema);
		const file: PeopleExport = { generator: 'minutes-archive', numberOfPersons: persons.length, person: persons };
		expect(validate(JSON.parse(JSON.stringify(file)))).toBe(true);
		const broken = structuredClone(file);
		(broken.person[0] as { remarkCount: unknown }).remarkCount = '12';
		expect(validate(broken)).toBe(false);
	});

	test('remark counts add up to the attributed remarks; roles per body hold first ≤ last and their meeting counts', () => {
		expect(persons.reduce((sum, person) => sum + person.remarkCount, 0)).toBe(people.byRemark.size);
		for (const person of persons) {
			expect(person.roles.length, person.name).toBeGreaterThan(0);
			for (const role of person.roles) {
				expect(role.firstDate <= role.lastDate, `${person.name} ${role.role}`).toBe(true);
				expect(role.meetingCount).toBeLessThanOrEqual(person.meetingCount);
			}
		}
	});

	test('小山 is one member of the task force across meetings, with his remarks counted', () => {
		const koyama = persons.find((person) => person.labels.includes('小山構成員'));
		expect(koyama).toBeDefined();
		const member = koyama?.roles.find((role) => role.role === '構成員');
		expect(member).toMatchObject({ series: 'サイバーセキュリティタスクフォース', kind: 'member', listed: true });
		expect(member?.meetingCount).toBeGreaterThan(1);
		expect(member?.firstMeeting).not.toBe(member?.lastMeeting);
		const remarks = records.flatMap((record) => record.data.remarks.filter((remark) => people.byRemark.get(remarkKey(record.id, remark.id)) === koyama?.id));
		expect(koyama?.remarkCount).toBe(remarks.length);
		expect(remarks.length).toBeGreaterThan(3);
	});

	test('CSV parses back to one row per person, formula-like text neutralised', async () => {
		const rows = persons.map(toPersonRow);
		const csv = (await Array.fromAsync(csvTableChunks(personColumns, [rows]))).join('');
		expect(csv.startsWith(`\uFEFF${personColumns.join(',')}\r\n`)).toBe(true);
		const parsed = parseCsv(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		expect(parsed).toHaveLength(persons.length);
		for (const [index, row] of rows.entries()) {
			expect(parsed[index]?.['id']).toBe(row.id);
			expect(parsed[index]?.['remarkCount']).toBe(String(row.remarkCount));
			expect(parsed[index]?.['roles']).toBe(row.roles);
		}
		const hostile = toPersonRow({ ...persons[0]!, name: '=HYPERLINK("x")' });
		const cell = parseCsv((await Array.fromAsync(csvTableChunks(personColumns, [[hostile]]))).join(''), { bom: true, columns: true }) as Record<string, string>[];
		expect(cell[0]?.['name']).toBe(`'=HYPERLINK("x")`);
	});

	test('per series: only the series roles, meetings and remarks', () => {
		const slug = records[0]!.data.seriesSlug;
		const ids = new Set(records.filter((record) => record.data.seriesSlug === slug).map((record) => record.id));
		const inSeries = people.persons.flatMap((person) => personInSeries(person, slug, ids) ?? []);
		expect(inSeries.length).toBeGreaterThan(0);
		for (const person of inSeries) {
			expect(person.roles.every((role) => role.seriesSlug === slug)).toBe(true);
			expect(person.remarks.every((remark) => ids.has(remark.meetingId))).toBe(true);
		}
		expect(personInSeries(people.persons[0]!, 'no-such-series', new Set())).toBeNull();
	});
});

describe('attendance export', () => {
	test('validates against its JSON Schema', () => {
		const file: AttendanceExport = { generator: 'minutes-archive', numberOfRows: attendance.length, attendance };
		expect(validator(attendanceExportSchema)(JSON.parse(JSON.stringify(file)))).toBe(true);
	});

	test('one row per person and meeting; every personId is a person; spoke iff remarks', () => {
		const keys = attendance.map((row) => `${row.meeting}|${row.personId}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const row of attendance) {
			expect(people.byId.has(row.personId)).toBe(true);
			expect(row.spoke).toBe(row.remarkCount > 0);
			expect(row.attended || row.spoke).toBe(true);
		}
		expect(attendance.reduce((sum, row) => sum + row.remarkCount, 0)).toBe(people.byRemark.size);
	});

	test('listed participants are attended with the role and group as listed', () => {
		const record = records.find((one) => one.data.participants.some((group) => group.members.some((member) => member.title === '座長')))!;
		const group = record.data.participants.find((one) => one.members.some((member) => member.title === '座長'))!;
		const chair = group.members.find((member) => member.title === '座長')!;
		const personId = people.byParticipant.get(participantKey(record.id, chair.text));
		const row = attendance.find((one) => one.meeting === record.id && one.personId === personId);
		expect(row).toMatchObject({ attended: true, role: '座長', group: group.group });
	});

	test("every row's role is the one listed there, else the person's first role at that meeting", () => {
		let fromRoles = 0;
		for (const row of attendance) {
			const person = people.byId.get(row.personId)!;
			const firstRole = person.roles.find((role) => role.meetingId === row.meeting)?.title ?? null;
			if (row.attended) {
				const record = records.find((one) => one.id === row.meeting)!;
				const member = record.data.participants.flatMap((group) => group.members).find((one) => one.name !== null && people.byParticipant.get(participantKey(record.id, one.text)) === row.personId)!;
				expect(row.role).toBe(member.title ?? firstRole);
			} else {
				expect(row.role).toBe(firstRole);
			}
			if (row.role !== null && row.role === firstRole) fromRoles++;
		}
		expect(fromRoles).toBeGreaterThan(10);
		// Speakers who are not listed take the title of their role at that meeting.
		expect(attendance.some((row) => !row.attended && row.role !== null)).toBe(true);
	});

	test("a series' table is the archive's table filtered to the series (the site makes the archive's once and filters it)", () => {
		const slugs = [...new Set(records.map((record) => record.data.seriesSlug))];
		expect(slugs.length).toBeGreaterThan(1);
		for (const slug of slugs) {
			const own = toAttendanceRows(records.filter((record) => record.data.seriesSlug === slug), people);
			expect(own.length).toBeGreaterThan(0);
			expect(attendance.filter((row) => row.seriesSlug === slug)).toEqual(own);
		}
	});

	test('CSV parses back with booleans as true/false', async () => {
		const csv = (await Array.fromAsync(csvTableChunks(attendanceColumns, [attendance]))).join('');
		const parsed = parseCsv(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		expect(parsed).toHaveLength(attendance.length);
		expect(parsed.map((row) => `${row['meeting']}|${row['personId']}|${row['attended']}|${row['spoke']}`)).toEqual(
			attendance.map((row) => `${row.meeting}|${row.personId}|${row.attended}|${row.spoke}`),
		);
	});
});

describe('archive.json participants', () => {
	test('named participant entries carry the personId of the people export; organisations null', () => {
		const links = { meeting: (id: string) => `/m/${id}/`, source: (id: string) => `/s/${id}` };
		const archive = records.map((record) =>
			toMeetingRecord(record.id, record.data, links, undefined, (id, text) => people.byParticipant.get(participantKey(id, text)) ?? null),
		);
		const ids = new Set(persons.map((person) => person.id));
		const members = archive.flatMap((record) => record.participants.flatMap((group) => group.members));
		expect(members.length).toBeGreaterThan(10);
		for (const member of members) {
			if (member.name === null) expect(member.personId).toBeNull();
			else expect(ids.has(member.personId ?? ''), member.text).toBe(true);
		}
		expect(archiveSchema.safeParse({ generator: 'x', numberOfRecords: archive.length, meetingRecord: archive }).success).toBe(true);
	});
});
