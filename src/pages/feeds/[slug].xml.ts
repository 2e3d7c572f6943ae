import type { APIRoute, GetStaticPaths } from 'astro';
import { toAtom } from '../../exports/feeds.ts';
import { getMeetings, groupSeries } from '../../archive/meetings.ts';
import { feedItem } from '../../exports/open-data-site.ts';
import { seriesUrl, absolute, downloads } from '../../site/urls.ts';

/** One feed per series. */
export const getStaticPaths = (async () => groupSeries(await getMeetings()).map((series) => ({ params: { slug: series.slug }, props: { series } }))) satisfies GetStaticPaths;

/** Atom feed of one series, newest first. */
export const GET: APIRoute = ({ props, site }) => {
	const { series } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const xml = toAtom({
		title: series.name,
		id: `series-${series.slug}`,
		selfUrl: absolute(downloads.seriesFeed(series.slug), site),
		siteUrl: absolute(seriesUrl(series.slug), site),
		items: series.meetings.map((entry) => feedItem(entry, site)),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
