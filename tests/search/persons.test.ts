import { describe, expect, test } from 'vitest';
import { matchKey } from '../../src/search/query.ts';
import { APART_PERSONS, PERSON_SHARDS, apartFile, keyFileName, personEntry, personShard, personsNamed, personsStartingWith, queryKeys, splitPersons, type PersonEntry, type SplitPersons } from '../../src/search/persons.ts';
import type { Person, PersonRole } from '../../src/people/types.ts';

/** A role at one meeting. */
function role(meetingId: string, title: string): PersonRole {
	return { meetingId, seriesSlug: 's', series: 'S', date: '2023-01-01', session: 1, kind: 'member', title, affiliation: null, listed: true };
}

/**
 * Run `read` with fetch answering from the files of a split persons index as the site serves them under `prefix`
 * (`<prefix>12.json`, `<prefix>k1a2b3c4d.json`), with the URLs fetched; the search page's code reads them as it reads the site's.
 */
async function withServed<T>(files: SplitPersons, prefix: string, read: (fileUrl: (file: number | string) => string, fetched: string[]) => Promise<T>): Promise<T> {
	const served = new Map<string, unknown>([...files.shards.map((shard, number): [string, unknown] => [`${prefix}${number}.json`, shard]), ...[...files.apart].map(([file, entries]): [string, unknown] => [`${prefix}${file}.json`, entries])]);
	const fetched: string[] = [];
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (url: string) => {
		fetched.push(url);
		const body = served.get(url);
		return new Response(body === undefined ? 'not found' : JSON.stringify(body), { status: body === undefined ? 404 : 200 });
	}) as typeof fetch;
	try {
		return await read((file) => `${prefix}${file}.json`, fetched);
	} finally {
		globalThis.fetch = realFetch;
	}
}

/** A person as src/people/resolve.ts makes them. */
function person(overrides: Partial<Person>): Person {
	return {
		id: 'p-00000000',
		key: 'k',
		name: '小山',
		fullName: null,
		surname: '小山',
		filterName: '小山',
		kind: 'member',
		affiliations: [],
		roles: [],
		attended: [],
		remarks: [],
		labels: [],
		confirmed: true,
		fromAliasFile: false,
		...overrides,
	};
}

const koyama = personEntry(
	person({
		id: 'p-1',
		labels: ['小山構成員'],
		roles: [role('m1', '構成員'), role('m2', '構成員'), role('m3', '座長')],
		attended: ['m1', 'm2'],
		remarks: [{ meetingId: 'm1', remarkId: 'r1', label: '小山構成員', line: 1, date: '2023-01-01' }],
	}),
	'/people/p-1/',
);
const ukai = personEntry(person({ id: 'p-2', name: '鵜飼', surname: '鵜飼', filterName: '鵜飼', labels: ['鵜飼構成員'], attended: ['m1', 'm4'] }), '/people/p-2/');
const matsubara = personEntry(person({ id: 'p-3', name: '松原実穂子', fullName: '松原実穂子', surname: '松原', filterName: '松原実穂子', labels: ['松原実穂子氏'] }), '/people/p-3/');
const persons: PersonEntry[] = [ukai, koyama, matsubara];

describe('personEntry', () => {
	test('counts the meetings attended or spoken at once each, and lists roles most frequent first', () => {
		expect(koyama).toMatchObject({ meetings: 3, remarks: 1, roles: ['構成員', '座長'], filterName: '小山', url: '/people/p-1/' });
		expect(koyama.names).toEqual(['小山', '小山構成員']);
	});
});

describe('personsNamed', () => {
	test.each([
		['小山', ['p-1']],
		['小山構成員', ['p-1']],
		['小山 構成員', ['p-1']],
		['鵜飼', ['p-2']],
		['松原', ['p-3']],
		['松原実穂子', ['p-3']],
		['松原 実穂子', ['p-3']],
		['小', []],
		['サイバー', []],
		['', []],
	])('%s names %j', (query, ids) => {
		expect(personsNamed(query, persons).map((entry) => entry.id)).toEqual(ids);
	});
});

describe('personsStartingWith', () => {
	test('suggests the persons whose names contain what was typed, most remarks first', () => {
		const both = personEntry(person({ id: 'p-4', name: '小川', surname: '小川', filterName: '小川' }), '/people/p-4/');
		expect(personsStartingWith('小', [...persons, both]).map((entry) => entry.id)).toEqual(['p-1', 'p-4']);
		expect(personsStartingWith('構成員', persons).map((entry) => entry.id)).toEqual(['p-1', 'p-2']);
	});
});

describe('the persons index split by name', () => {
	/** Many persons with surnames and labels, so that every file of the split index is used (their ids apart from the others'). */
	const many: PersonEntry[] = Array.from({ length: 400 }, (_, at) => {
		const surname = `${String.fromCharCode(0x4e00 + at)}${String.fromCharCode(0x5000 + ((at * 7) % 300))}`;
		const given = at % 3 === 0 ? `${String.fromCharCode(0x3042 + (at % 40))}子` : '';
		return personEntry(
			person({ id: `m-${at}`, name: surname + given, fullName: given ? surname + given : null, surname, filterName: surname + given, labels: [`${surname}構成員`, `${surname}委員`] }),
			`/people/m-${at}/`,
		);
	});
	/** Persons who share one surname written without a given name (as 後藤 is in a large archive), more than `APART_PERSONS`. */
	const goto: PersonEntry[] = Array.from({ length: APART_PERSONS + 8 }, (_, at) =>
		personEntry(person({ id: `g-${at}`, name: '後藤', surname: '後藤', filterName: `後藤（${at}）`, labels: [`後藤${String.fromCharCode(0x4e00 + at)}委員`] }), `/people/g-${at}/`),
	);
	const all = [...persons, ...many, ...goto];
	const split = splitPersons(all);

	test('every name and label finds the same persons from its files as in the whole index, in any width and spacing', async () => {
		const { namingPool } = await import('../../src/search/client/person-card.ts');
		const queries = [...new Set(all.flatMap((entry) => entry.names)), '小山 構成員', '松原 実穂子', 'ＮＩＣＴ', 'NICT', '後藤', 'ごとう'];
		await withServed(split, '/named/', async (fileUrl) => {
			for (const query of queries) {
				expect(queryKeys(query), query).not.toEqual([]);
				expect(personsNamed(query, await namingPool(query, fileUrl)), query).toEqual(personsNamed(query, all));
			}
			expect(personsNamed('後藤', await namingPool('後藤', fileUrl))).toHaveLength(goto.length);
		});
		expect(personsNamed('小山構成員', all).map((entry) => entry.id)).toEqual(['p-1']);
	});

	test('a name shared by more than APART_PERSONS persons has a file of its own, which its shard lists; no shard holds them for it', () => {
		const key = matchKey('後藤');
		const shard = split.shards[personShard(key)]!;
		expect(shard.apart).toEqual([key]);
		expect(split.apart.get(keyFileName(key))).toEqual(goto);
		// Placed in a shard by their other names (labels) only: never all of them in one file.
		for (const file of split.shards) expect(file.persons.filter((entry) => goto.includes(entry)).length).toBeLessThan(goto.length / 4);
		// A query of another name that falls in the same shard does not need the shared name's file.
		const other = all.flatMap((entry) => entry.names).find((name) => matchKey(name) !== key && personShard(matchKey(name)) === personShard(key));
		expect(apartFile(key, shard)).toBe(keyFileName(key));
		if (other) expect(apartFile(matchKey(other), shard)).toBeNull();
		expect(split.apart.size).toBe(1);
	});

	test('a person is in the file of each of its names and in no other', () => {
		const shared = new Set(split.shards.flatMap((shard) => shard.apart));
		for (const entry of all) {
			const keys = entry.names.map((name) => matchKey(name));
			const own = new Set(keys.filter((key) => !shared.has(key)).map((key) => personShard(key)));
			split.shards.forEach((file, shard) => expect(file.persons.includes(entry), `${entry.name} in file ${shard}`).toBe(own.has(shard)));
			for (const key of keys.filter((key) => shared.has(key))) expect(split.apart.get(keyFileName(key))).toContain(entry);
		}
	});

	test('the files are of like size: none holds more than a few times its share', () => {
		const sizes = split.shards.map((file) => file.persons.length);
		const placed = sizes.reduce((sum, size) => sum + size, 0);
		expect(sizes.filter((size) => size === 0)).toEqual([]);
		expect(Math.max(...sizes)).toBeLessThan((3 * placed) / PERSON_SHARDS);
	});

	test.each([
		['小山', [personShard(matchKey('小山'))]],
		['ＮＩＣＴ', [personShard('nict')]],
		['  ', []],
		['', []],
	])('the files of the split index a query %j reads are %j', (query, shards) => {
		expect(queryKeys(query).map(personShard)).toEqual(shards);
	});

	test('every key goes to a file within range', () => {
		for (const key of ['小山', 'nict', 'a', '鷲尾構成員', '𠮷田']) {
			expect(Number.isInteger(personShard(key))).toBe(true);
			expect(personShard(key)).toBeGreaterThanOrEqual(0);
			expect(personShard(key)).toBeLessThan(PERSON_SHARDS);
		}
	});
});

describe('the search page reads the split index', () => {
	test('a query of a shared name reads its shard and the name\'s own file; another query of that shard reads the shard only', async () => {
		const { namingPool } = await import('../../src/search/client/person-card.ts');
		const many = Array.from({ length: APART_PERSONS + 3 }, (_, at) => personEntry(person({ id: `g-${at}`, name: '後藤', surname: '後藤', filterName: `後藤（${at}）` }), `/people/g-${at}/`));
		const split = splitPersons([...persons, ...many]);
		const shardOf = (name: string) => personShard(matchKey(name));
		await withServed(split, '/f/', async (fileUrl, fetched) => {
			expect(personsNamed('後藤', await namingPool('後藤', fileUrl))).toHaveLength(many.length);
			expect(fetched).toEqual([`/f/${shardOf('後藤')}.json`, `/f/${keyFileName(matchKey('後藤'))}.json`]);
			fetched.length = 0;
			expect(personsNamed('小山', await namingPool('小山', fileUrl)).map((entry) => entry.id)).toEqual(['p-1']);
			expect(fetched).toEqual(shardOf('小山') === shardOf('後藤') ? [] : [`/f/${shardOf('小山')}.json`]);
		});
	});
});
