import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetings } from '../../archive/meetings.ts';
import { decodeSeed } from '../../converter/decode.ts';
import { seedDecodeOptions } from '../../converter/seed-files.ts';
import { contentDisposition, seedContentType } from '../../exports/download.ts';
import { sourceFileName, sourceOriginalFileName } from '../../site/urls.ts';
import { seedsDir } from '../../site/config.ts';

/**
 * One path per meeting: its seed under an ASCII name (entry id + extension), whatever the seed is
 * called. A seed that is not UTF-8 (Shift_JIS, EUC-JP, UTF-16) is served there as UTF-8 text, and its
 * original bytes under `<entry id>.original-<encoding>.<ext>`. Only seeds a meeting records as its
 * `source` exist here, in the build and in dev.
 */
export const getStaticPaths = (async () =>
	(await getMeetings()).flatMap((meeting) => {
		const { source, sourceHash, sourceEncoding } = meeting.data;
		// The seed's SHA-256, so an incremental build copies unchanged seeds instead of reading them again.
		const cacheKey = `${sourceHash}:${source}`;
		const text = { params: { file: sourceFileName(meeting.id, source) }, props: { source, encoding: null, decode: sourceEncoding !== undefined }, cacheKey: `${cacheKey}:text` };
		if (sourceEncoding === undefined) return [text];
		const original = { params: { file: sourceOriginalFileName(meeting.id, source, sourceEncoding) }, props: { source, encoding: sourceEncoding, decode: false }, cacheKey: `${cacheKey}:original` };
		return [text, original];
	})) satisfies GetStaticPaths;

interface Props {
	source: string;
	/** The encoding of the original bytes served (null: UTF-8 or binary). */
	encoding: string | null;
	/** True: serve the seed's text as UTF-8; false: its bytes unchanged. */
	decode: boolean;
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

/** The seed's text re-encoded as UTF-8 (the text the converter read), or an error naming the seed. */
function utf8Text(source: string, bytes: Uint8Array): Uint8Array {
	const decoded = decodeSeed(bytes, seedDecodeOptions(source));
	if (!decoded.ok) throw new Error(`${seedsDir}/${source} can no longer be decoded (${decoded.message}); run \`npm run convert\` again`);
	return new TextEncoder().encode(decoded.text);
}

/** The seed from `SEEDS_DIR`, as UTF-8 text or as its original bytes, downloading under the seed's own name. */
export const GET: APIRoute<Props> = async ({ props, params }) => {
	const bytes = await readSeed(props.source);
	const file = String(params['file']);
	const body = props.decode ? utf8Text(props.source, bytes) : bytes;
	const type = props.encoding === null ? seedContentType(props.source) : `text/plain; charset=${props.encoding}`;
	return new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type, 'Content-Disposition': contentDisposition(props.source, file) } });
};
