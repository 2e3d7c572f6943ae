/** The content loader run over a test folder of converted meetings, as the archive tests read it. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { TextEntry } from '../../src/archive/meeting-texts.ts';
import { meetingsLoader } from '../../src/loaders/meetings-loader.ts';
import { compareRecords } from '../../src/people/types.ts';
import type { StoredMeeting } from '../../src/schemas/meeting.ts';

/** A stored entry as the collection gives it, its file path made absolute for the test. */
export type LoadedEntry = TextEntry & { data: StoredMeeting; digest: string; filePath: string };

/**
 * Run the meetings loader over `root/content` with `store` as its content store (kept by the caller between
 * runs, so an unchanged file is not read again); the entries in archive order.
 */
export async function loadEntries(root: string, store: Map<string, LoadedEntry>): Promise<LoadedEntry[]> {
	const context = {
		collection: 'meetings',
		store: {
			get: (id: string) => store.get(id),
			set: (entry: LoadedEntry) => {
				store.set(entry.id, { ...entry, filePath: join(root, entry.filePath) });
				return true;
			},
			keys: () => [...store.keys()],
			delete: (id: string) => void store.delete(id),
		},
		meta: { get: () => undefined, set: () => {} },
		config: { root: pathToFileURL(`${root}/`) },
		logger: { error: () => {} },
		generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
	} as unknown as LoaderContext;
	await meetingsLoader({ base: './content' }).load(context);
	return [...store.values()].sort(compareRecords);
}
