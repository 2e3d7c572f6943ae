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

/** Most remarks first, then by name. */
const byWeight = (a: PersonEntry, b: PersonEntry) => b.remarks - a.remarks || b.meetings - a.meetings || a.name.localeCompare(b.name, 'ja');

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

/**
 * The file of the split persons index that holds every person a name or query with this match key names:
 * FNV-1a of the key, its bits mixed (MurmurHash3's finaliser) so that the low bits the file number takes
 * spread keys that differ in one letter.
 */
export function personShard(key: string): number {
	let hash = 0x811c9dc5;
	for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	return ((hash ^ (hash >>> 16)) >>> 0) % PERSON_SHARDS;
}

/** The file of the split persons index for a query as typed, or null when the query names no one (empty). */
export function queryShard(query: string): number | null {
	const key = matchKey(query);
	return key ? personShard(key) : null;
}

/** The files of the split persons index, by number: each person, in order, in the file of each of its names' match keys. */
export function splitPersons(persons: readonly PersonEntry[]): PersonEntry[][] {
	const files = Array.from({ length: PERSON_SHARDS }, (): PersonEntry[] => []);
	for (const person of persons) {
		const shards = new Set(person.names.map(matchKey).filter(Boolean).map(personShard));
		for (const shard of shards) files[shard]!.push(person);
	}
	return files;
}
