/**
 * The persons index the search page loads (written at build time by src/pages/search/persons.json.ts):
 * one small entry per person, and how a query names a person (name, surname or label as written,
 * any width) or starts to. The same entries are also split into `PERSON_SHARDS` files by the match key
 * of each name (src/pages/search/persons/[shard].json.ts), so that a search names its persons from one
 * small file; the whole index is fetched only for suggestions while typing.
 */
import type { Person } from '../people/types.ts';
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
	};
}

/** Most remarks first, then by name, then by id (the same order from any file of the index). */
const byWeight = (a: PersonEntry, b: PersonEntry) => b.remarks - a.remarks || b.meetings - a.meetings || a.name.localeCompare(b.name, 'ja') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The persons a query names: the whole query (width, case and spaces aside) is one of their names or labels. */
export function personsNamed(query: string, persons: readonly PersonEntry[]): PersonEntry[] {
	const key = matchKey(query);
	if (!key) return [];
	return persons.filter((person) => person.names.some((name) => matchKey(name) === key)).sort(byWeight);
}

/** Persons to suggest while typing: a name or label contains what was typed (at most `limit`). */
export function personsStartingWith(typed: string, persons: readonly PersonEntry[], limit = 8): PersonEntry[] {
	const key = matchKey(typed);
	if (!key) return [];
	return persons.filter((person) => person.names.some((name) => matchKey(name).includes(key))).sort(byWeight).slice(0, limit);
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

/** The file of the split persons index for a query as typed, or null when the query names no one (empty). */
export function queryShard(query: string): number | null {
	const key = matchKey(query);
	return key ? personShard(key) : null;
}

/** Entries with a repeated id left out (a person may be in a shard's file by one name and in a shared name's file by another). */
export function withoutRepeats(entries: readonly PersonEntry[]): PersonEntry[] {
	const seen = new Set<string>();
	return entries.filter((entry) => !seen.has(entry.id) && Boolean(seen.add(entry.id)));
}

/** The file of its own a query's persons are in, when its shard's file lists the query's name apart; else null. */
export function apartFile(query: string, shard: PersonShard): string | null {
	const key = matchKey(query);
	return key && shard.apart.includes(key) ? keyFileName(key) : null;
}

/**
 * Split the persons index: each person, in order, in the file of each of its names' match keys, except for a
 * name shared by more than `APART_PERSONS` persons, whose persons go to that name's own file and which its
 * shard's file lists in `apart` (a person's other names still place it in their files).
 */
export function splitPersons(persons: readonly PersonEntry[]): SplitPersons {
	const keysOf = new Map(persons.map((person) => [person, [...new Set(person.names.map(matchKey).filter(Boolean))]]));
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
