import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, screens, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

/** One axe violation, reduced to what a failure message needs. */
interface Violation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

let session: BrowserSession;
let phone: BrowserSession;
let axeSource: string;

beforeAll(async () => {
	axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	session = await launchBrowser();
	// Folded lists, the sticky bar and scrolling tables are what a phone in dark mode shows.
	phone = await launchBrowser({ ...screens.phone, colorScheme: 'dark' });
});

afterAll(async () => {
	await session?.close();
	await phone?.close();
});

/** Run axe-core on the loaded page and return its serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
	// Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block it.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
		}));
	});
	return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

const pages: Array<{ name: string; path: string; ready?: string }> = [
	{ name: 'home', path: '' },
	{ name: 'meeting', path: 'meetings/cybersecurity-task-force-042/' },
	{ name: 'meeting at a shared remark', path: 'meetings/cybersecurity-task-force-029/#r6' },
	{ name: 'about', path: 'about/' },
	{ name: 'people', path: 'people/' },
	{ name: 'timeline', path: 'timeline/' },
	{ name: 'search with results', path: `search/?q=${encodeURIComponent('人材育成')}`, ready: '#search-results a.search-result' },
	{ name: 'search naming a person', path: `search/?q=${encodeURIComponent('小山')}`, ready: '#search-persons .person-hit__remarks' },
	{ name: 'series', path: 'series/cybersecurity-task-force/' },
	{ name: 'not found', path: 'no-such-page/' },
];

describe.each([
	{ screen: 'desktop, light', browser: () => session },
	{ screen: 'phone 390 px, dark', browser: () => phone },
])('accessibility (axe-core: no serious or critical violations) on $screen', ({ browser }) => {
	test.each(pages)('$name', async ({ path, ready }) => {
		const { page } = await openPage(browser());
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		if (ready) await page.locator(ready).first().waitFor({ timeout: 20_000 });
		expect(await page.locator('html').getAttribute('lang')).toBe('ja');
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('accessibility of a meeting page on a phone with every fold opened', () => {
	test.each(['meetings/cybersecurity-task-force-042/', 'meetings/ict-cybersecurity-subcommittee-004/'])('%s: no serious or critical violations in the agenda, the roll, the handouts or the speaking shares (each count’s link had a name that did not hold the count it shows)', async (path) => {
		const { page } = await openPage(phone);
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		const folds = page.locator('main details:not(.cite, [open]) > summary');
		for (let left = await folds.count(); left > 0; left = await folds.count()) await folds.first().click();
		expect(await page.locator('#voices[open] a[href^="#r"]').count()).toBeGreaterThan(0);
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});
});

/** The role and name a screen reader gets for an element (the first line of its ARIA snapshot: `heading "名前" [level=3]`). */
async function roleAndName(page: Page, selector: string): Promise<string> {
	return (await page.locator(selector).ariaSnapshot()).split('\n')[0]!.replace(/^- /u, '').replace(/:$/u, '');
}

describe('what a screen reader hears', () => {
	test('a remark’s heading is named by its speaker alone; its # by the remark’s number and speaker, no two alike (every # had been 「この発言へのリンク」)', async () => {
		const { page } = await openPage(phone);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/'));
		const remarks = await page.locator('article.remark').evaluateAll((articles) =>
			articles.map((article) => ({ id: article.getAttribute('data-remark-id') ?? '', speaker: article.querySelector('.remark__speaker')?.textContent ?? '', label: article.getAttribute('data-speaker') ?? '' })),
		);
		expect(remarks.length).toBeGreaterThan(0);
		const heard: { heading: string; link: string }[] = [];
		// (Spaces aside: the page adds one before a name it gives screen readers after a speaker's label.)
		for (const { id } of remarks.slice(0, 8)) heard.push({ heading: (await roleAndName(page, `[id="${id}"]`)).replace(/\s+/gu, ''), link: await roleAndName(page, `[id="${id}"] a.permalink`) });
		expect(heard).toEqual(remarks.slice(0, 8).map(({ id, speaker, label }) => ({ heading: `heading${JSON.stringify(speaker.replace(/\s+/gu, ''))}[level=3]`, link: `link "発言${id.slice(1)}（${label}）へのリンク"` })));
		// A screen reader's list of the page's links tells every # from the others.
		const names = await page.locator('article.remark a.permalink').evaluateAll((links) => links.map((link) => link.textContent ?? ''));
		expect(names.length).toBe(remarks.length);
		expect(new Set(names).size).toBe(names.length);
		await page.close();
	});

	test('each remark is an article named by its number and speaker (the articles had had no name)', async () => {
		const { page } = await openPage(phone);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-029/'));
		const remarks = await page.locator('article.remark').evaluateAll((articles) => articles.map((article) => ({ id: article.getAttribute('data-remark-id') ?? '', label: article.getAttribute('data-speaker') ?? '' })));
		expect(remarks.length).toBeGreaterThan(8);
		const heard: string[] = [];
		for (const { id } of remarks.slice(0, 8)) heard.push(await roleAndName(page, `article[data-remark-id="${id}"]`));
		expect(heard).toEqual(remarks.slice(0, 8).map(({ id, label }) => `article "発言${id.slice(1)}（${label}）"`));
		await page.close();
	});

	test('a speaker’s ‹ and › say whose remark they lead to and which of how many, the heading still named by its speaker alone', async () => {
		const { page } = await openPage(phone);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-029/'));
		const remarks = await page.locator('article.remark').evaluateAll((articles) =>
			articles.map((article) => ({ id: article.getAttribute('data-remark-id') ?? '', who: article.getAttribute('data-author') || (article.getAttribute('data-speaker') ?? '') })),
		);
		// The arrows of a speaker's second remark of several: to the first and to the third.
		const own = (who: string) => remarks.filter((remark) => remark.who === who);
		const speaker = remarks.find((remark) => own(remark.who).length > 2);
		const [, second] = own(speaker?.who ?? '');
		const count = own(speaker?.who ?? '').length;
		expect(await page.locator(`h3#${second?.id} .turns a.turn`).evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')))).toEqual([
			`${speaker?.who}の前の発言へ（${count} 件中 1 件目）`,
			`${speaker?.who}の次の発言へ（${count} 件中 3 件目）`,
		]);
		expect((await roleAndName(page, `[id="${second?.id}"]`)).replace(/\s+/gu, '')).not.toContain('発言へ');
		await page.close();
	});

	test('on a person’s page each remark’s link is named by the label and the remark’s opening, read once (each had been 「篠田構成員」, ten links of one name)', async () => {
		const { page } = await openPage(phone);
		await page.goto(siteUrl('people/'));
		// The person with the most remarks, most of them under one label.
		await page.locator('.people-table tbody th a').first().click();
		// (Read once the person's page is there: read at once, the list had sometimes been the people list's, with no remark.)
		await page.waitForURL((url) => /\/people\/p-[^/]+\/$/u.test(url.pathname));
		const items = await page.locator('li.person-remark').evaluateAll((rows) =>
			rows.map((row) => ({ label: row.querySelector('.person-remark__link')?.textContent?.trim() ?? '', opening: row.querySelector('.person-remark__text')?.textContent?.trim() ?? '' })),
		);
		expect(items.length).toBeGreaterThan(3);
		const names: string[] = [];
		const snapshots: string[] = [];
		for (const row of await page.locator('li.person-remark').all()) {
			names.push((await row.getByRole('link').ariaSnapshot()).split('\n')[0]!);
			snapshots.push(await row.ariaSnapshot());
		}
		expect(names).toEqual(items.map(({ label, opening }) => `- link ${JSON.stringify(opening ? `${label} ${opening}` : label)}:`));
		expect(new Set(names).size).toBe(names.length);
		// The opening is heard as the link's name only, not once more after it.
		for (const [index, snapshot] of snapshots.entries()) if (items[index]!.opening) expect(snapshot.split(items[index]!.opening).length - 1, snapshot).toBe(1);
		await page.close();
	});

	test('each search result’s link is named by its label and its excerpt, read once (a speaker’s remarks found had been links of one name, 「北村委員」 again and again)', async () => {
		const { page } = await openPage(phone);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('セキュリティ')}`));
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		const items = await page.locator('#search-results > li.result').evaluateAll((rows) =>
			rows.map((row) => ({ label: row.querySelector('.result__label')?.textContent?.trim() ?? '', excerpt: row.querySelector('.result__excerpt')?.textContent?.trim() ?? '' })),
		);
		expect(items.length).toBeGreaterThan(5);
		// (The fixture's results share labels: one speaker's remarks.)
		expect(new Set(items.map(({ label }) => label)).size).toBeLessThan(items.length);
		const names: string[] = [];
		const snapshots: string[] = [];
		for (const row of await page.locator('#search-results > li.result').all()) {
			names.push((await row.getByRole('link').first().ariaSnapshot()).split('\n')[0]!.replace(/\s+/gu, ' '));
			snapshots.push(await row.ariaSnapshot());
		}
		expect(names).toEqual(items.map(({ label, excerpt }) => `- link ${JSON.stringify(`${label} ${excerpt}`.replace(/\s+/gu, ' '))}:`));
		expect(new Set(names).size).toBe(names.length);
		// The excerpt is heard as the link's name only, not once more after it; the heading keeps the label alone.
		for (const [index, snapshot] of snapshots.entries()) {
			const { label, excerpt } = items[index]!;
			// (One paragraph, the meeting's title and date: the excerpt's is hidden.)
			if (excerpt) expect(snapshot.split('\n').filter((line) => /^\s*- paragraph\b/u.test(line)), snapshot).toHaveLength(1);
			expect(snapshot, snapshot).toContain(`- heading ${JSON.stringify(label)} [level=2]`);
		}
		await page.close();
	});

	test('a table’s scrolling box says it scrolls, and is a stop of the Tab key, only while the table is wider than it (it had said so of every table)', async () => {
		const { page } = await openPage(phone);
		const region = () => page.locator('#attendance .table-scroll');
		const heard = async () => ({ name: await roleAndName(page, '#attendance .table-scroll'), tabStop: await region().evaluate((box: HTMLElement) => box.tabIndex >= 0 && box.hasAttribute('tabindex')) });
		// A desktop: the table fits.
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		await expect.poll(heard).toEqual({ name: 'region "出席と発言の表"', tabStop: false });
		// A narrow screen: it scrolls, and says so; wide again, it no longer does.
		await page.setViewportSize({ width: 240, height: 800 });
		await expect.poll(heard).toEqual({ name: 'region "出席と発言の表（横にスクロールできます）"', tabStop: true });
		await page.setViewportSize({ width: 1280, height: 800 });
		await expect.poll(heard).toEqual({ name: 'region "出席と発言の表"', tabStop: false });
		await page.close();
	});
});
