/** JSON Lines of the remark rows and the whole-archive JSON, written in pieces so no export is one string. */
import type { Archive, MeetingRecord, RemarkRow } from '../schemas/open-data.ts';
import type { RowGroups } from './csv.ts';
import { formatChunks, type ExportFormat } from './export-format.ts';

/** JSON Lines: one JSON object per remark row and line, one piece per group of rows. */
export const jsonLinesFormat: ExportFormat<readonly RemarkRow[]> = {
	opening: '',
	piece: (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
	closing: '',
};

/** JSON Lines (one JSON object per line) in pieces, one per group of rows, so a large export is never one string. */
export function jsonLinesChunks(groups: RowGroups<RemarkRow>): AsyncGenerator<string> {
	return formatChunks(jsonLinesFormat, groups);
}

/** The archive's fields other than its records (`generator`, `numberOfRecords`). */
export type ArchiveHead = Omit<Archive, 'meetingRecord'>;

/** An archive whose records are a list or come one at a time (read from the meetings' files as they are written). */
export type ArchiveStream = ArchiveHead & { meetingRecord: Iterable<MeetingRecord> | AsyncIterable<MeetingRecord> };

/** `JSON.stringify(archive)` framed record by record: `meetingRecord` last, so the opening is everything before its first record. */
export function archiveJsonFormat(head: ArchiveHead): ExportFormat<MeetingRecord> {
	return {
		opening: JSON.stringify({ ...head, meetingRecord: [] }).slice(0, -2),
		piece: (record, index) => (index === 0 ? '' : ',') + JSON.stringify(record),
		closing: ']}',
	};
}

/** `JSON.stringify(archive)` in pieces (one per meeting record), so the whole archive is never one string. */
export function archiveJsonChunks(archive: ArchiveStream): AsyncGenerator<string> {
	const { meetingRecord, ...head } = archive;
	return formatChunks(archiveJsonFormat(head), meetingRecord);
}
