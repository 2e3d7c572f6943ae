import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardCached } from '../../cards/card.ts';
import { formatEraDate, formatWesternDate } from '../../utils/japanese-date.ts';
import { getMeetings, sessionLabel } from '../../utils/meetings.ts';
import { siteName } from '../../utils/site.ts';

/** One social card per meeting. */
export const getStaticPaths = (async () => (await getMeetings()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

/** 1200×630 PNG card (series, session, title, date), reused from `.cache/cards` when unchanged. */
export const GET: APIRoute = async ({ props }) => {
	const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const { data } = entry;
	const { png } = await renderCardCached(
		{
			series: data.series,
			session: sessionLabel(data.session),
			title: data.title,
			date: `${formatWesternDate(data.date)}（${formatEraDate(data.date)}）`,
			footer: siteName,
		},
		'.cache/cards',
	);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
