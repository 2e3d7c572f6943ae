/** The persons a query names, shown above the remark hits: who they are, a link to their page and their remarks in one click. */
import { apartFile, personShard, personsNamed, personsStartingWith, queryKeys, withoutRepeats, type PersonEntry, type PersonShard } from '../persons.ts';

let persons: Promise<PersonEntry[]> | undefined;
const files = new Map<string, Promise<unknown>>();

/** A file of the persons index as JSON, fetched once per URL; null when it cannot be loaded. */
function fetchJson(url: string): Promise<unknown> {
	let file = files.get(url);
	if (!file) {
		file = fetch(url)
			.then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
			.catch(() => null);
		files.set(url, file);
	}
	return file;
}

/** Person entries from a file holding a list of them; empty when it cannot be loaded. */
async function fetchEntries(url: string): Promise<PersonEntry[]> {
	const entries = await fetchJson(url);
	return Array.isArray(entries) ? (entries as PersonEntry[]) : [];
}

/** The whole persons index (`search/persons.json`, for suggestions while typing), fetched once. */
export function loadPersons(url: string): Promise<PersonEntry[]> {
	persons ??= fetchEntries(url);
	return persons;
}

/**
 * The persons a query may name: the whole index when typing has loaded it already, otherwise the one file of
 * the split index that holds the query's match key (`fileUrl(shard)`), a few kilobytes where the whole index
 * is a megabyte at 10,000 meetings, and, when that file lists the query's name apart (a name many persons
 * share), that name's own file (`fileUrl(name)`); for a query in kana, also the file of its reading's start (`queryKeys`).
 */
export async function namingPool(query: string, fileUrl: (file: number | string) => string): Promise<PersonEntry[]> {
	if (persons) return persons;
	const pools = await Promise.all(queryKeys(query).map((key) => keyPool(key, fileUrl)));
	return withoutRepeats(pools.flat());
}

/** The persons of a lookup key's file of the split index, and of the key's own file when that file lists the key apart. */
async function keyPool(key: string, fileUrl: (file: number | string) => string): Promise<PersonEntry[]> {
	const shard = (await fetchJson(fileUrl(personShard(key)))) as PersonShard | null;
	if (!shard || !Array.isArray(shard.persons) || !Array.isArray(shard.apart)) return [];
	const own = apartFile(key, shard);
	return own === null ? shard.persons : withoutRepeats([...shard.persons, ...(await fetchEntries(fileUrl(own)))]);
}

/** The search page URL that lists a person's remarks (the speaker filter set to them). */
export function remarksHref(person: PersonEntry): string {
	const url = new URL(location.href);
	url.search = new URLSearchParams({ speaker: person.filterName }).toString();
	url.hash = '';
	return url.pathname + url.search;
}

/** One person card: name linked to the person page, roles and affiliation, counts, and "この人の発言". */
export function renderPerson(person: PersonEntry): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'person-hit';
	const heading = document.createElement('h3');
	heading.className = 'person-hit__name';
	const link = document.createElement('a');
	link.href = person.url;
	link.textContent = person.name;
	heading.append(link);
	const facts = document.createElement('p');
	facts.className = 'person-hit__facts';
	const role = [person.roles.slice(0, 3).join('・'), person.affiliation].filter(Boolean).join('／');
	facts.textContent = `${role ? `${role}。` : ''}会議 ${person.meetings} 回、発言 ${person.remarks} 件`;
	li.append(heading, facts);
	if (person.remarks > 0) {
		const remarks = document.createElement('a');
		remarks.className = 'person-hit__remarks';
		remarks.href = remarksHref(person);
		remarks.textContent = `この人の発言（${person.remarks} 件）`;
		li.append(remarks);
	}
	return li;
}

/** Show the persons `query` names in `box` (hidden when none), read from the query's file of the split index (`fileUrl`); resolves to their number. */
export async function showPersons(box: HTMLElement, list: HTMLElement, query: string, fileUrl: (file: number | string) => string, current: () => boolean): Promise<number> {
	const named = query ? personsNamed(query, await namingPool(query, fileUrl)) : [];
	if (!current()) return 0;
	list.replaceChildren(...named.map(renderPerson));
	box.hidden = named.length === 0;
	return named.length;
}

/** Fill a datalist with the persons whose names contain what was typed. */
export async function suggestPersons(datalist: HTMLDataListElement, typed: string, url: string): Promise<void> {
	const found = personsStartingWith(typed, await loadPersons(url));
	datalist.replaceChildren(
		// (The reading in the label, so that a suggestion found by a reading typed in kana says why.)
		...found.map((person) => Object.assign(document.createElement('option'), { value: person.name, label: `${person.name}${person.reading ? `［${person.reading}］` : ''}（${person.roles[0] ?? '発言者'}・発言 ${person.remarks} 件）` })),
	);
}
