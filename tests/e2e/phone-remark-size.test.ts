/**
 * A long meeting's page keeps its height while it is read on a phone: each remark not yet laid out (`content-visibility: auto`)
 * takes the height its text will take at the column's width (Remark.astro's lengths, global.css), not one guess for every remark,
 * so the page does not grow under the reader's thumb nor its scrollbar jump as the remarks near the screen are drawn.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

let longest: Entry;

beforeAll(async () => {
	const entries = await loadEntries();
	longest = entries.reduce((best, entry) => (entry.meeting.remarks.length > best.meeting.remarks.length ? entry : best));
});

/** The page's height at each stop of a read from its top to its foot, a screen's 80 % at a time (after two frames at each stop). */
async function heightsWhileRead(page: Page): Promise<number[]> {
	return page.evaluate(async () => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		const heights = [document.documentElement.scrollHeight];
		for (let stop = 0; stop < 1000; stop++) {
			window.scrollTo(0, scrollY + Math.round(innerHeight * 0.8));
			await frame();
			await frame();
			heights.push(document.documentElement.scrollHeight);
			if (scrollY + innerHeight >= document.documentElement.scrollHeight - 1) break;
		}
		return heights;
	});
}

/** Each remark's guessed height (its `contain-intrinsic-size` before it is drawn) and its height once laid out, in px. */
async function guessedAndDrawn(page: Page): Promise<{ guessed: number; drawn: number }[]> {
	const guessed = await page.locator('article.remark').evaluateAll((remarks) => remarks.map((remark) => parseFloat(getComputedStyle(remark).containIntrinsicHeight.replace('auto', ''))));
	await page.evaluate(() => {
		for (const remark of document.querySelectorAll<HTMLElement>('article.remark')) remark.style.contentVisibility = 'visible';
	});
	const drawn = await page.locator('article.remark').evaluateAll((remarks) => remarks.map((remark) => remark.getBoundingClientRect().height));
	return guessed.map((height, index) => ({ guessed: height, drawn: drawn[index]! }));
}

describe.each([
	{ width: 360, height: 740 },
	{ width: 412, height: 915 },
	{ width: 915, height: 412 },
])('the longest meeting read on a $width × $height phone', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('from its top to its foot, the page keeps its height within 3 %', async () => {
		expect(longest.meeting.remarks.length).toBeGreaterThan(30);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		const heights = await heightsWhileRead(page);
		const final = heights.at(-1)!;
		// (Each remark drawn on the way: the page's last height is its height laid out.)
		expect(Math.max(...heights) - Math.min(...heights), `heights ${heights.join(', ')}`).toBeLessThan(final * 0.03);
		await page.close();
	});
});

describe('the longest meeting on a 360 × 740 phone, its text at 200 %', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width: 360, height: 740, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test("each remark not yet drawn takes its own height within 25 %, the remarks together within 5 %", async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const sizes = await guessedAndDrawn(page);
		const off = sizes.filter(({ guessed, drawn }) => Math.abs(guessed - drawn) > drawn * 0.25);
		expect(off).toEqual([]);
		const sum = (key: 'guessed' | 'drawn') => sizes.reduce((total, size) => total + size[key], 0);
		expect(Math.abs(sum('guessed') - sum('drawn'))).toBeLessThan(sum('drawn') * 0.05);
		await page.close();
	});
});
