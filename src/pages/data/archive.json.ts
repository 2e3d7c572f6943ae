import type { APIRoute } from 'astro';
import { archiveJsonChunks } from '../../exports/json.ts';
import { getMeetings } from '../../archive/meetings.ts';
import { archiveExportResponse, meetingRecords } from '../../exports/open-data-site.ts';

/** The whole archive: every meeting with its remark records (Diet-API field names), written record by record as the meetings' files are read. */
export const GET: APIRoute = async ({ site }) => {
	const numberOfRecords = (await getMeetings()).length;
	return archiveExportResponse('data/archive.json', archiveJsonChunks({ generator: 'minutes-archive', numberOfRecords, meetingRecord: meetingRecords(site) }), 'application/json; charset=utf-8');
};
