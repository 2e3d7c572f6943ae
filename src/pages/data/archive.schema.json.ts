import type { APIRoute } from 'astro';
import { z } from 'zod';
import { archiveSchema } from '../../schemas/open-data.ts';

/** JSON Schema of `archive.json`, generated from the zod schema the exports are typed with. */
export const GET: APIRoute = () => {
	const schema = { ...z.toJSONSchema(archiveSchema), title: 'Minutes archive export', $id: 'archive.schema.json' };
	return new Response(JSON.stringify(schema, null, '\t'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
