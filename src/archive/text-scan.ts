/**
 * What the build needs from every remark text of the archive, gathered in one pass over the meetings'
 * files (the content store keeps no texts): the citations between meetings, where each meeting's
 * references resolve (part of its page's cache key) and each remark's opening as person pages quote it.
 * The files are read one at a time and only these results are kept (as copies, never slices of a text),
 * so the pass holds one meeting's texts at once; the openings (at most 80 characters a remark) are the
 * part that grows with the archive.
 */
import { remarkOpening } from '../format/citation.ts';
import { remarkKey } from '../people/types.ts';
import { meetingCitations, seriesNamesOf, type ArchiveMeeting, type Citation } from '../references/resolve.ts';
import { meetingsWithTexts, type TextEntry } from './meeting-texts.ts';
import { referenceTargets } from './page-keys.ts';

/** The results of one pass over the archive's texts. */
export interface TextScan {
	/** Every citation of one meeting by another, in archive order. */
	citations: Citation[];
	/** Meeting id → where the references in its texts resolve (`referenceTargets`). */
	references: Map<string, unknown>;
	/** `remarkKey` → the remark's opening as a person's page shows it (`remarkOpening`). */
	openings: Map<string, string>;
}

/** Read every meeting's texts once, in archive order, and keep what citations, page keys and person pages need. */
export async function scanTexts(archive: readonly (TextEntry & ArchiveMeeting)[]): Promise<TextScan> {
	const names = seriesNamesOf(archive);
	const scan: TextScan = { citations: [], references: new Map(), openings: new Map() };
	for await (const { entry, meeting } of meetingsWithTexts(archive)) {
		const withTexts = { id: entry.id, data: meeting };
		for (const citation of meetingCitations(withTexts, archive, names)) scan.citations.push(citation);
		scan.references.set(entry.id, referenceTargets(withTexts, archive, names));
		// Copied through JSON: an opening cut from a remark's text may be a slice that keeps the whole text alive.
		const openings = JSON.parse(JSON.stringify(meeting.remarks.map((remark) => remarkOpening(remark.text)))) as string[];
		meeting.remarks.forEach((remark, index) => scan.openings.set(remarkKey(entry.id, remark.id), openings[index]!));
	}
	return scan;
}
