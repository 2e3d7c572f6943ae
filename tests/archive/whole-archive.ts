/**
 * Whole-archive passes over records whose texts are at hand, as test oracles: every text searched for
 * references on the spot. The build gathers the same results file by file, from what a meeting's file gives
 * on its own (kept between builds) resolved against the archive (src/archive/text-scan.ts).
 */
import { referenceTexts, targetsOf } from '../../src/archive/page-keys.ts';
import { findReferences } from '../../src/references/find.ts';
import { citationsOf, citingAnchors, citingTexts, seriesNamesOf, type ArchiveMeeting, type Citation } from '../../src/references/resolve.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

/** Every meeting citation of the archive: handout titles, agenda titles, remark texts, each target once per place. */
export function collectCitations(archive: readonly (ArchiveMeeting & { data: Pick<Meeting, 'handouts' | 'agenda' | 'remarks'> })[]): Citation[] {
	const names = seriesNamesOf(archive);
	return archive.flatMap((meeting) => {
		const anchors = citingAnchors(meeting);
		return citationsOf(meeting, citingTexts(meeting).map((text, index) => [anchors[index]!, findReferences(text, names)] as const), archive);
	});
}

/** Every meeting's reference targets (part of its page key). */
export function archiveReferenceTargets(archive: readonly (ArchiveMeeting & { data: Pick<Meeting, 'handouts' | 'agenda' | 'remarks'> })[]): Map<string, unknown> {
	const names = seriesNamesOf(archive);
	return new Map(archive.map((meeting) => [meeting.id, targetsOf(meeting, referenceTexts(meeting).map((text) => findReferences(text, names)), archive)]));
}
