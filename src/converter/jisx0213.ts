/**
 * Text in the encodings of JIS X 0213 (JIS2004), as macOS, older Mac editors, some Linux setups and mail write it:
 * Shift_JIS-2004 (Shift_JISX0213), EUC-JIS-2004 (EUC-JISX0213) and ISO-2022-JP-2004 (ISO-2022-JP-3), which no WHATWG
 * decoder reads. JIS X 0213 is JIS X 0208 with the empty cells of its plane 1 filled (`㉑` … `㊿`, `ゔ`, `鷗`, `俱`, `𠮟`,
 * `𡈽` …) and a plane 2 of rarer kanji (`𠂉`, `丂` …). The cells JIS X 0208 holds are read by the
 * WHATWG decoder (so `～` reads as in a CP932 file); the others come from `jisx0213-table.ts`, made from glibc's tables
 * by `scripts/generate-jisx0213.ts`. ISO-2022-JP-1's JIS X 0212 (`ESC $ ( D`) is read here too, through EUC-JP's.
 */

import { JISX0213_COMBINED, JISX0213_ROWS } from './jisx0213-table.ts';

/** The rows of plane 2 that JIS X 0213 fills; the others are JIS X 0212's (EUC-JP's 0x8F), read by the WHATWG decoder. */
const PLANE2_ROWS = new Set([1, 3, 4, 5, 8, 12, 13, 14, 15, ...Array.from({ length: 17 }, (_, i) => 78 + i)]);
/** First row of plane 1 that CP932 and the WHATWG index fill with IBM's extension characters, which JIS X 0213 puts elsewhere. */
const IBM_ROWS = 89;

/** The table's rows as arrays of cells, made when first needed. */
let rows: Map<number, string[]> | null = null;

/** The character JIS X 0213 has at a cell the WHATWG decoders do not read as it does, or null. */
function tableChar(plane: number, row: number, cell: number): string | null {
	const combined = JISX0213_COMBINED[plane * 10000 + row * 100 + cell];
	if (combined !== undefined) return combined;
	rows ??= new Map(Object.entries(JISX0213_ROWS).map(([key, line]) => [Number(key), Array.from(line)]));
	const char = rows.get(plane * 100 + row)?.[cell - 1];
	return char === undefined || char === ' ' ? null : char;
}

/** A step of `decodeWith`: how many bytes the character at a byte takes and its table character, or `false` when the bytes cannot be JIS X 0213. */
type Step = (i: number) => { length: number; char: string | null } | false;

/**
 * Decodes bytes character by character: runs the WHATWG decoder reads as JIS X 0213 does are handed to it whole, the
 * rest read from the table. Fatal: null at the first byte that does not read (and when no character needed the
 * table); else each such byte is U+FFFD, as a decoder that is not fatal gives it.
 */
function decodeWith(bytes: Uint8Array, label: 'shift_jis' | 'euc-jp', step: Step, fatal = true): string | null {
	const decoder = new TextDecoder(label, { fatal });
	const parts: string[] = [];
	let from = 0;
	let found = false;
	try {
		for (let i = 0; i < bytes.length; ) {
			const next = step(i);
			if (next === false && fatal) return null;
			if (next === false) {
				parts.push(decoder.decode(bytes.subarray(from, i)), '\ufffd');
				from = ++i;
				continue;
			}
			if (next.char !== null) {
				parts.push(decoder.decode(bytes.subarray(from, i)), next.char);
				from = i + next.length;
				found = true;
			}
			i += next.length;
		}
		parts.push(decoder.decode(bytes.subarray(from)));
	} catch {
		return null;
	}
	return found || !fatal ? parts.join('') : null;
}

/** True for a byte that leads a Shift_JIS two-byte character. */
function sjisLead(byte: number): boolean {
	return (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);
}

/** Plane 2's rows by Shift_JIS-2004's lead bytes 0xF0–0xF4: the first of each pair for trail bytes under 0x9F, the second from there. */
const SJIS_PLANE2_PAIRS: readonly (readonly [number, number])[] = [
	[1, 8],
	[3, 4],
	[5, 12],
	[13, 14],
	[15, 78],
];

/** The plane, row and cell of a Shift_JIS-2004 pair (JIS X 0213 annex 1), or null when the trail byte is none. */
function sjisCell(lead: number, trail: number): { plane: number; row: number; cell: number } | null {
	if (trail < 0x40 || trail > 0xfc || trail === 0x7f) return null;
	const second = trail >= 0x9f;
	const cell = second ? trail - 0x9e : trail - (trail >= 0x80 ? 0x40 : 0x3f);
	if (lead <= 0xef) {
		const pair = lead <= 0x9f ? lead - 0x81 : lead - 0xc1;
		return { plane: 1, row: pair * 2 + (second ? 2 : 1), cell };
	}
	const rowsOf = SJIS_PLANE2_PAIRS[lead - 0xf0];
	const row = rowsOf ? rowsOf[second ? 1 : 0] : (lead - 0xf5) * 2 + (second ? 80 : 79);
	return { plane: 2, row, cell };
}

/**
 * Rows of plane 1 where JIS X 0213 has Latin and IPA letters, and MacJapanese its own signs (`①` at 0x8540, which would
 * read as `€`): characters of these rows alone are no sign of JIS X 0213 (nor a stray byte of EUC-JP there).
 */
const LATIN_ROWS = new Set([9, 10, 11, 12]);

/**
 * Shift_JIS-2004 text: null when the bytes hold no character beyond what CP932 reads, or none beyond the Latin letters of
 * rows 9–12 (`LATIN_ROWS`), or are not Shift_JIS-2004 (a character that is no JIS X 0213 one, a lone lead byte); not
 * `fatal`, such bytes are U+FFFD.
 */
export function decodeShiftJis2004(bytes: Uint8Array, fatal = true): string | null {
	const reading = shiftJis2004(bytes, fatal);
	return reading.beyondLatin || !fatal ? reading.text : null;
}

/** Shift_JIS-2004 text (null as `decodeWith` gives it), and whether it holds a JIS X 0213 character beyond rows 9–12. */
function shiftJis2004(bytes: Uint8Array, fatal: boolean): { text: string | null; beyondLatin: boolean } {
	let beyondLatin = false;
	const text = decodeWith(bytes, 'shift_jis', (i) => {
		const lead = bytes[i] ?? 0;
		if (!sjisLead(lead)) return { length: 1, char: null };
		const at = sjisCell(lead, bytes[i + 1] ?? 0);
		if (at === null) return false;
		const char = tableChar(at.plane, at.row, at.cell);
		// (Without a table character, plane 2 and the rows of IBM's characters are no CP932 the WHATWG decoder reads right.)
		if (char === null && (at.plane === 2 || at.row >= IBM_ROWS)) return false;
		if (char !== null && (at.plane === 2 || !LATIN_ROWS.has(at.row))) beyondLatin = true;
		return { length: 2, char };
	}, fatal);
	return { text, beyondLatin };
}

/**
 * EUC-JIS-2004 text (JIS X 0212's characters too, which EUC-JP puts in the rows of 0x8F that JIS X 0213 leaves): null
 * when the bytes hold no character beyond what EUC-JP reads, or none beyond the Latin letters of rows 9–12, or are not
 * EUC-JIS-2004; not `fatal`, such bytes are U+FFFD.
 */
export function decodeEucJis2004(bytes: Uint8Array, fatal = true): string | null {
	const reading = eucJis2004(bytes, fatal);
	return reading.beyondLatin || !fatal ? reading.text : null;
}

/** EUC-JIS-2004 text (null as `decodeWith` gives it), and whether it holds a JIS X 0213 character beyond rows 9–12. */
function eucJis2004(bytes: Uint8Array, fatal: boolean): { text: string | null; beyondLatin: boolean } {
	let beyondLatin = false;
	const text = decodeWith(bytes, 'euc-jp', (i) => {
		const byte = bytes[i] ?? 0;
		if (byte < 0x8e) return { length: 1, char: null };
		if (byte === 0x8e) return { length: 2, char: null };
		const plane2 = byte === 0x8f;
		const row = (bytes[i + (plane2 ? 1 : 0)] ?? 0) - 0xa0;
		const cell = (bytes[i + (plane2 ? 2 : 1)] ?? 0) - 0xa0;
		if (row < 1 || row > 94 || cell < 1 || cell > 94) return plane2 ? false : { length: 1, char: null };
		if (plane2 && !PLANE2_ROWS.has(row)) return { length: 3, char: null };
		const char = tableChar(plane2 ? 2 : 1, row, cell);
		if (char === null && (plane2 || row >= IBM_ROWS)) return false;
		if (char !== null && (plane2 || !LATIN_ROWS.has(row))) beyondLatin = true;
		return { length: plane2 ? 3 : 2, char };
	}, fatal);
	return { text, beyondLatin };
}

/** What an ISO-2022-JP escape sequence switches to, by its bytes after ESC. */
const ISO2022_SETS: Readonly<Record<string, 'ascii' | 'kana' | 'plane1' | 'plane2' | 'jisx0212'>> = {
	'(B': 'ascii',
	'(J': 'ascii',
	'(I': 'kana',
	'$@': 'plane1',
	'$B': 'plane1',
	'$(O': 'plane1',
	'$(Q': 'plane1',
	'$(P': 'plane2',
	'$(D': 'jisx0212',
};

/** The result of reading ISO-2022-JP-2004 or -1: the text and the sets it used, or the escape it cannot read and where. */
export type Iso2022Reading = { text: string; jisx0213: boolean } | { unknownEscape: string; offset: number } | null;

/**
 * ISO-2022-JP-2004 / ISO-2022-JP-3 (JIS X 0213's planes, `ESC $ ( Q`, `ESC $ ( O`, `ESC $ ( P`) and ISO-2022-JP-1 (JIS X
 * 0212, `ESC $ ( D`): the bytes moved into EUC and read as EUC-JIS-2004. An escape to a set these do not hold (ISO-2022-JP-2's
 * Chinese or Korean, `ESC $ A`, `ESC $ ( C`) is given back with its offset; null when the bytes do not read.
 */
export function decodeIso2022Jp2004(bytes: Uint8Array): Iso2022Reading {
	const euc: number[] = [];
	let set: (typeof ISO2022_SETS)[string] = 'ascii';
	let jisx0213 = false;
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i] ?? 0;
		if (byte === 0x1b) {
			// `ESC & @`, JIS X 0208-1990's announcer, changes nothing.
			if (bytes[i + 1] === 0x26 && bytes[i + 2] === 0x40) {
				i += 2;
				continue;
			}
			const length = bytes[i + 1] === 0x24 && bytes[i + 2] === 0x28 ? 3 : 2;
			const escape = String.fromCharCode(...bytes.subarray(i + 1, i + 1 + length));
			const next = ISO2022_SETS[escape];
			if (next === undefined) return { unknownEscape: escape, offset: i };
			if (escape === '$(O' || escape === '$(Q' || escape === '$(P') jisx0213 = true;
			set = next;
			i += length;
		} else if (byte === 0x0a || byte === 0x0d || set === 'ascii') {
			if (byte >= 0x80) return null;
			euc.push(byte);
		} else if (set === 'kana') {
			if (byte < 0x21 || byte > 0x5f) return null;
			euc.push(0x8e, byte | 0x80);
		} else {
			const trail = bytes[i + 1] ?? 0;
			if (byte < 0x21 || byte > 0x7e || trail < 0x21 || trail > 0x7e) return null;
			if (set !== 'plane1') euc.push(0x8f);
			euc.push(byte | 0x80, trail | 0x80);
			i++;
		}
	}
	const eucBytes = Uint8Array.from(euc);
	// (The escapes tell the sets: a letter of rows 9–12 alone is JIS X 0213 here.)
	const text = eucJis2004(eucBytes, true).text ?? plainEucJp(eucBytes);
	return text === null ? null : { text, jisx0213 };
}

/** EUC-JP read by the WHATWG decoder, or null. */
function plainEucJp(bytes: Uint8Array): string | null {
	return whatwg(bytes, 'euc-jp');
}

/** Names of the JIS X 0213 and 0212 encodings as mails and pages give them (`Shift_JIS-2004`, `EUC-JISX0213`, `ISO-2022-JP-3` …), by form. */
const NAMED: readonly { name: RegExp; form: 'sjis' | 'euc' | 'jis' }[] = [
	{ name: /^(?:x-)?(?:shift-jis-?2004|shift-jisx0213|sjis-?2004)$/u, form: 'sjis' },
	{ name: /^(?:x-)?(?:euc-jis-?2004|euc-jisx0213)$/u, form: 'euc' },
	{ name: /^iso-2022-jp-(?:2004|3|1)$/u, form: 'jis' },
];

/** The form a charset name gives, when it names a JIS X 0213 or 0212 encoding, else null. */
function namedForm(label: string): 'sjis' | 'euc' | 'jis' | null {
	const name = label.trim().toLowerCase().replace(/_/gu, '-');
	return NAMED.find((entry) => entry.name.test(name))?.form ?? null;
}

/** True when a charset name is one of JIS X 0213's or 0212's encodings, which no WHATWG decoder knows. */
export function isNamedJis(label: string): boolean {
	return namedForm(label) !== null;
}

/** The text of bytes in the JIS X 0213 or 0212 encoding a charset name gives (its letters of rows 9–12 too), or null. */
export function decodeNamedJis(label: string, bytes: Uint8Array): string | null {
	const form = namedForm(label);
	if (form === 'sjis') return shiftJis2004(bytes, true).text ?? whatwg(bytes, 'shift_jis');
	if (form === 'euc') return eucJis2004(bytes, true).text ?? plainEucJp(bytes);
	if (form !== 'jis') return null;
	const reading = decodeIso2022Jp2004(bytes);
	return reading !== null && 'text' in reading ? reading.text : null;
}

/** Bytes read by a fatal WHATWG decoder, or null. */
function whatwg(bytes: Uint8Array, label: string): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}
