/** The bench's command line: defaults, each option, and what is refused with a reason. */
import { describe, expect, test } from 'vitest';
import { parseBenchOptions } from '../../scripts/bench/options.ts';

describe('parseBenchOptions', () => {
	test('defaults: 1,000 summary meetings, no hand-written files, browser and Hugo on', () => {
		expect(parseBenchOptions([])).toEqual({ meetings: 1000, seed: 1, nice: 10, layout: 'summary', editorial: 0, keep: false, verbose: false, browser: true, hugo: true });
	});

	test.each([
		[['--layout', 'verbatim', '--meetings', '50'], { layout: 'verbatim', meetings: 50 }],
		[['--editorial', '30', '--no-browser', '--no-hugo'], { editorial: 30, browser: false, hugo: false }],
		[['--seed', '7', '--nice', '0', '--keep', '--verbose'], { seed: 7, nice: 0, keep: true, verbose: true }],
	])('%j', (args, expected) => {
		expect(parseBenchOptions(args)).toMatchObject(expected);
	});

	test('--help asks for the usage', () => {
		expect(parseBenchOptions(['--meetings', '5', '--help'])).toBe('help');
	});

	test('a mistyped option names the one meant', () => {
		expect(parseBenchOptions(['--meeting', '5'])).toBe("Unknown option '--meeting' (did you mean --meetings?)");
	});

	test.each([
		[['--meetings', '0'], /--meetings/],
		[['--meetings', '1.5'], /--meetings/],
		[['--editorial', '-1'], /--editorial/],
		[['--layout', 'pdf'], /--layout must be summary or verbatim/],
		[['--seed', 'x'], /--seed/],
		[['--pages', '3'], /pages/],
	])('%j is refused', (args, reason) => {
		const result = parseBenchOptions(args);
		expect(typeof result).toBe('string');
		expect(result).toMatch(reason);
	});
});
