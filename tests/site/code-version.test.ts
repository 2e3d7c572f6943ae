import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sourceFiles, sourcesHash } from '../../src/site/code-version.ts';

let folder = '';
/** A module URL inside the temp folder, as `import.meta.url` would be. */
let base = '';

beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'minutes-code-version-'));
	await mkdir(join(folder, 'lib/readers'), { recursive: true });
	await writeFile(join(folder, 'lib/a.ts'), 'export const a = 1;');
	await writeFile(join(folder, 'lib/readers/b.ts'), 'export const b = 2;');
	await writeFile(join(folder, 'lib/notes.md'), 'not code');
	await writeFile(join(folder, 'one.ts'), 'export const one = 1;');
	base = pathToFileURL(join(folder, 'module.ts')).href;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('sourceFiles / sourcesHash', () => {
	test('a folder is read with its sub-folders, TypeScript only; a file name stands for itself', async () => {
		expect(await sourceFiles(base, ['./lib/', './one.ts'])).toEqual(['./lib/a.ts', './lib/readers/b.ts', './one.ts']);
	});

	test('a change to a file in a sub-folder changes the hash; a change to other files does not', async () => {
		const before = await sourcesHash(base, ['./lib/']);
		await writeFile(join(folder, 'lib/notes.md'), 'changed');
		expect(await sourcesHash(base, ['./lib/'])).toBe(before);
		await writeFile(join(folder, 'lib/readers/b.ts'), 'export const b = 3;');
		expect(await sourcesHash(base, ['./lib/'])).not.toBe(before);
	});
});
