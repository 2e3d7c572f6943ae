/**
 * A long meeting read on a phone held sideways with the text at 200 %: the bar over the part being read is one line (the meeting's
 * name giving way before the section's), so that with the speaker's heading stuck under it the two leave most of the short screen
 * to the remark. On two lines the bar and a heading of one line had covered 144 px of a 915 × 412 screen (35 %) and of a 740 × 360
 * one (40 %); now 112 (27 %, 31 %).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawAllRemarks, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

/** The fixture's meeting with the most remarks. */
let longest: Entry;

beforeAll(async () => {
	const entries = await loadEntries();
	longest = entries.reduce((best, entry) => (entry.meeting.remarks.length > best.meeting.remarks.length ? entry : best));
});

describe.each([
	{ width: 915, height: 412 },
	{ width: 740, height: 360 },
])('a long remark read on a $width × $height phone held sideways, the text at 200 %', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('the bar is one line, 44 px tall or more, and with the stuck speaker it covers at most 31 % of the screen', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await drawAllRemarks(page);
		// A remark taller than the screen whose speaker takes one line, scrolled to a third of the way down it.
		const found = await page.evaluate(async () => {
			const remark = [...document.querySelectorAll<HTMLElement>('article.remark')].find((candidate) => {
				const heading = candidate.querySelector(':scope > h3')!;
				return candidate.getBoundingClientRect().height > innerHeight * 1.5 && heading.getClientRects().length > 0 && heading.getBoundingClientRect().height < parseFloat(getComputedStyle(heading).lineHeight) * 1.5;
			});
			if (!remark) return false;
			window.scrollTo(0, scrollY + remark.getBoundingClientRect().top + remark.getBoundingClientRect().height / 3);
			remark.dataset['read'] = '';
			return true;
		});
		expect(found, 'a remark taller than the screen').toBe(true);
		await page.waitForTimeout(200);
		const seen = await page.evaluate(() => {
			const remark = document.querySelector('article[data-read]')!;
			const bar = remark.closest('.minutes-section, .minutes-body')!.querySelector('.context-bar__inner')!;
			const heading = remark.querySelector(':scope > h3')!.getBoundingClientRect();
			const box = (selector: string) => bar.querySelector(selector)!.getBoundingClientRect();
			return {
				shown: getComputedStyle(bar).visibility === 'visible',
				bar: bar.getBoundingClientRect(),
				line: bar.clientWidth - parseFloat(getComputedStyle(bar).paddingLeft) - parseFloat(getComputedStyle(bar).paddingRight),
				meeting: box('.context-bar__title'),
				section: box('.context-bar__section'),
				heading,
			};
		});
		expect(seen.shown).toBe(true);
		// The meeting's name and the section's on one line, the section keeping 40 % of the bar's line or more.
		expect(Math.abs(seen.section.top - seen.meeting.top)).toBeLessThanOrEqual(seen.meeting.height / 2);
		expect(seen.section.width).toBeGreaterThanOrEqual(seen.line * 0.4 - 1);
		expect(seen.bar.height).toBeGreaterThanOrEqual(44);
		// The speaker stuck right under the bar, and the two of them leaving the screen's most to the remark.
		expect(seen.heading.top).toBeGreaterThanOrEqual(seen.bar.bottom - 1);
		expect(seen.heading.top).toBeLessThanOrEqual(seen.bar.bottom + 4);
		expect(seen.heading.bottom).toBeLessThanOrEqual(height * 0.31);
		await page.close();
	});
});
