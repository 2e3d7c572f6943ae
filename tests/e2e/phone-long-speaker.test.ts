/**
 * A speaker whose label takes three lines or more on a phone (an assembly official's posts and name, `こども未来局子育て支援部長兼
 * こども家庭センター所長（小野佳代君）`) keeps the heading at its place: stuck under the bar it had covered a fifth to a quarter of a
 * 320 × 568 screen while the remark was read. A label of two lines still sticks. So at the widths of phones, whatever makes the
 * lines: a post in brackets carried whole to the next line (`事務局（まちづくり推進課地域連携担当係長）`, 21 letters) or a
 * Latin name and a long katakana one (`JPCERT コーディネーションセンター 小宮山氏`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { drawAllRemarks, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { entryForSource, loadEntries, siteUrl, type Entry } from './fixture.ts';

/** A city assembly's sitting whose official answers under a post of 33 letters. */
const assemblySource = '905_e2e_assembly.txt';

let session: BrowserSession;
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser({ width: 320, height: 568, touch: true });
});

afterAll(async () => {
	await session.close();
});

/** Each speaker's first heading, scrolled 40 px into its remark: how far down the screen it ends and whether it stuck under the bar. */
async function stuckHeadings(page: Page): Promise<{ who: string; letters: number; bottom: number; stuck: boolean }[]> {
	const ids = await page.locator('article.remark').evaluateAll((articles) => {
		const first = new Map<string, string>();
		for (const article of articles as HTMLElement[]) if (!first.has(article.dataset['speaker'] ?? '')) first.set(article.dataset['speaker'] ?? '', article.querySelector('h3')?.id ?? '');
		return [...first.values()];
	});
	const rows: { who: string; letters: number; bottom: number; stuck: boolean }[] = [];
	for (const id of ids) {
		rows.push(
			await page.locator(`[id="${id}"]`).evaluate(
				(h3) =>
					new Promise<{ who: string; letters: number; bottom: number; stuck: boolean }>((resolve) => {
						const article = h3.parentElement as HTMLElement;
						window.scrollTo(0, article.getBoundingClientRect().top + window.scrollY + 40);
						requestAnimationFrame(() =>
							requestAnimationFrame(() => {
								const box = h3.getBoundingClientRect();
								const who = article.dataset['speaker'] ?? '';
								resolve({ who, letters: [...who].length, bottom: Math.round(box.bottom), stuck: box.top > article.getBoundingClientRect().top + 1 });
							}),
						);
					}),
			),
		);
	}
	return rows;
}

describe('a long speaker’s label on a phone', () => {
	test('at 320 × 568 no stuck heading reaches past a sixth of the screen, and the short ones still stick', async () => {
		const entry = entryForSource(entries, assemblySource);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const rows = await stuckHeadings(page);
		expect(rows.some((row) => row.letters > 30)).toBe(true);
		expect(rows.filter((row) => row.stuck && row.bottom > 568 / 6 + 10)).toEqual([]);
		expect(rows.filter((row) => row.letters <= 12).every((row) => row.stuck)).toBe(true);
		await page.close();
	});

	test('at 390 × 844 the official’s label of two lines still sticks under the bar', async () => {
		const entry = entryForSource(entries, assemblySource);
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const rows = await stuckHeadings(page);
		const official = rows.find((row) => row.letters > 30 && row.letters <= 36);
		expect(official?.stuck).toBe(true);
		expect(official?.bottom).toBeLessThanOrEqual(844 / 6 + 10);
		await page.close();
	});
});

/** Every speaker's first heading on a meeting page, scrolled into its remark (room made under the page to scroll so far): its lines and whether it stuck. */
async function headingLines(page: Page): Promise<{ who: string; lines: number; stuck: boolean }[]> {
	await drawAllRemarks(page);
	return page.evaluate(async () => {
		const room = document.createElement('div');
		room.style.height = '4000px';
		document.body.append(room);
		const rows: { who: string; lines: number; stuck: boolean }[] = [];
		const seen = new Set<string>();
		for (const article of document.querySelectorAll<HTMLElement>('article.remark')) {
			const who = article.dataset['speaker'] ?? '';
			if (seen.has(who)) continue;
			seen.add(who);
			const h3 = article.querySelector('h3')!;
			window.scrollTo(0, article.getBoundingClientRect().top + window.scrollY + 40);
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const box = h3.getBoundingClientRect();
			const lines = Math.round(box.height / parseFloat(getComputedStyle(h3).lineHeight));
			rows.push({ who, lines, stuck: getComputedStyle(h3).position === 'sticky' && box.top > article.getBoundingClientRect().top + 12 });
		}
		return rows;
	});
}

describe('a speaker’s heading of three lines at the widths of phones', () => {
	test.each([
		[320, 568],
		[360, 740],
		[390, 844],
	])('at %i × %i no heading of three lines sticks under the bar, and every one of two lines or one does', async (width, height) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		const stuckLong: string[] = [];
		const unstuckShort: string[] = [];
		let long = 0;
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			for (const row of await headingLines(page)) {
				if (row.lines >= 3) long += 1;
				if (row.lines >= 3 && row.stuck) stuckLong.push(`${row.who} (${row.lines})`);
				if (row.lines <= 2 && !row.stuck) unstuckShort.push(`${row.who} (${row.lines})`);
			}
		}
		expect(long).toBeGreaterThan(0);
		expect(stuckLong).toEqual([]);
		expect(unstuckShort).toEqual([]);
		await page.close();
	});
});
