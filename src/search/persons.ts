/**
 * The persons index the search page loads (written at build time by src/pages/search/persons.json.ts):
 * one small entry per person, and how a query names a person (name, surname or label as written,
 * any width) or starts to.
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
