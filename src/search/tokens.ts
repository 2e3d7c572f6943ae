/**
 * The search index's own segmentation, the same on both sides: the index (src/search/index/build.ts)
 * writes every run of Japanese letters as overlapping character bigrams, and the search box turns a
 * query into the same bigrams, so Pagefind only splits on spaces (fast, no dictionary) and a query
 * finds exactly the pages holding its letters in that order, whatever a dictionary would have cut.
 *
 * A run of n Japanese letters becomes n tokens: the bigram starting at each letter, and the last letter
 * alone (能動的 → 能動 動的 的), so every letter starts a token (a one-letter query finds it as a prefix)
 * and the text can be read back from the tokens (`joinTokens`: the first letter of each bigram, the lone
 * letter as it is). Japanese punctuation is set apart; other text (Latin words, digits) stays as it is.
 */

/** The language the index is written in: Pagefind then splits on whitespace only, at index time and in the browser. */
export const INDEX_LANGUAGE = 'und';

/** A letter of a Japanese run: kanji (with 々〆〇), hiragana, katakana and the long-vowel mark ー. */
const JAPANESE = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3005-\u3007\u30fc]$/u;

/** Japanese punctuation and symbols (、。「」・ …): written apart from the words next to them. */
const JAPANESE_MARK = /^[\u3001-\u3004\u3008-\u303f\u30fb]$/u;

/** True for one Japanese letter (one code point). */
export function isJapaneseLetter(char: string): boolean {
	return JAPANESE.test(char);
}

/** The tokens of one run of Japanese letters as the index writes them: a bigram per letter, the last letter alone. */
export function runTokens(letters: readonly string[]): string[] {
	return letters.map((letter, index) => letter + (letters[index + 1] ?? ''));
}

/** Split text into Japanese runs (arrays of letters) and the text between them. */
function pieces(text: string): { run: string[] | null; text: string }[] {
	const out: { run: string[] | null; text: string }[] = [];
	let run: string[] = [];
	let other = '';
	for (const char of text) {
		if (isJapaneseLetter(char)) {
			if (other) out.push({ run: null, text: other });
			other = '';
			run.push(char);
		} else {
			if (run.length > 0) out.push({ run, text: '' });
			run = [];
			other += char;
		}
	}
	if (run.length > 0) out.push({ run, text: '' });
	if (other) out.push({ run: null, text: other });
	return out;
}

/** Text as the index writes it: each Japanese run replaced by its tokens, set apart by spaces, and Japanese punctuation set apart. */
export function segmentText(text: string): string {
	return pieces(text)
		.map((piece) => (piece.run ? ` ${runTokens(piece.run).join(' ')} ` : separateMarks(piece.text)))
		.join('');
}

/** Japanese punctuation set apart by spaces (、IoT → 、 IoT), so that the word next to it is a word of its own. */
export function separateMarks(text: string): string {
	return /[\u3001-\u303f\u30fb]/.test(text) ? [...text].map((char) => (JAPANESE_MARK.test(char) ? ` ${char} ` : char)).join('') : text;
}

/**
 * The Pagefind words of one query word: the bigrams of each Japanese run (a run of one letter stays one
 * letter, which Pagefind matches as the start of a token), other text as it is. Pagefind returns the pages
 * holding every word; the search page then checks each remark for the query itself.
 */
export function queryTokens(word: string): string[] {
	const tokens: string[] = [];
	for (const piece of pieces(word)) {
		if (!piece.run) tokens.push(...piece.text.split(/\s+/).filter(Boolean));
		else if (piece.run.length === 1) tokens.push(piece.run[0] ?? '');
		else tokens.push(...runTokens(piece.run).slice(0, -1));
	}
	return tokens;
}

/** The Pagefind query for the words of a search: their tokens, space-separated. */
export function pagefindQuery(words: readonly string[]): string {
	return words.flatMap(queryTokens).join(' ');
}

/** One token's kind: a bigram or lone letter of a Japanese run, Japanese punctuation, or other text. */
function tokenKind(token: string): 'bigram' | 'letter' | 'mark' | 'other' {
	const letters = [...token];
	if (letters.length === 2 && letters.every(isJapaneseLetter)) return 'bigram';
	if (letters.length === 1 && isJapaneseLetter(token)) return 'letter';
	if (letters.every((char) => JAPANESE_MARK.test(char))) return 'mark';
	return 'other';
}

/**
 * Read text back from index tokens (the words of a Pagefind fragment, in order): a bigram gives its first
 * letter, a lone letter itself; tokens are joined by a space unless a Japanese letter or mark is on either side.
 * The inverse of `segmentText` up to whitespace next to Japanese letters.
 */
export function joinTokens(tokens: readonly string[]): string {
	let out = '';
	let previous: ReturnType<typeof tokenKind> | null = null;
	for (const token of tokens) {
		if (!token) continue;
		const kind = tokenKind(token);
		if (previous !== null && previous === 'other' && kind === 'other') out += ' ';
		out += kind === 'bigram' ? [...token][0] : token;
		previous = kind;
	}
	return out;
}
