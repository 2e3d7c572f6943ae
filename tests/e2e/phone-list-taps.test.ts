/**
 * Lists of meetings tapped on a 360×740 touch phone: a tap on a meeting's title or its agenda, anywhere on their letters, opens
 * the meeting; the series' link between them (44 px tall, tests/e2e/phone-reading.test.ts) reaches only into the space between
 * the lines.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 360, height: 740, touch: true });
});

afterAll(async () => {
	await session?.close();
});

describe('a meeting’s title in a list on a 360 px phone', () => {
	test('opens the meeting wherever its letters or its agenda’s are tapped, the bottom of each letter too (it had opened the series under it)', async () => {
		const { page } = await openPage(session);
		const missed: string[] = [];
		let titles = 0;
		for (const path of ['', 'timeline/', 'series/cybersecurity-task-force/']) {
			await page.goto(siteUrl(path));
			const found = await page.locator('.meeting-list__title a').evaluateAll((links) =>
				links
					.filter((link) => link.getClientRects().length > 0)
					.map((link) => {
						link.scrollIntoView({ block: 'center' });
						const lines: DOMRect[] = [];
						for (const text of [link, ...(link.closest('li')?.querySelectorAll('.meeting-list__agenda > li') ?? [])]) {
							const range = document.createRange();
							range.selectNodeContents(text);
							lines.push(...range.getClientRects());
						}
						const points: string[] = [];
						// Every 2 px down and 6 px across each line of the title's letters and the agenda's.
						for (const line of lines) {
							for (let y = line.top + 1; y < line.bottom - 0.5; y += 2) {
								for (let x = line.left + 2; x < line.right - 1; x += 6) {
									const hit = document.elementFromPoint(x, y)?.closest('a, button, summary');
									if (hit !== link) points.push(`${Math.round(y - line.top)}/${Math.round(line.height)} px down: ${hit?.textContent?.trim().slice(0, 12) ?? 'nothing'}`);
								}
							}
						}
						return { title: link.textContent?.trim().slice(0, 20) ?? '', points };
					}),
			);
			titles += found.length;
			for (const { title, points } of found) if (points.length > 0) missed.push(`/${path} ${title}: ${points.length} points, e.g. ${points[0]}`);
		}
		expect(titles).toBeGreaterThan(4);
		expect(missed).toEqual([]);
		await page.close();
	});
});
