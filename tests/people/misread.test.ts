/** Persons likely one person misread (鵜飼/鶴飼): found from records, reported with a people.yml entry, never merged. */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { parseAliasFile } from '../../src/people/aliases.ts';
import { confusableDifference, findMisreadPersons } from '../../src/people/misread.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import type { MeetingRecord } from '../../src/people/types.ts';

/** One small meeting of `series`: its members listed, each speaking once. */
function meeting(series: string, session: number, members: readonly string[]): MeetingRecord {
	const text = [
		`${series}（第${session}回）議事要旨`,
		'１．日時',
		`令和５年${session}月１０日（月）１０：００～１２：００`,
		'２．出席者',
		'【構成員】',
		members.join('、'),
		'３．議事要旨',
		...members.map((member) => `【${member}】　意見を述べます。`),
	].join('\n');
	const { meeting: data } = parseMinutes(text, { source: `${series}-${session}.txt`, sourceHash: '0'.repeat(64) });
	if (!data) throw new Error(`no record for ${series} ${session}`);
	return { id: entryId(data), data };
}

/** The warnings for a set of meetings (and an optional people.yml). */
function report(meetings: readonly MeetingRecord[], aliasText = '') {
	const index = resolvePeople(meetings, parseAliasFile(aliasText).aliases);
	return findMisreadPersons(index.persons, new Map(meetings.map((one) => [one.id, one.data.source])));
}

const A = '電波利用環境委員会';
const B = '情報通信審議会';

describe('confusableDifference', () => {
	test.each([
		{ a: '鵜飼', b: '鶴飼', pair: ['鵜', '鶴'] },
		{ a: '葛', b: '蔦', pair: ['葛', '蔦'] },
		{ a: '萩原', b: '荻原', pair: ['萩', '荻'] },
		{ a: '鵜飼', b: '犬飼', pair: null },
		{ a: '鵜飼', b: '鵜飼', pair: null },
		{ a: '鵜飼', b: '鶴飼田', pair: null },
		{ a: '葛萩', b: '蔦荻', pair: null },
	])('$a / $b', ({ a, b, pair }) => {
		expect(confusableDifference(a, b)).toEqual(pair);
	});
});

describe('findMisreadPersons', () => {
	test('same series, same role, never together: one warning at the rarer spelling, with a people.yml entry', () => {
		const meetings = [meeting(A, 1, ['多氣主査', '鵜飼構成員']), meeting(A, 2, ['多氣主査', '鵜飼構成員']), meeting(A, 3, ['多氣主査', '鶴飼構成員'])];
		const found = report(meetings);
		expect(found).toHaveLength(1);
		const [one] = found;
		expect(one?.diagnostic).toMatchObject({ severity: 'warning', code: 'likely-misread', file: `${A}-3.txt`, line: 9 });
		expect(one?.diagnostic.message).toMatch(/^"鶴飼" \(1 meeting\) and "鵜飼" \(2 meetings\) differ only by 鶴\/鵜, are both 構成員 of 電波利用環境委員会 and never in the same meeting/u);
		expect(one?.suggestion).toContain('  - name: 鵜飼\n    labels:\n      - label: 鵜飼構成員\n');
		expect(one?.suggestion).toContain('      - label: 鶴飼構成員\n');
		// The suggestion is a valid people.yml entry that joins the two.
		const alias = parseAliasFile(`persons:\n${one?.suggestion ?? ''}\n`);
		expect(alias.diagnostics).toEqual([]);
		const joined = resolvePeople(meetings, alias.aliases);
		expect(joined.persons.filter((person) => person.labels.some((label) => label.endsWith('飼構成員')))).toHaveLength(1);
		expect(report(meetings, `persons:\n${one?.suggestion ?? ''}\n`)).toEqual([]);
	});

	test.each([
		{ name: 'in the same meeting (two persons)', meetings: () => [meeting(A, 1, ['鵜飼構成員', '鶴飼構成員']), meeting(A, 2, ['鵜飼構成員'])] },
		{ name: 'in different series', meetings: () => [meeting(A, 1, ['鵜飼構成員']), meeting(B, 2, ['鶴飼構成員'])] },
		{ name: 'in different roles', meetings: () => [meeting(A, 1, ['鵜飼構成員']), meeting(A, 2, ['鶴飼主査'])] },
		{ name: 'names not confusable', meetings: () => [meeting(A, 1, ['鵜飼構成員']), meeting(A, 2, ['犬飼構成員'])] },
	])('no warning $name', ({ meetings }) => {
		expect(report(meetings())).toEqual([]);
	});

	test('never merges: the two persons stay two in the index', () => {
		const meetings = [meeting(A, 1, ['葛構成員']), meeting(A, 2, ['蔦構成員'])];
		const index = resolvePeople(meetings);
		expect(index.persons.filter((person) => person.kind === 'member')).toHaveLength(2);
		expect(report(meetings)).toHaveLength(1);
	});
});
