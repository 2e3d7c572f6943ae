/**
 * Pagefind's browser script (`pagefind.js`, 1.x) as the index step serves it: three changes that keep
 * its API and results as they are and take work off the search page's critical path.
 *
 * - **Readiness polls.** Pagefind waits for its WebAssembly by polling every 50 ms: a search asked for
 *   while Pagefind is still starting (the search page's head asks for one at once) went on at the next
 *   poll, up to 50 ms after Pagefind was ready. The patched script polls every READY_POLL_MS.
 * - **Excerpts on demand.** `result.data()` built the page's excerpt and one excerpt per heading anchor
 *   (`sub_results`) every time, each splitting the page's whole text; this site reads neither (it cuts
 *   remarks from the fragment's text itself), and on a cold search page that was ~50 ms of the main thread
 *   before the first result. The patched script makes `excerpt`, `plain_excerpt` and `sub_results` getters
 *   that compute the same values, from the same call's locations, when first read.
 * - **Native decompression.** Pagefind inflates its files (WebAssembly, metadata, index chunks, fragments)
 *   with a JavaScript gunzip on the main thread (~35 ms before a cold first result). The patched script
 *   inflates them with the browser's `DecompressionStream` and falls back to Pagefind's own gunzip where
 *   that is missing or fails; the bytes are the same.
 *
 * The patterns are those of Pagefind 1.6. A change is made only when every one of its patterns is found as
 * often as expected, otherwise the script keeps that part as Pagefind wrote it
 * (tests/search/pagefind-script.test.ts checks them against the installed Pagefind and compares the
 * patched script's searches and data with the original's).
 */

/** One change: every `find` must occur exactly `count` times, or the change is not made. */
export interface ScriptPatch {
	name: string;
	edits: { find: string; replace: string; count: number }[];
}

/** How often the patched script looks whether Pagefind is ready, in ms. */
export const READY_POLL_MS = 4;

/** The poll of `getPtr` (every search waits there until the WebAssembly is in) and of `mergeIndex`, as Pagefind writes them. */
export const READY_POLLS = [
	'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
	'while(this.primary.wasm===null){await asyncSleep(50);}',
] as const;

/** `loadFragment`'s excerpts, as Pagefind computes them on every `data()`. */
const EAGER_EXCERPTS =
	'const excerpt_start=calculate_excerpt_region(weighted_locations,this.excerptLength);const excerpts=build_excerpt(fragment.raw_content,excerpt_start,this.excerptLength,fragment.locations,void 0,void 0,this.excerptEllipsis);fragment.excerpt=excerpts.excerpt;fragment.plain_excerpt=excerpts.plain_excerpt;fragment.sub_results=calculate_sub_results(fragment,this.excerptLength,this.excerptEllipsis);';

/**
 * The same excerpts, made when first read. The fragment object is Pagefind's cached one, shared by later
 * `data()` calls, so the getters work from a snapshot of this call's fields (the ones `build_excerpt` and
 * `calculate_sub_results` read), never through the getters of an earlier call.
 */
const LAZY_EXCERPTS =
	'const excerpt_length=this.excerptLength,excerpt_ellipsis=this.excerptEllipsis;' +
	'const excerpt_source={url:fragment.url,meta:fragment.meta,anchors:fragment.anchors,raw_content:fragment.raw_content,weighted_locations:fragment.weighted_locations,locations:fragment.locations};' +
	'let made_excerpts,made_sub_results;' +
	'const excerpts=()=>made_excerpts??=build_excerpt(excerpt_source.raw_content,calculate_excerpt_region(excerpt_source.weighted_locations,excerpt_length),excerpt_length,excerpt_source.locations,void 0,void 0,excerpt_ellipsis);' +
	'Object.defineProperties(fragment,{' +
	'excerpt:{get:()=>excerpts().excerpt,enumerable:true,configurable:true},' +
	'plain_excerpt:{get:()=>excerpts().plain_excerpt,enumerable:true,configurable:true},' +
	'sub_results:{get:()=>made_sub_results??=calculate_sub_results(excerpt_source,excerpt_length,excerpt_ellipsis),enumerable:true,configurable:true}});';

/** Pagefind's synchronous `decompress` method, before which the native one is added. */
const DECOMPRESS_METHOD = 'decompress(data,file="unknown file"){';

/**
 * Pagefind's files all start, once inflated, with this signature (a file already inflated is used as it is).
 * The bytes are written into the stream directly: through a `Blob` (an object of Chromium's browser process,
 * read back over a pipe) a fragment took 10–15 ms from fetched to inflated on a cold search page (medians of two marked runs), 2 ms so (one run).
 */
const NATIVE_DECOMPRESS =
	'async decompressNative(data,file="unknown file"){' +
	'if(typeof DecompressionStream!=="function"||this.decoder.decode(data.subarray(0,12))==="pagefind_dcd"){return this.decompress(data,file);}' +
	'let inflated;try{const stream=new DecompressionStream("gzip");const writer=stream.writable.getWriter();writer.write(data).catch(()=>{});writer.close().catch(()=>{});' +
	'inflated=new Uint8Array(await new Response(stream.readable).arrayBuffer());}catch(e){return this.decompress(data,file);}' +
	'if(this.decoder.decode(inflated.subarray(0,12))!=="pagefind_dcd"){console.error(`Decompressing ${file} appears to have failed: Missing signature`);return inflated;}' +
	'return inflated.subarray(12);}';

/** Where Pagefind inflates a fetched file (metadata, WebAssembly, index and filter chunks, fragments, fragment groups), each inside an async method. */
const DECOMPRESS_CALL = '=this.decompress(new Uint8Array(';

export const SCRIPT_PATCHES: readonly ScriptPatch[] = [
	{
		name: 'readiness polls',
		edits: READY_POLLS.map((poll) => ({ find: poll, replace: poll.replace('asyncSleep(50)', `asyncSleep(${READY_POLL_MS})`), count: 1 })),
	},
	{ name: 'excerpts on demand', edits: [{ find: EAGER_EXCERPTS, replace: LAZY_EXCERPTS, count: 1 }] },
	{
		name: 'native decompression',
		edits: [
			{ find: DECOMPRESS_METHOD, replace: NATIVE_DECOMPRESS + DECOMPRESS_METHOD, count: 1 },
			{ find: DECOMPRESS_CALL, replace: '=await this.decompressNative(new Uint8Array(', count: 5 },
		],
	},
];

/** How often `find` occurs in `text`. */
function occurrences(text: string, find: string): number {
	return text.split(find).length - 1;
}

/** `pagefind.js` with the changes above, and the names of those made (a change whose patterns are not all there is left out). */
export function tunePagefindScript(script: string, patches: readonly ScriptPatch[] = SCRIPT_PATCHES): { script: string; applied: string[] } {
	let result = script;
	const applied: string[] = [];
	for (const patch of patches) {
		if (!patch.edits.every((edit) => occurrences(result, edit.find) === edit.count)) continue;
		for (const edit of patch.edits) result = result.replaceAll(edit.find, () => edit.replace);
		applied.push(patch.name);
	}
	return { script: result, applied };
}
