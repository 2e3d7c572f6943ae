/**
 * The about page read on a phone: its prose breaks as Japanese running text does (between any two letters, with kinsoku), each
 * line but a paragraph's last filling its column, where breaking between phrases had left a line of 「会議」 alone (a phrase of 19
 * letters did not fit a 320 px phone's line) and, with the text at 200 %, 14 lines under half the column.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

/** Each line but the last of the page's paragraphs and definitions, with how much of its block's width it fills (0–1). */
function lineFills(page: Page): Promise<{ text: string; fill: number }[]> {
	return page.evaluate(() => {
		const fills: { text: string; fill: number }[] = [];
		for (const block of document.querySelectorAll('main .editorial-page :is(p, dd)')) {
			const box = block.getBoundingClientRect();
			const lines: { top: number; text: string; right: number }[] = [];
			const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent!;
				for (let at = 0; at < text.length; at++) {
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + 1);
					const letter = range.getBoundingClientRect();
					if (letter.width === 0) continue;
					let line = lines.find((candidate) => Math.abs(candidate.top - letter.top) < 4);
					if (!line) lines.push((line = { top: letter.top, text: '', right: letter.right }));
					line.text += text[at];
					line.right = Math.max(line.right, letter.right);
				}
			}
			lines.sort((a, b) => a.top - b.top);
			for (const line of lines.slice(0, -1)) fills.push({ text: line.text, fill: (line.right - box.left) / box.width });
		}
		return fills;
	});
}

describe.each([
	{ width: 320, height: 568, text: 100 },
	{ width: 360, height: 740, text: 100 },
	{ width: 360, height: 740, text: 200 },
])('the about page on a $width px phone, its text at $text %', ({ width, height, text }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('every line of its prose but a paragraph’s last fills at least 70 % of the column', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('about/'));
		await page.evaluate((size) => (document.documentElement.style.fontSize = `${size}%`), text);
		const fills = await lineFills(page);
		expect(fills.length).toBeGreaterThan(20);
		expect(fills.filter(({ fill }) => fill < 0.7)).toEqual([]);
		await page.close();
	});
});
