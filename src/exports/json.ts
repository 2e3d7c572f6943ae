/** JSON Lines of the remark rows and the whole-archive JSON as export formats (export-format.ts), so no export is one string. */
import type { Archive, MeetingRecord, RemarkRow } from '../schemas/open-data.ts';
import type { ExportFormat } from './export-format.ts';

/** JSON Lines: one JSON object per remark row and line, one piece per group of rows. */
export const jsonLinesFormat: ExportFormat<readonly RemarkRow[]> = {
	opening: '',
	piece: (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
	closing: '',
};

/** The archive's fields other than its records (`generator`, `numberOfRecords`). */
export type ArchiveHead = Omit<Archive, 'meetingRecord'>;

/** `JSON.stringify(archive)` framed record by record: `meetingRecord` last, so the opening is everything before its first record. */
export function archiveJsonFormat(head: ArchiveHead): ExportFormat<MeetingRecord> {
	return {
		opening: JSON.stringify({ ...head, meetingRecord: [] }).slice(0, -2),
		piece: (record) => JSON.stringify(record),
		separator: ',',
		closing: ']}',
	};
}
