/**
 * Text normalization. The parser matches on NFKC forms (全角→半角, ㍻→平成, …)
 * but every stored text keeps the characters exactly as written, so matching
 * helpers here also map positions back to the original string.
 */

import { OLD_FORM, OLD_FORMS, TODAY_FORM } from '../format/old-forms.ts';

/** One line of the input with its 1-based line number. */
export interface SourceLine {
	text: string;
	line: number;
}

/** Strip a leading byte order mark and turn CRLF / CR line ends into LF. */
export function normalizeNewlines(text: string): string {
	const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
	return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

/** Split normalized text into numbered lines (trailing whitespace removed, leading kept). */
export function toSourceLines(text: string): SourceLine[] {
	return normalizeNewlines(text)
		.split('\n')
		// trimEnd removes exactly `\s` (which includes U+3000) in linear time; a `\s+$` regex is quadratic on long runs of spaces.
		.map((raw, index) => ({ text: raw.trimEnd(), line: index + 1 }));
}

/** The first `limit` lines with text, without looking further (a recognizer reads the top of a long document only). */
export function firstNonBlank<T extends { text: string }>(lines: readonly T[], limit: number): T[] {
	const out: T[] = [];
	for (const source of lines) {
		if (out.length >= limit) break;
		if (source.text.trim() !== '') out.push(source);
	}
	return out;
}

/** The index of the first line with text at or after `from`, or -1 (a loop: no copy of the lines after it). */
export function nextNonBlank(lines: readonly { text: string }[], from: number): number {
	for (let index = Math.max(from, 0); index < lines.length; index++) if ((lines[index]?.text.trim() ?? '') !== '') return index;
	return -1;
}

// (The old forms of characters and their forms of today: `src/format/old-forms.ts`.)

/** Which UTF-16 code units are old forms (all of them lie in the basic plane): a look-up per character, cheaper than a class of them. */
const IS_OLD_FORM = new Uint8Array(0x10000);
for (const char of OLD_FORMS) IS_OLD_FORM[char.charCodeAt(0)] = 1;

/** A string with its old character forms in today's (`第七十四回帝國議會` → `第七十四回帝国議会`), for matching only. */
export function modernForms(text: string): string {
	for (let i = 0; i < text.length; i++) {
		if (IS_OLD_FORM[text.charCodeAt(i)] === 1) return text.replace(OLD_FORM, (char) => TODAY_FORM.get(char) ?? char);
	}
	return text;
}

/** The old forms of each of today's characters (`会` → `會`). */
const OLD_OF = new Map<string, string>();
for (const [old, today] of TODAY_FORM) OLD_OF.set(today, `${OLD_OF.get(today) ?? ''}${old}`);

/**
 * A pattern that also matches the old forms of the characters it names (`会議録` matches `會議録`, `第[一二]号` matches `第一號`), for
 * patterns run on the text as written: each such character becomes a class of its forms, or gains them inside a class (not at
 * a range's ends).
 */
export function withOldForms(pattern: RegExp): RegExp {
	const source = pattern.source;
	let out = '';
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i] ?? '';
		if (char === '\\') {
			out += source.slice(i, i + 2);
			i++;
			continue;
		}
		if (inClass) {
			if (char === ']') inClass = false;
			const inRange = source[i + 1] === '-' || source[i - 1] === '-';
			out += char === ']' || inRange ? char : `${char}${OLD_OF.get(char) ?? ''}`;
			continue;
		}
		if (char === '[') inClass = true;
		const old = OLD_OF.get(char);
		out += old === undefined ? char : `[${char}${old}]`;
	}
	return new RegExp(out, pattern.flags);
}

/** NFKC form of a string with old character forms in today's, for matching only (never stored). */
export function matchForm(text: string): string {
	return modernForms(text.normalize('NFKC'));
}

/** An NFKC form plus, for each of its UTF-16 offsets, the offset in the original. */
export interface MappedText {
	text: string;
	/** `map[i]` is the original offset of normalized offset `i`; `map[text.length]` is the original length. */
	map: number[];
}

/** Per UTF-16 code unit below the surrogates: 0 not looked at yet, 1 its own match form, 2 changed by NFKC or an old form (its form in `CHANGED`). */
const CODE_UNIT_FORM = new Uint8Array(0xd800);
/** Match forms (NFKC, old forms in today's) of the characters they change, and of every character outside the table (surrogate pairs, lone surrogates, U+E000 on). */
const CHANGED = new Map<string, string>();

/** The NFKC form of one character (a code point), looked up once per character. */
function characterForm(char: string): string {
	const code = char.charCodeAt(0);
	if (char.length === 1 && code < 0xd800) {
		const known = CODE_UNIT_FORM[code];
		if (known === 1) return char;
		if (known === 2) return CHANGED.get(char) ?? char;
		const normalized = modernForms(char.normalize('NFKC'));
		CODE_UNIT_FORM[code] = normalized === char ? 1 : 2;
		if (normalized !== char) CHANGED.set(char, normalized);
		return normalized;
	}
	let normalized = CHANGED.get(char);
	if (normalized === undefined) {
		normalized = modernForms(char.normalize('NFKC'));
		CHANGED.set(char, normalized);
	}
	return normalized;
}

/** The length in UTF-16 units of the code point at `index` (2 for a surrogate pair, as `for…of` reads it). */
function codePointLength(text: string, index: number): number {
	const code = text.charCodeAt(index);
	if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
	const next = text.charCodeAt(index + 1);
	return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The offset map of `matchFormWithMap`, built only when a caller reads it. */
function offsetMap(original: string): number[] {
	const map: number[] = [];
	for (let offset = 0; offset < original.length; ) {
		const length = codePointLength(original, offset);
		const normalized = original.charCodeAt(offset) < 0x80 ? 1 : characterForm(original.slice(offset, offset + length)).length;
		for (let i = 0; i < normalized; i++) map.push(offset);
		offset += length;
	}
	map.push(original.length);
	return map;
}

/**
 * NFKC form of a string with an offset map back to the original (normalizes code point by code point).
 * Characters are normalized once each (a table per code unit); unchanged runs are copied as slices; the map
 * is built on first use only, since most callers only match on the text.
 */
export function matchFormWithMap(original: string): MappedText {
	const parts: string[] = [];
	let copiedUpTo = 0;
	for (let offset = 0; offset < original.length; ) {
		const code = original.charCodeAt(offset);
		// ASCII is its own NFKC form: no lookup for it.
		if (code < 0x80 || (code < 0xd800 && CODE_UNIT_FORM[code] === 1)) {
			offset++;
			continue;
		}
		const length = codePointLength(original, offset);
		const char = original.slice(offset, offset + length);
		const normalized = characterForm(char);
		if (normalized !== char) {
			parts.push(original.slice(copiedUpTo, offset), normalized);
			copiedUpTo = offset + length;
		}
		offset += length;
	}
	const text = copiedUpTo === 0 ? original : `${parts.join('')}${original.slice(copiedUpTo)}`;
	let map: number[] | undefined;
	return {
		text,
		get map() {
			map ??= offsetMap(original);
			return map;
		},
	};
}

/** The original text behind the normalized range `[start, end)` of a mapped string. */
export function originalSlice(original: string, mapped: MappedText, start: number, end = mapped.text.length): string {
	const from = mapped.map[start] ?? original.length;
	// The end maps to the start of the first character not in the range.
	const to = end >= mapped.text.length ? original.length : (mapped.map[end] ?? original.length);
	return original.slice(from, to);
}

/**
 * A function of a line's text alone, its answers remembered for the texts asked lately: readers ask the same question of the
 * same line many times over (a header's split tries line after line as the text's first, reading the lines after each again).
 * Every caller gets the same answer, so an object answer is frozen. The memory is dropped whole once it holds `limit` texts.
 */
export function memoByText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
	const known = new Map<string, T>();
	return (text) => {
		const found = known.get(text);
		if (found !== undefined || known.has(text)) return found as T;
		const answer = read(text);
		if (known.size >= limit) known.clear();
		known.set(text, typeof answer === 'object' && answer !== null ? Object.freeze(answer) : answer);
		return answer;
	};
}

/** Trim ASCII and full-width spaces at both ends. */
export function trimSpaces(text: string): string {
	// Same set as `[\s\u3000]`, in linear time (an anchored `\s+$` regex is quadratic on long runs of spaces).
	return text.trim();
}

/** True for a UTF-16 code unit in JavaScript's `\s` (which holds U+3000; no whitespace lies outside the basic plane, so pairs never match). */
export function isSpaceCode(code: number): boolean {
	if (code <= 0x7f) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Replace every run of spaces (ASCII and full-width) by `by`: `'日　時'` → `'日時'` with `by = ''`.
 * A loop, not `replace(/[\s\u3000]+/g, …)`: on a run of megabytes of spaces that regex overflows the stack.
 * Text between the runs is copied in slices.
 */
export function replaceSpaceRuns(text: string, by: string): string {
	const parts: string[] = [];
	let copied = 0;
	for (let i = 0; i < text.length; ) {
		if (!isSpaceCode(text.charCodeAt(i))) {
			i++;
			continue;
		}
		parts.push(text.slice(copied, i), by);
		while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
		copied = i;
	}
	if (parts.length === 0) return text;
	parts.push(text.slice(copied));
	return parts.join('');
}

/** Display width in half-width columns: Japanese (full-width) characters count 2, ASCII and ﾊﾝｶｸ 1 (read by UTF-16 unit, a pair counted once). */
export function displayWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code <= 0xff || (code >= 0xff61 && code <= 0xff9f)) {
			width += 1;
			continue;
		}
		width += 2;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i++;
		}
	}
	return width;
}

/** True when a text has at most `limit` characters (code points), as `[...text].length <= limit` says, without spreading it. */
export function atMostCharacters(text: string, limit: number): boolean {
	if (text.length <= limit) return true;
	if (text.length > 2 * limit) return false;
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i++;
		}
		if (++count > limit) return false;
	}
	return true;
}

const ASCII_WORD_CHAR = /^[A-Za-z0-9]$/;
/** Punctuation that ends a sentence or a clause in English: `.`, `,`, `;`, `:`, `?`, `!`. */
const ASCII_SENTENCE_END = /^[.,;:?!]$/;

/**
 * What goes between two pieces of a wrapped line: nothing between Japanese characters, one space between two Latin words
 * (or after a Latin word's full stop or comma).
 * Only the last and first characters are looked at (a regex anchored at the end would scan all of a long `before`).
 */
export function wrapSeparator(before: string, after: string): '' | ' ' {
	if (before === '' || after === '' || !ASCII_WORD_CHAR.test(after[0] ?? '')) return '';
	// (A sentence in English ending its line, `…were circulated.` / `No corrections…`, is one space from the next as two words are.)
	return ASCII_WORD_CHAR.test(before.at(-1) ?? '') || (ASCII_SENTENCE_END.test(before.at(-1) ?? '') && /^[A-Za-z]$/u.test(after[0] ?? '') && ASCII_WORD_CHAR.test(before.at(-2) ?? '')) ? ' ' : '';
}

/** `joinWrapped` over many pieces in linear time (appending to a string and reading its end back is quadratic). */
export function joinWrappedLines(pieces: readonly string[]): string {
	const out: string[] = [];
	let last = '';
	for (const piece of pieces) {
		if (piece === '') continue;
		out.push(wrapSeparator(last, piece), piece);
		last = piece;
	}
	return out.join('');
}

/** Join two pieces of a wrapped line: no space between Japanese characters, one space between two Latin words. */
export function joinWrapped(before: string, after: string): string {
	return `${before}${wrapSeparator(before, after)}${after}`;
}

/** Leading decoration that only styles a header line: Markdown headings, quote marks, squares. */
const LEADING_DECORATION = /^(?:#{1,6}[\s\u3000]+|[■□◇◆●][\s\u3000]*)/u;

/**
 * Remove Markdown and typographic decoration around a header-like line
 * (`## `, `**…**`, `__…__`, `■`), returning the inner text and whether anything was removed.
 */
export function stripDecoration(line: string): { text: string; decorated: boolean } {
	let text = trimSpaces(line);
	let decorated = false;
	for (let changed = true; changed; ) {
		changed = false;
		const lead = LEADING_DECORATION.exec(text);
		if (lead) {
			text = text.slice(lead[0].length);
			changed = true;
		}
		for (const mark of ['**', '__']) {
			if (text.startsWith(mark)) {
				const close = text.indexOf(mark, mark.length);
				text = close === -1 ? text.slice(mark.length) : text.slice(mark.length, close) + text.slice(close + mark.length);
				changed = true;
			}
		}
		if (changed) {
			text = trimSpaces(text);
			decorated = true;
		}
	}
	return { text, decorated };
}

/**
 * A separator line: `――――◇――――`, `────〇────` (the ideographic zero or a large circle between rules), `————◇————` (em dashes of web
 * copies), `―――――`, `━━━━`, `…………`, `～～～～`, `────`, `＝＝＝`, `−−−−` (minus signs, as a minutes viewer's page rules the parts
 * of a sitting).
 */
export function isSeparator(text: string): boolean {
	return /^[―─━－\-‐—−…・〜～=＝_＿◇◆☆★◎○〇◯*＊\s\u3000]{3,}$/u.test(trimSpaces(text)) && /[―─━－\-‐—−…〜～=＝_＿]{2}/u.test(text);
}

/** A list's only line saying it holds nothing: `なし`, `（なし）`, `無し`, `該当なし`, `－`, a roll's sentence's `なしである。` (spaces removed). */
const NONE = /^(?:(?:なし|無し|該当なし)(?:である|であった|です)?。?|ありません|無|[-－―ー]|[（(](?:なし|無し|無)[）)])$/u;

/** True when a list (of people, of items of business) says it holds nothing: `なし`, `（なし）`, `該当なし`. */
export function saysNone(text: string): boolean {
	return NONE.test(text.replace(/[\s\u3000]/gu, ''));
}

/** Page numbers of PDF extractions on their own line (NFKC): `- 3 -`, `－３－`, `- 3 / 12 -`, `3 / 12`, `p.4`, `(p.4)`, `Page 3 of 12`; `(3)` is not one. */
export const PAGE_NUMBER = /^(?:[-‐―−ー–—]\s*[0-9]{1,3}(?:\s*\/\s*[0-9]{1,3})?\s*[-‐―−ー–—]|[0-9]{1,3}\s*\/\s*[0-9]{1,3}|[pP]\.\s*[0-9]{1,3}|\(\s*[pP]\.\s*[0-9]{1,3}\s*\)|[Pp]age\s*[0-9]{1,3}(?:\s*(?:\/|of)\s*[0-9]{1,3})?)$/u;

/**
 * A printed record's running head with the page's number (NFKC): a short line without a sentence's end, a gap of two spaces
 * or more, and the number between dashes (`西原町教育委員会定例会会議録　　　　－２－`), or the number first on an even page.
 */
const RUNNING_HEAD_NUMBER = /^(?:[^\s。、，,][^。、，,]{0,40}[^\s。、，,]\s{2,}[-‐―−ー–—]\s*[0-9]{1,3}\s*[-‐―−ー–—]|[-‐―−ー–—]\s*[0-9]{1,3}\s*[-‐―−ー–—]\s{2,}[^\s。、，,][^。、，,]{0,40}[^\s。、，,])$/u;

/** True for a line that only turns the page: a page number alone, or a running head with the page's number. */
export function isPageLine(text: string): boolean {
	const folded = trimSpaces(text).normalize('NFKC');
	return folded.length <= 60 && (PAGE_NUMBER.test(folded) || RUNNING_HEAD_NUMBER.test(folded));
}

/** The indices of the lines that turn a page (`- 3 -`, `－４－`, `５／１２`, `(p.6)`, a running head with the number) and of the blank lines next to them. */
export function pageTurns(lines: readonly SourceLine[]): Set<number> {
	const turns = new Set<number>();
	for (const [index, source] of lines.entries()) {
		if (!isPageLine(source.text)) continue;
		turns.add(index);
		for (const step of [-1, 1]) {
			let i = index + step;
			for (; (lines[i]?.text.trim() ?? '.') === ''; i += step) turns.add(i);
			// (The record's name set as the running head on a line of its own next to the number, `西原町教育委員会定例会会議録`.)
			if (RUNNING_HEAD.test(trimSpaces(lines[i]?.text ?? ''))) {
				turns.add(i);
				for (i += step; (lines[i]?.text.trim() ?? '.') === ''; i += step) turns.add(i);
			}
		}
	}
	return turns;
}

/** A running head naming the record, on a line of its own: short, ending in its kind (`…定例会会議録`, `…議事録（第２号）`), no sentence. */
const RUNNING_HEAD = /^[^\s。、，,「」][^。、，,「」]{0,40}(?:会議録|議事録|議事要旨|会議記録)(?:[（(][^（()）。]{1,12}[）)])?$/u;

/** Words of a line with where each starts, in columns of a fixed-width text (a full-width character is two), and the spaces before it. */
export function placedWords(text: string): { word: string; at: number; before: string }[] {
	const words: { word: string; at: number; before: string }[] = [];
	let at = 0;
	for (const match of text.matchAll(/(?<before>[\s\u3000]*)(?<word>[^\s\u3000]+)/gu)) {
		const before = match.groups?.before ?? '';
		const word = match.groups?.word ?? '';
		at += displayWidth(before);
		words.push({ word, at, before });
		at += displayWidth(word);
	}
	return words;
}
