/**
 * A meeting named by its series and number (`ICT サイバーセキュリティ政策分科会 第4回`) in the lists of a person's page and a
 * meeting's references, on a 320 px phone: its 第N回 stays whole on one line, as in the meeting lists' titles (phrase breaking had
 * left 「…政策分科会 第」 / 「4回」).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { listHtmlFiles, siteUrl } from './fixture.ts';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser({ width: 320, height: 568, touch: true });
});

afterAll(async () => {
	await session.close();
});

/** Each 第N回 or 第N号 in the page's links (main), with the lines its letters are drawn on: more than one is a split. */
function sessionLines(page: Page): Promise<{ text: string; lines: number }[]> {
	return page.evaluate(() => {
		const found: { text: string; lines: number }[] = [];
		for (const link of document.querySelectorAll('main a')) {
			const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const match of (node.textContent ?? '').matchAll(/第[0-9０-９]+[回号]/gu)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
					found.push({ text: `${link.textContent?.trim()}: ${match[0]}`, lines: tops.size });
				}
			}
		}
		return found;
	});
}

describe('a meeting’s 第N回 in the lists of a 320 px phone', () => {
	test('stays on one line on the pages of the people of two series and the meetings with references', async () => {
		const people = JSON.parse(await readFile(join(inject('distDir'), 'data/people.json'), 'utf8')) as { person: { id: string; roles: unknown[] }[] };
		const paths = people.person.filter((person) => person.roles.length > 1).map((person) => `people/${person.id}/`);
		expect(paths.length).toBeGreaterThan(0);
		for (const file of await listHtmlFiles()) {
			if (!file.startsWith('meetings/')) continue;
			const html = await readFile(join(inject('distDir'), file), 'utf8');
			if (/id="(?:cites|cited-by)"/u.test(html)) paths.push(file.replace(/index\.html$/u, ''));
		}
		const { page } = await openPage(session);
		const split: string[] = [];
		let seen = 0;
		for (const path of paths) {
			await page.goto(siteUrl(path));
			const sessions = await sessionLines(page);
			seen += sessions.length;
			split.push(...sessions.filter((session) => session.lines > 1).map((session) => `${path} ${session.text}`));
		}
		expect(seen).toBeGreaterThan(10);
		expect(split).toEqual([]);
		await page.close();
	});
});
