/**
 * A roll with long katakana words (a foreign member's name, a post naming デジタルトランスフォーメーション) read on a 320 px
 * phone: each entry breaks between its words, never inside a katakana word.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { entryForSource, loadEntries, siteUrl, type Entry } from './fixture.ts';

/** A town assembly's sitting: members listed by seat, one named in katakana longer than a column, and an official of a long post. */
const source = '906_e2e_katakana_roll.txt';

let session: BrowserSession;
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser({ width: 320, height: 568, touch: true });
});

afterAll(async () => {
	await session.close();
});

describe('a roll with long katakana words on a 320 px phone', () => {
	test('no katakana word of a roll entry is broken over two lines, and the long name stands whole on its row', async () => {
		const entry = entryForSource(entries, source);
		const members = entry.meeting.participants.flatMap((group) => group.members.map((member) => member.text));
		expect(members.some((text) => text.includes('アレクサンドロヴィッチ'))).toBe(true);
		expect(members.some((text) => text.includes('デジタルトランスフォーメーション'))).toBe(true);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		await page.locator('#participants > summary').click();
		// Each katakana run of five letters or more in an entry, with the lines its letters lie on.
		const runs = await page.locator('.participants li').evaluateAll((items) =>
			items.flatMap((item) => {
				const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
				const found: { run: string; lines: number }[] = [];
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (const match of (node.textContent ?? '').matchAll(/[ァ-ヺー]{5,}/gu)) {
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						found.push({ run: match[0], lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size });
					}
				}
				return found;
			}),
		);
		expect(runs.map((run) => run.run)).toEqual(expect.arrayContaining(['アレクサンドロヴィッチ', 'マクファーレン', 'リーベンシュタイン']));
		expect(runs.filter((run) => run.lines > 1)).toEqual([]);
		// The seat and the long name on one line (the row given to the entry), the page no wider than the screen.
		const wide = page.locator('.participants li', { hasText: 'アレクサンドロヴィッチ' });
		const line = await wide.evaluate((item) => {
			// (A seat's entry is one text.)
			const node = item.firstChild!;
			const range = document.createRange();
			range.setStart(node, 0);
			range.setEnd(node, (node.textContent ?? '').indexOf('ッチ') + 2);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});
		expect(line).toBe(1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});
});
