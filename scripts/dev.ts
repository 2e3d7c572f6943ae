/**
 * `npm run dev`: convert the seeds, keep converting them on every change (fs.watch,
 * debounced), and run `astro dev` beside it; signals go to Astro, and the watcher
 * stops when Astro exits. Extra arguments are passed to `astro dev`.
 */
import { spawn } from 'node:child_process';
import { parseDocuments } from '../src/parser/index.ts';
import { meetingsDir, seedsDir } from '../src/site/config.ts';
import { convertSeeds, printReport, watchSeeds, type ConvertOptions } from '../src/converter/convert.ts';

const options: ConvertOptions = {
	seedsDir,
	outDir: meetingsDir(),
	parse: parseDocuments,
};

printReport(await convertSeeds(options));
console.log(`watching ${options.seedsDir} for changes…`);
const stopWatching = watchSeeds(options, printReport);

const astro = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		if (astro.exitCode === null) astro.kill(signal);
	});
}
astro.on('exit', (code, signal) => {
	stopWatching();
	process.exitCode = code ?? (signal ? 1 : 0);
});
