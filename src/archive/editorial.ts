/**
 * The hand-written MDX of the archive, checked against the generated meetings once per build:
 * pages (`content/pages`), notes on meetings and remarks (`content/notes`) and series
 * introductions (`content/series`). A note or link whose meeting or remark does not exist stops
 * the build with the file's name.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getMeetings } from './meetings.ts';
import { EditorialReferenceError, referenceProblem } from './editorial-check.ts';

export { EditorialReferenceError, referenceProblem };

export type PageEntry = CollectionEntry<'pages'>;
export type NoteEntry = CollectionEntry<'notes'>;
export type SeriesIntroEntry = CollectionEntry<'series'>;

/** Notes of one meeting: those at the top of the minutes and those at each remark. */
export interface MeetingNotes {
	meeting: NoteEntry[];
	byRemark: Map<string, NoteEntry[]>;
	/** Digest of every note of the meeting, for the page's incremental build key. */
	digest: string;
}

let notesCache: Promise<Map<string, MeetingNotes>> | undefined;

/** Every note, checked and grouped by meeting (read once per build). */
export function getNotesByMeeting(): Promise<Map<string, MeetingNotes>> {
	notesCache ??= (async () => {
		const meetings = new Map((await getMeetings()).map((entry) => [entry.id, entry.data]));
		const notes = (await getCollection('notes')).sort((a, b) => a.id.localeCompare(b.id));
		const grouped = new Map<string, MeetingNotes>();
		for (const note of notes) {
			const problem = referenceProblem(meetings, note.data.meeting, note.data.remark);
			if (problem) throw new EditorialReferenceError(`${note.filePath ?? note.id}: ${problem}`);
			const group: MeetingNotes = grouped.get(note.data.meeting) ?? { meeting: [], byRemark: new Map(), digest: '' };
			if (note.data.remark === undefined) group.meeting.push(note);
			else group.byRemark.set(note.data.remark, [...(group.byRemark.get(note.data.remark) ?? []), note]);
			group.digest += `${note.id}:${note.digest ?? ''};`;
			grouped.set(note.data.meeting, group);
		}
		return grouped;
	})();
	return notesCache;
}

/** The notes of one meeting (empty when it has none). */
export async function notesOf(meeting: string): Promise<MeetingNotes> {
	return (await getNotesByMeeting()).get(meeting) ?? { meeting: [], byRemark: new Map(), digest: '' };
}

/** Routes the site already has: a hand-written page may not take their place. */
const RESERVED_PAGES = new Set(['meetings', 'series', 'people', 'search', 'timeline', 'data', 'feeds', 'calendars', 'og', 'sources', 'pagefind', '404', 'feed.xml', 'robots.txt']);

let pagesCache: Promise<PageEntry[]> | undefined;

/** Every hand-written page, ordered for the navigation (read once per build); a page named like a built-in route stops the build. */
export function getEditorialPages(): Promise<PageEntry[]> {
	pagesCache ??= getCollection('pages').then((pages) => {
		for (const page of pages) {
			if (RESERVED_PAGES.has(page.id)) {
				throw new EditorialReferenceError(`${page.filePath ?? page.id}: the page name "${page.id}" is taken by the site's own pages; rename the file (e.g. ${page.id}-info.mdx)`);
			}
		}
		return pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'ja'));
	});
	return pagesCache;
}

let introsCache: Promise<SeriesIntroEntry[]> | undefined;

/** Every series introduction (read once per build). */
function getSeriesIntros(): Promise<SeriesIntroEntry[]> {
	introsCache ??= getCollection('series');
	return introsCache;
}

/** The introduction of a series page, if one is written (`content/series/<slug>.mdx`). */
export async function seriesIntro(slug: string): Promise<SeriesIntroEntry | undefined> {
	return (await getSeriesIntros()).find((entry) => entry.id === slug);
}

/** Series introductions whose slug no series has: stops the build with the file's name. */
export async function checkSeriesIntros(slugs: ReadonlySet<string>): Promise<void> {
	for (const entry of await getSeriesIntros()) {
		if (!slugs.has(entry.id)) {
			throw new EditorialReferenceError(`${entry.filePath ?? entry.id}: no series has the slug "${entry.id}" (name the file after the series page's URL, e.g. series/cybersecurity-task-force/ → cybersecurity-task-force.mdx)`);
		}
	}
}
