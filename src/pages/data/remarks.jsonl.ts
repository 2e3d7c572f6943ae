import type { APIRoute } from 'astro';
import { jsonLinesChunks, toRemarkRows } from '../../utils/open-data.ts';
import { chunkedResponse, meetingRecords } from '../../utils/open-data-site.ts';

/** Every remark of the archive, one JSON object per line, written meeting by meeting. */
export const GET: APIRoute = async ({ site }) => {
	const records = await meetingRecords(site);
	return chunkedResponse(jsonLinesChunks(records.values().map(toRemarkRows)), 'application/jsonl; charset=utf-8');
};
