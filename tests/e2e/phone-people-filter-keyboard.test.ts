/**
 * The people list's filter typed into on a phone whose keyboard is open (the lower half of the screen), with the text enlarged and
 * held sideways: the first person the box keeps shows above the keyboard, under the box, which stays at the screen's top while it
 * is typed into; with no one kept, the line saying so. The line, the roles' links and the role's heading and column heads between
 * the box and the list had put the first person at 801–925 px of the 370 px a 360 × 740 phone at 200 % shows above its keyboard,
 * and at 286–338 px of the 206 px a 915 × 412 phone held sideways shows; the box had taken 210 px of a 320 px phone's 284.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isShown, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

/** Open the people list with the keyboard taking half the screen, the text at `size`, and type `words` into its box. */
async function typed(page: Page, width: number, height: number, size: string, words: string): Promise<void> {
	await page.goto(siteUrl('people/'));
	await page.setViewportSize({ width, height: Math.round(height / 2) });
	await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), size);
	await page.locator('#people-q').tap();
	await page.keyboard.type(words);
}

describe.each([
	{ width: 360, height: 740, size: '200%' },
	{ width: 320, height: 568, size: '200%' },
	{ width: 412, height: 915, size: '200%' },
	{ width: 915, height: 412, size: '100%' },
])('the people list on a $width × $height phone, the text at $size, its keyboard open', ({ width, height, size }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('the first person kept shows whole above the keyboard, under the box, which stays in view; the page no wider', async () => {
		const { page } = await openPage(session);
		await typed(page, width, height, size, '高橋');
		const first = '.people-table tbody tr:not([hidden]) >> nth=0';
		expect(await page.locator(first).textContent()).toContain('高橋');
		expect(await isShown(page, first)).toBe(true);
		expect(await isShown(page, '#people-q')).toBe(true);
		const boxes = await page.evaluate(() => ({
			form: document.querySelector('#people-filter')!.getBoundingClientRect().bottom,
			first: document.querySelector('.people-table tbody tr:not([hidden])')!.getBoundingClientRect().top,
			wide: document.documentElement.scrollWidth,
		}));
		expect(boxes.first).toBeGreaterThanOrEqual(boxes.form - 1);
		expect(boxes.wide).toBeLessThanOrEqual(width);
		// Each control still a thumb's 44 px tall.
		expect((await page.locator('#people-q').boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await page.close();
	});

	test('with no one kept, the line saying so shows above the keyboard, under the box', async () => {
		const { page } = await openPage(session);
		await typed(page, width, height, size, '該当者なし');
		expect(await page.locator('#people-filter-status').textContent()).toContain('いません');
		expect(await isShown(page, '#people-filter-status')).toBe(true);
		expect(await isShown(page, '#people-q')).toBe(true);
		await page.close();
	});
});
