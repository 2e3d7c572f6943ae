/**
 * What the build needs from every remark text of the archive, gathered in one pass over the meetings'
 * files (the content store keeps no texts): the citations between meetings, where each meeting's
 * references resolve (part of its page's cache key) and each remark's opening as person pages quote it.
 *
 * The pass has two halves. What one meeting's file alone gives (`MeetingScan`: the references found in
 * each text, before resolution, and the remarks' openings) depends only on the file, the archive's series
 * names and the scanning code, so it is kept between builds (`scan-cache.ts`) and a file is read again only
 * when its digest changed. Resolving those references against the archive (which meetings exist) is done
 * every build from them. The files are read one at a time and only these results are kept (as copies, never
 * slices of a text), so the pass holds one meeting's texts at once; the openings (at most 80 characters a
 * remark) are the part that grows with the archive.
 */
import { remarkOpening } from '../format/citation.ts';
import { remarkKey } from '../people/types.ts';
import { findReferences, type FoundReference } from '../references/find.ts';
import { citationsOf, citingAnchors, citingTexts, seriesNamesOf, type ArchiveMeeting, type Citation } from '../references/resolve.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { meetingsWithTexts, meetingWithTexts, type TextEntry } from './meeting-texts.ts';
import { referenceTexts, targetsOf } from './page-keys.ts';
import { openScanCache, type ScanCache, type ScanCacheOptions } from './scan-cache.ts';

/** The results of one pass over the archive's texts. */
export interface TextScan {
	/** Every citation of one meeting by another, in archive order. */
	citations: Citation[];
	/** Meeting id → where the references in its texts resolve (`targetsOf` in page-keys.ts). */
	references: Map<string, unknown>;
	/** `remarkKey` → the remark's opening as a person's page shows it (`remarkOpening`). */
	openings: Map<string, string>;
}

/** References found in a list of texts: `[index of the text, its references]`, texts without any left out. */
export type FoundByText = [index: number, references: FoundReference[]][];

/** What one meeting's file gives the scan on its own, before the references are resolved against the archive. */
export interface MeetingScan {
	/** The references of each of the meeting's `citingTexts`. */
	citing: FoundByText;
	/** The references of each of the meeting's `referenceTexts`. */
	targets: FoundByText;
	/** Each remark's opening (`remarkOpening`), in remark order. */
	openings: string[];
}

/** The references found in each text, by index (texts without any left out); `found` holds the texts already searched. */
function foundByText(texts: readonly string[], names: readonly string[], found: Map<string, FoundReference[]>): FoundByText {
	return texts.flatMap((text, index): FoundByText => {
		let references = found.get(text);
		if (!references) {
			references = findReferences(text, names);
			found.set(text, references);
		}
		return references.length > 0 ? [[index, references]] : [];
	});
}

/**
 * Find what one meeting's texts hold: the references in its citing and linked texts and its remarks' openings.
 * Returned as a copy made through JSON (what the cache stores), so nothing in it is a slice of a text.
 */
export function scanMeeting(meeting: { data: Pick<Meeting, 'handouts' | 'agenda' | 'remarks'> }, names: readonly string[]): MeetingScan {
	// The citing and the linked texts are the same but for the handouts (agenda titles, remark texts): each text is searched once.
	const found = new Map<string, FoundReference[]>();
	const scan: MeetingScan = {
		citing: foundByText(citingTexts(meeting), names, found),
		targets: foundByText(referenceTexts(meeting), names, found),
		openings: meeting.data.remarks.map((remark) => remarkOpening(remark.text)),
	};
	return JSON.parse(JSON.stringify(scan)) as MeetingScan;
}

/** The next meeting of a pass, which must be `entry`. */
async function nextMeeting(pass: AsyncGenerator<{ entry: TextEntry; meeting: Meeting }>, entry: TextEntry): Promise<Meeting> {
	const next = await pass.next();
	if (next.done || next.value.entry !== entry) throw new Error(`the text scan lost its place at meeting ${entry.id}`);
	return next.value.meeting;
}

/** Add one meeting's results to the archive's, resolving its references against the archive. */
function addMeeting(scan: TextScan, entry: TextEntry & ArchiveMeeting, found: MeetingScan, archive: readonly ArchiveMeeting[]): void {
	const anchors = citingAnchors(entry);
	for (const citation of citationsOf(entry, found.citing.map(([index, references]) => [anchors[index]!, references] as const), archive)) scan.citations.push(citation);
	// One list per `referenceTexts` entry: each handout title, agenda title and remark text.
	const byText = Array.from({ length: entry.data.handouts.length + entry.data.agenda.length + entry.data.remarks.length }, (): FoundReference[] => []);
	for (const [index, references] of found.targets) byText[index] = references;
	scan.references.set(entry.id, targetsOf(entry, byText, archive));
	entry.data.remarks.forEach((remark, index) => scan.openings.set(remarkKey(entry.id, remark.id), found.openings[index]!));
}

/**
 * Scan every meeting's texts once, in archive order, and keep what citations, page keys and person pages need.
 * With a cache (`cache`), a meeting whose file, series names and scanning code are those of the last build is
 * not read again; the results are the same either way.
 */
export async function scanTexts(archive: readonly (TextEntry & ArchiveMeeting)[], cache: ScanCacheOptions | null = null): Promise<TextScan> {
	const names = seriesNamesOf(archive);
	const kept: ScanCache | null = cache ? await openScanCache(cache, { seriesNames: names }) : null;
	const scan: TextScan = { citations: [], references: new Map(), openings: new Map() };
	try {
		// The files of the meetings the cache does not hold are read a few ahead of the one being scanned.
		const toRead = meetingsWithTexts(archive.filter((entry) => !kept?.holds(entry)));
		for (const entry of archive) {
			const held = kept?.holds(entry) ?? false;
			let found = held ? await kept!.reuse(entry) : null;
			if (!found) {
				// A held line that turned out damaged: that file alone is read here.
				const meeting = held ? await meetingWithTexts(entry) : await nextMeeting(toRead, entry);
				found = scanMeeting({ data: meeting }, names);
				await kept?.store(entry, found);
			}
			addMeeting(scan, entry, found, archive);
		}
	} catch (error) {
		await kept?.discard();
		throw error;
	}
	await kept?.commit();
	return scan;
}
