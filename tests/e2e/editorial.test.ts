/**
 * Hand-written MDX beside the generated minutes (tests/fixtures/e2e-content): a page with an import,
 * an expression and a component; a note at one remark and one at a meeting; a series introduction.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { siteUrl } from './fixture.ts';

let session: BrowserSession;

beforeAll(async () => {
	session = await launchBrowser();
});

afterAll(async () => {
	await session?.close();
});

describe('hand-written MDX', () => {
	test('a page at <base><name>/, linked from the header, with its expression evaluated and a remark link resolved', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl(''));
		const link = page.getByRole('navigation', { name: 'サイト' }).getByRole('link', { name: '利用の手引き' });
		expect(await link.getAttribute('href')).toBe('/minutes/guide/');
		await link.click();
		await page.waitForURL(/\/minutes\/guide\/$/);
		expect(await page.locator('h1').textContent()).toBe('利用の手引き');
		expect(await page.locator('main').textContent()).toContain('式の値は 2024 です。');
		const remark = page.getByRole('link', { name: '第42回の最初の発言' });
		expect(await remark.getAttribute('href')).toBe('/minutes/meetings/cybersecurity-task-force-042/#r1');
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('the shipped about page is linked from the footer', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl('timeline/'));
		const link = page.getByRole('contentinfo').getByRole('link', { name: 'このアーカイブについて' });
		expect(await link.getAttribute('href')).toBe('/minutes/about/');
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a note at a remark is shown right after that remark, marked as editorial, not minutes text', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/'));
		const note = page.locator('article.remark[data-remark-id="r1"] + aside.editorial-note');
		await note.waitFor();
		expect(await note.getAttribute('aria-label')).toBe('編集部による正誤');
		expect(await note.getAttribute('data-pagefind-ignore')).toBe('all');
		const text = (await note.textContent()) ?? '';
		expect(text).toContain('編集注（議事録の本文ではありません）');
		expect(text).toContain('資料番号は正しくは 42-1-2 です');
		expect(await note.locator('strong').textContent()).toBe('訂正');
		expect(await note.getByRole('link', { name: '次の発言' }).getAttribute('href')).toBe('/minutes/meetings/cybersecurity-task-force-042/#r2');
		// The remark itself holds no editorial text.
		expect(await page.locator('article.remark[data-remark-id="r1"]').textContent()).not.toContain('編集注');
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a note on a meeting is shown above the minutes, with its expression evaluated', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/'));
		const note = page.locator('.minutes-body > aside.editorial-note').first();
		expect(await note.getAttribute('aria-label')).toBe('編集部による補足');
		expect(await note.textContent()).toContain('2 件の資料が非公開です。');
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a series introduction is shown on the series page', async () => {
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const intro = page.locator('section.series-intro');
		expect(await intro.textContent()).toContain('試験用の紹介文：タスクフォースの紹介です。');
		expect(await intro.locator('em').textContent()).toBe('紹介');
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});
});
