import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { toMdx, linkify, linkSpans } from '../../src/converter/mdx.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Block, LinkSpan, ListBlock, ParseResult } from '../../src/parser/types.ts';
import { HOSTILE_TEXTS } from './hostile-cases.ts';
import { expectFaithfulMdx, splitMdx } from './mdx-check.ts';

const ENTRY = 'cybersecurity-task-force-042';

/** YAML that tries to end the frontmatter, add keys, anchors, tags and comments. */
const YAML_HOSTILE = ['---', '---\nkind: document', 'a: b', '# comment', '*alias', '&anchor x', '!!python/object x', "'single'", '"double"', '- item', '? key', '@at', '`tick', '%YAML', 'yes', 'null', '42', '2023-02-01', ' lead', 'trail ', '|', '>', '{a: 1}', '[1, 2]', 'NEL\u0085LS\u2028PS\u2029', 'tab\there', '\\'];

function hostileMeeting(): Meeting {
	return {
		title: '---\ntitle: injected',
		series: 'サイバーセキュリティタスクフォース: #1',
		seriesSlug: 'cybersecurity-task-force',
		session: 42,
		kind: 'minutes',
		source: '*seed & !file.txt',
		sourceHash: 'ab'.repeat(32),
		date: '2023-02-01',
		start: '16:00',
		end: null,
		location: '&anchor オンライン',
		participants: [
			{ group: '【構成員】: x', members: YAML_HOSTILE.map((text) => ({ text, name: text, title: null, affiliation: text })) },
		],
		handouts: [{ id: '資料 42-1-1', title: '国際連携: #取組', note: '非公開資料' }],
		agenda: [{ number: 1, title: '「国際連携」 --- について', section: 's2' }],
		sections: [
			{ id: 's1', title: '', line: 1 },
			{ id: 's2', title: '議題（1）', line: 10 },
		],
		remarks: [
			{ id: 'r1', speaker: '小山構成員', section: 's2', chat: false, line: 12, text: HOSTILE_TEXTS.join('\n') },
			{ id: 'r2', speaker: '*NTT 松原氏', section: 's2', chat: true, line: 40, text: YAML_HOSTILE.join('\n') },
		],
	};
}

function hostileResult(): ParseResult {
	const paragraphs: Block[] = HOSTILE_TEXTS.map((text, i) => ({ type: 'paragraph', text, line: 12 + i }));
	return {
		family: 'council',
		meeting: hostileMeeting(),
		diagnostics: [],
		body: [
			{ id: 's1', title: '', line: 1, children: [{ type: 'paragraph', text: HOSTILE_TEXTS[0]!, line: 1 }] },
			{
				id: 's2',
				title: '議題（1）',
				line: 10,
				children: [
					{ type: 'note', text: '（以下チャット欄より抜粋）{x}', line: 11 },
					{ type: 'remark', id: 'r1', speaker: '小山構成員', chat: false, line: 12, children: paragraphs },
					{
						type: 'remark',
						id: 'r2',
						speaker: '*NTT 松原氏',
						chat: true,
						line: 40,
						children: [
							{ type: 'list', line: 40, items: HOSTILE_TEXTS.map((text, i) => ({ text, line: 40 + i })) },
							{ type: 'note', text: '<議事（1）について>', line: 90 },
							...YAML_HOSTILE.map((text, i): Block => ({ type: 'paragraph', text, line: 91 + i })),
						],
					},
					{ type: 'list', line: 200, items: [{ text: 'foo', line: 200 }, { text: '- bar', line: 201 }] },
					{ type: 'paragraph', text: 'export function f() {}', line: 202 },
				],
			},
			{ id: 's3', title: '', line: 300, children: [] },
		],
	};
}

describe('toMdx', () => {
	test('hostile text stays text through both MDX readers, frontmatter round-trips', () => {
		const result = hostileResult();
		expectFaithfulMdx(toMdx(result, ENTRY), result, ENTRY);
	});

	test.each(HOSTILE_TEXTS.map((text) => ({ text })))('single paragraph and list item $text', ({ text }) => {
		const result: ParseResult = {
			...hostileResult(),
			body: [
				{
					id: 's1',
					title: '',
					line: 1,
					children: [
						{ type: 'paragraph', text, line: 1 },
						{ type: 'list', line: 2, items: [{ text, line: 2 }] },
					],
				},
			],
		};
		expectFaithfulMdx(toMdx(result, ENTRY), result, ENTRY);
	});

	test('body has the contract shape and no raw hostile line', () => {
		const { body } = splitMdx(toMdx(hostileResult(), ENTRY));
		expect(body.startsWith(`<Section id="s1" meeting="${ENTRY}">\n`)).toBe(true);
		expect(body).toContain(`<Remark id="r2" meeting="${ENTRY}" chat="true">`);
		expect(body).toContain(`<Remark id="r1" meeting="${ENTRY}">`);
		const lines = body.split('\n').map((l) => l.trimStart());
		for (const bad of ['import ', 'export ', '<script', '{', '# ', '> ', '---']) {
			expect(lines.filter((l) => l.startsWith(bad)), bad).toEqual([]);
		}
	});

	test('a seed line "- foo" becomes a list item whose text is "foo"', () => {
		const { body } = splitMdx(toMdx(hostileResult(), ENTRY));
		expect(body).toContain('  - foo\n  - \\- bar\n');
	});

	test('deterministic: same input, same bytes, whatever the key order of the record', () => {
		const a = toMdx(hostileResult(), ENTRY);
		const shuffled = hostileResult();
		const reversed = Object.fromEntries(Object.entries(shuffled.meeting!).reverse()) as Meeting;
		expect(toMdx({ ...shuffled, meeting: reversed }, ENTRY)).toBe(a);
		expect(toMdx(hostileResult(), ENTRY)).toBe(a);
	});

	test('frontmatter keys are in schema order and long strings are not folded', () => {
		const { yaml } = splitMdx(toMdx(hostileResult(), ENTRY));
		const keys = yaml.split('\n').filter((l) => /^[a-zA-Z]/.test(l)).map((l) => l.split(':')[0]);
		expect(keys).toEqual(['title', 'series', 'seriesSlug', 'session', 'kind', 'source', 'sourceHash', 'date', 'start', 'end', 'location', 'participants', 'handouts', 'agenda', 'sections', 'remarks']);
		const long = 'あ'.repeat(500);
		const result = { ...hostileResult(), meeting: { ...hostileMeeting(), title: long } };
		expect(splitMdx(toMdx(result, ENTRY)).yaml).toContain(`title: "${long}"\n`);
		expect(stringify(long, { lineWidth: 0 }).trim()).toBe(long);
	});

	test('refuses a null record and non-ASCII ids in attributes', () => {
		expect(() => toMdx({ ...hostileResult(), meeting: null }, ENTRY)).toThrow(/meeting record/);
		expect(() => toMdx(hostileResult(), 'サイバー')).toThrow(/attribute/);
	});
});

describe('linkify', () => {
	test.each([
		['<https://a.jp/x>', ['<', 'https://a.jp/x', '>']],
		['見てhttps://a.jp/x。', ['見て', 'https://a.jp/x', '。']],
		['(see http://a.jp/f(1)).', ['(see ', 'http://a.jp/f(1)', ').']],
		['https://a.jp/x, and http://b.jp', ['https://a.jp/x', ', and ', 'http://b.jp']],
		['https:// not a url', ['https:// not a url']],
	])('%s', (text, parts) => {
		const nodes = linkify(text);
		expect(nodes.map((n) => (n.type === 'link' ? n.url : n.type === 'text' ? n.value : '?'))).toEqual(parts);
		expect(nodes.filter((n) => n.type === 'link').every((n) => n.type === 'link' && n.children[0]?.type === 'text' && n.children[0].value === n.url)).toBe(true);
	});
});

/** Link texts and addresses that would break out of a Markdown link or become JSX, expressions or scripts. */
const HOSTILE_LINKS: { text: string; url: string }[] = [
	{ text: '<script>alert(1)</script>', url: 'https://example.com/a' },
	{ text: '{1+1}', url: 'https://example.com/q?x={1+1}&y=<b>' },
	{ text: 'close) and ](evil)', url: 'https://example.com/wiki/A_(b))' },
	{ text: '[nested](x)', url: 'https://example.com/a b' },
	{ text: '*強調*', url: 'https://example.com/back`tick\\slash*star*_u_' },
	{ text: 'import x from "y"', url: 'mailto:info@example.org?subject=%E8%AD%B0%E4%BA%8B' },
	{ text: 'javascript', url: 'javascript:alert(1)' },
	{ text: 'data', url: 'data:text/html,<script>alert(1)</script>' },
	{ text: '---', url: 'https://example.com/"quoted"' },
];

/** A paragraph text made of the hostile link texts, with one span over each. */
function linkedText(prefix: string): { text: string; links: LinkSpan[] } {
	let text = prefix;
	const links: LinkSpan[] = [];
	for (const { text: label, url } of HOSTILE_LINKS) {
		text += '前';
		links.push({ start: text.length, end: text.length + label.length, url });
		text += label;
	}
	return { text: `${text}後`, links };
}

/** A three-level list whose items are hostile texts, the middle level numbered from 3. */
function nestedList(line: number): ListBlock {
	const linked = linkedText('項目');
	return {
		type: 'list',
		line,
		items: HOSTILE_TEXTS.slice(0, 6).map((text, i) => ({
			text,
			line: line + i,
			children: [
				{
					type: 'list',
					line: line + i,
					ordered: true,
					start: 3,
					items: [
						{ ...linked, line: line + i, children: [{ type: 'list', line: line + i, items: HOSTILE_TEXTS.slice(6, 12).map((inner) => ({ text: inner, line: line + i })) }] },
						{ text: '', line: line + i, children: [{ type: 'list', line: line + i, items: [{ text: '{空の項目の下}', line: line + i }] }] },
					],
				},
			],
		})),
	};
}

describe('nested lists and links', () => {
	const linked = linkedText('資料');
	const result: ParseResult = {
		...hostileResult(),
		body: [
			{
				id: 's1',
				title: '',
				line: 1,
				children: [
					{ type: 'paragraph', line: 1, ...linked },
					nestedList(2),
					{ type: 'remark', id: 'r1', speaker: '小山構成員', chat: false, line: 20, children: [{ type: 'paragraph', line: 20, ...linked }, nestedList(21)] },
				],
			},
		],
	};
	const mdx = toMdx(result, ENTRY);

	test('stay lists and links through both MDX readers, every text verbatim', () => {
		expectFaithfulMdx(mdx, result, ENTRY);
	});

	test('only http(s) and mailto spans become links; the others stay text', () => {
		const nodes = linkSpans(linked.text, linked.links);
		const links = nodes.filter((node) => node.type === 'link').map((node) => node.url);
		expect(links).toEqual(HOSTILE_LINKS.map((link) => link.url).filter((url) => /^(?:https?:|mailto:)/.test(url) && !/[\s"<>]/.test(url)));
		const { body } = splitMdx(mdx);
		expect(body).not.toMatch(/javascript:|data:text/);
		// Every `<` of the texts is escaped (`\\<script>`), so no raw tag is left.
		expect(body).not.toMatch(/(?<!\\)<script/);
	});

	test('an ordered list keeps its start number', () => {
		expect(splitMdx(mdx).body).toMatch(/^ {4,}3\. /m);
	});
});
