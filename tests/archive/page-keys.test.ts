/** Incremental-build cache keys: a page's key changes exactly when something it shows changes. */
import { describe, expect, test } from 'vitest';
import { resolvePeople } from '../../src/people/resolve.ts';
import { collectCitations } from '../../src/references/resolve.ts';
import type { MeetingRecord } from '../../src/people/types.ts';
import { meetingJsonKey, meetingPageKeys, personPageKey, type KeyedMeeting } from '../../src/archive/page-keys.ts';
import { seedAliases, seedRecords } from '../people/seed-records.ts';

const aliases = seedAliases();

/** The archive in date order, as the site sorts it. */
function sorted(records: MeetingRecord[]): KeyedMeeting[] {
	return [...records].sort((a, b) => a.data.date.localeCompare(b.data.date) || (a.data.session ?? 0) - (b.data.session ?? 0) || a.id.localeCompare(b.id));
}

/** Meeting page keys of an archive, computed the way the build does. */
function keysOf(records: MeetingRecord[], history = new Map<string, { added: string; changed: string }>()): Map<string, string> {
	const meetings = sorted(records);
	return meetingPageKeys({ meetings, people: resolvePeople(meetings, aliases), citations: collectCitations(meetings), history });
}

/** A copy of a seed record as another meeting of the same series (remarks kept, so the people stay the same). */
function copyAs(record: MeetingRecord, session: number, date: string): MeetingRecord {
	const id = `${record.data.seriesSlug}-${String(session).padStart(3, '0')}`;
	return { id, data: { ...record.data, session, date, source: `${id}.txt`, title: record.data.title.replace(/第\d+回/, `第${session}回`) } };
}

const records = seedRecords();
const record = (id: string): MeetingRecord => {
	const found = records.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no seed record ${id}`);
	return found;
};

describe('meetingPageKeys', () => {
	test('the same archive gives the same keys, one per meeting', () => {
		const first = keysOf(records);
		const again = keysOf(seedRecords());
		expect(first.size).toBe(records.length);
		expect([...again]).toEqual([...first]);
	});

	test('a new meeting changes its series neighbour and the meetings it cites, not the other series', () => {
		const before = keysOf(records);
		const last = sorted(records.filter((r) => r.data.seriesSlug === 'cybersecurity-task-force')).at(-1)!;
		const added = copyAs(last, (last.data.session ?? 0) + 1, '2030-01-01');
		const after = keysOf([...records, added]);
		expect(after.has(added.id)).toBe(true);
		// The previous last meeting now has a 次の回 link and is cited by the new one's 前回.
		expect(after.get(last.id)).not.toBe(before.get(last.id));
		for (const other of records.filter((r) => r.data.seriesSlug !== 'cybersecurity-task-force')) {
			expect(after.get(other.id), other.id).toBe(before.get(other.id));
		}
	});

	test('a cited meeting that enters the archive changes the citing page (missing reference becomes a link)', () => {
		const citing = record('cybersecurity-task-force-029');
		const before = keysOf(records);
		const after = keysOf([...records, copyAs(citing, 28, '2020-12-01')]);
		expect(after.get(citing.id)).not.toBe(before.get(citing.id));
	});

	test('the seed history of a meeting is part of its key only', () => {
		const target = record('cybersecurity-task-force-029');
		const before = keysOf(records);
		const after = keysOf(records, new Map([[target.data.source, { added: '2024-01-01', changed: '2024-02-01' }]]));
		for (const r of records) expect(after.get(r.id) === before.get(r.id), r.id).toBe(r.id !== target.id);
	});
});

describe('meetingJsonKey and personPageKey', () => {
	test('change with the data they show', () => {
		const meetings = sorted(records);
		const people = resolvePeople(meetings, aliases);
		const target = record('cybersecurity-task-force-029');
		const renamed: KeyedMeeting = { ...target, data: { ...target.data, title: `${target.data.title}（改）` } };
		expect(meetingJsonKey(renamed, people)).not.toBe(meetingJsonKey(target, people));
		expect(meetingJsonKey({ ...target }, people)).toBe(meetingJsonKey(target, people));

		const person = people.persons.find((candidate) => candidate.remarks.some((remark) => remark.meetingId === target.id))!;
		const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
		const key = personPageKey(person, byId);
		expect(personPageKey(person, new Map(byId))).toBe(key);
		const edited = target.data.remarks.map((remark) => ({ ...remark, text: `${remark.text}。` }));
		expect(personPageKey(person, new Map([...byId, [target.id, { ...target, data: { ...target.data, remarks: edited } }]]))).not.toBe(key);
	});
});
