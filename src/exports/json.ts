/** JSON Lines of the remark rows and the whole-archive JSON, written in pieces so no export is one string. */
import type { Archive, RemarkRow } from '../schemas/open-data.ts';

/** JSON Lines (one JSON object per line) in pieces, one per group of rows, so a large export is never one string. */
export function* jsonLinesChunks(groups: Iterable<readonly RemarkRow[]>): Generator<string> {
	for (const rows of groups) if (rows.length > 0) yield rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** `JSON.stringify(archive)` in pieces (one per meeting record), so the whole archive is never one string. */
export function* archiveJsonChunks(archive: Archive): Generator<string> {
	const { meetingRecord, ...head } = archive;
	// `meetingRecord` last, as the endpoint writes it: the opening is everything before its first record.
	yield JSON.stringify({ ...head, meetingRecord: [] }).slice(0, -2);
	for (const [index, record] of meetingRecord.entries()) yield (index === 0 ? '' : ',') + JSON.stringify(record);
	yield ']}';
}
