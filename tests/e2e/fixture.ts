import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';
import { readEntries, type Entry } from '../../src/converter/content.ts';
import { meetingsDir } from '../../src/site/config.ts';

export type { Entry };

/** All entries the converter wrote for the fixture build (the ground truth for the pages). */
export function loadEntries(): Promise<Entry[]> {
	return readEntries(meetingsDir(inject('contentDir')));
}

/** The entry converted from the given seed file name; throws when there is none. */
export function entryForSource(entries: Entry[], source: string): Entry {
	const entry = entries.find((candidate) => candidate.meeting.source === source);
	if (!entry) throw new Error(`no converted entry has source ${source}`);
	return entry;
}

/** Absolute URL of a site path (relative to the base, no leading slash): `meetings/x/` → `http://…/minutes/meetings/x/`. */
export function siteUrl(path = ''): string {
	return new URL(path, inject('baseUrl')).href;
}

/** Every `.html` file under the built site, as paths relative to it with `/` separators. */
export async function listHtmlFiles(distDir = inject('distDir')): Promise<string[]> {
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
