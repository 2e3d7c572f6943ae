/**
 * A meeting page read on a narrow phone (360×740, touch): the header's facts and the way to one speaker's remarks.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { loadEntries, siteUrl, type Entry } from './fixture.ts';

/** A long meeting: 28 participants and many speakers, some of them speaking several times. */
const longMeeting = 'cybersecurity-task-force-029';
/** The NDL API seed: its record links the official text and PDF. */
const ndlSource = '902_e2e_ndl.json';

let session: BrowserSession;
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser({ width: 360, height: 740, touch: true });
});

afterAll(async () => {
	await session.close();
});

describe('the meeting header on a 320 px phone', () => {
	test('its date, its date in the era and its hours each stay on one line (a 320 px phone had been taken for a zoomed screen: 「（令和 / 5年2月1日）」)', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		const broken: string[] = [];
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			broken.push(
				...(await page.locator('.meeting-header .facts :is(time, .era-date, .time-range)').evaluateAll((elements) =>
					elements.filter((element) => new Set([...element.getClientRects()].map((rect) => Math.round(rect.top))).size > 1).map((element) => element.textContent ?? ''),
				)),
			);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), entry.id).toBeLessThanOrEqual(320);
		}
		expect(broken).toEqual([]);
		await page.close();
	});
});

describe('the meeting header on a 360 px phone', () => {
	test('the official record comes first, and each label stays on one line beside its value', async () => {
		const ndl = entries.find((entry) => entry.meeting.source === ndlSource);
		expect(ndl?.meeting.officialUrl).toBeTruthy();
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${ndl?.id}/`));
		const rows = await page.locator('.meeting-header .facts > div').evaluateAll((divs) =>
			divs.map((div) => {
				const dt = div.querySelector('dt');
				const dd = div.querySelector('dd');
				// (The label's own lines, not its cell, which a grid stretches to the value's height.)
				const range = document.createRange();
				if (dt) range.selectNodeContents(dt);
				const rects = [...range.getClientRects()];
				return { label: dt?.textContent?.trim() ?? '', lines: new Set(rects.map((rect) => Math.round(rect.top))).size, valueLeft: dd?.getBoundingClientRect().left ?? 0, labelRight: Math.max(...rects.map((rect) => rect.right)) };
			}),
		);
		const labels = rows.map((row) => row.label);
		expect(labels).toContain('公式の会議録');
		expect(labels.indexOf('公式の会議録')).toBeLessThan(labels.indexOf('元ファイル'));
		for (const row of rows) {
			expect(row.lines, row.label).toBe(1);
			expect(row.valueLeft, row.label).toBeGreaterThan(row.labelRight);
		}
		// The values of every row start at one edge.
		expect(new Set(rows.map((row) => Math.round(row.valueLeft))).size).toBe(1);
		await page.close();
	});
});

describe('the speaking shares lead to each speaker’s remarks on the page', () => {
	test('each count links to that speaker’s first remark here, a target a thumb can hit, and lands on it', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		await page.locator('#voices > summary').click();
		const rows = await page.locator('#voices tbody tr').evaluateAll((trs) =>
			trs.map((tr) => {
				const link = tr.querySelector<HTMLAnchorElement>('.share__count a');
				const box = link?.getBoundingClientRect();
				return { name: tr.querySelector('th')?.textContent?.trim() ?? '', count: Number(link?.textContent), href: link?.getAttribute('href') ?? '', width: box?.width ?? 0, height: box?.height ?? 0 };
			}),
		);
		const remarks = await page.locator('article.remark').evaluateAll((articles) => articles.map((article) => ({ id: article.getAttribute('data-remark-id') ?? '', author: article.getAttribute('data-author') ?? '' })));
		expect(rows.length).toBeGreaterThan(3);
		expect(rows.some((row) => row.count > 1)).toBe(true);
		for (const row of rows) {
			const own = remarks.filter((remark) => remark.author === row.name);
			expect(own.length, row.name).toBe(row.count);
			expect(row.href, row.name).toBe(`#${own[0]?.id}`);
			expect(row.height, row.name).toBeGreaterThanOrEqual(44);
			expect(row.width, row.name).toBeGreaterThanOrEqual(44);
		}
		// Tapping a count of a speaker who is not the first to speak lands on their remark, its heading under the bar.
		const later = rows.find((row) => row.href !== `#${remarks[0]?.id}`);
		await page.locator(`#voices .share__count a[href="${later?.href}"]`).tap();
		await page.waitForFunction((hash) => location.hash === hash && window.scrollY > 0, later?.href);
		const heading = await page.locator(`h3${later?.href}`).evaluate((h3) => {
			const box = h3.getBoundingClientRect();
			return { top: box.top, bottom: box.bottom };
		});
		expect(heading.top).toBeGreaterThanOrEqual(0);
		expect(heading.bottom).toBeLessThanOrEqual(740);
		await page.close();
	});
});

describe('a speaker’s remarks, one after another, on a 360 px phone', () => {
	test('each remark of a speaker who spoke more than once leads to their remark before and after it (‹ k/n ›), shown in the heading of the remark a link led to, and back', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const remarks = await page.locator('article.remark').evaluateAll((articles) =>
			articles.map((article) => {
				const turns = article.querySelector(':scope > h3 .turns');
				const arrow = (index: number) => {
					const mark = turns?.querySelectorAll('.turn')[index];
					return mark instanceof HTMLAnchorElement ? { href: mark.getAttribute('href') } : null;
				};
				return { id: article.getAttribute('data-remark-id') ?? '', who: article.getAttribute('data-author') || (article.getAttribute('data-speaker') ?? ''), place: turns?.querySelector('.turns__place')?.textContent ?? null, prev: arrow(0), next: arrow(1) };
			}),
		);
		const bySpeaker = new Map<string, string[]>();
		for (const { id, who } of remarks) bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), id]);
		expect([...bySpeaker.values()].some((ids) => ids.length > 2)).toBe(true);
		for (const remark of remarks) {
			const own = bySpeaker.get(remark.who) ?? [];
			const at = own.indexOf(remark.id);
			if (own.length === 1) {
				expect(remark.place, remark.id).toBeNull();
				continue;
			}
			expect({ id: remark.id, place: remark.place, prev: remark.prev?.href ?? null, next: remark.next?.href ?? null }).toEqual({
				id: remark.id,
				place: `${at + 1}/${own.length}`,
				prev: at > 0 ? `#${own[at - 1]}` : null,
				next: at < own.length - 1 ? `#${own[at + 1]}` : null,
			});
		}
		// Tapping › of the speaker's first remark lands on their second, its heading under the bar; Back returns to the first.
		const [first, second] = [...bySpeaker.values()].find((ids) => ids.length > 2) ?? [];
		const inView = (id: string | undefined) =>
			page.locator(`h3#${id}`).evaluate((h3) => {
				const bar = [...document.querySelectorAll('.context-bar__inner')].map((inner) => inner.getBoundingClientRect()).find((box) => box.top <= 0 && box.bottom > 0);
				const box = h3.getBoundingClientRect();
				return box.top >= (bar?.bottom ?? 0) - 1 && box.bottom <= innerHeight;
			});
		await page.goto(siteUrl(`meetings/${longMeeting}/#${first}`));
		expect(await inView(first)).toBe(true);
		// There its arrows are 24 px targets at least; a heading no link led to keeps its lines in a phone's column, its arrows left to a screen reader.
		const sizes = (id: string | undefined) => page.locator(`h3#${id} .turn`).evaluateAll((marks) => marks.map((mark) => Math.min(mark.getBoundingClientRect().width, mark.getBoundingClientRect().height)));
		for (const size of await sizes(first)) expect(size).toBeGreaterThanOrEqual(24);
		expect(await page.locator(`h3#${second} .turns`).evaluate((turns) => turns.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
		await page.locator(`h3#${first} .turns a.turn[href="#${second}"]`).tap();
		await page.waitForFunction((hash) => location.hash === hash, `#${second}`);
		expect(await inView(second)).toBe(true);
		await page.goBack();
		await page.waitForFunction((hash) => location.hash === hash, `#${first}`);
		expect(await inView(first)).toBe(true);
		await page.close();
	});
});

describe('a remark’s text under a heading of one line on a 360 px phone', () => {
	test('its first line is as long as its others (the room kept beside the heading for 引用 had shortened it by 3.2 rem)', async () => {
		const { page } = await openPage(session);
		const short: string[] = [];
		let checked = 0;
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			const rows = await page.locator('article.remark').evaluateAll((articles) =>
				articles.flatMap((article) => {
					const h3 = article.querySelector(':scope > h3');
					const p = article.querySelector(':scope > .cite + p');
					if (!h3 || !p || Math.round(h3.getBoundingClientRect().height / parseFloat(getComputedStyle(h3).lineHeight)) !== 1) return [];
					const range = document.createRange();
					range.selectNodeContents(p);
					const lines = new Map<number, number>();
					for (const rect of range.getClientRects()) lines.set(Math.round(rect.top), Math.max(lines.get(Math.round(rect.top)) ?? 0, rect.right));
					const rights = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, right]) => right);
					return rights.length >= 3 ? [{ id: article.getAttribute('data-remark-id') ?? '', first: rights[0]!, others: Math.max(...rights.slice(1, -1)), size: parseFloat(getComputedStyle(p).fontSize) }] : [];
				}),
			);
			for (const row of rows) {
				checked += 1;
				// (A line may end a word or two short where a Latin word goes whole to the next; the room for 引用 is 3.2 rem.)
				if (row.first < row.others - 2.5 * row.size) short.push(`${entry.id}#${row.id}: ${Math.round(row.others - row.first)} px short`);
			}
		}
		expect(checked).toBeGreaterThan(10);
		expect(short).toEqual([]);
		await page.close();
	});
});

describe('a speaker’s remarks followed with the keys on a 360 px phone', () => {
	test('Enter on › goes to the speaker’s next remark with the focus on its ›, so Enter again goes on; at their last, the focus is on its # and the next key on its ‹, which leads back', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const own = await page.locator('article.remark').evaluateAll((articles) => {
			const bySpeaker = new Map<string, string[]>();
			for (const article of articles as HTMLElement[]) bySpeaker.set(article.dataset['speaker'] ?? '', [...(bySpeaker.get(article.dataset['speaker'] ?? '') ?? []), article.dataset['remarkId'] ?? '']);
			return [...bySpeaker.values()].find((ids) => ids.length >= 3) ?? [];
		});
		expect(own.length).toBeGreaterThanOrEqual(3);
		const focused = () => page.evaluate(() => ({ remark: document.activeElement?.closest('article.remark')?.getAttribute('data-remark-id') ?? null, mark: document.activeElement?.matches('a.turn') ? document.activeElement.textContent : document.activeElement?.matches('a.permalink') ? '#' : document.activeElement?.tagName, inView: (() => { const box = document.activeElement!.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; })() }));
		await page.locator(`h3#${own[0]} a.turn[href="#${own[1]}"]`).focus();
		for (const id of own.slice(1)) {
			await page.keyboard.press('Enter');
			await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
			await page.waitForFunction((remark) => document.activeElement?.closest('article.remark')?.getAttribute('data-remark-id') === remark, id, { timeout: 2000 }).catch(() => {});
			expect(await focused()).toEqual({ remark: id, mark: id === own.at(-1) ? '#' : '›', inView: true });
			if (id !== own.at(-1)) continue;
			// (The # comes before the arrows: Tab reaches ‹.)
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.waitForFunction((hash) => location.hash === hash, `#${own.at(-2)}`);
			await page.waitForFunction((remark) => document.activeElement?.closest('article.remark')?.getAttribute('data-remark-id') === remark, own.at(-2), { timeout: 2000 }).catch(() => {});
			expect(await focused()).toEqual({ remark: own.at(-2), mark: '‹', inView: true });
		}
		await page.close();
	});
});

describe('a speaker’s arrows beside the # on a 360 px phone', () => {
	test('each arrow of the remark a link led to answers a tap at every point of its own box, the # beside it at every point of its own', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const ids = await page.locator('article.remark:has(> h3 .turns a.turn)').evaluateAll((articles) => articles.map((article) => article.getAttribute('data-remark-id') ?? ''));
		expect(ids.length).toBeGreaterThan(2);
		const missed: string[] = [];
		for (const id of ids) {
			await page.goto(siteUrl(`meetings/${longMeeting}/#${id}`));
			missed.push(
				...(await page.locator(`h3#${id}`).evaluate((h3) =>
					[h3.querySelector('a.permalink'), ...h3.querySelectorAll('a.turn')].flatMap((link) => {
						if (!link) return [];
						const box = link.getBoundingClientRect();
						const y = box.top + box.height / 2;
						// The points across the link's box, one a pixel, at its middle's height.
						const points = Array.from({ length: Math.floor(box.width) }, (_, index) => box.left + index + 0.5);
						const own = points.filter((x) => document.elementFromPoint(x, y)?.closest('a, summary') === link).length;
						return own < points.length ? [`${h3.id} ${link.textContent?.trim().slice(0, 1)}: ${own}/${points.length}`] : [];
					}),
				)),
			);
		}
		// (The #'s reach had taken the first 4–6 px of each 「‹」 beside it: 「r10 ‹: 20/24」, 17 arrows of this meeting.)
		expect(missed).toEqual([]);
		await page.close();
	});
});

describe('a speaker’s arrows with the text at 200 % on a 320 × 568 phone', () => {
	test('stand beside the # of the remark a link led to, not on a line of their own (「NTT 松原氏 #」 / 「‹ 1/3 ›」 had taken a third line of the stuck heading)', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/#r2'));
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const rows = await page.locator('h3#r2').evaluate((h3) => {
			const middle = (element: Element | null) => {
				const box = element?.getBoundingClientRect();
				return box ? box.top + box.height / 2 : Number.NaN;
			};
			return { label: h3.parentElement?.getAttribute('data-speaker'), hash: middle(h3.querySelector('a.permalink')), arrow: middle(h3.querySelector('.turns a.turn')), line: parseFloat(getComputedStyle(h3).lineHeight) };
		});
		expect(rows.label).toBe('NTT 松原氏');
		expect(Math.abs(rows.arrow - rows.hash), JSON.stringify(rows)).toBeLessThan(rows.line / 2);
		await page.close();
	});
});

describe('the small marks of a remark’s row on a 360 px phone', () => {
	test('# and 引用 answer a tap 44 px tall around them, and the row is no taller than its text', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		const marks = await page.locator('article.remark').first().evaluate((article) => {
			article.scrollIntoView({ block: 'center' });
			const probe = (element: Element | null, selector: string) => {
				const box = element?.getBoundingClientRect();
				if (!box) return null;
				const x = box.left + box.width / 2;
				const y = box.top + box.height / 2;
				// What a tap 20 px above and below the mark's middle reaches.
				const hit = (dy: number) => document.elementFromPoint(x, y + dy)?.closest(selector) === element;
				return { height: box.height, above: hit(-20), below: hit(20) };
			};
			const h3 = article.querySelector('h3');
			return {
				permalink: probe(article.querySelector('a.permalink'), 'a.permalink'),
				cite: probe(article.querySelector('.cite > summary'), 'summary'),
				rowHeight: h3?.getBoundingClientRect().height ?? 0,
			};
		});
		for (const mark of [marks.permalink, marks.cite]) {
			expect(mark?.height).toBeLessThan(30);
			expect(mark?.above).toBe(true);
			expect(mark?.below).toBe(true);
		}
		expect(marks.rowHeight).toBeLessThan(40);
		await page.close();
	});
});

describe.each([360, 390])('a long speaker’s row on a %i px phone', (width) => {
	test('its # and 引用 each answer every point of a 44 px column through their middle, the # never under 引用', async () => {
		const { page } = await openPage(session);
		await page.setViewportSize({ width, height: 740 });
		const taken: string[] = [];
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			taken.push(
				...(await page.locator('article.remark').evaluateAll((articles) =>
					articles.flatMap((article) => {
						const hash = article.querySelector('h3 a.permalink');
						const cite = article.querySelector('.cite > summary');
						if (!hash || !cite) return [];
						// (The heading in the middle of the screen, where a long remark's own middle would have it stuck under the bar.)
						article.querySelector('h3')?.scrollIntoView({ block: 'center' });
						/** How many of the 41 points a tap from 20 px above to 20 px below the mark's middle lands on (its 44 px, less the edges a fraction of a pixel may move) answer it. */
						const answered = (element: Element) => {
							const box = element.getBoundingClientRect();
							const x = box.left + box.width / 2;
							const y = box.top + box.height / 2;
							return Array.from({ length: 41 }, (_, index) => index - 20).filter((dy) => document.elementFromPoint(x, y + dy)?.closest('a, summary, button') === element).length;
						};
						const counts = { hash: answered(hash), cite: answered(cite) };
						return counts.hash < 41 || counts.cite < 41 ? [`${article.getAttribute('aria-label')}: # ${counts.hash}/41, 引用 ${counts.cite}/41`] : [];
					}),
				)).map((remark) => `${entry.id} ${remark}`),
			);
		}
		// (Where a label's second line reached under 引用, its reach had answered the # 's upper half: 「発言7（事務局（まちづくり推進課地域連携担当係長））: # 21/41」.)
		expect(taken).toEqual([]);
		await page.close();
	});
});

describe('long titles and speakers on a 360 px phone', () => {
	/** The lines of each element's text that hold a single letter (`サイバーセキュリティタスクフォー` / `ス`), when it takes more than one. */
	const loneLetters = (elements: Element[]) =>
		elements.flatMap((element) => {
			const lines = new Map<number, string>();
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (let offset = 0; offset < text.length; offset++) {
					if (/\s/u.test(text[offset] ?? '')) continue;
					const range = document.createRange();
					range.setStart(node, offset);
					range.setEnd(node, offset + 1);
					const rect = range.getBoundingClientRect();
					if (rect.width === 0) continue;
					const top = Math.round(rect.top + rect.height / 2);
					const line = [...lines.keys()].find((key) => Math.abs(key - top) < rect.height / 2) ?? top;
					lines.set(line, (lines.get(line) ?? '') + text[offset]);
				}
			}
			return lines.size > 1 ? [...lines.values()].filter((line) => [...line].length === 1).map((line) => `${element.textContent?.trim()} → ${line}`) : [];
		});

	test('no meeting title, section heading, speaker or meeting list title leaves one letter alone on a line', async () => {
		const { page } = await openPage(session);
		const found: string[] = [];
		const paths = [...entries.map((entry) => `meetings/${entry.id}/`), 'timeline/', 'series/cybersecurity-task-force/'];
		for (const path of paths) {
			await page.goto(siteUrl(path));
			found.push(...(await page.locator('h1, .minutes-section > h2, .remark > h3 > .remark__speaker, .meeting-list__title').evaluateAll(loneLetters)));
		}
		expect(found).toEqual([]);
		await page.close();
	});
});

describe('a speaker’s # on a phone', () => {
	test('never stands alone on a line of its own, at any width from 320 to 390 px (a label filling its line had left it so)', async () => {
		const { page } = await openPage(session);
		const alone: string[] = [];
		for (const entry of entries) {
			await page.goto(siteUrl(`meetings/${entry.id}/`));
			for (let width = 320; width <= 390; width += 2) {
				await page.setViewportSize({ width, height: 740 });
				const found = await page.locator('.remark > h3').evaluateAll((headings) =>
					headings.flatMap((heading) => {
						const speaker = heading.querySelector('.remark__speaker');
						const mark = heading.querySelector('.permalink');
						if (!speaker || !mark) return [];
						// The speaker's last line, and the line the # is on.
						const range = document.createRange();
						range.selectNodeContents(speaker);
						const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height < 40);
						const last = Math.max(...rects.map((rect) => rect.top + rect.height / 2));
						const box = mark.getBoundingClientRect();
						return box.top > last ? [heading.textContent?.trim() ?? ''] : [];
					}),
				);
				alone.push(...found.map((heading) => `${entry.id} at ${width} px: ${heading}`));
			}
		}
		expect(alone).toEqual([]);
		await page.close();
	}, 240_000);
});

describe('a table inside a remark on a 320 px phone', () => {
	test('each row stays a row, its cells set apart by a rule, its text the record’s (a Markdown table had become bullets joined by 「|」)', async () => {
		const markup = entries.find((entry) => entry.meeting.source === '902_e2e_markup.md');
		const remark = markup?.meeting.remarks.find((candidate) => candidate.text.includes('\t'));
		expect(remark?.text.split('\n').slice(1).map((row) => row.split('\t').length)).toEqual([12, 12, 12]);
		const { page } = await openPage(session);
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto(siteUrl(`meetings/${markup?.id}/`));
		const article = page.locator(`article.remark[data-remark-id="${remark?.id}"]`);
		expect(await article.locator('li').count()).toBe(0);
		const rows = await article.locator('p.cells').evaluateAll((paragraphs) =>
			paragraphs.map((paragraph) => ({
				text: paragraph.textContent ?? '',
				top: paragraph.getBoundingClientRect().top,
				bottom: paragraph.getBoundingClientRect().bottom,
				cells: [...paragraph.querySelectorAll(':scope > .cell')].map((cell, index) => {
					const style = getComputedStyle(cell);
					// (A short cell on one line: 「空き」, never 「空 / き」.)
					const lines = Math.round(cell.getBoundingClientRect().height / Number.parseFloat(style.lineHeight));
					return { text: cell.textContent ?? '', lines, rule: index === 0 || (style.borderLeftStyle === 'solid' && Number.parseFloat(style.borderLeftWidth) >= 1) };
				}),
			})),
		);
		expect(rows.map((row) => row.cells.length)).toEqual([12, 12, 12]);
		expect(rows[0]?.cells.map((cell) => cell.text)).toEqual(['会場', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月']);
		for (const row of rows) {
			expect(row.cells.every((cell) => cell.rule), row.text).toBe(true);
			expect(row.cells.filter((cell) => cell.lines !== 1).map((cell) => cell.text), row.text).toEqual([]);
			expect(row.text).toBe(row.cells.map((cell) => cell.text).join('\t'));
		}
		// One row under the other, each starting on a line of its own.
		for (let index = 1; index < rows.length; index++) expect(rows[index]!.top).toBeGreaterThanOrEqual(rows[index - 1]!.bottom - 1);
		// The remark reads as the record, tabs between the cells.
		expect((await article.locator(':scope > p, :scope > .cells-table > p').allTextContents()).join('\n')).toBe(remark?.text);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});
});

describe('a table inside a remark, to assistive technology', () => {
	test('its rows are a table’s, and the row a Markdown table heads it with names the columns, read with each cell (it had been paragraphs, no cell told from a header)', async () => {
		const markup = entries.find((entry) => entry.meeting.source === '902_e2e_markup.md');
		const remark = markup?.meeting.remarks.find((candidate) => candidate.text.includes('\t'));
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${markup?.id}/`));
		const tables = page.locator(`article.remark[data-remark-id="${remark?.id}"]`).getByRole('table');
		expect(await tables.count()).toBe(1);
		const rows = tables.getByRole('row');
		expect(await rows.count()).toBe(3);
		expect(await rows.nth(0).getByRole('columnheader').allTextContents()).toEqual(['会場', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月']);
		expect(await rows.nth(0).getByRole('cell').count()).toBe(0);
		for (const index of [1, 2]) {
			expect(await rows.nth(index).getByRole('columnheader').count()).toBe(0);
			expect(await rows.nth(index).getByRole('cell').count()).toBe(12);
		}
		expect(await rows.nth(1).getByRole('cell').first().textContent()).toBe('市民活動センター 会議室B');
		// (The tabs between the cells are no cells: the tree holds the table's cells and nothing else.)
		const snapshot = await tables.ariaSnapshot();
		expect(snapshot.split('\n').filter((line) => !/^\s*- (?:table|row|columnheader|cell)\b/u.test(line))).toEqual([]);
		await page.close();
	});
});

describe('the context bar on a 360 px phone', () => {
	test('its links (the meeting’s name, back to the top, and 議題) answer a tap 44 px tall, and the bar is no taller', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${longMeeting}/#r6`));
		await page.waitForFunction(() => window.scrollY > 0);
		const bar = page.locator('section:has(#r6) > .context-bar .context-bar__inner');
		await bar.waitFor({ state: 'visible' });
		const probes = await bar.evaluate((inner) => {
			const top = inner.getBoundingClientRect().top;
			return [...inner.querySelectorAll<HTMLAnchorElement>('a.context-bar__title, a.context-bar__agenda')].map((link) => {
				const box = link.getBoundingClientRect();
				const x = box.left + box.width / 2;
				// Every point on the link's column from the bar's top edge 44 px down reaches the link.
				const missed = Array.from({ length: 44 }, (_, dy) => top + 0.5 + dy).filter((y) => document.elementFromPoint(x, y)?.closest('a') !== link);
				return { href: link.getAttribute('href'), height: box.height, missed: missed.length };
			});
		});
		expect(probes.map((probe) => probe.href)).toEqual(['#overview', '#agenda-items']);
		for (const probe of probes) {
			expect(probe.height, probe.href ?? '').toBeLessThan(30);
			expect(probe.missed, probe.href ?? '').toBe(0);
		}
		// The bar is as tall as before: its 2.9rem, or its two lines.
		expect(await bar.evaluate((inner) => inner.getBoundingClientRect().height)).toBeLessThan(60);
		await page.close();
	});
});

describe('the record’s own particulars before the first speech', () => {
	test('a long section without speech before it (the Diet’s 会議録情報) is folded on a phone, its text still in the page', async () => {
		const ndl = entries.find((entry) => entry.meeting.source === ndlSource);
		const info = ndl?.meeting.sections.find((section) => !ndl.meeting.remarks.some((remark) => remark.section === section.id));
		expect(info?.title).toBe('会議録情報');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${ndl?.id}/`));
		const fold = page.locator(`section#${info?.id} > details.fold`);
		expect(await fold.count()).toBe(1);
		expect(await fold.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect(await page.locator(`section#${info?.id} > details > summary > h2`).textContent()).toBe('会議録情報');
		// Closed, its lines take no room: the first speech starts within the first screen and a half.
		const firstRemark = await page.locator('article.remark').first().evaluate((article) => article.getBoundingClientRect().top + window.scrollY);
		expect(firstRemark).toBeLessThan(740 * 1.5);
		// Its text is in the page (found by a search, printed, read by a screen reader once opened).
		expect(((await fold.textContent()) ?? '').length).toBeGreaterThan(50);
		// A section holding speech is never folded.
		expect(await page.locator('section.minutes-section:has(article.remark) > details.fold').count()).toBe(0);
		await page.close();
	});
});

describe('a remark of a record that links each speech on its official site (the NDL API’s speechURL), on a 360 px phone', () => {
	test('its citation, opened, leads to that speech there, a link a thumb can hit inside the screen; a remark the record links to nothing has none', async () => {
		const ndl = entries.find((entry) => entry.meeting.source === ndlSource);
		const linked = ndl?.meeting.remarks.filter((remark) => remark.officialUrl) ?? [];
		expect(linked.length).toBeGreaterThan(1);
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${ndl?.id}/`));
		const shown = await page.locator('article.remark').evaluateAll((articles) =>
			articles.map((article) => ({ id: article.getAttribute('data-remark-id') ?? '', official: article.querySelector<HTMLAnchorElement>('.cite a[data-official="remark"]')?.getAttribute('href') ?? null })),
		);
		expect(shown).toEqual(ndl?.meeting.remarks.map((remark) => ({ id: remark.id, official: remark.officialUrl ?? null })));
		const remark = linked[linked.length - 1]!;
		await page.locator(`article[data-remark-id="${remark.id}"] .cite > summary`).tap();
		const link = page.locator(`article[data-remark-id="${remark.id}"] .cite a[data-official="remark"]`);
		await link.scrollIntoViewIfNeeded();
		const box = await link.evaluate((a) => {
			const rect = a.getBoundingClientRect();
			return { text: a.textContent ?? '', rel: a.getAttribute('rel') ?? '', height: rect.height, left: rect.left, right: rect.right };
		});
		expect(box.text).toBe(`公式サイトのこの発言（${new URL(remark.officialUrl!).hostname}）`);
		expect(box.rel).toContain('external');
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.left).toBeGreaterThanOrEqual(0);
		expect(box.right).toBeLessThanOrEqual(360);
		// A meeting whose record links no speech shows no such link.
		const plain = entries.find((entry) => entry.id === longMeeting);
		expect(plain?.meeting.remarks.some((remark) => remark.officialUrl)).toBe(false);
		await page.goto(siteUrl(`meetings/${longMeeting}/`));
		expect(await page.locator('.cite a[data-official="remark"]').count()).toBe(0);
		await page.close();
	});
});

describe('a meeting’s roll on a 360 px phone', () => {
	test('sets each member apart from the next by 、 (a full-width space inside a name had been as wide as the gap between two members), unheard by a screen reader', async () => {
		const diet = entries.find((entry) => entry.meeting.source === '904_e2e_diet.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${diet?.id}/`));
		await page.locator('#participants > summary').tap();
		const groups = await page.locator('#participants dd > ul').evaluateAll((lists) =>
			lists.map((list) => [...list.children].map((li) => ({ text: li.textContent ?? '', after: getComputedStyle(li, '::after').content }))),
		);
		expect(groups.some((members) => members.length > 2)).toBe(true);
		for (const members of groups) {
			expect(members.map((member) => member.after)).toEqual(members.map((_, index) => (index < members.length - 1 ? '"、" / ""' : 'none')));
		}
		// A screen reader hears the members as the list's items, without the mark.
		expect(await page.locator('#participants dd > ul').first().ariaSnapshot()).not.toContain('、');
		await page.close();
	});

	test('an assembly’s roll shows one space in each entry where the roll padded its columns, and short entries share a line', async () => {
		const { page } = await openPage(session);
		const assembly = entries.find((entry) => entry.meeting.source === '905_e2e_assembly.txt');
		await page.goto(siteUrl(`meetings/${assembly?.id}/`));
		const groups = await page.locator('#participants dl.participants > div').evaluateAll((divs) => {
			(divs[0]?.closest('details') as HTMLDetailsElement).open = true;
			return divs.map((div) => {
				const items = [...div.querySelectorAll('li')];
				return { group: div.querySelector('dt')?.textContent, entries: items.map((item) => item.textContent), rows: new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size };
			});
		});
		expect(groups[0]).toEqual({ group: '出席議員', entries: ['1番 秋元 聡君', '2番 石原 久美君', '3番 内海 浩之君', '4番 片桐 信二君'], rows: 2 });
		// (「市長　　　　　　北村　博之君」 had shown a gap of six letters; 「１番　　秋元　　聡君」 and each member of the roll a line of their own.)
		expect(groups.flatMap((group) => group.entries).filter((entry) => /[ \u3000]{2}/u.test(entry ?? ''))).toEqual([]);
		expect(groups.at(-1)).toEqual({ group: '事務局職員', entries: ['局長　桜田　誠一君', '書記　佐野　望君'], rows: 1 });
		await page.close();
	});
});

describe('web addresses in a meeting’s header on a 360 px phone', () => {
	test('the place’s stream and a handout given by its address are links to themselves, inside the screen (they had been text to select and copy)', async () => {
		const variants = entries.find((entry) => entry.meeting.source === '903_e2e_variants.txt');
		const place = /https?:\/\/[!#-;=?-~]+/u.exec(variants?.meeting.location ?? '')?.[0];
		const handout = variants?.meeting.handouts.find((item) => /^https?:\/\//u.test(item.title))?.title;
		expect(place).toBeTruthy();
		expect(handout).toBeTruthy();
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${variants?.id}/`));
		await page.locator('#handouts > summary').tap();
		const links = await page.locator('.meeting-header a.web-link, #handouts a.web-link').evaluateAll((anchors) =>
			anchors.map((a) => {
				const box = a.getBoundingClientRect();
				return { href: a.getAttribute('href'), text: a.textContent, rel: a.getAttribute('rel'), inside: box.left >= 0 && box.right <= 360 };
			}),
		);
		expect(links).toEqual([place, handout].map((url) => ({ href: url, text: url, rel: 'external noopener', inside: true })));
		// Each line of an address but its last reaches the column's edge, less than a letter short of it (broken between phrases,
		// 「…/watch」, 「?」 and 「v=…」 had each taken a line).
		const short = await page.locator('.meeting-header a.web-link, #handouts a.web-link').evaluateAll((anchors) =>
			anchors.flatMap((a) => {
				const edge = a.parentElement!.getBoundingClientRect().right;
				const letter = parseFloat(getComputedStyle(a).fontSize);
				const lines = [...a.getClientRects()];
				return lines.slice(0, -1).filter((line) => edge - line.right > letter).map((line) => `${a.textContent}: a line ends ${Math.round(edge - line.right)} px short`);
			}),
		);
		expect(short).toEqual([]);
		// The place reads as the record writes it, its address a link within it.
		expect(await page.locator('.meeting-header .facts dd', { has: page.locator('a.web-link') }).textContent()).toBe(variants?.meeting.location);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});
});
