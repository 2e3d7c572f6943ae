/**
 * A series' attendance table on a phone with the text at 200 %: the names' column, stuck at the left, leaves the first meeting's
 * column whole beside it, a name of four letters on two lines (「園田 / 道夫」), each name whole. On a 320 px phone the names'
 * column had taken 167 px of the 256 shown, the first meeting's column 89 of its 139 px (its head cut to 「第43」).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

describe.each([
	{ width: 320, height: 568 },
	{ width: 360, height: 740 },
])('the attendance table on a $width × $height phone, the text at 200 %', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test("the first meeting's column shows whole beside the names, each name whole on two lines at most, the page no wider", async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const seen = await page.evaluate(() => {
			const scroller = document.querySelector('#attendance .table-scroll')!.getBoundingClientRect();
			const heads = [...document.querySelectorAll('#attendance thead th')].map((head) => head.getBoundingClientRect());
			const lines = (element: Element) => {
				const range = document.createRange();
				range.selectNodeContents(element);
				return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
			};
			const names = [...document.querySelectorAll<HTMLElement>('#attendance tbody th a')].map((name) => ({
				text: name.textContent ?? '',
				lines: lines(name),
				whole: name.scrollWidth <= name.clientWidth + 1 && name.getBoundingClientRect().right <= name.closest('th')!.getBoundingClientRect().right + 1,
			}));
			return { scroller: { left: scroller.left, right: scroller.right }, names: heads[0]!, first: heads[1]!, list: names, wide: document.documentElement.scrollWidth };
		});
		expect(seen.list.some((name) => name.text.length >= 4)).toBe(true);
		expect(seen.first.right).toBeLessThanOrEqual(seen.scroller.right + 1);
		expect(seen.names.width).toBeLessThan((seen.scroller.right - seen.scroller.left) / 2);
		for (const name of seen.list) {
			expect(name.whole, name.text).toBe(true);
			expect(name.lines, name.text).toBeLessThanOrEqual(2);
		}
		expect(seen.wide).toBeLessThanOrEqual(width);
		await page.close();
	});
});
