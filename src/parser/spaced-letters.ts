/**
 * Minutes whose text sets every letter apart with a space (`会 議 録`, `石 原 会 長 ： た だ い ま か ら …`), as a scan's
 * character recognition saved as text writes a page set in wide tracking: each such line is read without those spaces, a
 * space the line kept wider (`時 　 令`, `委 員  長`) staying one space, before any reader sees the text.
 */
import { isSpaceCode, type SourceLine } from './normalize.ts';

/** Letters a line needs to count as spaced throughout. */
const MIN_LETTERS = 4;
/** Share of a spaced line's parts between single spaces that are one letter (a wider gap gives an empty part). */
const LETTER_SHARE = 0.9;
/** Spaced lines a document needs … */
const MIN_LINES = 3;
/** … and their share of its lines with text of at least `MIN_LETTERS` letters (a title spaced alone is not enough). */
const LINE_SHARE = 0.6;

/** Code units a spaced line holds at most: a printed line's letters and the spaces between them (a longer line is prose, or hostile). */
const MAX_LINE = 1000;

/** The parts of a line between single ASCII spaces, its leading and trailing spaces and tabs aside. */
function parts(text: string): string[] {
	// (Trimmed by index: a pattern anchored at the end, `[ \t]+$`, is tried at every space of a long run, quadratic.)
	let start = 0;
	let end = text.length;
	while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
	while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	return text.slice(start, end).split(' ');
}

/** True when the line's letters (a real space among them, `　`, counting as one) stand one space apart throughout. */
function isSpacedLine(text: string): boolean {
	if (text.length > MAX_LINE) return false;
	const all = parts(text);
	const letters = all.filter((part) => [...part].length === 1);
	if (letters.length < MIN_LETTERS) return false;
	return all.every((part) => [...part].length <= 1) && letters.length >= all.length * LETTER_SHARE;
}

/** A spaced line read without the spaces between its letters (its indent kept; a wider gap one space). */
function unspaced(text: string): string {
	const indent = /^[ \t\u3000]*/u.exec(text)?.[0] ?? '';
	const joined = parts(text.slice(indent.length))
		.map((part) => (part === '' ? ' ' : part))
		.join('')
		.replace(/ +/gu, ' ');
	return indent.replace(/ (?=[^ ])/gu, '') + joined;
}

/** True when `text` holds at least `count` letters besides white space (counted by code point, up to `count`: a line may be megabytes of spaces). */
function hasLetters(text: string, count: number): boolean {
	let found = 0;
	for (const letter of text) {
		if (isSpaceCode(letter.codePointAt(0) ?? 0x20)) continue;
		if (++found >= count) return true;
	}
	return false;
}

/**
 * The lines with each spaced line read without its spaces, or null when the document is not spaced throughout (at least
 * three lines, and most of its lines with text, so spaced). Line numbers stay as they were.
 */
export function unspaceLetters(lines: readonly SourceLine[]): { lines: SourceLine[]; first: number; count: number } | null {
	const texts = lines.filter((source) => hasLetters(source.text, MIN_LETTERS));
	const spaced = texts.filter((source) => isSpacedLine(source.text));
	if (spaced.length < MIN_LINES || spaced.length < texts.length * LINE_SHARE) return null;
	const set = new Set(spaced);
	return {
		lines: lines.map((source) => (set.has(source) ? { ...source, text: unspaced(source.text) } : source)),
		first: spaced[0]!.line,
		count: spaced.length,
	};
}
