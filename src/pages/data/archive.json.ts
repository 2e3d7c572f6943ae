import type { APIRoute } from 'astro';
import type { Archive } from '../../schemas/open-data.ts';
import { meetingRecords } from '../../utils/open-data-site.ts';

/** The whole archive: every meeting with its remark records (Diet-API field names). */
export const GET: APIRoute = async ({ site }) => {
	const meetingRecord = await meetingRecords(site);
	const archive: Archive = { generator: 'minutes-archive', numberOfRecords: meetingRecord.length, meetingRecord };
	return new Response(JSON.stringify(archive), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
