/**
 * `npm run convert [-- --seeds DIR --out DIR --watch --no-cache]`: seeds → `content/*.mdx`.
 * Prints one line per problem and a summary; exits 1 when any seed had an error.
 * With `--watch` it keeps converting on every change (a failing seed keeps its last good page); started
 * with an IPC channel (`npm run dev`), it sends `{ ready: true }` after the first conversion.
 */
import { parseArgs } from 'node:util';
import { parseMinutes } from '../src/parser/index.ts';
import { convertSeeds, printReport, watchSeeds, type ConvertOptions } from '../src/converter/convert.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: process.env['SEEDS_DIR'] || 'seeds' },
		out: { type: 'string', default: process.env['CONTENT_DIR'] || 'content' },
		watch: { type: 'boolean', default: false },
		'no-cache': { type: 'boolean', default: false },
	},
});

const options: ConvertOptions = {
	seedsDir: values.seeds,
	outDir: values.out,
	parse: parseMinutes,
	cache: !values['no-cache'],
};

const report = await convertSeeds(options).catch((error: unknown) => {
	console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
printReport(report);
if (values.watch) {
	console.log(`watching ${options.seedsDir} for changes…`);
	watchSeeds(options, printReport, undefined, undefined, report);
	process.send?.({ ready: true });
} else {
	process.exitCode = report.errors > 0 ? 1 : 0;
}
