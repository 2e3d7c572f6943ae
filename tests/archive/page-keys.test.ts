/** Incremental-build cache keys: a page's key changes exactly when something it shows changes. */
import { describe, expect, test } from 'vitest';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey } from '../../src/people/types.ts';
import { remarkOpening } from '../../src/format/citation.ts';
import { hashKey, meetingJsonKey, meetingPageKeys, personPageKey, type KeyedMeeting } from '../../src/archive/page-keys.ts';
import { seedAliases, seedRecords, type SeedRecord } from '../people/seed-records.ts';
import { archiveReferenceTargets, collectCitations } from './whole-archive.ts';

const aliases = seedAliases();

/** A record with its texts as the keys see it: the digest stands for the loader's digest of the file, which holds the texts. */
type Keyed = SeedRecord & Pick<KeyedMeeting, 'digest'>;

/** The archive in date order, as the site sorts it, each with the digest of its whole record. */
function sorted(records: SeedRecord[]): Keyed[] {
	return [...records]
		.sort((a, b) => a.data.date.localeCompare(b.data.date) || (a.data.session ?? 0) - (b.data.session ?? 0) || a.id.localeCompare(b.id))
		.map((record) => ({ ...record, digest: hashKey(record.data) }));
}

/** Meeting page keys of an archive, computed the way the build does. */
function keysOf(records: SeedRecord[], history = new Map<string, { added: string; changed: string }>()): Map<string, string> {
	const meetings = sorted(records);
	return meetingPageKeys({ meetings, people: resolvePeople(meetings, aliases), citations: collectCitations(meetings), history, references: archiveReferenceTargets(meetings) });
}

/** Each remark's opening as the build's pass over the texts gives it. */
function openingsOf(records: readonly SeedRecord[]): Map<string, string> {
	return new Map(records.flatMap((record) => record.data.remarks.map((remark) => [remarkKey(record.id, remark.id), remarkOpening(remark.text)] as const)));
}

/** A copy of a seed record as another meeting of the same series (remarks kept, so the people stay the same). */
function copyAs(record: SeedRecord, session: number, date: string): SeedRecord {
	const id = `${record.data.seriesSlug}-${String(session).padStart(3, '0')}`;
	return { id, data: { ...record.data, session, date, source: `${id}.txt`, title: record.data.title.replace(/第\d+回/, `第${session}回`) } };
}

const records = seedRecords();
const record = (id: string): SeedRecord => {
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
		const target = meetings.find((meeting) => meeting.id === 'cybersecurity-task-force-029')!;
		const renamed = sorted([{ ...target, data: { ...target.data, title: `${target.data.title}（改）` } }])[0]!;
		expect(meetingJsonKey(renamed, people)).not.toBe(meetingJsonKey(target, people));
		expect(meetingJsonKey({ ...target }, people)).toBe(meetingJsonKey(target, people));

		// A remark longer than a person page's quote, and its speaker.
		const long = target.data.remarks.find((remark) => [...remark.text].length > 200 && people.byRemark.has(remarkKey(target.id, remark.id)))!;
		const person = people.byId.get(people.byRemark.get(remarkKey(target.id, long.id))!)!;
		const quoted = person.remarks.find((remark) => remark.meetingId === target.id && remark.remarkId === long.id)!;
		const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
		const openings = openingsOf(meetings);
		const key = personPageKey(person, byId, openings);
		expect(personPageKey(person, new Map(byId), new Map(openings))).toBe(key);
		// The page quotes each remark's opening: a change there changes the key, one past the opening does not.
		const edit = (change: (text: string) => string) =>
			openingsOf([{ ...target, data: { ...target.data, remarks: target.data.remarks.map((remark) => (remark.id === quoted.remarkId ? { ...remark, text: change(remark.text) } : remark)) } }]);
		expect(personPageKey(person, byId, new Map([...openings, ...edit((text) => `改${text}`)]))).not.toBe(key);
		expect(personPageKey(person, byId, new Map([...openings, ...edit((text) => `${text}。`)]))).toBe(key);
	});
});
