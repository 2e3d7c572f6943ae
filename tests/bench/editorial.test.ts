/**
 * The bench's hand-written MDX: N files of the three kinds, valid frontmatter and MDX, every note,
 * link and series introduction pointing at a meeting, remark or series the archive holds; written
 * into the content folder's editorial folders; the verdict's tolerance.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EDITORIAL_TOLERANCE, editorialFiles, editorialVerdict, missingFromSite, writeEditorial, type EditorialFile } from '../../scripts/bench/editorial.ts';
import { generateSeeds, loadSeedPool, type Layout } from '../../scripts/bench/generate.ts';
import type { Entry } from '../../src/converter/content.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { editorialNoteSchema, editorialPageSchema, editorialSeriesSchema } from '../../src/schemas/editorial.ts';

const pool = await loadSeedPool(new URL('../../seeds/', import.meta.url).pathname);

/** Entries as the converter would write them, from a small generated archive. */
function entries(layout: Layout): Entry[] {
	return generateSeeds(pool, { layout, seed: 1, meetings: 12 }).flatMap((seed) => {
		const meeting = parseDocuments(seed.text, { source: seed.fileName, sourceHash: '0'.repeat(64) })[0]?.meeting;
		return meeting ? [{ id: entryId(meeting), meeting }] : [];
	});
}

/** Frontmatter and MDX tree of a file (micromark with the MDX and GFM extensions: throws on invalid MDX). */
function read(file: EditorialFile): { data: unknown; tree: Root } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(file.text);
	if (!match) throw new Error(`${file.path} has no frontmatter`);
	const tree = fromMarkdown(file.text.slice(match[0].length), { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
	return { data: parseYaml(match[1] ?? ''), tree };
}

/** The `<RemarkLink>` elements of a tree with their attributes. */
function remarkLinks(node: Nodes): Record<string, string>[] {
	const own = (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'RemarkLink' ? [Object.fromEntries(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])))] : [];
	return [...own, ...('children' in node ? (node.children as Nodes[]).flatMap(remarkLinks) : [])];
}

describe.each(['summary', 'verbatim'] as const)('editorialFiles over a %s archive', (layout) => {
	const archive = entries(layout);
	const byId = new Map(archive.map((entry) => [entry.id, entry.meeting]));
	const slugs = new Set(archive.map((entry) => entry.meeting.seriesSlug));
	const files = editorialFiles(archive, 30, 1);
	const kinds = (kind: string) => files.filter((file) => file.path.startsWith(`${kind}/`));

	test('30 files: a fifth pages, a fifth series introductions (one per series at most), the rest notes; deterministic, unique paths and markers', () => {
		expect(files).toHaveLength(30);
		expect(kinds('pages')).toHaveLength(6);
		expect(kinds('series')).toHaveLength(Math.min(6, slugs.size));
		expect(kinds('notes')).toHaveLength(30 - 6 - Math.min(6, slugs.size));
		expect(new Set(files.map((file) => file.path)).size).toBe(30);
		expect(new Set(files.map((file) => file.marker)).size).toBe(30);
		expect(editorialFiles(archive, 30, 1)).toEqual(files);
		expect(editorialFiles(archive, 30, 2)).not.toEqual(files);
		expect(editorialFiles(archive, 0, 1)).toEqual([]);
	});

	test('pages: valid frontmatter, the RemarkLink import, an expression, a table, links to existing remarks', () => {
		for (const file of kinds('pages')) {
			const { data, tree } = read(file);
			expect(editorialPageSchema.safeParse(data).success).toBe(true);
			expect(tree.children.some((node) => node.type === 'mdxjsEsm' && node.value.includes("import RemarkLink from '@components/RemarkLink.astro'"))).toBe(true);
			expect(tree.children.some((node) => node.type === 'table')).toBe(true);
			expect(JSON.stringify(tree)).toContain('mdxTextExpression');
			expect(file.page).toBe(`${file.path.slice('pages/'.length, -'.mdx'.length)}/index.html`);
		}
	});

	test('notes: valid frontmatter at an existing meeting (half of them at an existing remark), kinds 補足/正誤/注記', () => {
		const notes = kinds('notes').map((file) => ({ file, data: editorialNoteSchema.parse(read(file).data) }));
		for (const { file, data } of notes) {
			const meeting = byId.get(data.meeting);
			expect(meeting, file.path).toBeDefined();
			if (data.remark) expect(meeting?.remarks.map((remark) => remark.id)).toContain(data.remark);
			expect(file.page).toBe(`meetings/${data.meeting}/index.html`);
		}
		expect(notes.filter(({ data }) => data.remark !== undefined).length).toBeGreaterThanOrEqual(notes.length / 2 - 1);
		expect(new Set(notes.map(({ data }) => data.kind))).toEqual(new Set(['補足', '正誤', '注記']));
	});

	test('series introductions: named after an existing series slug', () => {
		for (const file of kinds('series')) {
			expect(editorialSeriesSchema.safeParse(read(file).data).success).toBe(true);
			const slug = file.path.slice('series/'.length, -'.mdx'.length);
			expect(slugs.has(slug)).toBe(true);
			expect(file.page).toBe(`series/${slug}/index.html`);
		}
	});

	test('every RemarkLink points at an existing meeting and remark, and every file carries its marker', () => {
		const links = files.flatMap((file) => remarkLinks(read(file).tree));
		expect(links.length).toBeGreaterThanOrEqual(files.length);
		for (const link of links) {
			const meeting = byId.get(link['meeting'] ?? '');
			expect(meeting, link['meeting']).toBeDefined();
			if (link['remark']) expect(meeting?.remarks.map((remark) => remark.id)).toContain(link['remark']);
		}
		for (const file of files) expect(file.text).toContain(`整理番号 ${file.marker}）`);
	});
});

describe('writing and finding the files', () => {
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'bench-editorial-test-'));
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	test('writeEditorial puts each file into pages/, notes/ or series/ of the content folder; missingFromSite names the files whose marker is not on their page', async () => {
		const files = editorialFiles(entries('summary'), 10, 3);
		const content = join(root, 'content');
		await writeEditorial(content, files);
		for (const file of files) expect(await readFile(join(content, file.path), 'utf8')).toBe(file.text);
		const dist = join(root, 'dist');
		const [shown, hidden] = files;
		for (const file of [shown, hidden]) if (file) await mkdir(join(dist, file.page, '..'), { recursive: true });
		if (shown) await writeFile(join(dist, shown.page), `<p>…（整理番号 ${shown.marker}）</p>`);
		if (hidden && hidden.page !== shown?.page) await writeFile(join(dist, hidden.page), '<p>nothing</p>');
		const missing = await missingFromSite(dist, files);
		expect(missing.map((file) => file.path)).toEqual(files.slice(1).map((file) => file.path));
	});
});

describe('editorialVerdict', () => {
	const GB = 1024 ** 3;
	const MB = 1024 ** 2;
	test.each([
		['small difference', { seconds: 25, peakRssBytes: 1.2 * GB }, { seconds: 26, peakRssBytes: 1.2 * GB + 30 * MB }, true],
		['5 s allowed on a short build', { seconds: 10, peakRssBytes: 0.5 * GB }, { seconds: 14.9, peakRssBytes: 0.5 * GB }, true],
		['over 10% and 5 s', { seconds: 60, peakRssBytes: 1.2 * GB }, { seconds: 67, peakRssBytes: 1.2 * GB }, false],
		['memory over 10%', { seconds: 25, peakRssBytes: 2 * GB }, { seconds: 25, peakRssBytes: 2.3 * GB }, false],
		['faster with files (noise)', { seconds: 25, peakRssBytes: GB }, { seconds: 24, peakRssBytes: GB - 10 * MB }, true],
	])('%s', (_name, without, withFiles, pass) => {
		const verdict = editorialVerdict(without, withFiles);
		expect(verdict.pass).toBe(pass);
		expect(verdict.seconds).toBeCloseTo(withFiles.seconds - without.seconds);
		expect(verdict.allowedSeconds).toBe(Math.max(without.seconds * EDITORIAL_TOLERANCE.fraction, EDITORIAL_TOLERANCE.seconds));
	});
});
