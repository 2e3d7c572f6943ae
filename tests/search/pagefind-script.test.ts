import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { READY_POLL_MS, READY_POLLS, shortenReadyPolls } from '../../src/search/index/pagefind-script.ts';

let folder = '';
let script = '';

beforeAll(async () => {
	// The script exactly as the installed Pagefind writes it.
	folder = await mkdtemp(join(tmpdir(), 'minutes-pagefind-script-'));
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind could not start');
	await index.addHTMLFile({ url: '/a/', content: '<html lang="ja"><body data-pagefind-body><p>発言</p></body></html>' });
	await index.writeFiles({ outputPath: folder });
	await pagefind.close();
	script = await readFile(join(folder, 'pagefind.js'), 'utf8');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('shortenReadyPolls', () => {
	test.each(READY_POLLS.map((poll) => [poll]))('the installed Pagefind polls as expected: %s', (poll) => {
		expect(script).toContain(poll);
	});

	test('shortens both polls and changes nothing else', () => {
		const { script: patched, patched: count } = shortenReadyPolls(script);
		expect(count).toBe(READY_POLLS.length);
		expect(patched).not.toContain('asyncSleep(50)');
		expect(patched.split(`asyncSleep(${READY_POLL_MS})`).length - 1).toBe(READY_POLLS.length);
		expect(patched.length).toBe(script.length - READY_POLLS.length * (2 - String(READY_POLL_MS).length));
		expect(patched.replaceAll(`asyncSleep(${READY_POLL_MS})`, 'asyncSleep(50)')).toBe(script);
	});

	test('leaves a script without the polls as it is', () => {
		expect(shortenReadyPolls('export const x = 1;')).toEqual({ script: 'export const x = 1;', patched: 0 });
	});
});
