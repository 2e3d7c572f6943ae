/** Person pages, people index, reference links and "referred to by", in the built fixture site. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { entryForSource, loadEntries, siteUrl, type Entry } from './fixture.ts';

let session: BrowserSession;
let entries: Entry[];

beforeAll(async () => {
	entries = await loadEntries();
	session = await launchBrowser();
});

afterAll(async () => {
	await session?.close();
});

/** Every remark of the archive written with one of these labels, as `meetingId#rN`. */
const remarksLabelled = (labels: string[]): string[] =>
	entries.flatMap((entry) => entry.meeting.remarks.filter((remark) => labels.includes(remark.speaker)).map((remark) => `${entry.id}#${remark.id}`));

describe('person pages', () => {
	test('a person’s spellings show a roll’s entry with one space where the roll padded its columns, as the meeting page does', async () => {
		const assembly = entryForSource(entries, '905_e2e_assembly.txt');
		const mayor = assembly.meeting.participants.flatMap((group) => group.members).find((member) => member.text.startsWith('市長'));
		expect(mayor?.text).toBe('市長　　　　　　北村　博之君');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${assembly.id}/`));
		await page.locator('article.remark[data-speaker="市長（北村博之君）"] h3 a.remark__person').first().click();
		await page.waitForURL(/\/people\/p-[0-9a-f]{8}\/$/);
		const spellings = await page.locator('dt:text-is("表記") + dd li').allTextContents();
		// (The roll's entry had been shown as written, a gap of six letters: 「市長　　　　　　北村　博之君」.)
		expect(spellings).toContain('市長　北村　博之君');
		expect(spellings.filter((spelling) => /[ \u3000]{2}/u.test(spelling))).toEqual([]);
		await page.close();
	});

	test("小山's page lists every remark of 小山構成員 across both bodies, each reaching its anchor", async () => {
		const expected = remarksLabelled(['小山構成員']);
		expect(expected.length).toBeGreaterThanOrEqual(9);
		const { page, watch } = await openPage(session);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/'));
		// From a remark heading to the speaker's page.
		const heading = page.locator('article.remark[data-speaker="小山構成員"] h3 a.remark__person').first();
		await heading.click();
		await page.waitForURL(/\/people\/p-[0-9a-f]{8}\/$/);
		expect(await page.locator('h1').textContent()).toBe('小山');
		const listed = await page.locator('li.person-remark').evaluateAll((nodes) =>
			nodes.map((node) => `${node.getAttribute('data-meeting')}#${node.getAttribute('data-remark')}`),
		);
		expect(listed.sort()).toEqual([...expected].sort());
		expect(await page.locator('.person__remarks').textContent()).toBe(String(expected.length));
		const hrefs = await page.locator('a.person-remark__link').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
		expect(hrefs).toHaveLength(expected.length);
		// Every link lands on an existing remark of that id: each meeting page fetched once and read, not opened and laid out once a
		// link (nine or more loads of pages of up to 400 KB had brought the test near its time limit on a busy machine).
		const landings = await page.evaluate(async (links) => {
			const pages = new Map<string, Promise<{ status: number; doc: Document }>>();
			const read = (url: string) => fetch(url).then(async (response) => ({ status: response.status, doc: new DOMParser().parseFromString(await response.text(), 'text/html') }));
			return Promise.all(
				links.map(async (href) => {
					const url = new URL(href);
					const id = url.hash.slice(1);
					url.hash = '';
					if (!pages.has(url.href)) pages.set(url.href, read(url.href));
					const { status, doc } = await pages.get(url.href)!;
					return { href, status, found: doc.querySelectorAll(`article.remark[data-remark-id="${id}"] > h3#${CSS.escape(id)}`).length };
				}),
			);
		}, hrefs);
		expect(landings).toEqual(hrefs.map((href) => ({ href, status: 200, found: 1 })));
		expect(watch.pageErrors).toEqual([]);
		await page.close();
	});

	test('NTT 松原氏 links to 松原実穂子 (NTT), with her role and the meeting she attended', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/'));
		const href = await page.locator('article.remark[data-speaker="NTT 松原氏"] h3 a.remark__person').first().getAttribute('href');
		await page.goto(new URL(href ?? '', page.url()).href);
		expect(await page.locator('h1').textContent()).toBe('松原実穂子');
		expect(await page.locator('.facts').textContent()).toContain('NTT');
		expect(await page.locator('#roles').textContent()).toContain('発表者');
		expect(await page.locator('#attended li').count()).toBe(1);
		expect(await page.locator('li.person-remark').count()).toBe(remarksLabelled(['NTT 松原氏']).length);
		await page.close();
	});

	test('every person page names a meeting without a session number by its date (not 「資料」) and gives each attended meeting’s date once', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const found = await page.evaluate(async () => {
			const hrefs = [...new Set([...document.querySelectorAll<HTMLAnchorElement>('a[href*="/people/p-"]')].map((a) => a.href.replace(/#.*$/u, '')))];
			const dated: string[] = [];
			const problems: string[] = [];
			for (const href of hrefs) {
				const doc = new DOMParser().parseFromString(await (await fetch(href)).text(), 'text/html');
				for (const link of doc.querySelectorAll('#roles td:nth-child(2) a[href*="/meetings/"]')) {
					const text = link.textContent ?? '';
					if (text === '資料') problems.push(`${href}: 資料`);
					if (/^\d{4}年\d{1,2}月\d{1,2}日/u.test(text)) dated.push(text);
				}
				for (const item of doc.querySelectorAll('#attended li')) {
					const dates = (item.textContent ?? '').match(/\d{4}年\d{1,2}月\d{1,2}日（.）/gu) ?? [];
					if (dates.length > 1) problems.push(`${href}: ${item.textContent}`);
				}
			}
			return { pages: hrefs.length, dated: dated.length, problems };
		});
		expect(found.pages).toBeGreaterThan(20);
		// (The fixture's Diet, assembly and NDL records have no session number.)
		expect(found.dated).toBeGreaterThan(0);
		expect(found.problems).toEqual([]);
		await page.close();
	});

	test('a person page lists the meetings attended newest first (the oldest had come first, the newest at the foot of up to 100)', async () => {
		const { page } = await openPage(session);
		// The person with the most remarks, who attended meetings of both bodies.
		await page.goto(siteUrl('people/'));
		await page.locator('.people-table tbody th a').first().click();
		await page.locator('#attended').waitFor();
		const listed = await page.locator('#attended li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).at(-1) ?? ''));
		const dates = listed.map((meeting) => entries.find((entry) => entry.id === meeting)?.meeting.date ?? '');
		expect(dates.length).toBeGreaterThan(2);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(new Set(dates).size).toBeGreaterThan(1);
		await page.close();
	});

	test('the people index groups by role and lists persons by number of remarks', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		expect(await page.locator('section#kind-member').count()).toBe(1);
		expect(await page.locator('section#kind-presenter').count()).toBe(1);
		const counts = await page.locator('section#kind-member tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-remarks'))));
		expect(counts.length).toBeGreaterThan(10);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(await page.locator('section#kind-member a', { hasText: /^後藤$/u }).count()).toBe(1);
		// The counts stand at the cells' end, as numbers do.
		expect(await page.locator('td.people-table__num').first().evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('end');
		expect(await page.locator('section#kind-member thead th').allTextContents()).toEqual(['名前', '所属・役職', '発言数', '出席']);
		await page.close();
	});

	test('the people index says what 出席 and 未確定 mean, and its box keeps only the people whose name holds the words typed', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const note = (await page.locator('.people-note').textContent()) ?? '';
		expect(note).toContain('「出席」は出席者名簿に載った会議の数です。');
		expect(note).toContain('「未確定」は');
		const all = await page.locator('.people-table tbody tr').count();
		const box = page.locator('#people-filter input[type="search"]');
		expect(await box.isVisible()).toBe(true);
		await box.fill('後藤');
		const shown = await page.locator('.people-table tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.querySelector('th')?.textContent ?? ''));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(all);
		for (const name of shown) expect(name).toContain('後藤');
		expect(await page.locator('#people-filter-status').textContent()).toBe(`「後藤」に当てはまる ${shown.length} 人を表示しています。`);
		// The roles' links at the top count the people kept, and lead only to tables still shown (they had kept the whole
		// list's counts and their links to hidden tables).
		const roleLinks = () =>
			page.locator('nav.toc a[href^="#kind-"]:visible').evaluateAll((links) => links.map((link) => ({ target: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
		const kept = await roleLinks();
		expect(kept.length).toBeGreaterThan(0);
		expect(await page.locator('section[id^="kind-"]:visible').evaluateAll((sections) => sections.map((section) => `#${section.id}`))).toEqual(kept.map((link) => link.target));
		for (const link of kept) expect(link.text).toMatch(new RegExp(`（${await page.locator(`${link.target} tbody tr:visible`).count()}）$`));
		// A role's table that keeps no one goes too, and its link; clearing the box brings everyone back.
		await box.fill('該当者なしの文字列');
		expect(await page.locator('section[id^="kind-"]:visible').count()).toBe(0);
		expect(await roleLinks()).toEqual([]);
		expect(await page.locator('#people-filter-status').textContent()).toBe('「該当者なしの文字列」に当てはまる人物はいません。');
		await box.fill('');
		expect(await page.locator('.people-table tbody tr:visible').count()).toBe(all);
		const restored = await roleLinks();
		expect(restored.length).toBe(await page.locator('section[id^="kind-"]').count());
		for (const link of restored) expect(link.text).toMatch(new RegExp(`（${await page.locator(`${link.target} tbody tr`).count()}）$`));
		await page.close();
	});

	test('the people index\'s box finds a person by a spelling of the name in the minutes too (「NTT 松原氏」, the misread 「薦構成員」), which the name alone had not', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const box = page.locator('#people-filter input[type="search"]');
		for (const [typed, name] of [
			['松原氏', '松原実穂子'],
			['薦', '蔦'],
		] as const) {
			await box.fill(typed);
			expect(await page.locator('.people-table tbody tr:visible th a').allTextContents(), typed).toEqual([name]);
			expect(await page.locator('#people-filter-status').textContent()).toBe(`「${typed}」に当てはまる 1 人を表示しています。`);
		}
		await page.close();
	});

	test("the people index's box keeps a person whose name's reading holds what is typed in kana, and the person page shows the reading under the name", async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const box = page.locator('#people-filter input[type="search"]');
		const all = await page.locator('.people-table tbody tr').count();
		for (const typed of ['やまかわ', 'ﾔﾏｶﾜ ﾀｲｼﾛｳ']) {
			await box.fill(typed);
			const shown = await page.locator('.people-table tbody tr:visible').evaluateAll((rows) => rows.map((row) => ({ name: row.querySelector('th a')?.textContent ?? '', reading: row.getAttribute('data-reading'), href: row.querySelector('th a')?.getAttribute('href') ?? '' })));
			expect(shown.length, typed).toBeGreaterThan(0);
			expect(shown.length, typed).toBeLessThan(all);
			expect(shown.map((row) => row.reading)).toContain('やまかわたいしろう');
		}
		const href = await page.locator('.people-table tbody tr[data-reading="やまかわたいしろう"] th a').getAttribute('href');
		await page.goto(new URL(href ?? '', page.url()).href);
		expect(await page.locator('h1').textContent()).toContain('山川');
		const reading = page.locator('.person__reading');
		expect(await reading.isVisible()).toBe(true);
		expect(await reading.textContent()).toBe('読み：やまかわたいしろう');
		expect(await reading.locator('.visually-hidden').textContent()).toBe('読み：');
		await page.close();
	});

	test('on a phone with its keyboard open, the people the box keeps show above the keyboard as the reader types', async () => {
		// A 390 × 844 phone whose keyboard takes the lower half: the screen shows 390 × 400 of the page (its visual viewport).
		const phone = await launchBrowser({ width: 390, height: 844, touch: true });
		try {
			const { page } = await openPage(phone);
			await page.goto(siteUrl('people/'));
			await page.setViewportSize({ width: 390, height: 400 });
			const box = page.locator('#people-filter input[type="search"]');
			await box.tap();
			await page.keyboard.type('後藤');
			const shown = async (selector: string) =>
				page.locator(selector).evaluate((element) => {
					const rect = element.getBoundingClientRect();
					const view = window.visualViewport!;
					return rect.height > 0 && rect.top >= view.offsetTop && rect.bottom <= view.offsetTop + view.height;
				});
			expect(await page.locator('.people-table tbody tr:visible').count()).toBeGreaterThan(0);
			expect(await shown('.people-table tbody tr:visible >> nth=0')).toBe(true);
			expect(await shown('#people-filter-status')).toBe(true);
			// The box itself stays in view, to type on.
			expect(await shown('#people-filter input')).toBe(true);
			// No one kept: the line saying so shows.
			await box.fill('');
			await page.evaluate(() => window.scrollTo(0, 0));
			await box.tap();
			await page.keyboard.type('該当者なし');
			expect(await shown('#people-filter-status')).toBe(true);
			await page.close();
		} finally {
			await phone.close();
		}
	});

	test.each([
		[320, '100%'],
		[320, '200%'],
		[1280, '100%'],
	])('at %i px, text at %s, each list fits its column, so it needs no scrolling box: a speaker’s long label no roll matched breaks between its phrases', async (width, size) => {
		const label = '事務局（まちづくり推進課地域連携担当係長）';
		expect(entries.some((entry) => entry.meeting.remarks.some((remark) => remark.speaker === label))).toBe(true);
		const screen = await launchBrowser({ width, height: 800, touch: width < 400 });
		try {
			const { page } = await openPage(screen);
			await page.goto(siteUrl('people/'));
			await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), size);
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			// (On one line the label had made its table 336 px wide in a column of 288 on a phone, 672 in 256 at 200 %: its counts out of sight.)
			const wide = await page.locator('.people-table').evaluateAll((tables) =>
				tables.flatMap((table) => {
					const column = table.closest('main')!;
					const room = column.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(column).paddingRight);
					return table.scrollWidth > table.clientWidth + 1 || table.getBoundingClientRect().right > room + 1 ? [`${table.getAttribute('data-kind')}: ${table.scrollWidth} px, to ${Math.round(table.getBoundingClientRect().right)} of ${Math.round(room)}`] : [];
				}),
			);
			expect(wide).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			// No box around a table claims to a screen reader that it scrolls sideways, nor takes a stop of the Tab key, for a table that fits.
			expect(await page.locator('.people-table').evaluateAll((tables) => tables.filter((table) => table.closest('[role="region"], [tabindex="0"]')).length)).toBe(0);
			const name = page.locator('.people-table tbody th a', { hasText: label });
			if (width < 400) expect(await name.evaluate((link) => new Set([...link.getClientRects()].map((rect) => Math.round(rect.top))).size > 1 || link.getBoundingClientRect().height > 50)).toBe(true);
			await page.close();
		} finally {
			await screen.close();
		}
	});

	test.each(['100%', '200%'])('on a 320 px phone, text at %s, a 所属・役職 breaks between its words, never inside one (「東都大 / 学大学 / 院教授」)', async (size) => {
		const phone = await launchBrowser({ width: 320, height: 568, touch: true });
		try {
			const { page } = await openPage(phone);
			await page.goto(siteUrl('people/'));
			await page.evaluate((fontSize) => {
				document.documentElement.style.fontSize = fontSize;
			}, size);
			const cells = await page.locator('.people-table td:nth-child(2)').evaluateAll((tds) =>
				tds.map((td) => {
					// Each letter with the line it is drawn on; a line starts where a letter lies below the one before.
					let text = '';
					const starts: number[] = [];
					let lastTop: number | null = null;
					const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const value = node.textContent ?? '';
						for (let offset = 0; offset < value.length; offset++) {
							const range = document.createRange();
							range.setStart(node, offset);
							range.setEnd(node, offset + 1);
							const rect = range.getBoundingClientRect();
							if (rect.width > 0 && lastTop !== null && rect.top > lastTop + rect.height / 2) starts.push(text.length);
							if (rect.width > 0) lastTop = rect.top;
							text += value[offset];
						}
					}
					const segments = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)];
					// (A word wider than the cell, コーディネーション at 200 %, can only break inside.)
					const wider = (word: string): boolean => {
						const probe = document.createElement('span');
						probe.style.whiteSpace = 'nowrap';
						probe.textContent = word;
						td.append(probe);
						const width = probe.getBoundingClientRect().width;
						probe.remove();
						return width > td.clientWidth;
					};
					const inside = starts.filter((start) => {
						const word = segments.findLast((segment) => segment.index <= start);
						return word !== undefined && word.index !== start && !wider(word.segment);
					});
					return { text, lines: starts.length + 1, inside: inside.map((start) => `${text.slice(0, start)} / ${text.slice(start)}`) };
				}),
			);
			expect(cells.some((cell) => cell.lines > 1)).toBe(true);
			expect(cells.flatMap((cell) => cell.inside)).toEqual([]);
			await page.close();
		} finally {
			await phone.close();
		}
	});

	test('a person whose identity is unsettled is told so in the reader\'s words, with no path of the project', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('people/'));
		const unsettled = await page.locator('tbody tr:has(.badge) th a').first().getAttribute('href');
		expect(unsettled).not.toBeNull();
		await page.goto(new URL(unsettled!, siteUrl('people/')).href);
		const note = (await page.locator('p.note[role="note"]').textContent()) ?? '';
		expect(note).toContain('この人物の同定は未確定です。');
		expect(note).not.toMatch(/seeds\/|\.yml/u);
		expect(await page.locator('#attended-heading').textContent()).toMatch(/^出席者名簿に載った会議（\d+）$/u);
		await page.close();
	});
});

describe('a person’s remarks on a 360 px phone', () => {
	test('each remark’s row and each meeting’s link answer a tap 44 px tall (a one-line remark had been a row 29 px tall, the meeting’s link 24)', async () => {
		const phone = await launchBrowser({ width: 360, height: 740, touch: true });
		try {
			const { page } = await openPage(phone);
			await page.goto(siteUrl('meetings/series-530a06dc-2024-12-10-3/'));
			const href = await page.locator('a.remark__person').first().getAttribute('href');
			await page.goto(new URL(href!, siteUrl()).href);
			const rows = await page.locator('.person-remark, .person-meeting > h3 > a').evaluateAll((nodes) => nodes.map((node) => ({ what: `${node.className || node.tagName} ${node.textContent?.slice(0, 20)}`, height: Math.round(node.getBoundingClientRect().height) })));
			expect(rows.length).toBeGreaterThan(1);
			expect(rows.filter(({ height }) => height < 44)).toEqual([]);
			await page.close();
		} finally {
			await phone.close();
		}
	});
});

describe('a person’s counts on a 360 px phone', () => {
	test('「名簿上の出席 N 回」 and 「発言 N 件」 each lead to their list, 44 px tall (the remarks had been below the roles and every meeting attended)', async () => {
		const phone = await launchBrowser({ width: 360, height: 740, touch: true });
		try {
			const { page } = await openPage(phone);
			await page.goto(siteUrl('people/'));
			await page.locator('.people-table tbody th a').first().click();
			for (const [name, target] of [
				[/^発言 \d+ 件$/u, '#remarks-heading'],
				[/^名簿上の出席 \d+ 回$/u, '#attended-heading'],
			] as const) {
				const link = page.locator('.facts').getByRole('link', { name });
				expect((await link.boundingBox())!.height, String(name)).toBeGreaterThanOrEqual(44);
				await page.evaluate(() => window.scrollTo(0, 0));
				await link.click();
				expect(Math.abs(await page.locator(target).evaluate((heading) => heading.closest('section')!.getBoundingClientRect().top)), target).toBeLessThan(2);
			}
			await page.close();
		} finally {
			await phone.close();
		}
	});
});

describe('links between meetings', () => {
	test('seed 003 says plainly that タスクフォース第28回 is not in the archive', async () => {
		const entry = entryForSource(entries, '003_6e08e22d860207df.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const item = page.locator('#handouts li', { hasText: '第28回' });
		expect(await item.locator('a.ref').count()).toBe(0);
		expect(await item.locator('.ref--missing').textContent()).toContain('アーカイブ未収録');
		expect(await page.locator('#cites').textContent()).toContain('サイバーセキュリティタスクフォース 第28回（このアーカイブには未収録）');
		await page.close();
	});

	test('inside a remark\'s words, a reference to a meeting not in the archive carries a small tag, not words that read as the record\'s', async () => {
		const entry = entryForSource(entries, '903_e2e_variants.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const marks = await page.locator('.remark .ref--missing').evaluateAll((spans) =>
			spans.map((span) => {
				const after = getComputedStyle(span, '::after');
				return { text: span.textContent, tag: after.content, border: after.borderTopStyle, size: Number.parseFloat(after.fontSize) / Number.parseFloat(getComputedStyle(span).fontSize) };
			}),
		);
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) {
			// The remark's own text is as written; the tag is drawn beside it, smaller and framed.
			expect(mark.text).not.toContain('未収録');
			expect(mark.tag).toBe('"未収録"');
			expect(mark.border).toBe('solid');
			expect(mark.size).toBeLessThan(0.8);
		}
		await page.close();
	});

	test('seed 001 says plainly that 分科会第7回 and 第8回 are not in the archive', async () => {
		const entry = entryForSource(entries, '001_ec7056b31d2680ae.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${entry.id}/`));
		const missing = await page.locator('#handouts .ref--missing').allTextContents();
		expect(missing).toEqual(['ICT サイバーセキュリティ政策分科会第7回（アーカイブ未収録）', 'ICT サイバーセキュリティ政策分科会第8回（アーカイブ未収録）']);
		await page.close();
	});

	test('a later meeting citing 第42回 and 前回 links to 第42回, which shows it as "referred to by"', async () => {
		const citing = entryForSource(entries, '901_e2e_references.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${citing.id}/`));
		const handoutLink = page.locator('#handouts a.ref--meeting', { hasText: 'サイバーセキュリティタスクフォース第42回' });
		expect(await handoutLink.count()).toBe(1);
		const remark = page.locator('article.remark[data-remark-id="r1"]');
		expect(await remark.locator('a.ref--meeting', { hasText: /^前回$/u }).getAttribute('href')).toBe('/minutes/meetings/cybersecurity-task-force-042/');
		// A handout reference in a remark jumps to the handout entry on the same page.
		await remark.locator('a.ref--handout', { hasText: '資料 43-1' }).click();
		await page.waitForURL((url) => url.hash === '#handout-43-1');
		expect(await page.locator('#handout-43-1').textContent()).toContain('資料 43-1');
		await handoutLink.click();
		await page.waitForURL(/cybersecurity-task-force-042\/$/u);
		const citedBy = page.locator('#cited-by a');
		expect(await citedBy.count()).toBeGreaterThanOrEqual(1);
		const hrefs = await citedBy.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
		expect(hrefs.every((href) => href?.startsWith(`/minutes/meetings/${citing.id}/`))).toBe(true);
		await citedBy.first().click();
		await page.waitForURL(new RegExp(`${citing.id}/`, 'u'));
		await page.close();
	});

	test('remark text with links still reads exactly as the record', async () => {
		const citing = entryForSource(entries, '901_e2e_references.txt');
		const { page } = await openPage(session);
		await page.goto(siteUrl(`meetings/${citing.id}/`));
		for (const remark of citing.meeting.remarks) {
			const text = await page.locator(`article.remark[data-remark-id="${remark.id}"] > p`).allTextContents();
			expect(text.join('\n')).toBe(remark.text);
		}
		await page.close();
	});
});

describe('attendance and voice', () => {
	test('the series page draws meetings × members; the meeting page each speaker\'s share', async () => {
		const { page } = await openPage(session);
		await page.goto(siteUrl('series/cybersecurity-task-force/'));
		const states = await page.locator('#attendance tbody tr').first().locator('td').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-state')));
		expect(states.length).toBeGreaterThanOrEqual(3);
		expect(states.every((state) => ['spoke', 'attended', 'absent', 'unknown'].includes(state ?? ''))).toBe(true);
		await page.goto(siteUrl('meetings/cybersecurity-task-force-042/'));
		const counts = await page.locator('#voices .share__count').allTextContents();
		expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(entries.find((e) => e.id === 'cybersecurity-task-force-042')?.meeting.remarks.length);
		await page.close();
	});
});
