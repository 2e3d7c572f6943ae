/**
 * Resolving found references against the archive, splitting texts into linkable segments,
 * and collecting which meeting cites which. Pure: no file system, no Astro.
 */
import { fnv1a, seriesKey } from '../parser/series.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { findReferences, handoutKey, type FoundReference } from './find.ts';

/** What resolution needs to know about each meeting of the archive. */
export interface ArchiveMeeting {
	id: string;
	data: Pick<Meeting, 'series' | 'seriesSlug' | 'session' | 'date' | 'kind' | 'handouts'>;
}

/** Where a reference points: a meeting in the archive (and an anchor on its page), or nothing. */
export interface ReferenceTarget {
	meetingId: string;
	anchor: string | null;
}

/** A piece of text: plain, a link to a target, or a reference to a meeting that is not in the archive. */
export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'link'; text: string; target: ReferenceTarget; title: string; reference: 'meeting' | 'handout' }
	| { kind: 'missing'; text: string; title: string };

/** One citation of a meeting by another (or of a meeting that is not in the archive). */
export interface Citation {
	/** The citing meeting and where in it: `handouts`, `agenda` or a remark id. */
	from: string;
	anchor: string;
	/** The cited meeting, or null when it is not in the archive. */
	to: string | null;
	/** How the citation reads: `サイバーセキュリティタスクフォース 第28回`. */
	label: string;
}

/** Page anchor of a handout entry: `資料 42-1-1` → `handout-42-1-1`, `参考資料 2` → `handout-ref-2`. */
export function handoutAnchor(id: string): string {
	const key = handoutKey(id);
	const reference = key.startsWith('参考資料');
	const rest = key
		.replace(/^(?:参考)?資料/u, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (!rest || rest.length > 40) return `handout-${fnv1a(key)}`;
	return `handout-${reference ? 'ref-' : ''}${rest}`;
}

/** Series names of the archive, each once. */
export function seriesNamesOf(archive: readonly ArchiveMeeting[]): string[] {
	return [...new Set(archive.map((meeting) => meeting.data.series))];
}

/** Lookups over one archive array, built once per array (a build passes the same array for every page). */
interface ArchiveContext {
	/** Series slug → name, series key (`seriesKey`); in archive order. */
	series: [slug: string, name: string, squashed: string][];
	/** `slug|session` → the meetings with that session, in archive order. */
	sessions: Map<string, ArchiveMeeting[]>;
	/** Series slug → its meetings that have a session number, in archive order. */
	numbered: Map<string, ArchiveMeeting[]>;
}

const contexts = new WeakMap<readonly ArchiveMeeting[], ArchiveContext>();

/** The lookups of an archive (cached per array, so resolving a reference does not scan the archive). */
function contextOf(archive: readonly ArchiveMeeting[]): ArchiveContext {
	let context = contexts.get(archive);
	if (context) return context;
	const all = new Map(archive.map((meeting) => [meeting.data.seriesSlug, meeting.data.series]));
	const sessions = new Map<string, ArchiveMeeting[]>();
	const numbered = new Map<string, ArchiveMeeting[]>();
	for (const meeting of archive) {
		if (meeting.data.session === null) continue;
		const key = `${meeting.data.seriesSlug}|${meeting.data.session}`;
		sessions.set(key, [...(sessions.get(key) ?? []), meeting]);
		const own = numbered.get(meeting.data.seriesSlug);
		if (own) own.push(meeting);
		else numbered.set(meeting.data.seriesSlug, [meeting]);
	}
	context = { series: [...all].map(([slug, name]) => [slug, name, seriesKey(name)]), sessions, numbered };
	contexts.set(archive, context);
	return context;
}

/** The archive series a written series name means (exact, else the only one, or this one, ending so). */
function seriesFor(written: string, from: ArchiveMeeting, archive: readonly ArchiveMeeting[]): { slug: string; name: string } | null {
	const key = seriesKey(written);
	const all = contextOf(archive).series;
	const exact = all.find(([, , name]) => name === key);
	if (exact) return { slug: exact[0], name: exact[1] };
	const ending = all.filter(([, , name]) => name.endsWith(key));
	const own = ending.find(([slug]) => slug === from.data.seriesSlug);
	const chosen = own ?? (ending.length === 1 ? ending[0] : undefined);
	return chosen ? { slug: chosen[0], name: chosen[1] } : null;
}

/** The meeting of a series with a session number (minutes before other documents). */
function sessionMeeting(slug: string, session: number, archive: readonly ArchiveMeeting[]): ArchiveMeeting | null {
	const matches = contextOf(archive).sessions.get(`${slug}|${session}`) ?? [];
	return matches.find((meeting) => meeting.data.kind === 'minutes') ?? matches[0] ?? null;
}

/** Resolve one found reference from a meeting: a link, a missing meeting, or nothing to mark (self, unknown handout). */
export function resolveReference(ref: FoundReference, from: ArchiveMeeting, archive: readonly ArchiveMeeting[]): Exclude<Segment, { kind: 'text' }> | null {
	const text = '';
	if (ref.type === 'handout') {
		const handout = from.data.handouts.find((candidate) => handoutKey(candidate.id) === ref.handout);
		if (!handout) return null;
		return { kind: 'link', text, target: { meetingId: from.id, anchor: handoutAnchor(handout.id) }, title: `${handout.id} ${handout.title}`.trim(), reference: 'handout' };
	}
	if (ref.previous) {
		const own = (contextOf(archive).numbered.get(from.data.seriesSlug) ?? []).filter((meeting) => meeting.id !== from.id);
		const target =
			from.data.session !== null
				? sessionMeeting(from.data.seriesSlug, from.data.session - 1, archive)
				: (own.filter((meeting) => meeting.data.date < from.data.date).sort((a, b) => a.data.date.localeCompare(b.data.date)).at(-1) ?? null);
		const label = from.data.session !== null ? `${from.data.series} 第${from.data.session - 1}回（前回）` : `${from.data.series} 前回`;
		if (!target) return { kind: 'missing', text, title: `${label}はこのアーカイブに未収録` };
		return { kind: 'link', text, target: { meetingId: target.id, anchor: null }, title: `${target.data.series} 第${target.data.session}回（前回）`, reference: 'meeting' };
	}
	const series = ref.series === null ? { slug: from.data.seriesSlug, name: from.data.series } : seriesFor(ref.series, from, archive);
	const label = `${series?.name ?? ref.series ?? ''} 第${ref.session}回`.trim();
	if (series === null || ref.session === null) return { kind: 'missing', text, title: `${label}はこのアーカイブに未収録` };
	if (series.slug === from.data.seriesSlug && ref.session === from.data.session) return null;
	const target = sessionMeeting(series.slug, ref.session, archive);
	if (!target) return { kind: 'missing', text, title: `${label}はこのアーカイブに未収録` };
	return { kind: 'link', text, target: { meetingId: target.id, anchor: null }, title: label, reference: 'meeting' };
}

/** Split a text into plain, linked and missing-meeting segments (the text itself is never changed). */
export function segmentText(text: string, from: ArchiveMeeting, archive: readonly ArchiveMeeting[], seriesNames = seriesNamesOf(archive)): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const ref of findReferences(text, seriesNames)) {
		const resolved = resolveReference(ref, from, archive);
		if (!resolved) continue;
		if (ref.start > last) segments.push({ kind: 'text', text: text.slice(last, ref.start) });
		segments.push({ ...resolved, text: text.slice(ref.start, ref.end) });
		last = ref.end;
	}
	if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
	return segments;
}

/** Where each of a meeting's `citingTexts` is, in the same order: `handouts`, `agenda` or a remark id (no texts needed). */
export function citingAnchors(meeting: { data: Pick<Meeting, 'handouts' | 'agenda'> & { remarks: readonly { id: string }[] } }): string[] {
	return [...meeting.data.handouts.map(() => 'handouts'), ...meeting.data.agenda.map(() => 'agenda'), ...meeting.data.remarks.map((remark) => remark.id)];
}

/** The texts of a meeting that may cite another, in `citingAnchors` order: each handout's id and title, agenda titles, remark texts. */
export function citingTexts(meeting: { data: Pick<Meeting, 'handouts' | 'agenda' | 'remarks'> }): string[] {
	return [...meeting.data.handouts.map((handout) => `${handout.id} ${handout.title}`), ...meeting.data.agenda.map((item) => item.title), ...meeting.data.remarks.map((remark) => remark.text)];
}

/** The citations a meeting makes from the references found in its citing texts (`citingTexts`), each target once per place. */
export function citationsOf(meeting: ArchiveMeeting, found: Iterable<readonly [anchor: string, references: readonly FoundReference[]]>, archive: readonly ArchiveMeeting[]): Citation[] {
	const citations: Citation[] = [];
	const seen = new Set<string>();
	for (const [anchor, references] of found) {
		for (const ref of references) {
			const segment = resolveReference(ref, meeting, archive);
			if (!segment || (segment.kind === 'link' && segment.reference === 'handout')) continue;
			const to = segment.kind === 'link' ? segment.target.meetingId : null;
			const label = segment.title.replace(/はこのアーカイブに未収録$/u, '');
			const key = `${anchor}|${to ?? label}`;
			if (seen.has(key)) continue;
			seen.add(key);
			citations.push({ from: meeting.id, anchor, to, label });
		}
	}
	return citations;
}

