import type { APIRoute } from 'astro';
import { z } from 'zod';
import { peopleExportSchema } from '../../schemas/open-data.ts';

/** JSON Schema of `people.json`, generated from the zod schema the export is typed with. */
export const GET: APIRoute = () => {
	const schema = { ...z.toJSONSchema(peopleExportSchema), title: 'Minutes archive people export', $id: 'people.schema.json' };
	return new Response(JSON.stringify(schema, null, '\t'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
