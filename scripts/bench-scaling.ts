/**
 * `npm run bench:scaling [-- --size N --runs R]`: conversion must take time linear in its input.
 * Decodes and parses each hostile input (scripts/bench/hostile-inputs.ts) at N and 2N characters
 * and prints the time ratio: PASS when doubling the input at most 2.6× the time, else FAIL
 * (a quadratic step shows 4×). Exits 1 on any FAIL. Timing lives here, never in unit tests.
 */
import { decodeSeed } from '../src/converter/decode.ts';
import { parseMinutes } from '../src/parser/index.ts';
import { HOSTILE_FAMILIES, HOSTILE_INPUTS } from './bench/hostile-inputs.ts';
import { cliArgs } from './cli-args.ts';

const SCALING_USAGE = 'usage: npm run bench:scaling -- [--size N (≥ 1000, characters)] [--runs R]';
const values = cliArgs('bench:scaling', SCALING_USAGE, {
	size: { type: 'string', default: '262144' },
	runs: { type: 'string', default: '3' },
});
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 1000 || !Number.isInteger(runs) || runs < 1) {
	console.error(SCALING_USAGE);
	process.exit(2);
}

/** Doubling the input may cost at most this factor in time. */
const MAX_RATIO = 2.6;
/** Below this many milliseconds the ratio is noise: such a case passes. */
const NOISE_MS = 20;

/** Fastest of `runs` decode + parse times of one text, in milliseconds (the minimum is the least disturbed by GC and other processes). */
function time(text: string): number {
	const bytes = new TextEncoder().encode(text);
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const decoded = decodeSeed(bytes);
		if (decoded.ok) parseMinutes(decoded.text, { source: 'hostile.txt', sourceHash: '0'.repeat(64) });
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return samples[0] ?? Number.NaN;
}

console.log(`scaling: decode + parse of hostile inputs at ${size} and ${size * 2} characters, fastest of ${runs}`);
console.log(`  ${'input'.padEnd(24)} ${'N ms'.padStart(9)} ${'2N ms'.padStart(9)} ${'ratio'.padStart(6)}`);
let failed = 0;
const results: { input: string; ms: number; ms2: number; ratio: number; pass: boolean }[] = [];
for (const [input, make] of Object.entries(HOSTILE_INPUTS)) {
	// A text meant for one reader must reach it, or the case measures another reader.
	const family = parseMinutes(make(1024), { source: 'hostile.txt', sourceHash: '0'.repeat(64) }).family ?? 'none';
	const expected = HOSTILE_FAMILIES[input] ?? 'council';
	if (family !== expected) throw new Error(`the hostile input "${input}" is read by the ${family} reader, not ${expected}: fix the input`);
	time(make(size / 4)); // warm up the JIT
	const ms = time(make(size));
	const ms2 = time(make(size * 2));
	const ratio = ms2 / Math.max(ms, 0.001);
	const pass = ms2 < NOISE_MS || ratio <= MAX_RATIO;
	if (!pass) failed++;
	results.push({ input, ms, ms2, ratio, pass });
	console.log(`  ${input.padEnd(24)} ${ms.toFixed(1).padStart(9)} ${ms2.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(6)}  ${pass ? 'PASS' : `FAIL: doubling the input took ${ratio.toFixed(1)}× the time (limit ${MAX_RATIO}×)`}`);
}
console.log(`${results.length - failed} passed, ${failed} failed`);
console.log(JSON.stringify({ size, runs, results }));
process.exitCode = failed > 0 ? 1 : 0;
