/**
 * The search page's person lookup by reading (読み仮名): a query typed in kana (hiragana or katakana, any width, spaces and `・`
 * aside) names the person whose reading it is (or the first part of a reading marked off by `・`), and suggestions while typing
 * match inside readings. The split index keys a person by its reading as a second key, found from the query's one file.
 * Before, the index kept no reading and a query in kana found no one written in kanji.
 */
import { describe, expect, test } from 'vitest';
import { APART_PERSONS, PERSON_SHARDS, keyFileName, lookupKey, personEntry, personShard, personsNamed, personsStartingWith, queryKeys, readingKeys, splitPersons, withoutRepeats, type PersonEntry, type SplitPersons } from '../../src/search/persons.ts';
import type { Person } from '../../src/people/types.ts';

/** A person as src/people/resolve.ts makes them. */
function person(overrides: Partial<Person>): Person {
	return { id: 'p-0', key: 'k', name: '', fullName: null, surname: null, filterName: '', kind: 'member', affiliations: [], roles: [], attended: [], remarks: [], labels: [], confirmed: true, fromAliasFile: false, ...overrides };
}

const takahashi = personEntry(person({ id: 'p-1', name: '髙橋花子', fullName: '髙橋花子', filterName: '髙橋花子', labels: ['髙橋委員'], reading: 'たかはしはなこ' }), '/people/p-1/');
const yamamoto = personEntry(person({ id: 'p-2', name: '山本　誠一', fullName: '山本　誠一', surname: '山本', filterName: '山本　誠一', reading: 'やまもと・せいいち' }), '/people/p-2/');
const koyama = personEntry(person({ id: 'p-3', name: '小山', surname: '小山', filterName: '小山', labels: ['小山構成員'] }), '/people/p-3/');
const maria = personEntry(person({ id: 'p-4', name: 'マリア', filterName: 'マリア' }), '/people/p-4/');
const persons: PersonEntry[] = [takahashi, yamamoto, koyama, maria];

describe("a person's entry", () => {
	test('carries the reading when the person has one, nothing otherwise', () => {
		expect(takahashi.reading).toBe('たかはしはなこ');
		expect('reading' in koyama).toBe(false);
	});

	test('is keyed by the whole reading and by its first part when `・` or a space marks it off', () => {
		expect(readingKeys('たかはしはなこ')).toEqual(['たかはしはなこ']);
		expect(readingKeys('やまもと・せいいち')).toEqual(['やまもとせいいち', 'やまもと']);
		expect(readingKeys('ヤマモト セイイチ')).toEqual(['やまもとせいいち', 'やまもと']);
		expect(lookupKey('ﾀｶﾊｼ ﾊﾅｺ')).toBe('たかはしはなこ');
		expect(lookupKey('小山 構成員')).toBe('小山構成員');
	});
});

describe('personsNamed by reading', () => {
	test.each([
		['たかはしはなこ', ['p-1']],
		['タカハシハナコ', ['p-1']],
		['ﾀｶﾊｼﾊﾅｺ', ['p-1']],
		['たかはし はなこ', ['p-1']],
		['やまもと・せいいち', ['p-2']],
		['ヤマモトセイイチ', ['p-2']],
		['やまもと', ['p-2']],
		['せいいち', []],
		// A surname typed in kana finds the person whose reading does not mark it off (the NDL API's speakerYomi), the rest
		// of the reading a given name's two kana at least; a reading that marks off its parts is named by its parts only.
		['たかはし', ['p-1']],
		['タカハシ', ['p-1']],
		['ﾀｶﾊｼ', ['p-1']],
		['たかはしは', ['p-1']],
		['たかはしはな', []],
		['た', []],
		['はなこ', []],
		['やま', []],
		['まりあ', ['p-4']],
		['マリア', ['p-4']],
		['小山', ['p-3']],
	])('%s names %j', (query, ids) => {
		expect(personsNamed(query, persons).map((entry) => entry.id)).toEqual(ids);
	});
});

describe('personsStartingWith by reading', () => {
	test('suggests the persons whose reading holds what was typed in kana', () => {
		expect(personsStartingWith('たかは', persons).map((entry) => entry.id)).toEqual(['p-1']);
		expect(personsStartingWith('タカハシ', persons).map((entry) => entry.id)).toEqual(['p-1']);
		expect(personsStartingWith('せいいち', persons).map((entry) => entry.id)).toEqual(['p-2']);
		expect(personsStartingWith('ハナコ', [koyama])).toEqual([]);
	});
});

describe('the split index keys readings', () => {
	const many: PersonEntry[] = Array.from({ length: 300 }, (_, at) => {
		const surname = `${String.fromCharCode(0x4e00 + at)}${String.fromCharCode(0x5000 + ((at * 7) % 300))}`;
		const reading = `${String.fromCharCode(0x3042 + (at % 80))}${String.fromCharCode(0x3042 + ((at * 13) % 80))}${String.fromCharCode(0x3042 + ((at * 29) % 80))}`;
		return personEntry(person({ id: `p-m${at}`, name: surname, surname, filterName: surname, labels: [`${surname}委員`], reading: at % 2 === 0 ? `${reading}・たろう` : reading }), `/people/p-m${at}/`);
	});
	/** Persons who share one reading's first part, more than `APART_PERSONS` of them. */
	const sato: PersonEntry[] = Array.from({ length: APART_PERSONS + 4 }, (_, at) =>
		personEntry(person({ id: `s-${at}`, name: `佐藤${String.fromCharCode(0x4e00 + at)}`, filterName: `佐藤${String.fromCharCode(0x4e00 + at)}`, reading: `さとう・${String.fromCharCode(0x3042 + at)}` }), `/people/s-${at}/`),
	);
	/** Persons whose readings start alike and mark off no surname, more than `APART_PERSONS` of them (高木, 高田, 高野 …). */
	const taka: PersonEntry[] = Array.from({ length: APART_PERSONS + 6 }, (_, at) =>
		personEntry(person({ id: `t-${at}`, name: `高${String.fromCharCode(0x4f00 + at)}`, filterName: `高${String.fromCharCode(0x4f00 + at)}`, reading: `たか${String.fromCharCode(0x3042 + (at % 40))}${String.fromCharCode(0x3042 + ((at * 7) % 40))}ろう` }), `/people/t-${at}/`),
	);
	const all = [...persons, ...many, ...sato, ...taka];
	const split = splitPersons(all);

	/** The persons of a query's files, as the search page reads them (src/search/client/person-card.ts). */
	function poolFor(query: string, files: SplitPersons): PersonEntry[] {
		return withoutRepeats(
			queryKeys(query).flatMap((key) => {
				const shard = files.shards[personShard(key)]!;
				return shard.apart.includes(key) ? [...shard.persons, ...(files.apart.get(keyFileName(key)) ?? [])] : shard.persons;
			}),
		);
	}

	test('a reading typed in either script, any width, finds the same persons from its files as from the whole index', () => {
		const katakana = (text: string) => text.replace(/[\u3041-\u3096]/gu, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0x60));
		const queries = all.flatMap((entry) => (entry.reading ? [entry.reading, katakana(entry.reading), katakana(entry.reading).normalize('NFKC'), entry.reading.split('・')[0]!] : []));
		for (const query of [...queries, 'さとう', 'サトウ', 'ｻﾄｳ', 'たかはし', 'タカハシ', ...taka.map((entry) => entry.reading!.slice(0, 4))]) {
			const found = personsNamed(query, all);
			expect(found.length, query).toBeGreaterThan(0);
			expect(personsNamed(query, poolFor(query, split)), query).toEqual(found);
		}
		expect(personsNamed('ｻﾄｳ', poolFor('ｻﾄｳ', split))).toHaveLength(sato.length);
		expect(personsNamed('たかはし', poolFor('たかはし', split)).map((entry) => entry.id)).toEqual(['p-1']);
	});

	test("a reading is a second key: a person is in at most its names' files and two more, and the files stay of like size", () => {
		for (const entry of all) {
			const files = split.shards.filter((shard) => shard.persons.includes(entry)).length;
			expect(files, entry.name).toBeLessThanOrEqual(new Set(entry.names.map((name) => personShard(lookupKey(name)))).size + 2);
		}
		expect(split.apart.size).toBe(2);
		const sizes = split.shards.map((file) => file.persons.length);
		const placed = sizes.reduce((sum, size) => sum + size, 0);
		expect(Math.max(...sizes)).toBeLessThan((3 * placed) / PERSON_SHARDS);
	});
});
