import { escapeMarkup } from './escape.ts';

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

/** Escapes a TEXT value for iCalendar (RFC 5545 §3.3.11). */
function icalText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = new TextEncoder().encode(char).length;
		const limit = out.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

/** `YYYY-MM-DD` + `HH:MM` in Japan time → iCalendar UTC date-time (Japan has no daylight saving). */
function utcStamp(date: string, time: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [hh, mm] = time.split(':').map(Number) as [number, number];
	const t = new Date(Date.UTC(y, m - 1, d, hh - 9, mm));
	return t.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Adds one day to a `YYYY-MM-DD` date, as iCalendar's exclusive DTEND of an all-day event. */
function nextDay(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Builds an iCalendar file with one event per meeting (timed when start is known, all-day otherwise). */
export function toICalendar(calendar: { name: string; host: string; items: readonly FeedItem[] }): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//minutes-archive//JA', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icalText(calendar.name)}`];
	for (const item of [...calendar.items].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
		lines.push('BEGIN:VEVENT', `UID:${item.id}@${calendar.host}`, `DTSTAMP:${utcStamp(item.date, '00:00')}`);
		if (item.start) {
			lines.push(`DTSTART:${utcStamp(item.date, item.start)}`);
			if (item.end) lines.push(`DTEND:${utcStamp(item.date, item.end)}`);
		} else {
			lines.push(`DTSTART;VALUE=DATE:${item.date.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${nextDay(item.date)}`);
		}
		lines.push(`SUMMARY:${icalText(item.title)}`);
		if (item.location) lines.push(`LOCATION:${icalText(item.location)}`);
		if (item.agenda.length) lines.push(`DESCRIPTION:${icalText(item.agenda.join('\n'))}`);
		lines.push(`URL:${item.url}`, 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
