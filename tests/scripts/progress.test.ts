import { describe, expect, test } from 'vitest';
import { formatSeconds, progressLine, startProgress } from '../../scripts/progress.ts';

describe('progress of long stages', () => {
	test.each([
		{ seconds: 0, expected: '0 s' },
		{ seconds: 59.4, expected: '59 s' },
		{ seconds: 185, expected: '3 min 05 s' },
	])('formatSeconds($seconds) is $expected', ({ seconds, expected }) => {
		expect(formatSeconds(seconds)).toBe(expected);
	});

	test.each([
		{ done: 1200, total: 10_000, elapsed: 34, expected: 'index: 1200/10000 pages (12%), 34 s elapsed, ~4 min 09 s left' },
		{ done: 0, total: 10, elapsed: 1, expected: 'index: 0/10 pages (0%), 1 s elapsed' },
		{ done: 73, total: null, elapsed: 3, expected: 'index: 73 pages, 3 s elapsed' },
	])('a log line at $done/$total', ({ done, total, elapsed, expected }) => {
		expect(progressLine('index', 'pages', done, total, elapsed)).toBe(expected);
	});

	test('in a log, a plain line at most every five seconds, with the known total', () => {
		const lines: string[] = [];
		let clock = 0;
		const progress = startProgress('convert', 'files', 100, { tty: false, write: (line) => lines.push(line), now: () => clock });
		for (let done = 1; done <= 100; done++) {
			clock += 200;
			progress.update(done);
		}
		progress.stop();
		// 100 updates over 20 s: a line at 5, 10, 15 and 20 s.
		expect(lines).toEqual([
			'convert: 25/100 files (25%), 5 s elapsed, ~15 s left',
			'convert: 50/100 files (50%), 10 s elapsed, ~10 s left',
			'convert: 75/100 files (75%), 15 s elapsed, ~5 s left',
			'convert: 100/100 files (100%), 20 s elapsed, ~0 s left',
		]);
	});
});
