/**
 * Pagefind's browser script (`pagefind.js`, 1.x) waits for its WebAssembly by polling every 50 ms: a search
 * asked for while Pagefind is still starting (the search page's head asks for one at once) goes on at the
 * next poll, up to 50 ms after Pagefind is ready. The index step serves the script with a shorter poll;
 * nothing else of Pagefind changes. The patterns are those of Pagefind 1.6; a script without them is left as
 * it is (tests/search/pagefind-script.test.ts checks them against the Pagefind installed).
 */

/** The poll of `getPtr` (every search waits there until the WebAssembly is in) and of `mergeIndex`, as Pagefind writes them. */
export const READY_POLLS = [
	'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
	'while(this.primary.wasm===null){await asyncSleep(50);}',
] as const;

/** How often the patched script looks whether Pagefind is ready, in ms. */
export const READY_POLL_MS = 4;

/** `pagefind.js` with its readiness polls shortened to READY_POLL_MS, and how many of READY_POLLS it held. */
export function shortenReadyPolls(script: string): { script: string; patched: number } {
	let patched = 0;
	let result = script;
	for (const poll of READY_POLLS) {
		if (!result.includes(poll)) continue;
		result = result.replace(poll, poll.replace('asyncSleep(50)', `asyncSleep(${READY_POLL_MS})`));
		patched++;
	}
	return { script: result, patched };
}
