/**
 * The version of some of the project's own code, for build caches: the hash of its source files, so a
 * change to that code makes cached results stale (the converter's outputs, the search index's parts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';

/**
 * The source files `sources` name, relative to `base` (a module's `import.meta.url`): a name ending in `/`
 * is a folder, read with its sub-folders (`.ts` files, sorted); any other name is one file.
 */
export async function sourceFiles(base: string | URL, sources: readonly string[]): Promise<string[]> {
	const files: string[] = [];
	for (const relative of sources) {
		if (!relative.endsWith('/')) {
			files.push(relative);
			continue;
		}
		const found = await readdir(new URL(relative, base), { recursive: true }).catch(() => [] as string[]);
		files.push(...found.filter((file) => file.endsWith('.ts')).sort().map((file) => `${relative}${file.split('\\').join('/')}`));
	}
	return files;
}

/** SHA-256 hex of the names and contents of `sourceFiles(base, sources)` (a file that cannot be read counts as empty). */
export async function sourcesHash(base: string | URL, sources: readonly string[]): Promise<string> {
	const hash = createHash('sha256');
	for (const file of await sourceFiles(base, sources)) hash.update(`${file}\n`).update(await readFile(new URL(file, base)).catch(() => ''));
	return hash.digest('hex');
}
