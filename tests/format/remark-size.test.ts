import { describe, expect, test } from 'vitest';
import { remarkExtent, textEms } from '../../src/format/remark-size.ts';

describe('a remark\'s lengths for the guess of its height', () => {
	test('a kanji or kana is 1 em, a Latin letter or digit about half of one', () => {
		expect(textEms('発言です')).toBe(4);
		expect(textEms('ICT 2024')).toBeCloseTo(8 * 0.55);
		// A half-width kana half of one; a letter outside the basic plane (two code units) one.
		expect(textEms('ｶﾅ𠮷')).toBeCloseTo(2 * 0.5 + 1);
	});

	test('its text without tags, an entity one letter; its paragraphs; its heading with the # and a speaker\'s arrows', () => {
		const extent = remarkExtent('<p>第一に、<a href="/x">資料1</a>を&amp;見る。</p>\n<p>以上です。</p>', '岡会長', true);
		expect(extent.blocks).toBe(2);
		// (第一に、 資料 1 を & 見る。, a space between the paragraphs, 以上です。: 16.65 em, to a tenth.)
		expect(extent.text).toBe(16.7);
		expect(extent.heading).toBeCloseTo((3 + 1 + 3.6) * 1.05, 1);
		expect(remarkExtent('一言', '岡会長', false)).toEqual({ text: 2, blocks: 1, heading: 4.2 });
	});
});
