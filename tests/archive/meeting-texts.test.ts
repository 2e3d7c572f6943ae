/**
 * Remark texts read from the meetings' files: the converted seeds are loaded by the content loader (which
 * stores no texts), and the accessor, the one pass over the archive's texts and the page keys built on
 * them give what the full records give; a changed text changes the keys of the pages that show it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CACHED_MEETINGS, meetingWithTexts, meetingsWithTexts, readMeetingFile, readMeetingFileUncached, remarkText } from '../../src/archive/meeting-texts.ts';
import { meetingPageKeys, personPageKey } from '../../src/archive/page-keys.ts';
import { scanTexts } from '../../src/archive/text-scan.ts';
import { readFrontmatter, splitFrontmatter } from '../../src/converter/content.ts';
import { writeFrontmatterYaml } from '../../src/converter/frontmatter-yaml.ts';
import { remarkOpening } from '../../src/format/citation.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { compareRecords, remarkKey } from '../../src/people/types.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { seedAliases, seedMdx } from '../people/seed-records.ts';
import { loadEntries, type LoadedEntry } from './loaded-entries.ts';
import { archiveReferenceTargets, collectCitations } from './whole-archive.ts';

const aliases = seedAliases();

/** The converter's output for every real seed: entry id → MDX. */
const converted = seedMdx();

type Entry = LoadedEntry;

let root: string;
let store: Map<string, Entry>;

/** Run the content loader over the test folder; the entries in archive order. */
const load = (): Promise<Entry[]> => loadEntries(root, store);

/** The records as the converter wrote them (texts included), in archive order. */
function fullRecords(): { id: string; data: Meeting }[] {
	return [...converted].map(([id, mdx]) => ({ id, data: readFrontmatter(mdx) })).sort(compareRecords);
}

/** Write a meeting's file with one remark's text changed (frontmatter written by the converter's writer, body kept). */
function editRemark(id: string, remarkId: string, change: (text: string) => string): void {
	const mdx = converted.get(id)!;
	const record = readFrontmatter(mdx);
	const edited = { ...record, remarks: record.remarks.map((remark) => (remark.id === remarkId ? { ...remark, text: change(remark.text) } : remark)) };
	const file = `---\n${writeFrontmatterYaml(edited)!.trimEnd()}\n---\n${splitFrontmatter(mdx).body}`;
	expect(readFrontmatter(file)).toEqual(edited);
	expect(file).not.toBe(mdx);
	writeFileSync(join(root, 'content', `${id}.mdx`), file);
}

/** The first entry (archive order) that has remarks. */
const withRemarks = (entries: Entry[]): Entry => entries.find((entry) => entry.data.remarks.length > 0)!;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'minutes-texts-'));
	mkdirSync(join(root, 'content'));
	for (const [id, mdx] of converted) writeFileSync(join(root, 'content', `${id}.mdx`), mdx);
	store = new Map();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('meeting texts from the files', () => {
	test('each stored entry with its texts read back is the record the converter wrote; the body is the file body', async () => {
		const entries = await load();
		expect(entries.length).toBe(converted.size);
		for (const entry of entries) {
			const mdx = converted.get(entry.id)!;
			const record = readFrontmatter(mdx);
			expect(await meetingWithTexts(entry)).toEqual(record);
			expect((await readMeetingFile(entry)).body).toBe(splitFrontmatter(mdx).body);
			for (const remark of record.remarks) expect(await remarkText(entry, remark.id)).toBe(remark.text);
		}
		expect(await remarkText(entries[0]!, 'r9999')).toBe('');
	});

	test('a pass over the archive yields every meeting in order, texts included', async () => {
		const entries = await load();
		const seen: string[] = [];
		for await (const { entry, meeting } of meetingsWithTexts(entries)) {
			seen.push(entry.id);
			expect(meeting).toEqual(readFrontmatter(converted.get(entry.id)!));
		}
		expect(seen).toEqual(entries.map((entry) => entry.id));
	});

	test('a pass stops at a file it cannot read, naming it, after the meetings before it', async () => {
		const entries = await load();
		expect(entries.length).toBeGreaterThan(2);
		const missing = entries[1]!;
		rmSync(missing.filePath!);
		const seen: string[] = [];
		const pass = (async () => {
			for await (const { entry } of meetingsWithTexts(entries)) seen.push(entry.id);
		})();
		await expect(pass).rejects.toThrow(new RegExp(`^${missing.filePath!.replaceAll('.', '\\.')}: cannot read the meeting's file`));
		expect(seen).toEqual([entries[0]!.id]);
	});

	test('the one pass gives the citations, reference targets and openings of the full records', async () => {
		const entries = await load();
		const records = fullRecords();
		const scan = await scanTexts(entries);
		expect(scan.citations).toEqual(collectCitations(records));
		expect(scan.citations.length).toBeGreaterThan(0);
		expect(scan.references).toEqual(archiveReferenceTargets(records));
		const openings = records.flatMap((record) => record.data.remarks.map((remark) => [remarkKey(record.id, remark.id), remarkOpening(remark.text)]));
		expect([...scan.openings]).toEqual(openings);
	});

	test('a file changed after it was loaded is named, not mixed with the stored record', async () => {
		const entry = withRemarks(await load());
		const mdx = converted.get(entry.id)!;
		writeFileSync(entry.filePath, mdx.replace(/\n {2}- id: "r1"\n(?: {4}.*\n)+/u, '\n'));
		await expect(readMeetingFileUncached(entry)).rejects.toThrow(new RegExp(`^${entry.filePath.replaceAll('.', '\\.')}: (its remarks are not those|remark 1 is not)`));
		rmSync(entry.filePath);
		await expect(readMeetingFileUncached(entry)).rejects.toThrow(/cannot read the meeting's file/);
	});

	test('the cache follows the digest, and keeps only the last few meetings', async () => {
		const entry = withRemarks(await load());
		const first = (await readMeetingFile(entry)).texts.get('r1');
		editRemark(entry.id, 'r1', (text) => `改${text}`);
		// Same digest: the cached file is used.
		expect((await readMeetingFile(entry)).texts.get('r1')).toBe(first);
		// Reloaded: a new digest, the new text.
		const [reloaded] = (await load()).filter((candidate) => candidate.id === entry.id);
		expect(reloaded!.digest).not.toBe(entry.digest);
		expect((await readMeetingFile(reloaded!)).texts.get('r1')).toBe(`改${first}`);
		// After reading more other meetings than the cache holds, the old digest's entry is gone: its file is read again, edited text and all.
		const others = Array.from({ length: CACHED_MEETINGS }, (_, i) => ({ ...reloaded!, id: `other-${i}` }));
		for (const other of others) await readMeetingFile(other);
		expect((await readMeetingFile(entry)).texts.get('r1')).toBe(`改${first}`);
	});
});

describe('page keys when the texts come from the files', () => {
	/** Meeting page keys and the person page keys, from loaded entries as the build computes them. */
	async function keys(): Promise<{ meetings: Map<string, string>; persons: Map<string, string> }> {
		const entries = await load();
		const people = resolvePeople(entries, aliases);
		const scan = await scanTexts(entries);
		const byId = new Map(entries.map((entry) => [entry.id, entry]));
		return {
			meetings: meetingPageKeys({ meetings: entries, people, citations: scan.citations, history: new Map(), references: scan.references }),
			persons: new Map(people.persons.map((person) => [person.id, personPageKey(person, byId, scan.openings)])),
		};
	}

	test.each([
		['past the opening a person page quotes', (text: string) => `${text}（追記）`, false],
		['at its start', (text: string) => `改${text}`, true],
	])('a remark text changed %s changes its meeting page key; person pages change when their quote does', async (_label, change, quoteChanges) => {
		const before = await keys();
		const records = fullRecords();
		const target = records.find((record) => record.data.remarks.some((remark) => [...remark.text].length > 200))!;
		const remark = target.data.remarks.find((candidate) => [...candidate.text].length > 200)!;
		const people = resolvePeople(records, aliases);
		const speaker = people.byRemark.get(remarkKey(target.id, remark.id))!;
		expect(speaker).toBeDefined();
		editRemark(target.id, remark.id, change);
		const after = await keys();
		for (const [id, key] of before.meetings) expect(after.meetings.get(id) === key, id).toBe(id !== target.id);
		for (const [id, key] of before.persons) expect(after.persons.get(id) === key, id).toBe(!(quoteChanges && id === speaker));
	});

	test('a remark that starts citing another meeting changes its page key through the reference targets too', async () => {
		const records = fullRecords();
		const target = records.find((record) => record.data.session !== null && record.data.remarks.length > 0)!;
		const remark = target.data.remarks[0]!;
		const before = archiveReferenceTargets(records).get(target.id);
		editRemark(target.id, remark.id, (text) => `${text}前回の資料のとおり。`);
		const scan = await scanTexts(await load());
		expect(scan.references.get(target.id)).not.toEqual(before);
	});
});
