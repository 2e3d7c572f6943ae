/** The persons a query names, shown above the remark hits: who they are, a link to their page and their remarks in one click. */
import { personsNamed, personsStartingWith, queryShard, type PersonEntry } from '../persons.ts';

let persons: Promise<PersonEntry[]> | undefined;
const shards = new Map<string, Promise<PersonEntry[]>>();

/** Person entries from a file of the index; empty when it cannot be loaded. */
function fetchEntries(url: string): Promise<PersonEntry[]> {
	return fetch(url)
		.then((response) => (response.ok ? (response.json() as Promise<PersonEntry[]>) : []))
		.catch(() => []);
}

/** The whole persons index (`search/persons.json`, for suggestions while typing), fetched once. */
export function loadPersons(url: string): Promise<PersonEntry[]> {
	persons ??= fetchEntries(url);
	return persons;
}

/**
 * The persons a query may name: the whole index when typing has loaded it already, otherwise the one file of
 * the split index that holds the query's match key (`shardUrl(shard)`, each fetched once), a few kilobytes
 * where the whole index is a megabyte at 10,000 meetings.
 */
function namingPool(query: string, shardUrl: (shard: number) => string): Promise<PersonEntry[]> {
	if (persons) return persons;
	const shard = queryShard(query);
	if (shard === null) return Promise.resolve([]);
	const url = shardUrl(shard);
	let pool = shards.get(url);
	if (!pool) {
		pool = fetchEntries(url);
		shards.set(url, pool);
	}
	return pool;
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

/** Show the persons `query` names in `box` (hidden when none), read from the query's file of the split index (`shardUrl`); resolves to their number. */
export async function showPersons(box: HTMLElement, list: HTMLElement, query: string, shardUrl: (shard: number) => string, current: () => boolean): Promise<number> {
	const named = query ? personsNamed(query, await namingPool(query, shardUrl)) : [];
	if (!current()) return 0;
	list.replaceChildren(...named.map(renderPerson));
	box.hidden = named.length === 0;
	return named.length;
}

/** Fill a datalist with the persons whose names contain what was typed. */
export async function suggestPersons(datalist: HTMLDataListElement, typed: string, url: string): Promise<void> {
	const found = personsStartingWith(typed, await loadPersons(url));
	datalist.replaceChildren(
		...found.map((person) => Object.assign(document.createElement('option'), { value: person.name, label: `${person.name}（${person.roles[0] ?? '発言者'}・発言 ${person.remarks} 件）` })),
	);
}
