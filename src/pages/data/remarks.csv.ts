import type { APIRoute } from 'astro';
import { toCsv, toRemarkRows } from '../../utils/open-data.ts';
import { meetingRecords } from '../../utils/open-data-site.ts';

/** Every remark of the archive as CSV (RFC 4180, UTF-8 with BOM). */
export const GET: APIRoute = async ({ site }) => {
	const rows = (await meetingRecords(site)).flatMap(toRemarkRows);
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
