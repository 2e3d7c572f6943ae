import type { APIRoute, GetStaticPaths } from 'astro';
import { toICalendar } from '../../exports/icalendar.ts';
import { getMeetings, groupSeries } from '../../archive/meetings.ts';
import { feedItem } from '../../exports/open-data-site.ts';

/** One calendar per series. */
export const getStaticPaths = (async () => groupSeries(await getMeetings()).map((series) => ({ params: { slug: series.slug }, props: { series } }))) satisfies GetStaticPaths;

/** iCalendar file with each meeting of the series (date, time, place). */
export const GET: APIRoute = ({ props, site }) => {
	const { series } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const ics = toICalendar({ name: series.name, host: site?.host || 'minutes-archive', items: series.meetings.map((entry) => feedItem(entry, site)) });
	return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
