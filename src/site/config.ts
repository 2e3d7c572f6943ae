/**
 * The site's configuration from the environment, read once here and nowhere else:
 * `SEEDS_DIR` (default `seeds`), `CONTENT_DIR` (default `content`), `BASE_PATH` (default `/`),
 * `SITE_URL` (none), `SITE_TITLE` and `CARD_CACHE_DIR` (default `.cache/cards`). The converter writes the meetings into
 * `<CONTENT_DIR>/meetings/`; hand-written MDX lives beside them in `<CONTENT_DIR>/pages/`, `notes/`
 * and `series/`. `astro.config.mjs` takes the base path and site URL from here too.
 */
import path from 'node:path';

/** Where the minutes files are read from. */
export const seedsDir: string = process.env['SEEDS_DIR'] || 'seeds';

/** The content folder: generated meetings and hand-written MDX. */
export const contentDir: string = process.env['CONTENT_DIR'] || 'content';

/** `BASE_PATH` normalised to a leading and trailing slash (`/`, `/minutes/`). */
export const basePath: string = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** The canonical origin (`SITE_URL`), or undefined when absolute URLs cannot be made. */
export const siteUrl: string | undefined = process.env['SITE_URL'] || undefined;

/** The archive's name, shown in the header, titles, feeds and social cards (`SITE_TITLE`). */
export const siteName: string = process.env['SITE_TITLE'] || '会議録アーカイブ';

/** Where rendered social cards are kept between builds (`CARD_CACHE_DIR`), one PNG per card text. */
export const cardCacheDir: string = process.env['CARD_CACHE_DIR'] || '.cache/cards';

/** The hand-written MDX folders inside the content folder, by collection. */
export const EDITORIAL_FOLDERS = { pages: 'pages', notes: 'notes', series: 'series' } as const;

/** Where the converter writes one MDX file per meeting (generated, not tracked by git). */
export function meetingsDir(content: string = contentDir): string {
	return path.join(content, 'meetings');
}

/** A hand-written MDX folder of the content folder. */
export function editorialDir(kind: keyof typeof EDITORIAL_FOLDERS, content: string = contentDir): string {
	return path.join(content, EDITORIAL_FOLDERS[kind]);
}
