import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { toAtom, type FeedItem } from '../../src/exports/feeds.ts';
import { toICalendar } from '../../src/exports/icalendar.ts';

const items: FeedItem[] = [
	{
		id: 'cybersecurity-task-force-042',
		title: 'サイバーセキュリティタスクフォース（第42回）議事要旨',
		series: 'サイバーセキュリティタスクフォース',
		date: '2023-02-01',
		start: '16:00',
		end: '18:00',
		location: 'オンライン',
		url: 'https://example.org/minutes/meetings/cybersecurity-task-force-042/',
		agenda: ['国際連携に関する取組状況と課題について', '地域の取組, セミコロン; バックスラッシュ \\ と <script>&amp;'],
		kind: 'minutes',
	},
	{
		id: 'cybersecurity-task-force-2019-12-05',
		title: '前回までの御議論について',
		series: 'サイバーセキュリティタスクフォース',
		date: '2019-12-05',
		start: null,
		end: null,
		location: null,
		url: 'https://example.org/minutes/meetings/cybersecurity-task-force-2019-12-05/',
		agenda: [],
		kind: 'minutes',
	},
];
/** A document (no meeting took place on its date): in feeds, never in calendars. */
const documentItem: FeedItem = {
	id: 'cybersecurity-task-force-2020-01-10',
	title: '今後の進め方（案）',
	series: 'サイバーセキュリティタスクフォース',
	date: '2020-01-10',
	start: null,
	end: null,
	location: null,
	url: 'https://example.org/minutes/meetings/cybersecurity-task-force-2020-01-10/',
	agenda: [],
	kind: 'document',
};

describe('Atom feed', () => {
	const xml = toAtom({ title: 'サイバーセキュリティタスクフォース', id: 'cstf', selfUrl: 'https://example.org/minutes/feeds/cstf.xml', siteUrl: 'https://example.org/minutes/', items });

	test('is well-formed XML that a standard parser reads', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
		expect(feed.entry).toHaveLength(2);
	});

	test('lists entries newest first with the agenda in the summary, text escaped', () => {
		const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(xml).feed;
		expect(feed.entry[0].title).toBe('サイバーセキュリティタスクフォース（第42回）議事要旨');
		expect(feed.entry[0].summary).toBe('国際連携に関する取組状況と課題について / 地域の取組, セミコロン; バックスラッシュ \\ と <script>&amp;');
		expect(feed.entry[0].link['@_href']).toBe(items[0]!.url);
		expect(feed.entry[1].updated).toBe('2019-12-05T00:00:00+09:00');
		expect(feed.updated).toBe('2023-02-01T00:00:00+09:00');
		expect(xml).not.toContain('<script>');
	});
});

describe('iCalendar', () => {
	const ics = toICalendar({ name: 'サイバーセキュリティタスクフォース', host: 'example.org', items: [...items, documentItem] });
	const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

	test('parses with ical.js into one event per meeting; documents are not events', () => {
		expect(events.map((event) => event.uid)).toEqual(['cybersecurity-task-force-2019-12-05@example.org', 'cybersecurity-task-force-042@example.org']);
		expect(ics).not.toContain(documentItem.id);
	});

	test('timed meetings are in Japan time, meetings without a time are all-day dates', () => {
		const timed = events.find((e) => e.uid.startsWith('cybersecurity-task-force-042'))!;
		expect(timed.startDate.toJSDate().toISOString()).toBe('2023-02-01T07:00:00.000Z');
		expect(timed.endDate.toJSDate().toISOString()).toBe('2023-02-01T09:00:00.000Z');
		expect(timed.location).toBe('オンライン');
		expect(timed.summary).toBe(items[0]!.title);
		expect(timed.description).toBe(items[0]!.agenda.join('\n'));
		const allDay = events.find((e) => e.uid.startsWith('cybersecurity-task-force-2019'))!;
		expect(allDay.startDate.isDate).toBe(true);
		expect(allDay.startDate.toString()).toBe('2019-12-05');
	});

	test('folds long lines at 75 octets without splitting characters', () => {
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(ics).not.toContain('\uFFFD');
	});

	test('a title of 1-, 2-, 3- and 4-byte characters folds at every boundary and unfolds to itself', () => {
		for (let shift = 0; shift < 4; shift++) {
			const title = `${'a'.repeat(shift)}${'Aé会𠮷'.repeat(40)}`;
			const folded = toICalendar({ name: 'S', host: 'example.org', items: [{ ...items[1]!, title }] });
			for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
			const [event] = new ICAL.Component(ICAL.parse(folded)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
			expect(event!.summary).toBe(title);
		}
	});
});
