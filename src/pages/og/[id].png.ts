import type { APIRoute, GetStaticPaths } from 'astro';
import { startCardsAhead } from '../../cards/ahead.ts';
import { cardDrawing, cardFile, cardKey, cardSpec, renderCardCached, type CardText } from '../../cards/card.ts';
import { formatEraDate, formatWesternDate } from '../../format/japanese-date.ts';
import { getMeetings, type MeetingEntry } from '../../archive/meetings.ts';
import { sessionLabel } from '../../format/labels.ts';
import { cardCacheDir, siteName } from '../../site/config.ts';

/** What a meeting's card shows. */
function cardText(entry: MeetingEntry): CardText {
	const { data } = entry;
	return {
		series: data.series,
		session: sessionLabel(data.session),
		title: data.title,
		date: `${formatWesternDate(data.date)}（${formatEraDate(data.date)}）`,
		footer: siteName,
	};
}

/**
 * One social card per meeting; the key is the card's text, so incremental builds keep unchanged cards.
 * In a build the cards not in the card cache start drawing now, on a thread of their own (src/cards/ahead.ts).
 */
export const getStaticPaths = (async () => {
	const meetings = await getMeetings();
	const specs = meetings.map((entry) => cardSpec(cardText(entry)));
	if (import.meta.env.PROD) await startCardsAhead(specs.map((spec) => ({ spec, file: cardFile(spec, cardCacheDir) })), cardCacheDir, cardDrawing);
	return meetings.map((entry, i) => ({ params: { id: entry.id }, props: { entry }, cacheKey: cardKey(specs[i]!) }));
}) satisfies GetStaticPaths;

/** 1200×630 PNG card (series, session, title, date), reused from the card cache (`CARD_CACHE_DIR`) when unchanged. */
export const GET: APIRoute = async ({ props }) => {
	const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const { png } = await renderCardCached(cardText(entry), cardCacheDir);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
