import type { APIRoute, GetStaticPaths } from 'astro';
import { hashKey } from '../../../archive/page-keys.ts';
import { getPeople } from '../../../archive/people.ts';
import { personEntry, splitPersons, type PersonEntry } from '../../../search/persons.ts';
import { personUrl } from '../../../site/urls.ts';

/** The persons index split by name (src/search/persons.ts `personShard`): `search/persons/0.json` … `63.json`. */
export const getStaticPaths = (async () => {
	const { persons } = await getPeople();
	const files = splitPersons(persons.map((person) => personEntry(person, personUrl(person.id))));
	return files.map((entries, shard) => ({ params: { shard: String(shard) }, props: { entries }, cacheKey: hashKey(entries) }));
}) satisfies GetStaticPaths;

/** The persons a query whose match key falls in this file may name. */
export const GET: APIRoute = ({ props }) => {
	const { entries } = props as { entries: PersonEntry[] };
	return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
