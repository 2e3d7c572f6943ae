import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { deleteFiles, emptyDir, folderTrusted, listFiles, ownerFile, readOutputRecord, readOwnerRecord, staleFiles } from '../../src/site/kept-output.ts';

let dir = '';
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'minutes-kept-output-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Write files (relative paths) under `root`. */
function touch(root: string, files: string[]): void {
	for (const file of files) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), file);
	}
}

describe('staleFiles', () => {
	test('the previous build’s files this build did not write (a public/ file counts as written while it is in public/)', () => {
		const previous = ['meetings/a/index.html', 'meetings/b/index.html', 'og/b.png', 'favicon.svg', 'old-logo.svg', 'index.html'];
		const current = ['meetings/a/index.html', 'index.html', 'meetings/c/index.html', 'favicon.svg'];
		expect(staleFiles(previous, current)).toEqual(['meetings/b/index.html', 'og/b.png', 'old-logo.svg']);
		expect(staleFiles([], current)).toEqual([]);
	});
});

describe('deleteFiles', () => {
	test('deletes the files and the folders they leave empty, and nothing else', () => {
		const out = path.join(dir, 'dist');
		touch(out, ['meetings/b/index.html', 'meetings/a/index.html', 'og/b.png', 'data/meetings/b.json', 'data/archive.json']);
		expect(deleteFiles(out, ['meetings/b/index.html', 'og/b.png', 'data/meetings/b.json', 'missing.html'])).toBe(3);
		expect(listFiles(out).sort()).toEqual(['data/archive.json', 'meetings/a/index.html']);
		expect(existsSync(path.join(out, 'meetings/b'))).toBe(false);
		expect(existsSync(path.join(out, 'og'))).toBe(false);
		expect(existsSync(path.join(out, 'data/meetings'))).toBe(false);
		expect(existsSync(out)).toBe(true);
	});

	test('never deletes outside the output folder', () => {
		const out = path.join(dir, 'dist');
		touch(dir, ['dist/index.html', 'outside.txt', 'dist-other/index.html']);
		expect(deleteFiles(out, ['../outside.txt', '../dist-other/index.html', path.join(dir, 'outside.txt')])).toBe(0);
		expect(existsSync(path.join(dir, 'outside.txt'))).toBe(true);
		expect(existsSync(path.join(dir, 'dist-other/index.html'))).toBe(true);
	});
});

describe('emptyDir', () => {
	test('empties the folder but keeps it and a .git in it (a deploy checkout)', () => {
		const out = path.join(dir, 'dist');
		touch(out, ['index.html', 'meetings/a/index.html', '.git/HEAD', '.nojekyll']);
		emptyDir(out);
		expect(listFiles(out)).toEqual(['.git/HEAD']);
		emptyDir(path.join(dir, 'missing'));
	});
});

describe('folderTrusted', () => {
	const cacheDir = '/c/one';
	const outDir = '/site/dist';
	const last = { id: 'b2', outDir, files: [] };
	test('only when the folder’s last completed build is this cache’s last build, into this folder', () => {
		expect(folderTrusted({ id: 'b2', cacheDir }, last, cacheDir, outDir)).toBe(true);
		// Never built, or the last build failed (no owner record).
		expect(folderTrusted(null, last, cacheDir, outDir)).toBe(false);
		expect(folderTrusted({ id: 'b2', cacheDir }, null, cacheDir, outDir)).toBe(false);
		// Last built with another cache (another base path, site or content folder).
		expect(folderTrusted({ id: 'x9', cacheDir: '/c/two' }, last, cacheDir, outDir)).toBe(false);
		// This cache built another folder since (its pages may be newer than this folder's).
		expect(folderTrusted({ id: 'b1', cacheDir }, { ...last, outDir: '/site/other' }, cacheDir, outDir)).toBe(false);
		expect(folderTrusted({ id: 'b1', cacheDir }, last, cacheDir, outDir)).toBe(false);
	});
});

describe('records', () => {
	test('read back as written; missing, broken or other shapes are null', () => {
		const file = path.join(dir, 'record.json');
		expect(readOutputRecord(file)).toBeNull();
		writeFileSync(file, JSON.stringify({ id: 'a', outDir: '/d', files: ['x.html'] }));
		expect(readOutputRecord(file)).toEqual({ id: 'a', outDir: '/d', files: ['x.html'] });
		writeFileSync(file, JSON.stringify({ id: 'a', outDir: '/d', files: [1] }));
		expect(readOutputRecord(file)).toBeNull();
		writeFileSync(file, '{"id":');
		expect(readOutputRecord(file)).toBeNull();
		writeFileSync(file, JSON.stringify({ id: 'a', cacheDir: '/c' }));
		expect(readOwnerRecord(file)).toEqual({ id: 'a', cacheDir: '/c' });
		writeFileSync(file, 'null');
		expect(readOwnerRecord(file)).toBeNull();
	});

	test('one owner file per output folder, outside it', () => {
		expect(ownerFile('/repo', '/site/dist')).toBe(ownerFile('/repo', '/site/dist/'));
		expect(ownerFile('/repo', '/site/dist')).not.toBe(ownerFile('/repo', '/site/dist2'));
		expect(ownerFile('/repo', '/site/dist').startsWith('/repo/node_modules/.astro/out-dirs/')).toBe(true);
	});
});
