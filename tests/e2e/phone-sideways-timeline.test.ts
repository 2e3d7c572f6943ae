/**
 * The timeline on a phone held sideways (a screen under 30 rem tall): its first screen shows a meeting, beside the filter, the
 * order and the years, where the header and those controls one over the other had filled two screens before the first one.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 568, height: 320, touch: true });
});

afterAll(async () => {
	await session.close();
});

/** Where the page's parts are drawn on its first screen. */
function firstScreen() {
	const box = (selector: string) => {
		const rect = document.querySelector(selector)?.getBoundingClientRect();
		return rect ? { top: Math.round(rect.top), bottom: Math.round(rect.bottom), left: Math.round(rect.left), right: Math.round(rect.right) } : null;
	};
	return { title: box('.timeline-year .meeting-list__title a'), yearNav: box('#year-nav'), filter: box('.series-filter-fold > summary'), screen: window.innerHeight, wide: document.documentElement.scrollWidth };
}

describe.each([
	[568, 320],
	[640, 360],
	[740, 360],
])('the timeline on a %i × %i phone held sideways', (width, height) => {
	test('shows the newest meeting’s title whole on the first screen (it had been under it, at 554 px), the filter beside it', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.goto(siteUrl('timeline/'));
		const seen = await page.evaluate(firstScreen);
		expect(seen.title!.top).toBeGreaterThanOrEqual(0);
		expect(seen.title!.bottom).toBeLessThanOrEqual(seen.screen);
		// The filter on the first screen too, left of the meetings, and nothing pushed sideways.
		expect(seen.filter!.bottom).toBeLessThanOrEqual(seen.screen);
		expect(seen.filter!.right).toBeLessThanOrEqual(seen.title!.left);
		expect(seen.wide).toBeLessThanOrEqual(width);
		await page.close();
	});
});

describe('the timeline on an upright phone', () => {
	test('keeps the filter, the order and the years above the meetings, in the column’s width', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(siteUrl('timeline/'));
		const seen = await page.evaluate(firstScreen);
		expect(seen.yearNav!.bottom).toBeLessThanOrEqual(seen.title!.top);
		expect(seen.yearNav!.right - seen.yearNav!.left).toBeGreaterThan(300);
		await page.close();
	});
});
