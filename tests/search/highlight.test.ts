import { describe, expect, test } from 'vitest';
import { highlightParts } from '../../src/search/client/highlight.ts';

describe('highlightParts', () => {
	test.each([
		{ query: 'サイバー 防御', text: '能動的サイバーと防御の議論', expected: ['サイバー', '防御'] },
		{ query: 'ＮＩＣＴ', text: 'NICT と nict', expected: ['NICT', 'nict'] },
		{ query: '  a.b  ', text: 'a.b axb', expected: ['a.b'] },
		{ query: 'サイバー防御 防御', text: 'サイバー防御', expected: ['サイバー防御'] },
		{ query: 'ご指摘', text: '御指摘の通り、ご指摘の件', expected: ['御指摘', 'ご指摘'] },
		{ query: '長官', text: '⻑官の説明', expected: ['⻑官'] },
		{ query: '取組', text: '地域の取り組みを', expected: ['取り組み'] },
		{ query: 'サーバ', text: 'サーバー 更新', expected: ['サーバー'] },
	])('$query marks $expected in $text', ({ query, text, expected }) => {
		const parts = highlightParts(query, text);
		expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(expected);
		expect(parts.map((part) => part.text).join('')).toBe(text);
	});

	test('an empty query marks nothing', () => {
		expect(highlightParts(' 　', 'テキスト')).toEqual([{ text: 'テキスト', mark: false }]);
	});
});
