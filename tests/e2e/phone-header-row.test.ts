/**
 * The site's header on a 320 px phone: its five links on one row, as on wider phones, each still a thumb's 44 px tall and apart,
 * so that the header takes no more of the screen than at 360 px.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 320, height: 568, touch: true });
});

afterAll(async () => {
	await session.close();
});

describe('the header on a 320 px phone', () => {
	test('holds its five links on one row (「利用の手引き」 had taken a row of its own) and is no taller than at 360 px', async () => {
		const { page } = await openPage(session);
		const header = async (width: number) => {
			await page.setViewportSize({ width, height: 568 });
			await page.goto(siteUrl(''));
			return page.evaluate(() => ({
				height: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height),
				links: [...document.querySelectorAll('.site-nav a')].map((link) => link.getBoundingClientRect()).map(({ top, left, right, height }) => ({ top: Math.round(top), left, right, height })),
				wide: document.documentElement.scrollWidth,
			}));
		};
		const wider = await header(360);
		const narrow = await header(320);
		expect(narrow.links).toHaveLength(5);
		expect(new Set(narrow.links.map((link) => link.top)).size).toBe(1);
		expect(narrow.height).toBeLessThanOrEqual(wider.height);
		// Each a thumb's height, with a gap to the next, and the page no wider than the screen.
		for (const [index, link] of narrow.links.entries()) {
			expect(link.height).toBeGreaterThanOrEqual(44);
			if (index > 0) expect(link.left - narrow.links[index - 1]!.right).toBeGreaterThanOrEqual(8);
		}
		expect(narrow.wide).toBeLessThanOrEqual(320);
		await page.close();
	});
});
