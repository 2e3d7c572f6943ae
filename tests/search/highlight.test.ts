import { describe, expect, test } from 'vitest';
import { highlightPattern } from '../../src/search/client/highlight.ts';

describe('highlightPattern', () => {
	test.each([
		{ query: 'サイバー 防御', text: '能動的サイバー防御の議論', expected: ['サイバー', '防御'] },
		{ query: 'ＮＩＣＴ', text: 'NICT と nict', expected: ['NICT', 'nict'] },
		{ query: '  a.b  ', text: 'a.b axb', expected: ['a.b'] },
		{ query: 'サイバー防御 防御', text: 'サイバー防御', expected: ['サイバー防御'] },
	])('$query marks $expected in $text', ({ query, text, expected }) => {
		const pattern = highlightPattern(query);
		expect([...text.matchAll(pattern!)].map((match) => match[0])).toEqual(expected);
	});

	test('an empty query marks nothing', () => {
		expect(highlightPattern(' 　')).toBeNull();
	});
});
