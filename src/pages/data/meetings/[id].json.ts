import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetings } from '../../../archive/meetings.ts';
import { meetingRecord } from '../../../exports/open-data-site.ts';
import { meetingJsonKey } from '../../../archive/page-keys.ts';
import { getPeople, keyedMeeting } from '../../../archive/people.ts';

/** One JSON file per meeting. */
export const getStaticPaths = (async () => {
	const people = await getPeople();
	return (await getMeetings()).map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: meetingJsonKey(keyedMeeting(entry), people) }));
}) satisfies GetStaticPaths;

/** The meeting record with its remarks. */
export const GET: APIRoute = async ({ props, site }) => {
	const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const record = await meetingRecord(entry, site);
	return new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
