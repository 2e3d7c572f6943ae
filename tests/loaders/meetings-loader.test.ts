/**
 * The content loader: converted files become entries with validated data without the remarks' texts
 * (the body and texts stay in the file); unchanged files are not parsed again, removed files leave the
 * store, broken files name themselves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, utimesSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { readFrontmatter } from '../../src/converter/content.ts';
import { meetingsLoader } from '../../src/loaders/meetings-loader.ts';
import { toStoredMeeting } from '../../src/schemas/meeting.ts';
import { seedMdx } from '../people/seed-records.ts';


/** The converter's output for every real seed: entry id → MDX. */
const converted = seedMdx();

interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	digest?: string;
	filePath?: string;
}

let root: string;
let entries: Map<string, StoredEntry>;
let parsed: string[];
let metaValues: Map<string, string>;

/** A loader context over a Map; `parsed` lists the entries stored (each after parsing and validating its file). */
function context(): LoaderContext {
	const store = {
		get: (id: string) => entries.get(id),
		// As Astro's store: an entry with the digest of the one stored is not stored.
		set: (entry: StoredEntry) => {
			if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
			parsed.push(entry.id);
			entries.set(entry.id, entry);
			return true;
		},
		keys: () => [...entries.keys()],
		delete: (id: string) => void entries.delete(id),
		has: (id: string) => entries.has(id),
	};
	return {
		collection: 'meetings',
		store,
		meta: { get: (key: string) => metaValues.get(key), set: (key: string, value: string) => void metaValues.set(key, value), has: (key: string) => metaValues.has(key), delete: (key: string) => void metaValues.delete(key) },
		config: { root: pathToFileURL(`${root}/`) },
		logger: { error: () => {} },
		generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
	} as unknown as LoaderContext;
}

const load = () => meetingsLoader({ base: './content' }).load(context());

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'minutes-loader-'));
	mkdirSync(join(root, 'content'));
	for (const [id, mdx] of converted) writeFileSync(join(root, 'content', `${id}.mdx`), mdx);
	// The converter's cache file lives in the same folder and is not an entry.
	writeFileSync(join(root, 'content', '.convert-cache.json'), '{}');
	entries = new Map();
	parsed = [];
	metaValues = new Map();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('meetingsLoader', () => {
	test('every converted file becomes an entry with validated data without remark texts, and its path (body and texts stay in the file)', async () => {
		await load();
		expect([...entries.keys()].sort()).toEqual([...converted.keys()].sort());
		let [stored, written] = [0, 0];
		for (const [id, mdx] of converted) {
			const entry = entries.get(id)!;
			const record = readFrontmatter(mdx);
			expect(entry.filePath).toBe(`content/${id}.mdx`);
			expect(entry.body).toBeUndefined();
			expect(entry.data).toEqual(toStoredMeeting(record));
			const remarks = entry.data['remarks'] as Record<string, unknown>[];
			expect(remarks.map((remark) => remark['id'])).toEqual(record.remarks.map((remark) => remark.id));
			expect(remarks.filter((remark) => 'text' in remark)).toEqual([]);
			stored += JSON.stringify(remarks).length;
			written += JSON.stringify(record.remarks).length;
		}
		// What the store keeps of the remarks is a fraction of what the files hold.
		expect(stored).toBeLessThan(written / 2);
	});

	test('a second load parses only the files that changed, and forgets removed ones', async () => {
		await load();
		expect(parsed.length).toBe(converted.size);
		parsed = [];
		await load();
		expect(parsed).toEqual([]);

		const [changed, removed] = [...converted.keys()];
		const mdx = converted.get(changed!)!.replace('title: "', 'title: "改訂 ');
		writeFileSync(join(root, 'content', `${changed}.mdx`), mdx);
		rmSync(join(root, 'content', `${removed}.mdx`));
		await load();
		expect(parsed).toEqual([changed]);
		expect((entries.get(changed!)!.data as { title: string }).title.startsWith('改訂 ')).toBe(true);
		expect(entries.has(removed!)).toBe(false);
	});

	test('a file touched without a change is not parsed again; a same-size edit is', async () => {
		await load();
		parsed = [];
		const [id, mdx] = [...converted][0]!;
		const file = join(root, 'content', `${id}.mdx`);
		const later = new Date(Date.now() + 60_000);
		utimesSync(file, later, later);
		await load();
		expect(parsed).toEqual([]);
		// Same length, different bytes, new modification time: read and parsed again.
		const edited = mdx.replace(/^title: "(.)/m, 'title: "＃');
		writeFileSync(file, edited);
		const again = new Date(Date.now() + 120_000);
		utimesSync(file, again, again);
		await load();
		expect(parsed).toEqual([id]);
		expect((entries.get(id)!.data as { title: string }).title.startsWith('＃')).toBe(true);
	});


	test('the same files in another folder (a moved content folder, the cache kept) are stored with their new path', async () => {
		await load();
		parsed = [];
		// Copies with the same bytes, sizes and modification times: only the path differs.
		mkdirSync(join(root, 'moved'));
		const when = new Date(Date.now() - 60_000);
		for (const [id, mdx] of converted) {
			utimesSync(join(root, 'content', `${id}.mdx`), when, when);
			writeFileSync(join(root, 'moved', `${id}.mdx`), mdx);
			utimesSync(join(root, 'moved', `${id}.mdx`), when, when);
		}
		await load();
		parsed = [];
		rmSync(join(root, 'content'), { recursive: true });
		await meetingsLoader({ base: './moved' }).load(context());
		expect(parsed.sort()).toEqual([...converted.keys()].sort());
		for (const id of converted.keys()) expect(entries.get(id)!.filePath).toBe(`moved/${id}.mdx`);
	});
	test('a file without frontmatter names itself', async () => {
		writeFileSync(join(root, 'content', 'broken-001.mdx'), '<Section id="s1" meeting="broken-001" />\n');
		await expect(load()).rejects.toThrow(/^content\/broken-001\.mdx: MDX file has no YAML frontmatter\. .*npm run convert/);
	});

	test('frontmatter that is not a mapping names itself', async () => {
		writeFileSync(join(root, 'content', 'broken-002.mdx'), '---\n- a\n- b\n---\n\ntext\n');
		await expect(load()).rejects.toThrow(/^content\/broken-002\.mdx: the frontmatter is not a YAML mapping/);
	});

	test.each([
		['a kind the schema does not know', (mdx: string) => mdx.replace(/^kind: "[a-z]+"$/m, 'kind: "speech"'), /kind/],
		['a remark text that is not a string', (mdx: string) => mdx.replace(/^(    text: )"[^\n]*"$/m, '$1[1, 2]'), /remarks\.\d+\.text|text/],
	])('frontmatter the schema rejects (%s) names the file and is not stored', async (_label, edit, field) => {
		const [id, mdx] = [...converted][0]!;
		const edited = edit(mdx);
		expect(edited).not.toBe(mdx);
		writeFileSync(join(root, 'content', `${id}.mdx`), edited);
		const error = await load().then(() => null, (thrown: Error) => thrown);
		expect(error?.message).toMatch(new RegExp(`^content/${id}\\.mdx: the frontmatter does not match the meeting schema`));
		expect(error?.message).toMatch(field);
		expect(entries.has(id)).toBe(false);
	});
});
