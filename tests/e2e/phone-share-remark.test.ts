/**
 * A remark's # tapped on a phone that can share (the Web Share API; Debian's Chromium has none, so the test gives the page one that
 * records what it is handed): the share sheet gets the remark's link, and a message naming the speaker and quoting the remark's
 * opening words, since the link's preview can only be the meeting's card.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

let phone: BrowserSession;
let desktop: BrowserSession;
let entry: Entry;

beforeAll(async () => {
	entry = (await loadEntries()).find((candidate) => candidate.id === 'cybersecurity-task-force-042')!;
	phone = await launchBrowser({ width: 390, height: 844, touch: true });
	desktop = await launchBrowser({ width: 1280, height: 800 });
	for (const session of [phone, desktop]) {
		await session.context.addInitScript(() => {
			const shared: ShareData[] = [];
			Object.assign(window, { shared });
			Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
		});
	}
});

afterAll(async () => {
	await phone.close();
	await desktop.close();
});

describe('sharing a remark from a phone', () => {
	test('the # hands the share sheet the remark’s link, its speaker and opening words, the meeting as the title (only the link had been copied)', async () => {
		const remark = entry.meeting.remarks[1]!;
		const { page } = await openPage(phone);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		await page.locator(`#${remark.id} a.permalink`).tap();
		await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(1);
		const [data] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(data!.url).toBe(siteUrl(`meetings/${entry.id}/#${remark.id}`));
		expect(data!.title).toBe(await page.title());
		expect(data!.text!.startsWith(`${remark.speaker}「${remark.text.replace(/\s+/gu, '').slice(0, 8)}`)).toBe(true);
		expect(data!.text!.endsWith('」')).toBe(true);
		// The tap still goes to the remark, and says what it does to a screen reader.
		expect(new URL(page.url()).hash).toBe(`#${remark.id}`);
		expect(await page.locator(`#${remark.id} a.permalink .visually-hidden`).textContent()).toMatch(/（共有できます）$/u);
		await page.close();
	});

	test('with a mouse the # still copies the link, and shares nothing', async () => {
		const remark = entry.meeting.remarks[1]!;
		const { page } = await openPage(desktop);
		await desktop.context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		await page.locator(`#${remark.id} a.permalink`).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`meetings/${entry.id}/#${remark.id}`));
		expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(0);
		await page.close();
	});
});
