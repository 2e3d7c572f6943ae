import type { APIRoute } from 'astro';
import { toRemarkRows } from '../../exports/open-data.ts';
import { jsonLinesChunks } from '../../exports/json.ts';
import { chunkedResponse, meetingRecords } from '../../exports/open-data-site.ts';

/** Every remark of the archive, one JSON object per line, written meeting by meeting. */
export const GET: APIRoute = async ({ site }) => {
	const records = await meetingRecords(site);
	return chunkedResponse(jsonLinesChunks(records.values().map(toRemarkRows)), 'application/jsonl; charset=utf-8');
};
