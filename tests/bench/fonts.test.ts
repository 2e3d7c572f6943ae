import { describe, expect, it } from 'vitest';
import { fontFamilies } from '../e2e/browser.ts';

describe('fontFamilies (fc-list output)', () => {
	it('takes the first name of each line once, unescaped and sorted', () => {
		const output = [
			'Noto Sans CJK JP,Noto Sans CJK JP Regular',
			'Noto Serif CJK JP',
			'Noto Sans CJK JP,Noto Sans CJK JP Bold',
			'IPAexGothic,IPAexゴシック',
			'M\\-PLUS 1p',
			'',
		].join('\n');
		expect(fontFamilies(output)).toEqual(['IPAexGothic', 'M-PLUS 1p', 'Noto Sans CJK JP', 'Noto Serif CJK JP']);
	});

	it('finds nothing in empty output', () => {
		expect(fontFamilies('')).toEqual([]);
		expect(fontFamilies('\n\n')).toEqual([]);
	});
});
