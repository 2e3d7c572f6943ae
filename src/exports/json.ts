/** JSON Lines of the remark rows and the whole-archive JSON, written in pieces so no export is one string. */
import type { Archive, MeetingRecord, RemarkRow } from '../schemas/open-data.ts';
import type { RowGroups } from './csv.ts';

/** JSON Lines (one JSON object per line) in pieces, one per group of rows, so a large export is never one string. */
export async function* jsonLinesChunks(groups: RowGroups<RemarkRow>): AsyncGenerator<string> {
	for await (const rows of groups) if (rows.length > 0) yield rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** An archive whose records are a list or come one at a time (read from the meetings' files as they are written). */
export type ArchiveStream = Omit<Archive, 'meetingRecord'> & { meetingRecord: Iterable<MeetingRecord> | AsyncIterable<MeetingRecord> };

/** `JSON.stringify(archive)` in pieces (one per meeting record), so the whole archive is never one string. */
export async function* archiveJsonChunks(archive: ArchiveStream): AsyncGenerator<string> {
	const { meetingRecord, ...head } = archive;
	// `meetingRecord` last, as the endpoint writes it: the opening is everything before its first record.
	yield JSON.stringify({ ...head, meetingRecord: [] }).slice(0, -2);
	let first = true;
	for await (const record of meetingRecord) {
		yield (first ? '' : ',') + JSON.stringify(record);
		first = false;
	}
	yield ']}';
}
