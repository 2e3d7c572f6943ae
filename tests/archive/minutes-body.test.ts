/**
 * The meeting page renders a converted body through `parseMinutesBody`: the converter's components
 * must come back with their ids in order, the text inside them unchanged, seed text never as
 * markup, and anything the converter does not write must fail with the file's name.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { toMdx } from '../../src/converter/mdx.ts';
import { splitFrontmatter } from '../../src/converter/content.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { MinutesBodyError, parseMinutesBody, type BodyPart } from '../../src/archive/minutes-body.ts';
import { HOSTILE_TEXTS } from '../converter/hostile-cases.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();

/** Every component part of a tree, depth first. */
function components(parts: BodyPart[]): Extract<BodyPart, { type: 'component' }>[] {
	return parts.flatMap((part) => (part.type === 'component' ? [part, ...components(part.children)] : []));
}

/** The HTML of a part list with components left out (their content kept). */
function html(parts: BodyPart[]): string {
	return parts.map((part) => (part.type === 'html' ? part.html : html(part.children))).join('');
}

/** Text of HTML as a reader sees it, without whitespace (paragraph breaks differ between the index and the page). */
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const visible = (markup: string) =>
	markup
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) =>
			name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity),
		)
		.replace(/\s+/g, '');

describe.each(seeds)('seed %s', (name) => {
	const bytes = readFileSync(join(SEEDS_DIR, name));
	const result = parseMinutes(bytes.toString('utf8'), { source: name, sourceHash: createHash('sha256').update(bytes).digest('hex') });
	const meeting = result.meeting!;
	const id = entryId(meeting);
	const parts = parseMinutesBody(splitFrontmatter(toMdx(result, id)).body, `content/${id}.mdx`);
	const found = components(parts);

	test('sections and remarks come back in order with their ids', () => {
		expect(found.filter((part) => part.name === 'Section').map((part) => part.props.id)).toEqual(result.body.map((section) => section.id));
		expect(found.filter((part) => part.name === 'Remark').map((part) => part.props.id)).toEqual(meeting.remarks.map((remark) => remark.id));
		for (const part of found) if (part.name !== 'Note') expect(part.props.meeting).toBe(id);
	});

	test("each remark's HTML holds exactly the remark's text", () => {
		const remarks = found.filter((part) => part.name === 'Remark');
		for (const [index, remark] of meeting.remarks.entries()) {
			expect(visible(html(remarks[index]!.children))).toBe(remark.text.replace(/\s+/g, ''));
		}
	});

	test('chat remarks keep their flag', () => {
		const chat = found.filter((part) => part.name === 'Remark' && part.props.chat === 'true').map((part) => part.props.id);
		expect(chat).toEqual(meeting.remarks.filter((remark) => remark.chat).map((remark) => remark.id));
	});
});

describe('seed text that looks like markup', () => {
	const paragraphs = HOSTILE_TEXTS.map((text, index) => ({ type: 'paragraph' as const, text, line: index + 2 }));
	const base = parseMinutes(readFileSync(join(SEEDS_DIR, seeds[0]!), 'utf8'), { source: seeds[0]!, sourceHash: '0'.repeat(64) });
	const result = { ...base, body: [{ id: 's1', title: '', line: 1, children: paragraphs }] };
	const parts = parseMinutesBody(splitFrontmatter(toMdx(result, 'x-001')).body, 'content/x-001.mdx');
	const markup = html(parts);

	test('is text in the HTML, never an element', () => {
		expect(markup).not.toMatch(/<(script|img|h1|h2|blockquote|code|pre|table|em|strong|ul|ol|hr)\b/);
		expect(markup).toContain('&#x3C;script>alert(1)&#x3C;/script>');
		expect(components(parts).map((part) => part.name)).toEqual(['Section']);
	});

	test('every hostile text is visible verbatim', () => {
		const text = visible(markup);
		for (const hostile of HOSTILE_TEXTS) {
			// Markdown escapes (`\*`) are the writer's; the reader sees the original characters, and entity-looking text stays literal.
			expect(text).toContain(hostile.replace(/\s+/g, ''));
		}
	});
});

describe('a body the converter did not write', () => {
	const cases: [string, string, RegExp][] = [
		['an expression', '<Section id="s1" meeting="m">\n\n{alert(1)}\n\n</Section>\n', /expression/],
		['an inline expression', 'text {globalThis.x} more\n', /expression/],
		['an import', 'import x from "y"\n\ntext\n', /import\/export/],
		['an unknown component', '<Script src="x.js" />\n', /unknown component <Script>/],
		['raw HTML', '<p onclick="alert(1)">x</p>\n', /unknown component <p>/],
		['an attribute expression', '<Remark id={x} meeting="m">\n\ntext\n\n</Remark>\n', /attribute/],
		['an attribute it never writes', '<Remark id="r1" meeting="m" onclick="alert(1)">\n\ntext\n\n</Remark>\n', /attribute the converter does not write \(onclick\)/],
		['a component inside a paragraph', 'before <Note>x</Note> after\n', /inside a paragraph/],
		['broken MDX', '<Section id="s1">\n\ntext\n', /not valid MDX/],
		['a javascript: link', '<Section id="s1" meeting="m">\n\n[x](javascript:alert\\(1\\))\n\n</Section>\n', /link to "javascript:alert\(1\)"/],
		['a data: link in a nested list', '- a\n  - [x](data:text/html,1)\n', /http\(s\) and mailto links only/],
		['an image', '![x](https://example.com/t.png)\n', /an image/],
	];
	test.each(cases)('%s fails with the file name', (_label, body, reason) => {
		expect(() => parseMinutesBody(body, 'content/x-001.mdx')).toThrow(MinutesBodyError);
		expect(() => parseMinutesBody(body, 'content/x-001.mdx')).toThrow(/^content\/x-001\.mdx: /);
		expect(() => parseMinutesBody(body, 'content/x-001.mdx')).toThrow(reason);
	});
});

describe('Markdown minutes: nested lists and links', () => {
	const name = 'list-fields.md';
	const text = readFileSync(join(import.meta.dirname, '../fixtures/layouts/markup', name), 'utf8');
	const result = parseMinutes(text, { source: name, sourceHash: '0'.repeat(64) });
	const id = entryId(result.meeting!);
	const parts = parseMinutesBody(splitFrontmatter(toMdx(result, id)).body, `content/${id}.mdx`);
	const remark = (remarkId: string) => html(components(parts).find((part) => part.name === 'Remark' && part.props.id === remarkId)!.children);

	test('a nested list stays inside its item, two levels deep', () => {
		expect(remark('r1')).toMatch(/<li>収入は会費と助成金\s*<ul>\s*<li>助成金は<a href="https:\/\/example\.org\/city\?id=12&#x26;y=2024">市の補助金<\/a>の申請中<\/li>\s*<\/ul>\s*<\/li>/);
	});

	test('links keep their text and address; bare URLs become links', () => {
		expect(remark('r1')).toContain('詳細は<a href="https://example.org/docs/budget-2024.pdf">予算案PDF</a>を参照。');
		expect(remark('r4')).toContain('<a href="https://github.com/example/bylaws/pull/7">https://github.com/example/bylaws/pull/7</a>');
	});

	test("each remark's HTML holds exactly the remark's text", () => {
		const remarks = components(parts).filter((part) => part.name === 'Remark');
		expect(remarks.map((part) => part.props.id)).toEqual(result.meeting!.remarks.map((r) => r.id));
		for (const [index, r] of result.meeting!.remarks.entries()) expect(visible(html(remarks[index]!.children))).toBe(r.text.replace(/\s+/g, ''));
	});
});

describe("a list whose items carry the record's own mark", () => {
	const text = ['第３回 地域福祉推進委員会 議事概要', '', '１ 日時 令和６年７月１０日（水）午後２時～午後３時', '２ 場所 市役所 会議室', '３ 出席者 山田委員長、佐藤委員', '４ 議事概要', '（１）計画の進捗について', '事務局から資料１に基づき説明があった。', '・見守り活動の担い手が不足しているとの意見があった。', '・地域の団体との連携を深めるべきとの意見があった。', ''].join('\n');
	const result = parseMinutes(text, { source: 'own-marks.txt', sourceHash: '0'.repeat(64) });
	const id = entryId(result.meeting!);
	const body = splitFrontmatter(toMdx(result, id)).body;

	test('is drawn without a bullet of its own, each item keeping its mark as written', () => {
		expect(body).toContain('- ・見守り活動');
		const shown = html(parseMinutesBody(body, `content/${id}.mdx`));
		expect(shown).toMatch(/<ul class="own-marks">\s*<li>・見守り活動の担い手が不足しているとの意見があった。<\/li>\s*<li>・地域の団体との連携を深めるべきとの意見があった。<\/li>\s*<\/ul>/u);
	});

	test('a list with an item without a mark keeps its bullets', () => {
		const shown = html(parseMinutesBody('- ・一つ目\n- 二つ目\n', 'content/x-001.mdx'));
		expect(shown).toContain('<ul>');
		expect(shown).not.toContain('own-marks');
	});

	test('in a nested list, the marked list alone is drawn without bullets', () => {
		expect(html(parseMinutesBody('- 収入は会費と助成金\n  - ※助成金は申請中\n', 'content/x-001.mdx'))).toMatch(/^<ul>[\s\S]*<ul class="own-marks">/u);
	});
});

describe('Markdown minutes with hostile text', () => {
	const text = [
		'# 第1回 理事会 議事録',
		'',
		'- 日時: 2024年5月10日',
		'- 参加者: 山田, 佐藤',
		'',
		'## 議事 <script>alert(1)</script>',
		'',
		'<script>alert("x")</script>',
		'',
		'{1+1} と ${process.env.SECRET}',
		'',
		'import fs from "node:fs"',
		'',
		'export const leak = 1',
		'',
		'- 山田: <img src=x onerror=alert(1)> {a + b}',
		'  - [link <b>{x}</b>](https://example.com/x_(1)?q=y) と [bad](javascript:alert(1))',
		'    - `code {x}` と <Section id="evil" meeting="x">',
		'',
		'</Remark>',
	].join('\n');
	const result = parseMinutes(text, { source: 'hostile.md', sourceHash: '0'.repeat(64) });
	const id = entryId(result.meeting!);
	const parts = parseMinutesBody(splitFrontmatter(toMdx(result, id)).body, `content/${id}.mdx`);
	const markup = html(parts);

	test('is read by the markup reader; raw HTML, expressions and modules are text', () => {
		expect(result.family).toBe('markup');
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.text])).toEqual([
			['山田', '<img src=x onerror=alert(1)> {a + b}\nlink <b>{x}</b> と bad\ncode {x} と <Section id="evil" meeting="x">'],
		]);
	});

	test('the page gets only the converter components, links only to http(s)', () => {
		expect(components(parts).map((part) => part.name)).toEqual(['Section', 'Remark']);
		expect(markup).not.toMatch(/<(script|img|b|code)\b/);
		expect(markup).not.toContain('javascript:');
		expect(markup).toContain('<a href="https://example.com/x_(1)?q=y">link &#x3C;b>{x}&#x3C;/b></a>');
		const visibleText = visible(markup);
		for (const piece of ['<script>alert("x")</script>', '{1+1}と${process.env.SECRET}', 'importfsfrom"node:fs"', 'exportconstleak=1', '</Remark>']) {
			expect(visibleText).toContain(piece);
		}
	});
});

describe('a table inside a remark', () => {
	// A web page's table of figures inside a turn: each row a paragraph, its cells separated by tabs (html-text.ts).
	const text = [
		'第３回 交通政策審議会 議事要旨',
		'日時：令和6年7月10日（水）14:00～15:30',
		'出席者：山本委員長、佐藤委員',
		'議事',
		'山本委員長：資料１の路線別利用状況について説明をお願いします。',
		'中央循環線\tみらい駅前\t<b>497,112</b>\t106.0%',
		'北部丘陵線\t\t192,003\thttps://example.jp/bus',
		'佐藤委員：北部丘陵線の収支率について伺います。',
	].join('\n');
	const result = parseMinutes(text, { source: 'kotsu.txt', sourceHash: '0'.repeat(64) });
	const parts = parseMinutesBody(splitFrontmatter(toMdx(result, 'kotsu')).body, 'kotsu.mdx');
	const first = components(parts).find((part) => part.name === 'Remark');
	const markup = first ? html(first.children) : '';

	test('shows each row as a row of cells, the tabs kept between them and the text escaped', () => {
		const tab = '<span aria-hidden="true">\t</span>';
		expect(markup).toContain(`<p class="cells" role="row"><span class="cell" role="cell">中央循環線</span>${tab}<span class="cell" role="cell">みらい駅前</span>${tab}<span class="cell" role="cell">&#x3C;b>497,112&#x3C;/b></span>${tab}<span class="cell" role="cell">106.0%</span></p>`);
		// An empty cell stays a cell; a link in a cell stays inside it.
		expect(markup).toContain(`<p class="cells" role="row"><span class="cell" role="cell">北部丘陵線</span>${tab}<span class="cell" role="cell"></span>${tab}<span class="cell" role="cell">192,003</span>${tab}<span class="cell" role="cell"><a href="https://example.jp/bus">https://example.jp/bus</a></span></p>`);
		// The rows one after the other are one table, with no row naming the columns: the record names none.
		expect(markup.match(/<div class="cells-table" role="table">/g)?.length).toBe(1);
		expect(markup).toMatch(/<div class="cells-table" role="table"><p class="cells" role="row">.*?<\/p>\s*<p class="cells" role="row">.*?<\/p><\/div>/su);
		expect(markup).not.toContain('columnheader');
		// A paragraph without tabs is a paragraph.
		expect(markup).toContain('<p>資料１の路線別利用状況について説明をお願いします。</p>');
		expect(visible(markup)).toBe((result.meeting?.remarks[0]?.text ?? '').replace(/\s+/g, ''));
	});
});

describe('a Markdown table inside a remark', () => {
	// A Markdown table's first row is its head: it names the columns.
	const text = [
		'# 第2回 まちづくり協議会 議事録',
		'',
		'- 日時: 2024年9月3日(火) 18:30〜20:00',
		'- 出席者: 森田会長, 林委員',
		'',
		'## 報告事項',
		'',
		'森田会長: 執行状況は次のとおり。',
		'',
		'| 事業 | 予算額 | 執行率 |',
		'| --- | --- | --- |',
		'| 防災訓練 | 320,000 | 93.3% |',
		'| [清掃活動](https://example.org/clean) | 80,000 | 76.5% |',
		'',
		'林委員: 了解しました。',
	].join('\n');
	const result = parseMinutes(text, { source: 'machi.md', sourceHash: '0'.repeat(64) });
	const mdx = splitFrontmatter(toMdx(result, 'machi')).body;
	const remark = components(parseMinutesBody(mdx, 'machi.mdx')).find((part) => part.name === 'Remark');
	const markup = remark ? html(remark.children) : '';

	test('its head row is the columns’ headers, the rows under it cells, all in one table', () => {
		expect(mdx).toContain('<Table head="1">');
		const tables = markup.match(/<div class="cells-table" role="table">.*?<\/div>/gsu) ?? [];
		expect(tables.length).toBe(1);
		const rows = tables[0]!.match(/<p [^>]*>.*?<\/p>/gsu) ?? [];
		const roles = rows.map((row) => [...row.matchAll(/<span class="cell" role="(\w+)">(.*?)<\/span>(?=<span aria-hidden|<\/p>)/gsu)].map((cell) => `${cell[1]}:${cell[2]!.replace(/<[^>]+>/g, '')}`));
		expect(roles).toEqual([
			['columnheader:事業', 'columnheader:予算額', 'columnheader:執行率'],
			['cell:防災訓練', 'cell:320,000', 'cell:93.3%'],
			['cell:清掃活動', 'cell:80,000', 'cell:76.5%'],
		]);
		expect(rows[0]).toContain('class="cells cells--head"');
		expect(visible(markup)).toBe((result.meeting?.remarks[0]?.text ?? '').replace(/\s+/g, ''));
	});

	test('a <Table> that is not rows with their head is refused', () => {
		expect(() => parseMinutesBody('<Section id="s1" meeting="m">\n  <Table head="2">\n    a\tb\n  </Table>\n</Section>\n', 'x.mdx')).toThrow(MinutesBodyError);
		expect(() => parseMinutesBody('<Section id="s1" meeting="m">\n  <Table head="1">\n    no tabs here\n  </Table>\n</Section>\n', 'x.mdx')).toThrow(MinutesBodyError);
	});
});
