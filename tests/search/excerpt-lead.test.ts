import { describe, expect, test } from 'vitest';
import { NEAR_LEAD, splitLead } from '../../src/search/client/render.ts';

// The text before a result's first word found, cut so that a narrow column with the text enlarged shows only the last
// NEAR_LEAD letters of it (the rest kept for a screen reader): render.ts partsToNodes, search.astro's `.result__far`.
describe('splitLead', () => {
	test('a long text before the word: its last letters near, the rest far', () => {
		const parts = [
			{ text: '委員からは、サイバー攻撃への', mark: false },
			{ text: '能動的', mark: true },
			{ text: 'な対応について', mark: false },
		];
		expect(splitLead(parts)).toEqual({ far: '委員からは、サイバ', near: 'ー攻撃への', rest: parts.slice(1) });
		expect(NEAR_LEAD).toBe(5);
	});

	test('a kanji outside the basic plane is one letter, never cut in two', () => {
		const split = splitLead([{ text: '𠮷野家の𠮷田委員は', mark: false }, { text: '防御', mark: true }]);
		expect(split?.near).toBe('𠮷田委員は');
		expect(split?.far).toBe('𠮷野家の');
	});

	test('a short text before the word, or no word found: nothing to cut', () => {
		expect(splitLead([{ text: 'その', mark: false }, { text: '対策', mark: true }])).toBeNull();
		expect(splitLead([{ text: 'どこにもない', mark: false }])).toBeNull();
	});
});
