import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserSession, type Screen } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

/** The phones the timeline is read on: a small Android's screen and an iPhone's. */
const phones: Array<{ name: string; screen: Screen }> = [
	{ name: '360×740', screen: { width: 360, height: 740 } },
	{ name: '390×844', screen: { width: 390, height: 844 } },
];

let session: BrowserSession;
const phoneSessions = new Map<string, BrowserSession>();
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser();
	for (const { name, screen } of phones) phoneSessions.set(name, await launchBrowser(screen));
});

afterAll(async () => {
	await session?.close();
	for (const phone of phoneSessions.values()) await phone.close();
});

/** The browser session of a phone. */
function phoneSession(name: string): BrowserSession {
	const phone = phoneSessions.get(name);
	if (!phone) throw new Error(`no session for ${name}`);
	return phone;
}

/** Height of every visible element the selector finds, named by its tag and first letters. */
async function heights(page: Page, selector: string): Promise<Array<{ what: string; height: number }>> {
	return page.locator(selector).evaluateAll((elements) =>
		elements
			.filter((element) => element.getClientRects().length > 0)
			.map((element) => ({ what: `${element.tagName.toLowerCase()} ${(element as HTMLInputElement).value || element.textContent?.trim().slice(0, 16)}`, height: element.getBoundingClientRect().height })),
	);
}

/** `1` when the list only goes up (ties allowed), `-1` when it only goes down, `0` otherwise. */
function direction(values: string[]): number {
	const ascending = values.every((value, index) => index === 0 || (values[index - 1] ?? '') <= value);
	const descending = values.every((value, index) => index === 0 || (values[index - 1] ?? '') >= value);
	return ascending ? 1 : descending ? -1 : 0;
}

describe('timeline', () => {
	test('lists every converted document once, newest first, with its series', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('timeline/'));
		const items = await page.locator('ol.timeline > li').evaluateAll((nodes) =>
			nodes.map((node) => ({
				date: node.getAttribute('data-date') ?? '',
				series: node.getAttribute('data-series') ?? '',
				links: [...node.querySelectorAll('a[href*="/meetings/"]')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			})),
		);
		expect(items.length).toBe(entries.length);
		const dates = items.map((item) => item.date);
		expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
		expect(new Set(dates).size, 'the fixture spans several dates').toBeGreaterThan(2);
		expect(direction(dates), `dates: ${dates.join(' ')}`).toBe(-1);
		// The year list runs as the years do.
		const years = await page.locator('.timeline-year').evaluateAll((sections) => sections.map((section) => section.id));
		expect(await page.locator('.year-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1)))).toEqual(years);
		expect(direction(years), `years: ${years.join(' ')}`).toBe(-1);

		const expected = entries.map((entry) => `${entry.meeting.date} ${entry.meeting.seriesSlug} /minutes/meetings/${entry.id}/`).sort();
		const shown = items.map((item) => `${item.date} ${item.series} ${item.links[0] ?? '(no link)'}`).sort();
		expect(shown).toEqual(expected);
		await page.close();
	});
});

describe.each(phones)('the timeline on a phone ($name)', ({ name }) => {
	test('the series boxes, their buttons and links and the years are at least 44 px tall to tap', async () => {
		const { page } = await openPage(phoneSession(name));
		await page.goto(siteUrl('timeline/'));
		await page.locator('.series-filter-fold > summary').click();
		const series = new Set(entries.map((entry) => entry.meeting.seriesSlug)).size;
		const years = new Set(entries.map((entry) => entry.meeting.date.slice(0, 4))).size;
		const targets = {
			'.series-filter input[type="checkbox"]': series,
			'.series-filter__link': series,
			'.series-filter button': series + 2,
			'.year-nav a': years,
		};
		for (const [selector, count] of Object.entries(targets)) {
			const found = await heights(page, selector);
			expect(found.length, selector).toBe(count);
			for (const { what, height } of found) expect(height, what).toBeGreaterThanOrEqual(44);
		}
		await page.close();
	});
});

describe.each(phones)('the way back to the years on a phone ($name)', ({ name }) => {
	test('read far into a year, its stuck heading holds a 44 px link back to the list of years, which brings it on screen', async () => {
		const { page } = await openPage(phoneSession(name));
		await page.goto(siteUrl('timeline/'));
		// Reading a year's meetings well past its heading (the year with the most), the list of years above the screen.
		const id = await page.locator('.timeline-year').evaluateAll((sections) => {
			const longest = sections.reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a));
			window.scrollTo(0, longest.getBoundingClientRect().top + window.scrollY + longest.getBoundingClientRect().height / 2);
			return longest.id;
		});
		expect(await page.locator('.year-nav').evaluate((nav) => nav.getBoundingClientRect().bottom)).toBeLessThan(0);
		const links = page.getByRole('link', { name: '年の一覧へ' });
		expect(await links.count()).toBe(new Set(entries.map((entry) => entry.meeting.date.slice(0, 4))).size);
		// The year being read keeps its heading at the top, the link at its end, not covered, as tall as a finger.
		const read = page.locator(`#${id}`);
		const link = await read.getByRole('link', { name: '年の一覧へ' }).evaluate((anchor) => {
			const box = anchor.getBoundingClientRect();
			const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return { top: box.top, bottom: box.bottom, height: box.height, width: box.width, reachable: hit === anchor || anchor.contains(hit), x: box.left + box.width / 2, y: box.top + box.height / 2 };
		});
		expect(link.top).toBeGreaterThanOrEqual(0);
		expect(link.bottom).toBeLessThan(80);
		expect(link.height).toBeGreaterThanOrEqual(44);
		expect(link.width).toBeGreaterThanOrEqual(44);
		expect(link.reachable).toBe(true);
		await page.mouse.click(link.x, link.y);
		const nav = await page.locator('#year-nav').evaluate((element) => ({ top: element.getBoundingClientRect().top, bottom: element.getBoundingClientRect().bottom, height: window.innerHeight, focused: document.activeElement === element }));
		expect(Math.abs(nav.top)).toBeLessThan(2);
		expect(nav.bottom).toBeLessThan(nav.height);
		// A keyboard or screen reader goes on from the list of years.
		expect(nav.focused).toBe(true);
		await page.close();
	});
});

/** What the timeline shows: the series of its visible entries (in page order), the years in its year list, the status line. */
async function shown(page: Page): Promise<{ series: string[]; dates: string[]; years: string[]; status: string }> {
	return page.evaluate(() => {
		const visible = (element: Element): boolean => element.getClientRects().length > 0;
		const items = [...document.querySelectorAll<HTMLElement>('ol.timeline > li')].filter(visible);
		return {
			series: items.map((item) => item.dataset['series'] ?? ''),
			dates: items.map((item) => item.dataset['date'] ?? ''),
			years: [...document.querySelectorAll('.year-nav a')].filter(visible).map((link) => link.textContent?.trim() ?? ''),
			status: document.querySelector('.series-filter__status')?.textContent ?? '',
		};
	});
}

/** The Western years of these entries, as the year list names them (`2023年`), in order of first appearance. */
function yearsOf(list: Entry[]): string[] {
	return [...new Set(list.map((entry) => `${entry.meeting.date.slice(0, 4)}年`))];
}

describe.each(phones)('the timeline\'s series filter on a phone ($name)', ({ name }) => {
	test('「この会議体だけ」 shows that series\' entries alone, says so, and brings the reader to them', async () => {
		const { page, watch } = await openPage(phoneSession(name));
		await page.goto(siteUrl('timeline/'));
		const slug = 'cybersecurity-task-force';
		const own = entries.filter((entry) => entry.meeting.seriesSlug === slug);
		const series = own[0]?.meeting.series ?? '';
		expect(own.length).toBeGreaterThan(1);
		expect(own.length).toBeLessThan(entries.length);
		await page.locator('.series-filter-fold > summary').click();
		await page.getByRole('button', { name: new RegExp(`^この会議体だけ\\s*：${series}$`) }).click();
		const after = await shown(page);
		expect(after.series).toEqual(own.map(() => slug));
		expect(after.status).toBe(`${series}の ${own.length} 件を、新しい順に表示しています。`);
		expect(after.years.sort()).toEqual(yearsOf(own).sort());
		expect(new URL(page.url()).searchParams.getAll('series')).toEqual([slug]);
		expect(await page.locator('.series-filter input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual([slug]);
		// The list folds away on a phone and the status line, above the entries, has the focus.
		expect(await page.locator('.series-filter-fold').evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('series-filter__status');
		// The address keeps the choice.
		await page.reload();
		expect((await shown(page)).status).toBe(`${series}の ${own.length} 件を、新しい順に表示しています。`);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('「すべて外す」 hides every entry and year, 「すべて選択」 shows them all again', async () => {
		const { page, watch } = await openPage(phoneSession(name));
		await page.goto(siteUrl('timeline/'));
		await page.locator('.series-filter-fold > summary').click();
		const all = await shown(page);
		expect(all.series.length).toBe(entries.length);
		expect(all.status).toBe(`すべての会議体の ${entries.length} 件を、新しい順に表示しています。`);

		await page.getByRole('button', { name: 'すべて外す' }).click();
		expect(await page.locator('.series-filter input:checked').count()).toBe(0);
		const none = await shown(page);
		expect(none.series).toEqual([]);
		expect(none.years).toEqual([]);
		expect(none.status).toBe('会議体が一つも選ばれていません。表示する会議・資料はありません。');
		// An empty choice is kept in the address as one (`?series=`), not read back as every series.
		expect(new URL(page.url()).searchParams.getAll('series')).toEqual(['']);
		await page.reload();
		expect((await shown(page)).series).toEqual([]);

		await page.getByRole('button', { name: 'すべて選択' }).click();
		expect(await page.locator('.series-filter input:not(:checked)').count()).toBe(0);
		const again = await shown(page);
		expect(again.series.length).toBe(entries.length);
		expect(again.years.sort()).toEqual(yearsOf(entries).sort());
		expect(again.status).toBe(`すべての会議体の ${entries.length} 件を、新しい順に表示しています。`);
		expect(new URL(page.url()).searchParams.has('series')).toBe(false);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('without a script the page is newest first, the buttons and the order do not show, and unticking a box still hides its series', async () => {
		const { page } = await openPage(phoneSession(name));
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
		await page.goto(siteUrl('timeline/'));
		await page.locator('.series-filter-fold > summary').click();
		expect(await page.locator('.series-filter button').count()).toBeGreaterThan(0);
		for (const button of await page.locator('.series-filter button').all()) expect(await button.isVisible()).toBe(false);
		// Newest first as built.
		expect(direction((await shown(page)).dates)).toBe(-1);
		expect(await page.locator('.timeline-order').isVisible()).toBe(false);
		await page.locator('#f-cybersecurity-task-force').uncheck();
		const after = await shown(page);
		expect(after.series.length).toBe(entries.filter((entry) => entry.meeting.seriesSlug !== 'cybersecurity-task-force').length);
		expect(after.series).not.toContain('cybersecurity-task-force');
		// (No script ran: the status line is the script's.)
		expect(after.status).toBe('');
		await page.close();
	});
});

describe.each(phones)('the timeline\'s order on a phone ($name)', ({ name }) => {
	test('newest first, years and year list too, and 「古い順」 turns them all; the address keeps it', async () => {
		const { page, watch } = await openPage(phoneSession(name));
		await page.goto(siteUrl('timeline/'));
		const newest = await shown(page);
		const allYears = yearsOf(entries).sort();
		expect(newest.dates.length).toBe(entries.length);
		expect(direction(newest.dates), `dates: ${newest.dates.join(' ')}`).toBe(-1);
		expect(newest.years).toEqual([...allYears].reverse());
		expect(newest.status).toBe(`すべての会議体の ${entries.length} 件を、新しい順に表示しています。`);
		// The latest sitting is the first thing under the controls, on the first screen.
		const first = await page.locator('ol.timeline > li').first().evaluate((item) => ({ date: item.getAttribute('data-date'), top: item.getBoundingClientRect().top, height: window.innerHeight }));
		expect(first.date).toBe([...entries.map((entry) => entry.meeting.date)].sort().at(-1));
		expect(first.top).toBeLessThan(first.height);
		expect(await page.getByRole('radio', { name: '新しい順' }).isChecked()).toBe(true);

		await page.getByRole('radio', { name: '古い順' }).check();
		const oldest = await shown(page);
		expect(direction(oldest.dates), `dates: ${oldest.dates.join(' ')}`).toBe(1);
		expect(oldest.dates).toEqual([...newest.dates].reverse());
		expect(oldest.years).toEqual(allYears);
		expect(await page.locator('.timeline-year').evaluateAll((sections) => sections.map((section) => section.id))).toEqual(allYears.map((year) => `y${year.slice(0, 4)}`));
		expect(oldest.status).toBe(`すべての会議体の ${entries.length} 件を、古い順に表示しています。`);
		expect(new URL(page.url()).searchParams.get('order')).toBe('oldest');

		// The order and a series filter live side by side in the address.
		await page.locator('.series-filter-fold > summary').click();
		await page.getByRole('button', { name: /^この会議体だけ\s*：サイバーセキュリティタスクフォース$/ }).click();
		const url = new URL(page.url());
		expect(url.searchParams.get('order')).toBe('oldest');
		expect(url.searchParams.getAll('series')).toEqual(['cybersecurity-task-force']);
		await page.reload();
		const kept = await shown(page);
		expect(direction(kept.dates)).toBe(1);
		expect(new Set(kept.series)).toEqual(new Set(['cybersecurity-task-force']));
		expect(await page.getByRole('radio', { name: '古い順' }).isChecked()).toBe(true);

		await page.getByRole('radio', { name: '新しい順' }).check();
		expect(direction((await shown(page)).dates)).toBe(-1);
		expect(new URL(page.url()).searchParams.has('order')).toBe(false);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a year asked for in the address is on screen when the page opens oldest first', async () => {
		const { page } = await openPage(phoneSession(name));
		const year = yearsOf(entries).sort()[1]?.slice(0, 4);
		await page.goto(siteUrl(`timeline/?order=oldest#y${year}`));
		const top = await page.locator(`#y${year}`).evaluate((section) => section.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(2);
		await page.close();
	});
});

describe.each(phones)('a series\' page on a phone ($name)', ({ name }) => {
	test('a list of its years, 44 px to tap, brings a year\'s first meeting to the top of the screen (the latest had been only at the end of the list)', async () => {
		const { page } = await openPage(phoneSession(name));
		const slug = 'cybersecurity-task-force';
		const dates = entries.filter((entry) => entry.meeting.seriesSlug === slug).map((entry) => entry.meeting.date).sort();
		const years = [...new Set(dates.map((date) => date.slice(0, 4)))];
		expect(years.length).toBeGreaterThan(1);
		await page.goto(siteUrl(`series/${slug}/`));
		const nav = page.getByRole('navigation', { name: '年へ移動' });
		expect(await nav.getByRole('link').allTextContents()).toEqual(years.map((year) => `${year}年`));
		for (const { what, height } of await heights(page, '.year-nav a')) expect(height, what).toBeGreaterThanOrEqual(44);
		const last = years.at(-1)!;
		await nav.getByRole('link', { name: `${last}年` }).click();
		const first = await page.locator(`#y${last}`).evaluate((item) => ({ top: item.getBoundingClientRect().top, date: item.getAttribute('data-date') }));
		expect(Math.abs(first.top)).toBeLessThan(2);
		expect(first.date).toBe(dates.find((date) => date.startsWith(last)));
		await page.close();
	});
});

describe('series pages', () => {
	test('each series page lists exactly that series’ documents', async () => {
		const { page } = await openPage(session);
		const slugs = [...new Set(entries.map((entry) => entry.meeting.seriesSlug))].sort();
		expect(slugs).toEqual(expect.arrayContaining(['cybersecurity-task-force', 'ict-cybersecurity-subcommittee']));
		for (const slug of slugs) {
			const response = await page.goto(siteUrl(`series/${slug}/`));
			expect(response?.status(), slug).toBe(200);
			const linked = await page
				.locator('main a[href*="/meetings/"]')
				.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			const expected = entries.filter((entry) => entry.meeting.seriesSlug === slug).map((entry) => `/minutes/meetings/${entry.id}/`);
			expect([...new Set(linked)].sort(), slug).toEqual(expected.sort());
			const series = entries.find((entry) => entry.meeting.seriesSlug === slug)?.meeting.series ?? '';
			expect(await page.locator('h1').textContent(), slug).toContain(series);
		}
		await page.close();
	});
});
