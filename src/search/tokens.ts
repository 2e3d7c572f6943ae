/**
 * The search index's own segmentation, the same on both sides: the index (src/search/index/build.ts)
 * writes every run of Japanese letters as overlapping character bigrams, and the search box turns a
 * query into the same bigrams, so Pagefind only splits on spaces (fast, no dictionary) and a query
 * finds exactly the pages holding its letters in that order, whatever a dictionary would have cut.
 *
 * A run of n Japanese letters becomes n tokens: the bigram starting at each letter, and the last letter
 * marked as alone (能動的 → 能動 動的 的_), so every letter starts a token (a one-letter query finds it as
 * a prefix) and the text can be read back from the tokens (`joinTokens`: the first letter of each token).
 * The mark keeps a lone letter from being a prefix of a bigram: Pagefind answers a word it does not hold
 * with the longest word it holds that begins it (新幹 → 新), and a query absent from the archive must find
 * nothing. Japanese punctuation is set apart; other text (Latin words, digits) stays as it is.
 */

/** The language the index is written in: Pagefind then splits on whitespace only, at index time and in the browser. */
export const INDEX_LANGUAGE = 'und';

/** A letter of a Japanese run: kanji (with 々〆〇), hiragana, katakana and the long-vowel mark ー. */
const JAPANESE = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3005-\u3007\u30fc]$/u;

/** Japanese punctuation and symbols (、。「」・ …): written apart from the words next to them. */
const JAPANESE_MARK = /^[\u3001-\u3004\u3008-\u303f\u30fb]$/u;
/** Half of a surrogate pair: a letter outside the BMP (𠮷), two code units. */
const SURROGATE = /[\ud800-\udfff]/;
const MARKS = /[\u3001-\u3004\u3008-\u303f\u30fb]+/g;

/** True for one Japanese letter (one code point). */
export function isJapaneseLetter(char: string): boolean {
	return JAPANESE.test(char);
}

/** What follows a letter that ends its run (Pagefind keeps `_` in words). */
export const LONE = '_';

/** The tokens of one run of Japanese letters as the index writes them: a bigram per letter, the last letter marked as alone. */
export function runTokens(letters: readonly string[]): string[] {
	return letters.map((letter, index) => letter + (letters[index + 1] ?? LONE));
}

/** A run of Japanese letters (the letter class of `JAPANESE`). */
const RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3005-\u3007\u30fc]+/gu;

/**
 * Text as the index writes it: each Japanese run replaced by its tokens, set apart by spaces, and
 * Japanese punctuation set apart. `after` gives the letter that follows the text (when the text is cut
 * from a longer one, e.g. at an inline tag), so that a run ending the text ends in that letter's bigram.
 */
export function segmentText(text: string, after: () => string = () => ''): string {
	return separateMarks(
		text.replace(RUN, (run, offset: number) => {
			const next = offset + run.length === text.length ? after() : '';
			// The following letter only completes the run's last bigram; its own token is written where it stands.
			const tail = isJapaneseLetter(next) ? next : '';
			if (!SURROGATE.test(run)) {
				let out = ' ';
				for (let at = 0; at < run.length; at++) out += `${run[at]}${at + 1 < run.length ? run[at + 1] : tail || LONE} `;
				return out;
			}
			const tokens = runTokens(tail ? [...run, tail] : [...run]);
			if (tail) tokens.pop();
			return ` ${tokens.join(' ')} `;
		}),
	);
}

/** Japanese punctuation set apart by spaces (、IoT → 、 IoT), so that the word next to it is a word of its own. */
function separateMarks(text: string): string {
	return text.replace(MARKS, ' $& ');
}

/**
 * The Pagefind words of one query word: bigrams covering each Japanese run (`coveringBigrams`), a run
 * of one letter as that letter (Pagefind matches it as the start of a token), other text as it is. Pagefind returns the pages holding these words (a word
 * it does not hold is left out of the search unless none is held); the search page then checks each
 * remark for the query itself.
 */
export function queryTokens(word: string): string[] {
	const tokens: string[] = [];
	let last = 0;
	for (const match of word.matchAll(RUN)) {
		tokens.push(...otherWords(word.slice(last, match.index)));
		const letters = [...match[0]];
		tokens.push(...coveringBigrams(letters));
		last = match.index + match[0].length;
	}
	tokens.push(...otherWords(word.slice(last)));
	return tokens;
}

/**
 * The fewest bigrams of a run that cover every letter (能動的サイバー防御 → 能動 的サ イバ ー防 防御): each
 * word a search asks for may be one more index chunk to fetch, and the remark check finds the phrase
 * itself. A run of one letter is that letter.
 */
export function coveringBigrams(letters: readonly string[]): string[] {
	if (letters.length < 2) return [...letters];
	const bigrams = runTokens(letters).slice(0, -1);
	const cover = bigrams.filter((_, at) => at % 2 === 0);
	if (letters.length % 2 === 1) cover.push(bigrams.at(-1) ?? '');
	return cover;
}

/** The Pagefind words of text outside Japanese runs: split at spaces and Japanese punctuation. */
function otherWords(text: string): string[] {
	return separateMarks(text).split(/\s+/).filter(Boolean);
}

/** The Pagefind query for the words of a search: their tokens, space-separated. */
export function pagefindQuery(words: readonly string[]): string {
	return words.flatMap(queryTokens).join(' ');
}

/** One token's kind: a bigram or lone letter of a Japanese run, Japanese punctuation, or other text. */
function tokenKind(token: string): 'bigram' | 'letter' | 'mark' | 'other' {
	const letters = [...token];
	if (letters.length === 2 && isJapaneseLetter(letters[0] ?? '') && (letters[1] === LONE || isJapaneseLetter(letters[1] ?? ''))) return letters[1] === LONE ? 'letter' : 'bigram';
	if (letters.every((char) => JAPANESE_MARK.test(char))) return 'mark';
	return 'other';
}

/**
 * Read text back from index tokens (the words of a Pagefind fragment, in order): a bigram or a lone
 * letter gives its first letter; tokens are joined by a space unless a Japanese letter or mark is on either side.
 * The inverse of `segmentText` up to whitespace next to Japanese letters.
 */
export function joinTokens(tokens: readonly string[]): string {
	let out = '';
	let previous: ReturnType<typeof tokenKind> | null = null;
	for (const token of tokens) {
		if (!token) continue;
		const kind = tokenKind(token);
		if (previous !== null && previous === 'other' && kind === 'other') out += ' ';
		out += kind === 'bigram' || kind === 'letter' ? [...token][0] : token;
		previous = kind;
	}
	return out;
}
