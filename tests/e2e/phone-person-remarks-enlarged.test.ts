/**
 * A person's list of remarks on a phone with the text at 200 %: each remark's words take the column's whole width, its number in
 * its first line before the speaker. In the list's margin (48 px of the 256 a 320 px phone shows) the number had left the words 6
 * letters a line.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

describe.each([
	{ width: 320, height: 568 },
	{ width: 360, height: 740 },
])('a person’s remarks on a $width × $height phone, the text at 200 %', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('each remark’s words take the column’s width, its number before the speaker on its first line, the page no wider', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const href = await page.locator('.people-table tbody tr[data-remarks]:not([data-remarks="0"]) th a').first().getAttribute('href');
		await page.goto(new URL(href!, page.url()).href);
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const seen = await page.evaluate(() => {
			const main = document.querySelector('main')!;
			const style = getComputedStyle(main);
			const column = { left: main.getBoundingClientRect().left + parseFloat(style.paddingLeft), right: main.getBoundingClientRect().right - parseFloat(style.paddingRight) };
			const remarks = [...document.querySelectorAll('.person-remark')].map((remark) => {
				const range = document.createRange();
				range.selectNodeContents(remark.querySelector('.person-remark__text')!);
				const lines = [...range.getClientRects()];
				return {
					item: remark.getBoundingClientRect(),
					link: remark.querySelector('.person-remark__link')!.getBoundingClientRect(),
					textLeft: Math.min(...lines.map((line) => line.left)),
					textRight: Math.max(...lines.map((line) => line.right)),
				};
			});
			return { column, remarks, wide: document.documentElement.scrollWidth, screen: window.innerWidth };
		});
		expect(seen.remarks.length).toBeGreaterThan(0);
		const width = seen.column.right - seen.column.left;
		for (const remark of seen.remarks) {
			// The item and its words from the column's start, a line of words its width less a letter at most.
			expect(remark.item.left).toBeLessThanOrEqual(seen.column.left + 1);
			expect(remark.textLeft).toBeLessThanOrEqual(seen.column.left + 1);
			expect(remark.textRight - remark.textLeft).toBeGreaterThanOrEqual(width - 33);
			// The number before the speaker, on its line.
			expect(remark.link.left - remark.item.left).toBeGreaterThanOrEqual(16);
		}
		expect(seen.wide).toBeLessThanOrEqual(seen.screen);
		await page.close();
	});
});
