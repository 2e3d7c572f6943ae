/**
 * The three whole-archive exports, `data/archive.json`, `data/remarks.csv` and `data/remarks.jsonl`, framed
 * by their builders (json.ts, csv.ts). The build writes all three in one pass over the meetings: each
 * meeting's record and remark rows are made once and go to a writer per file, which waits for the disk
 * when its buffer is full, so memory does not grow with the archive (each file is over 1 GB at 10,000
 * verbatim 会議録). The dev server streams each file on its own with the same framing.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { MeetingRecord, RemarkRow } from '../schemas/open-data.ts';
import { remarkCsvFormat } from './csv.ts';
import { formatOver, type ExportFormat } from './export-format.ts';
import { archiveJsonFormat, jsonLinesFormat } from './json.ts';

/** What one meeting gives the whole-archive exports: its open-data record and its remark rows. */
export interface MeetingExport {
	record: MeetingRecord;
	rows: readonly RemarkRow[];
}

/** A whole-archive export's path under the site. */
export type ArchiveExportFile = 'data/archive.json' | 'data/remarks.csv' | 'data/remarks.jsonl';

/** One whole-archive export: its media type and its framing over the meetings (archive.json's opening counts them). */
interface ArchiveExport {
	contentType: string;
	format: (numberOfRecords: number) => ExportFormat<MeetingExport>;
}

/** The whole-archive exports, each with its own builder's framing. */
export const ARCHIVE_EXPORTS: Readonly<Record<ArchiveExportFile, ArchiveExport>> = {
	'data/archive.json': {
		contentType: 'application/json; charset=utf-8',
		format: (numberOfRecords) => formatOver(archiveJsonFormat({ generator: 'minutes-archive', numberOfRecords }), (meeting: MeetingExport) => meeting.record),
	},
	'data/remarks.csv': { contentType: 'text/csv; charset=utf-8', format: () => formatOver(remarkCsvFormat, (meeting: MeetingExport) => meeting.rows) },
	'data/remarks.jsonl': { contentType: 'application/jsonl; charset=utf-8', format: () => formatOver(jsonLinesFormat, (meeting: MeetingExport) => meeting.rows) },
};

/** One export file being written: its framing, its stream and the stream's end (which rejects on a write error). */
interface ExportSink {
	format: ExportFormat<MeetingExport>;
	stream: WriteStream;
	closed: Promise<void>;
}

/** Open an export's file in `outDir` (its folder made first). */
async function openSink(outDir: string, file: ArchiveExportFile, numberOfRecords: number): Promise<ExportSink> {
	const target = path.join(outDir, file);
	await mkdir(path.dirname(target), { recursive: true });
	const stream = createWriteStream(target);
	const closed = finished(stream);
	closed.catch(() => {}); // awaited when the file is closed; an error before that is seen by the next write
	return { format: ARCHIVE_EXPORTS[file].format(numberOfRecords), stream, closed };
}

/** Write a piece, waiting for the buffer to drain when it is full; an error of the file is thrown here. */
async function writePiece(sink: ExportSink, text: string): Promise<void> {
	if (sink.stream.errored) throw sink.stream.errored;
	if (text && !sink.stream.write(text)) await once(sink.stream, 'drain');
}

/**
 * Write every whole-archive export into `outDir` in one pass over `meetings`. A meeting that fails (its
 * file unreadable or changed) or a file that cannot be written rejects the pass; the files are then
 * closed incomplete, and the build fails with the error.
 */
export async function writeArchiveExports(outDir: string, numberOfRecords: number, meetings: AsyncIterable<MeetingExport>): Promise<void> {
	const sinks = await Promise.all((Object.keys(ARCHIVE_EXPORTS) as ArchiveExportFile[]).map((file) => openSink(outDir, file, numberOfRecords)));
	try {
		for (const sink of sinks) await writePiece(sink, sink.format.opening);
		let index = 0;
		for await (const meeting of meetings) {
			for (const sink of sinks) await writePiece(sink, sink.format.piece(meeting, index));
			index += 1;
		}
		for (const sink of sinks) {
			await writePiece(sink, sink.format.closing);
			sink.stream.end();
		}
		await Promise.all(sinks.map((sink) => sink.closed));
	} catch (error) {
		for (const sink of sinks) sink.stream.destroy();
		throw error;
	}
}

/** A pass run at most once: the first call starts it (with its argument), every call gets the same promise, so a failure reaches every caller. */
export function sharedPass<Argument>(run: (argument: Argument) => Promise<void>): (argument: Argument) => Promise<void> {
	let pass: Promise<void> | undefined;
	return (argument) => (pass ??= run(argument));
}
