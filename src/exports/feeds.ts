/** Atom feeds of meetings (the archive's and one per series), and the item both feeds and calendars are built from. */
import { escapeMarkup } from '../format/escape.ts';

/** One entry of a feed or calendar: a meeting with what subscribers need. */
export interface FeedItem {
	id: string;
	title: string;
	series: string;
	/** `YYYY-MM-DD` */
	date: string;
	start: string | null;
	end: string | null;
	location: string | null;
	/** Absolute (or site-relative when no site URL is known) link to the meeting page. */
	url: string;
	agenda: string[];
	/** `minutes` of a meeting, or a `document` (a handout, a summary) that is no calendar event. */
	kind: 'minutes' | 'document';
}


/** An Atom id for an item: its URL when absolute, otherwise a stable URN. */
function atomId(url: string, fallback: string): string {
	return /^https?:\/\//.test(url) ? url : `urn:minutes-archive:${fallback}`;
}

/** Newest first, then by id so equal dates keep a stable order. */
function newestFirst(items: readonly FeedItem[]): FeedItem[] {
	return [...items].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

/** Builds an Atom 1.0 feed of meetings, newest first; `updated` is the newest meeting date so builds stay reproducible. */
export function toAtom(feed: { title: string; id: string; selfUrl: string; siteUrl: string; items: readonly FeedItem[] }): string {
	const items = newestFirst(feed.items);
	const updated = `${items[0]?.date ?? '1970-01-01'}T00:00:00+09:00`;
	const entries = items.map((item) => {
		const summary = item.agenda.length ? item.agenda.join(' / ') : item.title;
		return [
			'  <entry>',
			`    <title>${escapeMarkup(item.title)}</title>`,
			`    <id>${escapeMarkup(atomId(item.url, item.id))}</id>`,
			`    <link rel="alternate" type="text/html" href="${escapeMarkup(item.url)}"/>`,
			`    <updated>${item.date}T${item.start ?? '00:00'}:00+09:00</updated>`,
			`    <category term="${escapeMarkup(item.series)}"/>`,
			`    <summary>${escapeMarkup(summary)}</summary>`,
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
		`  <title>${escapeMarkup(feed.title)}</title>`,
		`  <id>${escapeMarkup(atomId(feed.selfUrl, feed.id))}</id>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.selfUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeMarkup(feed.siteUrl)}"/>`,
		`  <updated>${updated}</updated>`,
		'  <author><name>minutes archive</name></author>',
		...entries,
		'</feed>',
		'',
	].join('\n');
}
