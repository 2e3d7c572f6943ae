/**
 * The one way pages, exports and build-time views get a meeting's remark texts and MDX body: read from
 * the meeting's converted file when needed, since the content store keeps the record without the texts
 * (src/loaders/meetings-loader.ts). The record was validated when it was loaded; here the texts are taken
 * from the same file, matched to the stored remarks by id and order, so that a file changed after the
 * load is reported instead of mixed with the stored record. A few recently read meetings are cached
 * (a meeting page and its remarks ask for the same file), and whole-archive passes read the files a few
 * ahead of the one they are at, without the cache, so memory does not grow with the archive.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatterYaml, splitFrontmatter } from '../converter/content.ts';
import { inOrderAhead } from '../site/in-order-ahead.ts';
import type { Meeting, StoredMeeting } from '../schemas/meeting.ts';

/** What the texts are read for: an entry of the `meetings` collection (id, stored record, file, digest). */
export interface TextEntry {
	id: string;
	data: StoredMeeting;
	filePath?: string | undefined;
	digest?: string | number | undefined;
}

/** A meeting's file as the pages use it: the MDX body and each remark's text by remark id. */
export interface MeetingFile {
	body: string;
	texts: ReadonlyMap<string, string>;
}

/** How many meetings' files stay cached (a few pages render at once; each reads one meeting). */
export const CACHED_MEETINGS = 8;

const FIX = 'Files in the content folder are written by `npm run convert`; run it again, then build again.';

/** The remark texts of a parsed frontmatter, checked against the stored remarks (same ids in the same order). */
function textsOf(entry: TextEntry, frontmatter: unknown, file: string): Map<string, string> {
	const remarks = (frontmatter as { remarks?: unknown } | null)?.remarks;
	const stored = entry.data.remarks;
	if (!Array.isArray(remarks) || remarks.length !== stored.length) {
		throw new Error(`${file}: its remarks are not those the build loaded (${Array.isArray(remarks) ? remarks.length : 'no'} remarks in the file, ${stored.length} loaded); the file changed during the build. ${FIX}`);
	}
	const texts = new Map<string, string>();
	stored.forEach((remark, index) => {
		const found = remarks[index] as { id?: unknown; text?: unknown } | null;
		if (found?.id !== remark.id || typeof found.text !== 'string') {
			throw new Error(`${file}: remark ${index + 1} is not the remark "${remark.id}" the build loaded; the file changed during the build. ${FIX}`);
		}
		texts.set(remark.id, found.text);
	});
	return texts;
}

/** Read one meeting's file as text. */
async function readSource(entry: TextEntry): Promise<string> {
	const file = entry.filePath;
	if (!file) throw new Error(`meeting ${entry.id} has no content file; it must come from the meetings loader.`);
	try {
		return await readFile(path.resolve(file), 'utf8');
	} catch (error) {
		throw new Error(`${file}: cannot read the meeting's file (${(error as Error).message}). ${FIX}`);
	}
}

/** Split a meeting's file as read and take its remark texts. */
function parseSource(entry: TextEntry, mdx: string): MeetingFile {
	const file = entry.filePath ?? entry.id;
	let parts: { yaml: string; body: string };
	let frontmatter: unknown;
	try {
		parts = splitFrontmatter(mdx);
		frontmatter = parseFrontmatterYaml(parts.yaml);
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}. ${FIX}`);
	}
	return { body: parts.body, texts: textsOf(entry, frontmatter, file) };
}

/** Read and split one meeting's file (no cache). */
export async function readMeetingFileUncached(entry: TextEntry): Promise<MeetingFile> {
	return parseSource(entry, await readSource(entry));
}

/**
 * Files a whole-archive pass reads ahead of the meeting it is at: waiting for the disk one file at a time
 * left the build idle for most of a pass (about 20 s of a 10,000-meeting build); reading a few ahead
 * overlaps the reads with the pass's work, and memory holds only these few files.
 */
const READ_AHEAD = 16;

/** Recently read files by `id` and digest, oldest first. */
const cache = new Map<string, Promise<MeetingFile>>();

/** One meeting's body and remark texts, from a small cache of recently read meetings or from its file. */
export function readMeetingFile(entry: TextEntry): Promise<MeetingFile> {
	const key = `${entry.id}\u0000${entry.digest ?? ''}`;
	let file = cache.get(key);
	if (file) {
		cache.delete(key);
	} else {
		file = readMeetingFileUncached(entry);
		file.catch(() => cache.delete(key));
	}
	cache.set(key, file);
	for (const oldest of cache.keys()) {
		if (cache.size <= CACHED_MEETINGS) break;
		cache.delete(oldest);
	}
	return file;
}

/** The stored record with its remarks' texts put back: the meeting as the converter wrote it. */
export function withTexts(data: StoredMeeting, texts: ReadonlyMap<string, string>): Meeting {
	return { ...data, remarks: data.remarks.map((remark) => ({ ...remark, text: texts.get(remark.id) ?? '' })) };
}

/** One meeting's whole record, texts included. */
export async function meetingWithTexts(entry: TextEntry): Promise<Meeting> {
	return withTexts(entry.data, (await readMeetingFile(entry)).texts);
}

/** The text of one remark of a meeting ('' when the meeting has no such remark). */
export async function remarkText(entry: TextEntry, remarkId: string): Promise<string> {
	return (await readMeetingFile(entry)).texts.get(remarkId) ?? '';
}

/**
 * Every meeting with its whole record, in the given order, for passes over the whole archive: the files are
 * read `READ_AHEAD` ahead and parsed one at a time as the pass takes them.
 */
export async function* meetingsWithTexts<Entry extends TextEntry>(entries: Iterable<Entry>): AsyncGenerator<{ entry: Entry; meeting: Meeting }> {
	const list = [...entries];
	let index = 0;
	for await (const mdx of inOrderAhead(list, READ_AHEAD, readSource)) {
		const entry = list[index++]!;
		yield { entry, meeting: withTexts(entry.data, parseSource(entry, mdx).texts) };
	}
}
