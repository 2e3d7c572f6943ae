import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { isInViewport, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/serve.ts';
import { basePath } from './global-setup.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';
import { meetingsDir } from '../../src/site/config.ts';
import { foldVariants } from '../../src/search/query.ts';
import { personShard, queryKeys } from '../../src/search/persons.ts';
import { fragmentRegions, type FragmentLike } from '../../src/search/client/verify.ts';
import { loadPagefind } from '../search/node-pagefind.ts';
import { writeFloorSite } from '../../scripts/bench/floor.ts';
import { EMPTY_STATUS, installTimingProbe, searchOnce } from '../../scripts/bench/search-page.ts';

/** The file of the split persons index that holds a query's own key, as the search page reads it (`personShard` of its first `queryKeys`). */
const queryShard = (query: string): number => personShard(queryKeys(query)[0] ?? '');

/** A query from the seeds whose phrase occurs in remarks of more than one meeting. */
const phrase = '能動的サイバー防御';

let session: BrowserSession;
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser();
});

afterAll(async () => {
	await session?.close();
});

/** A search result link, split into the meeting id and the remark anchor. */
interface ResultLink {
	href: string;
	meeting: string;
	hash: string;
}

/** Wait until Pagefind has filled `#search-results`, then read its result links. */
async function readResults(page: Page): Promise<ResultLink[]> {
	await page
		.locator('#search-results a.search-result')
		.first()
		.waitFor({ timeout: 20_000 })
		.catch(async (error: Error) => {
			const status = await page.locator('#search-status').textContent().catch(() => null);
			throw new Error(`no search results appeared (#search-status: ${JSON.stringify(status)}): ${error.message}`);
		});
	return page.locator('#search-results a.search-result').evaluateAll((anchors) =>
		anchors.map((anchor) => {
			const url = new URL((anchor as HTMLAnchorElement).href);
			const meeting = /\/meetings\/([^/]+)\/$/.exec(url.pathname)?.[1] ?? '';
			return { href: url.href, meeting, hash: url.hash };
		}),
	);
}

/** Remarks whose text contains the phrase, as `entryId#remarkId` — the ground truth from the converter's output. */
function remarksContaining(text: string): Set<string> {
	return new Set(
		entries.flatMap((entry) => entry.meeting.remarks.filter((remark) => remark.text.includes(text)).map((remark) => `${entry.id}#${remark.id}`)),
	);
}

describe(`search: ${phrase}`, () => {
	test('the first result is a remark that contains the phrase, and clicking it lands on that remark', async () => {
		const truth = remarksContaining(phrase);
		expect(truth.size, 'remarks containing the phrase in the converted content').toBeGreaterThan(1);

		const { page, watch } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(phrase)}`));
		expect(await page.locator('#search-input').inputValue()).toBe(phrase);
		const results = await readResults(page);
		const first = results[0];
		expect(first, 'first result').toBeDefined();
		if (!first) return;
		expect([...truth], `first result ${first.href}`).toContain(`${first.meeting}${first.hash}`);

		await page.locator('#search-results a.search-result').first().click();
		await page.waitForURL((url) => url.pathname.endsWith(`/meetings/${first.meeting}/`));
		expect(new URL(page.url()).hash).toBe(first.hash);
		const remarkId = first.hash.slice(1);
		await page.waitForFunction((id) => {
			const box = document.getElementById(id)?.getBoundingClientRect();
			return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
		}, remarkId);
		expect(await isInViewport(page, `article[data-remark-id="${remarkId}"]`)).toBe(true);
		expect(await page.locator(`article[data-remark-id="${remarkId}"]`).textContent()).toContain(phrase);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a tap on a result\'s excerpt, not only on its heading, lands on the remark', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(phrase)}`));
		const first = (await readResults(page))[0]!;
		const excerpt = page.locator('#search-results .result').first().locator('.result__excerpt');
		const box = (await excerpt.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await page.waitForURL((url) => url.pathname.endsWith(`/meetings/${first.meeting}/`) && url.hash === first.hash);
		await page.close();
	});

	test('typing into the search box finds the same first result', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('search/'));
		await page.locator('#search-input').fill(phrase);
		const typed = await readResults(page);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(phrase)}`));
		const linked = await readResults(page);
		expect(typed[0]?.href).toBe(linked[0]?.href);
		await page.close();
	});

	test('kana still being converted by the input method is not searched; the converted words are', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('search/'));
		await page.locator('#search-input').focus();
		// Chromium's input method events, as a phone's Japanese keyboard sends them while the kana is not yet converted.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.imeSetComposition', { text: 'のうどうてき', selectionStart: 6, selectionEnd: 6 });
		await page.waitForTimeout(1_000);
		expect(await page.locator('#search-input').inputValue()).toBe('のうどうてき');
		expect(new URL(page.url()).searchParams.get('q')).toBeNull();
		expect(await page.locator('#search-results a.search-result').count()).toBe(0);
		await cdp.send('Input.insertText', { text: phrase });
		expect((await readResults(page)).length).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.get('q')).toBe(phrase);
		await page.close();
	});

	test('a remark’s heading shows as the meeting page shows it, without the name the page adds for screen readers', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('セキュリティ')}`));
		await readResults(page);
		const labels = await page.locator('#search-results .result__label').allTextContents();
		expect(labels).toContain('安達構成員');
		expect(labels.filter((label) => /\(安達/u.test(label))).toEqual([]);
		await page.close();
	});

	test('the series filter narrows the results to that series', async () => {
		const seriesOf = new Map(entries.map((entry) => [entry.id, entry.meeting.series]));
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(phrase)}`));
		const before = await readResults(page);
		const counts = new Map<string, number>();
		for (const result of before) {
			const series = seriesOf.get(result.meeting) ?? '';
			counts.set(series, (counts.get(series) ?? 0) + 1);
		}
		expect(counts.size, `series in the unfiltered results: ${[...counts.keys()].join(', ')}`).toBeGreaterThan(1);
		const [chosen = ''] = [...counts.entries()].sort((a, b) => a[1] - b[1]).map(([series]) => series);
		const allowed = entries.filter((entry) => entry.meeting.series === chosen).map((entry) => entry.id);

		// Not in the shared contract: the search form's series <select name="series"> holds series names.
		await page.locator('select[name="series"]').selectOption(chosen);
		await page.waitForFunction((ids) => {
			const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.search-result')];
			return links.length > 0 && links.every((link) => ids.some((id) => new URL(link.href).pathname.endsWith(`/meetings/${id}/`)));
		}, allowed);
		const after = await readResults(page);
		expect(after.every((result) => seriesOf.get(result.meeting) === chosen)).toBe(true);
		expect(after.length).toBeLessThan(before.length);
		expect(new URL(page.url()).searchParams.get('series')).toBe(chosen);
		await page.close();
	});
});

/** Comparison form used by the search page and the bench: NFKC, ASCII letters lower-cased. */
const normalized = (text: string) => text.normalize('NFKC').replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** Remarks whose text contains the query (NFKC, ASCII case-insensitive), as `entryId#remarkId`. */
function remarksMatching(query: string): Set<string> {
	const needle = normalized(query);
	return new Set(entries.flatMap((entry) => entry.meeting.remarks.filter((remark) => normalized(remark.text).includes(needle)).map((remark) => `${entry.id}#${remark.id}`)));
}

/** Open `/search/?q=…`, wait for each round to finish (`data-state="done"`), press "さらに表示" until it hides; the result keys in order. */
async function searchAll(page: Page, query: string, options: { base?: string; sort?: string } = {}): Promise<string[]> {
	const url = new URL('search/', options.base ?? siteUrl());
	url.searchParams.set('q', query);
	if (options.sort) url.searchParams.set('sort', options.sort);
	await page.goto(url.href);
	const done = () => page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
	await done();
	for (let click = 0; click < 50 && (await page.locator('#search-more').isVisible()); click++) {
		await page.locator('#search-more').click();
		await done();
	}
	const links = await readLinks(page);
	return links.map((link) => `${link.meeting}${link.hash}`);
}

/** On the page as it is: wait for each round to finish, press "さらに表示" until it hides; the result keys in order. */
async function searchAllOn(page: Page): Promise<string[]> {
	const done = () => page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
	await done();
	for (let click = 0; click < 50 && (await page.locator('#search-more').isVisible()); click++) {
		await page.locator('#search-more').click();
		await done();
	}
	return (await readLinks(page)).map((link) => `${link.meeting}${link.hash}`);
}

/** The result links on the page now (no waiting). */
function readLinks(page: Page): Promise<ResultLink[]> {
	return page.locator('#search-results a.search-result').evaluateAll((anchors) =>
		anchors.map((anchor) => {
			const url = new URL((anchor as HTMLAnchorElement).href);
			return { href: url.href, meeting: /\/meetings\/([^/]+)\/$/.exec(url.pathname)?.[1] ?? '', hash: url.hash };
		}),
	);
}

describe('search: exact words, not their segments', () => {
	test('a compound of two words that occur in remarks, but never together, finds nothing (though Pagefind matches its parts)', async () => {
		const contentDir = meetingsDir(inject('contentDir'));
		const bodies = (await Promise.all((await readdir(contentDir)).filter((name) => name.endsWith('.mdx')).map((name) => readFile(join(contentDir, name), 'utf8')))).map(normalized);
		const texts = entries.flatMap((entry) => entry.meeting.remarks.map((remark) => normalized(remark.text)));
		/** Word → number of remarks it occurs in, for runs of kanji or of katakana. */
		const frequency = (pattern: RegExp) => {
			const counts = new Map<string, number>();
			for (const text of texts) for (const word of new Set(text.match(pattern) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
			return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
		};
		const kanji = frequency(/[\u4e00-\u9fff]{2,4}/g).slice(0, 20);
		const katakana = frequency(/[\u30a1-\u30fa\u30fc]{4,}/g).slice(0, 20);
		const compound = kanji.flatMap((a) => katakana.map((b) => a + b)).find((candidate) => bodies.every((body) => !body.includes(candidate)));
		expect(compound, 'a kanji word + katakana word pair absent from every converted file').toBeDefined();
		if (!compound) return;

		const { page, watch } = await openPage(session);
		expect(await searchAll(page, compound), `results for ${compound}`).toEqual([]);
		expect(await page.locator('#search-status').textContent()).toBe('見つかりませんでした。');
		expect(await page.locator('#search-other a').count(), 'hits outside remarks').toBe(0);
		// The check above is not vacuous: Pagefind's own search returns pages for the compound's segments.
		// (A string, so that the test runner does not rewrite the browser's dynamic import.)
		const raw = await page.evaluate<number>(`(async () => {
			const base = document.querySelector('#search-form')?.dataset.base ?? '/';
			const api = await import(base + 'pagefind/pagefind.js');
			return (await api.search(${JSON.stringify(compound)})).results.length;
		})()`);
		expect(raw, `Pagefind candidates for ${compound}`).toBeGreaterThan(0);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a full-width query finds the same remarks as its half-width form, and exactly the remarks containing it', async () => {
		const counts = new Map<string, number>();
		for (const entry of entries) for (const remark of entry.meeting.remarks) for (const word of new Set(remark.text.normalize('NFKC').match(/\b[A-Z]{3,}\b/g) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
		const [word = ''] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
		expect(word, 'an upper-case ASCII word in the remarks').not.toBe('');
		const wide = [...word].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join('');

		const { page } = await openPage(session);
		const half = await searchAll(page, word);
		const full = await searchAll(page, wide);
		expect(full).toEqual(half);
		expect(new Set(half)).toEqual(remarksMatching(word));
		await page.close();
	});
});

describe('coming back to a search', () => {
	test('after opening a result, back shows the same results (the rounds shown again) at the same place', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(mostCommonWord())}`));
		const done = () => page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
		await done();
		const firstRound = (await readLinks(page)).length;
		// The reader asked for more once: coming back shows that round too.
		expect(await page.locator('#search-more').isVisible(), 'more results than one round').toBe(true);
		await page.locator('#search-more').click();
		await done();
		const before = (await readLinks(page)).map((link) => link.href);
		expect(before.length).toBeGreaterThan(firstRound);
		const target = page.locator('#search-results a.search-result').nth(before.length - 2);
		await target.scrollIntoViewIfNeeded();
		const y = await page.evaluate(() => window.scrollY);
		expect(y).toBeGreaterThan(740);
		await target.click();
		await page.waitForURL(/\/meetings\//);
		await page.goBack();
		await page.waitForFunction((count) => document.querySelectorAll('#search-results a.search-result').length >= count, before.length, { timeout: 20_000 });
		await page.waitForFunction((at) => Math.abs(window.scrollY - at) < 2, y, { timeout: 5_000 });
		expect((await readLinks(page)).map((link) => link.href)).toEqual(before);
		expect(await isInViewport(page, `#search-results > li:nth-child(${before.length - 1}) a.search-result`)).toBe(true);
		await page.close();
	});
});

describe('search: a word one long meeting says many times', () => {
	test('shows ten results a round, the rest of that meeting after 「さらに表示」, so a phone does not scroll through all of them first', async () => {
		// (A word in the most remarks of one meeting: more than a round's worth from that meeting alone.)
		const counts = new Map<string, number>();
		for (const entry of entries) {
			const inMeeting = new Map<string, number>();
			for (const remark of entry.meeting.remarks) for (const run of new Set(remark.text.match(/[\u4e00-\u9fff]{2,4}/g) ?? [])) inMeeting.set(run, (inMeeting.get(run) ?? 0) + 1);
			for (const [run, count] of inMeeting) counts.set(run, Math.max(counts.get(run) ?? 0, count));
		}
		const [word, most] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
		expect(most, `remarks of one meeting saying ${word}`).toBeGreaterThan(10);
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(word)}`));
		await page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
		expect((await readLinks(page)).length, 'results of the first round').toBe(10);
		expect(await page.locator('#search-more').isVisible()).toBe(true);
		// 「さらに表示」 pressed from the keyboard: the focus goes on to the first result it adds (it had dropped to the page).
		await page.locator('#search-more').focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10, undefined, { timeout: 20_000 });
		await page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
		expect(await page.evaluate(() => (document.activeElement === document.querySelectorAll('#search-results > li')[10]?.querySelector('a.search-result') ? 'the 11th result' : (document.activeElement?.tagName ?? '')))).toBe('the 11th result');
		// Every matching remark comes, each once, round after round.
		const all = await searchAllOn(page);
		expect(new Set(all).size).toBe(all.length);
		const found = new Set(all);
		const missing = [...remarksMatching(word)].filter((key) => !found.has(key));
		expect(missing, `remarks saying ${word} not listed`).toEqual([]);
		await page.close();
	});
});

describe('search over an index written in parts', () => {
	let folder = '';
	let server: StaticServer | undefined;
	let base = '';

	beforeAll(async () => {
		// The fixture site again, indexed in parts of two pages (merged in the browser as more results are needed).
		folder = await mkdtemp(join(tmpdir(), 'minutes-e2e-parts-'));
		const site = join(folder, basePath.replace(/^\/|\/$/g, ''));
		await cp(inject('distDir'), site, { recursive: true });
		await promisify(execFile)(process.execPath, ['scripts/index.ts', '--site', site, '--part-size', '2']);
		const manifest = JSON.parse(await readFile(join(site, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
		expect(manifest.parts.length, 'merged parts').toBeGreaterThan(1);
		server = await serveDist(folder);
		base = new URL(basePath, server.url).href;
	});

	afterAll(async () => {
		await server?.close();
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	test('finds the same remarks as the single index, the first still holding the phrase', async () => {
		const { page } = await openPage(session);
		for (const query of [phrase, 'NICT', 'ＣＹＤＥＲ']) {
			const whole = await searchAll(page, query);
			const parted = await searchAll(page, query, { base });
			expect(new Set(parted), query).toEqual(new Set(whole));
			expect(new Set(parted), query).toEqual(remarksMatching(query));
		}
		const [first] = await searchAll(page, phrase, { base });
		expect([...remarksContaining(phrase)]).toContain(first);
		await page.close();
	});

	test('sorts by date across the parts', async () => {
		const dates = new Map(entries.map((entry) => [entry.id, entry.meeting.date]));
		const { page } = await openPage(session);
		for (const [sort, direction] of [['date', -1], ['date-asc', 1]] as const) {
			const keys = await searchAll(page, 'NICT', { base, sort });
			const order = keys.map((key) => dates.get(key.split('#')[0] ?? '') ?? '');
			expect(new Set(order).size, 'meetings with different dates').toBeGreaterThan(1);
			expect(order).toEqual([...order].sort((a, b) => (a < b ? -direction : a > b ? direction : 0)));
		}
		await page.close();
	});

	test('counts every matching remark only when asked, since counting merges every part (`全体の件数を数える`)', async () => {
		const word = mostCommonWord();
		const total = remarksHoldingVariant(word).size;
		const { page } = await openPage(session);
		const pagefindFiles: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/')) pagefindFiles.push(new URL(request.url()).pathname);
		});
		await page.goto(new URL(`search/?q=${encodeURIComponent(word)}`, base).href);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached', timeout: 20_000 });
		const count = page.locator('#search-count');
		await count.waitFor({ timeout: 5_000 });
		const shown = await page.locator('#search-results a.search-result').count();
		expect(shown, 'results shown in the first round').toBeLessThan(total);
		expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^${shown} 件の発言を表示しています（会議・資料 \\d+ 件まで確かめました）`));
		// Not every part was fetched for the first round.
		const parts = (JSON.parse(await readFile(join(folder, basePath.replace(/^\/|\/$/g, ''), 'pagefind/parts.json'), 'utf8')) as { parts: string[] }).parts;
		const fetchedParts = parts.filter((part) => pagefindFiles.some((file) => file.includes(`/pagefind/${part}`)));
		expect(fetchedParts.length, 'parts merged before the count is asked for').toBeLessThan(parts.length);

		await count.focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id), 'focus after the button goes').toBe('search-more');
		await page.waitForFunction(() => /^\d+ 件中 \d+ 件/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
		expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^${total} 件中 ${shown} 件`));
		expect(await count.isVisible()).toBe(false);
		expect(await page.locator('#search-more').isVisible()).toBe(true);
		await page.close();
	});
});

/** The word (a run of kanji or katakana) in most remarks of the fixture: more than one round of results. */
function mostCommonWord(): string {
	const counts = new Map<string, number>();
	for (const entry of entries) for (const remark of entry.meeting.remarks) for (const run of new Set(remark.text.match(/[\u4e00-\u9fff]{2,4}|[\u30a1-\u30fa\u30fc]{4,}/g) ?? [])) counts.set(run, (counts.get(run) ?? 0) + 1);
	const word = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
	if (!word) throw new Error('no word in the fixture remarks');
	return word;
}

/** The persons index the search page loads (written by the build). */
interface PersonRow {
	id: string;
	name: string;
	filterName: string;
	names: string[];
	remarks: number;
	meetings: number;
	url: string;
	reading?: string;
}

/** The persons index of the fixture build. */
async function loadPersonsIndex(): Promise<PersonRow[]> {
	return JSON.parse(await readFile(join(inject('distDir'), 'search/persons.json'), 'utf8')) as PersonRow[];
}

describe('search: a name finds the person', () => {
	test('?q=<surname> shows the person first, with a link to their page and their remarks in one click', async () => {
		const persons = await loadPersonsIndex();
		const koyama = persons.find((person) => person.names.includes('小山構成員'));
		expect(koyama, '小山 in the persons index').toBeDefined();
		if (!koyama) return;
		const spoken = new Set(entries.flatMap((entry) => entry.meeting.remarks.filter((remark) => remark.speaker === '小山構成員').map((remark) => `${entry.id}#${remark.id}`)));
		expect(spoken.size, '小山構成員 remarks in the converted content').toBe(koyama.remarks);
		const mentioning = remarksMatching('小山');
		expect(mentioning.size, 'remarks mentioning 小山 are fewer than his own').toBeLessThan(spoken.size);

		const { page, watch } = await openPage(session);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('小山')}`));
		const card = page.locator('#search-persons .person-hit').first();
		await card.waitFor({ timeout: 20_000 });
		// The person comes from the query's file of the split persons index, not from the whole index.
		const shardFile = new URL(`search/persons/${queryShard('小山')}.json`, siteUrl()).pathname;
		expect(fetched).toContain(shardFile);
		expect(fetched).not.toContain(new URL('search/persons.json', siteUrl()).pathname);
		// The person comes before the remark hits.
		const before = await page.evaluate(() => {
			const persons = document.querySelector('#search-persons');
			const results = document.querySelector('#search-results');
			return Boolean(persons && results && persons.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(before).toBe(true);
		expect(new URL(await card.locator('h3 a').getAttribute('href') ?? '', siteUrl()).pathname).toBe(new URL(koyama.url, siteUrl()).pathname);
		expect(await card.textContent()).toContain(`発言 ${koyama.remarks} 件`);
		// The remarks that mention the name are listed next to the person.
		expect(new Set(await searchAllOn(page))).toEqual(mentioning);

		await card.locator('.person-hit__remarks').click();
		await page.waitForURL((url) => url.searchParams.get('speaker') === koyama.filterName);
		expect(await page.locator('input[name="speaker"]').inputValue()).toBe(koyama.filterName);
		expect(new Set(await searchAllOn(page))).toEqual(spoken);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test("a name's reading typed in katakana (the NDL API's speakerYomi) finds the person written in kanji, from the query's file of the split index", async () => {
		const persons = await loadPersonsIndex();
		const yamakawa = persons.find((person) => person.reading === 'やまかわたいしろう');
		expect(yamakawa, 'the reading of 山川大志郎 (902_e2e_ndl.json) in the persons index').toBeDefined();
		if (!yamakawa) return;
		const { page, watch } = await openPage(session);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		const query = 'ヤマカワタイシロウ';
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(query)}`));
		const card = page.locator('#search-persons .person-hit');
		await card.first().waitFor({ timeout: 20_000 });
		expect(await card.count()).toBe(1);
		expect(new URL((await card.locator('h3 a').getAttribute('href')) ?? '', siteUrl()).pathname).toBe(new URL(yamakawa.url, siteUrl()).pathname);
		expect(fetched).toContain(new URL(`search/persons/${queryShard(query)}.json`, siteUrl()).pathname);
		expect(fetched).not.toContain(new URL('search/persons.json', siteUrl()).pathname);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test("a surname's reading typed in hiragana (やまかわ) finds the person whose reading marks off no surname (やまかわたいしろう), from the files of the split index", async () => {
		const persons = await loadPersonsIndex();
		const yamakawa = persons.find((person) => person.reading === 'やまかわたいしろう');
		expect(yamakawa, 'the reading of 山川大志郎 (902_e2e_ndl.json) in the persons index').toBeDefined();
		if (!yamakawa) return;
		const { page, watch } = await openPage(session);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('やまかわ')}`));
		const card = page.locator('#search-persons .person-hit');
		await card.first().waitFor({ timeout: 20_000 });
		expect(await card.count()).toBe(1);
		expect(new URL((await card.locator('h3 a').getAttribute('href')) ?? '', siteUrl()).pathname).toBe(new URL(yamakawa.url, siteUrl()).pathname);
		expect(fetched).not.toContain(new URL('search/persons.json', siteUrl()).pathname);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('under the card of a person with remarks, a search whose words no remark holds says so of the remarks, not 「見つかりませんでした。」', async () => {
		const persons = await loadPersonsIndex();
		const yamakawa = persons.find((person) => person.reading === 'やまかわたいしろう');
		expect(yamakawa?.remarks).toBeGreaterThan(0);
		expect(remarksMatching(yamakawa!.name).size).toBe(0);
		const { page } = await openPage(session);
		expect(await searchAll(page, yamakawa!.name)).toEqual([]);
		const card = page.locator('#search-persons .person-hit');
		await card.first().waitFor({ timeout: 20_000 });
		expect(await card.locator('.person-hit__remarks').textContent()).toBe(`この人の発言（${yamakawa!.remarks} 件）`);
		await expect.poll(() => page.locator('#search-status').textContent()).toBe('この名前を含む発言は見つかりませんでした。');
		await page.close();
	});

	test('a person whom no remark mentions is still found by name', async () => {
		const persons = await loadPersonsIndex();
		const silent = persons.find((person) => person.name === '鷲尾');
		expect(silent, '鷲尾 (attends, never speaks nor is named in a remark) in the persons index').toBeDefined();
		if (!silent) return;
		expect(remarksMatching('鷲尾').size).toBe(0);
		const { page } = await openPage(session);
		expect(await searchAll(page, '鷲尾')).toEqual([]);
		const card = page.locator('#search-persons .person-hit');
		await card.first().waitFor({ timeout: 20_000 });
		// Under the card, what was not found is the remarks holding the name.
		await expect.poll(() => page.locator('#search-status').textContent()).toBe('この名前を含む発言は見つかりませんでした。');
		expect(await card.count()).toBe(1);
		expect(await card.locator('h3 a').textContent()).toBe('鷲尾');
		expect(await card.textContent()).toContain(`会議 ${silent.meetings} 回`);
		await page.close();
	});

	test('under a filter no person card stands over the results (the cards know no body or year)', async () => {
		const { page } = await openPage(session);
		// (A year the filter offers: the form, not the address, is what is searched.)
		await page.goto(siteUrl('search/'));
		const year = await page.locator('select[name="year"] option').nth(1).getAttribute('value');
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('鷲尾')}&year=${year}`));
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		expect(await page.locator('#search-status').textContent()).toBe('見つかりませんでした。');
		// Without the filter the same query shows the person (the test above); with it, nothing stands over the status.
		await page.waitForTimeout(500);
		expect(await page.locator('#search-persons .person-hit').count()).toBe(0);
		expect(await page.locator('#search-persons').isHidden()).toBe(true);
		await page.close();
	});

	test('a search that finds nothing under a filter offers the same words without it, and that link finds them', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 360, height: 780 });
		await page.goto(siteUrl('search/'));
		const year = await page.locator('select[name="year"] option').nth(1).getAttribute('value');
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('鷲尾')}&year=${year}`));
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		const way = page.locator('#search-unfilter');
		await way.waitFor({ timeout: 5_000 });
		expect(await way.textContent()).toBe(`絞り込み（年：${year}年）を外して「鷲尾」を探す`);
		expect(await isInViewport(page, '#search-unfilter')).toBe(true);
		expect((await way.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await way.click();
		await page.waitForURL((url) => url.search === `?q=${encodeURIComponent('鷲尾')}`);
		// (The page searches again in place: the results' state may still read "done" from the filtered search for a moment,
		// so the person found is waited for, not counted at once.)
		await page.locator('#search-persons .person-hit').first().waitFor({ timeout: 20_000 });
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		expect(await page.locator('#search-persons .person-hit').count()).toBeGreaterThan(0);
		expect(await way.isHidden()).toBe(true);
		await page.close();
	});

	test('a search that finds nothing without a filter offers no such link', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('新幹線')}`));
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		expect(await page.locator('#search-status').textContent()).toBe('見つかりませんでした。');
		expect(await page.locator('#search-unfilter').isHidden()).toBe(true);
		await page.close();
	});

	test('on a 390 px phone the person and the one-click remarks link are on the first screen', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('小山')}`));
		await page.locator('#search-persons .person-hit__remarks').waitFor({ timeout: 20_000 });
		expect(await isInViewport(page, '#search-persons .person-hit__remarks')).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		await page.close();
	});

	test('typing part of a name suggests the person', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('search/'));
		await page.locator('#search-input').pressSequentially('鷲');
		await page.waitForFunction(() => [...document.querySelectorAll('#person-suggestions option')].some((option) => (option as HTMLOptionElement).value === '鷲尾'));
		expect(await page.locator('#search-input').getAttribute('list')).toBe('person-suggestions');
		await page.close();
	});
});

/** Remarks whose text holds the query or a spelling variant of it (the search page's own definition), as `entryId#remarkId`. */
function remarksHoldingVariant(query: string): Set<string> {
	const key = foldVariants(query);
	return new Set(entries.flatMap((entry) => entry.meeting.remarks.filter((remark) => foldVariants(remark.text).includes(key)).map((remark) => `${entry.id}#${remark.id}`)));
}

describe('search: spelling variants find each other', () => {
	test.each([
		['御指摘', 'ご指摘'],
		['取組', '取り組み'],
		['子供', '子ども'],
		['サーバー', 'サーバ'],
		['バーチャル', 'ヴァーチャル'],
	])('%s finds the remarks written %s, and each result holds one of the forms', async (asked, written) => {
		const variant = entries.flatMap((entry) => entry.meeting.remarks.filter((remark) => remark.text.includes(written) && !normalized(remark.text).includes(normalized(asked))).map((remark) => `${entry.id}#${remark.id}`));
		expect(variant.length, `remarks written ${written} only`).toBeGreaterThan(0);
		const { page, watch } = await openPage(session);
		const keys = await searchAll(page, asked);
		for (const key of variant) expect(keys).toContain(key);
		expect(new Set(keys)).toEqual(remarksHoldingVariant(asked));
		// The form asked ranks first.
		const exact = remarksMatching(asked);
		if (exact.size > 0) expect([...exact]).toContain(keys[0]);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a variant hit shows its agenda item and the meeting title as the meeting page writes it', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('御指摘')}`));
		const entry = entries.find((candidate) => candidate.meeting.source === '903_e2e_variants.txt');
		expect(entry).toBeDefined();
		if (!entry) return;
		const item = page.locator(`#search-results li:has(a.search-result[href*="/meetings/${entry.id}/"])`).first();
		await item.waitFor({ timeout: 20_000 });
		const meta = (await item.locator('.result__meta').textContent()) ?? '';
		expect(meta).toContain(entry.meeting.title);
		expect(entry.meeting.title).toContain('（第1回）');
		expect(await item.locator('.result__agenda').textContent()).toBe('議題（1）検証の進め方');
		await page.close();
	});
});

describe('search: the count line', () => {
	test('says how many remarks match in all (`N 件中 M 件`) when counting is cheap (one index part, few pages left), the rest one click away', async () => {
		const word = mostCommonWord();
		const total = remarksHoldingVariant(word).size;
		expect(total, `remarks holding ${word}`).toBeGreaterThan(20);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(word)}`));
		await page.waitForFunction(() => /^\d+ 件中 \d+ 件/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
		const status = (await page.locator('#search-status').textContent()) ?? '';
		const shown = await page.locator('#search-results a.search-result').count();
		expect(shown, 'results shown in the first round').toBeLessThan(total);
		expect(status).toMatch(new RegExp(`^${total} 件中 ${shown} 件`));
		expect(await page.locator('#search-more').isVisible()).toBe(true);
		expect(await page.locator('#search-count').isVisible(), 'no count button once counted').toBe(false);
		await page.close();
	});
});

describe('search: the first search starts in the head', () => {
	test('a query in the address is searched before the page script runs, with the same results as the query typed into the box', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(phrase)}`));
		const fromAddress = await searchAllOn(page);
		expect(await page.evaluate(() => (window as { pagefindFirst?: { q: string } }).pagefindFirst?.q)).toBe(phrase);
		expect(fromAddress.length).toBeGreaterThan(1);
		expect(new Set(fromAddress)).toEqual(remarksMatching(phrase));
		// These results came through Pagefind's script as the index step tunes it (pagefind-script.ts).
		const served = await (await fetch(siteUrl('pagefind/pagefind.js'))).text();
		expect(served).toContain('=await this.decompressNative(new Uint8Array(');
		expect(served).toContain('made_sub_results??=calculate_sub_results(');

		// The same query typed in: the page script searches by itself (the early search is taken once).
		await page.locator('#search-input').fill('');
		await page.locator('#search-input').fill(phrase);
		await page.locator('#search-form button[type="submit"]').click();
		expect(await searchAllOn(page)).toEqual(fromAddress);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a query with a filter is left to the page script, and the filter holds', async () => {
		const { page } = await openPage(session);
		const series = entries.find((entry) => entry.meeting.remarks.some((remark) => normalized(remark.text).includes(normalized('NICT'))))?.meeting.series ?? '';
		expect(series).not.toBe('');
		await page.goto(siteUrl(`search/?q=NICT&series=${encodeURIComponent(series)}`));
		const keys = await searchAllOn(page);
		expect(await page.evaluate(() => (window as { pagefindFirst?: unknown }).pagefindFirst)).toBeUndefined();
		const inSeries = new Set(entries.filter((entry) => entry.meeting.series === series).map((entry) => entry.id));
		expect(keys.length).toBeGreaterThan(0);
		expect(keys.every((key) => inSeries.has(key.split('#')[0] ?? ''))).toBe(true);
		await page.close();
	});
});

describe('ranking of a name', () => {
	/** Pagefind's script of the built site, run in Node over its files (every index part merged). */
	async function builtPagefind(): Promise<{ search(q: string): Promise<{ url: string; fragment: FragmentLike }[]> }> {
		const pagefindDir = join(inject('distDir'), 'pagefind');
		const api = await loadPagefind(pagefindDir);
		const { parts } = JSON.parse(await readFile(join(pagefindDir, 'parts.json'), 'utf8')) as { parts: string[] };
		for (const part of parts) await api.mergeIndex(`/pagefind/${part}`);
		return {
			search: async (q) => {
				const found = await api.search(q, {});
				return Promise.all(
					found.results.map(async (result) => {
						const fragment = (await result.data()) as unknown as FragmentLike & { url: string };
						return { url: fragment.url, fragment };
					}),
				);
			},
		};
	}

	afterAll(() => vi.unstubAllGlobals());

	test('pages whose text holds a person’s name rank before pages where that person only speaks (the speaker headings match but do not score)', async () => {
		const pagefind = await builtPagefind();
		// Surnames (a name's first word) of the participants lists, as speaker headings write them (小山構成員).
		const names = [...new Set(entries.flatMap((entry) => entry.meeting.participants.flatMap((group) => group.members.map((member) => member.name?.split(/\s/)[0] ?? ''))))].filter((name) => name.length >= 2);
		let checked = 0;
		for (const name of names) {
			if (!entries.some((entry) => entry.meeting.remarks.some((remark) => remark.speaker.includes(name)))) continue;
			const pages = (await pagefind.search(name)).map(({ url, fragment }) => ({ url, inText: fragmentRegions(fragment).some((region) => foldVariants(region.text).includes(foldVariants(name))) }));
			const firstLabelOnly = pages.findIndex((page) => !page.inText);
			if (firstLabelOnly === -1 || !pages.some((page) => page.inText)) continue;
			checked++;
			expect(pages.slice(firstLabelOnly).filter((page) => page.inText).map((page) => page.url), `${name}: ${pages.map((page) => `${page.url} ${page.inText}`).join(', ')}`).toEqual([]);
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('the bench’s bare page (Pagefind alone, scripts/bench/floor.ts)', () => {
	let folder = '';
	let server: StaticServer | undefined;

	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'minutes-e2e-floor-'));
		await writeFloorSite(inject('distDir'), folder);
		server = await serveDist(folder);
	});

	afterAll(async () => {
		await server?.close();
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	test('answers a query with the link of a meeting holding it, and an absent term with the search page’s "nothing found", as the bench times them', async () => {
		const bench = await launchBrowser();
		try {
			await installTimingProbe(bench.context);
			const found = await searchOnce(bench.context, server?.url ?? '', phrase);
			expect(found.firstResultMs).toBeGreaterThan(0);
			expect(found.hrefs).toHaveLength(1);
			// A meeting page of the fixture whose remarks hold the phrase (Pagefind ranks the pages holding all its words first).
			const meeting = new URL(found.hrefs[0] ?? '').pathname;
			const holding = new Set([...remarksContaining(phrase)].map((remark) => remark.split('#')[0]));
			expect([...holding].filter((id) => meeting.endsWith(`/${id}/`)), meeting).toHaveLength(1);
			const absent = await searchOnce(bench.context, server?.url ?? '', '新幹線');
			expect(absent.firstResultMs).toBeNull();
			expect(absent.status).toBe(EMPTY_STATUS);
			expect(absent.answerMs).toBeGreaterThan(0);
		} finally {
			await bench.close();
		}
	});
});
