import type { MeetingRecord } from '../schemas/open-data.ts';
import type { FeedItem } from './feeds.ts';
import { getMeetings, type MeetingEntry } from './meetings.ts';
import { toMeetingRecord, type SiteLinks } from './open-data.ts';
import { meetingUrl, sourceUrl, withBase } from './url.ts';

/** Absolute URL when the site's origin is known (`SITE_URL`), otherwise the base-relative path. */
export function absolute(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** Links into the built site for the export builders. */
export function siteLinks(site: URL | undefined): SiteLinks {
	return {
		meeting: (id) => absolute(meetingUrl(id), site),
		source: (file) => absolute(sourceUrl(file), site),
	};
}

/** Every meeting of the archive as an open-data record, in date order. */
export async function meetingRecords(site: URL | undefined): Promise<MeetingRecord[]> {
	const links = siteLinks(site);
	return (await getMeetings()).map((entry) => toMeetingRecord(entry.id, entry.data, links));
}

/** A meeting as a feed/calendar item. */
export function feedItem(entry: MeetingEntry, site: URL | undefined): FeedItem {
	const { data } = entry;
	return {
		id: entry.id,
		title: data.title,
		series: data.series,
		date: data.date,
		start: data.start,
		end: data.end,
		location: data.location,
		url: absolute(meetingUrl(entry.id), site),
		agenda: data.agenda.map((item) => item.title),
	};
}

/** Site-relative paths of the downloads, for links on pages and in the README. */
export const downloads = {
	archive: () => withBase('data/archive.json'),
	schema: () => withBase('data/archive.schema.json'),
	remarksCsv: () => withBase('data/remarks.csv'),
	remarksJsonl: () => withBase('data/remarks.jsonl'),
	meetingJson: (id: string) => withBase(`data/meetings/${id}.json`),
	feed: () => withBase('feed.xml'),
	seriesFeed: (slug: string) => withBase(`feeds/${slug}.xml`),
	seriesCalendar: (slug: string) => withBase(`calendars/${slug}.ics`),
};
