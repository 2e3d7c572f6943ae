/**
 * A series' attendance table taller than a phone's screen (a member a row, the meetings in columns): read down to its last
 * members, the row of meetings stays in view over them, so that each mark is still known to be of which meeting.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

/** The fixture's series with the most members (17 rows, taller than a 320 × 568 screen). */
const seriesPath = 'series/cybersecurity-task-force/';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 320, height: 568, touch: true });
});

afterAll(async () => {
	await session.close();
});

describe.each([
	[320, 568],
	[568, 320],
])('the attendance table on a %i × %i phone', (width, height) => {
	test('shows the meetings’ row over the last member when the reader has come down to it (it had scrolled away with the page)', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.goto(siteUrl(seriesPath));
		const rows = page.locator('#attendance tbody tr');
		expect(await rows.count()).toBeGreaterThan(12);
		const table = await page.locator('#attendance table').boundingBox();
		expect(table!.height).toBeGreaterThan(height);
		// As a thumb comes down the page and the table to the last member.
		await rows.last().evaluate((row) => row.scrollIntoView({ block: 'end' }));
		const seen = await page.evaluate(() => {
			const box = (element: Element | null | undefined) => element?.getBoundingClientRect() ?? null;
			const last = box(document.querySelector('#attendance tbody tr:last-child th'));
			const meeting = box(document.querySelectorAll('#attendance thead th')[1]);
			return { last, meeting, screen: window.innerHeight };
		});
		// The last member on the screen, the first meeting's head whole on it above him.
		expect(seen.last!.top).toBeGreaterThanOrEqual(0);
		expect(seen.last!.bottom).toBeLessThanOrEqual(seen.screen + 1);
		expect(seen.meeting!.top).toBeGreaterThanOrEqual(0);
		expect(seen.meeting!.bottom).toBeLessThanOrEqual(seen.last!.top + 1);
		// Nothing of the page goes sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await page.close();
	});
});
