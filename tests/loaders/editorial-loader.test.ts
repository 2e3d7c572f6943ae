/**
 * The hand-written MDX loader: Astro's glob loader with @astrojs/mdx's entry type, whose entries are
 * stored as data only (no deferred rendering, no module import for Astro's content runtime), so
 * that no page of the site becomes head-propagating because MDX files exist.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { editorialLoader } from '../../src/loaders/editorial-loader.ts';
import { editorialNoteSchema } from '../../src/schemas/editorial.ts';

interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	digest?: string;
	filePath?: string;
	deferredRender?: boolean;
}

/** @astrojs/mdx's content entry type for `.mdx`, taken from its setup hook. */
async function mdxEntryType(): Promise<unknown> {
	let entryType: unknown;
	const noop = () => undefined;
	const hook = mdx().hooks['astro:config:setup'] as (params: Record<string, unknown>) => Promise<void>;
	await hook({
		config: { markdown: {} },
		updateConfig: noop,
		addPageExtension: noop,
		addRenderer: noop,
		addContentEntryType: (type: unknown) => {
			entryType = type;
		},
		logger: { warn: noop, info: noop },
	});
	return entryType;
}

let root: string;
let entries: Map<string, StoredEntry>;
let moduleImports: string[];

/** A loader context over a Map, with the note schema as `parseData` and the real MDX entry type. */
async function context(): Promise<LoaderContext> {
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: StoredEntry) => {
			entries.set(entry.id, entry);
			return true;
		},
		values: () => [...entries.values()],
		entries: () => [...entries],
		keys: () => [...entries.keys()],
		delete: (id: string) => void entries.delete(id),
		has: (id: string) => entries.has(id),
		clear: () => entries.clear(),
		addModuleImport: (file: string) => void moduleImports.push(file),
	};
	return {
		collection: 'notes',
		store,
		config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
		logger: { error: () => {}, warn: () => {}, info: () => {} },
		parseData: async ({ data }: { data: Record<string, unknown> }) => editorialNoteSchema.parse(data),
		generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
		entryTypes: new Map([['.mdx', await mdxEntryType()]]),
	} as unknown as LoaderContext;
}

const NOTE = ['---', 'meeting: cybersecurity-task-force-042', 'remark: r1', 'kind: 正誤', '---', '', "import RemarkLink from '@components/RemarkLink.astro';", '', '訂正：<RemarkLink meeting="cybersecurity-task-force-042" remark="r1" />', ''].join('\n');

const options = { pattern: '**/*.mdx', base: './content/notes' };
const load = async (loader: Loader) => loader.load(await context());

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'minutes-editorial-loader-'));
	mkdirSync(join(root, 'content/notes/2024'), { recursive: true });
	writeFileSync(join(root, 'content/notes/042-r1.mdx'), NOTE);
	writeFileSync(join(root, 'content/notes/2024/Extra Note.mdx'), NOTE.replace('remark: r1\n', ''));
	entries = new Map();
	moduleImports = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('editorialLoader', () => {
	test("Astro's glob loader marks MDX entries for deferred rendering (what the editorial loader removes)", async () => {
		await load(glob(options));
		expect([...entries.values()].map((entry) => entry.deferredRender)).toEqual([true, true]);
		expect(moduleImports).toEqual([]);
	});

	test("entries keep the glob loader's ids, data, body and file path, without deferred rendering", async () => {
		await load(editorialLoader(options));
		expect([...entries.keys()].sort()).toEqual(['042-r1', '2024/extra-note']);
		const note = entries.get('042-r1')!;
		expect(note).not.toHaveProperty('deferredRender');
		expect(note.filePath).toBe('content/notes/042-r1.mdx');
		expect(note.data).toEqual({ meeting: 'cybersecurity-task-force-042', remark: 'r1', kind: '正誤' });
		expect(note.body).toContain('<RemarkLink meeting="cybersecurity-task-force-042" remark="r1" />');
		expect(entries.get('2024/extra-note')!.filePath).toBe('content/notes/2024/Extra Note.mdx');
	});

	test('an unchanged entry cached with deferred rendering loses the flag and records no module import', async () => {
		await load(glob(options));
		await load(editorialLoader(options));
		expect([...entries.values()].map((entry) => entry.deferredRender)).toEqual([undefined, undefined]);
		expect(moduleImports).toEqual([]);
	});
});
