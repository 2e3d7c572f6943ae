/** Identity rules on the real seeds: one person per person, different people kept apart, problems reported. */
import { describe, expect, test } from 'vitest';
import { parseAliasFile } from '../../src/people/aliases.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { remarkKey, type MeetingRecord, type PeopleIndex, type Person } from '../../src/people/types.ts';
import { seedAliases, seedRecords } from './seed-records.ts';

const records = seedRecords();
const automatic = resolvePeople(records);
const withAliases = resolvePeople(records, seedAliases());

/** Every remark of the archive whose label is one of `labels`, as byRemark keys. */
function remarksLabelled(predicate: (label: string) => boolean): string[] {
	return records.flatMap((record) => record.data.remarks.filter((remark) => predicate(remark.speaker)).map((remark) => remarkKey(record.id, remark.id)));
}

/** The one person all these remarks resolve to (fails when they split). */
function personOf(index: PeopleIndex, keys: string[]): Person {
	const ids = new Set(keys.map((key) => index.byRemark.get(key)));
	expect(ids.size, `remarks ${keys.join(', ')} resolve to ${[...ids].join(', ')}`).toBe(1);
	const person = index.byId.get([...ids][0] ?? '');
	if (!person) throw new Error('no person');
	return person;
}

const seriesOf = (meetingId: string): string => records.find((record) => record.id === meetingId)?.data.seriesSlug ?? '';

describe('identity across the archive (automatic rules only)', () => {
	test('every remark of the archive has a person', () => {
		const all = records.flatMap((record) => record.data.remarks.map((remark) => remarkKey(record.id, remark.id)));
		expect(all.length).toBeGreaterThan(100);
		expect(all.filter((key) => !automatic.byRemark.has(key))).toEqual([]);
	});

	test("all of 小山構成員's remarks, in both bodies, are one person who attended four meetings", () => {
		const keys = remarksLabelled((label) => label === '小山構成員');
		expect(new Set(keys.map((key) => seriesOf(key.split('#')[0] ?? ''))).size).toBe(2);
		const person = personOf(automatic, keys);
		expect(person.name).toBe('小山');
		expect(person.remarks).toHaveLength(keys.length);
		expect(person.attended).toHaveLength(records.filter((r) => r.data.participants.some((g) => g.members.some((m) => m.text === '小山構成員'))).length);
		expect(person.kind).toBe('member');
	});

	test('the chair is one person as 後藤座長 (task force) and 後藤主査 (分科会), with both roles', () => {
		const person = personOf(automatic, remarksLabelled((label) => label === '後藤座長' || label === '後藤主査'));
		expect(new Set(person.roles.map((role) => role.title))).toEqual(new Set(['座長', '主査']));
	});

	test('NTT 松原氏 is 松原実穂子（NTT）, the presenter', () => {
		const person = personOf(automatic, remarksLabelled((label) => label === 'NTT 松原氏'));
		expect(person.name).toBe('松原実穂子');
		expect(person.affiliations).toEqual(['NTT']);
		expect(person.roles.map((role) => role.title)).toContain('発表者');
		expect(person.labels).toEqual(expect.arrayContaining(['松原実穂子（NTT）', 'NTT 松原氏']));
	});

	test('本橋氏 and 本橋様 are the listed official 本橋近畿総合通信局情報通信部長', () => {
		const person = personOf(automatic, remarksLabelled((label) => /本橋[氏様]$/u.test(label)));
		expect(person.kind).toBe('official');
		expect(person.labels).toContain('本橋近畿総合通信局情報通信部長');
		expect(person.remarks).toHaveLength(2);
	});

	test('中溝サイバーセキュリティ統括官室参事官 is the listed official with （総括担当）', () => {
		const person = personOf(automatic, remarksLabelled((label) => label.startsWith('中溝')));
		expect(person.labels).toContain('中溝サイバーセキュリティ統括官室参事官（総括担当）');
		expect(person.attended).toHaveLength(1);
	});

	test('JPCERT/CC 佐々木氏 is the presenter 佐々木勇人, not the official 佐々木 of the same meeting', () => {
		const person = personOf(automatic, remarksLabelled((label) => label === 'JPCERT/CC 佐々木氏'));
		expect(person.name).toBe('佐々木勇人');
		const official = automatic.persons.find((candidate) => candidate.labels.includes('佐々木サイバーセキュリティ統括官室統括補佐'));
		expect(official?.id).not.toBe(person.id);
		expect(official?.remarks).toEqual([]);
	});

	test('people who share a surname stay apart: 井上, 佐々木, 安達', () => {
		for (const surname of ['井上', '佐々木', '安達']) {
			const persons = automatic.persons.filter((person) => person.surname === surname || person.fullName?.startsWith(surname));
			expect(persons.length, surname).toBeGreaterThanOrEqual(2);
			expect(new Set(persons.map((person) => person.id)).size).toBe(persons.length);
		}
		const inoue = automatic.persons.filter((person) => person.labels.some((label) => label.startsWith('井上')));
		expect(inoue.find((person) => person.name === '井上大介')?.labels).toContain('NICT 井上氏');
		expect(inoue.find((person) => person.kind === 'official')?.remarks).toEqual([]);
	});

	test('observer organisations are not persons; named observers are', () => {
		const names = automatic.persons.map((person) => person.name);
		expect(names).not.toContain('デジタル庁');
		expect(names).not.toContain('経済産業省');
		expect(automatic.persons.find((person) => person.name === '扇慎太郎')?.kind).toBe('observer');
	});

	test('speakers no participant list explains are reported with file and line', () => {
		const problems = automatic.diagnostics.filter((d) => d.code === 'unresolved-speaker' || d.code === 'ambiguous-speaker');
		const labels = problems.map((d) => /"([^"]+)"/u.exec(d.message)?.[1]);
		expect(labels).toEqual(expect.arrayContaining(['鳶構成員', '葛構成員', '原主査', '鳴構成員', '篤構成員']));
		for (const problem of problems) {
			const record = records.find((r) => r.data.source === problem.file);
			const remark = record?.data.remarks.find((r) => r.line === problem.line);
			expect(remark, `${problem.file}:${problem.line}`).toBeDefined();
			expect(problem.message).toContain(remark?.speaker ?? '(none)');
		}
		expect(problems.find((d) => d.message.includes('原主査'))?.message).toContain('後藤主査');
	});

	test('person ids are stable ASCII and unique; filter names are unique', () => {
		const again = resolvePeople([...records].reverse());
		expect(again.persons.map((p) => p.id).sort()).toEqual(automatic.persons.map((p) => p.id).sort());
		for (const person of automatic.persons) expect(person.id).toMatch(/^p-[0-9a-f]{8}(?:-\d+)?$/);
		expect(new Set(automatic.persons.map((p) => p.filterName)).size).toBe(automatic.persons.length);
	});

	test('remarks of a person are in archive order', () => {
		const person = personOf(automatic, remarksLabelled((label) => label === '篠田構成員'));
		const order = person.remarks.map((remark) => `${remark.date}|${String(remark.line).padStart(6, '0')}`);
		expect(order).toEqual([...order].sort());
	});
});

describe('the alias file', () => {
	test('seeds/people.yml resolves the misread 蔦 labels and joins 園田構成員 with 園田道夫', () => {
		const tsuta = personOf(withAliases, remarksLabelled((label) => ['鳶構成員', '葛構成員', '鳴構成員', '篤構成員'].includes(label)));
		expect(tsuta.name).toBe('蔦');
		expect(tsuta.attended).toHaveLength(2);
		expect(tsuta.fromAliasFile).toBe(true);
		const sonoda = personOf(withAliases, remarksLabelled((label) => label === '園田構成員' || label === 'NICT 園田氏'));
		expect(sonoda.name).toBe('園田道夫');
		const left = withAliases.diagnostics.filter((d) => d.code === 'unresolved-speaker').map((d) => d.message);
		expect(left).toHaveLength(1);
		expect(left[0]).toContain('原主査');
	});

	test('a label limited to another series does not apply', () => {
		const { aliases } = parseAliasFile('persons:\n  - name: X\n    labels:\n      - label: 小山構成員\n        series: no-such-series\n');
		const index = resolvePeople(records, aliases);
		expect(index.persons.find((person) => person.name === 'X')).toBeUndefined();
		expect(index.diagnostics.map((d) => d.code)).toContain('unused-alias');
	});

	test('a broken alias file is a diagnostic, not an exception', () => {
		expect(parseAliasFile('persons: [{ name: 1 }]').diagnostics[0]?.code).toBe('alias-file');
		expect(parseAliasFile('persons: [').diagnostics[0]?.code).toBe('alias-file');
	});
});

describe('conservative merging on made-up records', () => {
	const base = records.find((record) => record.id === 'cybersecurity-task-force-042');
	if (!base) throw new Error('no 第42回');
	/** A copy of 第42回 with another id and its own participant list and remarks. */
	const variant = (id: string, members: string[], speakers: string[]): MeetingRecord => ({
		id,
		data: {
			...base.data,
			source: `${id}.txt`,
			session: 99,
			participants: [{ group: '構成員', members: members.map((text) => ({ text, name: text.replace(/構成員$/u, ''), title: '構成員', affiliation: null })) }],
			remarks: speakers.map((speaker, index) => ({ id: `r${index + 1}`, speaker, section: null, chat: false, line: index + 10, text: 'x' })),
		},
	});

	test('two members with one surname in one meeting are not merged, and a bare 佐藤構成員 is ambiguous', () => {
		const meeting = variant('x-099', ['佐藤構成員', '佐藤構成員'], ['佐藤構成員']);
		const index = resolvePeople([meeting]);
		expect(index.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['ambiguous-surname', 'ambiguous-speaker']));
	});

	test('a speaker who could be any of many persons listed alike gets one short line naming the text once, with a few meetings', () => {
		/** A copy of 第42回 listing `members` as written (name, title) and with `speakers`. */
		const listing = (id: string, members: [string, string, string][], speakers: string[]): MeetingRecord => ({
			id,
			data: {
				...base.data,
				source: `${id}.txt`,
				participants: [{ group: '構成員', members: members.map(([text, name, title]) => ({ text, name, title, affiliation: null })) }],
				remarks: speakers.map((speaker, index) => ({ id: `r${index + 1}`, speaker, section: null, chat: false, line: index + 10, text: 'x' })),
			},
		});
		// Two 後藤 in each meeting keep each apart meeting by meeting: 40 persons listed as 後藤主査.
		const listed = Array.from({ length: 40 }, (_, n) => listing(`x-${String(n + 100)}`, [['後藤座長', '後藤', '座長'], ['後藤主査', '後藤', '主査']], ['後藤座長']));
		const unlisted = listing('x-200', [['小山構成員', '小山', '構成員']], ['後藤主査']);
		const index = resolvePeople([...listed, unlisted]);
		const message = index.diagnostics.find((d) => d.code === 'ambiguous-speaker' && d.file === 'x-200.txt')?.message ?? '';
		expect(message).toMatch(/^speaker "後藤主査" \(1 remark\) could be one of 40 persons listed as "後藤主査" \(in x-100, x-101, x-102 and 37 more meetings\); name the person/);
		expect(message.length).toBeLessThan(200);
	});

	test('two persons listed alike in one meeting are named once, with the meeting', () => {
		const index = resolvePeople([variant('x-099', ['佐藤構成員', '佐藤構成員'], ['佐藤構成員'])]);
		expect(index.diagnostics.find((d) => d.code === 'ambiguous-speaker')?.message).toBe('speaker "佐藤構成員" (1 remark) could be one of 2 persons listed as "佐藤構成員" (in x-099); name the person in seeds/people.yml');
	});

	test('a member surname in an unrelated series is another person', () => {
		const other = variant('y-099', ['小山構成員'], ['小山構成員']);
		other.data = { ...other.data, series: '別の研究会', seriesSlug: 'series-0000abcd' };
		const index = resolvePeople([...records, other]);
		const ids = new Set(
			[...index.byRemark.entries()].filter(([key]) => key.startsWith('y-099#') || remarksLabelled((l) => l === '小山構成員').includes(key)).map(([, id]) => id),
		);
		expect(ids.size).toBe(2);
	});
});

describe('members listed with spaced full names (相田 仁（主査）)', () => {
	const text = [
		'情報通信審議会 IPネットワーク設備委員会（第５０回）議事録',
		'',
		'１．日時',
		'平成30年４月１７日（火）１０時００分～１２時００分',
		'',
		'２．出席者',
		'（１）委員（敬称略）',
		'相田 仁（主査）、森川 博之（主査代理）、内田 真人',
		'',
		'３．議事録',
		'',
		'【相田主査】　それでは、ただいまから会合を開催いたします。',
		'',
		'【森川主査代理】　一点質問させてください。',
		'',
		'【相田主査】　本日はこれで閉会といたします。',
	].join('\n');
	const { meeting } = parseMinutes(text, { source: 'ip-050.txt', sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error('the sample did not parse');
	const index = resolvePeople([{ id: 'ip-050', data: meeting }]);

	test('the chair label resolves to the listed full name, every time', () => {
		const person = personOf(index, ['ip-050#r1', 'ip-050#r3']);
		expect(person.fullName).toBe('相田 仁');
		expect(person.surname).toBe('相田');
		expect(index.diagnostics).toEqual([]);
	});

	test('the deputy chair is another person', () => {
		expect(personOf(index, ['ip-050#r2']).fullName).toBe('森川 博之');
	});
});
