/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page is re-rendered
 * only when its key changes, so each key covers everything the page shows from outside its own MDX
 * entry (neighbours, people, citations, linked references, history). Pure: no file system, no Astro.
 */
import { createHash } from 'node:crypto';
import type { PeopleIndex, Person } from '../people/types.ts';
import { remarkKey } from '../people/types.ts';
import type { FoundReference } from '../references/find.ts';
import { resolveReference, type ArchiveMeeting, type Citation } from '../references/resolve.ts';
import type { Meeting, StoredMeeting } from '../schemas/meeting.ts';

/**
 * One meeting as the keys see it: id, stored record (without remark texts) and the content layer's digest
 * of its file, which changes with any byte of the file and so with any remark text.
 */
export interface KeyedMeeting extends ArchiveMeeting {
	data: StoredMeeting;
	digest: string | number;
}

/** What every key is computed from, once per build. */
export interface KeyInputs {
	/** The archive in date order. */
	meetings: readonly KeyedMeeting[];
	people: PeopleIndex;
	citations: readonly Citation[];
	/** Seed file → git dates (empty when unknown). */
	history: ReadonlyMap<string, { added: string; changed: string }>;
	/** Meeting id → where the references in its texts resolve (`targetsOf`, resolved by the text scan, src/archive/text-scan.ts). */
	references: ReadonlyMap<string, unknown>;
}

/** A short stable hash of any JSON-serialisable value. */
export function hashKey(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}

/** The entry itself: the content layer's digest of its MDX file (frontmatter, remark texts and body). */
function entryPart(meeting: KeyedMeeting): unknown {
	return meeting.digest;
}

/** How a meeting is named by links on other pages (neighbour links, cited-by lists). */
function namePart(meeting: KeyedMeeting | undefined): unknown {
	return meeting ? [meeting.id, meeting.data.series, meeting.data.session, meeting.data.date, meeting.data.title] : null;
}

/** The texts whose references a meeting page links: handout titles, agenda titles and remark texts, in order. */
export function referenceTexts(meeting: { data: Pick<Meeting, 'handouts' | 'agenda' | 'remarks'> }): string[] {
	return [...meeting.data.handouts.map((handout) => handout.title), ...meeting.data.agenda.map((item) => item.title), ...meeting.data.remarks.map((remark) => remark.text)];
}

/** Where the references found in each of a meeting's `referenceTexts` resolve (depends on which meetings the archive holds). */
export function targetsOf(meeting: ArchiveMeeting, found: Iterable<readonly FoundReference[]>, archive: readonly ArchiveMeeting[]): unknown {
	return Array.from(found, (references) =>
		references.flatMap((ref) => {
			const segment = resolveReference(ref, meeting, archive);
			return segment?.kind === 'link' ? [[segment.target.meetingId, segment.target.anchor, segment.title]] : segment?.kind === 'missing' ? [[segment.title]] : [];
		}),
	);
}

/** The person of each remark as a page shows it (link, name, search filter value, affiliation). */
function peoplePart(meeting: KeyedMeeting, people: PeopleIndex): unknown {
	return meeting.data.remarks.map((remark) => {
		const person = people.byId.get(people.byRemark.get(remarkKey(meeting.id, remark.id)) ?? '');
		return person ? [person.id, person.name, person.filterName, person.affiliations[0] ?? null] : null;
	});
}

/** Cache keys of the meeting pages, by entry id: entry, series neighbours, people, references, citations both ways, history. */
export function meetingPageKeys({ meetings, people, citations, history, references }: KeyInputs): Map<string, string> {
	const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
	const bySeries = new Map<string, KeyedMeeting[]>();
	const position = new Map<KeyedMeeting, number>();
	for (const meeting of meetings) {
		const series = bySeries.get(meeting.data.seriesSlug);
		if (series) series.push(meeting);
		else bySeries.set(meeting.data.seriesSlug, [meeting]);
		position.set(meeting, (series?.length ?? 1) - 1);
	}
	const from = new Map<string, Citation[]>();
	const to = new Map<string, Citation[]>();
	const add = (map: Map<string, Citation[]>, key: string, citation: Citation) => {
		const list = map.get(key);
		if (list) list.push(citation);
		else map.set(key, [citation]);
	};
	for (const citation of citations) {
		add(from, citation.from, citation);
		if (citation.to !== null) add(to, citation.to, citation);
	}
	const keys = new Map<string, string>();
	for (const meeting of meetings) {
		const series = bySeries.get(meeting.data.seriesSlug) ?? [];
		const index = position.get(meeting) ?? -1;
		keys.set(
			meeting.id,
			hashKey([
				entryPart(meeting),
				namePart(series[index - 1]),
				namePart(series[index + 1]),
				peoplePart(meeting, people),
				references.get(meeting.id) ?? null,
				(from.get(meeting.id) ?? []).map((c) => [c.anchor, c.label, namePart(c.to === null ? undefined : byId.get(c.to))]),
				(to.get(meeting.id) ?? []).map((c) => [c.anchor, namePart(byId.get(c.from))]),
				history.get(meeting.data.source) ?? null,
			]),
		);
	}
	return keys;
}

/** Cache key of a meeting's JSON download: the entry and the person id and affiliation of each remark. */
export function meetingJsonKey(meeting: KeyedMeeting, people: PeopleIndex): string {
	return hashKey([entryPart(meeting), peoplePart(meeting, people)]);
}

/** Cache key of a person page: the person, the meetings it lists and the openings of the remarks it quotes (by `remarkKey`). */
export function personPageKey(person: Person, meetings: ReadonlyMap<string, KeyedMeeting>, openings: ReadonlyMap<string, string>): string {
	const ids = new Set([...person.roles.map((role) => role.meetingId), ...person.attended, ...person.remarks.map((remark) => remark.meetingId)]);
	const quoted = person.remarks.map((remark) => openings.get(remarkKey(remark.meetingId, remark.remarkId)) ?? null);
	return hashKey([person, [...ids].map((id) => namePart(meetings.get(id))), quoted]);
}
