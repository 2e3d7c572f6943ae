/** The command line of `npm run bench`, read and checked. */
import { readArgs } from '../cli-args.ts';
import { LAYOUTS, type Layout } from './generate.ts';

/** What one bench run does. */
export interface BenchOptions {
	meetings: number;
	seed: number;
	nice: number;
	layout: Layout;
	/** Hand-written MDX files to measure `astro build` with (0: no such measurement). */
	editorial: number;
	keep: boolean;
	verbose: boolean;
	browser: boolean;
	hugo: boolean;
}

/** The usage line printed for bad arguments. */
export const USAGE = `usage: npm run bench -- [--meetings N (≥ 1)] [--layout ${LAYOUTS.join('|')}] [--editorial N (≥ 0)] [--seed S] [--nice K] [--keep] [--verbose] [--no-browser] [--no-hugo]`;

/** Read the bench's arguments; a string says what is wrong (`help` for `--help`: print the usage). */
export function parseBenchOptions(args: readonly string[]): BenchOptions | string {
	const read = readArgs({
		meetings: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		nice: { type: 'string', default: '10' },
		layout: { type: 'string', default: 'summary' },
		editorial: { type: 'string', default: '0' },
		keep: { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		'no-hugo': { type: 'boolean', default: false },
	}, args);
	if ('help' in read) return 'help';
	if ('error' in read) return read.error;
	const { values } = read;
	const [meetings, seed, nice, editorial] = [values.meetings, values.seed, values.nice, values.editorial].map((value) => (/^-?\d+$/.test(value) ? Number(value) : Number.NaN));
	if (!(Number(meetings) >= 1)) return `--meetings must be a whole number ≥ 1 (got ${values.meetings})`;
	if (!(Number(editorial) >= 0)) return `--editorial must be a whole number ≥ 0 (got ${values.editorial})`;
	if (!Number.isInteger(seed)) return `--seed must be a whole number (got ${values.seed})`;
	if (!Number.isInteger(nice)) return `--nice must be a whole number (got ${values.nice})`;
	if (!(LAYOUTS as readonly string[]).includes(values.layout)) return `--layout must be ${LAYOUTS.join(' or ')} (got ${values.layout})`;
	return {
		meetings: meetings as number,
		seed: seed as number,
		nice: nice as number,
		layout: values.layout as Layout,
		editorial: editorial as number,
		keep: values.keep,
		verbose: values.verbose,
		browser: !values['no-browser'],
		hugo: !values['no-hugo'],
	};
}
