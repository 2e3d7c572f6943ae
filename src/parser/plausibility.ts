/**
 * Telling minutes from something else entirely: a CSV export, source code,
 * English text (unless it is minutes written in English) or a file decoded with the wrong encoding (�, mojibake).
 */
import { firstNonBlank, type SourceLine } from './normalize.ts';

/** Lines looked at (the start of a file tells what it is). */
const SAMPLE = 400;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Lines of program text (matched on the trimmed line: a `^\s*` regex overflows the regex stack on megabytes of spaces): keywords at the start, … */
const CODE_START = /^(?:import|export|const|let|var|function|class|def|return|if|else|for|while|public|private|package|#include|using|namespace|<\?php|<!DOCTYPE|<html)\b/iu;
/** … `;` `{` `}` at the end, or a line of closing brackets. */
const CODE_END = /[;{}]$/u;
const CLOSERS = /^[})\]];?$/u;

/** True for a line that looks like program source code. */
function isCodeLine(text: string): boolean {
	const trimmed = text.trim();
	return CODE_START.test(trimmed) || CODE_END.test(trimmed.slice(-1)) || CLOSERS.test(trimmed);
}

/** Why a text is not minutes, and where that shows; null when it may well be minutes. */
export interface ForeignText {
	line: number;
	reason: string;
}

/** Number of ASCII commas and tabs outside double quotes. */
function delimiters(text: string): number {
	// Most lines of minutes have neither: no character loop for them.
	if (!text.includes(',') && !text.includes('\t')) return 0;
	let count = 0;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === ',' || char === '\t')) count++;
	}
	return count;
}

/** A title that names minutes in English (`Minutes of the Board Meeting`, `Board Meeting Minutes`, `# Minutes`). */
const ENGLISH_MINUTES_TITLE = /^(?:#{1,3}[ \t]+)?(?:(?:the[ \t]+)?minutes\b|.{0,80}\bminutes[ \t]*(?:$|[-–—:(,]))/iu;
/** An English field giving the meeting's date: `Date: March 9, 2024`, `Date: 2024-03-09`. */
const ENGLISH_DATE_FIELD = /^(?:[-*][ \t]+)?(?:\*\*)?(?:Date|Date and time|Date & time)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*[A-Za-z.,]{0,12}[ \t]*[0-9]/iu;
/** An English field listing who came or what was on the agenda: `Present: …`, `Attendees:`, `Absent: …`, `## Agenda`. */
const ENGLISH_ROLL_FIELD = /^(?:#{1,3}[ \t]+|[-*][ \t]+)?(?:\*\*)?(?:Present|Members present|Attendees|Attendance|Participants|Absent|Apologies|Agenda)(?:\*\*)?[ \t]*(?::|$)/iu;
/** How far into the file the title and those fields stand. */
const ENGLISH_HEADER_LINES = 12;

/**
 * Minutes written in English (an English-language meeting of a Japanese society or company): a title naming minutes among the
 * first lines, a `Date:` field and a roll or an agenda below it, which the readers read as they read the Japanese labels.
 */
function isEnglishMinutes(sample: readonly SourceLine[]): boolean {
	const head = sample.slice(0, ENGLISH_HEADER_LINES).map((source) => source.text.trim());
	const title = head.findIndex((text) => ENGLISH_MINUTES_TITLE.test(text));
	const below = head.slice(title + 1);
	return title !== -1 && below.some((text) => ENGLISH_DATE_FIELD.test(text)) && below.some((text) => ENGLISH_ROLL_FIELD.test(text));
}

/** Japanese lines a text needs after a preamble of other lines to be read as minutes that start late. */
const LATE_MINUTES_LINES = 8;

/** Where minutes that start late begin: the index of their first Japanese line, and the preamble's first line and line count. */
export interface LateStart {
	index: number;
	line: number;
	count: number;
}

/**
 * Minutes that start late, after lines of other text (an export's log, a form's English fields): the Japanese, from its
 * first line on, reads as minutes would from their start (at least eight Japanese lines, nearly a third of the lines).
 */
export function lateStart(lines: readonly SourceLine[]): LateStart | null {
	const start = firstNonBlank(lines, SAMPLE).find((source) => JAPANESE.test(source.text));
	const preamble = start ? lines.slice(0, lines.indexOf(start)).filter((source) => source.text.trim() !== '') : [];
	const first = preamble[0];
	if (!start || !first) return null;
	const rest = firstNonBlank(lines.slice(lines.indexOf(start)), SAMPLE);
	const japanese = rest.filter((source) => JAPANESE.test(source.text)).length;
	if (japanese < LATE_MINUTES_LINES || japanese * 10 < rest.length * 3) return null;
	return { index: lines.indexOf(start), line: first.line, count: preamble.length };
}

/** Check that a text reads as Japanese minutes at all; returns the reason when it clearly does not. */
export function findForeignText(lines: readonly SourceLine[]): ForeignText | null {
	const sample = firstNonBlank(lines, SAMPLE);
	const first = sample[0];
	if (!first) return null;
	const total = sample.length;
	const replacement = sample.reduce((sum, source) => sum + (source.text.includes('\uFFFD') ? (source.text.match(/\uFFFD/gu)?.length ?? 0) : 0), 0);
	const characters = sample.reduce((sum, source) => sum + source.text.length, 0);
	if (replacement >= 3 && replacement * 20 >= characters) {
		const at = sample.find((source) => source.text.includes('\uFFFD')) ?? first;
		return { line: at.line, reason: `it holds ${replacement} replacement characters (\uFFFD): the file was read with the wrong encoding` };
	}
	const japanese = sample.filter((source) => JAPANESE.test(source.text)).length;
	if (japanese * 10 < total * 3 && !isEnglishMinutes(sample)) {
		return { line: first.line, reason: `only ${japanese} of its first ${total} lines contain Japanese text` };
	}
	const code = sample.filter((source) => isCodeLine(source.text)).length;
	if (total >= 3 && code * 10 >= total * 4) {
		return { line: first.line, reason: `${code} of its first ${total} lines look like program source code` };
	}
	if (total >= 3) {
		const counts = new Map<number, number>();
		for (const source of sample) {
			const count = delimiters(source.text);
			if (count >= 2) counts.set(count, (counts.get(count) ?? 0) + 1);
		}
		const [columns, rows] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
		if (rows * 10 >= total * 6) return { line: first.line, reason: `${rows} of its first ${total} lines are table rows with ${columns + 1} comma- or tab-separated columns (CSV)` };
	}
	return null;
}
