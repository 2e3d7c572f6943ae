/** Pagefind's browser module run in Node over an index folder, its files read from disk through a stubbed `fetch` (for tests). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

/** What the tests use of Pagefind's browser API. */
export interface NodePagefind {
	search(q: string, options: object): Promise<{ results: { id: string; score: number; data(): Promise<Record<string, unknown>> }[] }>;
	mergeIndex(path: string): Promise<void>;
	destroy?(): Promise<void>;
}

/**
 * Import `script` (default `pagefind.js`) from `folder` afresh and start it with `basePath: '/pagefind/'`, every URL
 * under it read from `folder` (the caller unstubs `fetch` with `vi.unstubAllGlobals()`).
 */
export async function loadPagefind(folder: string, script = 'pagefind.js', options: Record<string, unknown> = {}): Promise<NodePagefind> {
	vi.stubGlobal('fetch', async (url: string | URL) => new Response(await readFile(join(folder, String(url).replace(/^\/pagefind\//, '').replace(/\?.*$/, '')))));
	const api = await import(`${pathToFileURL(join(folder, script)).href}?${Math.random()}`);
	await api.options({ basePath: '/pagefind/', noWorker: true, ...options });
	await api.init();
	return api as NodePagefind;
}
