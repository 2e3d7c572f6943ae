/**
 * The one cleaning step every seed's text goes through right after decoding (text seeds) or
 * extraction (PDF seeds), before the parser sees it:
 * - control characters that XML, SVG and iCalendar cannot carry are removed (C0 except tab and
 *   line feed, DEL, C1, U+FFFE/U+FFFF, lone surrogates); a form feed or vertical tab (pdftotext's
 *   page break) at the start or end of a line is dropped, inside a line it becomes a space, so
 *   line numbers stay those of the file;
 * - CJK radicals that PDF text extraction produces instead of ideographs (`⾏政`, `⻑`) and CJK
 *   compatibility ideographs become the unified ideographs (`行政`, `長`). Beside the half-width katakana
 *   below, nothing else is normalized: full-width characters stay as written.
 * - user-defined characters (外字: private-use code points, as CP932's F040–F9FC decode) are kept but
 *   reported, since no font shows them as the original did;
 * - list bullets a word processor drew in a symbol font (Symbol's `•` and Wingdings' `➢`, `▪`, `●` …, which the PDF's Unicode map
 *   gives as private-use code points U+F0xx) are read as `・` (an arrow as `→`);
 * - a variation selector after an ideograph (an IVS glyph variant, `辻󠄀`) is left out, the ideograph kept;
 * - kana followed by a combining sound mark (macOS's decomposed か + ゛) become the one character (が), half-width
 *   katakana (`ｽﾎﾟｰﾂ`, as old systems and mail write them) are written full-width (`スポーツ`), and
 *   invisible characters inside the text (zero-width space, word joiner, a stray BOM) are removed.
 * Each change is a warning with its line, collapsed per line (and, past a few lines, into one count).
 */
import type { Diagnostic } from '../parser/types.ts';
import { RADICALS_SUPPLEMENT } from './cjk-radicals.ts';

/**
 * The rule written above footnotes moved after the text (a PDF's, a Word document's): a rule with ◇, which ends a turn in
 * every reader (a plain rule may stand inside one).
 */
export const FOOTNOTE_RULE = '────◇────';

/** Cleaned text plus one warning per affected line (at most `MAX_LINE_WARNINGS`, then a count). */
export interface CleanText {
	text: string;
	warnings: Diagnostic[];
}

/** Characters removed outright (tab, LF and CR are kept; FF and VT are handled as page breaks). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/u;
/** Form feed and vertical tab: page and line breaks of extracted text. */
const BREAK = /[\u000b\u000c]/u;
/** Kangxi Radicals, CJK Radicals Supplement, CJK Compatibility Ideographs (and Supplement). */
const CJK_VARIANT = /[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;
/** Private-use characters: a legacy encoding's user-defined characters (外字, CP932 F040–F9FC), which no font shows as the original did. */
const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]/u;
/**
 * List bullets in a symbol font, as Word's PDFs map them (the font's code + U+F000): Symbol's `•` (F0B7), Wingdings' `▪` (F0A7),
 * `●` (F06C), `■` (F06E), `◆` (F075), `❖` (F076), `✓` (F0FC), `➢` (F0D8), `➔` (F0E8), `⇨` (F0E0); and LibreOffice's
 * PDFs map OpenSymbol's `•` of a bulleted list so, at Windows' code for it (F095). CP932's 外字 decode to U+E000–E757, never here.
 */
export const SYMBOL_BULLETS: ReadonlyMap<number, string> = new Map([
	[0xf0b7, '・'],
	[0xf095, '・'],
	[0xf0a7, '・'],
	[0xf06c, '・'],
	[0xf06e, '・'],
	[0xf075, '・'],
	[0xf076, '・'],
	[0xf0fc, '・'],
	[0xf0d8, '→'],
	[0xf0e8, '→'],
	[0xf0e0, '→'],
]);
/** Combining voiced and semi-voiced sound marks: kana decomposed as macOS writes file text (か + ゛ for が). */
const COMBINING_KANA = /[\u3099\u309a]/u;
/** Half-width katakana and their marks and punctuation (`ｽﾎﾟｰﾂ`, `｢`, `･`), as old systems and mail write them. */
const HALFWIDTH_KANA = /[\uff61-\uff9f]/u;
/** A run of them, as the warning quotes the first. */
const HALFWIDTH_RUN = /[\uff61-\uff9f]+/u;
/** Invisible characters inside words (zero-width space, word joiner, a BOM past the start), which split a speaker's name from its match. */
const INVISIBLE = /[\u200b\u2060\ufeff]/u;
/**
 * Variation selectors after an ideograph (`辻󠄀`, 辻 + U+E0100, as a name set in an IVS font extracts): the glyph variant is left
 * out, the ideograph kept, so that the name matches its other writings and reads as a speaker's label.
 */
export const VARIATION_SELECTOR = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
/** Anything the cleaning may touch or report: lines without it are kept as they are (the common case, one regex test). */
const SUSPECT = new RegExp(`${CONTROL.source}|${BREAK.source}|${CJK_VARIANT.source}|${PRIVATE_USE.source}|${COMBINING_KANA.source}|${INVISIBLE.source}|${VARIATION_SELECTOR.source}|${HALFWIDTH_KANA.source}`, 'u');
/** Lines named in their own warning; further lines are counted in one more. */
export const MAX_LINE_WARNINGS = 5;

/** Unicode names of the controls people meet, for messages. */
const CONTROL_NAMES = new Map<number, string>([
	[0x00, 'NUL'],
	[0x07, 'BEL'],
	[0x08, 'backspace'],
	[0x0b, 'vertical tab'],
	[0x0c, 'form feed'],
	[0x1a, 'SUB, the end-of-file mark MS-DOS editors wrote'],
	[0x1b, 'ESC'],
	[0x7f, 'DEL'],
	[0xfffe, 'noncharacter'],
	[0xffff, 'noncharacter'],
]);

/** `U+0007 BEL` for a code point. */
function describe(code: number): string {
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = code >= 0xd800 && code <= 0xdfff ? 'lone surrogate' : code >= 0x80 && code <= 0x9f ? 'C1 control' : CONTROL_NAMES.get(code);
	return name ? `${hex} ${name}` : hex;
}

/** The unified ideograph for a radical or compatibility ideograph, or null when it has none. */
export function unifiedIdeograph(char: string): string | null {
	const supplement = RADICALS_SUPPLEMENT.get(char);
	if (supplement !== undefined) return supplement;
	if (!CJK_VARIANT.test(char)) return null;
	const nfkc = char.normalize('NFKC');
	return nfkc === char ? null : nfkc;
}

/** What cleaning one line did. */
interface LineChanges {
	text: string;
	removed: Map<number, number>;
	mapped: number;
	/** Private-use characters, kept as they are. */
	privateUse: number;
	/** Kana composed with the combining mark after them. */
	composed: number;
	/** Invisible characters removed. */
	invisible: number;
	/** Symbol fonts' list bullets read as `・` or `→`. */
	bullets: number;
	/** Variation selectors left out after an ideograph. */
	selectors: number;
	/** Half-width katakana written full-width. */
	widened: number;
}

/** The changes counted over the whole file, each reported once. */
type Counted = 'mapped' | 'composed' | 'widened' | 'invisible' | 'bullets' | 'selectors' | 'privateUse';
/** 's' after a count other than one. */
const plural = (n: number) => (n === 1 ? '' : 's');
/** Each counted change, in the order of its warning: its code and its message (the count, the first line as cleaned and as written). */
const COUNTED: readonly { key: Counted; code: string; message: (count: number, line: string, raw: string) => string }[] = [
	{ key: 'mapped', code: 'cjk-radical', message: (n) => `${n} CJK radical or compatibility character${plural(n)} (as PDF text extraction writes ⾏ for 行) read as the unified ideograph${plural(n)}, first on this line; fix the seed's text to silence this` },
	{ key: 'composed', code: 'decomposed-kana', message: (n) => `${n} kana written with a separate sound mark (か + ゛, as macOS saves file names and some text) read as one character (が), first on this line` },
	{
		key: 'widened',
		code: 'halfwidth-kana',
		message: (n, _line, raw) => {
			// The line's first run as written and as read (`ｶﾀｶﾅ` → `カタカナ`), so the warning shows what was changed.
			const run = HALFWIDTH_RUN.exec(raw)?.[0] ?? 'ｽﾎﾟｰﾂ';
			return `${n} half-width katakana read as full-width (first on this line: ${run} → ${cleanLine(run).text}), so that names and posts so written are read as speakers and match their other writings`;
		},
	},
	{ key: 'invisible', code: 'invisible-character', message: (n) => `removed ${n} invisible character${plural(n)} (zero-width space, word joiner or byte order mark) inside the text, first on this line; delete ${n === 1 ? 'it' : 'them'} from the seed to silence this` },
	{ key: 'bullets', code: 'symbol-bullet', message: (n) => `${n} list bullet${plural(n)} drawn in a symbol font (Symbol's • or Wingdings' ➢, which the PDF gives as private-use code points U+F0xx) read as ・ (an arrow as →), first on this line` },
	{ key: 'selectors', code: 'variation-selector', message: (n) => `${n} variation selector${plural(n)} after an ideograph (an IVS glyph variant, as in 辻󠄀) left out, the ideograph kept, first on this line; a name so written matches its other writings` },
	{
		key: 'privateUse',
		code: 'private-use-character',
		message: (n, line) => {
			const first = [...line].find((char) => PRIVATE_USE.test(char)) ?? '';
			return `${n} user-defined character${plural(n)} (外字, U+${(first.codePointAt(0) ?? 0).toString(16).toUpperCase()}${n === 1 ? '' : ' first'}, on this line) that no reader's font shows: replace ${n === 1 ? 'it' : 'them'} with the character the original prints (or 〓 when there is none)`;
		},
	},
];

/** Clean one line (no line feeds inside). */
function cleanLine(line: string): LineChanges {
	const removed = new Map<number, number>();
	let mapped = 0;
	let privateUse = 0;
	let composed = 0;
	let invisible = 0;
	let bullets = 0;
	let selectors = 0;
	let widened = 0;
	/** The line's characters as kept, one entry each (looked at and replaced at the end without copying the line). */
	const kept: string[] = [];
	const chars = [...line];
	chars.forEach((char, index) => {
		const code = char.codePointAt(0) ?? 0;
		if (COMBINING_KANA.test(char)) {
			const before = kept.at(-1) ?? '';
			const joined = `${before}${char}`.normalize('NFC');
			if (before !== '' && joined.length === 1) {
				kept[kept.length - 1] = joined;
				composed++;
				return;
			}
		}
		if (HALFWIDTH_KANA.test(char)) {
			widened++;
			// `ｶﾞ`: the sound mark joins the kana before it (`ガ`); alone, it is the spacing mark (`゛`).
			if (code === 0xff9e || code === 0xff9f) {
				const joined = `${kept.at(-1) ?? ''}${code === 0xff9e ? '\u3099' : '\u309a'}`.normalize('NFC');
				if (joined.length === 1) kept[kept.length - 1] = joined;
				else kept.push(code === 0xff9e ? '゛' : '゜');
				return;
			}
			kept.push(char.normalize('NFKC'));
			return;
		}
		if (INVISIBLE.test(char)) {
			invisible++;
			return;
		}
		if (VARIATION_SELECTOR.test(char) && /\p{Script=Han}/u.test(kept.at(-1) ?? '')) {
			selectors++;
			return;
		}
		if (BREAK.test(char)) {
			removed.set(code, (removed.get(code) ?? 0) + 1);
			const atEdge = index === 0 || index === chars.length - 1 || (index === chars.length - 2 && chars.at(-1) === '\r');
			if (!atEdge) kept.push(' ');
			return;
		}
		if (CONTROL.test(char)) {
			removed.set(code, (removed.get(code) ?? 0) + 1);
			return;
		}
		const bullet = SYMBOL_BULLETS.get(code);
		if (bullet !== undefined) {
			bullets++;
			kept.push(bullet);
			return;
		}
		if (PRIVATE_USE.test(char)) privateUse++;
		const unified = CJK_VARIANT.test(char) ? unifiedIdeograph(char) : null;
		if (unified !== null) {
			mapped++;
			kept.push(unified);
			return;
		}
		kept.push(char);
	});
	const text = kept.join('');
	return { text, removed, mapped, privateUse, composed, invisible, bullets, selectors, widened };
}

/** The warning for the controls removed from one line. */
function controlWarning(line: number, removed: ReadonlyMap<number, number>): Diagnostic {
	const total = [...removed.values()].reduce((sum, n) => sum + n, 0);
	const kinds = [...removed.keys()].sort((a, b) => a - b).map(describe).join(', ');
	const pageBreak = [...removed.keys()].every((code) => code === 0x0b || code === 0x0c);
	const what = pageBreak ? `${total === 1 ? 'a page break' : `${total} page breaks`} (${kinds})` : `${total} control character${total === 1 ? '' : 's'} (${kinds})`;
	return {
		severity: 'warning',
		code: 'control-character',
		line,
		message: `removed ${what} that web pages, feeds and calendars cannot carry; delete ${total === 1 ? 'it' : 'them'} from the seed to silence this`,
	};
}

/**
 * Clean a decoded seed text (line feeds only): remove the control characters the outputs cannot
 * carry and map CJK radicals and compatibility ideographs to unified ideographs, with warnings.
 */
export function cleanText(input: string): CleanText {
	if (!SUSPECT.test(input)) return { text: input, warnings: [] };
	const lines = input.split('\n');
	const warnings: Diagnostic[] = [];
	let otherLines = 0;
	let firstOther = 0;
	const tally = Object.fromEntries(COUNTED.map(({ key }) => [key, { count: 0, first: 0, raw: '' }])) as Record<Counted, { count: number; first: number; raw: string }>;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (!SUSPECT.test(line)) continue;
		const changes = cleanLine(line);
		lines[i] = changes.text;
		for (const { key } of COUNTED) {
			const counted = tally[key];
			if (changes[key] === 0) continue;
			if (counted.count === 0) {
				counted.first = i + 1;
				counted.raw = line;
			}
			counted.count += changes[key];
		}
		if (changes.removed.size === 0) continue;
		const seen = warnings.length;
		if (seen < MAX_LINE_WARNINGS) warnings.push(controlWarning(i + 1, changes.removed));
		else if (otherLines++ === 0) firstOther = i + 1;
	}
	if (otherLines > 0) {
		warnings.push({
			severity: 'warning',
			code: 'control-character',
			line: firstOther,
			message: `control characters removed from ${otherLines} more line${otherLines === 1 ? '' : 's'} from here on; save the seed without them to silence this`,
		});
	}
	// One warning per kind of change, at the first line it was made on.
	for (const { key, code, message } of COUNTED) {
		const { count, first, raw } = tally[key];
		if (count > 0) warnings.push({ severity: 'warning', code, line: first, message: message(count, lines[first - 1] ?? '', raw) });
	}
	return { text: lines.join('\n'), warnings };
}
