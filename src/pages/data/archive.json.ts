import type { APIRoute } from 'astro';
import type { Archive } from '../../schemas/open-data.ts';
import { archiveJsonChunks } from '../../exports/json.ts';
import { chunkedResponse, meetingRecords } from '../../exports/open-data-site.ts';

/** The whole archive: every meeting with its remark records (Diet-API field names), written record by record. */
export const GET: APIRoute = async ({ site }) => {
	const meetingRecord = await meetingRecords(site);
	const archive: Archive = { generator: 'minutes-archive', numberOfRecords: meetingRecord.length, meetingRecord };
	return chunkedResponse(archiveJsonChunks(archive), 'application/json; charset=utf-8');
};
