/**
 * The persons index the search page loads (written at build time by src/pages/search/persons.json.ts):
 * one small entry per person, and how a query names a person (name, surname or label as written,
 * any width) or starts to, or by the name's reading typed in kana (hiragana or katakana, any width: `たかはし`,
 * `タカハシ`), the whole reading, its surname's part or the start of a reading that does not mark off the surname. The same entries are also split into `PERSON_SHARDS` files by the lookup key of each name and of the
 * reading (src/pages/search/persons/[shard].json.ts), so that a search names its persons from one
 * small file; the whole index is fetched only for suggestions while typing.
 */
import type { Person } from '../people/types.ts';
import { isReadingQuery, readingKey } from '../format/reading.ts';
import { matchKey } from './query.ts';

/** One person as the search page knows them. */
export interface PersonEntry {
	id: string;
	/** Display name. */
	name: string;
	/** The speaker filter value of this person's remarks. */
	filterName: string;
	/** Every spelling that names the person: name, full name, surname, labels as written (小山構成員). */
	names: string[];
	/** Roles as written (座長, 構成員), most frequent first. */
	roles: string[];
	affiliation: string | null;
	/** Meetings attended or spoken at. */
	meetings: number;
	remarks: number;
	url: string;
	/** The name's reading in kana as the records give it (`たかはしはなこ`, `やまもと・せいいち`); absent when none does. */
	reading?: string;
}

/** The search entry of a person; `url` is the person page. */
export function personEntry(person: Person, url: string): PersonEntry {
	const names = [person.name, person.fullName, person.surname, person.filterName, ...person.labels].filter((name): name is string => Boolean(name));
	const roleCounts = new Map<string, number>();
	for (const role of person.roles) roleCounts.set(role.title, (roleCounts.get(role.title) ?? 0) + 1);
	const meetings = new Set([...person.attended, ...person.roles.map((role) => role.meetingId), ...person.remarks.map((remark) => remark.meetingId)]);
	return {
		id: person.id,
		name: person.name,
		filterName: person.filterName,
		names: [...new Set(names)],
		roles: [...roleCounts.entries()].sort((a, b) => b[1] - a[1]).map(([title]) => title),
		affiliation: person.affiliations[0] ?? null,
		meetings: meetings.size,
		remarks: person.remarks.length,
		url,
		...(person.reading ? { reading: person.reading } : {}),
	};
}

/**
 * The key a name or a query is looked up by: its match key, or, for one written in kana only, its reading's form (katakana read
 * as hiragana, `・` aside), so that `タカハシ` and `たかはし` are one key (and a name written in kana is found either way).
 */
export function lookupKey(text: string): string {
	return isReadingQuery(text) ? readingKey(text) : matchKey(text);
}

/**
 * The lookup keys of a person's reading: the whole reading, and its first part when the reading marks it off with `・` or a
 * space (`やまもと・せいいち` is also found by `やまもと`, as a surname finds its person), as the surname is a name of its own.
 */
export function readingKeys(reading: string | undefined): string[] {
	if (!reading) return [];
	const whole = readingKey(reading);
	const first = readingKey(reading.normalize('NFKC').trim().split(/[\s・]+/u)[0] ?? '');
	return [...new Set([whole, first].filter(Boolean))];
}

/** Every lookup key of a person: those of each name, and those of the reading. */
function entryKeys(person: PersonEntry): string[] {
	return [...new Set([...person.names.map(lookupKey), ...readingKeys(person.reading)].filter(Boolean))];
}

/** Kana a surname's reading has at least, and a given name's. */
const READING_PART = 2;

/**
 * The key of the file of the persons whose reading starts with the same two kana as this reading or query key (`たかはし…` → the
 * file of `たか`), set apart from every name's key by its mark (no name or query is looked up by it).
 */
export function readingStartKey(key: string): string | null {
	return key.length >= READING_PART ? `〜${key.slice(0, READING_PART)}` : null;
}

const unsplitReadings = new WeakMap<PersonEntry, string | null>();

/** The reading's lookup form when it does not mark off the surname (`たかはしはなこ`, not `やまもと・せいいち`), else null. */
function unsplitReading(person: PersonEntry): string | null {
	let reading = unsplitReadings.get(person);
	if (reading === undefined) {
		reading = !person.reading || /[\s・]/u.test(person.reading.normalize('NFKC').trim()) ? null : readingKey(person.reading);
		unsplitReadings.set(person, reading);
	}
	return reading;
}

/**
 * Whether a query's reading key is the start of a person's reading that does not mark off the surname, with room after it for a
 * given name: a surname typed in kana (`たかはし` of `たかはしはなこ`, the NDL API's speakerYomi), which the people list and the
 * suggestions found by the letters it holds and the search's person card had not.
 */
function startsReading(key: string, person: PersonEntry): boolean {
	const reading = unsplitReading(person);
	return reading !== null && key.length >= READING_PART && reading.length - key.length >= READING_PART && reading.startsWith(key);
}

/** The keys that place a person in the files of the split index: its lookup keys, and the start of a reading that marks off no surname. */
function placementKeys(person: PersonEntry): string[] {
	const reading = unsplitReading(person);
	const start = reading === null ? null : readingStartKey(reading);
	return start === null ? entryKeys(person) : [...new Set([...entryKeys(person), start])];
}

/** The keys of the files a query's persons are in: its lookup key, and for a query in kana the file of its reading's start. */
export function queryKeys(query: string): string[] {
	const key = lookupKey(query);
	if (!key) return [];
	const start = isReadingQuery(query) ? readingStartKey(key) : null;
	return start === null ? [key] : [key, start];
}

/** Most remarks first, then by name, then by id (the same order from any file of the index). */
const byWeight = (a: PersonEntry, b: PersonEntry) => b.remarks - a.remarks || b.meetings - a.meetings || a.name.localeCompare(b.name, 'ja') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The persons a query names: the whole query (width, case and spaces aside) is one of their names or labels, or, typed in
 * kana, their name's reading or its first part (`lookupKey`, `readingKeys`), or the start of a reading that does not mark off
 * its surname (`startsReading`).
 */
export function personsNamed(query: string, persons: readonly PersonEntry[]): PersonEntry[] {
	const key = lookupKey(query);
	if (!key) return [];
	const reading = isReadingQuery(query);
	return persons.filter((person) => entryKeys(person).includes(key) || (reading && startsReading(key, person))).sort(byWeight);
}

/** Persons to suggest while typing: a name or label contains what was typed, or its reading what was typed in kana (at most `limit`). */
export function personsStartingWith(typed: string, persons: readonly PersonEntry[], limit = 8): PersonEntry[] {
	const key = matchKey(typed);
	if (!key) return [];
	const reading = isReadingQuery(typed) ? readingKey(typed) : null;
	return persons
		.filter((person) => person.names.some((name) => matchKey(name).includes(key)) || (reading !== null && person.reading !== undefined && readingKey(person.reading).includes(reading)))
		.sort(byWeight)
		.slice(0, limit);
}

/** Files the persons index is split into (each person in the file of each of its names' match keys). */
export const PERSON_SHARDS = 64;

/** FNV-1a of a match key, its bits mixed (MurmurHash3's finaliser) so that the low bits spread keys that differ in one letter. */
function keyHash(key: string): number {
	let hash = 0x811c9dc5;
	for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	return (hash ^ (hash >>> 16)) >>> 0;
}

/** The file of the split persons index that holds every person a name or query with this match key names. */
export function personShard(key: string): number {
	return keyHash(key) % PERSON_SHARDS;
}

/** The name of the file of a name shared by many persons: its key's hash as 8 hex digits (keys that share it share the file). */
export function keyFileName(key: string): string {
	return `k${keyHash(key).toString(16).padStart(8, '0')}`;
}

/**
 * Persons a name must be shared by to get a file of its own (`keyFileName`): a common surname written
 * without a given name (後藤, 佐藤) can name hundreds of persons, and in its shard's file every query that
 * falls there would fetch them all (half a megabyte at 10,000 meetings).
 */
export const APART_PERSONS = 32;

/** One file of the split persons index: the persons of its names, and the names whose persons are in a file of their own. */
export interface PersonShard {
	persons: PersonEntry[];
	/** Match keys whose persons are in `search/persons/<keyFileName(key)>.json`. */
	apart: string[];
}

/** The split persons index: `PERSON_SHARDS` files by number, and the files of names shared by many persons by name. */
export interface SplitPersons {
	shards: PersonShard[];
	apart: Map<string, PersonEntry[]>;
}

/** Entries with a repeated id left out (a person may be in a shard's file by one name and in a shared name's file by another). */
export function withoutRepeats(entries: readonly PersonEntry[]): PersonEntry[] {
	const seen = new Set<string>();
	return entries.filter((entry) => !seen.has(entry.id) && Boolean(seen.add(entry.id)));
}

/** The file of its own a lookup key's persons are in, when its shard's file lists the key apart (a name many persons share); else null. */
export function apartFile(key: string, shard: PersonShard): string | null {
	return shard.apart.includes(key) ? keyFileName(key) : null;
}

/**
 * Split the persons index: each person, in order, in the file of each of its names' and its reading's lookup keys (and of its reading's
 * start, `placementKeys`), except for a
 * name shared by more than `APART_PERSONS` persons, whose persons go to that name's own file and which its
 * shard's file lists in `apart` (a person's other names still place it in their files).
 */
export function splitPersons(persons: readonly PersonEntry[]): SplitPersons {
	const keysOf = new Map(persons.map((person) => [person, placementKeys(person)]));
	const byKey = new Map<string, PersonEntry[]>();
	for (const [person, keys] of keysOf) {
		for (const key of keys) {
			let named = byKey.get(key);
			if (!named) byKey.set(key, (named = []));
			named.push(person);
		}
	}
	const shards = Array.from({ length: PERSON_SHARDS }, (): PersonShard => ({ persons: [], apart: [] }));
	const apart = new Map<string, PersonEntry[]>();
	for (const [key, named] of byKey) {
		if (named.length <= APART_PERSONS) continue;
		shards[personShard(key)]!.apart.push(key);
		const file = keyFileName(key);
		apart.set(file, withoutRepeats([...(apart.get(file) ?? []), ...named]));
	}
	for (const [person, keys] of keysOf) {
		const own = new Set(keys.filter((key) => byKey.get(key)!.length <= APART_PERSONS).map(personShard));
		for (const shard of own) shards[shard]!.persons.push(person);
	}
	for (const shard of shards) shard.apart.sort();
	return { shards, apart };
}
