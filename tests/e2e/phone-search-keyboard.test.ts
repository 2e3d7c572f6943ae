/**
 * The search page typed into on a phone whose keyboard is open (it takes the lower half of the screen: the page shows in what is
 * left, its visual viewport): the first result's words found, or the line saying there is none, come above the keyboard with the
 * box, where they had stayed under the keyboard (the result's heading one line above it) and the reader saw nothing change as they typed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isShown, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

describe.each([
	{ width: 320, height: 568 },
	{ width: 360, height: 740 },
	{ width: 412, height: 915 },
])('the search page on a $width × $height phone, its keyboard taking half the screen', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('as the reader types, the box, the status and the first result show above the keyboard; with none found, the line saying so', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('search/'));
		await page.setViewportSize({ width, height: Math.round(height / 2) });
		const box = page.locator('#search-input');
		await box.tap();
		await page.keyboard.type('セキュリティ');
		await page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
		expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
		// Its heading and the words found in its excerpt (a result may be taller than what the keyboard leaves; its heading alone,
		// one line above the keyboard, had said nothing of what was found).
		await expect.poll(() => isShown(page, '#search-results > li:first-child mark >> nth=0', true), { timeout: 3000 }).toBe(true);
		expect(await isShown(page, '#search-results > li:first-child .result__heading')).toBe(true);
		expect(await isShown(page, '#search-input')).toBe(true);
		expect(await isShown(page, '#search-status')).toBe(true);
		// Nothing found: the status line says so, above the keyboard.
		await page.evaluate(() => window.scrollTo(0, 0));
		await box.fill('');
		await box.tap();
		await page.keyboard.type('該当なしの語句ぬ');
		// (The list of the search before is done too, until the new one starts: its results gone, the new one's round is.)
		await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 20_000 }).toBe(0);
		await page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
		await expect.poll(() => isShown(page, '#search-status'), { timeout: 3000 }).toBe(true);
		expect(await isShown(page, '#search-input')).toBe(true);
		await page.close();
	});
});
