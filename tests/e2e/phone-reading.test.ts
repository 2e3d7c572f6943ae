/**
 * Reading on a 360×740 touch phone: what the first touch, a citation, a jump to an earlier remark and enlarged text do
 * to the page, measured in the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawAllRemarks, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl } from './fixture.ts';

/** A long meeting: many remarks, most of them one-line rows of a speaker. */
const longMeeting = 'cybersecurity-task-force-029';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 360, height: 740, touch: true });
	await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
	await session?.close();
});

/** Wait two frames, so that what a script or a scroll changed is laid out. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe.each([360, 390])('enlarged text (150 %) on a %i px phone', (width) => {
	test('no page is wider than the screen: a date, a count or a file’s link breaks instead', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height: 740 });
		const wide: string[] = [];
		for (const path of ['', 'search/', `meetings/${longMeeting}/`, 'people/', 'timeline/', 'series/cybersecurity-task-force/']) {
			await page.goto(siteUrl(path));
			// (Every remark laid out: one far down the page is otherwise not until scrolled near.)
			await drawAllRemarks(page);
			const scrollWidth = await page.evaluate(() => {
				document.documentElement.style.fontSize = '150%';
				return new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollWidth))));
			});
			if (scrollWidth > width) wide.push(`/${path}: ${scrollWidth}`);
		}
		expect(wide).toEqual([]);
		// At the usual size a date still keeps to one line.
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		expect(await page.locator('.meeting-header time').first().evaluate((time) => getComputedStyle(time).whiteSpace)).toBe('nowrap');
		await page.close();
	});
});

describe.each([320, 360])('text at 200 % (WCAG 1.4.4) on a %i px phone, every fold open', (width) => {
	test('no page is wider than the screen: the filters’ boxes, 「この会議体だけ」 and an official site’s link fit the column', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height: 740 });
		await page.goto(siteUrl('timeline/'));
		const seriesPages = await page.locator('.series-filter__link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(seriesPages.length).toBeGreaterThan(1);
		const wide: string[] = [];
		for (const path of ['', 'timeline/', 'people/', `search/?q=${encodeURIComponent('セキュリティ')}`, `meetings/${longMeeting}/`]) {
			await page.goto(siteUrl(path));
			wide.push(...(await widerAt200(page, `/${path}`, width)));
		}
		for (const pathname of seriesPages) {
			await page.goto(new URL(pathname, siteUrl()).href);
			wide.push(...(await widerAt200(page, pathname, width)));
		}
		// (At 360 px the timeline had been 441 px wide, a series page with its official site 391, the search page at 320 px 345.)
		expect(wide).toEqual([]);
		await page.close();
	});
});

describe('text at 200 % on a 320 × 568 phone, reading a long remark', () => {
	test("the bar's links, the meeting's name and 「議題」, show whole inside the bar, each a thumb's width at least", async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await settle(page);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
		await settle(page);
		const links = await page.evaluate(() => {
			const inner = [...document.querySelectorAll('.context-bar__inner')].find((bar) => getComputedStyle(bar).visibility === 'visible' && bar.getBoundingClientRect().top <= 1 && bar.getBoundingClientRect().bottom > 0);
			if (!inner) return null;
			const bar = inner.getBoundingClientRect();
			return [...inner.querySelectorAll<HTMLElement>('a.context-bar__title, a.context-bar__agenda')].map((link) => {
				const box = link.getBoundingClientRect();
				const outside = Math.max(0, bar.left - box.left, box.right - bar.right);
				return `${link.className}: ${box.width >= 24 ? 'wide enough' : `${Math.round(box.width)} px wide`}, ${outside > 0 ? `${Math.round(outside)} px outside the bar` : 'inside'}`;
			});
		});
		expect(links).toEqual(['context-bar__title: wide enough, inside', 'context-bar__agenda: wide enough, inside']);
		await page.close();
	});

	test('the meeting’s session shows whole beside the date, never under it; the date keeps its year for a screen reader', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		const overlaps: string[] = [];
		for (const meeting of [longMeeting, 'cybersecurity-task-force-042']) {
			await page.goto(siteUrl(`meetings/${meeting}/`));
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			await settle(page);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
			await settle(page);
			const bar = await page.evaluate(() => {
				const inner = [...document.querySelectorAll('.context-bar__inner')].find((candidate) => getComputedStyle(candidate).visibility === 'visible' && candidate.getBoundingClientRect().top <= 1 && candidate.getBoundingClientRect().bottom > 0);
				const sessionBox = inner?.querySelector('.context-bar__session')?.getBoundingClientRect();
				const titleBox = inner?.querySelector('.context-bar__title')?.getBoundingClientRect();
				const time = inner?.querySelector('time');
				return { session: sessionBox?.right ?? 0, title: titleBox?.right ?? 0, date: time?.getBoundingClientRect().left ?? 0, text: time?.textContent ?? '' };
			});
			expect(bar.date).toBeGreaterThan(0);
			// (第29回 had run 17 px under 「2024年…」, the meeting's name cut to nothing.)
			if (bar.session > bar.title + 0.5 || bar.session > bar.date) overlaps.push(`${meeting}: 第N回 to ${Math.round(bar.session)} px, its link to ${Math.round(bar.title)}, the date from ${Math.round(bar.date)}`);
			expect(bar.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/u);
		}
		expect(overlaps).toEqual([]);
		await page.close();
	});

	test('what stays at the top (the bar, a speaker) covers at most half the screen, also under the longest speaker label', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await drawAllRemarks(page);
		await settle(page);
		// The remarks taller than the screen, longest label first: the middle of each, as a reader scrolling through it sees it.
		const ids = await page.locator('.remark').evaluateAll((remarks) =>
			remarks
				.filter((remark) => remark.getBoundingClientRect().height > 2 * window.innerHeight)
				.sort((a, b) => (b.getAttribute('data-speaker')?.length ?? 0) - (a.getAttribute('data-speaker')?.length ?? 0))
				.slice(0, 3)
				.map((remark) => remark.querySelector('h3')!.id),
		);
		expect(ids.length).toBeGreaterThan(0);
		const covered: string[] = [];
		for (const id of ids) {
			const top = await page.evaluate(async (id) => {
				const remark = document.getElementById(id)!.parentElement!;
				const box = remark.getBoundingClientRect();
				window.scrollTo(0, box.top + window.scrollY + box.height / 2 - window.innerHeight / 2);
				await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
				// The lowest edge of what is drawn over the remark's text at the top: the bar, and its speaker's heading if stuck.
				const heading = document.getElementById(id)!.getBoundingClientRect();
				const bar = [...document.querySelectorAll('.context-bar__inner')].map((inner) => inner.getBoundingClientRect()).find((rect) => rect.top <= 1 && rect.bottom > 0);
				return Math.max(bar?.bottom ?? 0, heading.top < window.innerHeight / 2 && heading.top >= 0 ? heading.bottom : 0);
			}, id);
			if (top > 568 / 2) covered.push(`${id} (${await page.locator(`article:has(> #${id})`).getAttribute('data-speaker')}): ${Math.round(top)} px`);
		}
		expect(covered).toEqual([]);
		await page.close();
	});
});

/** The page's width, when wider than the screen, with its text at 200 % and every fold (details) open. */
const widerAt200 = (page: Page, path: string, width: number) =>
	page.evaluate(
		([path, width]) => {
			document.documentElement.style.fontSize = '200%';
			for (const details of document.querySelectorAll('details')) details.open = true;
			// (Every remark laid out, as drawAllRemarks does: one far down the page is otherwise not until scrolled near.)
			for (const remark of document.querySelectorAll<HTMLElement>('.remark')) remark.style.contentVisibility = 'visible';
			return new Promise<string[]>((done) =>
				requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollWidth > width ? [`${path}: ${document.documentElement.scrollWidth}`] : []))),
			);
		},
		[path, width] as const,
	);

describe.each([
	[740, 360],
	[568, 320],
])('text at 200 % on a phone held sideways, %i × %i, reading a long remark', (width, height) => {
	test('what stays at the top (the bar, a speaker) covers at most half the screen, also under the longest speaker labels', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		const covered: string[] = [];
		for (const meeting of [longMeeting, 'cybersecurity-task-force-042']) {
			await page.goto(siteUrl(`meetings/${meeting}/`));
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			await drawAllRemarks(page);
			await settle(page);
			// The remarks taller than the screen, longest label first: the middle of each, as a reader scrolling through it sees it.
			const ids = await page.locator('.remark').evaluateAll((remarks) =>
				remarks
					.filter((remark) => remark.getBoundingClientRect().height > 1.5 * window.innerHeight)
					.sort((a, b) => (b.getAttribute('data-speaker')?.length ?? 0) - (a.getAttribute('data-speaker')?.length ?? 0))
					.slice(0, 3)
					.map((remark) => remark.querySelector('h3')!.id),
			);
			expect(ids.length).toBeGreaterThan(0);
			for (const id of ids) {
				const top = await page.evaluate(async (id) => {
					const remark = document.getElementById(id)!.parentElement!;
					const box = remark.getBoundingClientRect();
					window.scrollTo(0, box.top + window.scrollY + box.height / 2 - window.innerHeight / 2);
					await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
					const heading = document.getElementById(id)!.getBoundingClientRect();
					const bar = [...document.querySelectorAll('.context-bar__inner')].map((inner) => inner.getBoundingClientRect()).find((rect) => rect.top <= 1 && rect.bottom > 0);
					return Math.max(bar?.bottom ?? 0, heading.top < window.innerHeight / 2 && heading.top >= 0 ? heading.bottom : 0);
				}, id);
				// (A heading of two lines under the bar had covered 192 px of 360, 241 of 320.)
				if (top > height / 2) covered.push(`${meeting} ${id} (${await page.locator(`article:has(> #${id})`).getAttribute('data-speaker')}): ${Math.round(top)} px`);
			}
		}
		expect(covered).toEqual([]);
		await page.close();
	});
});

describe('a jump to an earlier remark while the page is open', () => {
	/** Where a remark and its heading stand on the screen. */
	const placeOf = (page: Page, id: string) =>
		page.evaluate((id) => {
			const heading = document.getElementById(id)!;
			return { remark: Math.round(heading.parentElement!.getBoundingClientRect().top), heading: Math.round(heading.getBoundingClientRect().top) };
		}, id);

	test('lands as a fresh load does: the remark’s top and its label just under the bar', async () => {
		const fresh = await openPage(session);
		await fresh.page.goto(siteUrl(`meetings/${longMeeting}/#r10`));
		await fresh.page.waitForFunction(() => window.scrollY > 0);
		await settle(fresh.page);
		const landed = await placeOf(fresh.page, 'r10');
		await fresh.page.close();
		expect(landed.remark).toBeGreaterThan(40);
		expect(landed.remark).toBeLessThan(80);

		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/#r30`));
		await page.waitForFunction(() => window.scrollY > 0);
		// The address changed while the page is open (typed, or a link elsewhere on the page).
		await page.evaluate(() => (location.hash = '#r10'));
		await page.waitForFunction(() => location.hash === '#r10');
		await settle(page);
		const jumped = await placeOf(page, 'r10');
		expect(Math.abs(jumped.remark - landed.remark)).toBeLessThanOrEqual(2);
		expect(Math.abs(jumped.heading - landed.heading)).toBeLessThanOrEqual(2);

		// A link to the remark already in the address, tapped from further down: the same place again.
		await page.evaluate(() => document.getElementById('r30')?.scrollIntoView());
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '#r10';
			link.id = 'probe-link';
			link.textContent = 'r10';
			link.style.cssText = 'position: fixed; bottom: 0; left: 0; padding: 1rem; z-index: 9; background: white';
			document.body.append(link);
		});
		await page.locator('#probe-link').tap();
		await page.waitForFunction(() => Math.abs(document.getElementById('r10')!.getBoundingClientRect().top) < 200);
		await settle(page);
		const again = await placeOf(page, 'r10');
		expect(Math.abs(again.remark - landed.remark)).toBeLessThanOrEqual(2);
		await page.close();
	});
});

describe('the first touch on a meeting page moves nothing', () => {
	/** Every speaker row's height, the page's height and where a remark's words stand on the screen. */
	const layout = (page: Page, id: string) =>
		page.evaluate((id) => {
			const words = document.getElementById(id)?.parentElement?.querySelector(':scope > p');
			return {
				rows: [...document.querySelectorAll('.remark > h3')].map((h3) => Math.round(h3.getBoundingClientRect().height)),
				page: document.documentElement.scrollHeight,
				words: Math.round(words?.getBoundingClientRect().top ?? NaN),
			};
		}, id);

	test('no row grows when the page script loads, and a tap on a remark’s # copies its link', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.locator('#r10').evaluate((h3) => h3.parentElement?.scrollIntoView({ block: 'start' }));
		await settle(page);
		const before = await layout(page, 'r10');
		// A thumb on the words (as a scroll starts): the page script loads (it adds its status line to the page).
		// (Below the speaker's heading, stuck under the bar over the words' first line.)
		const words = await page.locator('#r10 ~ p').first().boundingBox();
		const heading = await page.locator('#r10').boundingBox();
		await page.touchscreen.tap(180, Math.max(words?.y ?? 0, (heading?.y ?? 0) + (heading?.height ?? 0)) + 10);
		await page.locator('p[role="status"]').waitFor({ state: 'attached', timeout: 10_000 });
		await settle(page);
		expect(await layout(page, 'r10')).toEqual(before);
		expect(await page.locator('.remark > h3 button, .remark > h3 + button').count()).toBe(0);
		// The # copies the remark's link (without a query) and says so, the row no taller.
		await page.locator('#r10 a.permalink').tap();
		await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent !== '');
		expect(await page.locator('.copy-status').textContent()).toBe('この発言へのリンクをコピーしました');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`meetings/${longMeeting}/#r10`));
		expect((await layout(page, 'r10')).rows).toEqual(before.rows);
		// (Its name, the remark's number and speaker, says so too.)
		const speaker = await page.locator('#r10').evaluate((heading) => heading.closest('article')?.getAttribute('data-speaker'));
		expect(await page.locator('#r10 a.permalink').evaluate((link) => link.textContent)).toBe(`#発言10（${speaker}）へのリンク（コピーされます）`);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});
});

describe('a citation on a 360 px phone', () => {
	test('opened, it is shorter than half a screen (BibTeX folded) and closes from its end, the words staying where they are', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const remark = page.locator('article.remark').nth(2);
		await remark.locator('.cite > summary').click();
		await remark.locator('[data-cite="bibtex"]').waitFor({ state: 'attached', timeout: 10_000 });
		await settle(page);
		const panel = await remark.locator('details.cite').evaluate((details) => details.getBoundingClientRect().height);
		// (756 px when the BibTeX entry was open under the Japanese citation.)
		expect(panel).toBeLessThan(370);
		expect(await remark.locator('[data-cite="bibtex"]').isVisible()).toBe(false);
		expect((await remark.locator('[data-cite="bibtex"]').textContent())?.startsWith('@')).toBe(true);
		await remark.locator('.cite__bibtex > summary').click();
		expect(await remark.locator('[data-cite="bibtex"]').isVisible()).toBe(true);
		// The reader at the citation's end: the close button is there, 44 px tall, and the words stay put when it is tapped.
		const close = remark.locator('.cite__close');
		await close.evaluate((button) => button.scrollIntoView({ block: 'center' }));
		await settle(page);
		const box = await close.boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
		const wordsBefore = await remark.locator(':scope > p').first().evaluate((p) => p.getBoundingClientRect().top);
		await close.tap();
		await settle(page);
		expect(await remark.locator('details.cite').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect(await remark.locator(':scope > p').first().evaluate((p) => p.getBoundingClientRect().top)).toBeCloseTo(wordsBefore, 0);
		expect(await page.evaluate(() => document.activeElement?.matches('details.cite > summary'))).toBe(true);
		await page.close();
	});
});

describe('what a thumb taps on a 360 px phone is 44 px', () => {
	/**
	 * Each visible element's width and how tall a tap reaches it: the run of points, up and down from its middle (10 px in
	 * from its start), whose topmost link, button or summary is the element itself.
	 */
	const reach = (page: Page, selector: string) =>
		page.locator(selector).evaluateAll((elements) =>
			elements
				.filter((element) => element.getClientRects().length > 0)
				.map((element) => {
					element.scrollIntoView({ block: 'center' });
					const box = element.getBoundingClientRect();
					const x = box.left + Math.min(box.width / 2, 10);
					const y = box.top + box.height / 2;
					const hits = (dy: number) => document.elementFromPoint(x, y + dy)?.closest('a, button, summary') === element;
					let up = 0;
					let down = 0;
					while (up < 60 && hits(-up - 1)) up++;
					while (down < 60 && hits(down + 1)) down++;
					return { what: element.textContent?.trim().slice(0, 16) ?? '', width: Math.round(box.width), reach: hits(0) ? up + down + 1 : 0 };
				}),
		);
	/** The elements found (at least one) whose tap reaches less than 44 px high or whose box is narrower than 44 px. */
	const small = async (page: Page, selector: string) => {
		const found = await reach(page, selector);
		expect(found.length, selector).toBeGreaterThan(0);
		return found.filter((target) => target.reach < 44 || target.width < 44).map((target) => `${selector} ${target.what}: ${target.width}×${target.reach}`);
	};

	test('meeting lists (title and series), the people table’s names, the footer and the 404 page’s links', async () => {
		const { page } = await openPage(session);
		const found: string[] = [];
		for (const path of ['', 'timeline/', 'series/cybersecurity-task-force/']) {
			await page.goto(siteUrl(path));
			found.push(...(await small(page, '.meeting-list__title a')), ...(await small(page, '.meeting-list__series a, .footer-links a')));
		}
		await page.goto(siteUrl('people/'));
		found.push(...(await small(page, '.people-table th a')));
		await page.goto(siteUrl('404.html'));
		found.push(...(await small(page, 'main a')));
		expect(found).toEqual([]);
		await page.close();
	});

	test.each([
		[360, 740],
		[740, 360],
	])('at %i × %i (a phone held sideways too): a meeting’s files and official record, its series, the speaking shares, the way back over a series’ or a person’s page, the footer and the timeline', async (width, height) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		const found: string[] = [];
		const ndl = (await loadEntries()).find((entry) => entry.meeting.source === '902_e2e_ndl.json');
		expect(ndl?.meeting.officialUrl).toBeTruthy();
		await page.goto(siteUrl(`meetings/${ndl?.id}/`));
		found.push(...(await small(page, '.meeting-header .facts dd > a')), ...(await small(page, '.meeting-header__series > a')), ...(await small(page, '#provenance dd > a')));
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.evaluate(() => document.querySelectorAll('details.fold').forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
		// (林, a name of one letter, among them.)
		found.push(...(await small(page, '.share th a')), ...(await small(page, '.share__count a')), ...(await small(page, '.footer-links a')));
		for (const path of ['series/cybersecurity-task-force/', `people/${(await page.locator('.share th a').first().getAttribute('href'))?.split('/people/')[1] ?? ''}`]) {
			await page.goto(siteUrl(path));
			found.push(...(await small(page, '.breadcrumbs a')));
		}
		await page.goto(siteUrl('timeline/'));
		await page.evaluate(() => document.querySelectorAll('details.fold').forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
		found.push(...(await small(page, '.year-nav a')), ...(await small(page, '.series-filter__link')));
		// (Sideways the footer's links had been 21 px tall, a speaker's count 9 px wide, 「年表 ›」 29 × 21 upright and sideways.)
		expect(found).toEqual([]);
		await page.close();
	});

	test('the search page’s 「さらに表示」 and 「全体の件数を数える」 (they had been 42 px tall)', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('セキュリティ')}`));
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		await page.locator('#search-more').waitFor();
		const found = await small(page, '#search-more');
		// (The count's button, shown as it is when counting is left to the reader.)
		await page.evaluate(() => (document.querySelector<HTMLElement>('#search-count')!.hidden = false));
		found.push(...(await small(page, '#search-count')));
		expect(found).toEqual([]);
		await page.close();
	});

	test('the meeting page’s 「本文の見出し」 and its links, and the citation’s copy buttons', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.locator('#agenda > details > summary').click();
		const found = await small(page, '.toc__sections > summary');
		await page.locator('.toc__sections > summary').click();
		found.push(...(await small(page, '.toc__sections a')));
		const remark = page.locator('article.remark').first();
		await remark.locator('.cite > summary').click();
		await remark.locator('.cite__bibtex > summary').click();
		found.push(...(await small(page, 'article.remark .cite .copy-link')));
		expect(found).toEqual([]);
		await page.close();
	});
});

describe('a person’s remarks on a 360 px phone', () => {
	test('a tap on a remark’s opening (not only on the speaker’s label) opens the remark', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		await page.locator('.people-table th a').first().click();
		const item = page.locator('li.person-remark').nth(1);
		const href = await item.locator('a.person-remark__link').evaluate((link) => (link as HTMLAnchorElement).href);
		const opening = item.locator('.person-remark__text');
		await opening.scrollIntoViewIfNeeded();
		const box = await opening.boundingBox();
		expect(box?.height).toBeGreaterThan(0);
		await page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
		await page.waitForURL(href, { timeout: 10_000 });
		expect(page.url()).toBe(href);
		await page.close();
	});
});

describe.each([
	[360, 740],
	[568, 320],
])('text at 200 % on a %i × %i phone, a link in a remark reached from below', (width, height) => {
	// (Held sideways, a link of two lines is taller than the room under the heading: the browser had brought it in by its bottom edge.)
	test('shows its first line below its speaker’s heading stuck under the bar, a heading of three lines too, a link taller than the room under it too (a long address had stopped with its first line under it)', async () => {
		const meetings = (await loadEntries()).filter((entry) => entry.meeting.remarks.some((remark) => /https?:\/\//u.test(remark.text)));
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		const covered: string[] = [];
		let reached = 0;
		for (const entry of meetings) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			await settle(page);
			const links = page.locator('.remark > :not(h3, .cite) a[href]');
			for (let index = 0; index < (await links.count()); index++) {
				// From the control after it, the link just above the screen, as Shift+Tab comes back to it.
				await links.nth(index).evaluate((link: HTMLElement) => link.focus({ preventScroll: true }));
				await page.keyboard.press('Tab');
				const above = await links.nth(index).evaluate(async (link) => {
					window.scrollBy(0, link.getBoundingClientRect().bottom + 10);
					await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
					return link.getBoundingClientRect().bottom <= 0;
				});
				// (A link at the page's end is on the screen already, the page scrolled to its end.)
				if (!above) continue;
				await page.keyboard.press('Shift+Tab');
				await settle(page);
				const found = await links.nth(index).evaluate((link) => {
					const heading = link.closest('.remark')!.querySelector('h3')!.getBoundingClientRect();
					return { focused: document.activeElement === link, text: link.textContent?.slice(0, 30) ?? '', top: Math.round(link.getBoundingClientRect().top), heading: Math.round(heading.bottom) };
				});
				expect(found.focused).toBe(true);
				reached++;
				if (found.top < found.heading) covered.push(`${entry.id}: ${found.text} at ${found.top} px, the heading to ${found.heading} px`);
			}
		}
		expect(reached).toBeGreaterThan(0);
		expect(covered).toEqual([]);
		await page.close();
	});
});

describe('text at 200 % on a 360 × 740 phone, the facts under a title', () => {
	test('each value (a meeting’s date, its official record and file, a person’s counts) has the column’s width under its label, not a column of four letters beside it', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 360, height: 740 });
		const narrow: string[] = [];
		const person = await page.goto(siteUrl('people/')).then(() => page.locator('.people-table tbody th a').first().getAttribute('href'));
		for (const pathname of [siteUrl('meetings/series-9db73964-005/'), new URL(person ?? '', siteUrl()).href]) {
			await page.goto(pathname);
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			await settle(page);
			const values = await page.locator('.facts dd').evaluateAll((cells) => {
				const column = document.querySelector('main')!.getBoundingClientRect().width;
				return cells.map((cell) => ({ text: `${cell.previousElementSibling?.textContent?.trim()}: ${cell.textContent?.trim().slice(0, 16)}`, share: cell.getBoundingClientRect().width / column }));
			});
			expect(values.length, pathname).toBeGreaterThan(2);
			// (The date, 「2023年6月12日（月）（令和5年6月12日）14:00〜15:30」, had taken eleven lines of four letters.)
			for (const { text, share } of values) if (share < 0.8) narrow.push(`${new URL(pathname).pathname} ${text}: ${Math.round(share * 100)} % of the column`);
		}
		expect(narrow).toEqual([]);
		await page.close();
	});
});

describe.each([
	[320, 568],
	[360, 740],
	[568, 320],
])('text at 200 % on a %i × %i phone, the header and the timeline', (width, height) => {
	test.each([
		['timeline/', '#header-q', '発言を検索'],
		['', '#home-q', '語句や発言者の名前'],
		['search/', '#search-input', '語句や発言者の名前'],
	])('the search box of 「%s」 (%s) shows its whole placeholder, or the column’s width of it when the placeholder is wider (the header’s had shown 「発言を」 beside the button, the search page’s 「語句や」), the page no wider', async (path, selector, placeholder) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.goto(siteUrl(path));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await settle(page);
		const room = await page.locator(selector).evaluate((input: HTMLInputElement) => {
			const style = getComputedStyle(input);
			const text = document.createElement('span');
			text.style.font = style.font;
			text.style.whiteSpace = 'pre';
			text.textContent = input.placeholder;
			document.body.append(text);
			const needed = text.getBoundingClientRect().width;
			text.remove();
			const frame = input.offsetWidth - input.clientWidth + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
			return { placeholder: input.placeholder, needed, has: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), column: input.parentElement!.clientWidth - frame };
		});
		expect(room.placeholder).toBe(placeholder);
		expect(room.has, JSON.stringify(room)).toBeGreaterThanOrEqual(Math.min(room.needed, room.column) - 0.5);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await page.close();
	});

	test('a year’s stuck heading is one line, its link beside the year (on two it had taken 112 px), its names unchanged', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.goto(siteUrl('timeline/'));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await settle(page);
		const head = page.locator('.timeline-year__head').first();
		const { year, link, box } = await head.evaluate((element) => {
			const rect = (selector: string) => element.querySelector(selector)!.getBoundingClientRect();
			return { year: rect('h2'), link: rect('.timeline-year__back'), box: element.getBoundingClientRect() };
		});
		// The link on the year's line, inside the screen, the heading as tall as that one line.
		expect(link.top).toBeLessThan(year.bottom);
		expect(link.right).toBeLessThanOrEqual(width);
		expect(box.height).toBeLessThanOrEqual(Math.max(year.height, link.height) + 12);
		expect(link.height).toBeGreaterThanOrEqual(44);
		// A screen reader still hears the year in the era and the link's whole name.
		expect((await head.locator('h2').ariaSnapshot()).replace(/\s+/gu, '')).toMatch(/heading"\d{4}年(?:令和|平成)\d+年"/u);
		expect(await head.getByRole('link', { name: '年の一覧へ' }).count()).toBe(1);
		await page.close();
	});
});

/**
 * The lines of the element's text but its last, each as `{ short, text }`: how far (in the text's letters) short of the right edge of
 * the column it stands in it ends, and its first letters.
 */
const shortLines = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((elements) =>
		elements.flatMap((element) => {
			const column = element.closest('li, p')!;
			const style = getComputedStyle(column);
			const right = column.getBoundingClientRect().right - parseFloat(style.paddingRight);
			const em = parseFloat(getComputedStyle(element).fontSize);
			const range = document.createRange();
			range.selectNodeContents(element);
			const lines = new Map<number, number>();
			for (const rect of range.getClientRects()) if (rect.width > 0) lines.set(Math.round(rect.bottom), Math.max(lines.get(Math.round(rect.bottom)) ?? 0, rect.right));
			const ends = [...lines.entries()].sort((a, b) => a[0] - b[0]).slice(0, -1);
			return ends.map(([, end]) => ({ short: Math.round(((right - end) / em) * 10) / 10, text: (element.textContent ?? '').slice(0, 12) }));
		}),
	);

describe('the minutes’ words quoted on a 360 px phone break as the minutes do', () => {
	test('a search result’s excerpt and a remark’s opening on a person’s page fill their lines (broken between phrases, they had ended letters short of the edge)', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('セキュリティ')}`));
		await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
		const excerpts = await shortLines(page, '#search-results .result__excerpt');
		await page.goto(siteUrl('people/'));
		await page.locator('.people-table tbody th a').first().click();
		await page.locator('li.person-remark').first().waitFor();
		const openings = await shortLines(page, 'li.person-remark .person-remark__text');
		expect(excerpts.length).toBeGreaterThan(5);
		expect(openings.length).toBeGreaterThan(3);
		// (A letter kept off the start of a line, and the one it takes down with it: two letters short at most.)
		expect([...excerpts, ...openings].filter(({ short }) => short > 2.1)).toEqual([]);
		await page.close();
	});
});

describe.each([320, 360, 390])('text at 200 % on a %i × 740 phone, the bar over a numbered meeting', (width) => {
	test('shows the body’s name from a letter and its ellipsis up, or leaves it to a screen reader, never a sliver of a letter; 第N回 whole', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height: 740 });
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await settle(page);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
		await settle(page);
		const shown = await page.evaluate(() => {
			const inner = [...document.querySelectorAll('.context-bar__inner')].find((bar) => getComputedStyle(bar).visibility === 'visible' && bar.getBoundingClientRect().top <= 1 && bar.getBoundingClientRect().bottom > 0);
			const series = inner?.querySelector<HTMLElement>('.context-bar__series');
			const number = inner?.querySelector<HTMLElement>('.context-bar__session');
			if (!series || !number) return null;
			const em = parseFloat(getComputedStyle(series).fontSize);
			const drawn = series.getBoundingClientRect().width;
			return {
				series: drawn <= 1 ? 'left to a screen reader' : drawn >= 1.1 * em ? 'a letter and more' : `a sliver, ${Math.round(drawn)} px`,
				number: number.scrollWidth <= number.clientWidth + 0.5 ? 'whole' : 'cut',
				name: inner!.querySelector('a.context-bar__title')!.textContent,
			};
		});
		expect(shown?.series).toMatch(/^(?:left to a screen reader|a letter and more)$/u);
		expect(shown?.number).toBe('whole');
		// (The link's name keeps the body's name.)
		expect(shown?.name).toMatch(/^サイバーセキュリティタスクフォース第\d+回$/u);
		await page.close();
	});
});
