import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, screens, type BrowserSession, type Screen } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';
import { formatJapaneseDate } from '../../src/format/western-date.ts';

/** The four screens every page is read on: phone and desktop, light and dark. */
const screenCases: Array<{ name: string; screen: Screen }> = [
	{ name: 'phone, light', screen: { ...screens.phone, colorScheme: 'light' } },
	{ name: 'phone, dark', screen: { ...screens.phone, colorScheme: 'dark' } },
	{ name: 'desktop, light', screen: { ...screens.desktop, colorScheme: 'light' } },
	{ name: 'desktop, dark', screen: { ...screens.desktop, colorScheme: 'dark' } },
];

/** The meeting a phone reader lands on (a long header: 28 participants, handouts, references, shares). */
const longMeeting = 'cybersecurity-task-force-029';

const sessions = new Map<string, BrowserSession>();
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	for (const { name, screen } of screenCases) sessions.set(name, await launchBrowser(screen));
});

afterAll(async () => {
	for (const session of sessions.values()) await session.close();
});

/** The browser session of a screen case. */
function sessionOf(name: string): BrowserSession {
	const session = sessions.get(name);
	if (!session) throw new Error(`no session for ${name}`);
	return session;
}

/** The entry with this id; throws when the fixture has none. */
function entryById(id: string): Entry {
	const entry = entries.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`no converted entry ${id}`);
	return entry;
}

/** How far the page can scroll sideways (0 when it cannot), and elements sticking out (those inside a scroll box are fine). */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
			.slice(0, 5)
			.map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
		return { overflow: root.scrollWidth - root.clientWidth, culprits };
	});
}

/** Sideways overflow, with the elements sticking out named in the failure message. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const { overflow, culprits } = await sidewaysOverflow(page);
	expect(overflow, `the page scrolls sideways by ${overflow}px (sticking out: ${culprits.join(', ')})`).toBe(0);
}

/**
 * Open each address in one of a few tabs at once and check it there: one page after another, the fixture's hundred-odd person
 * pages had brought a test to its 60 s limit on a busy machine, the browser idle while the test process waited on each step.
 */
async function eachPage(session: BrowserSession, hrefs: readonly string[], check: (page: Page, href: string) => Promise<void>, tabs = 3): Promise<void> {
	const queue = [...hrefs];
	await Promise.all(
		Array.from({ length: Math.min(tabs, queue.length) }, async () => {
			const { page } = await openPage(session);
			for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
				await page.goto(href);
				await check(page, href);
			}
			await page.close();
		}),
	);
}

describe.each(screenCases)('no page scrolls sideways ($name)', ({ name }) => {
	test.each([
		{ page: 'home', path: '' },
		{ page: 'timeline', path: 'timeline/' },
		{ page: 'meeting', path: `meetings/${longMeeting}/` },
		{ page: 'series', path: 'series/cybersecurity-task-force/' },
		{ page: 'people', path: 'people/' },
		{ page: 'search', path: `search/?q=${encodeURIComponent('人材育成')}` },
		{ page: 'about', path: 'about/' },
	])('$page', async ({ path }) => {
		const { page } = await openPage(sessionOf(name));
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		await expectNoSidewaysScroll(page);
		await page.close();
	});

	test('a person page', async () => {
		const { page } = await openPage(sessionOf(name));
		await page.goto(siteUrl('people/'));
		await page.locator('.people-table tbody th a').first().click();
		await page.waitForURL(/\/people\/p-[0-9a-f]{8}\/$/u);
		await expectNoSidewaysScroll(page);
		await page.close();
	});
});

describe.each([
	{ width: 320, height: 568 },
	{ width: 360, height: 740 },
])('long names on a $width px phone', (screen) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser(screen);
	});
	afterAll(async () => {
		await session.close();
	});

	test('no meeting page scrolls sideways, with every fold open (participants, handouts, shares) or closed', async () => {
		const { page } = await openPage(session);
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			await expectNoSidewaysScroll(page);
			await page.evaluate(() => {
				for (const fold of document.querySelectorAll<HTMLDetailsElement>('details.fold')) fold.open = true;
			});
			await expectNoSidewaysScroll(page);
		}
		await page.close();
	});

	test('the speaking shares show every percentage inside the screen', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.locator('#voices > summary').click();
		const rights = await page.locator('#voices tbody td:last-child').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
		expect(rights.length).toBeGreaterThan(0);
		for (const right of rights) expect(right).toBeLessThanOrEqual(screen.width);
		await page.close();
	});

	// (Every person page is opened: on a busy machine this took 42 s at 320 px and more than the default minute at 360 px.)
	test('the people tables and each person page\'s roles fit their boxes: no column is hidden off screen', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const fits = (on: Page, selector: string) => on.locator(selector).evaluateAll((tables) => tables.map((table) => table.getBoundingClientRect().width - (table.parentElement?.clientWidth ?? 0)));
		for (const excess of await fits(page, '.people-table')) expect(excess).toBeLessThanOrEqual(1);
		// Every person: officials' long posts (`大臣官房審議官(国際技術、サイバーセキュリティ担当)`) had crushed the dates and the body's name.
		const hrefs = await page.locator('.people-table tbody th a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(20);
		await page.close();
		await eachPage(session, hrefs, async (page, href) => {
			for (const excess of await fits(page, '.person-roles')) expect(excess, href).toBeLessThanOrEqual(1);
			// The dates and the body's meetings take the card's whole width, each on lines of their own.
			const narrow = await page.locator('.person-roles tbody tr').evaluateAll((rows) => rows.flatMap((row) => {
				const width = row.getBoundingClientRect().width;
				return [...row.querySelectorAll('td')].slice(0, 2).filter((cell) => cell.getBoundingClientRect().width < 0.9 * width).map((cell) => cell.textContent);
			}));
			expect(narrow, href).toEqual([]);
			// A short role and its source on one line, never broken inside a word (`構成/員`, `出席/者名/簿`).
			const broken = await page.locator('.person-roles tbody td:nth-child(3), .person-roles tbody td:nth-child(4)').evaluateAll((cells) => cells.filter((cell) => {
				if ([...(cell.textContent ?? '')].length > 10) return false;
				const range = document.createRange();
				range.selectNodeContents(cell);
				return range.getClientRects().length > 1 && new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
			}).map((cell) => cell.textContent));
			expect(broken, href).toEqual([]);
			await expectNoSidewaysScroll(page);
		});
	}, 240_000);

	test('the search filters, opened, fit the screen, with controls a phone does not zoom into', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('search/'));
		await page.locator('.search-filters > summary').click();
		await expectNoSidewaysScroll(page);
		const sizes = await page.locator('.filters select, .filters input').evaluateAll((controls) => controls.map((control) => Number.parseFloat(getComputedStyle(control).fontSize)));
		for (const size of sizes) expect(size).toBeGreaterThanOrEqual(16);
		await page.close();
	});

	test('the timeline: each series\' box beside its name, and unticking a series takes its empty years out of the year list', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('timeline/'));
		await expectNoSidewaysScroll(page);
		// Folded on a phone, so the first meetings show on the first screen; one tap opens it.
		expect(await page.locator('.series-filter li').first().isVisible()).toBe(false);
		const first = await page.locator('ol.timeline > li').first().evaluate((element) => ({ top: element.getBoundingClientRect().top + window.scrollY, height: window.innerHeight }));
		expect(first.top).toBeLessThan(1.5 * first.height);
		await page.locator('.series-filter-fold > summary').click();
		const rows = await page.locator('.series-filter li').evaluateAll((items) =>
			items.map((item) => {
				const box = item.querySelector('input')?.getBoundingClientRect().toJSON() as DOMRect;
				const label = item.querySelector('label')?.getBoundingClientRect().toJSON() as DOMRect;
				return { box, label };
			}),
		);
		for (const { box, label } of rows) {
			// Beside the name (not above it), within the name's lines, and big enough to tap.
			expect(label.left).toBeGreaterThanOrEqual(box.right);
			expect(box.top + box.height / 2).toBeGreaterThanOrEqual(label.top);
			expect(box.top + box.height / 2).toBeLessThanOrEqual(label.bottom);
			expect(box.width).toBeGreaterThanOrEqual(24);
		}
		for (const box of await page.locator('.series-filter input').all()) {
			await box.uncheck();
			const links = await page.locator('.year-nav li:not([hidden]) a').evaluateAll((anchors) =>
				anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', shown: !(document.querySelector(anchor.getAttribute('href') ?? '') as HTMLElement | null)?.hidden })),
			);
			for (const link of links) expect(link.shown, link.href).toBe(true);
		}
		expect(await page.locator('.year-nav li:not([hidden])').count()).toBe(0);
		// A filter given in the address opens the folded list, so it shows.
		await page.goto(siteUrl('timeline/?series=cybersecurity-task-force'));
		expect(await page.locator('.series-filter li').first().isVisible()).toBe(true);
		await page.close();
	});
});

describe('a meeting page on a phone', () => {
	test(`the first remark of ${longMeeting} starts within 1.5 screens; agenda and the header's lists are folded with counts`, async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const { top, height } = await page.locator('article.remark').first().evaluate((element) => ({ top: element.getBoundingClientRect().top + window.scrollY, height: window.innerHeight }));
		expect(top).toBeLessThanOrEqual(1.5 * height);
		const participants = entryById(longMeeting).meeting.participants.reduce((sum, group) => sum + group.members.length, 0);
		expect(await page.locator('#participants summary').textContent()).toBe(`出席者（${participants} 名）`);
		expect(await page.locator('#agenda > details > summary').textContent()).toBe(`議題（${entryById(longMeeting).meeting.agenda.length} 件）`);
		for (const fold of ['#agenda > details', '#participants', '#handouts', '#references', '#voices']) {
			expect(await page.locator(fold).evaluate((element) => (element as HTMLDetailsElement).open), fold).toBe(false);
			expect(await page.locator(`${fold} > :not(summary)`).first().isVisible(), fold).toBe(false);
			expect(await page.locator(`${fold} > summary`).isVisible(), fold).toBe(true);
		}
		// One tap opens a list: the agenda's links, the participants.
		await page.locator('#agenda > details > summary').click();
		expect(await page.locator('#agenda ol a').first().isVisible()).toBe(true);
		await page.locator('#participants summary').click();
		expect(await page.locator('#participants li').first().isVisible()).toBe(true);
		await page.close();
	});

	test('a one-line turn takes its speaker\'s row and its line; the citation opens under the heading, its toggle where it was', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl('meetings/series-a559e788-2024-03-12-5/'));
		const measure = () =>
			page.locator('article.remark').evaluateAll((articles) =>
				articles.map((article) => {
					const box = (element: Element | null) => element?.getBoundingClientRect().toJSON() as DOMRect;
					const lines = [...article.querySelectorAll(':scope > p')].reduce((sum, p) => sum + Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)), 0);
					return { id: article.getAttribute('data-remark-id'), lines, step: box(article).height + parseFloat(getComputedStyle(article).marginBottom), heading: box(article.querySelector('h3')), toggle: box(article.querySelector('.cite > summary')), text: box(article.querySelector(':scope > p')) };
				}),
			);
		const turns = await measure();
		const oneLine = turns.filter((turn) => turn.lines === 1);
		expect(oneLine.length).toBeGreaterThan(0);
		for (const turn of oneLine) {
			// About 136 px when the citation's toggle took a row of its own under the line.
			expect(turn.step, turn.id ?? '').toBeLessThanOrEqual(110);
			// The toggle is in the speaker's row, at its right, and does not cover the name.
			expect(turn.toggle.top, turn.id ?? '').toBeLessThan(turn.heading.bottom);
			expect(turn.toggle.bottom, turn.id ?? '').toBeGreaterThan(turn.heading.top);
			expect(turn.toggle.height, turn.id ?? '').toBeGreaterThanOrEqual(24);
		}
		const first = oneLine[0]!;
		const article = page.locator(`article[data-remark-id="${first.id}"]`);
		expect(await article.locator('.cite > summary').textContent()).toBe('この発言を引用');
		await article.locator('.cite > summary').click();
		// (The page script adds the BibTeX and the copy buttons once the citation opens: measured after they are in.)
		await article.locator('[data-cite="bibtex"]').waitFor({ state: 'attached', timeout: 10_000 });
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		// (Everything of the opened turn measured at one moment: the page may still scroll between two readings.)
		const opened = await article.evaluate((element) => {
			const box = (part: Element | null) => part?.getBoundingClientRect().toJSON() as DOMRect;
			return { heading: box(element.querySelector('h3')), toggle: box(element.querySelector('.cite > summary')), text: box(element.querySelector(':scope > p')), quote: box(element.querySelector('[data-cite="ja"]')) };
		});
		expect(opened.quote.top).toBeGreaterThanOrEqual(opened.heading.bottom);
		expect(opened.quote.bottom).toBeLessThanOrEqual(opened.text.top);
		expect(Math.round(opened.toggle.top)).toBe(Math.round(first.toggle.top - first.heading.top + opened.heading.top));
		await page.close();
	});

	test('halfway down a remark taller than the screen, its speaker shows under the bar', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const tallest = await page.locator('article.remark').evaluateAll((articles) => {
			const article = articles.reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a));
			const box = article.getBoundingClientRect();
			return { id: article.getAttribute('data-remark-id'), middle: box.top + window.scrollY + box.height / 2, height: box.height, screen: window.innerHeight };
		});
		expect(tallest.height).toBeGreaterThan(tallest.screen);
		await page.evaluate((y) => window.scrollTo(0, y - window.innerHeight / 2), tallest.middle);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const seen = await page.evaluate((id) => {
			const heading = document.getElementById(id ?? '')!;
			const box = heading.getBoundingClientRect();
			const bar = [...document.querySelectorAll('.context-bar__inner')].map((inner) => inner.getBoundingClientRect()).find((rect) => rect.top <= 1 && rect.bottom > 0);
			// What is drawn at the heading's place is the heading (not the remark's text over it, not the bar).
			return { top: box.top, bottom: box.bottom, barBottom: bar?.bottom ?? 0, hit: document.elementFromPoint(box.left + 4, box.top + box.height / 2)?.closest('h3')?.id ?? null };
		}, tallest.id);
		expect(seen.hit).toBe(tallest.id);
		expect(seen.top).toBeGreaterThanOrEqual(seen.barBottom - 1);
		expect(seen.bottom).toBeLessThan(seen.barBottom + 120);
		await page.close();
	});

	test('on a desktop the same lists are open without a click', async () => {
		const { page } = await openPage(sessionOf('desktop, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		for (const item of ['#agenda ol a', '#participants li', '#handouts li', '#references li', '#voices tbody tr']) {
			expect(await page.locator(item).first().isVisible(), item).toBe(true);
		}
		await page.close();
	});
});

describe.each(screenCases)('a shared remark lands with its context ($name)', ({ name }) => {
	test(`${longMeeting}#r6 shows meeting, date and section on screen and marks the remark`, async () => {
		const entry = entryById(longMeeting);
		const remark = entry.meeting.remarks.find((candidate) => candidate.id === 'r6');
		const section = entry.meeting.sections.find((candidate) => candidate.id === remark?.section);
		expect(section?.title).toBeTruthy();
		const { page } = await openPage(sessionOf(name));
		await page.goto(siteUrl(`meetings/${longMeeting}/#r6`));
		await page.waitForFunction(() => window.scrollY > 0);
		const article = page.locator('article[data-remark-id="r6"]');
		const bar = page.locator(`section#${section?.id} > .context-bar .context-bar__inner`);
		// The bar becomes visible once it is stuck (a scroll-state query, applied a frame after scrolling).
		await bar.waitFor({ state: 'visible' });
		const boxes = await page.evaluate(() => {
			const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() as DOMRect;
			return { bar: box('section:has(#r6) > .context-bar .context-bar__inner'), heading: box('#r6'), remark: box('article:has(> #r6)'), viewport: window.innerHeight };
		});
		// The whole remark, its label above the heading included, is below the bar.
		expect(boxes.remark.top).toBeGreaterThanOrEqual(boxes.bar.bottom);
		expect(boxes.bar.top).toBeGreaterThanOrEqual(0);
		expect(boxes.bar.top).toBeLessThan(5);
		// The remark's heading is below the bar, not hidden under it, and on screen.
		expect(boxes.heading.top).toBeGreaterThanOrEqual(boxes.bar.bottom);
		expect(boxes.heading.bottom).toBeLessThan(boxes.viewport);
		expect(await bar.locator('.context-bar__series').textContent()).toBe(entry.meeting.series);
		// Session, date and the agenda link show whole even on a phone (only a long body name is cut short).
		for (const [part, text] of [
			['.context-bar__session', `第${entry.meeting.session}回`],
			['time', formatJapaneseDate(entry.meeting.date)],
			['a[href="#agenda-items"]', '議題'],
		] as const) {
			const shown = await bar.locator(part).evaluate((element) => ({ text: element.textContent, clipped: element.scrollWidth > element.clientWidth, right: element.getBoundingClientRect().right, width: element.getBoundingClientRect().width }));
			expect(shown.text, part).toBe(text);
			expect(shown.clipped || shown.width === 0, part).toBe(false);
			expect(shown.right, part).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
		}
		expect(await bar.locator('.context-bar__section').textContent()).toBe(section?.title);
		expect(await bar.locator('a[href="#agenda-items"]').count()).toBe(1);
		// The remark itself is marked: a label and an outline other remarks do not have.
		const mark = (locator: typeof article) =>
			locator.evaluate((element) => ({ outline: getComputedStyle(element).outlineStyle, label: getComputedStyle(element, '::before').content }));
		expect(await mark(article)).toEqual({ outline: 'solid', label: '"リンク先の発言"' });
		expect(await mark(page.locator('article[data-remark-id="r5"]'))).toEqual({ outline: 'none', label: 'none' });
		await page.close();
	});
});

describe('enlarged text (130 %) on a 360 px phone', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width: 360, height: 740, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});
	/** Text enlarged by the reader (a phone's font size setting), the screen as wide as before. */
	const enlarge = (page: Page) => page.addStyleTag({ content: 'html { font-size: 130% !important; }' });

	test('no person page scrolls sideways: a meeting\'s date and 発言あり may break after its 、', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const hrefs = await page.locator('.people-table tbody th a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		await page.close();
		let facts = 0;
		await eachPage(session, hrefs, async (page) => {
			await enlarge(page);
			facts += await page.locator('#attended .count--facts').count();
			await expectNoSidewaysScroll(page);
		});
		expect(facts).toBeGreaterThan(0);
	});

	test('no meeting page scrolls sideways with its folds open, and the speaking shares fit their box', async () => {
		const { page } = await openPage(session);
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			await enlarge(page);
			await page.evaluate(() => {
				for (const fold of document.querySelectorAll<HTMLDetailsElement>('details.fold')) fold.open = true;
			});
			await expectNoSidewaysScroll(page);
			const shares = await page.locator('#voices .table-scroll').evaluateAll((boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth));
			for (const excess of shares) expect(excess, entry.id).toBeLessThanOrEqual(0);
		}
		await page.close();
	});
});

describe.each([
	{ name: 'page zoom 150% on a 390 px phone', screen: { width: 260, height: 563 } },
	{ name: 'page zoom 200% on a 390 px phone', screen: { width: 195, height: 422 } },
])('$name: no page scrolls sideways', ({ screen }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser(screen);
	});
	afterAll(async () => {
		await session.close();
	});

	test.each([
		{ page: 'home', path: '' },
		{ page: 'meeting', path: `meetings/${longMeeting}/` },
		{ page: 'search', path: `search/?q=${encodeURIComponent('人材育成')}` },
		{ page: 'timeline', path: 'timeline/' },
	])('$page', async ({ path }) => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		await expectNoSidewaysScroll(page);
		await page.close();
	});

	test('a person page', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		await page.locator('.people-table tbody th a').first().click();
		await page.waitForURL(/\/people\/p-[0-9a-f]{8}\/$/u);
		await expectNoSidewaysScroll(page);
		await page.close();
	});
});

describe('jumps on a phone', () => {
	test("the bar's 「議題」 link opens the folded agenda, so its items show", async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/#r6`));
		const link = page.locator('section:has(#r6) > .context-bar a[href="#agenda-items"]');
		await link.waitFor({ state: 'visible' });
		expect(await page.locator('#agenda > details').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		await link.click();
		await page.waitForURL(/#agenda-items$/u);
		expect(await page.locator('#agenda > details').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
		expect(await page.locator('#agenda ol a').first().isVisible()).toBe(true);
		await page.close();
	});

	test('an address ending in #agenda-items opens the folded agenda without a tap', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/#agenda-items`));
		await page.waitForFunction(() => (document.querySelector('#agenda > details') as HTMLDetailsElement | null)?.open === true);
		expect(await page.locator('#agenda ol a').first().isVisible()).toBe(true);
		await page.close();
	});

	test('an address with a malformed escape after # opens no fold and stops none of the page script', async () => {
		const { page, watch } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/#%E3`));
		// The page script loads on the first pointer; it goes on after the jump handling to add its status line.
		await page.locator('main').hover();
		await page.locator('body > p[role="status"]').waitFor({ state: 'attached' });
		expect(watch.pageErrors).toEqual([]);
		expect(await page.locator('#agenda > details').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		await page.close();
	});

	test('a section reached from the agenda shows its heading below the bar, and the bar names it', async () => {
		const entry = entryById(longMeeting);
		// (A section with titled parts before it, whose bar had stayed on top.)
		const section = entry.meeting.sections.filter((candidate) => candidate.title !== '')[2];
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/#${section?.id}`));
		await page.waitForFunction(() => window.scrollY > 0);
		// A bar stuck at the top shows a frame after the scroll; give it two.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const boxes = await page.evaluate((id) => {
			const bars = [...document.querySelectorAll('.context-bar__inner')]
				.filter((bar) => getComputedStyle(bar).visibility !== 'hidden' && bar.getBoundingClientRect().height > 0 && bar.getBoundingClientRect().top < 5 && bar.getBoundingClientRect().bottom > 0)
				.map((bar) => bar.getBoundingClientRect().bottom);
			const bar = document.querySelector(`section#${id} > .context-bar .context-bar__inner`)?.getBoundingClientRect().height ?? 0;
			// What the bar seen at the top names: the section jumped to (the part before it, and its bar, have scrolled away).
			const seen = document.elementFromPoint(window.innerWidth / 2, 8)?.closest('.context-bar__inner');
			const named = seen?.querySelector('.context-bar__section')?.textContent ?? null;
			return { covered: Math.max(0, ...bars), bar, named, heading: document.querySelector(`section#${id} > h2`)?.getBoundingClientRect().toJSON() as DOMRect, viewport: window.innerHeight };
		}, section?.id ?? '');
		expect(boxes.named).toBe(section?.title);
		// Below whatever bar is stuck at the top and below where its own section's bar sticks once scrolled, and on screen.
		expect(boxes.bar).toBeGreaterThan(0);
		expect(boxes.heading.top).toBeGreaterThanOrEqual(Math.max(boxes.covered, boxes.bar));
		expect(boxes.heading.bottom).toBeLessThan(boxes.viewport);
		await page.close();
	});

	test("a section scrolled to the top is covered by no bar of the part before: that bar leaves with its section's end", async () => {
		const entry = entryById(longMeeting);
		const titled = entry.meeting.sections.filter((candidate) => candidate.title !== '');
		expect(titled.length).toBeGreaterThan(3);
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const seen: string[] = [];
		for (const section of titled.slice(1, 4)) {
			// The section's top just below the screen's top (as a shared link to its first remark lands it), then at the top itself.
			for (const offset of [24, 12, 2]) {
				seen.push(
					await page.evaluate(
						async ([id, offset]) => {
							const element = document.getElementById(id)!;
							window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - offset);
							await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
							const heading = element.querySelector(':scope > h2')!.getBoundingClientRect();
							// Whatever is drawn over the heading's first line (the bar of the part before had been, naming that part).
							const over = document.elementFromPoint(window.innerWidth / 2, heading.top + 4)?.closest('.context-bar');
							return `${id} at ${offset}px: ${over ? `heading under the bar of ${over.closest('section')?.id} (${over.querySelector('.context-bar__section')?.textContent})` : 'heading clear'}`;
						},
						[section.id, offset] as const,
					),
				);
			}
		}
		expect(seen).toEqual(titled.slice(1, 4).flatMap((section) => [24, 12, 2].map((offset) => `${section.id} at ${offset}px: heading clear`)));
		await page.close();
	});

	test('a phone held sideways keeps the lists before the minutes folded', async () => {
		const session = await launchBrowser({ width: 844, height: 390 });
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		for (const fold of ['#agenda > details', '#participants', '#handouts']) {
			expect(await page.locator(`${fold} > :not(summary)`).first().isVisible(), fold).toBe(false);
		}
		await page.locator('#participants summary').click();
		expect(await page.locator('#participants li').first().isVisible()).toBe(true);
		await session.close();
	});
});

describe('a series’ attendance table on a phone', () => {
	test('keeps the names in view while the meetings scroll sideways', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		// (Narrow enough that the fixture's few meetings overflow the box, as a long series' do on any phone.)
		await page.setViewportSize({ width: 240, height: 844 });
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const box = page.locator('.attendance').locator('xpath=..');
		await box.evaluate((element) => element.scrollBy({ left: 400 }));
		expect(await box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
		const name = page.locator('.attendance tbody th').first();
		const [boxLeft, nameLeft] = await Promise.all([box.evaluate((element) => element.getBoundingClientRect().left), name.evaluate((element) => element.getBoundingClientRect().left)]);
		expect(Math.abs(nameLeft - boxLeft)).toBeLessThanOrEqual(2);
		await page.close();
	});

	test('says under the table that it goes on to the right, until it is scrolled to its end', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.setViewportSize({ width: 240, height: 844 });
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const box = page.locator('#attendance .table-scroll');
		const cue = box.locator('.table-scroll__cue');
		await expect.poll(() => cue.isVisible()).toBe(true);
		expect(await cue.textContent()).toContain('右へ');
		const [table, line] = await Promise.all([box.locator('table').boundingBox(), cue.boundingBox()]);
		// Under the table, inside the screen.
		expect(line!.y).toBeGreaterThanOrEqual(table!.y + table!.height - 1);
		expect(line!.x + line!.width).toBeLessThanOrEqual(240);
		// Halfway it stays in view; at the end it is gone.
		await box.evaluate((element) => element.scrollBy({ left: 40 }));
		await expect.poll(() => cue.isVisible()).toBe(true);
		expect((await cue.boundingBox())!.x).toBeGreaterThanOrEqual(0);
		await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
		await expect.poll(() => cue.isVisible()).toBe(false);
		// On a desktop the whole table fits, and nothing is said.
		await page.setViewportSize({ width: 1280, height: 900 });
		await box.evaluate((element) => element.scrollTo({ left: 0 }));
		await expect.poll(() => cue.isVisible()).toBe(false);
		await page.close();
	});
});

describe('a series’ attendance table opened on a phone', () => {
	test('shows the newest meeting first, beside the names, and the older ones after it (it had opened at the oldest, the newest off screen)', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.setViewportSize({ width: 240, height: 844 });
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const columns = await page.locator('.attendance thead th a').evaluateAll((links) =>
			links.map((link) => ({ id: new URL((link as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).at(-1) ?? '', right: link.getBoundingClientRect().right })),
		);
		const dates = columns.map(({ id }) => entryById(id).meeting.date);
		expect(dates.length).toBeGreaterThan(2);
		expect(dates).toEqual([...dates].sort().reverse());
		const newest = entries.filter((entry) => entry.meeting.seriesSlug === 'cybersecurity-task-force').map((entry) => entry.meeting.date).sort().at(-1);
		expect(dates[0]).toBe(newest);
		// On screen as the page opens, the table not scrolled.
		expect(columns[0]!.right).toBeLessThanOrEqual(240);
		await page.close();
	});
});

describe('a series’ attendance legend on a 360 px phone', () => {
	test('keeps each item on one line (「○ 出席（発言なし）」 had broken after 出席, 「？ 名簿のない回」 after 名簿の)', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const items = await page.locator('.attendance__legend').evaluate((legend) => {
			const range = document.createRange();
			return [...legend.childNodes].map((node) => {
				range.selectNodeContents(node);
				return { text: node.textContent ?? '', lines: new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size };
			});
		});
		expect(items.map(({ text }) => text).join('')).toContain('○ 出席（発言なし）');
		expect(items.filter(({ lines }) => lines !== 1)).toEqual([]);
		await page.close();
	});
});

describe('a series’ attendance table tapped on a phone', () => {
	test('each member’s name answers a tap 44 px tall and wide (the names had been 44 wide but 24 tall)', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const names = await page.locator('.attendance tbody th a').evaluateAll((links) =>
			links.map((link) => {
				const box = link.getBoundingClientRect();
				return { name: link.textContent ?? '', width: Math.round(box.width), height: Math.round(box.height) };
			}),
		);
		expect(names.length).toBeGreaterThan(0);
		expect(names.filter(({ width, height }) => width < 44 || height < 44)).toEqual([]);
		await page.close();
	});
});

describe('a date-labelled series’ attendance table on a phone', () => {
	test('names each meeting by the year over the day, a column a phone shows several of', async () => {
		const dated = entries.find((entry) => entry.meeting.participants.length > 0 && entries.every((other) => other.meeting.seriesSlug !== entry.meeting.seriesSlug || other.meeting.session === null));
		expect(dated).toBeDefined();
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`series/${dated!.meeting.seriesSlug}/`));
		const heads = await page.locator('.attendance thead th:not(:first-child)').evaluateAll((cells) => cells.map((cell) => ({ text: cell.textContent?.replace(/\s+/gu, ' ').trim(), width: cell.getBoundingClientRect().width })));
		expect(heads.length).toBeGreaterThan(0);
		for (const { text, width } of heads) {
			expect(text).toMatch(/^\d{4}年 \d{1,2}月\d{1,2}日$/u);
			// (The whole date with its weekday on one line had taken 178 px.)
			expect(width).toBeLessThanOrEqual(90);
		}
		await page.close();
	});
});

describe('series and neighbours', () => {
	test('the series page marks the sessions it lacks between held ones', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const held = entries
			.filter((entry) => entry.meeting.seriesSlug === 'cybersecurity-task-force' && entry.meeting.session !== null)
			.map((entry) => entry.meeting.session!)
			.sort((a, b) => a - b);
		expect(held).toEqual([29, 42, 43]);
		const items = await page.locator('.meeting-list > li').evaluateAll((nodes) =>
			nodes.map((node) => (node.matches('.meeting-list__gap') ? `gap:${node.textContent?.trim()}` : (node.querySelector('.meeting-list__series')?.textContent?.trim() ?? 'no session'))),
		);
		expect(items).toEqual(['no session', '第29回', 'gap:第30〜41回 未収録', '第42回', '第43回']);
		await page.close();
	});

	test('previous and next links name what they point to', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const prev = entryById('cybersecurity-task-force-2019-12-05').meeting;
		expect(await page.locator('a[rel="prev"]').textContent()).toBe(`前の回${prev.title}（2019年12月5日）`);
		expect(await page.locator('a[rel="next"]').textContent()).toBe('次の回第42回（2023年2月1日）');
		await page.close();
	});
});

describe('printing a meeting', () => {
	test('prints the page URL and each remark id', async () => {
		const { page } = await openPage(sessionOf('desktop, light'));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.emulateMedia({ media: 'print' });
		const url = page.locator('.print-url');
		expect(await url.isVisible()).toBe(true);
		expect(await url.textContent()).toBe(`http://127.0.0.1/minutes/meetings/${longMeeting}/`);
		// Chromium reports the rule as written (`"［" attr(id) "］"`) or resolved (`"［r6］"`).
		expect(await page.locator('#r6').evaluate((element) => getComputedStyle(element, '::after').content)).toMatch(/^"［"? ?(attr\(id\)|r6) ?"?］"$/u);
		// The folded lists print open.
		expect(await page.locator('#participants li').first().isVisible()).toBe(true);
		await page.close();
	});
});

describe('search on a phone', () => {
	test('the filters fold away, so the first result shows on the first screen', async () => {
		const { page, watch } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl('search/?q=人材育成'));
		const first = page.locator('#search-results > li').first();
		await first.waitFor();
		expect(await page.locator('details.search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		const top = await first.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeLessThan(844);
		await expectNoSidewaysScroll(page);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a filter given in the address opens the folded filters, so it shows', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl('search/?q=人材育成&sort=date'));
		await page.locator('#search-results > li').first().waitFor();
		expect(await page.locator('details.search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
		expect(await page.locator('select[name="sort"]').isVisible()).toBe(true);
		await page.close();
	});

	test('on a touch screen the keyboard goes once a search is asked for, so it does not cover the results', async () => {
		const touch = await launchBrowser({ ...screens.phone, touch: true });
		try {
			const { page } = await openPage(touch);
			await page.goto(siteUrl('search/'));
			expect(await page.evaluate(() => window.matchMedia('(pointer: coarse)').matches)).toBe(true);
			await page.locator('#search-input').fill('人材育成');
			await page.locator('#search-input').press('Enter');
			await page.locator('#search-results > li').first().waitFor();
			expect(await page.evaluate(() => document.activeElement?.id ?? null)).not.toBe('search-input');
			await page.close();
		} finally {
			await touch.close();
		}
	});

	test('on a desktop the filters are shown open', async () => {
		const { page } = await openPage(sessionOf('desktop, light'));
		await page.goto(siteUrl('search/?q=人材育成'));
		expect(await page.locator('select[name="series"]').isVisible()).toBe(true);
		await page.close();
	});
});

describe.each(screenCases.filter(({ name }) => name.startsWith('phone')))('controls a thumb finds ($name)', ({ name }) => {
	test(`each remark's # link is at least 24 × 24 px, and the outlines of folds, buttons and links drawn as buttons have 3:1 against their background`, async () => {
		const { page } = await openPage(sessionOf(name));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const links = await page.locator('.permalink').evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().toJSON() as DOMRect));
		expect(links.length).toBeGreaterThan(5);
		for (const box of links) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		const outlines = await page.evaluate(() => {
			const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
			const luminance = (color: string) => {
				const [r = 0, g = 0, b = 0] = rgb(color).map((value) => value / 255).map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
				return 0.2126 * r + 0.7152 * g + 0.0722 * b;
			};
			/** The colour behind an element: the first ancestor (or itself) with a background that is not transparent. */
			const behind = (element: Element | null): string => {
				for (let at = element; at; at = at.parentElement) {
					const color = getComputedStyle(at).backgroundColor;
					if (!/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent') return color;
				}
				return 'rgb(255, 255, 255)';
			};
			return [...document.querySelectorAll('.fold > summary, .copy-link, .series-nav a')].map((element) => {
				const border = getComputedStyle(element).borderTopColor;
				const [a, b] = [luminance(border), luminance(behind(element.parentElement))];
				const inside = luminance(behind(element));
				const ratio = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
				return { element: `${element.tagName.toLowerCase()}.${element.className}`, outside: ratio(a, b), inside: ratio(a, inside) };
			});
		});
		expect(outlines.length).toBeGreaterThan(3);
		for (const { element, outside, inside } of outlines) {
			expect(outside, `${element} against the page`).toBeGreaterThanOrEqual(3);
			expect(inside, `${element} against its own background`).toBeGreaterThanOrEqual(3);
		}
		await page.close();
	});
});

describe.each(screenCases.filter(({ name }) => name.startsWith('phone')))('the controls used most are 44 px tall ($name)', ({ name }) => {
	test("the site's name and links in the header and every fold's summary on a meeting page", async () => {
		const { page } = await openPage(sessionOf(name));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const boxes = await page.locator('.site-name, .site-nav a, .fold > summary').evaluateAll((elements) =>
			elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => ({ what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 12)}`, height: element.getBoundingClientRect().height })),
		);
		expect(boxes.length).toBeGreaterThanOrEqual(5);
		for (const { what, height } of boxes) expect(height, what).toBeGreaterThanOrEqual(44);
		await page.close();
	});
});

describe.each(screenCases.filter(({ name }) => name.startsWith('phone')))('the search form is 44 px tall ($name)', ({ name }) => {
	test('the header’s search box and button on a meeting page, the home, series and people pages’ own, and on the search page its box, button, filters and sort', async () => {
		const { page } = await openPage(sessionOf(name));
		const heights = (selector: string) =>
			page.locator(selector).evaluateAll((elements) =>
				elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => ({ what: `${element.tagName.toLowerCase()} ${element.getAttribute('name') ?? element.textContent?.trim()}`, height: element.getBoundingClientRect().height })),
			);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const header = await heights('header input, header button');
		expect(header).toHaveLength(2);
		// The home page's and a series page's own box and button, and the people list's filter (shown by its script).
		const own: { what: string; height: number }[] = [];
		for (const path of ['', 'series/cybersecurity-task-force/', 'people/']) {
			await page.goto(siteUrl(path));
			await page.locator('main form[role="search"]:not([hidden])').first().waitFor();
			const boxes = await heights('main form[role="search"] input:not([type="checkbox"], [type="radio"]), main form[role="search"] select, main form[role="search"] button');
			expect(boxes.length, path).toBeGreaterThanOrEqual(1);
			own.push(...boxes.map((box) => ({ ...box, what: `${path || 'home'}: ${box.what}` })));
		}
		await page.goto(siteUrl('search/?q=人材育成&sort=date'));
		await page.locator('#search-results > li').first().waitFor();
		const form = await heights('#search-form input, #search-form select, #search-form button');
		// The box and its button, four selects (会議体, 年, 種別, 並び順) and the speaker's box.
		expect(form).toHaveLength(7);
		for (const { what, height } of [...header, ...own, ...form]) expect(height, what).toBeGreaterThanOrEqual(44);
		await page.close();
	});
});

describe('the home page on a phone', () => {
	test('has one search box, its own, labelled', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(''));
		expect(await page.locator('form[role="search"]').count()).toBe(1);
		expect(await page.locator('form[role="search"] label').textContent()).toBe('発言・資料を検索');
		// Every other page keeps the header's search.
		await page.goto(siteUrl('timeline/'));
		expect(await page.locator('form[role="search"]').count()).toBe(1);
		expect(await page.locator('.header-search').count()).toBe(1);
		await page.close();
	});

	test('the search label stands clear of its field', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(''));
		const bottom = await page.locator('label[for="home-q"]').evaluate((label) => label.getBoundingClientRect().bottom);
		const top = await page.locator('#home-q').evaluate((input) => input.getBoundingClientRect().top);
		expect(top - bottom).toBeGreaterThanOrEqual(4);
		await page.close();
	});

	test('the latest meetings come before the series list, on the first screen (390×844)', async () => {
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(''));
		const top = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
		const latest = await top('#latest-heading');
		expect(latest).toBeLessThan(await top('#series-heading'));
		expect(latest).toBeLessThan(844);
		// The first of the latest meetings is on that screen too.
		expect(await top('#latest-heading ~ .meeting-list a')).toBeLessThan(844);
		await page.close();
	});

	test('the series list is folded under a heading with its count, every series one tap away', async () => {
		const slugs = [...new Set(entries.map((entry) => entry.meeting.seriesSlug))];
		const { page } = await openPage(sessionOf('phone, light'));
		await page.goto(siteUrl(''));
		// (The fold's marker, drawn by CSS, is no part of the heading's name.)
		const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^会議体\\s*（${slugs.length} 件）$`, 'u') });
		expect(await heading.count()).toBe(1);
		const list = page.locator('#series-list');
		expect(await list.isVisible()).toBe(false);
		await page.locator('#series-heading').click();
		expect(await list.isVisible()).toBe(true);
		const hrefs = await list.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs.sort()).toEqual(slugs.map((slug) => `/minutes/series/${slug}/`).sort());
		await page.close();
	});

	test('a desktop shows the series list open', async () => {
		const { page } = await openPage(sessionOf('desktop, light'));
		await page.goto(siteUrl(''));
		expect(await page.locator('#series-list').isVisible()).toBe(true);
		await page.close();
	});
});

/**
 * Links too close to tap apart or broken inside their label, each as `text: why`. Two links are apart when 8 px
 * separate them, across lines or along one, or when they are rows of a thumb's size (44 px) that do not overlap.
 */
async function crowdedLinks(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((links) => {
		const boxes = links.map((link) => ({ text: link.textContent?.trim() ?? '', box: link.getBoundingClientRect(), lines: new Set([...link.getClientRects()].map((rect) => Math.round(rect.top))).size }));
		const problems = boxes.filter(({ lines }) => lines > 1).map(({ text, lines }) => `${text}: on ${lines} lines`);
		for (const [index, one] of boxes.entries()) {
			for (const other of boxes.slice(index + 1)) {
				const down = Math.max(one.box.top, other.box.top) - Math.min(one.box.bottom, other.box.bottom);
				const across = Math.max(one.box.left, other.box.left) - Math.min(one.box.right, other.box.right);
				const rows = down >= 0 && one.box.height >= 44 && other.box.height >= 44;
				if (down < 8 && across < 8 && !rows) problems.push(`${one.text} / ${other.text}: ${Math.round(Math.max(down, across))} px apart`);
			}
		}
		return problems;
	});
}

describe('the home page on a 360 px phone', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width: 360, height: 740 });
	});
	afterAll(async () => {
		await session.close();
	});

	test('the open data and feeds: one link a line, 44 px tall or 8 px apart, no label broken', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(''));
		const selector = 'section[aria-labelledby="data-heading"] li a';
		const count = await page.locator(selector).count();
		expect(count).toBeGreaterThanOrEqual(10);
		expect(await crowdedLinks(page, selector)).toEqual([]);
		// One a line.
		const rows = await page.locator(selector).evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
		expect(rows).toBe(count);
		await page.close();
	});

	test('the about page’s 「オープンデータ（JSON、CSV）」 opens the list of the files, each named with its format, not one file (it had opened archive.json, all of it, on a phone)', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('about/'));
		await page.getByRole('link', { name: 'オープンデータ' }).click();
		await page.waitForURL((url) => url.hash === '#data-heading');
		expect(new URL(page.url()).pathname).toBe('/minutes/');
		expect(Math.abs(await page.locator('#data-heading').evaluate((heading) => heading.getBoundingClientRect().top))).toBeLessThan(2);
		const files = await page.locator('section[aria-labelledby="data-heading"] li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(files).toEqual(expect.arrayContaining(['/minutes/data/archive.json', '/minutes/data/remarks.csv']));
		await page.close();
	});

	test('per-series feeds, calendars and tables are on the series pages, not on the home page', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(''));
		expect(await page.locator('main a[href*="/feeds/"], main a[href*="/calendars/"], main a[href*="/data/series/"]').count()).toBe(0);
		expect(await page.locator('main a[href="/minutes/feed.xml"]').isVisible()).toBe(true);
		for (const slug of new Set(entries.map((entry) => entry.meeting.seriesSlug))) {
			await page.goto(siteUrl(`series/${slug}/`));
			for (const href of [`feeds/${slug}.xml`, `calendars/${slug}.ics`, `data/series/${slug}/people.csv`, `data/series/${slug}/attendance.csv`]) {
				expect(await page.locator(`main a[href="/minutes/${href}"]`).isVisible(), `${slug}: ${href}`).toBe(true);
			}
			// Where they now live, they are no harder to tap than on the home page (「カレンダー / （iCalendar）」 had broken there too).
			expect(await crowdedLinks(page, '.file-links a'), slug).toEqual([]);
		}
		await page.close();
	});
});
