import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';
import { kindLabel } from '../../src/format/labels.ts';
import { bibtexCitation, citedMeeting } from '../../src/format/citation.ts';

let session: BrowserSession;
let entry: Entry;

beforeAll(async () => {
	const entries = await loadEntries();
	entry = entries.find((candidate) => candidate.id === 'cybersecurity-task-force-042')!;
	session = await launchBrowser();
});

afterAll(async () => {
	await session?.close();
});

describe('sharing a meeting', () => {
	test('the page names a 1200×630 PNG social card that exists in the build', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toBe(`http://127.0.0.1/minutes/og/${entry.id}.png`);
		expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
		// A text for the card where it cannot be seen: the page's title, as the card shows it.
		const title = await page.title();
		expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(title);
		expect(await page.locator('meta[name="twitter:image:alt"]').getAttribute('content')).toBe(title);
		expect(title).toContain('第42回');
		const png = await readFile(join(inject('distDir'), 'og', `${entry.id}.png`));
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
		await page.close();
	});

	test('a shared link’s preview says what the meeting discussed: its description names the agenda', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const expected = 'サイバーセキュリティタスクフォース 第42回（2023年2月1日（水））の議事要旨。議題：国際連携に関する取組状況と課題について、普及啓発・人材育成に関する取組状況と課題について。発言 34 件。';
		expect(entry.meeting.agenda.map((item) => item.title)).toEqual(['国際連携に関する取組状況と課題について', '普及啓発・人材育成に関する取組状況と課題について']);
		// (It had said only the body, the date and the number of remarks: 「…（2023年2月1日（水））の議事要旨。発言 34 件。」)
		for (const selector of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) {
			expect(await page.locator(selector).getAttribute('content'), selector).toBe(expected);
		}
		await page.close();
	});

	test('each remark offers a Japanese and a BibTeX citation with its absolute permalink', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const remark = entry.meeting.remarks[0]!;
		const cite = page.locator(`article[data-remark-id="${remark.id}"] details.cite`);
		await cite.locator('summary').click();
		const ja = (await cite.locator('[data-cite="ja"]').textContent()) ?? '';
		expect(ja.startsWith(`${remark.speaker}「松原さんと小宮山さんにそれぞれ一つずつ質問したい。」、サイバーセキュリティタスクフォース 第42回 議事要旨、2023年2月1日、http://127.0.0.1/minutes/meetings/${entry.id}/#${remark.id}（閲覧日：`)).toBe(true);
		// BibTeX is built in the page when the citation is opened; it must equal the site's own builder.
		const bib = (await cite.locator('[data-cite="bibtex"]').textContent()) ?? '';
		const accessed = /urldate = \{(\d{4}-\d{2}-\d{2})\}/.exec(bib)?.[1] ?? '';
		const url = `http://127.0.0.1/minutes/meetings/${entry.id}/#${remark.id}`;
		// The author is the person the archive resolved 小山構成員 to (only the surname is known), not the label.
		expect(await page.locator(`article[data-remark-id="${remark.id}"]`).getAttribute('data-author')).toBe('小山');
		expect(bib).toContain('  author = {小山},\n');
		expect(bib).toBe(
			bibtexCitation({ speaker: remark.speaker, author: '小山', text: remark.text, meeting: citedMeeting(entry.meeting), kind: kindLabel(entry.meeting), title: entry.meeting.title, date: entry.meeting.date, url, accessed, key: `${entry.id}-${remark.id}` }),
		);
		expect(await page.locator('details.cite').count()).toBe(entry.meeting.remarks.length);
		// Without JavaScript the HTML still holds the Japanese citation in every remark.
		const html = await (await fetch(siteUrl(`meetings/${entry.id}/`))).text();
		expect(html.match(/<p class="cite__text" data-cite="ja">/g)?.length).toBe(entry.meeting.remarks.length);
		await page.close();
	});

	test('the provenance panel gives the source file and its SHA-256', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const bytes = await readFile(join(inject('seedsDir'), entry.meeting.source));
		const panel = page.locator('#provenance');
		expect(await panel.locator('code').textContent()).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(await panel.locator(`a[download="${entry.meeting.source}"]`).count()).toBe(1);
		await page.close();
	});
});
