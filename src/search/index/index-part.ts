/**
 * Index one part of the site with Pagefind: each page's indexed HTML (its indexed part with the search data,
 * NFKC-normalized) handed to a Pagefind service of its own, the part written to a folder, the service stopped
 * (its memory goes with it). `build.ts` runs parts here, or several at once in worker threads
 * (`part-worker.ts`), each with its own service.
 */
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { indexableHtml, normalizeHtmlText } from './indexable-html.ts';
import { withSearchData } from './search-data.ts';

/** A page of a part: its URL on the site and its built file. */
export interface PartFile {
	url: string;
	file: string;
}

/** The HTML Pagefind gets for a built page: its indexed part with the search data (agenda items, title as written, folded spellings), NFKC-normalized. */
export const indexedHtml = (page: string): string => normalizeHtmlText(withSearchData(page, indexableHtml(page)));

/** Pages handed to Pagefind at once. */
const BATCH = 8;

/** Index `pages` into `outputPath`, then stop this thread's Pagefind service; `added` hears how many pages went in. */
export async function indexPart(pages: readonly PartFile[], outputPath: string, added: (count: number) => void): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		for (let at = 0; at < pages.length; at += BATCH) {
			await Promise.all(
				pages.slice(at, at + BATCH).map(async (page) => {
					const result = await index.addHTMLFile({ url: page.url, content: indexedHtml(await readFile(page.file, 'utf8')) });
					if (result.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${result.errors.join('; ')}`);
				}),
			);
			added(Math.min(BATCH, pages.length - at));
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
}
