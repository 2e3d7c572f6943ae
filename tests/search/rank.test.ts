import { describe, expect, test } from 'vitest';
import { rankItems, trimExcerpt, type SearchItem } from '../../src/search/client/rank.ts';
import { decodeEntities } from '../../src/format/escape.ts';

describe('decodeEntities', () => {
	test('decodes named and numeric entities, leaves unknown ones as written', () => {
		expect(decodeEntities('&lt;script&gt; &amp; &#39;x&#x27; &#x3C;')).toBe("<script> & 'x' <");
		expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
		expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
	});

	test.each(['&constructor;', '&toString;', '&__proto__;', '&hasOwnProperty;'])('%s is not a lookup on Object.prototype', (text) => {
		expect(decodeEntities(text)).toBe(text);
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
		agenda: '',
		exact: true,
		hits: 1,
		pageRank: 0,
		...overrides,
	};
}

describe('rankItems', () => {
	test("keeps Pagefind's page order, then more matched words, then document order", () => {
		const items = [
			item({ anchor: 'r1', pageRank: 1, hits: 5 }),
			item({ anchor: 'r2', pageRank: 0, hits: 1 }),
			item({ anchor: 'r3', pageRank: 0, hits: 9 }),
			item({ anchor: 'r4', pageRank: 0, hits: 1 }),
		];
		expect(rankItems(items).map((hit) => hit.anchor)).toEqual(['r3', 'r2', 'r4', 'r1']);
	});

	test('puts hits in the form asked before spelling-variant hits, whatever the page order', () => {
		const items = [item({ anchor: 'r1', pageRank: 0, hits: 3, exact: false }), item({ anchor: 'r2', pageRank: 1, hits: 1, exact: true })];
		expect(rankItems(items).map((hit) => hit.anchor)).toEqual(['r2', 'r1']);
	});
});
