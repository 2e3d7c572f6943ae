/**
 * `npm run convert [-- --seeds DIR --out DIR --watch --no-cache]`: seeds → `content/*.mdx`.
 * Prints one line per problem and a summary; exits 1 when any seed had an error.
 */
import { parseArgs } from 'node:util';
import { parseMinutes } from '../src/parser/index.ts';
import { convertSeeds, watchSeeds, type ConvertOptions, type ConvertReport } from '../src/converter/convert.ts';

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

/** Print a report: diagnostics to stderr, the summary line to stdout. */
function print(report: ConvertReport): void {
	for (const line of report.lines.slice(0, -1)) console.error(line);
	console.log(report.lines.at(-1));
}

const report = await convertSeeds(options);
print(report);
if (values.watch) {
	console.log(`watching ${options.seedsDir} for changes…`);
	watchSeeds(options, print);
} else {
	process.exitCode = report.errors > 0 ? 1 : 0;
}
