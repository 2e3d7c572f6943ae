import type { APIRoute, GetStaticPaths } from 'astro';
import { hashKey } from '../../../archive/page-keys.ts';
import { getPeople } from '../../../archive/people.ts';
import { personEntry, splitPersons, type PersonEntry, type PersonShard } from '../../../search/persons.ts';
import { personUrl } from '../../../site/urls.ts';

/**
 * The persons index split by name (src/search/persons.ts `splitPersons`): `search/persons/0.json` … `63.json`
 * by the match key of each name, and `search/persons/k<hash>.json` for each name shared by many persons.
 */
export const getStaticPaths = (async () => {
	const { persons } = await getPeople();
	const { shards, apart } = splitPersons(persons.map((person) => personEntry(person, personUrl(person.id))));
	const files: { file: string; content: PersonShard | PersonEntry[] }[] = [...shards.map((content, shard) => ({ file: String(shard), content })), ...[...apart].map(([file, content]) => ({ file, content }))];
	return files.map(({ file, content }) => ({ params: { shard: file }, props: { content }, cacheKey: hashKey(content) }));
}) satisfies GetStaticPaths;

/** The persons a query whose match key falls in this file may name (a shard), or the persons of one shared name. */
export const GET: APIRoute = ({ props }) => {
	const { content } = props as { content: PersonShard | PersonEntry[] };
	return new Response(JSON.stringify(content), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
