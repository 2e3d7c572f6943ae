import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession, type PageWatch } from './browser.ts';
import { entryForSource, loadEntries, siteUrl, type Entry } from './fixture.ts';
import { hostileNames } from './global-setup.ts';

/** The seed in tests/fixtures/e2e-seeds whose remarks are full of markup, MDX and Markdown syntax. */
const hostileSource = '900_e2e_hostile.txt';

/** Strings that must reach the reader exactly as written in the seed. */
const literals = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'{1+1}',
	'${x}',
	'import fs from "fs"',
	'export const leaked = 1',
	'# 見出しに見える行',
	'> 引用に見える行',
	'* 強調に見える行 *',
	'|a|b|',
	'&amp;',
	'&lt;b&gt;',
	'C:\\Users\\test\\',
	'\\*星\\*',
	'\\\\',
	'[x](javascript:alert(1))',
	'<!-- c -->',
	'<https://example.com/a>',
];

let session: BrowserSession;
let entry: Entry;
let page: Page;
let watch: PageWatch;
let mainText: string;

beforeAll(async () => {
	expect(inject('fixtureSeeds')).toContain(hostileSource);
	entry = entryForSource(await loadEntries(), hostileSource);
	session = await launchBrowser();
	({ page, watch } = await openPage(session));
	await page.goto(siteUrl(`meetings/${entry.id}/`), { waitUntil: 'networkidle' });
	mainText = (await page.locator('main').textContent()) ?? '';
});

afterAll(async () => {
	await session?.close();
});

describe('a seed full of markup stays text', () => {
	test('the record keeps the title and the remarks', () => {
		expect(entry.meeting.title).toBe('テスト研究会（第1回）議事要旨');
		expect(entry.meeting.remarks.map((remark) => remark.speaker)).toEqual(['山田座長', '鈴木構成員', '佐藤構成員']);
	});

	test.each(literals)('shows %s literally', (literal) => {
		expect(mainText).toContain(literal);
	});

	test('a line starting with "- " is shown as text (as a list item or literally)', () => {
		expect(mainText).toContain('箇条書きに見える行');
	});

	test('---, | and the handout titles are shown as text', async () => {
		expect(mainText).toContain('---');
		const handouts = (await page.locator('#handouts').textContent()) ?? '';
		expect(handouts).toContain('<script>alert(1)</script>の扱いについて');
		expect(handouts).toContain('{1+1}と${x}の表記について');
	});

	test('no dialog opened and no script error happened', async () => {
		await page.waitForTimeout(300);
		expect(watch.dialogs).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});

	test('no element was injected from the seed', async () => {
		const injected = await page.evaluate(() => ({
			imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
			onHandlers: [...document.querySelectorAll('main *')].filter((element) =>
				[...element.attributes].some((attribute) => attribute.name.startsWith('on')),
			).length,
			scriptsWithSeedText: [...document.scripts].filter((script) => script.textContent?.includes('alert(')).length,
			javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
			comments: (() => {
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
				let count = 0;
				while (walker.nextNode()) if (walker.currentNode.textContent?.includes(' c ')) count++;
				return count;
			})(),
		}));
		expect(injected).toEqual({ imgX: 0, onHandlers: 0, scriptsWithSeedText: 0, javascriptLinks: 0, comments: 0 });
	});

	test('Markdown-looking lines did not become headings, quotes, rules, tables or emphasis', async () => {
		const structure = await page.locator('article.remark').evaluateAll((articles) => {
			const inside = (selector: string) => articles.flatMap((article) => [...article.querySelectorAll(selector)]).length;
			return {
				headings: articles.flatMap((article) => [...article.querySelectorAll('h1, h2, h4, h5, h6')]).length,
				extraH3: articles.filter((article) => article.querySelectorAll('h3').length !== 1).length,
				blockquote: inside('blockquote'),
				hr: inside('hr'),
				table: inside('table'),
				emphasis: inside('em, strong'),
				code: inside('code, pre'),
				// A bare http(s) URL may be linkified, showing the URL itself; the speaker's person page and
				// references to meetings/handouts link to ASCII site paths, a speaker's arrows to remark ids; no other link may appear.
				links: articles
					.flatMap((article) => [...article.querySelectorAll('a:not(.permalink)')])
					.filter((a) => !(a.classList.contains('remark__person') && /^\/minutes\/people\/p-[0-9a-f-]+\/$/.test(a.getAttribute('href') ?? '')))
					// (A speaker's arrows to their remark before and after lead to a remark id of the page.)
					.filter((a) => !(a.classList.contains('turn') && /^#r\d+$/.test(a.getAttribute('href') ?? '')))
					.filter((a) => !(a.classList.contains('ref') && /^(?:\/minutes\/meetings\/[a-z0-9-]+\/(?:#[a-z0-9-]+)?|#handout-[a-z0-9-]+)$/.test(a.getAttribute('href') ?? '')))
					.filter((a) => !/^https?:\/\//.test(a.getAttribute('href') ?? '') || a.textContent !== a.getAttribute('href')).length,
			};
		});
		expect(structure).toEqual({ headings: 0, extraH3: 0, blockquote: 0, hr: 0, table: 0, emphasis: 0, code: 0, links: 0 });
	});

	test('the speaker headings carry only the speaker', async () => {
		const speakers = await page.locator('article.remark').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-speaker')));
		expect(speakers).toEqual(entry.meeting.remarks.map((remark) => remark.speaker));
	});

	test('the original seed is served byte for byte under /sources/', async () => {
		const response = await page.request.get(siteUrl(`sources/${entry.id}.txt`));
		expect(response.status()).toBe(200);
		const served = Buffer.from(await response.body());
		const original = await readFile(join(inject('seedsDir'), hostileSource));
		expect(served.equals(original)).toBe(true);
	});
});

describe.each(hostileNames)('a seed named $name', ({ name, session: sessionNumber }) => {
	let named: Entry;
	let namedPage: Page;
	let seedBytes: Buffer;

	beforeAll(async () => {
		named = entryForSource(await loadEntries(), name);
		seedBytes = await readFile(join(inject('seedsDir'), name));
		({ page: namedPage } = await openPage(session));
		const response = await namedPage.goto(siteUrl(`meetings/${named.id}/`), { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
	});

	test('converts under its exact name (decomposed kana kept) into its own meeting', () => {
		expect(named.meeting.source).toBe(name);
		expect(named.meeting.session).toBe(sessionNumber);
	});

	test('every link to the seed has an ASCII href and downloads under the seed\'s name', async () => {
		const links = await namedPage.locator('a[download]').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href'), download: a.getAttribute('download') })));
		expect(links.length).toBeGreaterThanOrEqual(2);
		for (const link of links) expect(link).toEqual({ href: `/minutes/sources/${named.id}.txt`, download: name });
	});

	test('the source link serves the seed byte for byte, also as a browser download', async () => {
		const response = await namedPage.request.get(siteUrl(`sources/${named.id}.txt`));
		expect(response.status()).toBe(200);
		expect(Buffer.from(await response.body()).equals(seedBytes)).toBe(true);
		const link = namedPage.locator('#provenance a[download]');
		const [download] = await Promise.all([namedPage.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toContain('議事要旨');
		expect((await readFile(await download.path())).equals(seedBytes)).toBe(true);
	});

	test('open data, the series feed and calendar point at the same file and parse strictly', async () => {
		const record = JSON.parse(await readFile(join(inject('distDir'), 'data/meetings', `${named.id}.json`), 'utf8')) as { sourceURL: string };
		expect(new URL(record.sourceURL).pathname).toBe(`/minutes/sources/${named.id}.txt`);
		const slug = named.meeting.seriesSlug;
		const feedText = await readFile(join(inject('distDir'), 'feeds', `${slug}.xml`), 'utf8');
		expect(XMLValidator.validate(feedText)).toBe(true);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(feedText).feed as { entry: { id: string }[] | { id: string } };
		expect([feed.entry].flat().map((item) => item.id).join(' ')).toContain(named.id);
		const calendar = new ICAL.Component(ICAL.parse(await readFile(join(inject('distDir'), 'calendars', `${slug}.ics`), 'utf8')));
		const events = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('url') ?? event.getFirstPropertyValue('uid')));
		expect(events.join(' ')).toContain(named.id);
	});
});
