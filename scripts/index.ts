/**
 * Build the Pagefind search index over the built site (src/search/index/build.ts), in parts to bound
 * memory, reusing the parts whose pages did not change since the last run.
 * Usage: node scripts/index.ts [--site DIR] [--part-size N] [--cache DIR] [--jobs N]
 *        (defaults: dist, 1000 pages' worth of text (src/search/index/build.ts PAGE_UNIT), .cache/pagefind/<hash of DIR>,
 *        as many parts at once as the process has cores, within one full part's text)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIndex, defaultCacheDir } from '../src/search/index/build.ts';
import { cliArgs } from './cli-args.ts';
import { startProgress } from './progress.ts';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const usage = 'usage: node scripts/index.ts [--site DIR (default dist)] [--part-size N (default 1000)] [--cache DIR (default .cache/pagefind/<hash of DIR>)] [--jobs N (default: the cores)]';
	const values = cliArgs('pagefind', usage, { site: { type: 'string', default: 'dist' }, 'part-size': { type: 'string', default: '1000' }, cache: { type: 'string' }, jobs: { type: 'string' } });
	const site = path.resolve(values.site ?? 'dist');
	const partSize = Number(values['part-size']);
	const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
	const started = performance.now();
	try {
		if (!Number.isInteger(partSize) || partSize < 1) throw new Error('--part-size must be a whole number ≥ 1');
		if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new Error('--jobs must be a whole number ≥ 1');
		const progress = startProgress('index', 'pages', null);
		const summary = await buildIndex(site, partSize, path.resolve(values.cache ?? defaultCacheDir(site)), (done, total) => progress.update(done, total), undefined, jobs).finally(() => progress.stop());
		console.log(
			`pagefind: ${summary.pages} pages in ${summary.parts} part${summary.parts === 1 ? '' : 's'} (${summary.indexed} indexed, ${summary.parts - summary.indexed} unchanged and reused; ${summary.speakers} speakers) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), path.join(site, 'pagefind'))}/`,
		);
	} catch (error) {
		console.error(`pagefind: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
