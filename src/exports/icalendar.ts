/** iCalendar (RFC 5545) of a series' meetings: one event each, in Japan time; documents are not events. */
import type { FeedItem } from './feeds.ts';

/** Escapes a TEXT value for iCalendar (RFC 5545 §3.3.11). */
function icalText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
	if (Buffer.byteLength(line, 'utf8') <= 75) return line;
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const code = char.codePointAt(0)!;
		const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
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

/** Builds an iCalendar file with one event per meeting (timed when start is known, all-day otherwise); documents are not events and are left out. */
export function toICalendar(calendar: { name: string; host: string; items: readonly FeedItem[] }): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//minutes-archive//JA', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icalText(calendar.name)}`];
	for (const item of calendar.items.filter((one) => one.kind !== 'document').sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
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
