/**
 * A long sitting read on a 360 × 740 phone: the remarks far from the screen are not laid out or drawn until scrolled near
 * (`content-visibility: auto`), a link to a remark far down still lands exactly where a fully laid-out page puts it, and what
 * is drawn at a remark's edge (the linked remark's outline, the citation toggle's focus ring) is whole; a search's words
 * marked far down are still brought to the screen's middle.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

let session: BrowserSession;
/** The fixture's meeting with the most remarks. */
let longest: Entry;

beforeAll(async () => {
	const entries = await loadEntries();
	longest = entries.reduce((best, entry) => (entry.meeting.remarks.length > best.meeting.remarks.length ? entry : best));
	session = await launchBrowser({ width: 360, height: 740, touch: true });
});

afterAll(async () => {
	await session.close();
});

/** Whether the remark's first paragraph is drawn, per the browser (false while its remark's content is skipped). */
function drawn(page: Page, id: string): Promise<boolean> {
	return page.locator(`article[data-remark-id="${id}"] > p`).first().evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
}

/** How far the remark's top lies from where its scroll margin puts it (0 when it landed exactly, the pixel rounded), and its speaker. */
function landing(page: Page, id: string): Promise<{ off: number; speaker: string }> {
	return page.evaluate((remarkId) => {
		const remark = document.querySelector<HTMLElement>(`article[data-remark-id="${remarkId}"]`)!;
		return { off: Math.abs(Math.round(remark.getBoundingClientRect().top - parseFloat(getComputedStyle(remark).scrollMarginTop))), speaker: document.getElementById(`${remarkId}-speaker`)?.textContent ?? '' };
	}, id);
}

describe('a long meeting on a 360 × 740 phone', () => {
	test('read from its first remark, its last remarks are skipped until scrolled to, and then drawn', async () => {
		const remarks = longest.meeting.remarks;
		expect(remarks.length).toBeGreaterThan(30);
		const last = remarks.at(-1)!.id;
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		await page.locator(`article[data-remark-id="${remarks[0]!.id}"]`).scrollIntoViewIfNeeded();
		await expect.poll(() => drawn(page, remarks[0]!.id)).toBe(true);
		expect(await drawn(page, last)).toBe(false);
		// Counted: most of the page's remarks wait, a screen's worth and its margin drawn.
		const skipped = await page.locator('article.remark > p:first-of-type').evaluateAll((paragraphs) => paragraphs.filter((p) => !p.checkVisibility({ contentVisibilityAuto: true })).length);
		expect(skipped).toBeGreaterThan(remarks.length / 2);
		// Read to the end (the page grows as the remarks near the screen are drawn at their size: the reader scrolls on).
		await expect
			.poll(async () => {
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
				return drawn(page, last);
			})
			.toBe(true);
		await page.close();
	});

	test('a link to a remark in the middle or far down lands on it exactly, drawn and its speaker named, opened fresh or followed on the page', async () => {
		const remarks = longest.meeting.remarks;
		const { page } = await openPage(session);
		for (const target of [remarks[Math.floor(remarks.length / 2)]!, remarks.at(-3)!]) {
			await page.goto(siteUrl(`meetings/${longest.id}/#${target.id}`));
			await expect.poll(() => landing(page, target.id).then(({ off }) => off), { timeout: 3000 }).toBe(0);
			// (Still there a moment later: the remarks drawn round it moved nothing.)
			await page.waitForTimeout(300);
			expect(await landing(page, target.id)).toEqual({ off: 0, speaker: expect.stringContaining(target.speaker) });
			expect(await drawn(page, target.id)).toBe(true);
		}
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		const target = remarks[Math.floor(remarks.length * 0.7)]!;
		await page.evaluate((id) => (location.hash = id), target.id);
		await expect.poll(() => landing(page, target.id).then(({ off }) => off), { timeout: 3000 }).toBe(0);
		await page.waitForTimeout(300);
		expect((await landing(page, target.id)).off).toBe(0);
		await page.close();
	});

	test("a search's words far down the page, opened without a remark's #, are brought to the screen's middle and stay there", async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longest.id}/`));
		const target = longest.meeting.remarks[Math.floor(longest.meeting.remarks.length * 0.6)]!;
		// Words of that remark found nowhere before it in the page's text: the first mark is there.
		const words = await page.evaluate((id) => {
			const body = document.querySelector('[data-pagefind-body]')!.textContent!;
			const text = document.querySelector(`article[data-remark-id="${id}"] > p`)!.textContent!;
			for (let at = 0; at + 6 <= text.length; at++) {
				const candidate = text.slice(at, at + 6);
				if (!/[\s、。「」（）]/u.test(candidate) && body.indexOf(candidate) === body.indexOf(text) + at) return candidate;
			}
			return '';
		}, target.id);
		expect(words).not.toBe('');
		await page.goto(siteUrl(`meetings/${longest.id}/?highlight=${encodeURIComponent(words)}`));
		const offCentre = () => page.evaluate(() => {
			const mark = document.querySelector('mark.search-hit')?.getBoundingClientRect();
			return mark ? Math.abs(Math.round(mark.top + mark.height / 2 - innerHeight / 2)) : Infinity;
		});
		await expect.poll(offCentre, { timeout: 3000 }).toBeLessThanOrEqual(1);
		await page.waitForTimeout(300);
		expect(await offCentre()).toBeLessThanOrEqual(1);
		expect(await page.locator(`article[data-remark-id="${target.id}"] mark.search-hit`).count()).toBeGreaterThan(0);
		await page.close();
	});

	test("the linked remark's outline and the focus ring of a remark's citation toggle, at the remark's right edge, are drawn whole", async () => {
		const sharp = (await import('sharp')).default;
		/** The colour of one pixel of the screen, as [r, g, b]. */
		const pixel = async (page: Page, x: number, y: number) => {
			const { data } = await sharp(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } })).raw().toBuffer({ resolveWithObject: true });
			return [...data.subarray(0, 3)];
		};
		const rgb = (colour: string) => colour.match(/\d+/gu)!.slice(0, 3).map(Number);
		const { page } = await openPage(session);
		const target = longest.meeting.remarks[Math.floor(longest.meeting.remarks.length / 2)]!;
		await page.goto(siteUrl(`meetings/${longest.id}/#${target.id}`));
		const remark = page.locator(`article[data-remark-id="${target.id}"]`);
		await expect.poll(() => landing(page, target.id).then(({ off }) => off), { timeout: 3000 }).toBe(0);
		// The outline (2 px, 2 px off the box) lies 3 px right of the remark, outside it.
		const outline = await remark.evaluate((element) => ({ colour: getComputedStyle(element).outlineColor, box: element.getBoundingClientRect().toJSON() as DOMRect }));
		expect(await pixel(page, outline.box.right + 3, outline.box.top + outline.box.height / 2)).toEqual(rgb(outline.colour));

		await page.goto(siteUrl(`meetings/${longest.id}/`));
		const toggle = page.locator('article.remark > .cite > summary').first();
		await toggle.scrollIntoViewIfNeeded();
		await toggle.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		const box = (await toggle.boundingBox())!;
		const remarkRight = await toggle.evaluate((element) => element.closest('article')!.getBoundingClientRect().right);
		expect(Math.round(box.x + box.width)).toBeGreaterThanOrEqual(Math.round(remarkRight) - 1);
		// The ring (3 px, 2 px off the box) lies 2–5 px right of the toggle, outside its remark: the focus colour is drawn there.
		const focus = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
		expect(await pixel(page, box.x + box.width + 3, box.y + box.height / 2)).toEqual(rgb(focus));
		await page.close();
	});
});
