/**
 * Line numbers that a 会議録 printed in its margin and a copy kept at the start of each line (`  9  　排水ポンプ…`,
 * `10  ます。`): left out before any reader sees the text, where they would join the words of a wrapped sentence.
 */
import type { SourceLine } from './normalize.ts';
import { isPageMarker } from './transcript.ts';

/** The head of a numbered line: the number, then spaces (or one ideographic space) before the text, or the number alone. */
const NUMBERED = /^(?<lead>[ \t]{0,12})(?<number>[0-9]{1,4})(?:[ \t]{1,12}|\u3000|$)/u;
/** Characters of a line's head that can hold its number and gap (longer lines are only looked at this far). */
const HEAD = 32;
/** Numbered lines a document needs, at least … */
const MIN_NUMBERED = 8;
/** … and their share of its lines with text (page numbers aside; a header before the numbered pages may have none) … */
const NUMBERED_SHARE = 0.5;
/** … and of the lines with text from the first numbered one to the last (a list's numbers have lines between them). */
const REGION_SHARE = 0.9;
/** Share of numbers one more than the one before (the others start a page again at 1, or slip). */
const COUNTING_SHARE = 0.9;

/**
 * The lines without the numbers in their margin, or null when the text has none: most lines with text, and nearly all
 * from the first numbered one to the last, start with a number in one column (its digits ending, or starting, where the others do), counting up by one from line to
 * line (again from 1 on a new page), with a gap before the text. Line numbers stay as they were.
 */
export function stripLineNumbers(lines: readonly SourceLine[]): SourceLine[] | null {
	const paragraphs = stripParagraphNumbers(lines);
	if (paragraphs) return paragraphs;
	// A page number on its own line (`－２－`, `- 3 -`) is no line of the text.
	const texts = lines.filter((source) => source.text.trim() !== '' && !(source.text.length <= HEAD && isPageMarker(source.text)));
	const found: { source: SourceLine; number: number; start: number; end: number; rest: string }[] = [];
	for (const source of texts) {
		const match = NUMBERED.exec(source.text.slice(0, HEAD));
		if (!match?.groups) continue;
		const start = (match.groups.lead ?? '').length;
		found.push({ source, number: Number(match.groups.number), start, end: start + (match.groups.number ?? '').length, rest: source.text.slice(match[0].length) });
	}
	if (found.length < MIN_NUMBERED || found.length < texts.length * NUMBERED_SHARE) return null;
	const first = texts.indexOf(found[0]?.source ?? texts[0]!);
	const last = texts.indexOf(found.at(-1)?.source ?? texts[0]!);
	if (found.length < (last - first + 1) * REGION_SHARE) return null;
	const counting = found.slice(1).filter((entry, i) => entry.number === (found[i]?.number ?? 0) + 1).length;
	if (counting < (found.length - 1) * COUNTING_SHARE) return null;
	const share = (key: 'start' | 'end') => {
		const counts = new Map<number, number>();
		for (const entry of found) counts.set(entry[key], (counts.get(entry[key]) ?? 0) + 1);
		return Math.max(...counts.values()) / found.length;
	};
	if (Math.max(share('start'), share('end')) < COUNTING_SHARE) return null;
	const rest = new Map(found.map((entry) => [entry.source, entry.rest]));
	return lines.map((source) => (rest.has(source) ? { text: rest.get(source) ?? '', line: source.line } : source));
}

/** A paragraph's number and a colon at the start of its line, as a minutes site's copy numbers each paragraph: `2: ◯議長（…）　…`. */
const COLON_NUMBERED = /^(?<number>[0-9]{1,5}):[ \t\u3000]+(?=\S)|^(?<alone>[0-9]{1,5}):[ \t\u3000]*$/u;
/** Share of the lines with text that such numbers must start (a paragraph's wrapped lines have none). */
const PARAGRAPH_SHARE = 0.25;

/**
 * The lines without the paragraph numbers a copy put before each paragraph (`1:   午前10時開議`, `2: ◯議長（竹田兼二議員）　…`,
 * its wrapped lines unnumbered), or null when the text has none: at least `MIN_NUMBERED` such lines, a quarter of the lines with
 * text, counting up by one from the first.
 */
function stripParagraphNumbers(lines: readonly SourceLine[]): SourceLine[] | null {
	const texts = lines.filter((source) => source.text.trim() !== '');
	const found: { source: SourceLine; number: number; rest: string }[] = [];
	for (const source of texts) {
		const match = COLON_NUMBERED.exec(source.text.slice(0, HEAD));
		if (!match?.groups) continue;
		found.push({ source, number: Number(match.groups.number ?? match.groups.alone), rest: source.text.slice(match[0].length) });
	}
	if (found.length < MIN_NUMBERED || found.length < texts.length * PARAGRAPH_SHARE) return null;
	const counting = found.slice(1).filter((entry, i) => entry.number === (found[i]?.number ?? 0) + 1).length;
	if (counting < (found.length - 1) * COUNTING_SHARE) return null;
	const rest = new Map(found.map((entry) => [entry.source, entry.rest]));
	return lines.map((source) => (rest.has(source) ? { text: rest.get(source) ?? '', line: source.line } : source));
}
