/**
 * The archive's meetings as the pages see them: the collection in date order (loaded once per build),
 * series, neighbours, years, and one meeting's sections and remarks by id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sessionOrDate } from '../format/labels.ts';
import type { Section, StoredRemark } from '../schemas/meeting.ts';
import { readMeetingFile } from './meeting-texts.ts';
import { compareRecords } from '../people/types.ts';

/** One entry of the `meetings` collection. */
export type MeetingEntry = CollectionEntry<'meetings'>;

/** The MDX body of a meeting, read from its converted file (the content store keeps only the frontmatter, without remark texts). */
export async function readMeetingBody(meeting: MeetingEntry): Promise<string> {
	return (await readMeetingFile(meeting)).body;
}

/** A series with its meetings in date order. */
export interface Series {
	slug: string;
	name: string;
	meetings: MeetingEntry[];
}

let cached: Promise<MeetingEntry[]> | undefined;

/** Every meeting/document in date order (loaded once per build). */
export function getMeetings(): Promise<MeetingEntry[]> {
	cached ??= getCollection('meetings').then((entries) => entries.sort(compareRecords));
	return cached;
}

/** Group meetings into series, ordered by series name; meetings keep date order. */
export function groupSeries(meetings: MeetingEntry[]): Series[] {
	const bySlug = new Map<string, Series>();
	for (const meeting of meetings) {
		const series = bySlug.get(meeting.data.seriesSlug) ?? { slug: meeting.data.seriesSlug, name: meeting.data.series, meetings: [] };
		series.meetings.push(meeting);
		bySlug.set(series.slug, series);
	}
	return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}

type Neighbours = { prev: MeetingEntry | null; next: MeetingEntry | null };
const neighbourMaps = new WeakMap<MeetingEntry[], Map<string, Neighbours>>();

/** The meetings before and after `meeting` in its series (null at either end); computed once per list. */
export function seriesNeighbours(meetings: MeetingEntry[], meeting: MeetingEntry): Neighbours {
	let neighbours = neighbourMaps.get(meetings);
	if (!neighbours) {
		neighbours = new Map();
		const last = new Map<string, MeetingEntry>();
		for (const candidate of meetings) {
			const prev = last.get(candidate.data.seriesSlug) ?? null;
			neighbours.set(candidate.id, { prev, next: null });
			if (prev) neighbours.get(prev.id)!.next = candidate;
			last.set(candidate.data.seriesSlug, candidate);
		}
		neighbourMaps.set(meetings, neighbours);
	}
	return neighbours.get(meeting.id) ?? { prev: null, next: null };
}

/** Group meetings by Western year in the list's order: a list newest first gives its newest year first. */
export function groupByYear(meetings: MeetingEntry[]): { year: number; meetings: MeetingEntry[] }[] {
	const years = new Map<number, MeetingEntry[]>();
	for (const meeting of meetings) {
		const year = Number(meeting.data.date.slice(0, 4));
		const list = years.get(year);
		if (list) list.push(meeting);
		else years.set(year, [meeting]);
	}
	return [...years.entries()].map(([year, list]) => ({ year, meetings: list }));
}

/** A meeting named by its series and session (or date): サイバーセキュリティタスクフォース 第42回. */
export function meetingName(meeting: MeetingEntry): string {
	return `${meeting.data.series} ${sessionOrDate(meeting.data)}`;
}

/** One meeting with its sections and remarks by id. */
export interface MeetingLookup {
	entry: MeetingEntry;
	sections: Map<string, Section>;
	remarks: Map<string, StoredRemark>;
}

const lookups = new Map<string, Promise<MeetingLookup>>();
let byIdCache: Promise<Map<string, MeetingEntry>> | undefined;

/** Every meeting by entry id (built once per build). */
export function meetingsById(): Promise<Map<string, MeetingEntry>> {
	byIdCache ??= getMeetings().then((meetings) => new Map(meetings.map((meeting) => [meeting.id, meeting])));
	return byIdCache;
}

/** Section and remark index entries of one meeting, by id (used by the MDX components). */
export function meetingLookup(meetingId: string): Promise<MeetingLookup> {
	let lookup = lookups.get(meetingId);
	if (!lookup) {
		lookup = meetingsById().then((byId) => {
			const meeting = byId.get(meetingId);
			if (!meeting) throw new Error(`Unknown meeting "${meetingId}" referenced from MDX; check the meeting="…" attribute.`);
			return {
				entry: meeting,
				sections: new Map(meeting.data.sections.map((section) => [section.id, section])),
				remarks: new Map(meeting.data.remarks.map((remark) => [remark.id, remark])),
			};
		});
		lookups.set(meetingId, lookup);
	}
	return lookup;
}
