/**
 * The people index and the citations of the archive for the pages, built once per build
 * from the content collection and the optional `SEEDS_DIR/people.yml`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAliasFile } from '../people/aliases.ts';
import { resolvePeople } from '../people/resolve.ts';
import { remarkKey, type PeopleIndex, type Person } from '../people/types.ts';
import { linkHtml } from '../references/link-html.ts';
import { collectCitations, segmentText, seriesNamesOf, type Citation, type Segment } from '../references/resolve.ts';
import { getMeetings, type MeetingEntry } from './meetings.ts';
import { meetingUrl, withBase } from './url.ts';

/** Where the alias file is read from. */
export function aliasFilePath(): string {
	return path.resolve(process.env.SEEDS_DIR || 'seeds', 'people.yml');
}

let people: Promise<PeopleIndex> | undefined;
let citations: Promise<Citation[]> | undefined;

/** Every person of the archive (resolved once per build). */
export function getPeople(): Promise<PeopleIndex> {
	people ??= getMeetings().then((meetings) => {
		const file = aliasFilePath();
		const aliases = existsSync(file) ? parseAliasFile(readFileSync(file, 'utf8')).aliases : [];
		return resolvePeople(meetings, aliases);
	});
	return people;
}

/** Every citation of one meeting by another in the archive. */
export function getCitations(): Promise<Citation[]> {
	citations ??= getMeetings().then((meetings) => collectCitations(meetings));
	return citations;
}

/** URL of a person page. */
export function personUrl(id: string): string {
	return withBase(`people/${id}/`);
}

/** URL of the people index. */
export function peopleUrl(): string {
	return withBase('people/');
}

/** The person who made a remark, or null. */
export async function personOfRemark(meetingId: string, remarkId: string): Promise<Person | null> {
	const index = await getPeople();
	return index.byId.get(index.byRemark.get(remarkKey(meetingId, remarkId)) ?? '') ?? null;
}

/** Link target URL of a segment seen on the page of `fromId` (same-page anchors stay `#…`). */
export function segmentHref(fromId: string, segment: Extract<Segment, { kind: 'link' }>): string {
	const { meetingId, anchor } = segment.target;
	if (meetingId === fromId && anchor) return `#${anchor}`;
	return meetingUrl(meetingId, anchor ?? undefined);
}

/** A meeting's text split into plain, linked and missing-reference segments. */
export async function linkedSegments(meeting: MeetingEntry, text: string): Promise<Segment[]> {
	const meetings = await getMeetings();
	return segmentText(text, meeting, meetings, seriesNamesOf(meetings));
}

/** Rendered remark HTML with its meeting and handout references linked. */
export async function linkRemarkHtml(meetingId: string, html: string): Promise<string> {
	const meetings = await getMeetings();
	const meeting = meetings.find((candidate) => candidate.id === meetingId);
	if (!meeting) return html;
	const names = seriesNamesOf(meetings);
	return linkHtml(html, (text) => segmentText(text, meeting, meetings, names), (segment) => segmentHref(meetingId, segment));
}
