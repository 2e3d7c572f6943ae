/**
 * Splitting the header part of a document into its title, a preamble (issuer,
 * date) and numbered sections such as `1. 日時)`, `２．場所`, `3. 出席者)`,
 * `4. 配付資料`, up to the body label `5. 議事概要`.
 */
import { findDate } from './date.ts';
import { parseNumeral } from './numerals.ts';
import { isOrganisation } from './names.ts';
import { matchFormWithMap, originalSlice, stripDecoration, trimSpaces, type SourceLine } from './normalize.ts';

/** What a header section holds. */
export type HeaderKey = 'date' | 'location' | 'participants' | 'absent' | 'handouts' | 'agenda' | 'body';

/** A label written with spaces between its characters (`日 時`, `場　所`), as a regex source. */
const spaced = (word: string): string => [...word].join('\\s*');
/** Several labels, as one regex source. */
const anyOf = (...words: string[]): string => words.map(spaced).join('|');

/**
 * Labels of header sections (regex sources on the NFKC form), longest first.
 * `loose`: also without a number when followed by spaces (`日時　令和…`); `資料` needs a number or `：`.
 */
const LABELS: readonly { key: HeaderKey; pattern: string; loose: boolean }[] = [
	{ key: 'date', pattern: anyOf('開催日時', '開催日', '日時'), loose: true },
	{ key: 'location', pattern: anyOf('開催場所', '場所', '会場'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席構成員', '欠席委員', '欠席者'), loose: true },
	{ key: 'participants', pattern: anyOf('出席構成員', '出席委員', '出席者'), loose: true },
	{ key: 'handouts', pattern: anyOf('配付資料', '配布資料'), loose: true },
	{ key: 'handouts', pattern: anyOf('資料'), loose: false },
	{ key: 'agenda', pattern: anyOf('議事次第', '議題'), loose: true },
	{ key: 'body', pattern: anyOf('議事概要', '議事要旨', '議事録', '議事内容', '議事経過'), loose: true },
	{ key: 'body', pattern: anyOf('議事'), loose: false },
];

/** `1.`, `１．`, `3、`, `一、`, `１　` before a label (a bare space counts only before a known label). */
const NUMBER_PREFIX = /^(?<number>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*(?<mark>[.、。])|(?=\s))\s*/u;
/** After the label: `)`, `：`, spaces, or the end of the line. */
const SEPARATOR = '(?:\\s*[):]\\s*|\\s+|$)';
/** After an unnumbered label: `)`, `：` or the end of the line. */
const TIGHT_SEPARATOR = '(?:\\s*[):]\\s*|$)';
/** A label in brackets: `【日時】`, `［場所］`, `＜出席者＞` (NFKC form). */
const BRACKETS = [
	['【', '】'],
	['[', ']'],
	['<', '>'],
	['〔', '〕'],
	['〈', '〉'],
] as const;
/** Minutes words that may sit alone on the line after the title (`第３回○○研究会` / `議事要旨`). */
const TITLE_TAIL = /^(?:議事要旨|議事録|議事概要)$/u;

/** A header section line as recognized. */
export interface SectionLine {
	key: HeaderKey | null;
	/** The label as written (for messages), without number and separator. */
	label: string;
	number: number | null;
	/** Text after the label on the same line, as written. */
	rest: string;
}

/** One header section: its label line and the lines under it (the label line's rest first). */
export interface HeaderSection extends SectionLine {
	line: number;
	lines: SourceLine[];
}

/** The header split of a document. */
export interface HeaderSplit {
	title: SourceLine | null;
	/** Lines between the title and the first section (issuer, date). */
	preamble: SourceLine[];
	sections: HeaderSection[];
	/** The body's lines (empty when no body was found). */
	body: SourceLine[];
	/** True when a body label (議事概要) or the start of a summary document's text was found. */
	hasBody: boolean;
	/** Line of the body label, or of the first body line of a summary document. */
	bodyLine: number | null;
	/** The body label as written (`議事要旨`), null for a summary document. */
	bodyLabel: string | null;
}

/** A regex source matching one character literally. */
const literal = (char: string): string => char.replace(/[[\]\\^$.|?*+(){}]/gu, '\\$&');

/** Each label's patterns, compiled once: in brackets, then followed by a loose or a tight separator. */
const COMPILED = LABELS.map((label) => ({
	key: label.key,
	bracketed: new RegExp(`^(?:${BRACKETS.map(([open, close]) => `${literal(open)}\\s*(?<label${BRACKETS.findIndex(([o]) => o === open)}>${label.pattern})\\s*${literal(close)}`).join('|')})\\s*[:：]?\\s*`, 'u'),
	loose: new RegExp(`^(?<label>${label.pattern})${SEPARATOR}`, 'u'),
	tight: new RegExp(`^(?<label>${label.pattern})${label.loose ? SEPARATOR : TIGHT_SEPARATOR}`, 'u'),
}));

/** The label at the start of `after` (NFKC), bracketed or followed by a separator: its key, its span and the length to skip. */
function matchLabel(after: string, numbered: boolean): { key: HeaderKey; label: [number, number]; length: number } | null {
	for (const label of COMPILED) {
		const bracketed = label.bracketed.exec(after);
		if (bracketed?.groups) {
			const inner = Object.values(bracketed.groups).find((value) => value !== undefined) ?? '';
			const from = bracketed[0].indexOf(inner);
			return { key: label.key, label: [from, from + inner.length], length: bracketed[0].length };
		}
		const match = (numbered ? label.loose : label.tight).exec(after);
		if (match?.groups) return { key: label.key, label: [0, (match.groups.label ?? '').length], length: match[0].length };
	}
	return null;
}

/** Recognize a header section line (`1. 日時) …`, `**２．場所**`, `■日時：…`, `【日時】…`, `日時　…`), or null. */
export function matchSectionLine(raw: string): SectionLine | null {
	const { text } = stripDecoration(raw);
	const mapped = matchFormWithMap(text);
	const prefix = NUMBER_PREFIX.exec(mapped.text);
	const start = prefix ? prefix[0].length : 0;
	const after = mapped.text.slice(start);
	const number = prefix ? parseNumeral(prefix.groups?.number ?? '') : null;
	const found = matchLabel(after, prefix !== null);
	if (found) {
		return {
			key: found.key,
			label: trimSpaces(originalSlice(text, mapped, start + found.label[0], start + found.label[1])),
			number,
			rest: trimSpaces(originalSlice(text, mapped, start + found.length)),
		};
	}
	// An unknown numbered section needs a real mark (`6. 備考`), not only a space (`1 国際連携について`).
	if (prefix?.groups?.mark && after.trim() !== '') {
		const label = /^[^\s):]+/u.exec(after)?.[0] ?? after;
		const restStart = start + label.length;
		return {
			key: null,
			label: trimSpaces(originalSlice(text, mapped, start, restStart)),
			number,
			rest: trimSpaces(originalSlice(text, mapped, restStart).replace(/^[\s)）:：]+/u, '')),
		};
	}
	return null;
}

/** A short line holding only a date (and maybe a weekday or time), as in a summary document's header. */
export function isDateLine(text: string): boolean {
	const { text: bare } = stripDecoration(text);
	return bare !== '' && [...bare].length <= 40 && !bare.includes('。') && findDate(bare) !== null;
}

/** A short line naming the issuing body: `サイバーセキュリティタスクフォース事務局`, `総務省`. */
export function isIssuerLine(text: string): boolean {
	const { text: bare } = stripDecoration(text);
	return bare !== '' && [...bare].length <= 40 && !/[。、]/u.test(bare) && isOrganisation(bare);
}

/** True for a bare `議事` label (`2. 議事`), which names the agenda when a fuller body label (議事録, 議事概要, …) follows. */
function isBareProceedings(section: SectionLine): boolean {
	return section.key === 'body' && section.label.normalize('NFKC').replace(/\s/gu, '') === '議事';
}

/** Whether the line after `index` starts a header section or a date line (so a lone 議事要旨 before it belongs to the title). */
function headerFollows(lines: readonly SourceLine[], index: number): boolean {
	const next = lines.slice(index + 1).find((source) => source.text.trim() !== '');
	return next !== undefined && (isDateLine(next.text) || (matchSectionLine(next.text)?.key ?? 'body') !== 'body');
}

/** Split the document into title, preamble, header sections and body lines. */
export function splitHeader(lines: readonly SourceLine[]): HeaderSplit {
	const split: HeaderSplit = { title: null, preamble: [], sections: [], body: [], hasBody: false, bodyLine: null, bodyLabel: null };
	let index = lines.findIndex((source) => source.text.trim() !== '');
	if (index === -1) return split;
	const first = lines[index];
	const firstSection = first ? matchSectionLine(first.text) : null;
	// A lone `議事要旨` with header sections after it is a title (without a meeting name), not the body.
	const bareTitle = firstSection?.key === 'body' && firstSection.rest === '' && headerFollows(lines, index);
	if (first && (!firstSection || bareTitle)) {
		split.title = first;
		index++;
		// `第３回○○研究会` / `議事要旨` on two lines: one title.
		const nextIndex = lines.findIndex((source, i) => i >= index && source.text.trim() !== '');
		const next = lines[nextIndex];
		if (next && TITLE_TAIL.test(stripDecoration(next.text).text.normalize('NFKC').replace(/\s/gu, '')) && headerFollows(lines, nextIndex)) {
			split.title = { text: `${trimSpaces(first.text)} ${trimSpaces(next.text)}`, line: first.line };
			index = nextIndex + 1;
		}
	}
	// Every header section line up to the body label, read once.
	const matched = new Map<number, SectionLine | null>();
	const sectionAt = (i: number): SectionLine | null => {
		if (!matched.has(i)) matched.set(i, matchSectionLine(lines[i]?.text ?? ''));
		return matched.get(i) ?? null;
	};
	const fullBodyLabelAfter = (from: number): boolean => {
		for (let i = from + 1; i < lines.length; i++) {
			const found = sectionAt(i);
			if (found?.key === 'body' && !isBareProceedings(found)) return true;
		}
		return false;
	};
	// With a 日時 section further down, stray lines before it are header lines, not a summary's text.
	let dated = false;
	for (let i = index; i < lines.length && !dated; i++) {
		const found = sectionAt(i);
		if (found?.key === 'body' && !isBareProceedings(found)) break;
		dated = found?.key === 'date';
	}
	let current: HeaderSection | null = null;
	/** Number of the last numbered item inside the current agenda section. */
	let lastItem = -1;
	for (; index < lines.length; index++) {
		const source = lines[index];
		if (!source || source.text.trim() === '') continue;
		let section = sectionAt(index);
		if (section && isBareProceedings(section) && fullBodyLabelAfter(index)) section = { ...section, key: 'agenda' };
		// Inside an agenda list, `1. 開会` / `2. 議題` lines are items, not sections; the header's next number
		// (`5. その他` after `4. 議題`) starts a section unless it continues the list's own numbering.
		const nextHeader = current?.number != null && section?.number === current.number + 1 && section.number !== lastItem + 1;
		const inAgenda = current?.key === 'agenda' && section !== null && (section.key === null || section.key === 'agenda') && !(section.key === null && nextHeader);
		if (inAgenda) lastItem = section?.number ?? lastItem;
		if (section?.key === 'body' && !inAgenda) {
			const rest = section.rest === '' ? [] : [{ text: section.rest, line: source.line }];
			split.body = [...rest, ...lines.slice(index + 1)];
			split.hasBody = true;
			split.bodyLine = source.line;
			split.bodyLabel = section.label;
			return split;
		}
		if (section && !inAgenda) {
			current = { ...section, line: source.line, lines: section.rest === '' ? [] : [{ text: section.rest, line: source.line }] };
			lastItem = -1;
			split.sections.push(current);
		} else if (current) {
			current.lines.push(source);
		} else if (dated || isDateLine(source.text) || isIssuerLine(source.text)) {
			split.preamble.push(source);
		} else {
			// A document without header sections (a summary): its text starts here.
			split.body = lines.slice(index);
			split.hasBody = true;
			split.bodyLine = source.line;
			return split;
		}
	}
	return split;
}
