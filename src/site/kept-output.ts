/**
 * The build's output folder kept between builds. Astro empties `dist/` before every build and its
 * incremental build then copies every unchanged page back from its cache: at 10,000 meetings that is
 * removing and copying 3.4 GB (about 20 s of a 2-minute rebuild). With `vite.build.emptyOutDir: false`
 * an unchanged page whose file is still in `dist/` is left where it is; this integration does the rest
 * of what emptying did:
 *
 * - **Files of pages that are gone** (a meeting, person or series removed) are deleted after the build:
 *   the files the previous build wrote (its routes' files and `public/`'s, listed in the cache folder) that
 *   this build did not. Folders left empty go too.
 * - **Bundled scripts and styles** (`_astro/`) are made anew by every build: the folder is emptied when
 *   the build starts, so that old hashed files do not pile up.
 * - **A folder this cache did not write last** is emptied when the build starts, as Astro would: an
 *   output folder last built with another cache (another base path, site or content folder), by this
 *   cache before it built another folder, by a build that failed, or never built with this cache. Each
 *   completed build has an id, written both in the cache folder (with the output folder and its files) and
 *   under `node_modules/.astro/out-dirs/` for the output folder (outside the folder that gets deployed);
 *   the folder is kept only when the two agree (`folderTrusted`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What a completed build records in its cache folder (`output-files.json`). */
export interface OutputRecord {
	/** The build, one id per completed build. */
	id: string;
	/** The output folder it wrote (absolute path). */
	outDir: string;
	/** The files the build wrote (its routes' and public/'s), relative to the output folder, `/`-separated. */
	files: string[];
}

/** What a completed build records for its output folder (under `node_modules/.astro/out-dirs/`). */
export interface OwnerRecord {
	id: string;
	/** The cache folder of the build (absolute path). */
	cacheDir: string;
}

/**
 * Whether the output folder is as the cache's last build left it: the last build completed into the folder
 * was this cache's last build. Otherwise the folder must be emptied (its pages may be another build's).
 */
export function folderTrusted(owner: OwnerRecord | null, last: OutputRecord | null, cacheDir: string, outDir: string): boolean {
	return owner !== null && last !== null && owner.cacheDir === cacheDir && last.outDir === outDir && owner.id === last.id;
}

/** The files of `previous` that this build did not write (its routes' and public/'s files): what to delete. */
export function staleFiles(previous: readonly string[], current: readonly string[]): string[] {
	const written = new Set(current);
	return previous.filter((file) => !written.has(file));
}

/** Every file under `dir`, relative to it, `/`-separated (none when it does not exist). */
export function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Delete `files` (relative to `outDir`; never outside it) and then the folders they leave empty. */
export function deleteFiles(outDir: string, files: readonly string[]): number {
	let deleted = 0;
	const folders = new Set<string>();
	for (const file of files) {
		const full = path.resolve(outDir, file);
		if (!full.startsWith(outDir + path.sep)) continue;
		if (!existsSync(full)) continue;
		rmSync(full, { force: true });
		deleted++;
		for (let dir = path.dirname(full); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) folders.add(dir);
	}
	// Deepest first, so a parent is tried after its children.
	for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
		try {
			rmdirSync(dir);
		} catch {
			// not empty, or gone
		}
	}
	return deleted;
}

/** Where the record of the cache that last completed a build into `outDir` is kept. */
export function ownerFile(root: string, outDir: string): string {
	const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
	return path.join(root, 'node_modules/.astro/out-dirs', `${key}.json`);
}

/** A JSON file, or null when it is missing or unreadable. */
function readJson(file: string): Record<string, unknown> | null {
	try {
		const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/** A cache's record of its last build, or null (none, unreadable, other shape). */
export function readOutputRecord(file: string): OutputRecord | null {
	const value = readJson(file);
	const files = value?.['files'];
	return typeof value?.['id'] === 'string' && typeof value['outDir'] === 'string' && Array.isArray(files) && files.every((one) => typeof one === 'string')
		? (value as unknown as OutputRecord)
		: null;
}

/** An output folder's record of the last build completed into it, or null. */
export function readOwnerRecord(file: string): OwnerRecord | null {
	const value = readJson(file);
	return typeof value?.['id'] === 'string' && typeof value['cacheDir'] === 'string' ? (value as unknown as OwnerRecord) : null;
}

/** Empty a folder's contents (the folder and a `.git` in it stay), as Astro does before a build. */
export function emptyDir(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (name !== '.git') rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** The Astro integration (the config sets `vite.build.emptyOutDir: false` with it). */
export function keptOutput(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let publicDir = '';
	let assetsDir = '_astro';
	let owner = '';
	let last: OutputRecord | null = null;
	const lastBuild = () => path.join(cacheDir, 'output-files.json');
	return {
		name: 'kept-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
				cacheDir = fileURLToPath(config.cacheDir).replace(/[\\/]+$/, '');
				publicDir = fileURLToPath(config.publicDir);
				assetsDir = config.build.assets;
				owner = ownerFile(fileURLToPath(config.root), outDir);
			},
			'astro:build:start': () => {
				const recorded = readOutputRecord(lastBuild());
				const trusted = folderTrusted(readOwnerRecord(owner), recorded, cacheDir, outDir);
				// Until this build completes, the folder belongs to no build (a failed build leaves it so).
				rmSync(owner, { force: true });
				last = trusted ? recorded : null;
				if (trusted) rmSync(path.join(outDir, assetsDir), { recursive: true, force: true });
				else emptyDir(outDir);
			},
			'astro:build:done': ({ assets, logger }) => {
				// The routes' files and public/'s (copied by every build), so that a file removed from public/ goes too.
				const files = [...[...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/')), ...listFiles(publicDir)];
				if (last) {
					const deleted = deleteFiles(outDir, staleFiles(last.files, files));
					if (deleted > 0) logger.info(`deleted ${deleted} file(s) of pages that are gone`);
				}
				const id = randomUUID();
				const done: OutputRecord = { id, outDir, files };
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(lastBuild(), JSON.stringify(done));
				mkdirSync(path.dirname(owner), { recursive: true });
				writeFileSync(owner, JSON.stringify({ id, cacheDir } satisfies OwnerRecord));
			},
		},
	};
}
