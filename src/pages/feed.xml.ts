import type { APIRoute } from 'astro';
import { toAtom } from '../exports/feeds.ts';
import { getMeetings } from '../archive/meetings.ts';
import { feedItem } from '../exports/open-data-site.ts';
import { withBase, absolute, downloads } from '../site/urls.ts';
import { siteName } from '../site/config.ts';

/** Atom feed of every meeting in the archive, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const items = (await getMeetings()).map((entry) => feedItem(entry, site));
	const xml = toAtom({ title: siteName, id: 'archive', selfUrl: absolute(downloads.feed(), site), siteUrl: absolute(withBase(''), site), items });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
