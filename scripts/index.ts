/**
 * Build the Pagefind search index over the built site.
 * Usage: node scripts/index.ts [--site DIR]   (default: dist)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = path.resolve(values.site ?? 'dist');

/** Index every HTML page under `dir` and write `dir/pagefind/`; returns the page count. */
export async function buildIndex(dir: string): Promise<number> {
	if (!existsSync(dir)) throw new Error(`No built site at ${dir}. Run \`astro build\` first (or pass --site DIR).`);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

const started = performance.now();
try {
	const pages = await buildIndex(site);
	console.log(`pagefind: indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), path.join(site, 'pagefind'))}/`);
} catch (error) {
	console.error(`pagefind: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
