import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readSeedHistory } from '../../src/archive/provenance.ts';

function git(dir: string, date: string, ...args: string[]): void {
	execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }, stdio: 'ignore' });
}

/** Temporary folders of this file, removed when its tests end. */
const folders: string[] = [];
function tempDir(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	folders.push(folder);
	return folder;
}
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('readSeedHistory', () => {
	test('gives each seed the date it was added and the date it last changed', async () => {
		const repo = tempDir('seed-history-');
		const seeds = join(repo, 'seeds');
		mkdirSync(seeds);
		git(repo, '2024-01-01T10:00:00+09:00', 'init', '-q');
		writeFileSync(join(seeds, 'a.txt'), 'one');
		writeFileSync(join(seeds, 'b.txt'), 'one');
		writeFileSync(join(repo, 'outside.txt'), 'x');
		git(repo, '2024-01-02T10:00:00+09:00', 'add', '.');
		git(repo, '2024-01-02T10:00:00+09:00', 'commit', '-qm', 'add');
		writeFileSync(join(seeds, 'a.txt'), 'two');
		git(repo, '2024-03-05T10:00:00+09:00', 'commit', '-qam', 'change a');
		const history = await readSeedHistory(seeds);
		expect(Object.fromEntries(history)).toEqual({
			'a.txt': { added: '2024-01-02', changed: '2024-03-05' },
			'b.txt': { added: '2024-01-02', changed: '2024-01-02' },
		});
	});

	test('names with tabs, quotes, spaces, # ? % and decomposed kana are read as stored', async () => {
		const repo = tempDir('seed-history-');
		const names = ['第43回#議事要旨 ?%.txt', 'か\u3099.txt', ' lead "q"\t.txt', '.hidden.txt'];
		git(repo, '2024-01-01T10:00:00+09:00', 'init', '-q');
		for (const name of names) writeFileSync(join(repo, name), 'x');
		git(repo, '2024-01-02T10:00:00+09:00', 'add', '.');
		git(repo, '2024-01-02T10:00:00+09:00', 'commit', '-qm', 'add');
		writeFileSync(join(repo, names[0]!), 'y');
		git(repo, '2024-02-03T10:00:00+09:00', 'commit', '-qam', 'change');
		const history = await readSeedHistory(repo);
		expect([...history.keys()].sort()).toEqual([...names].sort());
		expect(history.get(names[0]!)).toEqual({ added: '2024-01-02', changed: '2024-02-03' });
		expect(history.get('か\u3099.txt')).toEqual({ added: '2024-01-02', changed: '2024-01-02' });
	});

	test('is empty outside a git repository', async () => {
		expect((await readSeedHistory(tempDir('no-git-'))).size).toBe(0);
	});
});
