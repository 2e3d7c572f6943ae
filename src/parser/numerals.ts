/** Japanese numerals: ASCII/full-width digits and kanji numerals (二十五, 二〇二四, 元). */

const KANJI_DIGITS: Readonly<Record<string, number>> = {
	〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A regex source matching one number written in digits or kanji numerals. */
export const NUMERAL_SOURCE = '[0-9０-９]+|[〇零一二三四五六七八九十百千]+';

/** Turn digits (ASCII or full-width) or kanji numerals into a number; null when it is not a numeral. */
export function parseNumeral(raw: string): number | null {
	const text = raw.normalize('NFKC').trim();
	if (/^[0-9]+$/.test(text)) return Number(text);
	if (!/^[〇零一二三四五六七八九十百千]+$/u.test(text)) return null;
	if (![...text].some((char) => char in KANJI_UNITS)) {
		// Digit by digit: 二〇二四 → 2024.
		return Number([...text].map((char) => KANJI_DIGITS[char]).join(''));
	}
	let total = 0;
	let pending: number | null = null;
	for (const char of text) {
		const unit = KANJI_UNITS[char];
		if (unit === undefined) {
			if (pending !== null) return null; // two digits in a row inside a positional numeral
			pending = KANJI_DIGITS[char] ?? 0;
		} else {
			total += (pending ?? 1) * unit;
			pending = null;
		}
	}
	return total + (pending ?? 0);
}
