/**
 * The three whole-archive exports, `data/archive.json`, `data/remarks.csv` and `data/remarks.jsonl`, framed
 * by their builders (json.ts, csv.ts). The build writes all three in one pass over the meetings: each
 * meeting's record and remark rows are made once and go to a writer per file, which waits for the disk
 * when its buffer is full, so memory does not grow with the archive (each file is over 1 GB at 10,000
 * verbatim 会議録). The dev server streams each file on its own with the same framing.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { MeetingRecord, RemarkRow } from '../schemas/open-data.ts';
import { remarkCsvFormat } from './csv.ts';
import { formatOver, type ExportFormat } from './export-format.ts';
import { archiveJsonFormat, jsonLinesFormat } from './json.ts';
import { fileStamp } from '../site/file-stamp.ts';
import { inOrderAhead } from '../site/in-order-ahead.ts';

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

/** One meeting of the whole-archive exports: its entry id, the key of what its pieces are made from, and how to make them. */
export interface ExportItem {
	id: string;
	/** Hash of everything the meeting's pieces are made from (its file, the persons resolved for it); equal keys, equal pieces. */
	key: string;
	/** The meeting's record and rows (reads its file). */
	make: () => Promise<MeetingExport>;
}

/**
 * Where the last pass left its pieces: per meeting, its key and the byte range of its piece in each file it
 * wrote, and each file's stamp (size, modification time, inode) when it was written. Kept outside the
 * output folder (`file`), for one output folder and one `version` (the code and the site's address).
 */
export interface ExportReuse {
	file: string;
	version: string;
}

/** Version of the pieces file's format; part of its key. */
const PIECES_FORMAT = 1;

/** What the pieces file holds. */
interface PiecesIndex {
	format: number;
	version: string;
	/** Per export file: `size:mtimeNs:ino` as written. */
	stamps: Record<string, string>;
	/** Per meeting: its key and, per export file in `ARCHIVE_FILES` order, `[offset, length]` of its piece. */
	meetings: Record<string, { key: string; ranges: [number, number][] }>;
}

/** The export files in the order of a meeting's ranges. */
const ARCHIVE_FILES = Object.keys(ARCHIVE_EXPORTS) as ArchiveExportFile[];

/** Meetings whose pieces are made or read ahead of the one being written (the reads overlap; see in-order-ahead.ts). */
const PIECES_AHEAD = 16;

/** What one pass did: meetings whose pieces were copied from the last pass's files, and meetings made anew. */
export interface ExportPassCounts {
	reused: number;
	made: number;
}

/** Bytes an export file's stream holds before the pass waits for the disk (a few meetings' pieces per write). */
const WRITE_BUFFER = 1 << 20;

/** One export file being written (to `partial`, renamed to `target` when complete): its framing, its stream, its end and its length so far. */
interface ExportSink {
	format: ExportFormat<MeetingExport>;
	target: string;
	partial: string;
	stream: WriteStream;
	closed: Promise<void>;
	written: number;
}

/** Open an export's file in `outDir` (its folder made first), written under a temporary name beside it. */
async function openSink(outDir: string, file: ArchiveExportFile, numberOfRecords: number): Promise<ExportSink> {
	const target = path.join(outDir, file);
	await mkdir(path.dirname(target), { recursive: true });
	const partial = `${target}.partial`;
	const stream = createWriteStream(partial, { highWaterMark: WRITE_BUFFER });
	const closed = finished(stream);
	closed.catch(() => {}); // awaited when the file is closed; an error before that is seen by the next write
	return { format: ARCHIVE_EXPORTS[file].format(numberOfRecords), target, partial, stream, closed, written: 0 };
}

/** Write a piece, waiting for the buffer to drain when it is full; an error of the file is thrown here. */
async function writePiece(sink: ExportSink, piece: string | Buffer): Promise<void> {
	if (sink.stream.errored) throw sink.stream.errored;
	const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
	sink.written += bytes.length;
	if (bytes.length && !sink.stream.write(bytes)) await once(sink.stream, 'drain');
}

/** The last pass's pieces, when its index is for this version and every file it wrote is still as it left it; null otherwise. */
async function openLastPieces(outDir: string, reuse: ExportReuse): Promise<{ index: PiecesIndex; handles: FileHandle[]; readers: RangeReader[] } | null> {
	let index: PiecesIndex;
	try {
		index = JSON.parse(await readFile(reuse.file, 'utf8')) as PiecesIndex;
	} catch {
		return null;
	}
	if (index?.format !== PIECES_FORMAT || index.version !== reuse.version || !index.meetings || !index.stamps) return null;
	const handles: FileHandle[] = [];
	try {
		for (const file of ARCHIVE_FILES) {
			const target = path.join(outDir, file);
			handles.push(await open(target, 'r'));
			const stamp = await fileStamp(target);
			if (stamp === null || stamp !== index.stamps[file]) throw new Error('changed');
		}
		return { index, handles, readers: handles.map((handle) => new RangeReader(handle)) };
	} catch {
		await Promise.all(handles.map((handle) => handle.close().catch(() => {})));
		return null;
	}
}

/** Bytes read from the last pass's files at a time: a meeting's piece is mostly next to the one before it. */
const READ_BLOCK = 1 << 20;

/** Reads byte ranges of a file through one window of at least `READ_BLOCK` bytes, so ranges read in order take few reads. */
export class RangeReader {
	private window: Promise<{ start: number; bytes: Buffer }> | null = null;
	private readonly handle: FileHandle;
	constructor(handle: FileHandle) {
		this.handle = handle;
	}

	/**
	 * The bytes at `offset` to `offset + length`, or null when the file holds fewer there. Reads run side by side
	 * (the pass reads ahead): a read that finds the window moved by another while it waited looks at the new one
	 * before loading its own, so reads in order load each stretch of the file once.
	 */
	async read([offset, length]: [number, number]): Promise<Buffer | null> {
		const slice = (window: { start: number; bytes: Buffer }): Buffer | null =>
			offset < window.start || offset + length > window.start + window.bytes.length ? null : window.bytes.subarray(offset - window.start, offset - window.start + length);
		for (let pending = this.window; pending; ) {
			const found = slice(await pending);
			if (found) return found;
			if (this.window === pending) break;
			pending = this.window;
		}
		const loading = this.load(offset, Math.max(length, READ_BLOCK));
		this.window = loading;
		return slice(await loading);
	}

	private async load(start: number, size: number): Promise<{ start: number; bytes: Buffer }> {
		const bytes = Buffer.allocUnsafe(size);
		let done = 0;
		while (done < size) {
			const { bytesRead } = await this.handle.read(bytes, done, size - done, start + done);
			if (bytesRead === 0) break;
			done += bytesRead;
		}
		return { start, bytes: bytes.subarray(0, done) };
	}
}

/**
 * Write every whole-archive export into `outDir` in one pass over `items`. With `reuse`, a meeting whose key is
 * the one the last pass wrote is copied from the last pass's files (its file is not read); the files are written
 * under temporary names and replace the old ones when complete. A meeting that fails (its file unreadable or
 * changed) or a file that cannot be written rejects the pass; the old files and the pieces index then stay as
 * they were, and the build fails with the error.
 */
export async function writeArchiveExports(outDir: string, items: readonly ExportItem[], reuse: ExportReuse | null = null): Promise<ExportPassCounts> {
	const last = reuse ? await openLastPieces(outDir, reuse) : null;
	const counts: ExportPassCounts = { reused: 0, made: 0 };
	let sinks: ExportSink[] = [];
	const next: PiecesIndex = { format: PIECES_FORMAT, version: reuse?.version ?? '', stamps: {}, meetings: {} };
	try {
		sinks = await Promise.all(ARCHIVE_FILES.map((file) => openSink(outDir, file, items.length)));
		/** A meeting's pieces, one per file: copied from the last pass's files when its key is unchanged, else made. */
		const piecesOf = async (item: ExportItem): Promise<Buffer[]> => {
			const kept = last?.index.meetings[item.id];
			if (last && kept?.key === item.key && kept.ranges.length === sinks.length) {
				const copied = await Promise.all(kept.ranges.map((range, n) => last.readers[n]!.read(range)));
				if (copied.every((piece) => piece !== null)) {
					counts.reused += 1;
					return copied as Buffer[];
				}
			}
			const meeting = await item.make();
			counts.made += 1;
			return sinks.map((sink) => Buffer.from(sink.format.piece(meeting), 'utf8'));
		};
		for (const sink of sinks) await writePiece(sink, sink.format.opening);
		let index = 0;
		for await (const pieces of inOrderAhead(items, PIECES_AHEAD, piecesOf)) {
			const ranges: [number, number][] = [];
			for (const [n, sink] of sinks.entries()) {
				if (index > 0 && sink.format.separator) await writePiece(sink, sink.format.separator);
				ranges.push([sink.written, pieces[n]!.length]);
				await writePiece(sink, pieces[n]!);
			}
			next.meetings[items[index]!.id] = { key: items[index]!.key, ranges };
			index += 1;
		}
		for (const sink of sinks) {
			await writePiece(sink, sink.format.closing);
			sink.stream.end();
		}
		await Promise.all(sinks.map((sink) => sink.closed));
	} catch (error) {
		for (const sink of sinks) sink.stream.destroy();
		await Promise.all(sinks.map((sink) => rm(sink.partial, { force: true })));
		throw error;
	} finally {
		await Promise.all((last?.handles ?? []).map((handle) => handle.close().catch(() => {})));
	}
	if (reuse) await rm(reuse.file, { force: true });
	for (const sink of sinks) await rename(sink.partial, sink.target);
	if (reuse) {
		// Stamped as written: an edit by hand that keeps the size within the same tick of the clock would not be seen.
		for (const [n, sink] of sinks.entries()) {
			const stamp = await fileStamp(sink.target);
			if (stamp === null) return counts; // a file gone already: no pieces to keep
			next.stamps[ARCHIVE_FILES[n]!] = stamp;
		}
		await mkdir(path.dirname(reuse.file), { recursive: true });
		await writeFile(`${reuse.file}.partial`, JSON.stringify(next));
		await rename(`${reuse.file}.partial`, reuse.file);
	}
	return counts;
}

/** A pass run at most once: the first call starts it (with its argument), every call gets the same promise, so a failure reaches every caller. */
export function sharedPass<Argument>(run: (argument: Argument) => Promise<void>): (argument: Argument) => Promise<void> {
	let pass: Promise<void> | undefined;
	return (argument) => (pass ??= run(argument));
}
