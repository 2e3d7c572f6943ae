import type { APIRoute } from 'astro';
import { toAtom } from '../utils/feeds.ts';
import { getMeetings } from '../utils/meetings.ts';
import { absolute, downloads, feedItem } from '../utils/open-data-site.ts';
import { withBase } from '../utils/url.ts';
import { siteName } from '../utils/site.ts';

/** Atom feed of every meeting in the archive, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const items = (await getMeetings()).map((entry) => feedItem(entry, site));
	const xml = toAtom({ title: siteName, id: 'archive', selfUrl: absolute(downloads.feed(), site), siteUrl: absolute(withBase(''), site), items });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
