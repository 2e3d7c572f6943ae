/**
 * Reading on a 360×740 touch phone: what the first touch, a citation, a jump to an earlier remark and enlarged text do
 * to the page, measured in the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

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
