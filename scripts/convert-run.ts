/**
 * `npm run convert [-- --seeds DIR --out DIR --watch --no-cache --verbose]`: seeds → `content/meetings/*.mdx`.
 * Prints one line per problem and a summary (with `--verbose`, first one line per seed naming the layout
 * family its reader recognized and what it read); exits 1 when any seed had an error.
 * With `--watch` it keeps converting on every change (a failing seed keeps its last good page); started
 * with an IPC channel (`npm run dev`), it sends `{ ready: true }` after the first conversion.
 * Started through `scripts/convert.ts`, which turns on Node's compile cache first.
 */
import { availableParallelism } from 'node:os';
import { parseDocuments } from '../src/parser/index.ts';
import { meetingsDir, seedsDir } from '../src/site/config.ts';
import { convertSeeds, printReport, watchSeeds, type ConvertOptions } from '../src/converter/convert.ts';
import { cliArgs } from './cli-args.ts';
import { startProgress } from './progress.ts';

const USAGE = `usage: npm run convert -- [--seeds DIR (default ${seedsDir})] [--out DIR (default ${meetingsDir()})] [--watch] [--no-cache] [--verbose]
  --watch     keep converting on every change of the seeds
  --no-cache  convert every seed again (by default a seed whose file and converter are unchanged is skipped)
  --verbose   one line per seed: the layout its reader recognized and what it read`;

const values = cliArgs('convert', USAGE, {
	seeds: { type: 'string', default: seedsDir },
	out: { type: 'string', default: meetingsDir() },
	watch: { type: 'boolean', default: false },
	'no-cache': { type: 'boolean', default: false },
	verbose: { type: 'boolean', default: false },
});

const options: ConvertOptions = {
	seedsDir: values.seeds,
	outDir: values.out,
	parse: parseDocuments,
	cache: !values['no-cache'],
};

// The first run shows its progress (a bar on a terminal, a line every few seconds in a log).
const progress = startProgress('convert', 'files', null);
// It converts on every core the process may use (later runs of --watch convert a seed or two, on this thread).
const report = await convertSeeds({ ...options, workers: availableParallelism(), onProgress: (done, total) => progress.update(done, total) })
	.catch((error: unknown) => {
		progress.stop();
		console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	})
	.finally(() => progress.stop());
const print = (done: typeof report) => printReport(done, values.verbose);
print(report);
if (values.watch) {
	console.log(`watching ${options.seedsDir} for changes…`);
	watchSeeds(options, print, undefined, undefined, report);
	process.send?.({ ready: true });
} else {
	process.exitCode = report.errors > 0 ? 1 : 0;
}
