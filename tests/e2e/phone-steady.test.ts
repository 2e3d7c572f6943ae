/**
 * What stays put and what stays readable on a phone: the search page while its results load, the speaker heading and
 * the bar that stick over a remark (what a focused control or the citation's toggle does under them), how titles and
 * speakers break, the speaking shares' rows and the size of the small print.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawAllRemarks, launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';
import { describeProgress } from '../../src/search/client/render.ts';

/** A long meeting: many remarks, long speakers' posts, chat excerpts (a badge in the heading). */
const longMeeting = 'cybersecurity-task-force-029';
/** A query with dozens of hits, whose first round leaves the count to be made in the background. */
const manyHits = 'セキュリティ';

let session: BrowserSession;
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser({ width: 360, height: 740, touch: true });
});

afterAll(async () => {
	await session?.close();
});

/** Wait two frames, so that what a script or a scroll changed is laid out. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Where the stuck context bar ends (its inner box, on screen at the top). */
const barBottom = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll('.context-bar__inner')].map((inner) => inner.getBoundingClientRect()).find((rect) => rect.top <= 1 && rect.bottom > 0)?.bottom ?? 0);

describe('the search page on a 360 px phone moves nothing while its results load', () => {
	test('a query in the address: the layout shifts add up to nothing (they were 0.29: the hint, the footer and the status line)', async () => {
		const { page, watch } = await openPage(session);
		await page.addInitScript(() => {
			const shifts: { value: number; nodes: string[] }[] = [];
			(window as unknown as { shifts: typeof shifts }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
					if (!entry.hadRecentInput) shifts.push({ value: entry.value, nodes: (entry.sources ?? []).map((source) => (source.node as Element | undefined)?.className ?? '?') });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// The index's files a phone's network away (100 ms each), so that the page is painted before the results come.
		await page.route(/\/pagefind\//, async (route) => {
			await new Promise((wait) => setTimeout(wait, 100));
			await route.continue();
		});
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(manyHits)}`));
		await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done', undefined, { timeout: 20_000 });
		await page.waitForFunction(() => !/数えています/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
		await page.waitForTimeout(300);
		const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
		const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
		expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
		// (A round's ten, more than the screen holds.)
		expect(await page.locator('#search-results > li').count()).toBe(10);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('a search without a result: the footer follows 「見つかりませんでした」 (there was a screen of empty space above it), and nothing moved', async () => {
		const { page, watch } = await openPage(session);
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { shifts: number[] }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// The index's files slower than a phone's network (400 ms each): the page is painted, footer and all, long before the answer.
		await page.route(/\/pagefind\//, async (route) => {
			await new Promise((wait) => setTimeout(wait, 400));
			await route.continue();
		});
		await page.goto(siteUrl(`search/?q=${encodeURIComponent('ゑゐゑ')}`));
		await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done', undefined, { timeout: 20_000 });
		await page.waitForTimeout(300);
		const seen = await page.evaluate(() => ({
			status: document.querySelector('#search-status')!.textContent,
			statusBottom: document.querySelector('#search-status')!.getBoundingClientRect().bottom,
			footer: document.querySelector('.site-footer')!.getBoundingClientRect().top,
			footerShown: getComputedStyle(document.querySelector('.site-footer')!).visibility,
			shifts: (window as unknown as { shifts: number[] }).shifts,
		}));
		expect(seen.status).toBe('見つかりませんでした。');
		expect(seen.footerShown).toBe('visible');
		// (820 px below the status line: the list kept a screen.)
		expect(seen.footer - seen.statusBottom).toBeLessThan(120);
		expect(seen.footer).toBeLessThan(740);
		expect(seen.shifts.reduce((sum, shift) => sum + shift, 0), seen.shifts.join(', ')).toBeLessThan(0.01);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test.each([
		[740, 360],
		[568, 320],
	])('held sideways (%i × %i), a search’s first result shows its heading and its first line on the first screen: the hint gives way as upright, the filters’ fold goes beside the box (the first result had shown 25 px at 568 × 320)', async (width, height) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(manyHits)}`));
		await page.locator('#search-results > li').first().waitFor({ timeout: 20_000 });
		await settle(page);
		expect(await page.locator('#search-hint').evaluate((hint) => getComputedStyle(hint).display)).toBe('none');
		const excerpt = await page.locator('#search-results > li .result__excerpt').first().evaluate((text) => ({ top: text.getBoundingClientRect().top, line: parseFloat(getComputedStyle(text).lineHeight) }));
		expect(excerpt.top + excerpt.line).toBeLessThanOrEqual(height);
		// Opened, the filters take the row's whole width under the box.
		await page.locator('.search-filters > summary').click();
		const [row, fold] = await Promise.all([page.locator('.search-box__row').boundingBox(), page.locator('.search-filters').boundingBox()]);
		expect(fold!.y).toBeGreaterThanOrEqual(row!.y + row!.height);
		expect(fold!.width).toBeCloseTo(row!.width, 0);
		await page.close();
	});

	test.each([
		[568, 320],
		[740, 360],
	])('held sideways (%i × %i), the status line keeps one line, as tall with each message of a counted search, and the first result follows it closely (60 px had been left between them at 568 × 320), nothing moving', async (width, height) => {
		const { page, watch } = await openPage(session);
		await page.setViewportSize({ width, height });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { shifts: number[] }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.route(/\/pagefind\//, async (route) => {
			await new Promise((wait) => setTimeout(wait, 100));
			await route.continue();
		});
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(manyHits)}`));
		await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done', undefined, { timeout: 20_000 });
		await page.waitForFunction(() => /^\d+ 件中 \d+ 件/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
		await settle(page);
		const seen = await page.evaluate(() => {
			const status = document.querySelector<HTMLElement>('#search-status')!;
			const words = document.createRange();
			words.selectNodeContents(status);
			const title = document.createRange();
			title.selectNodeContents(document.querySelector('#search-results > li h2')!);
			return {
				line: parseFloat(getComputedStyle(status).lineHeight),
				height: status.getBoundingClientRect().height,
				gap: title.getClientRects()[0]!.top - [...words.getClientRects()].at(-1)!.bottom,
				shifts: (window as unknown as { shifts: number[] }).shifts,
			};
		});
		expect(seen.height).toBeCloseTo(seen.line, 0);
		expect(seen.gap).toBeLessThan(28);
		expect(seen.shifts.reduce((sum, shift) => sum + shift, 0), seen.shifts.join(', ')).toBeLessThan(0.01);
		// Every message such a search shows in turn holds that one line, with a count of four figures.
		const round = { shown: 1234, checked: 8, unfinished: true, byDate: false };
		const messages = [
			describeProgress({ ...round, shown: 0 }, false),
			describeProgress(round, false),
			describeProgress({ ...round, count: { kind: 'counting' } }, true),
			describeProgress({ ...round, unfinished: false, count: { kind: 'known', total: 1234 } }, true),
			describeProgress({ ...round, shown: 120, count: { kind: 'known', total: 1234 } }, true),
			describeProgress({ ...round, shown: 0, unfinished: false }, true),
		];
		const heights = await page.evaluate((messages) => {
			const status = document.querySelector<HTMLElement>('#search-status')!;
			return messages.map((message) => {
				status.textContent = message;
				return status.getBoundingClientRect().height;
			});
		}, messages);
		for (const [index, value] of heights.entries()) expect(value, messages[index]).toBeCloseTo(seen.line, 0);
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('before the page script runs, the first screen is already laid out as the results will be: hint hidden, footer below, status line its height', async () => {
		const { page } = await openPage(session);
		// The page script held back: what the reader sees first.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/search\.astro.*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		// (A module script holds DOMContentLoaded back: the page is parsed and painted before it.)
		await page.goto(siteUrl(`search/?q=${encodeURIComponent(manyHits)}`), { waitUntil: 'commit' });
		await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('.site-footer') !== null);
		await settle(page);
		const first = await page.evaluate(() => ({
			hint: getComputedStyle(document.querySelector('#search-hint')!).display,
			footer: document.querySelector('.site-footer')!.getBoundingClientRect().top,
			form: document.querySelector('#search-form')!.getBoundingClientRect().height,
			status: document.querySelector('#search-status')!.getBoundingClientRect().height,
			list: document.querySelector('#search-results')!.getBoundingClientRect().top,
		}));
		release();
		await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done', undefined, { timeout: 20_000 });
		await page.waitForFunction(() => !/数えています/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
		await settle(page);
		const then = await page.evaluate(() => ({
			form: document.querySelector('#search-form')!.getBoundingClientRect().height,
			status: document.querySelector('#search-status')!.getBoundingClientRect().height,
			list: document.querySelector('#search-results')!.getBoundingClientRect().top,
		}));
		expect(first.hint).toBe('none');
		expect(first.footer).toBeGreaterThan(740);
		expect(then.form).toBeCloseTo(first.form, 0);
		expect(then.status).toBeCloseTo(first.status, 0);
		expect(then.list).toBeCloseTo(first.list, 0);
		await page.close();
	});

	test('the status line is as tall with each message of a search that counts its hits (the one while counting had taken a line more)', async () => {
		// What the line says in turn: searching, the first round's hits, counting them, then the count (all shown, or more to show).
		const round = { shown: 49, checked: 8, unfinished: true, byDate: false };
		const messages = [
			describeProgress({ ...round, shown: 0 }, false),
			describeProgress(round, false),
			describeProgress({ ...round, count: { kind: 'counting' } }, true),
			describeProgress({ ...round, unfinished: false, count: { kind: 'known', total: 49 } }, true),
			describeProgress({ ...round, shown: 25, count: { kind: 'known', total: 120 } }, true),
		];
		const { page } = await openPage(session);
		for (const width of [320, 360, 390]) {
			await page.setViewportSize({ width, height: 740 });
			await page.goto(siteUrl(`search/?q=${encodeURIComponent(manyHits)}`));
			await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done', undefined, { timeout: 20_000 });
			const heights = await page.evaluate((messages) => {
				const status = document.querySelector<HTMLElement>('#search-status')!;
				return messages.map((message) => {
					status.textContent = message;
					return status.getBoundingClientRect().height;
				});
			}, messages);
			expect(new Set(heights.map(Math.round)).size, `${width}px: ${heights.join(', ')}`).toBe(1);
		}
		await page.close();
	});
});

describe('under the bar and the speaker heading that stick on a phone', () => {
	test('a control of a remark reached by Shift+Tab is not hidden under them (WCAG 2.4.11)', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.locator('.site-footer a').first().focus();
		const hidden: string[] = [];
		let reached = 0;
		for (let step = 0; step < 60; step++) {
			await page.keyboard.press('Shift+Tab');
			await settle(page);
			const seen = await page.evaluate(() => {
				const element = document.activeElement;
				if (!element?.closest('article.remark')) return null;
				const box = element.getBoundingClientRect();
				const x = box.left + Math.min(box.width / 2, 10);
				const y = box.top + box.height / 2;
				const hit = document.elementFromPoint(x, y);
				const covered = !hit || !(element.contains(hit) || hit.contains(element));
				return { what: `${element.tagName.toLowerCase()} «${element.textContent?.trim().slice(0, 12)}» at ${Math.round(box.top)}`, covered: covered ? (hit?.closest('.context-bar, h3')?.className ?? hit?.tagName ?? 'nothing') : '' };
			});
			if (!seen) continue;
			reached++;
			if (seen.covered) hidden.push(`${seen.what} under ${seen.covered}`);
		}
		expect(reached).toBeGreaterThan(10);
		expect(hidden).toEqual([]);
		await page.close();
	});

	test('the citation’s toggle scrolling away goes under the stuck speaker heading, not over it', async () => {
		const { page } = await openPage(session);
		for (const width of [320, 360]) {
			await page.setViewportSize({ width, height: 568 });
			await page.goto(siteUrl(`meetings/${longMeeting}/`));
			await drawAllRemarks(page);
			// A remark taller than the screen (its heading stays stuck), scrolled until its toggle is half past the bar.
			const id = await page.locator('article.remark').evaluateAll((articles) => articles.find((article) => article.getBoundingClientRect().height > 700)?.getAttribute('data-remark-id'));
			expect(id).toBeTruthy();
			await page.locator(`#${id}`).evaluate((h3) => h3.parentElement!.scrollIntoView({ block: 'start' }));
			await settle(page);
			const toggleTop = await page.locator(`article[data-remark-id="${id}"] .cite > summary`).evaluate((summary) => summary.getBoundingClientRect().top);
			await settle(page);
			const bottom = await barBottom(page);
			// The toggle's middle a few px above the bar's bottom edge: half of it below the bar, where the heading is stuck.
			const toggleHeight = await page.locator(`article[data-remark-id="${id}"] .cite > summary`).evaluate((summary) => summary.getBoundingClientRect().height);
			await page.evaluate((by) => window.scrollBy(0, by), toggleTop - (bottom - toggleHeight / 2));
			await settle(page);
			const seen = await page.locator(`article[data-remark-id="${id}"]`).evaluate((article) => {
				const summary = article.querySelector('.cite > summary')!.getBoundingClientRect();
				const heading = article.querySelector('h3')!.getBoundingClientRect();
				const x = summary.left + summary.width / 2;
				const below = summary.bottom - 3;
				return { summaryBottom: summary.bottom, headingTop: heading.top, headingBottom: heading.bottom, hit: document.elementFromPoint(x, below)?.closest('summary, h3, .context-bar')?.tagName.toLowerCase() ?? '' };
			});
			expect(seen.summaryBottom, `${width}px`).toBeGreaterThan(seen.headingTop + 3);
			expect(seen.summaryBottom, `${width}px`).toBeLessThan(seen.headingBottom);
			expect(seen.hit, `${width}px`).toBe('h3');
		}
		await page.close();
	});

	test('on a 320×568 phone a stuck speaker heading takes at most two lines (the # beside the name) and is set off by a line under it', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const rows = await page.locator('article.remark > h3').evaluateAll((headings) =>
			headings.map((h3) => {
				const speaker = h3.querySelector('.remark__speaker')!;
				// The lines of the name as shown (not the name in brackets kept for screen readers).
				const rects: DOMRect[] = [];
				const walker = document.createTreeWalker(speaker, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if (node.parentElement?.closest('.visually-hidden')) continue;
					const range = document.createRange();
					range.selectNodeContents(node);
					rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
				}
				const lines = new Set(rects.map((rect) => Math.round(rect.top + rect.height / 2))).size;
				const link = h3.querySelector('.permalink')!.getBoundingClientRect();
				// What else stands on the #'s line: the name's last line, or a badge (チャット) that went there with it.
				const beside = [rects.at(-1)!, ...[...h3.querySelectorAll('.badge')].map((badge) => badge.getBoundingClientRect())];
				const middle = link.top + link.height / 2;
				return { who: speaker.textContent?.trim() ?? '', height: h3.getBoundingClientRect().height, lines, hashOwnLine: !beside.some((rect) => rect.top < middle && rect.bottom > middle) };
			}),
		);
		const tallest = rows.reduce((a, b) => (b.height > a.height ? b : a));
		expect(tallest.lines, tallest.who).toBeLessThanOrEqual(2);
		expect(rows.filter((row) => row.hashOwnLine).map((row) => row.who)).toEqual([]);
		// The tallest heading stuck under the bar: the two together take at most a sixth of the screen.
		const id = await page.locator('article.remark > h3').evaluateAll((headings) => headings.reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a)).id);
		await page.locator(`#${id}`).evaluate((h3) => {
			const article = h3.parentElement!;
			window.scrollTo(0, article.getBoundingClientRect().top + window.scrollY + Math.min(article.getBoundingClientRect().height / 2, 40));
		});
		await settle(page);
		const stuck = await page.locator(`#${id}`).evaluate((h3) => ({ bottom: h3.getBoundingClientRect().bottom, line: getComputedStyle(h3, '::after').borderBottomWidth }));
		expect(stuck.bottom).toBeLessThanOrEqual(568 / 6 + 10);
		expect(parseFloat(stuck.line)).toBeGreaterThan(0);
		await page.close();
	});
});

describe('titles, headings and speakers on a phone break between phrases', () => {
	/**
	 * Each line break inside a run that should hold together — 第9回 (第2 of 第2分科会, 第3号), an era and its year (令和6年: an
	 * assembly's 「みなと市議会 令和 / 6年第4回定例会 第3号」 had broken there), a katakana word, a file name or Latin word, a date's
	 * month and day — when the run would fit on one line of its element.
	 */
	const brokenRuns = (elements: Element[]) =>
		elements.flatMap((element) => {
			const style = getComputedStyle(element);
			const width = element.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			const text: { char: string; middle: number; height: number; width: number }[] = [];
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('.visually-hidden')) continue;
				const value = node.textContent ?? '';
				for (let offset = 0; offset < value.length; offset++) {
					const range = document.createRange();
					range.setStart(node, offset);
					range.setEnd(node, offset + 1);
					const rect = range.getBoundingClientRect();
					if (rect.width === 0) continue;
					text.push({ char: value[offset]!, middle: rect.top + rect.height / 2, height: rect.height, width: rect.width });
				}
			}
			const whole = text.map((item) => item.char).join('');
			const found: string[] = [];
			for (const pattern of [/第[0-9０-９]+[回号]?/gu, /(?:昭和|平成|令和)[0-9０-９]+年/gu, /[ァ-ヶー・]{2,}/gu, /[A-Za-z0-9._-]{2,}/gu, /[0-9]{1,2}月[0-9]{1,2}日/gu]) {
				for (const match of whole.matchAll(pattern)) {
					const run = text.slice(match.index, match.index + match[0].length);
					const runWidth = run.reduce((sum, item) => sum + item.width, 0);
					if (runWidth > width) continue;
					// (A letter half a line below the one before it starts a new line; a digit may sit a pixel lower than a kanji.)
					if (run.some((item, at) => at > 0 && item.middle - run[at - 1]!.middle > item.height / 2)) found.push(`${whole} → ${match[0]}`);
				}
			}
			return found;
		});

	test.each([320, 360])('at %i px, no title, section heading, speaker or list title breaks inside 第N回, a katakana word or a file name, no link to the previous or next meeting inside its date’s day', async (width) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height: 740 });
		const found: string[] = [];
		const wide: string[] = [];
		for (const path of [...entries.map((entry) => `meetings/${entry.id}/`), '', 'timeline/', 'series/cybersecurity-task-force/']) {
			await page.goto(siteUrl(path));
			// (Every remark laid out, its speaker's line measured as drawn: one far from the screen is laid out only when near it.)
			await drawAllRemarks(page);
			// (A page's title and a section's heading had broken between any two letters: 「…のセ / キュリティ対策」, 「…チャット欄のコメ / ント」;
			// a neighbour's date inside its day: 「第29回（2021年3月 / 9日）」. A heading that runs on as a paragraph breaks as running text.)
			found.push(...(await page.locator('.remark > h3 > .remark__speaker, .meeting-list__title, h1, .minutes-section > h2:not(.run-on), .series-nav a').evaluateAll(brokenRuns)));
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			if (scrollWidth > width) wide.push(`/${path}: ${scrollWidth}`);
		}
		expect(found).toEqual([]);
		expect(wide).toEqual([]);
		await page.close();
	});
});

describe('the agenda and an editorial note’s label on a phone break between words', () => {
	/**
	 * Each line break inside a run the patterns find (a word), when the run would fit on one line of its element: 「…取組状 / 況と…」,
	 * 「…ありま / せん）」.
	 */
	const breaksInside = (elements: Element[], sources: string[]) =>
		elements.flatMap((element) => {
			const width = element.getBoundingClientRect().width;
			const letters: { char: string; middle: number; height: number; width: number }[] = [];
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const value = node.textContent ?? '';
				for (let offset = 0; offset < value.length; offset++) {
					const range = document.createRange();
					range.setStart(node, offset);
					range.setEnd(node, offset + 1);
					const rect = range.getBoundingClientRect();
					if (rect.width > 0) letters.push({ char: value[offset]!, middle: rect.top + rect.height / 2, height: rect.height, width: rect.width });
				}
			}
			const text = letters.map((letter) => letter.char).join('');
			const found: string[] = [];
			for (const source of sources) {
				for (const match of text.matchAll(new RegExp(source, 'gu'))) {
					const run = letters.slice(match.index, match.index + match[0].length);
					if (run.reduce((sum, letter) => sum + letter.width, 0) > width) continue;
					if (run.some((letter, at) => at > 0 && letter.middle - run[at - 1]!.middle > letter.height / 2)) found.push(`${text} → ${match[0]}`);
				}
			}
			return found;
		});

	test.each([320, 360])('at %i px: no agenda item inside a word of kanji or katakana, no note’s label inside 「ありません」', async (width) => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height: 740 });
		const found: string[] = [];
		let notes = 0;
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			await page.evaluate(() => document.querySelectorAll('#agenda details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
			found.push(...(await page.locator('#agenda li > a').evaluateAll(breaksInside, ['\\p{Script=Han}{2,}', '[ァ-ヶー・]{2,}'])));
			found.push(...(await page.locator('.editorial-note__label').evaluateAll(breaksInside, ['議事録', '本文', 'ありません'])));
			notes += await page.locator('.editorial-note__label').count();
		}
		expect(found).toEqual([]);
		expect(notes).toBeGreaterThan(0);
		await page.close();
	});
});

describe('the speaking shares on a 360 px phone', () => {
	test('each row’s name, count, bar and percentage stand on one line', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.locator('#voices > summary').click();
		const rows = await page.locator('#voices tbody tr').evaluateAll((trs) =>
			trs.map((tr) => {
				const middle = (element: Element | null) => {
					const box = element!.getBoundingClientRect();
					return box.top + box.height / 2;
				};
				return { name: tr.querySelector('th')!.textContent?.trim() ?? '', middles: [middle(tr.querySelector('th a')), middle(tr.querySelector('.share__count a')), middle(tr.querySelector('.share__bar svg')), middle(tr.querySelector('.share__bar span'))] };
			}),
		);
		expect(rows.length).toBeGreaterThan(3);
		for (const row of rows) expect(Math.max(...row.middles) - Math.min(...row.middles), `${row.name}: ${row.middles.join(', ')}`).toBeLessThanOrEqual(3);
		await page.close();
	});
});

describe('the small print a phone keeps on screen is at least 14 px', () => {
	test('the bar, the citation, its copy buttons and the badges; the bar no taller for it', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const remark = page.locator('article.remark').first();
		await remark.locator('.cite > summary').click();
		await remark.locator('.cite__bibtex > summary').click();
		await remark.locator('.copy-link').first().waitFor();
		const sizes = await page.evaluate(() =>
			Object.fromEntries(
				['.context-bar__inner', '.cite__text', '.copy-link', '.badge'].map((selector) => {
					const element = document.querySelector(selector);
					return [selector, element ? parseFloat(getComputedStyle(element).fontSize) : 0];
				}),
			),
		);
		for (const [selector, size] of Object.entries(sizes)) expect(size, selector).toBeGreaterThanOrEqual(14);
		// The bar stuck at the top, over a section with a title (two lines): as tall as its 2.9rem.
		await page.locator('article.remark').nth(5).evaluate((article) => article.scrollIntoView({ block: 'start' }));
		await settle(page);
		const bar = await page.evaluate(() => [...document.querySelectorAll('.context-bar__inner')].map((inner) => inner.getBoundingClientRect()).find((rect) => rect.top <= 1 && rect.bottom > 0)?.height ?? 0);
		expect(bar).toBeGreaterThan(40);
		expect(bar).toBeLessThanOrEqual(2.9 * 16 + 1);
		await page.close();
	});
});
