import type { APIRoute } from 'astro';
import { toJsonLines, toRemarkRows } from '../../utils/open-data.ts';
import { meetingRecords } from '../../utils/open-data-site.ts';

/** Every remark of the archive, one JSON object per line. */
export const GET: APIRoute = async ({ site }) => {
	const rows = (await meetingRecords(site)).flatMap(toRemarkRows);
	return new Response(toJsonLines(rows), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
};
