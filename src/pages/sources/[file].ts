import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetings } from '../../utils/meetings.ts';

/** One path per seed file referenced by a meeting. */
export const getStaticPaths = (async () => {
	// The key is the seed's SHA-256, so an incremental build copies unchanged seeds instead of reading them again.
	const files = new Map((await getMeetings()).map((meeting) => [meeting.data.source, meeting.data.sourceHash]));
	return [...files].map(([file, hash]) => ({ params: { file }, cacheKey: hash }));
}) satisfies GetStaticPaths;

/** The original seed bytes from `SEEDS_DIR`, unchanged. */
export const GET: APIRoute = async ({ params }) => {
	const file = String(params['file']);
	if (file.includes('/') || file.includes('\\') || file.startsWith('.')) throw new Error(`Refusing seed path "${file}"`);
	const bytes = await readFile(path.resolve(process.env['SEEDS_DIR'] || 'seeds', file));
	const type = /\.pdf$/i.test(file) ? 'application/pdf' : 'text/plain; charset=utf-8';
	return new Response(bytes, { headers: { 'Content-Type': type } });
};
