/**
 * The folders the project reads and writes, from the environment, read once here:
 * `SEEDS_DIR` (default `seeds`) and `CONTENT_DIR` (default `content`). The converter writes the
 * meetings into `<CONTENT_DIR>/meetings/`; hand-written MDX lives beside them in
 * `<CONTENT_DIR>/pages/`, `notes/` and `series/`.
 */
import path from 'node:path';

/** Where the minutes files are read from. */
export const seedsDir: string = process.env['SEEDS_DIR'] || 'seeds';

/** The content folder: generated meetings and hand-written MDX. */
export const contentDir: string = process.env['CONTENT_DIR'] || 'content';

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
