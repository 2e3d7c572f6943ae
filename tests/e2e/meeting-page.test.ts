import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isInViewport, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

/** Collapse runs of whitespace so DOM text and frontmatter text compare equal. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The 構成員 line of a seed, split on 、 — the ground truth for the participant list. */
function membersFromSeed(seed: string, group: string): string[] {
	const lines = seed.split(/\r?\n/).map((line) => line.trim());
	const start = lines.findIndex((line) => line.replace(/\*/g, '') === `【${group}】`);
	const line = lines.slice(start + 1).find((candidate) => candidate !== '');
	if (start < 0 || !line) throw new Error(`no 【${group}】 group in the seed`);
	return line.split('、').map((name) => name.trim());
}

let session: BrowserSession;
let entry: Entry;
let seedText: string;

beforeAll(async () => {
	const entries = await loadEntries();
	const found = entries.find((candidate) => candidate.meeting.series === 'サイバーセキュリティタスクフォース' && candidate.meeting.session === 42);
	if (!found) throw new Error('no converted entry for サイバーセキュリティタスクフォース 第42回');
	entry = found;
	seedText = await readFile(join(inject('seedsDir'), entry.meeting.source), 'utf8');
	session = await launchBrowser();
});

afterAll(async () => {
	await session?.close();
});

describe('meeting page: サイバーセキュリティタスクフォース 第42回', () => {
	test('has the contract entry id', () => {
		expect(entry.id).toBe('cybersecurity-task-force-042');
	});

	test('shows the 15 構成員 of the seed in #participants', async () => {
		const expected = membersFromSeed(seedText, '構成員');
		expect(expected).toHaveLength(15);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const items = await page.locator('#participants li').allTextContents();
		const shown = items.map((item) => item.trim()).filter((item) => expected.includes(item));
		expect(shown).toEqual(expected);
		await page.close();
	});

	test('renders every remark of the record, in order, with its text', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const articles = await page.locator('article.remark').evaluateAll((nodes) =>
			nodes.map((node) => ({
				id: node.getAttribute('data-remark-id'),
				speaker: node.getAttribute('data-speaker'),
				text: node.textContent ?? '',
			})),
		);
		expect(entry.meeting.remarks.length).toBeGreaterThan(10);
		expect(articles.map((article) => article.id)).toEqual(entry.meeting.remarks.map((remark) => remark.id));
		for (const [index, remark] of entry.meeting.remarks.entries()) {
			const article = articles[index];
			expect(article?.speaker).toBe(remark.speaker);
			for (const paragraph of remark.text.split('\n').filter((line) => line.trim())) {
				expect(squash(article?.text ?? ''), `${remark.id} (${remark.speaker})`).toContain(squash(paragraph));
			}
		}
		await page.close();
	});

	test('each remark heading is its first child, has the remark id and a permalink to itself', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const headings = await page.locator('article.remark').evaluateAll((nodes) =>
			nodes.map((node) => {
				const first = node.firstElementChild;
				return {
					remarkId: node.getAttribute('data-remark-id'),
					tag: first?.tagName,
					id: first?.id,
					permalink: first?.querySelector('a.permalink')?.getAttribute('href'),
					text: first?.textContent ?? '',
				};
			}),
		);
		expect(headings.length).toBe(entry.meeting.remarks.length);
		for (const [index, heading] of headings.entries()) {
			const remark = entry.meeting.remarks[index];
			expect(heading).toMatchObject({ tag: 'H3', id: heading.remarkId, permalink: `#${heading.remarkId}` });
			expect(heading.text).toContain(remark?.speaker ?? '(missing)');
		}
		const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
		expect(new Set(ids).size, 'ids are unique on the page').toBe(ids.length);
		await page.close();
	});

	test('opening #r5 scrolls that remark into view', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/#r5`));
		await page.waitForFunction(() => window.scrollY > 0);
		expect(await isInViewport(page, '#r5')).toBe(true);
		expect(await isInViewport(page, 'article[data-remark-id="r5"]')).toBe(true);
		// The participant list at the top is scrolled away: this is a real jump, not a short page.
		expect(await isInViewport(page, '#participants')).toBe(false);
		await page.close();
	});

	test('clicking a permalink moves to that remark and puts its id in the URL', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const last = entry.meeting.remarks.at(-1)?.id ?? '';
		await page.locator(`#${last} a.permalink`).click();
		await page.waitForURL((url) => url.hash === `#${last}`);
		expect(await isInViewport(page, `#${last}`)).toBe(true);
		await page.close();
	});

	test('on a wide screen the heading of each speaker who speaks more than once shows ‹ k/n ›, and › leads to their next remark', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const shown = await page.locator('article.remark > h3 .turns').evaluateAll((all) => all.map((turns) => ({ width: turns.getBoundingClientRect().width, text: turns.textContent ?? '' })));
		expect(shown.length).toBeGreaterThan(1);
		for (const turns of shown) {
			expect(turns.width, turns.text).toBeGreaterThan(40);
			expect(turns.text).toMatch(/^‹\d+\/\d+›$/u);
		}
		const next = page.locator('article.remark > h3 .turns a.turn[href]').filter({ hasText: '›' }).first();
		const target = (await next.getAttribute('href')) ?? '';
		await next.click();
		await page.waitForURL((url) => url.hash === target);
		expect(await isInViewport(page, target)).toBe(true);
		await page.close();
	});
});

describe('meeting pages stay free of JavaScript until search is used', () => {
	test('loading a meeting page requests no script and no Pagefind file', async () => {
		const { page } = await openPage(session);
		const scripts: string[] = [];
		const pagefind: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
			if (request.url().includes('pagefind')) pagefind.push(request.url());
		});
		await page.goto(siteUrl(`meetings/${entry.id}/`), { waitUntil: 'networkidle' });
		expect(scripts, 'script requests').toEqual([]);
		expect(pagefind, 'Pagefind requests').toEqual([]);
		expect(await page.locator('script[src*="pagefind"]').count()).toBe(0);
		await page.close();
	});

	test('?highlight= loads the page script once, without Pagefind, and marks the words in the minutes', async () => {
		const { page } = await openPage(session);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
		});
		await page.goto(siteUrl(`meetings/${entry.id}/?highlight=${encodeURIComponent('小宮山')}`), { waitUntil: 'networkidle' });
		const marks = await page.locator('[data-pagefind-body] mark.search-hit').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['小宮山']));
		expect(scripts).toHaveLength(1);
		expect(scripts.some((url) => url.includes('pagefind'))).toBe(false);
		await page.close();
	});
});

describe('meeting page of an NDL API JSON seed', () => {
	const source = '902_e2e_ndl.json';
	let ndl: Entry;
	beforeAll(async () => {
		const found = (await loadEntries()).find((candidate) => candidate.meeting.source === source);
		if (!found) throw new Error(`no converted entry for ${source}`);
		ndl = found;
	});

	test('links the official text and PDF of the minutes, labelled as the official original', async () => {
		expect(ndl.meeting.officialUrl).toMatch(/^https:\/\/kokkai\.ndl\.go\.jp\/txt\//u);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${ndl.id}/`));
		const official = page.locator('.meeting-header .official');
		expect(squash((await official.locator('dt').textContent()) ?? '')).toBe('公式の会議録');
		expect(await official.locator('a[data-official="text"]').getAttribute('href')).toBe(ndl.meeting.officialUrl);
		expect(await official.locator('a[data-official="pdf"]').getAttribute('href')).toBe(ndl.meeting.officialPdfUrl);
		expect(squash((await official.locator('a[data-official="text"]').textContent()) ?? '')).toBe('公式サイトの本文（kokkai.ndl.go.jp）');
		expect(await page.locator('.meeting-header a[type="application/json"]').textContent()).toContain(source);
		await page.close();
	});

	test('shows every speech as a remark with its label, and the 出席委員 list', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${ndl.id}/`));
		const speakers = await page.locator('article.remark').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-speaker')));
		expect(speakers).toEqual(ndl.meeting.remarks.map((remark) => remark.speaker));
		expect(speakers).toEqual(['山川委員長', '山川委員長', '泉委員', '梶田国務大臣', '山川委員長']);
		expect(await page.locator('#participants li').allTextContents()).toContain('理事 池田 佳隆君');
		await page.close();
	});

	test('a meeting without official links shows none', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		expect(await page.locator('.meeting-header .official').count()).toBe(0);
		await page.close();
	});
});

describe('meeting page of Markdown minutes: 理事会 第5回', () => {
	test('nested lists stay inside their items and links keep their text and address', async () => {
		const entries = await loadEntries();
		const markup = entries.find((candidate) => candidate.meeting.source === '902_e2e_markup.md');
		if (!markup) throw new Error('no converted entry for 902_e2e_markup.md');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${markup.id}/`));
		const remark = page.locator('article[data-remark-id="r1"]');
		expect(await remark.locator('ul > li > ul > li').allTextContents()).toEqual(['助成金は市の補助金の申請中']);
		const links = await remark.locator('a:not(.permalink):not(.remark__person):not(.turn)').evaluateAll((nodes) => nodes.map((node) => [node.textContent, node.getAttribute('href')]));
		expect(links).toEqual([
			['予算案PDF', 'https://example.org/docs/budget-2024.pdf'],
			['市の補助金', 'https://example.org/city?id=12&y=2024'],
		]);
		expect(await page.locator('article.remark').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-speaker')))).toEqual(markup.meeting.remarks.map((r) => r.speaker));
		await page.close();
	});
});

describe('meeting page: a Diet committee whose agenda items are taken up in the chair’s turns', () => {
	test('each item of the agenda links to the turn that takes it up', async () => {
		const entries = await loadEntries();
		const diet = entries.find((candidate) => candidate.meeting.source === '904_e2e_diet.txt');
		if (!diet) throw new Error('no converted entry for 904_e2e_diet.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${diet.id}/`));
		const links = await page.locator('#agenda a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent?.trim() ?? '', anchor.getAttribute('href') ?? '']));
		expect(links).toEqual([
			['議題（1）地方税法等の一部を改正する法律案（内閣提出第三号）', '#r1'],
			['議題（2）地方交付税法等の一部を改正する法律案（内閣提出第四号）', '#r6'],
		]);
		// The second item's turn is the chair's that names it.
		const turn = await page.locator('article.remark[data-remark-id="r6"]').textContent();
		expect(turn).toContain('地方交付税法等の一部を改正する法律案を議題といたします');
		await page.close();
	});
});
