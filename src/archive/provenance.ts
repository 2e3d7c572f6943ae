/** Where each seed came from in git: when it was added and last changed, shown on its meeting page. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { seedsDir } from '../site/config.ts';

const run = promisify(execFile);

/** When a seed file entered the repository and when it last changed (ISO dates from git). */
export interface SeedHistory {
	added: string;
	changed: string;
}

/**
 * Reads one `git log` over the seeds folder into `file name → { added, changed }`.
 * Returns an empty map when the folder is not in a git repository or git is missing.
 */
export async function readSeedHistory(seedsDir: string): Promise<Map<string, SeedHistory>> {
	const history = new Map<string, SeedHistory>();
	const dir = resolve(seedsDir);
	let stdout: string;
	try {
		// -z: names exactly as stored (no quoting of tabs, quotes or non-ASCII), NUL-separated; \x01 starts a commit.
		({ stdout } = await run('git', ['-C', dir, 'log', '--format=%x01%aI', '--name-only', '--no-renames', '--relative', '-z', '--', '.'], { maxBuffer: 256 * 1024 * 1024 }));
	} catch {
		return history;
	}
	// Newest commit first: the first date seen for a file is its last change, the last one its addition.
	for (const block of stdout.split('\x01').slice(1)) {
		const [date = '', ...names] = block.split('\0');
		for (const name of names) {
			const file = name.replace(/^\n/u, '');
			if (!file || file.includes('/')) continue;
			const day = date.slice(0, 10);
			const known = history.get(file);
			if (known) known.added = day;
			else history.set(file, { added: day, changed: day });
		}
	}
	return history;
}

let cached: Promise<Map<string, SeedHistory>> | undefined;

/** The seed history of `SEEDS_DIR`, read once per build. */
export function seedHistory(): Promise<Map<string, SeedHistory>> {
	cached ??= readSeedHistory(seedsDir);
	return cached;
}
