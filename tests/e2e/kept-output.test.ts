/**
 * dist/ kept between builds (src/site/kept-output.ts), with real `astro build`s of a small site: unchanged
 * pages stay in place (not deleted and copied back), the files of a removed meeting go, the result equals a
 * build from nothing, and a folder last built from other content is emptied first.
 */
import { readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/site/kept-output.ts';
import { meetingsDir } from '../../src/site/config.ts';
import { run } from './run.ts';

let root = '';
const dist = () => join(root, 'dist');

/** Convert seeds into a content folder of its own. */
async function content(name: string, seeds: string[]): Promise<string> {
	const seedsDir = join(root, `${name}-seeds`);
	await mkdir(seedsDir, { recursive: true });
	for (const seed of seeds) await cp(join('seeds', seed), join(seedsDir, seed));
	const contentDir = join(root, name);
	await run('npm', ['run', 'convert', '--', '--seeds', seedsDir, '--out', meetingsDir(contentDir)]);
	return contentDir;
}

/** `astro build` of a content folder into `outDir`; its output. */
function build(contentDir: string, outDir: string): Promise<string> {
	const env = { SEEDS_DIR: `${contentDir}-seeds`, CONTENT_DIR: contentDir, BASE_PATH: '/' };
	return run('npx', ['astro', 'build', '--outDir', outDir], env);
}

/** The meeting ids of a content folder. */
async function meetingIds(contentDir: string): Promise<string[]> {
	return (await readdir(meetingsDir(contentDir)))
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => name.replace(/\.mdx?$/, ''))
		.sort();
}

/** Every file of a built site with its bytes, but the search page (it carries the build's time). */
function siteFiles(dir: string): Map<string, string> {
	return new Map(
		listFiles(dir)
			.filter((file) => file !== 'search/index.html')
			.sort()
			.map((file) => [file, readFileSync(join(dir, file)).toString('base64')]),
	);
}

let a = '';
let b = '';
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'minutes-kept-output-'));
	a = await content('a', ['000_4b9a63a9ace8ebce.txt', '001_ec7056b31d2680ae.txt']);
	b = await content('b', ['002_d4558a656d2fbe59.txt']);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('dist/ kept between builds', () => {
	test('unchanged pages stay in place, a removed meeting’s files go, and the site equals one built from nothing', async () => {
		const [first, second] = await meetingIds(a);
		expect(first && second).toBeTruthy();
		await build(a, dist());
		// The other meeting's social card does not change with its neighbours (its page does).
		const kept = join(dist(), `og/${second}.png`);
		const before = statSync(kept);
		expect(listFiles(dist()).some((file) => file.includes(first!))).toBe(true);

		await rm(join(meetingsDir(a), `${first}.mdx`), { force: true });
		await rm(join(meetingsDir(a), `${first}.md`), { force: true });
		const output = await build(a, dist());
		expect(output).toMatch(/deleted \d+ file\(s\) of pages that are gone/);
		// The meeting's page, record, card and every other file named after it are gone.
		expect(listFiles(dist()).filter((file) => file.includes(first!))).toEqual([]);
		// The other meeting's card was neither rewritten nor copied back.
		const after = statSync(kept);
		expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

		// The same content built from nothing (its own content folder, so its own cache).
		const fresh = join(root, 'a-fresh');
		await cp(a, fresh, { recursive: true });
		await cp(`${a}-seeds`, `${fresh}-seeds`, { recursive: true });
		await build(fresh, join(root, 'dist-fresh'));
		const expected = siteFiles(join(root, 'dist-fresh'));
		const actual = siteFiles(dist());
		expect([...actual.keys()]).toEqual([...expected.keys()]);
		for (const [file, bytes] of expected) expect(actual.get(file), file).toBe(bytes);
	}, 300_000);

	test('a folder last built from other content is emptied first, and built back', async () => {
		const [only] = await meetingIds(b);
		const [remaining] = await meetingIds(a);
		await build(b, dist());
		let files = listFiles(dist());
		expect(files).toContain(`meetings/${only}/index.html`);
		expect(files.filter((file) => file.includes(remaining!))).toEqual([]);

		// Back to the first content: its cache's pages are unchanged, but the folder holds the other site's.
		await build(a, dist());
		files = listFiles(dist());
		expect(files).toContain(`meetings/${remaining}/index.html`);
		expect(files.filter((file) => file.includes(only!))).toEqual([]);
	}, 300_000);
});
