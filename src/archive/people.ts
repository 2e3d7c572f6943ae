/**
 * The people index and the citations of the archive for the pages, built once per build
 * from the content collection, one pass over the meetings' texts (`text-scan.ts`) and the
 * optional `SEEDS_DIR/people.yml`.
 */
import { readAliasFile } from '../people/alias-file.ts';
import { diagnosticPath, formatDiagnostic } from '../schemas/diagnostic.ts';
import { resolvePeople } from '../people/resolve.ts';
import { remarkKey, type PeopleIndex, type Person } from '../people/types.ts';
import { linkHtml } from '../references/link-html.ts';
import { segmentText, seriesNamesOf, type Citation, type Segment } from '../references/resolve.ts';
import { getMeetings, meetingsById, type MeetingEntry } from './meetings.ts';
import { meetingPageKeys, personPageKey, type KeyedMeeting } from './page-keys.ts';
import { seedHistory } from './provenance.ts';
import { defaultScanCache } from './scan-cache.ts';
import { scanTexts, type TextScan } from './text-scan.ts';
import { segmentHref } from '../site/urls.ts';
import { meetingsDir, seedsDir } from '../site/config.ts';

let people: Promise<PeopleIndex> | undefined;
let citations: Promise<Citation[]> | undefined;

/** Every person of the archive (resolved once per build). */
export function getPeople(): Promise<PeopleIndex> {
	people ??= getMeetings().then((meetings) => {
		// `npm run build` stops on these in scripts/people-report.ts; the dev server shows them and uses the valid entries.
		const { aliases, diagnostics } = readAliasFile(seedsDir);
		const index = resolvePeople(meetings, aliases);
		for (const problem of [...diagnostics, ...index.diagnostics]) if (problem.severity === 'error') console.error(formatDiagnostic(diagnosticPath(seedsDir, problem), problem));
		return index;
	});
	return people;
}

let textScan: Promise<TextScan> | undefined;

/** What the build needs from every remark text (citations, reference targets, openings): one pass per build over the files changed since the last (`scan-cache.ts`). */
export function getTextScan(): Promise<TextScan> {
	textScan ??= Promise.all([getMeetings(), defaultScanCache(meetingsDir())]).then(([meetings, cache]) => scanTexts(meetings, cache));
	return textScan;
}

/** Every citation of one meeting by another in the archive. */
export function getCitations(): Promise<Citation[]> {
	citations ??= getTextScan().then((scan) => scan.citations);
	return citations;
}

/** The archive's citations grouped by citing and by cited meeting. */
export interface CitationIndex {
	from: Map<string, Citation[]>;
	to: Map<string, Citation[]>;
}

let citationIndex: Promise<CitationIndex> | undefined;

/** Citations by citing (`from`) and cited (`to`) meeting id, in archive order (built once per build). */
export function getCitationIndex(): Promise<CitationIndex> {
	citationIndex ??= getCitations().then((all) => {
		const index: CitationIndex = { from: new Map(), to: new Map() };
		const add = (map: Map<string, Citation[]>, key: string, citation: Citation): void => {
			const list = map.get(key);
			if (list) list.push(citation);
			else map.set(key, [citation]);
		};
		for (const citation of all) {
			add(index.from, citation.from, citation);
			if (citation.to !== null) add(index.to, citation.to, citation);
		}
		return index;
	});
	return citationIndex;
}

/** The person who made a remark, or null. */
export async function personOfRemark(meetingId: string, remarkId: string): Promise<Person | null> {
	const index = await getPeople();
	return index.byId.get(index.byRemark.get(remarkKey(meetingId, remarkId)) ?? '') ?? null;
}

/** Where a remark stands among its speaker's in its meeting: its place (from 1), their count, and the speaker's remarks before and after it. */
export interface SpeakerTurn {
	place: number;
	count: number;
	prev: string | null;
	next: string | null;
}

const turnsByMeeting = new Map<string, Promise<Map<string, SpeakerTurn>>>();
/** Meetings whose turns are kept: the pages being rendered at once (a meeting's page asks for them once per remark), not the archive. */
const TURNS_KEPT = 16;

/**
 * Each remark's place among its speaker's in its meeting, by remark id: a speaker is a person of the index, or the
 * label itself when no person was found for it (as the meeting's speaking shares count them). Made once per meeting.
 */
export function speakerTurns(meeting: MeetingEntry): Promise<Map<string, SpeakerTurn>> {
	let turns = turnsByMeeting.get(meeting.id);
	if (!turns) {
		turns = getPeople().then((index) => {
			const bySpeaker = new Map<string, string[]>();
			for (const remark of meeting.data.remarks) {
				const key = index.byRemark.get(remarkKey(meeting.id, remark.id)) ?? `label:${remark.speaker}`;
				const ids = bySpeaker.get(key);
				if (ids) ids.push(remark.id);
				else bySpeaker.set(key, [remark.id]);
			}
			const result = new Map<string, SpeakerTurn>();
			for (const ids of bySpeaker.values()) {
				ids.forEach((id, i) => result.set(id, { place: i + 1, count: ids.length, prev: ids[i - 1] ?? null, next: ids[i + 1] ?? null }));
			}
			return result;
		});
		turnsByMeeting.set(meeting.id, turns);
		// (Oldest first: at 10,000 meetings every meeting's map kept to the end of the build would only grow the peak.)
		for (const id of turnsByMeeting.keys()) {
			if (turnsByMeeting.size <= TURNS_KEPT) break;
			turnsByMeeting.delete(id);
		}
	}
	return turns;
}

/** The archive with its meetings by id and its series names. */
interface ArchiveIndex {
	meetings: MeetingEntry[];
	byId: Map<string, MeetingEntry>;
	seriesNames: string[];
}

let archive: Promise<ArchiveIndex> | undefined;

/** The meetings by id and the series names, computed once per build (pages ask once per remark). */
export function getArchiveIndex(): Promise<ArchiveIndex> {
	archive ??= Promise.all([getMeetings(), meetingsById()]).then(([meetings, byId]) => ({ meetings, byId, seriesNames: seriesNamesOf(meetings) }));
	return archive;
}

/** Every remark's opening as person pages quote it, by `remarkKey` (from the one pass over the texts). */
export async function getRemarkOpenings(): Promise<ReadonlyMap<string, string>> {
	return (await getTextScan()).openings;
}

/** A meeting's text split into plain, linked and missing-reference segments. */
export async function linkedSegments(meeting: MeetingEntry, text: string): Promise<Segment[]> {
	const { meetings, seriesNames } = await getArchiveIndex();
	return segmentText(text, meeting, meetings, seriesNames);
}

/** Rendered remark HTML with its meeting and handout references linked. */
export async function linkRemarkHtml(meetingId: string, html: string): Promise<string> {
	const { meetings, byId, seriesNames } = await getArchiveIndex();
	const meeting = byId.get(meetingId);
	if (!meeting) return html;
	return linkHtml(html, (text) => segmentText(text, meeting, meetings, seriesNames), (segment) => segmentHref(meetingId, segment));
}

/** A collection entry as the cache keys see it, with the content layer's digest of its file. */
export function keyedMeeting(entry: MeetingEntry): KeyedMeeting {
	const { digest } = entry as { digest?: string | number };
	if (digest === undefined) throw new Error(`meeting ${entry.id} has no digest; it must come from the meetings loader.`);
	return { id: entry.id, data: entry.data, digest };
}

let pageKeys: Promise<Map<string, string>> | undefined;

let personKeys: Promise<Map<string, string>> | undefined;

/** Incremental-build cache keys of the person pages (all their remark pages), by person id (computed once per build). */
export function getPersonPageKeys(): Promise<Map<string, string>> {
	personKeys ??= Promise.all([getPeople(), getArchiveIndex(), getTextScan()]).then(([people, { byId }, { openings }]) => {
		const meetings = new Map([...byId].map(([id, entry]) => [id, keyedMeeting(entry)]));
		return new Map(people.persons.map((person) => [person.id, personPageKey(person, meetings, openings)]));
	});
	return personKeys;
}

/** Incremental-build cache keys of the meeting pages, by entry id (computed once per build). */
export function getMeetingPageKeys(): Promise<Map<string, string>> {
	pageKeys ??= Promise.all([getMeetings(), getPeople(), getTextScan(), seedHistory()]).then(([meetings, people, { citations, references }, history]) =>
		meetingPageKeys({ meetings: meetings.map(keyedMeeting), people, citations, history, references }),
	);
	return pageKeys;
}
