/**
 * Names' readings (読み仮名): what a source gives as the reading of a name (the NDL API's `speakerYomi`, a roll's
 * `山本　誠一（やまもと・せいいち）`), checked to be kana, and the form a reading is looked up by (katakana folded to
 * hiragana, width, spaces and `・` aside), so that `たかはし`, `タカハシ` and `ﾀｶﾊｼ` find the same person.
 * Self-contained: the people list's filter and the search page run it in the browser.
 */

/** A reading as a source writes it: kana (either script), the long-vowel mark, spaces and `・` between the parts. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ ]+$/u;

/** A name's reading in hiragana in brackets right after the name, as a roll writes it (`（やまもと・せいいち）`, `(なかがわ ゆき)`). */
export const NAME_READING = /(?<=[\p{Script=Han}々])[（(](?<reading>[\p{Script=Hiragana}ー・ \u3000]{4,24})[）)]/u;

/**
 * A reading kept as given (NFKC, spaces collapsed, trimmed), or null when there is none or it is not kana only (a reading
 * with a kanji, a Latin letter or a bracket in it is no reading; the caller says so).
 */
export function cleanReading(value: string | null | undefined): string | null {
	if (value === null || value === undefined) return null;
	const reading = value.normalize('NFKC').replace(/\s+/gu, ' ').trim();
	if (reading === '') return null;
	return KANA_ONLY.test(reading) && /[^・ ]/u.test(reading) ? reading : null;
}

/** The reading in brackets after the name in a roll's entry as written, or null when it gives none. */
export function entryReading(text: string): string | null {
	return cleanReading(NAME_READING.exec(text)?.groups?.['reading'] ?? null);
}

/** The lookup form of a reading or of a query: NFKC, katakana folded to hiragana, spaces and `・` left out. */
export function readingKey(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u30a1-\u30f6]/gu, (letter) => String.fromCharCode(letter.charCodeAt(0) - 0x60))
		.replace(/[\s・]+/gu, '');
}

/** Whether a query is written in kana only (so that it may be a reading): its lookup form is hiragana and long-vowel marks. */
export function isReadingQuery(text: string): boolean {
	const key = readingKey(text);
	return key !== '' && /^[\p{Script=Hiragana}ー]+$/u.test(key);
}
