/**
 * A roll of members numbered by their seats (`１番　　秋元　　聡君`, as assemblies' records list them) read on a 320 px phone:
 * the members stand in columns, two or more a line, each whole on its line.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { entryForSource, loadEntries, siteUrl, type Entry } from './fixture.ts';

/** A city assembly's sitting: four members listed by seat, two a line as the record prints them. */
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

describe('a roll of seat numbers on a 320 px phone', () => {
	test('the four members of the assembly take two lines, each member whole on one line (each had taken a line of its own)', async () => {
		const entry = entryForSource(entries, assemblySource);
		const seated = entry.meeting.participants.find((group) => group.members.every((member) => /^[0-9０-９]+番/u.test(member.text)));
		expect(seated?.members.length).toBe(4);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		await page.locator('#participants > summary').click();
		const group = page.locator('.participants > div', { has: page.locator('dt', { hasText: seated?.group ?? '' }) });
		const rows = await group.locator('li').evaluateAll((items) =>
			items.map((item) => {
				const range = document.createRange();
				range.selectNodeContents(item);
				return { top: Math.round(item.getBoundingClientRect().top), lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size, text: item.textContent ?? '' };
			}),
		);
		expect(rows).toHaveLength(4);
		expect(new Set(rows.map((row) => row.top)).size).toBe(2);
		expect(rows.filter((row) => row.lines > 1)).toEqual([]);
		// (The seat and the name as written, in the page's digits and narrow spaces: `1番 秋元 聡君`.)
		expect(rows[0]?.text).toBe('1番 秋元 聡君');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});
});
