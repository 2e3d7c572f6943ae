/**
 * The site's header with the text at 200 % on a phone, upright and held sideways: its spaces stay a phone's and its links' lines as
 * tall as a thumb's 44 px, so that it leaves most of the screen to the page (at 360 × 740 it had taken 446 px, 60 % of the screen,
 * on every page with the header's search: the title, the links on three rows of 58 px, the box and its button under it); every link
 * and control still 44 px tall and apart, the box's placeholder whole, the page no wider, the skip link leading past it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

describe.each([
	// (The most of the screen's height the header may take; before, at 200 %: 446, 294, 446 and 249 px; at 320 px the button under
	// the box, 295 px.)
	{ width: 360, height: 740, most: 250, boxAndButtonOnOneRow: true },
	{ width: 412, height: 915, most: 250, boxAndButtonOnOneRow: true },
	{ width: 320, height: 568, most: 240, boxAndButtonOnOneRow: true },
	{ width: 915, height: 412, most: 160, boxAndButtonOnOneRow: true },
])('the header with the text at 200 % on a $width × $height phone', ({ width, height, most, boxAndButtonOnOneRow }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test(`takes at most ${most} px of the screen's ${height}, its links and controls each 44 px tall and apart, the page no wider`, async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('timeline/'));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const header = await page.evaluate(() => {
			const box = (element: Element) => {
				const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
				return { name: element.textContent?.trim() || (element as HTMLInputElement).placeholder, left, right, top, bottom, width, height };
			};
			return {
				height: document.querySelector('.site-header')!.getBoundingClientRect().height,
				controls: [...document.querySelectorAll('.site-header :is(a, input, button)')].map(box),
				input: box(document.querySelector('#header-q')!),
				button: box(document.querySelector('.header-search button')!),
				wide: document.documentElement.scrollWidth,
			};
		});
		expect(header.height).toBeLessThanOrEqual(most);
		expect(header.controls).toHaveLength(8);
		for (const control of header.controls) expect(control.height, control.name).toBeGreaterThanOrEqual(44);
		// No two overlap, and two on a row stand 8 px apart or more.
		for (const [index, one] of header.controls.entries()) {
			for (const other of header.controls.slice(index + 1)) {
				const sameRow = one.top < other.bottom && other.top < one.bottom;
				if (sameRow) expect(Math.max(one.left, other.left) - Math.min(one.right, other.right), `${one.name} / ${other.name}`).toBeGreaterThanOrEqual(8);
			}
		}
		if (boxAndButtonOnOneRow) expect(header.button.top).toBe(header.input.top);
		expect(header.wide).toBeLessThanOrEqual(width);
		// The box shows its whole placeholder: as wide as a box holding 「発言を検索」 without scrolling it.
		const whole = await page.locator('#header-q').evaluate((input: HTMLInputElement) => {
			input.value = input.placeholder;
			const fits = input.scrollWidth <= input.clientWidth;
			input.value = '';
			return fits;
		});
		expect(whole).toBe(true);
		await page.close();
	});

	test('the skip link comes first and leads past the header to the page', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('timeline/'));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const link = document.activeElement!;
			const { top, bottom } = link.getBoundingClientRect();
			return { text: link.textContent, top, bottom };
		});
		expect(skip.text).toBe('本文へ移動');
		expect(skip.top).toBeGreaterThanOrEqual(0);
		expect(skip.bottom).toBeLessThanOrEqual(height);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
		expect(await page.evaluate(() => Math.abs(document.querySelector('main')!.getBoundingClientRect().top))).toBeLessThanOrEqual(1);
		await page.close();
	});
});
