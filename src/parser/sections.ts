/**
 * Splitting the header part of a document into its title, a preamble (issuer,
 * date) and numbered sections such as `1. 日時)`, `２．場所`, `3. 出席者)`,
 * `4. 配付資料`, up to the body label `5. 議事概要`.
 */
import { findDate } from './date.ts';
import { isOrganisation } from './names.ts';
import { matchFormWithMap, originalSlice, stripDecoration, trimSpaces, type SourceLine } from './normalize.ts';

/** What a header section holds. */
export type HeaderKey = 'date' | 'location' | 'participants' | 'handouts' | 'body';

/** Labels of header sections (regex sources on the NFKC form; spaces inside labels allowed), longest first. */
const LABELS: readonly { key: HeaderKey; pattern: string; numberedOnly?: boolean }[] = [
	{ key: 'date', pattern: '開\\s*催\\s*日\\s*時|日\\s*時|開\\s*催\\s*日' },
	{ key: 'location', pattern: '開\\s*催\\s*場\\s*所|場\\s*所|会\\s*場' },
	{ key: 'participants', pattern: '出\\s*席\\s*者|出\\s*席\\s*構\\s*成\\s*員|出\\s*席\\s*委\\s*員' },
	{ key: 'handouts', pattern: '配\\s*[付布]\\s*資\\s*料' },
	{ key: 'handouts', pattern: '資\\s*料', numberedOnly: true },
	{ key: 'body', pattern: '議\\s*事\\s*概\\s*要|議\\s*事\\s*要\\s*旨|議\\s*事\\s*録|議\\s*事\\s*内\\s*容|議\\s*事\\s*経\\s*過|議\\s*事' },
];

/** `1.`, `１．`, `3、` before a label. */
const NUMBER_PREFIX = /^(?<number>[0-9]{1,2})\s*[.、。]\s*/u;
/** After the label: `)`, `：`, spaces, or the end of the line. */
const SEPARATOR = '(?:\\s*[):]\\s*|\\s+|$)';

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
}

/** Recognize a header section line (`1. 日時) …`, `**２．場所**`, `■日時：…`), or null. */
export function matchSectionLine(raw: string): SectionLine | null {
	const { text, decorated } = stripDecoration(raw);
	const mapped = matchFormWithMap(text);
	const prefix = NUMBER_PREFIX.exec(mapped.text);
	const start = prefix ? prefix[0].length : 0;
	const after = mapped.text.slice(start);
	for (const label of LABELS) {
		if (label.numberedOnly && !prefix) continue;
		// Without a number the label must be followed by `)`/`：` or end the line (or the line was decorated).
		const separator = prefix || decorated ? SEPARATOR : '(?:\\s*[):]\\s*|$)';
		const match = new RegExp(`^(?<label>${label.pattern})${separator}`, 'u').exec(after);
		if (match?.groups) {
			return {
				key: label.key,
				label: trimSpaces(originalSlice(text, mapped, start, start + (match.groups.label ?? '').length)),
				number: prefix ? Number(prefix.groups?.number) : null,
				rest: trimSpaces(originalSlice(text, mapped, start + match[0].length)),
			};
		}
	}
	if (prefix && after.trim() !== '') {
		const label = /^[^\s):]+/u.exec(after)?.[0] ?? after;
		const restStart = start + label.length;
		return {
			key: null,
			label: trimSpaces(originalSlice(text, mapped, start, restStart)),
			number: Number(prefix.groups?.number),
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

/** Split the document into title, preamble, header sections and body lines. */
export function splitHeader(lines: readonly SourceLine[]): HeaderSplit {
	const split: HeaderSplit = { title: null, preamble: [], sections: [], body: [], hasBody: false, bodyLine: null };
	let index = lines.findIndex((source) => source.text.trim() !== '');
	if (index === -1) return split;
	const first = lines[index];
	if (first && !matchSectionLine(first.text)) {
		split.title = first;
		index++;
	}
	// With a numbered 日時 section further down, stray lines before it are header lines, not a summary's text.
	const numbered = lines.slice(index).some((source) => {
		const section = matchSectionLine(source.text);
		return section?.key === 'date' && section.number !== null;
	});
	let current: HeaderSection | null = null;
	for (; index < lines.length; index++) {
		const source = lines[index];
		if (!source || source.text.trim() === '') continue;
		const section = matchSectionLine(source.text);
		if (section?.key === 'body') {
			const rest = section.rest === '' ? [] : [{ text: section.rest, line: source.line }];
			split.body = [...rest, ...lines.slice(index + 1)];
			split.hasBody = true;
			split.bodyLine = source.line;
			return split;
		}
		if (section) {
			current = { ...section, line: source.line, lines: section.rest === '' ? [] : [{ text: section.rest, line: source.line }] };
			split.sections.push(current);
		} else if (current) {
			current.lines.push(source);
		} else if (numbered || isDateLine(source.text) || isIssuerLine(source.text)) {
			split.preamble.push(source);
		} else {
			// A document without numbered sections (a summary): its text starts here.
			split.body = lines.slice(index);
			split.hasBody = true;
			split.bodyLine = source.line;
			return split;
		}
	}
	return split;
}
