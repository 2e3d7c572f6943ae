/**
 * Drive the site's real search page (`/search/?q=…`) in Chromium: time to the first result link,
 * bytes of Pagefind files received, and (optionally) every result after pressing "さらに表示".
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

/** Queries timed in the browser: compounds, katakana, an acronym, a name, and one that is absent. */
export const QUERIES = ['能動的サイバー防御', '人材育成', 'CYDER', 'トレーニング', '松原', 'サプライチェーン', 'NICT', '新幹線'];

/** A result link on the search page (the shared contract). */
export const RESULT_SELECTOR = '#search-results a.search-result';
/** What the page says when nothing matched. */
export const EMPTY_STATUS = '見つかりませんでした。';

declare global {
	interface Window {
		__benchFirstResult?: number;
		__benchEmpty?: number;
	}
}

/**
 * What the probe logs to the console when the page has answered. The harness waits for this message rather than
 * with `page.waitForFunction`, which runs Playwright's injected script in the page and polls it on every frame:
 * in Chromium traces of a cold search that was ~30 ms of the page's main thread while the search was under way,
 * work a reader's browser never does.
 */
export const ANSWER_SIGNAL = 'bench:answered';

/**
 * Record (in every page of the context) when the first result link appears or the page reports no results, as
 * `performance.now()` since navigation start, and log ANSWER_SIGNAL once either is seen.
 */
export async function installTimingProbe(context: BrowserContext): Promise<void> {
	await context.addInitScript(
		([empty, signal]: [string, string]) => {
			const observer = new MutationObserver(() => {
				if (window.__benchFirstResult === undefined && document.querySelector('#search-results a.search-result')) window.__benchFirstResult = performance.now();
				if (window.__benchEmpty === undefined && document.querySelector('#search-status')?.textContent === empty) window.__benchEmpty = performance.now();
				if (window.__benchFirstResult === undefined && window.__benchEmpty === undefined) return;
				observer.disconnect();
				console.log(signal);
			});
			observer.observe(document, { childList: true, subtree: true, characterData: true });
		},
		[EMPTY_STATUS, ANSWER_SIGNAL] as [string, string],
	);
}

/** Resolves when `page` logs ANSWER_SIGNAL (call before navigating, so that an early answer is not missed). */
export function answered(page: Page, timeoutMs = 60_000): Promise<unknown> {
	const answer = page.waitForEvent('console', { predicate: (message) => message.text() === ANSWER_SIGNAL, timeout: timeoutMs });
	// Awaiting it still throws; this only keeps a navigation that failed first from leaving it unhandled.
	answer.catch(() => {});
	return answer;
}

/** One search as the user sees it. */
export interface SearchOutcome {
	query: string;
	/** ms from navigation start to the first result link; null when none appeared. */
	firstResultMs: number | null;
	/** ms from navigation start to the answer (first result or "nothing found"). */
	answerMs: number;
	/** Result hrefs (absolute), in page order; every page of them when `all` was asked. */
	hrefs: string[];
	status: string;
	/** Bytes (headers + encoded body) of responses under `/pagefind/` until the page is idle, and how many there were. */
	pagefindBytes: number;
	pagefindRequests: number;
	/** The part of `pagefindBytes` whose responses had ended when the first result (or "nothing found") appeared. */
	pagefindBytesFirst: number;
	/** Bytes of all responses of the page. */
	totalBytes: number;
}

/** Open `/search/?q=query` in a new page of `context` and wait for the answer; with `all`, page through every result. */
export async function searchOnce(context: BrowserContext, baseUrl: string, query: string, options: { all?: boolean; timeoutMs?: number } = {}): Promise<SearchOutcome> {
	const page = await context.newPage();
	const sizes: Promise<{ pagefind: boolean; bytes: number; endedAt: number }>[] = [];
	page.on('requestfinished', (request: Request) => {
		// When the response ended, in ms since the epoch (Playwright's timing is relative to the request's start).
		const timing = request.timing();
		const endedAt = timing.startTime + timing.responseEnd;
		sizes.push(
			request
				.sizes()
				.then((size) => ({ pagefind: new URL(request.url()).pathname.includes('/pagefind/'), bytes: size.responseBodySize + size.responseHeadersSize, endedAt }))
				.catch(() => ({ pagefind: false, bytes: 0, endedAt })),
		);
	});
	try {
		const answer = answered(page, options.timeoutMs);
		await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href);
		await answer;
		const timing = await page.evaluate(() => ({ first: window.__benchFirstResult ?? null, empty: window.__benchEmpty ?? null, origin: performance.timeOrigin }));
		if (options.all) await showAll(page);
		await page.waitForLoadState('networkidle').catch(() => {});
		const hrefs = await page.locator(RESULT_SELECTOR).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		const status = (await page.locator('#search-status').textContent()) ?? '';
		const finished = await Promise.all(sizes);
		const pagefind = finished.filter((size) => size.pagefind);
		const answeredAt = timing.origin + (timing.first ?? timing.empty ?? Number.POSITIVE_INFINITY);
		return {
			query,
			firstResultMs: timing.first,
			answerMs: timing.first ?? timing.empty ?? Number.NaN,
			hrefs,
			status,
			pagefindBytes: pagefind.reduce((sum, size) => sum + size.bytes, 0),
			pagefindRequests: pagefind.length,
			pagefindBytesFirst: pagefind.filter((size) => size.endedAt <= answeredAt).reduce((sum, size) => sum + size.bytes, 0),
			totalBytes: finished.reduce((sum, size) => sum + size.bytes, 0),
		};
	} finally {
		await page.close();
	}
}

/** The results list says a search round has finished (`data-state="done"`, `aria-busy="false"`). */
const DONE_SELECTOR = '#search-results[data-state="done"]';

/** Wait until the current search round has finished. */
async function roundDone(page: Page): Promise<void> {
	await page.waitForSelector(DONE_SELECTOR, { state: 'attached', timeout: 60_000 });
}

/** Press "さらに表示" (`#search-more`) until it hides, waiting each time for the round to finish. */
async function showAll(page: Page, maxClicks = 500): Promise<void> {
	const more = page.locator('#search-more');
	await roundDone(page);
	for (let click = 0; click < maxClicks && (await more.isVisible()); click++) {
		await more.click();
		await roundDone(page);
	}
}
