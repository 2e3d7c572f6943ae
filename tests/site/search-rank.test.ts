import { describe, expect, test } from 'vitest';
import {
	containsPhrase,
	decodeEntities,
	markPhrase,
	parseExcerpt,
	rankItems,
	trimExcerpt,
	type SearchItem,
} from '../../src/utils/search-rank.ts';

describe('parseExcerpt', () => {
	test('splits Pagefind marks into parts and decodes entities', () => {
		expect(parseExcerpt('能動的<mark>サイバー</mark>防御 &lt;script&gt; &amp; &#39;x&#x27;')).toEqual([
			{ text: '能動的', mark: false },
			{ text: 'サイバー', mark: true },
			{ text: "防御 <script> & 'x'", mark: false },
		]);
	});

	test('drops any tag other than mark instead of keeping it as markup', () => {
		const parts = parseExcerpt('a<img src=x onerror=alert(1)>b<mark>c</mark>');
		expect(parts.map((part) => part.text).join('')).toBe('abc');
	});

	test('leaves unknown entities as written', () => {
		expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
	});
});

describe('containsPhrase', () => {
	test('ignores width, case and spaces', () => {
		expect(containsPhrase('ＮＩＣＴ の CYDER 演習', 'nict cyder')).toBe(false);
		expect(containsPhrase('ＮＩＣＴの演習', 'nict')).toBe(true);
		expect(containsPhrase('能動的サイバー 防御の議論', '能動的サイバー防御')).toBe(true);
		expect(containsPhrase('能動的な防御', '能動的サイバー防御')).toBe(false);
		expect(containsPhrase('anything', '  ')).toBe(false);
	});
});

describe('markPhrase', () => {
	test('marks the whole phrase once and drops stray segment marks', () => {
		const parts = parseExcerpt('政治<mark>的</mark>な話と<mark>能動</mark><mark>的</mark><mark>サイバー</mark><mark>防御</mark>の議論');
		expect(markPhrase(parts, '能動的サイバー防御')).toEqual([
			{ text: '政治的な話と', mark: false },
			{ text: '能動的サイバー防御', mark: true },
			{ text: 'の議論', mark: false },
		]);
	});

	test('keeps Pagefind marks when the phrase is absent', () => {
		const parts = parseExcerpt('<mark>能動</mark>的な対応');
		expect(markPhrase(parts, '能動的サイバー防御')).toEqual(parts);
	});
});

describe('trimExcerpt', () => {
	test('cuts around the first mark with ellipses', () => {
		const parts = [
			{ text: 'あ'.repeat(100), mark: false },
			{ text: '人材育成', mark: true },
			{ text: 'い'.repeat(300), mark: false },
		];
		const trimmed = trimExcerpt(parts, 10);
		expect(trimmed[0]).toEqual({ text: '…', mark: false });
		expect(trimmed.at(-1)).toEqual({ text: '…', mark: false });
		expect(trimmed.map((part) => part.text).join('')).toBe(`…${'あ'.repeat(10)}人材育成${'い'.repeat(16)}…`);
	});
});

function item(overrides: Partial<SearchItem>): SearchItem {
	return {
		meeting: 'm',
		anchor: 'r1',
		label: '小山構成員',
		kind: 'remark',
		meetingTitle: 't',
		date: '2023-02-01',
		series: 's',
		excerpt: [],
		hasPhrase: false,
		hits: 1,
		pageRank: 0,
		...overrides,
	};
}

describe('rankItems', () => {
	test('puts remarks that hold the whole phrase first, then page order, then hit count', () => {
		const items = [
			item({ anchor: 'r1', pageRank: 0, hits: 5 }),
			item({ anchor: 'r2', pageRank: 1, hits: 1, hasPhrase: true }),
			item({ anchor: 'r3', pageRank: 0, hits: 9 }),
			item({ anchor: 'r4', pageRank: 2, hasPhrase: true }),
		];
		expect(rankItems(items, false).map((hit) => hit.anchor)).toEqual(['r2', 'r4', 'r3', 'r1']);
	});

	test('keeps page (date) order when sorting by date, phrase hits first within a page', () => {
		const items = [
			item({ anchor: 'r1', pageRank: 0 }),
			item({ anchor: 'r2', pageRank: 0, hasPhrase: true }),
			item({ anchor: 'r3', pageRank: 1, hasPhrase: true }),
		];
		expect(rankItems(items, true).map((hit) => hit.anchor)).toEqual(['r2', 'r1', 'r3']);
	});
});
