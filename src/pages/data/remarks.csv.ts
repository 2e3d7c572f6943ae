import type { APIRoute } from 'astro';
import { toRemarkRows } from '../../exports/open-data.ts';
import { csvChunks } from '../../exports/csv.ts';
import { chunkedResponse, meetingRecords } from '../../exports/open-data-site.ts';

/** Every remark of the archive as CSV (RFC 4180, UTF-8 with BOM), written meeting by meeting. */
export const GET: APIRoute = async ({ site }) => {
	const records = await meetingRecords(site);
	return chunkedResponse(csvChunks(records.values().map(toRemarkRows)), 'text/csv; charset=utf-8');
};
