/**
 * The text scan's per-meeting results kept on disk between builds, so that a build reads and parses only the
 * meetings' files that changed. What is kept is what the scan finds in one file alone (`MeetingScan`: the
 * references as found, before they are resolved against the archive, and the remarks' openings); resolving
 * them is done every build (src/archive/text-scan.ts).
 *
 * One JSON Lines file per content folder (`.cache/text-scan/<hash of the folder>.jsonl`, like the index's
 * `.cache/pagefind/`): a first line with the key of everything else the results depend on (the scanning
 * code's version and the archive's series names, which the reference pattern is built from), then one line
 * per meeting of the last build, `[id, digest, sha-1 of the results]` TAB `results`. The old file is indexed
 * (ids and byte ranges only) and each meeting's line read when it is needed, so it is never held whole; the
 * new file is written beside it a batch of lines at a time and renamed over it at the end, with only this build's meetings.
 * A missing, unreadable, stale or damaged file or line means those meetings are scanned again. The folder keeps
 * the `KEPT_FILES` most recently written files (one per content folder built).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readSync } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourcesHash } from '../site/code-version.ts';
import type { MeetingScan } from './text-scan.ts';

/** What a cache line belongs to: a meeting entry with the content layer's digest of its file. */
export interface ScanCacheEntry {
	id: string;
	digest?: string | number | undefined;
	data: { handouts: readonly unknown[]; agenda: readonly unknown[]; remarks: readonly unknown[] };
}

/** Where the cache lives and the version of the code whose results it holds. */
export interface ScanCacheOptions {
	file: string;
	codeVersion: string;
}

/** One build's use of the cache: results reused from the last build, results stored for the next one. */
export interface ScanCache {
	/** The entry's results from the last build when its file, the inputs and the code are unchanged (kept for the next build too), else null. */
	reuse(entry: ScanCacheEntry): Promise<MeetingScan | null>;
	/** Whether the cache holds a line for the entry's file as it is now (`reuse` then gives its results, unless the line is damaged). */
	holds(entry: ScanCacheEntry): boolean;
	/** Keep a freshly scanned entry's results for the next build. */
	store(entry: ScanCacheEntry, scan: MeetingScan): Promise<void>;
	/** Replace the cache file with this build's lines (the entries seen, nothing else). */
	commit(): Promise<void>;
	/** Drop this build's lines, keep the old file (the scan failed). */
	discard(): Promise<void>;
}

/** Version of the line format; part of the key. */
const FORMAT = 1;

/** The code whose output the cache holds, relative to the project root: the scan, what it calls, and the YAML reader of the files. */
export const SCAN_CODE = [
	'src/archive/text-scan.ts',
	'src/archive/scan-cache.ts',
	'src/archive/meeting-texts.ts',
	'src/archive/page-keys.ts',
	'src/references/',
	'src/parser/',
	'src/format/',
	'src/converter/content.ts',
	'src/schemas/meeting.ts',
	'src/people/types.ts',
	'node_modules/js-yaml/package.json',
] as const;

/** Whether every name of `SCAN_CODE` exists under `root` (a folder with at least one file). */
async function hasScanCode(root: URL): Promise<boolean> {
	for (const name of SCAN_CODE) {
		const found = name.endsWith('/') ? (await readdir(new URL(name, root)).catch(() => [])).length > 0 : await access(new URL(name, root)).then(() => true, () => false);
		if (!found) return false;
	}
	return true;
}

/**
 * The scanning code's version (`sourcesHash` of `SCAN_CODE`), or null when its sources cannot be found, which turns
 * the cache off. The project root is this module's folder's grandparent when it runs from its source file (tests,
 * scripts), else the working folder (in `astro build` the module runs bundled from the output folder).
 */
export async function scanCodeVersion(roots: readonly URL[] = [new URL('../../', import.meta.url), pathToFileURL(`${process.cwd()}/`)]): Promise<string | null> {
	for (const root of roots) if (await hasScanCode(root)) return sourcesHash(root, SCAN_CODE);
	return null;
}

/** `.cache/text-scan/<hash of the meetings folder>.jsonl`: each content folder keeps its own results. */
export function scanCacheFile(meetingsFolder: string): string {
	return path.join('.cache/text-scan', `${createHash('sha256').update(path.resolve(meetingsFolder)).digest('hex').slice(0, 12)}.jsonl`);
}

/** The cache of the meetings folder with the current code, or null when the code's version cannot be made. */
export async function defaultScanCache(meetingsFolder: string): Promise<ScanCacheOptions | null> {
	const codeVersion = await scanCodeVersion();
	return codeVersion === null ? null : { file: scanCacheFile(meetingsFolder), codeVersion };
}

/** Characters of new lines gathered before they are written (about a million). */
const WRITE_BATCH = 1 << 20;

/** Cache files kept in the folder: each content folder built writes its own (the bench a new one per run), the most recently written are kept. */
export const KEPT_FILES = 8;

/** Remove all but the `keep` most recently written cache files of `folder` (other files and folders are left alone); never throws. */
export async function pruneFolder(folder: string, keep: number): Promise<void> {
	try {
		const names = (await readdir(folder)).filter((name) => name.endsWith('.jsonl'));
		const written = await Promise.all(names.map(async (name) => ({ name, at: (await stat(path.join(folder, name))).mtimeMs })));
		written.sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
		for (const { name } of written.slice(keep)) await rm(path.join(folder, name), { force: true });
	} catch {
		// A folder that cannot be listed keeps what it holds.
	}
}

/** The first line of a cache file: the format, the code version and the other inputs, hashed. */
function headerLine(codeVersion: string, inputs: unknown): string {
	return `${JSON.stringify({ format: FORMAT, key: createHash('sha256').update(JSON.stringify([FORMAT, codeVersion, inputs])).digest('hex') })}\n`;
}

const sha1 = (text: string | Buffer): string => createHash('sha1').update(text).digest('hex');

/** Where a meeting's line is in the old file. */
interface Slot {
	digest: string;
	hash: string;
	offset: number;
	length: number;
}

/** Index a cache file's lines by meeting id (byte ranges only); empty when the file is missing or its first line is not `header`. */
async function indexFile(file: string, header: string): Promise<Map<string, Slot>> {
	const slots = new Map<string, Slot>();
	const expected = Buffer.from(header);
	let pending: Buffer = Buffer.alloc(0);
	let offset = 0;
	let first = true;
	try {
		for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
			const buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
			let start = 0;
			for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
				if (first) {
					if (!buffer.subarray(start, end + 1).equals(expected)) return new Map();
					first = false;
				} else addSlot(slots, buffer.subarray(start, end), offset + start);
				start = end + 1;
			}
			pending = buffer.subarray(start);
			offset += start;
		}
	} catch {
		return new Map();
	}
	return slots;
}

/** Index one meeting line by its head (`[id, digest, hash]` before the tab); a line that does not read so is left out. */
function addSlot(slots: Map<string, Slot>, line: Buffer, offset: number): void {
	const tab = line.indexOf(9);
	if (tab === -1) return;
	try {
		const head: unknown = JSON.parse(line.subarray(0, tab).toString('utf8'));
		if (!Array.isArray(head) || head.length !== 3 || !head.every((part) => typeof part === 'string')) return;
		const [id, digest, hash] = head as [string, string, string];
		slots.set(id, { digest, hash, offset: offset + tab + 1, length: line.length - tab - 1 });
	} catch {
		// A damaged line: that meeting is scanned again.
	}
}

/** Whether `value` has the shape of a `MeetingScan` for `entry` (references by text index within the entry's texts, one opening per remark). */
function fitsEntry(value: unknown, entry: ScanCacheEntry): value is MeetingScan {
	const scan = value as Partial<MeetingScan> | null;
	const texts = entry.data.handouts.length + entry.data.agenda.length + entry.data.remarks.length;
	const indexed = (list: unknown): boolean => Array.isArray(list) && list.every((item) => Array.isArray(item) && Number.isInteger(item[0]) && item[0] >= 0 && item[0] < texts && Array.isArray(item[1]));
	return typeof scan === 'object' && scan !== null && indexed(scan.citing) && indexed(scan.targets) && Array.isArray(scan.openings) && scan.openings.length === entry.data.remarks.length && scan.openings.every((opening) => typeof opening === 'string');
}

/** The line of a meeting: its head and its results (`hash`: their SHA-1, when known). */
function entryLine(entry: ScanCacheEntry, body: string, hash = sha1(body)): string {
	return `${JSON.stringify([entry.id, String(entry.digest), hash])}\t${body}\n`;
}

/**
 * Open the cache for one build with the other inputs of the scan (`inputs`: anything JSON, such as the series
 * names); a file made with other inputs or code is not used. Never throws: a cache that cannot be read is
 * empty, one that cannot be written is not written.
 */
export async function openScanCache({ file, codeVersion }: ScanCacheOptions, inputs: unknown): Promise<ScanCache> {
	const header = headerLine(codeVersion, inputs);
	const slots = await indexFile(file, header);
	const old: FileHandle | null = slots.size > 0 ? await open(file, 'r').catch(() => null) : null;
	const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	let out: FileHandle | null = await mkdir(path.dirname(file), { recursive: true })
		.then(() => open(temp, 'w'))
		.catch(() => null);
	/** Lines not yet written to the new file, and their length in UTF-16 units. */
	let buffered: string[] = [];
	let bufferedLength = 0;
	/** Write the buffered lines to the new file; on failure stop writing it (the build goes on without a cache for the next one). */
	const flush = async (): Promise<void> => {
		const text = buffered.join('');
		buffered = [];
		bufferedLength = 0;
		if (!out || text === '') return;
		try {
			await out.write(text);
		} catch {
			await out.close().catch(() => {});
			out = null;
			await rm(temp, { force: true });
		}
	};
	/** Add a line to the new file, written a batch at a time (a write per meeting kept the build waiting on the disk). */
	const write = async (text: string): Promise<void> => {
		if (!out) return;
		buffered.push(text);
		bufferedLength += text.length;
		if (bufferedLength >= WRITE_BATCH) await flush();
	};
	await write(header);
	const holds = (entry: ScanCacheEntry): boolean => {
		const slot = slots.get(entry.id);
		return old !== null && slot !== undefined && entry.digest !== undefined && slot.digest === String(entry.digest);
	};
	const close = async (): Promise<void> => {
		await old?.close().catch(() => {});
	};
	return {
		holds,
		async reuse(entry) {
			if (!old || !holds(entry)) return null;
			const slot = slots.get(entry.id)!;
			const bytes = Buffer.alloc(slot.length);
			try {
				// A synchronous read of one line: the file was just read through, so the line comes from memory,
				// and a round trip through Node's thread pool per meeting left the build idle (2–3 s at 10,000).
				const bytesRead = readSync(old.fd, bytes, 0, slot.length, slot.offset);
				if (bytesRead !== slot.length || sha1(bytes) !== slot.hash) return null;
				const body = bytes.toString('utf8');
				const scan: unknown = JSON.parse(body);
				if (!fitsEntry(scan, entry)) return null;
				await write(entryLine(entry, body, slot.hash));
				return scan;
			} catch {
				return null;
			}
		},
		async store(entry, scan) {
			if (entry.digest !== undefined) await write(entryLine(entry, JSON.stringify(scan)));
		},
		async commit() {
			await close();
			await flush();
			if (!out) return;
			const done = out;
			out = null;
			try {
				await done.close();
				await rename(temp, file);
			} catch {
				await rm(temp, { force: true });
				return;
			}
			await pruneFolder(path.dirname(file), KEPT_FILES);
		},
		async discard() {
			await close();
			await out?.close().catch(() => {});
			out = null;
			await rm(temp, { force: true });
		},
	};
}
