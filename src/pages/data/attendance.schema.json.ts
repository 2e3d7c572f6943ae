import type { APIRoute } from 'astro';
import { z } from 'zod';
import { attendanceExportSchema } from '../../schemas/open-data.ts';

/** JSON Schema of `attendance.json`, generated from the zod schema the export is typed with. */
export const GET: APIRoute = () => {
	const schema = { ...z.toJSONSchema(attendanceExportSchema), title: 'Minutes archive attendance export', $id: 'attendance.schema.json' };
	return new Response(JSON.stringify(schema, null, '\t'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
