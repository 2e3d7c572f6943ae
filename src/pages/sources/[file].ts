import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetings } from '../../archive/meetings.ts';
import { contentDisposition, seedContentType } from '../../exports/download.ts';
import { sourceFileName } from '../../site/urls.ts';
import { seedsDir } from '../../site/config.ts';

/**
 * One path per meeting: its seed under an ASCII name (entry id + extension), whatever the seed is
 * called. Only seeds a meeting records as its `source` exist here, in the build and in dev.
 */
export const getStaticPaths = (async () =>
	(await getMeetings()).map((meeting) => ({
		params: { file: sourceFileName(meeting.id, meeting.data.source) },
		props: { source: meeting.data.source },
		// The seed's SHA-256, so an incremental build copies unchanged seeds instead of reading them again.
		cacheKey: `${meeting.data.sourceHash}:${meeting.data.source}`,
	}))) satisfies GetStaticPaths;

interface Props {
	source: string;
}

/** Read a recorded seed from `SEEDS_DIR` as a plain file: never through a link, never outside the folder. */
async function readSeed(source: string): Promise<Uint8Array<ArrayBuffer>> {
	if (source !== path.basename(source) || source === '.' || source === '..') throw new Error(`${seedsDir}/${source}: not a file name; the content folder was not written by \`npm run convert\``);
	const handle = await open(path.join(seedsDir, source), constants.O_RDONLY | constants.O_NOFOLLOW).catch((cause: NodeJS.ErrnoException) => {
		const reason = cause.code === 'ELOOP' ? 'is a link; seeds are served only as plain files' : `cannot be read (${cause.code ?? cause.message})`;
		throw new Error(`${seedsDir}/${source} ${reason}`, { cause });
	});
	try {
		if (!(await handle.stat()).isFile()) throw new Error(`${seedsDir}/${source} is not a plain file`);
		return await handle.readFile();
	} finally {
		await handle.close();
	}
}

/** The original seed bytes from `SEEDS_DIR`, unchanged, downloading under the seed's own name. */
export const GET: APIRoute<Props> = async ({ props, params }) => {
	const bytes = await readSeed(props.source);
	return new Response(bytes, {
		headers: { 'Content-Type': seedContentType(props.source), 'Content-Disposition': contentDisposition(props.source, String(params['file'])) },
	});
};
