/**
 * The search page typed into on a phone whose keyboard is open (the lower half of the screen), the text at 200 %: once a query is
 * typed the form keeps to two rows (the box; the button beside the filters' fold, folded to one line; at 320 px the button beside
 * the box) and the status to one line, and a result's excerpt starts a few letters before the word found (the rest kept for a
 * screen reader), so that the first result's heading and its words found show above the keyboard under the box. At 360 × 740 the
 * box and button had taken 180 px, the fold 130, the status 230, and the first result's words stood at 885–931 px of the 370 the
 * keyboard leaves; at 320 × 568, on the excerpt's third line, at 361–407 px of the 284.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isShown, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';


/** Type a query into the search page's box at 200 %, its keyboard taking half the screen, and wait for the results. */
async function typed(page: Page, width: number, height: number): Promise<void> {
	await page.goto(siteUrl('search/'));
	await page.setViewportSize({ width, height: Math.round(height / 2) });
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	await page.locator('#search-input').tap();
	await page.keyboard.type('セキュリティ');
	await page.waitForSelector('#search-results[data-state="done"][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
	expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
}

describe.each([
	{ width: 360, height: 740 },
	{ width: 412, height: 915 },
	{ width: 320, height: 568 },
])('the search page at 200 % on a $width × $height phone, its keyboard open', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('the box, the button and the folded filters take two rows, the status one line, each control 44 px tall, the page no wider', async () => {
		const { page } = await openPage(session);
		await typed(page, width, height);
		const form = await page.evaluate(() => {
			const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
			const status = document.querySelector('#search-status')!;
			return {
				form: box('#search-form'),
				input: box('#search-input'),
				button: box('.search-box__row > button'),
				fold: box('.search-filters > summary'),
				status: box('#search-status'),
				statusLine: parseFloat(getComputedStyle(status).lineHeight),
				wide: document.documentElement.scrollWidth,
			};
		});
		expect(form.wide).toBeLessThanOrEqual(width);
		for (const control of [form.input, form.button, form.fold]) expect(control.height).toBeGreaterThanOrEqual(44);
		// The fold one line high (its name, 「絞り込みと並び順」 and the fields it holds, had taken three lines), beside the button where both fit.
		expect(form.fold.height).toBeLessThanOrEqual(52);
		if (width >= 360) expect(Math.abs(form.fold.top - form.button.top)).toBeLessThanOrEqual(8);
		// At 320 px, where the button and the fold's first word do not fit on one row, the button beside the box (on a row of its
		// own it had taken 62 px of the 284 the keyboard leaves), the box still half the column or more.
		else {
			expect(Math.abs(form.button.top - form.input.top)).toBeLessThanOrEqual(1);
			expect(form.fold.top).toBeGreaterThanOrEqual(form.input.bottom);
			expect(form.input.width).toBeGreaterThanOrEqual(form.form.width / 2);
		}
		expect(form.status.height).toBeLessThanOrEqual(form.statusLine + 1);
		// The status's words stay whole for a screen reader, the fold's name too.
		expect(await page.locator('#search-status').textContent()).toMatch(/件/);
		expect(await page.locator('#filters-heading').textContent()).toContain('絞り込みと並び順');
		// Opened, the filters take the column's width under the box, the page still no wider.
		await page.locator('.search-filters > summary').tap();
		const opened = await page.evaluate(() => ({ fold: document.querySelector('.search-filters')!.getBoundingClientRect(), input: document.querySelector('#search-input')!.getBoundingClientRect(), form: document.querySelector('#search-form')!.getBoundingClientRect(), wide: document.documentElement.scrollWidth }));
		expect(opened.fold.top).toBeGreaterThanOrEqual(opened.input.bottom);
		expect(opened.fold.width).toBeCloseTo(opened.form.width, 0);
		expect(opened.wide).toBeLessThanOrEqual(width);
		await page.close();
	});

	test('the first result’s heading and its words found show above the keyboard, under the box and the status', async () => {
		const { page } = await openPage(session);
		await typed(page, width, height);
		await expect.poll(() => isShown(page, '#search-results > li:first-child mark >> nth=0', true), { timeout: 3000 }).toBe(true);
		expect(await isShown(page, '#search-results > li:first-child .result__heading')).toBe(true);
		expect(await isShown(page, '#search-input')).toBe(true);
		expect(await isShown(page, '#search-status')).toBe(true);
		// The word found on the excerpt's first line, the excerpt's words before it still in the text a screen reader reads.
		const excerpt = await page.locator('#search-results > li:first-child .result__excerpt').evaluate((text) => ({
			top: text.getClientRects()[0]!.top,
			markTop: text.querySelector('mark')!.getClientRects()[0]!.top,
			line: parseFloat(getComputedStyle(text).lineHeight),
			text: text.textContent ?? '',
			far: text.querySelector('.result__far')?.textContent ?? '',
		}));
		expect(excerpt.markTop - excerpt.top).toBeLessThan(excerpt.line / 2);
		expect(excerpt.text.startsWith(excerpt.far)).toBe(true);
		await page.close();
	});
});
