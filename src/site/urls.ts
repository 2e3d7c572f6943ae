/**
 * Every URL of the built site, made here: pages, seeds, downloads and feeds, under Astro's base
 * (`/` or `/minutes/`), and absolute when the site's origin (`SITE_URL`) is known.
 */
import { base as configBase } from 'astro:config/client';
import type { Segment } from '../references/resolve.ts';

// Read from the config, not `import.meta.env.BASE_URL`: Astro lets a BASE_URL variable in the
// environment (Vitest sets one) override that value.
const base = configBase.endsWith('/') ? configBase : `${configBase}/`;

/** Prefix a site-relative path (`meetings/x/`) with Astro's base (`/` or `/minutes/`). */
export function withBase(path: string): string {
	return base + path.replace(/^\/+/, '');
}

/** URL of a meeting page, optionally pointing at one remark (`#r12`). */
export function meetingUrl(id: string, anchor?: string): string {
	return withBase(`meetings/${id}/`) + (anchor ? `#${anchor}` : '');
}

/** URL of a series page. */
export function seriesUrl(slug: string): string {
	return withBase(`series/${slug}/`);
}

/**
 * The extension a seed is served under: its own, lower-cased (`.txt` when it has none); a saved web page's, and any XML
 * file's (an NDL API's `.xml`, a flat OpenDocument `.fodt`), gets `.txt` after it (`.html.txt`), so no static host serves
 * the page as a page of the site, its scripts run on the site's origin: it is served as text.
 */
function servedExtension(source: string): string {
	const extension = /\.[A-Za-z0-9]+$/u.exec(source)?.[0].toLowerCase() ?? '.txt';
	return /^\.(?:html?|xhtml|svg|xml|mhtml|mht|fodt)$/u.test(extension) ? `${extension}.txt` : extension;
}

/**
 * The name a meeting's seed is served under: its entry id plus the seed's extension
 * (`cybersecurity-task-force-042.txt`; a web page's `….html.txt`). ASCII whatever the seed is called (`#`, `?`, `%`, tabs,
 * decomposed kana), so every static host serves it; the download keeps the seed's own name.
 */
export function sourceFileName(entryId: string, source: string): string {
	return `${entryId}${servedExtension(source)}`;
}

/**
 * The name the original bytes of a seed that is not UTF-8 are served under (its text, as UTF-8, is
 * served under `sourceFileName`): `cybersecurity-task-force-042.original-shift_jis.txt`.
 */
export function sourceOriginalFileName(entryId: string, source: string, encoding: string): string {
	return `${entryId}.original-${encoding}${servedExtension(source)}`;
}

/** URL of the original bytes of a seed that is not UTF-8. */
export function sourceOriginalUrl(entryId: string, source: string, encoding: string): string {
	return withBase(`sources/${encodeURIComponent(sourceOriginalFileName(entryId, source, encoding))}`);
}

/** URL of a meeting's original seed file, served by the `/sources/` endpoint. */
export function sourceUrl(entryId: string, source: string): string {
	return withBase(`sources/${encodeURIComponent(sourceFileName(entryId, source))}`);
}

/** URL of a person page. */
export function personUrl(id: string): string {
	return withBase(`people/${id}/`);
}

/** URL of the persons index the search page loads for suggestions while typing (src/pages/search/persons.json.ts). */
export function searchPersonsUrl(): string {
	return withBase('search/persons.json');
}

/** URL of one file of the split persons index (src/pages/search/persons/[shard].json.ts), which a search names its persons from: a shard by number, or a shared name's file by name. */
export function searchPersonShardUrl(file: number | string): string {
	return withBase(`search/persons/${file}.json`);
}

/** URL of the people index. */
export function peopleUrl(): string {
	return withBase('people/');
}

/** Link target URL of a segment seen on the page of `fromId` (same-page anchors stay `#…`). */
export function segmentHref(fromId: string, segment: Extract<Segment, { kind: 'link' }>): string {
	const { meetingId, anchor } = segment.target;
	if (meetingId === fromId && anchor) return `#${anchor}`;
	return meetingUrl(meetingId, anchor ?? undefined);
}

/** Absolute URL when the site's origin is known (`SITE_URL`), otherwise the base-relative path. */
export function absolute(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** Site-relative paths of the downloads, for links on pages and in the README. */
export const downloads = {
	archive: () => withBase('data/archive.json'),
	schema: () => withBase('data/archive.schema.json'),
	remarksCsv: () => withBase('data/remarks.csv'),
	remarksJsonl: () => withBase('data/remarks.jsonl'),
	meetingJson: (id: string) => withBase(`data/meetings/${id}.json`),
	peopleJson: () => withBase('data/people.json'),
	peopleSchema: () => withBase('data/people.schema.json'),
	attendanceSchema: () => withBase('data/attendance.schema.json'),
	peopleCsv: () => withBase('data/people.csv'),
	attendanceJson: () => withBase('data/attendance.json'),
	attendanceCsv: () => withBase('data/attendance.csv'),
	seriesData: (slug: string, file: string) => withBase(`data/series/${slug}/${file}`),
	feed: () => withBase('feed.xml'),
	seriesFeed: (slug: string) => withBase(`feeds/${slug}.xml`),
	seriesCalendar: (slug: string) => withBase(`calendars/${slug}.ics`),
};

/** URL of a file of the search index (`pagefind/pagefind.js`, `pagefind/parts.json`). */
export function pagefindUrl(file = ''): string {
	return withBase(`pagefind/${file}`);
}
