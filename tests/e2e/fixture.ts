import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';

/** One converted entry: its id (file name without `.mdx`) and validated frontmatter. */
export interface Entry {
	id: string;
	meeting: Meeting;
}

/** Split `---\n…\n---` YAML frontmatter off an MDX file and validate it with the shared schema. */
export function readFrontmatter(mdx: string): Meeting {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
	if (!match) throw new Error('MDX file has no YAML frontmatter');
	return meetingSchema.parse(parseYaml(match[1] ?? ''));
}

/** All entries the converter wrote for the fixture build (the ground truth for the pages). */
export async function loadEntries(): Promise<Entry[]> {
	const contentDir = inject('contentDir');
	const files = (await readdir(contentDir)).filter((name) => name.endsWith('.mdx')).sort();
	return Promise.all(
		files.map(async (name) => ({
			id: name.slice(0, -'.mdx'.length),
			meeting: readFrontmatter(await readFile(join(contentDir, name), 'utf8')),
		})),
	);
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
