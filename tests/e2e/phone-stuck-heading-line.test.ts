/**
 * A long remark read on a phone with the text at 200 %, upright or held sideways: the speaker's heading stuck under the bar shows its
 * first line only, the remark's words showing (and answering a tap) under it where its other lines were; in the remark, before it
 * sticks, it shows whole, and its box keeps its lines, so nothing under it moves as it sticks. Whole, a heading of two lines stuck
 * under the bar had covered 160 px of a 740 × 360 screen, and one of three under the bar 241 px of a 360 × 740 one.
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
	{ width: 360, height: 740 },
	{ width: 412, height: 915 },
	{ width: 568, height: 320 },
	{ width: 740, height: 360 },
])('a long remark read at 200 % on a $width × $height phone', ({ width, height }) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser({ width, height, touch: true });
	});
	afterAll(async () => {
		await session.close();
	});

	test('its speaker, stuck under the bar, covers its first line only; whole in the remark, where the words under it keep their place', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await drawAllRemarks(page);
		// A remark taller than two screens whose speaker's heading sticks and takes two lines or more.
		const found = await page.evaluate(() => {
			const remark = [...document.querySelectorAll<HTMLElement>('article.remark')].find((candidate) => {
				const heading = candidate.querySelector<HTMLElement>(':scope > h3')!;
				return candidate.getBoundingClientRect().height > innerHeight * 2 && getComputedStyle(heading).position === 'sticky' && heading.getBoundingClientRect().height >= parseFloat(getComputedStyle(heading).lineHeight) * 1.8;
			});
			if (!remark) return null;
			remark.dataset['read'] = '';
			const heading = remark.querySelector(':scope > h3')!;
			// Scrolled so that its heading stands whole at its place, under the bar's height: its second line is the heading's.
			window.scrollTo(0, scrollY + remark.getBoundingClientRect().top - innerHeight / 3);
			const box = heading.getBoundingClientRect();
			const line = parseFloat(getComputedStyle(heading).lineHeight);
			const second = document.elementFromPoint(box.left + 40, box.top + line * 1.5);
			return { lines: Math.round(box.height / line), secondIsHeading: heading.contains(second) };
		});
		expect(found, 'a remark taller than two screens whose sticking speaker takes two lines or more').not.toBeNull();
		expect(found!.secondIsHeading).toBe(true);
		// A third of the way down the remark: its heading stuck under the bar.
		await page.evaluate(() => {
			const remark = document.querySelector('article[data-read]')!;
			window.scrollTo(0, scrollY + remark.getBoundingClientRect().top + remark.getBoundingClientRect().height / 3);
		});
		await page.waitForTimeout(200);
		const seen = await page.evaluate(() => {
			const remark = document.querySelector('article[data-read]')!;
			const heading = remark.querySelector(':scope > h3')!;
			const bar = remark.closest('.minutes-section, .minutes-body')!.querySelector('.context-bar__inner')!.getBoundingClientRect();
			const box = heading.getBoundingClientRect();
			const line = parseFloat(getComputedStyle(heading).lineHeight);
			const x = box.left + 40;
			// How far down the screen the heading answers a tap (what it covers), a pixel at a time from its top.
			let covered = Math.ceil(box.top);
			for (let y = covered; y < innerHeight; y++) {
				const hit = document.elementFromPoint(x, y);
				if (!hit || !heading.contains(hit)) break;
				covered = y + 1;
			}
			const second = document.elementFromPoint(x, box.top + line * 1.5);
			const first = document.elementFromPoint(x, box.top + line * 0.5);
			return { bar: bar.bottom, top: box.top, height: box.height, line, covered, firstIsHeading: heading.contains(first), secondInRemark: !!second && remark.contains(second) && !heading.contains(second) };
		});
		// Stuck right under the bar, its box as tall as before (nothing moved).
		expect(seen.top).toBeGreaterThanOrEqual(seen.bar - 1);
		expect(seen.top).toBeLessThanOrEqual(seen.bar + 4);
		expect(Math.round(seen.height / seen.line)).toBe(found!.lines);
		// Its first line answers a tap; where its second was, the remark's words do.
		expect(seen.firstIsHeading).toBe(true);
		expect(seen.secondInRemark).toBe(true);
		expect(seen.covered, `the bar and the heading cover ${seen.covered} px of ${height}`).toBeGreaterThanOrEqual(seen.top + seen.line * 0.8);
		expect(seen.covered, `the bar and the heading cover ${seen.covered} px of ${height}`).toBeLessThanOrEqual(seen.top + seen.line + 2);
		await page.close();
	});
});
