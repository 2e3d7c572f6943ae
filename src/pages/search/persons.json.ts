import type { APIRoute } from 'astro';
import { getPeople } from '../../archive/people.ts';
import { personEntry } from '../../search/persons.ts';
import { personUrl } from '../../site/urls.ts';

/** The persons index of the search page: who a query may name, with their roles and counts. */
export const GET: APIRoute = async () => {
	const { persons } = await getPeople();
	const entries = persons.map((person) => personEntry(person, personUrl(person.id)));
	return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
