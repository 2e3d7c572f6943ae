/**
 * The search index's words, cut the same way on both sides: the index (src/search/index/build.ts)
 * cuts the text of every page with `Intl.Segmenter('ja', { granularity: 'word' })` (ICU's dictionary)
 * and writes the words set apart, in an index of language `und`, so that Pagefind only splits on
 * whitespace (its own Japanese segmenter is most of its indexing time). In the browser Pagefind cuts the
 * query with the same `Intl.Segmenter('ja')`: it takes the language from the search page's
 * `<html lang="ja">` and, for Japanese, splits the query into words before it looks them up; the index
 * of language `und` is the one it finds. Postings stay one per word, as in Pagefind's own Japanese index.
 *
 * A word that the next one follows without whitespace ends in `JOINER` (a soft hyphen, which Pagefind
 * drops from the word it indexes) and a space, so the page's own text can be read back from the index
 * (`readIndexedText`): every joiner goes with the whitespace after it.
 */

/** The language the index is written in: Pagefind then splits on whitespace only. */
export const INDEX_LANGUAGE = 'und';

/** Ends a word that the next word follows without whitespace in the page's text (U+00AD SOFT HYPHEN). */
export const JOINER = '\u00ad';

let segmenter: Intl.Segmenter | undefined;

/** The segmenter of both sides: ICU's Japanese word boundaries (Latin words, digits and punctuation apart too). */
function wordSegmenter(): Intl.Segmenter {
	segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
	return segmenter;
}

const SPACE = /\s/;

/** True when a segment is whitespace (ICU gives whitespace segments of their own); letters past U+3000 are never. */
const isSpace = (segment: string): boolean => segment.charCodeAt(0) <= 0x3000 && SPACE.test(segment[0] ?? ' ');

/**
 * Where `text` needs a word break written: the end offsets of the segments directly followed by another
 * segment (no whitespace on either side), in order.
 */
export function wordBreaks(text: string): number[] {
	const breaks: number[] = [];
	let previousIsWord = false;
	for (const { segment, index } of wordSegmenter().segment(text)) {
		const isWord = !isSpace(segment);
		if (isWord && previousIsWord) breaks.push(index);
		previousIsWord = isWord;
	}
	return breaks;
}

/** `JOINER` and a space, what the index writes at a word break. */
export const WORD_BREAK = `${JOINER} `;

/** Text as the index writes it: a word break (`WORD_BREAK`) between words that touch; soft hyphens of the text itself dropped. */
export function segmentText(text: string): string {
	const clean = text.includes(JOINER) ? text.replaceAll(JOINER, '') : text;
	let out = '';
	let last = 0;
	for (const at of wordBreaks(clean)) {
		out += clean.slice(last, at) + WORD_BREAK;
		last = at;
	}
	return out + clean.slice(last);
}

const JOINED = /\u00ad\s*/g;

/** Read indexed text back as the page wrote it (Pagefind's whitespace collapsed): every word break taken out. */
export function readIndexedText(text: string): string {
	return text.includes(JOINER) ? text.replace(JOINED, '') : text;
}
