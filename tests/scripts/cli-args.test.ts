/**
 * The scripts' command lines: `--help` prints the usage and exits 0; a mistyped option, a missing value or a stray argument
 * prints one line naming the script and the problem (the option meant, when one is near), then the usage, and exits 2 —
 * never Node's stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArgs } from '../../scripts/cli-args.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const OPTIONS = { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, verbose: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } } as const;

describe('readArgs', () => {
	test('the values of a good command line', () => {
		expect(readArgs(OPTIONS, ['--seeds', 'a', '--verbose'])).toEqual({ values: { seeds: 'a', verbose: true, 'no-cache': false } });
	});

	test('--help and -h: a request for the usage', () => {
		for (const flag of ['--help', '-h']) expect(readArgs(OPTIONS, ['--seeds', 'a', flag])).toEqual({ help: true });
	});

	test.each([
		[['--seed', 'x'], "Unknown option '--seed' (did you mean --seeds?)"],
		[['--nocache'], "Unknown option '--nocache' (did you mean --no-cache?)"],
		[['--pages', '3'], "Unknown option '--pages'"],
		[['--seeds'], "Option '--seeds <value>' argument missing"],
		[['seeds'], "Unexpected argument 'seeds'. This command does not take positional arguments"],
	])('%j: what is wrong, named', (args, line) => {
		expect(readArgs(OPTIONS, args)).toEqual({ error: line });
	});
});

describe.each([
	['scripts/convert.ts', 'convert', '--seed', '--seeds'],
	['scripts/index.ts', 'pagefind', '--sites', '--site'],
	['scripts/people-report.ts', 'people', '--contents', '--content'],
])('%s', (script, command, typo, meant) => {
	const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8' });

	test('--help prints its usage and exits 0 without running', () => {
		const done = run('--help');
		expect(done.status).toBe(0);
		expect(done.stdout).toMatch(/^usage: /u);
		expect(done.stderr).toBe('');
	});

	test(`a mistyped option (${typo}): one clear line and the usage, exit 2`, () => {
		const done = run(typo, 'x');
		expect(done.status).toBe(2);
		const lines = done.stderr.trim().split('\n');
		expect(lines[0]).toBe(`${command}: Unknown option '${typo}' (did you mean ${meant}?)`);
		expect(lines[1]).toMatch(/^usage: /u);
		expect(done.stderr).not.toMatch(/\bat .*\.ts:\d+|node:internal/u);
	});
});
