/**
 * A series' attendance table on a phone, whose members include long names in katakana (`アレクサンドロヴィッチ ミハイル`): the
 * names' column, stuck at the left while the meetings scroll under it, leaves room for the meetings, each long name broken
 * whole onto its lines; on a wide screen the names stay on one line.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

/** The fixture's series whose members include two long names in katakana (tests/fixtures/e2e-seeds/906_e2e_katakana_roll.txt). */
const seriesPath = 'series/series-3a333e2b/';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 320, height: 568, touch: true });
});

afterAll(async () => {
	await session.close();
});

/** The names' column's width, the table's box in view, and each long name's lines and whether it shows whole. */
function measure(page: Page) {
	return page.evaluate(() => {
		const scroller = document.querySelector('#attendance .table-scroll')!.getBoundingClientRect();
		const names = [...document.querySelectorAll<HTMLElement>('#attendance tbody th a')];
		const longest = names.reduce((best, name) => ((name.textContent ?? '').length > (best.textContent ?? '').length ? name : best));
		const column = longest.closest('th')!.getBoundingClientRect();
		// (Lines of the name's text itself: the link is 44 px tall to tap whatever its lines.)
		const lines = (element: HTMLElement) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		};
		return {
			column: column.width,
			view: scroller.width,
			text: longest.textContent ?? '',
			lines: lines(longest),
			whole: longest.scrollWidth <= longest.clientWidth + 1,
			pageWidth: document.documentElement.scrollWidth,
		};
	});
}

describe('a series whose members include long names in katakana', () => {
	test.each([
		[320, 568],
		[360, 740],
		[390, 844],
	])('on a %i × %i phone the names’ column takes under half the table’s view, the long name on its lines, nothing cut', async (width, height) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.goto(siteUrl(seriesPath));
		const seen = await measure(page);
		expect(seen.text).toBe('アレクサンドロヴィッチ ミハイル');
		expect(seen.column).toBeLessThan(seen.view / 2);
		// (「アレクサンドロ / ヴィッチ / ミハイル」: the family name is longer than the column.)
		expect(seen.lines).toBeGreaterThanOrEqual(2);
		expect(seen.lines).toBeLessThanOrEqual(3);
		expect(seen.whole).toBe(true);
		expect(seen.pageWidth).toBeLessThanOrEqual(width);
		await page.close();
	});

	test('on a wide screen the long name keeps its one line', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(siteUrl(seriesPath));
		const seen = await measure(page);
		expect(seen.lines).toBe(1);
		await page.close();
	});
});
