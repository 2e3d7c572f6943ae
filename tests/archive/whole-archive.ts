/**
 * Whole-archive passes over records whose texts are at hand, as test oracles: the build gathers the same
 * results file by file in one pass (src/archive/text-scan.ts).
 */
import { referenceTargets } from '../../src/archive/page-keys.ts';
import { meetingCitations, seriesNamesOf, type ArchiveMeeting, type Citation, type CitingMeeting } from '../../src/references/resolve.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

/** Every meeting citation of the archive: handout titles, agenda titles, remark texts. */
export function collectCitations(archive: readonly CitingMeeting[]): Citation[] {
	const names = seriesNamesOf(archive);
	return archive.flatMap((meeting) => meetingCitations(meeting, archive, names));
}

/** Every meeting's reference targets (part of its page key). */
export function archiveReferenceTargets(archive: readonly (ArchiveMeeting & { data: Pick<Meeting, 'handouts' | 'agenda' | 'remarks'> })[]): Map<string, unknown> {
	const names = seriesNamesOf(archive);
	return new Map(archive.map((meeting) => [meeting.id, referenceTargets(meeting, archive, names)]));
}
