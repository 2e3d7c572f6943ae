/**
 * Content loader for the converter's output, `<base>/<entryId>.mdx`.
 *
 * Astro's MDX integration compiles every entry into its own JavaScript module, which the build
 * bundles: at thousands of meetings that is most of the build's time and memory. The minutes'
 * MDX has a fixed shape (the converter writes it), so this loader stores only the frontmatter and
 * the meeting page reads and renders the body itself (`readMeetingFile`, `MinutesBody.astro`).
 * Astro serialises and bundles the whole store into the build, so the store keeps only what pages
 * need for lists, filters and joins: the record is validated once with `meetingSchema` and stored
 * without its remarks' texts (`toStoredMeeting`; about 1 GB at 10,000 verbatim 会議録, which Astro
 * could not bundle). Pages read the texts from the file when they render (`src/archive/meeting-texts.ts`).
 * A file whose size and modification time are those of the last build is not read again, and one
 * whose bytes are unchanged (same digest) is not parsed again, so a rebuild after adding one meeting
 * reads and parses only the new file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { parseFrontmatterYaml, splitFrontmatter } from '../converter/content.ts';
import { meetingSchema, toStoredMeeting } from '../schemas/meeting.ts';
import { fileStamp } from '../site/file-stamp.ts';

const EXTENSION = '.mdx';

/** Load every `*.mdx` directly inside `base` (relative to the project root) as one entry each. */
export function meetingsLoader(options: { base: string }): Loader {
	return {
		name: 'minutes-meetings-loader',
		async load({ store, meta, generateDigest, watcher, config, logger }: LoaderContext) {
			const root = fileURLToPath(config.root);
			const baseDir = path.resolve(root, options.base);

			/** What the last build saw of each file: its stamp (`fileStamp`: size, modification time, inode) and the digest of its bytes. */
			const seen = new Map<string, { stamp: string; digest: string }>(Object.entries(JSON.parse(meta.get('files') ?? '{}') as Record<string, { stamp: string; digest: string }>));

			/** (Re)load one file into the store; skipped when its stamp or its bytes are unchanged. */
			async function loadFile(file: string): Promise<void> {
				const id = path.basename(file, EXTENSION);
				const filePath = path.relative(root, file).split(path.sep).join('/');
				const stamp = await fileStamp(file);
				const last = seen.get(id);
				// An entry stored from another path (the content folder moved, or another folder built with
				// this cache) is stored again: pages read the texts from the entry's path.
				const stored = store.get(id);
				const current = stored?.filePath === filePath ? stored : undefined;
				if (stamp !== null && last?.stamp === stamp && current?.digest === last.digest) return;
				const raw = await readFile(file, 'utf8');
				const digest = generateDigest(raw);
				if (stamp === null) seen.delete(id);
				else seen.set(id, { stamp, digest });
				if (current?.digest === digest) return;
				let yaml: string;
				let frontmatter: unknown;
				try {
					({ yaml } = splitFrontmatter(raw));
					frontmatter = parseFrontmatterYaml(yaml);
				} catch (error) {
					throw new Error(`${filePath}: ${(error as Error).message}. Files in the content folder are written by \`npm run convert\`; run it again.`);
				}
				if (!frontmatter || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
					throw new Error(`${filePath}: the frontmatter is not a YAML mapping. Files in the content folder are written by \`npm run convert\`; run it again.`);
				}
				const record = meetingSchema.safeParse(frontmatter);
				if (!record.success) {
					throw new Error(`${filePath}: the frontmatter does not match the meeting schema:\n${z.prettifyError(record.error)}\nFiles in the content folder are written by \`npm run convert\`; run it again.`);
				}
				// Astro's store keeps an entry whose digest is unchanged, whatever else is given: one stored from another path goes first.
				if (stored && !current) store.delete(id);
				store.set({ id, data: toStoredMeeting(record.data), digest, filePath });
			}

			const names = (await readdir(baseDir)).filter((name) => name.endsWith(EXTENSION)).sort();
			const present = new Set(names.map((name) => path.basename(name, EXTENSION)));
			for (const id of store.keys()) if (!present.has(id)) store.delete(id);
			for (const id of seen.keys()) if (!present.has(id)) seen.delete(id);
			for (const name of names) await loadFile(path.join(baseDir, name));
			meta.set('files', JSON.stringify(Object.fromEntries(seen)));

			if (!watcher) return;
			// Dev server: follow the converter's writes (`npm run dev` runs it in watch mode).
			watcher.add(baseDir);
			const inBase = (file: string) => path.dirname(file) === baseDir && file.endsWith(EXTENSION);
			const reload = (file: string) => {
				if (!inBase(file)) return;
				loadFile(file).catch((error: Error) => logger.error(error.message));
			};
			watcher.on('add', reload);
			watcher.on('change', reload);
			watcher.on('unlink', (file) => {
				if (inBase(file)) store.delete(path.basename(file, EXTENSION));
			});
		},
	};
}
