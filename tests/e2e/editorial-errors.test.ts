/**
 * A hand-written note that points at a meeting or remark the archive does not hold stops the build,
 * and the error names the note's file. Real builds of a one-meeting site, each with one bad note.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { meetingsDir } from '../../src/site/config.ts';
import { run } from './run.ts';

let root: string;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'minutes-editorial-'));
	await mkdir(join(root, 'seeds'));
	await cp('seeds/000_4b9a63a9ace8ebce.txt', join(root, 'seeds/000_4b9a63a9ace8ebce.txt'));
	await run('npm', ['run', 'convert', '--', '--seeds', join(root, 'seeds'), '--out', meetingsDir(join(root, 'content'))]);
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

/** Build the one-meeting site with one note; the build's failure message. */
async function buildWithNote(name: string, frontmatter: string): Promise<string> {
	await rm(join(root, 'content/notes'), { recursive: true, force: true });
	await mkdir(join(root, 'content/notes'), { recursive: true });
	await writeFile(join(root, 'content/notes', name), `---\n${frontmatter}\n---\n\n注記。\n`);
	const env = { SEEDS_DIR: join(root, 'seeds'), CONTENT_DIR: join(root, 'content'), BASE_PATH: '/' };
	return run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], env).then(
		() => 'the build succeeded',
		(error: Error) => error.message,
	);
}

describe('a note pointing at nothing fails the build with its file name', () => {
	test('a missing meeting', async () => {
		const message = await buildWithNote('wrong-meeting.mdx', 'meeting: cybersecurity-task-force-041');
		expect(message).toMatch(/content\/notes\/wrong-meeting\.mdx: meeting "cybersecurity-task-force-041" does not exist/);
	});

	test('a missing remark', async () => {
		const message = await buildWithNote('wrong-remark.mdx', 'meeting: cybersecurity-task-force-042\nremark: r999');
		expect(message).toMatch(/content\/notes\/wrong-remark\.mdx: meeting "cybersecurity-task-force-042" has no remark "r999"/);
	});
});
