/** Read the converter's output back: entry ids with their frontmatter validated by the shared schema. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { meetingSchema, toStoredMeeting, type Meeting, type StoredMeeting } from '../schemas/meeting.ts';

/** One converted entry: its id (file name without `.mdx`) and frontmatter. */
export interface Entry {
	id: string;
	meeting: Meeting;
}

/** Split a converted MDX file into its YAML frontmatter (unparsed) and its body. */
export function splitFrontmatter(mdx: string): { yaml: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
	if (!match) throw new Error('MDX file has no YAML frontmatter');
	return { yaml: match[1] ?? '', body: mdx.slice(match[0].length) };
}

/**
 * Parse a converted file's YAML frontmatter (unvalidated). js-yaml with the YAML 1.2 core schema reads the
 * converter's output as the `yaml` package does (tests/converter/content.test.ts checks it) and about ten
 * times faster, which counts for 会議録 whose frontmatter holds every remark's text.
 */
export function parseFrontmatterYaml(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA });
}

/** Split the YAML frontmatter off an MDX file and validate it with the shared schema. */
export function readFrontmatter(mdx: string): Meeting {
	return meetingSchema.parse(parseFrontmatterYaml(splitFrontmatter(mdx).yaml));
}

/** Every `<id>.mdx` of a content folder, sorted by id. */
export async function readEntries(contentDir: string): Promise<Entry[]> {
	const files = (await readdir(contentDir)).filter((name) => name.endsWith('.mdx')).sort();
	const entries: Entry[] = [];
	for (const name of files) entries.push({ id: name.slice(0, -'.mdx'.length), meeting: readFrontmatter(await readFile(join(contentDir, name), 'utf8')) });
	return entries;
}

/** Every `<id>.mdx` of a content folder as the content store keeps it (validated, remark texts left out file by file), sorted by id. */
export async function readStoredEntries(contentDir: string): Promise<{ id: string; data: StoredMeeting }[]> {
	const files = (await readdir(contentDir)).filter((name) => name.endsWith('.mdx')).sort();
	const entries: { id: string; data: StoredMeeting }[] = [];
	for (const name of files) entries.push({ id: name.slice(0, -'.mdx'.length), data: toStoredMeeting(readFrontmatter(await readFile(join(contentDir, name), 'utf8'))) });
	return entries;
}
