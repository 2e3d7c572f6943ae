/**
 * Turning a seed's bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with BOM, or without: by the NUL pattern, else by which byte order reads as text), UTF-32 LE/BE (with BOM, or
 * without: every four bytes one character in that order),
 * Shift_JIS/CP932, EUC-JP and ISO-2022-JP (and their JIS X 0213 forms, `jisx0213.ts`), using the WHATWG `TextDecoder` in fatal mode so a wrong guess
 * throws instead of producing mojibake.
 */

import type { Diagnostic } from '../parser/types.ts';
import type { SOURCE_ENCODINGS } from '../schemas/meeting.ts';
import { cleanText } from './clean-text.ts';
import { decodeEucJpMs } from './eucjp-ms.ts';
import { pageText, withPageTitle, type PageText } from './html-text.ts';
import { decodeEucJis2004, decodeIso2022Jp2004, decodeShiftJis2004 } from './jisx0213.ts';
import { unwrapMailBody } from './mail-body.ts';
import { unwrapWebArchive, type ArchivedPage } from './web-archive.ts';

/** Encodings `decodeSeed` can report, as WHATWG `TextDecoder` labels: UTF-8 and the ones a record notes. */
export type SeedEncoding = 'utf-8' | (typeof SOURCE_ENCODINGS)[number];

/** Result of decoding one seed: the cleaned text with the cleaning's warnings, or why it is not text (and where, when known). */
export type DecodeResult =
	| { ok: true; text: string; encoding: SeedEncoding; warnings: Diagnostic[] }
	| { ok: false; code: string; message: string; line: number | null };

const NOT_TEXT =
	'not a text file: the bytes are not UTF-8, UTF-16, UTF-32, Shift_JIS or EUC-JP text; save the minutes as plain text (UTF-8 preferred)';
const SAVE_AS_TEXT = 'save the minutes as plain text (.txt, UTF-8) instead';

/** Known binary formats by their first bytes, most specific first. */
const BINARY_KINDS: readonly { magic: readonly number[]; kind: string; hint?: string }[] = [
	{ magic: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (a Word .docx, Excel .xlsx or .zip file)', hint: 'a Word document is read when its name ends in .docx, an OpenDocument text when it ends in .odt (rename it); anything else, save the minutes as plain text (.txt, UTF-8) instead' },
	{ magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old Microsoft Office document (.doc, .xls)', hint: 'a Word 97–2003 document is read when its name ends in .doc (rename it); anything else, save the minutes as plain text (.txt, UTF-8) instead' },
	{ magic: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image', hint: 'images cannot be read; put the text of the minutes into seeds/ instead' },
	{ magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image', hint: 'images cannot be read; put the text of the minutes into seeds/ instead' },
	{ magic: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image', hint: 'images cannot be read; put the text of the minutes into seeds/ instead' },
	{ magic: [0x49, 0x49, 0x2a, 0x00], kind: 'a TIFF image', hint: 'images cannot be read; put the text of the minutes into seeds/ instead' },
	{ magic: [0x4d, 0x4d, 0x00, 0x2a], kind: 'a TIFF image', hint: 'images cannot be read; put the text of the minutes into seeds/ instead' },
	{ magic: [0x1f, 0x8b], kind: 'a gzip archive', hint: 'unpack it and put the text file into seeds/' },
	{ magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive', hint: 'unpack it and put the text file into seeds/' },
	{ magic: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive', hint: 'unpack it and put the text file into seeds/' },
	{ magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'an RTF document', hint: 'a rich-text document is read when its name ends in .rtf (rename it)' },
];
/** `%PDF-`: a PDF, whatever its name says. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** Valid multi-byte UTF-8 sequences per invalid one above which a file is UTF-8 with a few bad bytes, not a legacy encoding. */
const UTF8_EVIDENCE_RATIO = 8;
/** … and at least this many valid sequences. */
const MIN_UTF8_EVIDENCE = 4;

/** C0 controls other than tab, LF, VT, FF, CR and ESC, plus DEL. */
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

/** Share of stray control characters above which decoded text is treated as binary. */
const MAX_CONTROL_RATIO = 0.01;

/** Share of one byte parity that must be NUL to guess BOM-less UTF-16 … */
const UTF16_NUL_RATIO = 0.02;
/** … while the other parity has at most this fraction of that many (CJK code units like U+5200 have a NUL low byte). */
const UTF16_OTHER_RATIO = 0.25;

/** The WHATWG decoder that reads an encoding's line ends and ASCII as it does (JIS X 0213's forms have none of their own). */
function whatwgLabel(encoding: SeedEncoding): string {
	return ({ 'shift_jis-2004': 'shift_jis', 'euc-jis-2004': 'euc-jp', 'iso-2022-jp-2004': 'iso-2022-jp', 'iso-2022-jp-1': 'iso-2022-jp' } as Partial<Record<SeedEncoding, string>>)[encoding] ?? encoding;
}

/** Decode with a fatal WHATWG decoder; null when the bytes are invalid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** True when decoded text looks like text: no NUL and almost no other control characters. */
function looksLikeText(text: string): boolean {
	if (text.includes('\u0000')) return false;
	const controls = text.match(STRAY_CONTROL)?.length ?? 0;
	return controls <= text.length * MAX_CONTROL_RATIO;
}

/** Characters that UTF-16 text read in its own byte order is full of: ASCII, line ends, kana and full-width punctuation. */
const UTF16_TELLTALE = /[\n\u0020-\u007e\u3000-\u30ff]/gu;
/** Share of telltale characters the better byte order must reach … */
const UTF16_TELLTALE_SHARE = 0.05;
/** … with at least this many times the other order's count. */
const UTF16_TELLTALE_MARGIN = 2;

/**
 * Guess BOM-less UTF-16 from where the NUL bytes sit: 'utf-16le' when odd bytes are NUL, etc.
 * Japanese text with few ASCII letters has too few NULs for that (a line end per line, and kanji
 * such as U+5200 put NULs on the other side): then both byte orders are read, and the one whose
 * text is mostly kana, punctuation, ASCII and line ends wins (read backwards, kana become kanji).
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	// Without any NUL byte neither parity reaches its share (the common case, found natively).
	if (bytes.length < 2 || bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < bytes.length; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = bytes.length / 2;
	if (oddNul >= pairs * UTF16_NUL_RATIO && evenNul <= oddNul * UTF16_OTHER_RATIO) return 'utf-16le';
	if (evenNul >= pairs * UTF16_NUL_RATIO && oddNul <= evenNul * UTF16_OTHER_RATIO) return 'utf-16be';
	const [le, be] = (['utf-16le', 'utf-16be'] as const).map((encoding) => {
		const text = tryDecode(bytes, encoding);
		return { encoding, telltale: text === null ? 0 : (text.match(UTF16_TELLTALE)?.length ?? 0) };
	}) as [{ encoding: 'utf-16le'; telltale: number }, { encoding: 'utf-16be'; telltale: number }];
	const [best, other] = le.telltale >= be.telltale ? [le, be] : [be, le];
	return best.telltale >= pairs * UTF16_TELLTALE_SHARE && best.telltale >= other.telltale * UTF16_TELLTALE_MARGIN ? best.encoding : null;
}

/** The code point of the four bytes at `at` in a UTF-32 byte order. */
function utf32At(bytes: Uint8Array, at: number, order: 'utf-32le' | 'utf-32be'): number {
	const [a = 0, b = 0, c = 0, d = 0] = bytes.subarray(at, at + 4);
	return (order === 'utf-32le' ? d * 0x1000000 + c * 0x10000 + b * 0x100 + a : a * 0x1000000 + b * 0x10000 + c * 0x100 + d);
}

/** True when the code point is a Unicode scalar value (no surrogate, at most U+10FFFF). */
function isScalar(code: number): boolean {
	return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}

/**
 * UTF-32 (as some editors and exporters save "Unicode" text): 'utf-32le' or 'utf-32be' by its BOM (`FF FE 00 00`,
 * `00 00 FE FF`), or without one when every four bytes are one character in that order and the text has a line end
 * (UTF-16 or any other text read so gives code points past U+10FFFF); null otherwise.
 */
function utf32Order(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
	if (bytes.length < 8 || bytes.length % 4 !== 0) return null;
	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return 'utf-32le';
	if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return 'utf-32be';
	return (['utf-32le', 'utf-32be'] as const).find((order) => {
		let lineEnd = false;
		for (let at = 0; at < bytes.length; at += 4) {
			const code = utf32At(bytes, at, order);
			if (!isScalar(code) || code === 0) return false;
			if (code === 0x0a || code === 0x0d) lineEnd = true;
		}
		return lineEnd;
	}) ?? null;
}

/** UTF-32 text in the given byte order without its BOM, or null when a unit is no character. */
function decodeUtf32(bytes: Uint8Array, order: 'utf-32le' | 'utf-32be'): string | null {
	const parts: string[] = [];
	for (let at = utf32At(bytes, 0, order) === 0xfeff ? 4 : 0; at < bytes.length; at += 4) {
		const code = utf32At(bytes, at, order);
		if (!isScalar(code)) return null;
		parts.push(String.fromCodePoint(code));
	}
	return parts.join('');
}

/**
 * ISO-2022-JP (JIS, as old mail archives keep minutes): 7-bit bytes with an escape into a two-byte set (`ESC $ B`,
 * `ESC $ @`; ISO-2022-JP-1's and -2004's `ESC $ ( D`, `ESC $ ( Q` …; ISO-2022-JP-2's Chinese and Korean, `ESC $ A`).
 */
function isIso2022jp(bytes: Uint8Array): boolean {
	let escape = false;
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i] ?? 0;
		if (byte >= 0x80) return false;
		if (byte === 0x1b && bytes[i + 1] === 0x24 && [0x40, 0x41, 0x42, 0x28, 0x29].includes(bytes[i + 2] ?? 0)) escape = true;
	}
	return escape;
}

/** `ESC & @`: the announcer of JIS X 0208-1990 before `ESC $ B`, which changes nothing for a decoder. */
function withoutAnnouncers(bytes: Uint8Array): Uint8Array {
	const kept: number[] = [];
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] === 0x1b && bytes[i + 1] === 0x26 && bytes[i + 2] === 0x40) i += 2;
		else kept.push(bytes[i] ?? 0);
	}
	return kept.length === bytes.length ? bytes : Uint8Array.from(kept);
}

/** The line a byte offset falls on. */
function lineAt(bytes: Uint8Array, offset: number): number {
	return bytes.subarray(0, offset).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
}

/**
 * ISO-2022-JP that the WHATWG decoder does not read: with JIS X 0213 (ISO-2022-JP-2004 and -3, `ESC $ ( Q`, `ESC $ ( P`)
 * or JIS X 0212 (ISO-2022-JP-1, `ESC $ ( D`) characters, read by `jisx0213.ts`; an escape to another set (ISO-2022-JP-2's
 * Chinese or Korean) or bytes that do not read are an error naming the line.
 */
function extendedIso2022jp(bytes: Uint8Array, accept: (text: string | null, encoding: SeedEncoding) => DecodeResult | null): DecodeResult {
	const reading = decodeIso2022Jp2004(bytes);
	if (reading !== null && 'text' in reading) {
		const decoded = accept(reading.text, reading.jisx0213 ? 'iso-2022-jp-2004' : 'iso-2022-jp-1');
		if (decoded) return decoded;
	}
	if (reading !== null && 'unknownEscape' in reading) {
		const line = lineAt(bytes, reading.offset);
		const escape = [...reading.unknownEscape].join(' ');
		return failure(`ISO-2022-JP with an escape to a character set that is not Japanese (ESC ${escape} at line ${line}: ISO-2022-JP-2's Chinese, Korean or European letters), which cannot be read: save the file as UTF-8`, 'invalid-encoding', line);
	}
	return failure('ISO-2022-JP (JIS) whose bytes do not read as Japanese text (a character cut off, or bytes of another encoding inside it): save the file as UTF-8', 'invalid-encoding');
}

/**
 * A file with NUL bytes that is text without them: NULs padding its end (a save cut off by a crash) and a few NULs inside
 * it (a broken save) are left out with a warning naming the first one's line. Anything else with NULs is no text.
 */
function nulBytes(bytes: Uint8Array, clean: boolean): DecodeResult {
	let end = bytes.length;
	while (end > 0 && bytes[end - 1] === 0) end--;
	const first = bytes.indexOf(0);
	const rest = first === end ? bytes.subarray(0, end) : bytes.filter((b) => b !== 0);
	if (rest.length === 0 || bytes.length - rest.length > Math.max(1024, rest.length * 0.01)) return failure(NOT_TEXT);
	const decoded = clean ? decodeSeed(rest) : decodeBytes(rest, false);
	if (!decoded.ok) return failure(NOT_TEXT);
	const line = positionAfter(normalizeNewlines(new TextDecoder(whatwgLabel(decoded.encoding)).decode(bytes.subarray(0, first)))).line;
	if (first === end) {
		const warning: Diagnostic = { severity: 'warning', code: 'nul-padding', line, message: `${bytes.length - end} NUL byte${bytes.length - end === 1 ? '' : 's'} after the text's end (a save cut off?) left out; check that the minutes are complete` };
		return { ...decoded, warnings: [warning, ...decoded.warnings] };
	}
	const count = bytes.length - end + bytes.subarray(0, end).filter((b) => b === 0).length;
	const warning: Diagnostic = { severity: 'warning', code: 'nul-byte', line, message: `a NUL byte at line ${line}${count > 1 ? ` (and ${count - 1} more)` : ''}, which text cannot hold (a broken save?), left out; check the words around ${count > 1 ? 'them' : 'it'}, or save the minutes again as plain text` };
	return { ...decoded, warnings: [warning, ...decoded.warnings] };
}

/** UTF-16 text cut off in the middle of a character (an odd byte count, or half of a surrogate pair at the end): where, or null. */
function cutUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult | null {
	const whole = bytes.subarray(0, bytes.length - (bytes.length % 2));
	const text = tryDecode(bytes.length % 2 === 1 ? whole : whole.subarray(0, whole.length - 2), encoding);
	// The decoder leaves the BOM out.
	if (text === null || text === '' || !looksLikeText(text)) return null;
	const { line, column } = positionAfter(normalizeNewlines(text));
	return failure(`the file (UTF-16) ends in the middle of a character at line ${line}, column ${column} (a copy or download cut short?): copy the file again or delete the broken last character`, 'invalid-encoding', line);
}

/** Share of characters a legacy decoding may fail on (U+FFFD) and still be that encoding with a few bad bytes … */
const MAX_BAD_CHARACTER_RATIO = 0.01;
/** … or this many, however short the text (a one-page notice with one Mac character is text too). */
const MIN_BAD_CHARACTERS = 2;

/**
 * Shift_JIS or EUC-JP text (their JIS X 0213 forms too) with a few bytes invalid in it (a Mac character, a file cut
 * short): where the first bad byte is, read with the encoding that fails least; null when none reads as text.
 */
function brokenLegacy(bytes: Uint8Array): DecodeResult | null {
	const read = { 'shift_jis': () => new TextDecoder('shift_jis').decode(bytes), 'euc-jp': () => new TextDecoder('euc-jp').decode(bytes), 'Shift_JIS-2004': () => japaneseReading(decodeShiftJis2004(bytes, false)) ?? '', 'EUC-JIS-2004': () => japaneseReading(decodeEucJis2004(bytes, false)) ?? '' };
	const readings = (['shift_jis', 'euc-jp', 'Shift_JIS-2004', 'EUC-JIS-2004'] as const).map((encoding) => {
		const text = normalizeNewlines(read[encoding]());
		return { encoding, text, bad: text.match(/\ufffd/gu)?.length ?? 0, japanese: text.match(/[\u3040-\u30ff\u4e00-\u9fff]/gu)?.length ?? 0 };
	});
	const best = readings.filter((reading) => reading.bad > 0 && reading.bad <= Math.max(MIN_BAD_CHARACTERS, reading.text.length * MAX_BAD_CHARACTER_RATIO) && reading.japanese >= reading.bad * 10).sort((a, b) => a.bad - b.bad || b.japanese - a.japanese)[0];
	if (!best) return null;
	const at = best.text.indexOf('\ufffd');
	const { line, column } = positionAfter(best.text.slice(0, at));
	const name = best.encoding === 'shift_jis' ? 'Shift_JIS' : best.encoding === 'euc-jp' ? 'EUC-JP' : best.encoding;
	// Cut off: the one bad character is the last of the text.
	const cut = best.bad === 1 && best.text.slice(at + 1).trim() === '';
	const others = best.bad > 1 ? ` (and ${best.bad - 1} more after it)` : '';
	return cut
		? failure(`the file (${name}) ends in the middle of a character at line ${line}, column ${column} (a copy or download cut short?): copy the file again or delete the broken last character`, 'invalid-encoding', line)
		: failure(`invalid ${name} at line ${line}, column ${column}${others}: a character this encoding cannot hold (a Mac character?); retype it, or save the file as UTF-8`, 'invalid-encoding', line);
}

/** Han ideographs (of a Chinese reading: CJK Unified Ideographs and Extension A). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const HANGUL = /[\uac00-\ud7a3]/gu;
/** Kanji a legacy reading holds at least before its lack of kana says it is no Japanese … */
const MIN_FOREIGN_HAN = 20;
/** … when its kana are under this share of its kanji (Japanese prose has kana in every sentence). */
const MAX_FOREIGN_KANA_SHARE = 0.01;

/** The commonest letters of Korean, of simplified and of traditional Chinese (particles, endings, `的`, `是` …). */
const COMMON_LETTERS = {
	'euc-kr': /[이다는의에을를하고지가서니로한기수시습]/gu,
	gb18030: /[的是了在和有不这我们为会议员对人中一个上来时说要]/gu,
	big5: /[的是了在和有不這我們為會議員對人中一個上來時說要]/gu,
} as const;
/** Share of a reading's Hangul or Han that its commonest letters reach in that language's text (a few percent in another's bytes). */
const MIN_COMMON_SHARE = 0.1;

/**
 * Kanji (CJK Unified Ideographs and Extension A) and kana (full-width: half-width katakana are what other bytes read as
 * Shift_JIS give in bulk) in a text, counted in one pass over its code units (a seed may be megabytes of it).
 */
function kanjiAndKana(text: string): { han: number; kana: number } {
	let han = 0;
	let kana = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x3041 && code <= 0x30ff) kana++;
		else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
	}
	return { han, kana };
}

/** The text of bytes in a legacy encoding as its decoder gives it, bad bytes as U+FFFD and nothing cleaned. */
function rawLegacy(bytes: Uint8Array, encoding: SeedEncoding): string {
	if (encoding === 'shift_jis-2004') return decodeShiftJis2004(bytes, false) ?? '';
	if (encoding === 'euc-jis-2004') return decodeEucJis2004(bytes, false) ?? '';
	return new TextDecoder(whatwgLabel(encoding)).decode(bytes);
}

/**
 * Chinese or Korean text in its own legacy encoding (GB18030/GBK, Big5, EUC-KR), which reads as Japanese kanji without
 * kana (EUC-KR and GB2312 share EUC-JP's byte structure) or not at all: an error saying so, rather than mojibake
 * published as Japanese or "not a text file"; null when the reading is Japanese (or was not a legacy one).
 */
function notJapanese(bytes: Uint8Array, reading: DecodeResult): DecodeResult | null {
	if (reading.ok) {
		if (!['shift_jis', 'euc-jp', 'shift_jis-2004', 'euc-jis-2004'].includes(reading.encoding)) return null;
		// (Cleaning reads half-width katakana full-width: only then is the text decoded again as it was.)
		const raw = reading.warnings.some((warning) => warning.code === 'halfwidth-kana') ? rawLegacy(bytes, reading.encoding) : reading.text;
		const { han, kana } = kanjiAndKana(raw);
		if (han < MIN_FOREIGN_HAN || kana > han * MAX_FOREIGN_KANA_SHARE) return null;
	} else if (reading.code !== 'not-text') return null;
	// (Each language's commonest letters tell it from another's bytes read so: EUC-KR, GB2312 and EUC-JP share a structure.)
	const foreign = (['euc-kr', 'gb18030', 'big5'] as const)
		.map((encoding) => {
			const text = tryDecode(bytes, encoding);
			if (text === null || !looksLikeText(text)) return { encoding, common: 0 };
			const letters = text.match(encoding === 'euc-kr' ? HANGUL : HAN)?.length ?? 0;
			const common = text.match(COMMON_LETTERS[encoding])?.length ?? 0;
			return { encoding, common: letters >= MIN_FOREIGN_HAN && common >= letters * MIN_COMMON_SHARE ? common : 0 };
		})
		.sort((a, b) => b.common - a.common)
		.find((reading) => reading.common > 0)?.encoding;
	if (foreign === undefined) return null;
	const language = foreign === 'euc-kr' ? 'Korean (EUC-KR)' : `Chinese (${foreign === 'big5' ? 'Big5' : 'GB18030/GBK'})`;
	const read = reading.ok ? 'read as Japanese it is kanji without any kana' : 'it reads as no Japanese encoding';
	return failure(`this reads as ${language} text, not Japanese (${read}): the archive reads Japanese minutes; if the file is Japanese, save it as UTF-8`, 'not-japanese');
}

/** Count of half-width katakana, which EUC-JP bytes misread as Shift_JIS produce in bulk. */
function halfwidthKana(text: string): number {
	return text.match(/[\uff61-\uff9f]/g)?.length ?? 0;
}

/**
 * A JIS X 0213 reading when it reads as Japanese: with no more half-width katakana than kana. (JIS X 0213 fills nearly
 * every cell, so other bytes read as Shift_JIS-2004 too: EUC-JP's, GBK's and Big5's leads 0xA1–0xDF as half-width kana.)
 */
function japaneseReading(text: string | null): string | null {
	return text !== null && halfwidthKana(text) <= (text.match(/[\u3041-\u30ff]/gu)?.length ?? 0) ? text : null;
}

/**
 * Convert CRLF, lone CR, NEL (U+0085, the line end of text from mainframes and some converters) and the Unicode line and
 * paragraph separators (U+2028, U+2029, as word processors export a soft break) to LF.
 */
function normalizeNewlines(text: string): string {
	return /[\r\u0085\u2028\u2029]/u.test(text) ? text.replace(/\r\n?|[\u0085\u2028\u2029]/gu, '\n') : text;
}

/**
 * Node's Shift_JIS decoder (ICU's table) reads three single bytes as IBM PCs did: 0x1A as U+001C, 0x1C as U+007F and 0x7F
 * as U+001A, where the Encoding Standard reads each byte as its ASCII code point. No pair of Shift_JIS bytes gives those
 * three, so they are put back: a DOS end-of-file mark (0x1A, Ctrl-Z) is reported as itself, never as a file separator.
 */
const ICU_SHIFT_JIS_CONTROLS = /[\u001a\u001c\u007f]/gu;
const SHIFT_JIS_CONTROLS: Readonly<Record<string, string>> = { '\u001c': '\u001a', '\u007f': '\u001c', '\u001a': '\u007f' };

/** Text decoded from Shift_JIS with its ASCII controls read as the Encoding Standard reads them. */
function withAsciiControls(text: string): string {
	return text.replace(ICU_SHIFT_JIS_CONTROLS, (char) => SHIFT_JIS_CONTROLS[char] ?? char);
}

/** The end-of-file mark MS-DOS editors wrote after the text (Ctrl-Z, 0x1A), maybe padding the last record. */
const DOS_END_OF_FILE = /\u001a+$/u;

/** The warning for an end-of-file mark left out at `line`. */
function endOfFileWarning(line: number): Diagnostic {
	return { severity: 'warning', code: 'end-of-file-mark', line, message: 'an end-of-file mark (Ctrl-Z, U+001A, as MS-DOS editors wrote it) after the text was left out; delete it from the seed to silence this' };
}

/**
 * Accept decoded text when it looks like text, normalizing line endings and (unless `clean` is false: a web page's markup)
 * cleaning it once; an end-of-file mark after the text is left out first (a short file had been refused for it as binary).
 */
function acceptText(decoded: string | null, encoding: SeedEncoding, clean = true): DecodeResult | null {
	const read = decoded !== null && encoding.startsWith('shift_jis') ? withAsciiControls(decoded) : decoded;
	const mark = read === null ? -1 : read.search(DOS_END_OF_FILE);
	const text = read === null || mark === -1 ? read : read.slice(0, mark);
	if (text === null || !looksLikeText(text)) return null;
	const lines = normalizeNewlines(text);
	const ended = mark === -1 ? [] : [endOfFileWarning(positionAfter(lines).line)];
	if (!clean) return { ok: true, text: lines, encoding, warnings: ended };
	const cleaned = cleanText(lines);
	return { ok: true, text: cleaned.text, encoding, warnings: [...cleaned.warnings, ...ended] };
}

/** A failed decode with a code, a message and maybe a line. */
function failure(message: string, code = 'not-text', line: number | null = null): DecodeResult {
	return { ok: false, code, message, line };
}

/** True when the bytes start with `magic`. */
function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((byte, i) => bytes[i] === byte);
}

/** The failure for a known binary format, or null. */
function binaryKind(bytes: Uint8Array): DecodeResult | null {
	if (startsWith(bytes, PDF_MAGIC)) {
		return failure('this is a PDF file, not text (it starts with %PDF-): rename it to end in .pdf so its text layer is read', 'pdf-as-text');
	}
	const known = BINARY_KINDS.find((entry) => startsWith(bytes, entry.magic));
	return known ? failure(`not a text file: this is ${known.kind}; ${known.hint ?? SAVE_AS_TEXT}`, 'binary-file') : null;
}

/** Where UTF-8 decoding first fails, with counts of valid multi-byte and invalid sequences. */
interface Utf8Scan {
	valid: number;
	invalid: number;
	/** Byte offset of the first invalid sequence, -1 when none. */
	first: number;
	/** True when the first invalid sequence is a character cut off by the end of the file. */
	truncated: boolean;
}

/** Length of the UTF-8 sequence starting at `i` when it is valid, else 0 (overlongs and surrogates are invalid). */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
	const b0 = bytes[i] ?? 0;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => {
		const b = bytes[i + k];
		return b !== undefined && b >= lo && b <= hi;
	};
	if (b0 < 0x80) return 1;
	if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
	if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

/** Expected length of a sequence by its lead byte (0 for a byte that cannot lead). */
function leadLength(b0: number): number {
	return b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
}

/** Scan bytes as UTF-8 in one pass. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
	const scan: Utf8Scan = { valid: 0, invalid: 0, first: -1, truncated: false };
	for (let i = 0; i < bytes.length; ) {
		const length = utf8SequenceLength(bytes, i);
		if (length > 1) scan.valid++;
		if (length > 0) {
			i += length;
			continue;
		}
		if (scan.first === -1) {
			scan.first = i;
			const expected = leadLength(bytes[i] ?? 0);
			scan.truncated = expected > 0 && i + expected > bytes.length && bytes.subarray(i + 1).every((b) => b >= 0x80 && b <= 0xbf);
		}
		scan.invalid++;
		i++;
	}
	return scan;
}

/** The line and column (1-based, in characters) where text that follows `before` (line feeds only) begins. */
function positionAfter(before: string): { line: number; column: number } {
	const lines = before.split('\n');
	return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}

/** The failure for UTF-8 text with a few invalid bytes: where the first one is (line, column, byte offset). */
function brokenUtf8(bytes: Uint8Array, scan: Utf8Scan, bomLength: number): DecodeResult {
	const { line, column } = positionAfter(normalizeNewlines(new TextDecoder('utf-8').decode(bytes.subarray(bomLength, scan.first))));
	const hex = [...bytes.subarray(scan.first, Math.min(bytes.length, scan.first + 4))].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
	const where = `line ${line}, column ${column} (byte ${scan.first})`;
	const others = scan.invalid > 1 ? ` and ${scan.invalid - 1} more invalid byte${scan.invalid === 2 ? '' : 's'} after it` : '';
	if (scan.truncated) {
		return failure(`the file ends in the middle of a character at ${where} (a copy or download cut short?): copy the file again or delete the broken last character`, 'invalid-utf8', line);
	}
	return failure(`invalid UTF-8 at ${where}: byte ${hex.split(' ')[0]}${others} is not part of any character (starting ${hex}); retype that character or save the file again as UTF-8`, 'invalid-utf8', line);
}

/**
 * Decode a seed's bytes to text (BOM removed, line endings LF). Tries, in order:
 * a BOM, BOM-less UTF-16 (by NUL pattern, else by its text), UTF-8, then Shift_JIS and EUC-JP (when
 * both are valid, the reading with fewer half-width katakana wins). Bytes with
 * NULs or that no decoder accepts give `{ ok: false }` with a "not a text file" message; a known
 * binary format (PDF, ZIP/Office, images) is named, and UTF-8 text with a few invalid bytes says
 * where the first one is. The text is cleaned once (`cleanText`), its warnings returned with lines.
 */
export function decodeSeed(bytes: Uint8Array, options: { html?: boolean; archive?: boolean; json?: boolean } = {}): DecodeResult {
	// A web page saved under a `.json` name is what a server answered instead of the data (an error, maintenance, a limit on
	// requests), never minutes: its page text would be read as a document of its own.
	if (options.json === true && looksLikeHtml(bytes)) {
		// (Named by its `<title>` as the page reader reads it, in the page's own encoding.)
		const raw = htmlSource(bytes);
		const title = raw.ok ? (pageText(raw.text).title ?? '') : '';
		const named = title === '' ? '' : ` ("${title.slice(0, 200)}")`;
		return failure(`this .json file holds a web page${named}, not JSON: the server answered with a page instead of the data (an error, maintenance or a limit on requests); save the response again, e.g. from https://kokkai.ndl.go.jp/api/meeting?…&recordPacking=json`, 'html-as-json', 1);
	}
	// A web page, saved as `.html` or under a text name: its content's text.
	if (options.html === true || (options.archive !== true && looksLikeHtml(bytes))) return decodeHtml(bytes);
	const decoded = decodeBytes(bytes);
	// A web page saved as one file (`.mhtml`, `.mht`, or under a text name), or a mail whose body is only HTML: the page
	// inside it, read as a saved page.
	const archived = decoded.ok ? unwrapWebArchive(decoded.text, { required: options.archive === true }) : null;
	if (archived && 'error' in archived) return failure(archived.error, 'web-archive');
	if (archived && decoded.ok) return archivedPage(archived, decoded.text, decoded.encoding);
	// A mail saved as it travelled, its body in base64 or quoted-printable: the body's text, decoded, under its header
	// (looked at for garbled lines once decoded).
	const mail = decoded.ok ? unwrapMailBody(decoded.text) : null;
	if (mail && 'error' in mail) return failure(mail.error, 'mail-body', 1);
	if (mail && decoded.ok) {
		const cleaned = cleanText(mail.text);
		return withGarbledWarning({ ...decoded, text: cleaned.text, warnings: [...decoded.warnings, ...mail.warnings, ...cleaned.warnings] });
	}
	return withGarbledWarning(decoded);
}

/**
 * The text of the page inside a web archive or an HTML-only mail, read as a saved page; a mail's header is kept above it
 * (the parser leaves a mail header out), with a warning that line numbers count the page's text from there on. The
 * encoding given is the file's own (a web archive is ASCII whatever its page's charset).
 */
function archivedPage(archived: ArchivedPage, text: string, encoding: SeedEncoding): DecodeResult {
	const page = decodeHtml(archived.html, archived.charset);
	if (!page.ok) return page;
	if (!archived.mail) return { ...page, encoding };
	const header = text.split('\n').slice(0, archived.headerLines);
	const warning: Diagnostic = {
		severity: 'warning',
		code: 'mail-body',
		line: header.length + 2,
		message: "the mail's body is HTML only and was read as a web page; line numbers from here on count the page's text",
	};
	return { ...page, text: [...header, '', page.text].join('\n'), encoding, warnings: [...page.warnings, warning] };
}

/**
 * Text garbled before the file was saved, which no decoding mends: UTF-8 read as Shift_JIS and saved again (`菫晁ご螢ｫ縺ｮ`:
 * 縺, 繧 and 繝 are the lead of nearly every kana so garbled, letters real minutes almost never hold) or characters a
 * converter could not map (U+FFFD).
 */
const GARBLED_LETTER = /[縺繧繝\ufffd]/u;
/** The same, counted over a line. */
const GARBLED = new RegExp(GARBLED_LETTER.source, 'gu');
/** How many such letters a line holds at least to be garbled. */
const GARBLED_LETTERS = 3;

/** The decoded text with a warning naming the first garbled line and how many there are (the text is kept as it is). */
function withGarbledWarning(decoded: DecodeResult): DecodeResult {
	if (!decoded.ok || !GARBLED_LETTER.test(decoded.text)) return decoded;
	const lines = decoded.text.split('\n');
	const garbled = lines.flatMap((line, index) => ((line.match(GARBLED)?.length ?? 0) >= GARBLED_LETTERS ? [index + 1] : []));
	if (garbled.length === 0) return decoded;
	const more = garbled.length === 1 ? 'this line' : `this line and ${garbled.length - 1} more`;
	const warning: Diagnostic = {
		severity: 'warning',
		code: 'garbled-text',
		line: garbled[0] ?? null,
		message: `${more} ${garbled.length === 1 ? 'looks' : 'look'} garbled before the file was saved (UTF-8 text read as Shift_JIS and saved again, 縺/繧/繝, or characters replaced by �): published as written; replace the text with the original's`,
	};
	return { ...decoded, warnings: [...decoded.warnings, warning] };
}

/** The start of an HTML document: `<!DOCTYPE html>`, `<html …>`, maybe after an XML declaration or a comment. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu;

/** The bytes a page starts with, as text enough to tell its start: UTF-16 by its BOM, anything else byte for byte. */
function pageStart(bytes: Uint8Array, length: number): string {
	const [b0, b1] = bytes;
	if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
		return new TextDecoder(b0 === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, length * 2));
	}
	return new TextDecoder('latin1').decode(bytes.subarray(b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0, length));
}

/** An HTML document's head or body tag, which text that merely begins with a tag (`<html>タグの扱いについて`) lacks. */
const HTML_PART = /<(?:head|body|title|meta)[\s>]/iu;
/** `<!DOCTYPE html>` at the start (after an XML declaration or comments). */
const HTML_DOCTYPE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/iu;

/** True when the bytes start as an HTML document does: `<!DOCTYPE html>`, or `<html>` with its head or body after it. */
function looksLikeHtml(bytes: Uint8Array): boolean {
	const start = pageStart(bytes, 4096);
	return HTML_DOCTYPE.test(start.slice(0, 1024)) || (HTML_START.test(start.slice(0, 1024)) && HTML_PART.test(start));
}

/** Encodings a page may declare that are read as declared; any other declaration is passed over for the detection. */
const DECLARABLE: readonly SeedEncoding[] = ['utf-8', 'shift_jis', 'euc-jp', 'iso-2022-jp'];
/** Labels pages use that the WHATWG decoder does not know, by the encoding they mean. */
const CHARSET_ALIASES: Readonly<Record<string, SeedEncoding>> = { cp932: 'shift_jis', 'ms-kanji': 'shift_jis', 'x-ms-cp932': 'shift_jis', euc_jp: 'euc-jp', eucjp: 'euc-jp', 'x-eucjp': 'euc-jp', utf8: 'utf-8' };
/** A `<meta …>` tag (or an XML declaration) in a page's first bytes, and the charset it names. */
const META_TAG = /<meta\s[^>]*>|<\?xml\s[^>]*>/giu;
const CHARSET = /(?:charset|encoding)\s*=\s*["']?\s*([a-z0-9_:.\-]+)/iu;

/**
 * The encoding a page declares in its first 4,096 bytes (`<meta charset="Shift_JIS">`, `<meta http-equiv="Content-Type"
 * content="text/html; charset=EUC-JP">`, `<?xml … encoding="…"?>`), as a decoder's label, or null.
 */
export function declaredCharset(bytes: Uint8Array): SeedEncoding | null {
	for (const tag of pageStart(bytes, 4096).matchAll(META_TAG)) {
		const label = CHARSET.exec(tag[0])?.[1];
		if (label) return charsetEncoding(label);
	}
	return null;
}

/** The encoding a charset label names (`Shift_JIS`, `x-sjis`, `cp932`, `EUC-JP` …) when it is one a page is read as declared, else null. */
function charsetEncoding(label: string): SeedEncoding | null {
	const alias = CHARSET_ALIASES[label.toLowerCase()];
	if (alias) return alias;
	try {
		const encoding = new TextDecoder(label).encoding as SeedEncoding;
		return DECLARABLE.includes(encoding) ? encoding : null;
	} catch {
		return null;
	}
}

/**
 * A web page's text: its bytes decoded by a BOM, else as the page (or the archive's part holding it) declares (when they
 * read so), else as any seed's;
 * then its content as a browser's copy gives it (`html-text.ts`), with the `<title>` above when the content has no
 * heading, cleaned once.
 */
function decodeHtml(bytes: Uint8Array, charset: string | null = null): DecodeResult {
	const raw = htmlSource(bytes, charset);
	if (!raw.ok) return raw;
	return markupText(raw.text, raw.encoding, raw.warnings);
}

/** A web page's markup as text, in the charset its bytes declare (a BOM, the web archive part's `charset`, its `<meta>`), else as sniffed. */
function htmlSource(bytes: Uint8Array, charset: string | null = null): DecodeResult {
	const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	// (The charset a web archive's part declares comes before the page's own `<meta>`, as it does in a browser.)
	const declared = bom ? null : ((charset === null ? null : charsetEncoding(charset)) ?? declaredCharset(bytes));
	return (declared && acceptText(tryDecode(bytes, declared), declared, false)) || decodeBytes(bytes, false);
}

/**
 * The text of a document given as HTML: a saved page's markup (`decodeHtml`), or the HTML a word processor's document is
 * converted to (`document`: each paragraph a line, `docx.ts`; `kind` names the document in messages); an error when it holds no text or cannot be read.
 */
export function markupText(html: string, encoding: SeedEncoding, warnings: readonly Diagnostic[] = [], options: { document?: boolean; kind?: string } = {}): DecodeResult {
	let page: ReturnType<typeof pageText>;
	try {
		page = pageText(html, options);
	} catch (cause) {
		// parse5 reads any markup; what fails is a tree too deep to walk (elements nested tens of thousands deep).
		return failure(`the web page could not be read (${cause instanceof Error ? cause.message : String(cause)}; its elements nested too deep?): copy the minutes' text into a .txt file instead`, 'unreadable-page');
	}
	if (page.text.trim() === '') {
		if (options.document === true) return failure(`the ${options.kind ?? 'Word document'} has no text in it (only images or drawings): save the minutes as plain text (.txt, UTF-8) instead`, 'empty-page');
		const titled = page.title ? ` (its title: ${page.title.slice(0, 80)})` : '';
		if (page.frames) return failure(`a web page of frames with no text of its own${titled}: the minutes are in a frame, a page of their own; open that frame alone (the browser's "This frame" → "Open frame in new tab") and save it, or copy its text into a .txt file`, 'empty-page');
		return failure(`a web page with no text in it${titled}: a page whose text is drawn by a script or shown as images cannot be read; save the minutes' page itself, or copy its text into a .txt file`, 'empty-page');
	}
	const titled = withPageTitle(page);
	const cleaned = cleanText(titled);
	return withGarbledWarning({ ok: true, text: cleaned.text, encoding, warnings: [...warnings, ...cleaned.warnings, ...struckWarnings(page, titled)] });
}

/** How many struck-through words of a document get a warning of their own; the rest are counted in one. */
const STRUCK_WARNINGS = 10;

/**
 * A warning for each of the struck-through words left out of a word processor's document (`html-text.ts`), at its line
 * (moved down by the lines a title put above the text takes), the rest counted in one.
 */
function struckWarnings(page: PageText, titled: string): Diagnostic[] {
	const struck = page.struck ?? [];
	if (struck.length === 0) return [];
	const shift = titled === page.text ? 0 : titled.split('\n').length - page.text.split('\n').length;
	const quoted = (words: string) => (words.length > 40 ? `${words.slice(0, 40)}…` : words);
	const warnings: Diagnostic[] = struck.slice(0, STRUCK_WARNINGS).map(({ line, text }) => ({
		severity: 'warning',
		code: 'struck-text',
		line: line + shift,
		message: `struck-through words "${quoted(text)}" are left out, as a correction kept struck in the document: the line reads as corrected; remove the strikethrough in the document if the words are to be read`,
	}));
	const rest = struck.slice(STRUCK_WARNINGS);
	if (rest.length > 0) warnings.push({ severity: 'warning', code: 'struck-text', line: (rest[0]?.line ?? 1) + shift, message: `${rest.length} more struck-through passages are left out from here on, as corrections kept struck in the document` });
	return warnings;
}

/** `decodeSeed` before a mail's body is unwrapped; `clean` false leaves the text as decoded (a web page's markup, read by `decodeHtml`). */
function decodeBytes(bytes: Uint8Array, clean = true): DecodeResult {
	const accept = (text: string | null, encoding: SeedEncoding) => acceptText(text, encoding, clean);
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
		const decoded = acceptUtf8(tryDecode(bytes, 'utf-8'), accept);
		if (decoded) return decoded;
		const scan = scanUtf8(bytes);
		// (UTF-8 with NUL bytes in it or after its end: said where, as without a BOM.)
		if (scan.first === -1) return bytes.includes(0) ? nulBytes(bytes, clean) : failure(NOT_TEXT);
		return (scan.valid < scan.invalid * UTF8_EVIDENCE_RATIO ? markedLegacy(bytes.subarray(3), accept) : null) ?? brokenUtf8(bytes, scan, 3);
	}
	// UTF-32 before UTF-16: its little-endian BOM starts with UTF-16's.
	const utf32 = utf32Order(bytes);
	if (utf32) return accept(decodeUtf32(bytes, utf32), utf32) ?? failure(NOT_TEXT);
	if (b0 === 0xff && b1 === 0xfe) {
		return accept(tryDecode(bytes, 'utf-16le'), 'utf-16le') ?? cutUtf16(bytes, 'utf-16le') ?? failure(NOT_TEXT);
	}
	if (b0 === 0xfe && b1 === 0xff) {
		return accept(tryDecode(bytes, 'utf-16be'), 'utf-16be') ?? cutUtf16(bytes, 'utf-16be') ?? failure(NOT_TEXT);
	}
	const binary = binaryKind(bytes);
	if (binary) return binary;
	const utf16 = guessUtf16(bytes);
	if (utf16) {
		const decoded = accept(tryDecode(bytes, utf16), utf16);
		if (decoded) return decoded;
	}
	// Any NUL byte outside UTF-16 means binary (legacy decoders would accept it), unless the rest is text: then say where.
	if (bytes.includes(0)) return nulBytes(bytes, clean);
	// ISO-2022-JP is valid ASCII, so it must be told apart before UTF-8 (which would keep its escapes as text).
	if (isIso2022jp(bytes)) {
		return accept(tryDecode(withoutAnnouncers(bytes), 'iso-2022-jp'), 'iso-2022-jp') ?? extendedIso2022jp(bytes, accept);
	}
	const utf8 = acceptUtf8(tryDecode(bytes, 'utf-8'), accept);
	if (utf8) return utf8;
	// Mostly valid UTF-8 with a stray byte or a cut-off end: say where, rather than guess a legacy encoding.
	const scan = scanUtf8(bytes);
	if (scan.first !== -1 && scan.valid >= MIN_UTF8_EVIDENCE && scan.valid >= scan.invalid * UTF8_EVIDENCE_RATIO) return brokenUtf8(bytes, scan, 0);
	// (A whole file in Shift_JIS or EUC-JP has few byte runs that happen to be UTF-8: each line is looked at only when UTF-8 holds its own.)
	const pasted = scan.valid * 2 >= scan.invalid ? pastedLegacy(bytes) : null;
	if (pasted) return pasted;
	const latin = latinText(bytes);
	if (latin) return latin;
	const legacy = legacyText(bytes, accept);
	return notJapanese(bytes, legacy) ?? withShiftJis2004Hint(bytes, legacy);
}

/**
 * CP932 text with user-defined characters (外字, 0xF040–0xF9FC) that Shift_JIS-2004 reads as kanji of JIS X 0213's plane 2
 * (`𠂉`): the file is read as CP932 still (its 外字 are far more common), and the warning on them shows the line as
 * Shift_JIS-2004 reads it, so that a file saved so is known and saved again as UTF-8.
 */
function withShiftJis2004Hint(bytes: Uint8Array, decoded: DecodeResult): DecodeResult {
	if (!decoded.ok || decoded.encoding !== 'shift_jis') return decoded;
	const index = decoded.warnings.findIndex((warning) => warning.code === 'private-use-character');
	const warning = decoded.warnings[index];
	if (warning?.line == null) return decoded;
	const reading = japaneseReading(decodeShiftJis2004(bytes));
	const line = reading === null ? undefined : normalizeNewlines(reading).split('\n')[warning.line - 1];
	if (line === undefined || /[\ue000-\uf8ff]/u.test(line)) return decoded;
	const shown = line.length > 40 ? `${line.slice(0, 40)}…` : line;
	const hinted = { ...warning, message: `${warning.message}; if the file is Shift_JIS-2004 (JIS X 0213, as macOS can save it), the line reads "${shown}": then save it as UTF-8 from the editor that wrote it` };
	return { ...decoded, warnings: decoded.warnings.map((each, i) => (i === index ? hinted : each)) };
}

/** The bytes Windows-1252 gives the characters it reads 0x80–0x9F as (`€` for 0x80 …); its other bytes are Latin-1's. */
const WINDOWS_1252_BYTES = new Map([...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((char, i) => [char, 0x80 + i] as const));
/** Kana a text read back from twice-encoded UTF-8 holds at least to be Japanese. */
const MIN_UNDOUBLED_KANA = 10;

/**
 * UTF-8 text encoded twice (its bytes read as Windows-1252 or Latin-1 and saved again as UTF-8: `æ–‡å­—` for `文字`), read
 * back as the UTF-8 it was, with a warning naming its first line; null for any other text (a Latin letter, `é`, between
 * ASCII is no UTF-8 sequence once made a byte again, and a character beyond Windows-1252 makes none of it a byte).
 */
function undoubledUtf8(text: string): { text: string; warning: Diagnostic } | null {
	if (!/[\u00c2-\u00ef][\u0080-\u00bf\u0152-\u2122]/u.test(text)) return null;
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const byte = code <= 0xff ? code : WINDOWS_1252_BYTES.get(text[i] ?? '');
		if (byte === undefined) return null;
		bytes[i] = byte;
	}
	const read = tryDecode(bytes, 'utf-8');
	if (read === null || (read.match(/[\u3041-\u30ff]/gu)?.length ?? 0) < MIN_UNDOUBLED_KANA) return null;
	const first = text.search(/[\u0080-\uffff]/u);
	const line = positionAfter(normalizeNewlines(text.slice(0, first))).line;
	const shown = text.slice(first, first + 6);
	return {
		text: read,
		warning: { severity: 'warning', code: 'double-utf8', line, message: `the text had been encoded twice (UTF-8 read as Windows-1252 or Latin-1 and saved again as UTF-8: "${shown}" from this line on) and was read as the UTF-8 it had been; save the original again as UTF-8 to silence this` },
	};
}

/**
 * Shift_JIS or EUC-JP text after a UTF-8 byte order mark (a tool that marked the file UTF-8 without converting it), read
 * as what it is with a warning; null when the bytes after the mark read as neither, or as no Japanese.
 */
function markedLegacy(bytes: Uint8Array, accept: (text: string | null, encoding: SeedEncoding) => DecodeResult | null): DecodeResult | null {
	const legacy = legacyText(bytes, accept);
	if (!legacy.ok || notJapanese(bytes, legacy)) return null;
	const name = legacy.encoding.startsWith('shift_jis') ? 'Shift_JIS' : 'EUC-JP';
	const warning: Diagnostic = { severity: 'warning', code: 'mismarked-encoding', line: 1, message: `the file starts with a UTF-8 byte order mark, but its text is ${name} (a tool marked it UTF-8 without converting it): read as ${name}; save it again as UTF-8 to silence this` };
	return { ...legacy, warnings: [warning, ...legacy.warnings] };
}

/** Accept text decoded as UTF-8, read back first when it had been encoded twice (with that warning). */
function acceptUtf8(raw: string | null, accept: (text: string | null, encoding: SeedEncoding) => DecodeResult | null): DecodeResult | null {
	const undoubled = raw === null ? null : undoubledUtf8(raw);
	const repaired = undoubled ? accept(undoubled.text, 'utf-8') : null;
	if (repaired?.ok && undoubled) return { ...repaired, warnings: [undoubled.warning, ...repaired.warnings] };
	return accept(raw, 'utf-8');
}

/** Characters beyond ASCII on its UTF-8 lines that a file must hold to be UTF-8 with lines of another encoding in it. */
const MIN_UTF8_CHARACTERS = 20;

/**
 * UTF-8 with lines in Shift_JIS or EUC-JP in it (a passage pasted from an older file): an error naming the first such
 * line and how many there are, rather than "not a text file" or the whole read in the wrong encoding; null unless every
 * line UTF-8 refuses reads in one of them and the others hold enough UTF-8 beyond ASCII.
 */
function pastedLegacy(bytes: Uint8Array): DecodeResult | null {
	const bad: number[] = [];
	let utf8Characters = 0;
	const encodings = new Set<'shift_jis' | 'euc-jp'>(['shift_jis', 'euc-jp']);
	let start = 0;
	for (let line = 1; start <= bytes.length; line++) {
		const end = bytes.indexOf(0x0a, start);
		const part = bytes.subarray(start, end === -1 ? bytes.length : end);
		const text = tryDecode(part, 'utf-8');
		if (text === null) {
			bad.push(line);
			for (const encoding of encodings) if (tryDecode(part, encoding) === null) encodings.delete(encoding);
			if (encodings.size === 0) return null;
		} else utf8Characters += text.match(/[^\u0000-\u007f]/gu)?.length ?? 0;
		if (end === -1) break;
		start = end + 1;
	}
	const [encoding] = encodings;
	if (bad.length === 0 || utf8Characters < MIN_UTF8_CHARACTERS || encoding === undefined) return null;
	const name = encoding === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP';
	const more = bad.length > 1 ? ` (and ${bad.length - 1} more line${bad.length === 2 ? '' : 's'} after it)` : '';
	return failure(`line ${bad[0]}${more} is ${name} inside a UTF-8 file (a passage pasted from another file?): convert those lines to UTF-8, or save the passage again from its original`, 'invalid-utf8', bad[0] ?? null);
}

/**
 * Latin text saved on Windows (Windows-1252, or ISO-8859-1): its curly quotes, dashes, `…` and accented letters are
 * bytes 0x80–0xFF each alone between ASCII, which no Japanese text has (Shift_JIS and EUC-JP write two bytes a
 * character, kana and kanji in runs) and which Japanese decoders read as kanji or control characters (`O’Neil` →
 * `O地eil`): an error at the first one's line; null when a byte 0x80 or above stands next to another.
 */
function latinText(bytes: Uint8Array): DecodeResult | null {
	let first = -1;
	for (let i = 0; i < bytes.length; i++) {
		if ((bytes[i] ?? 0) < 0x80) continue;
		if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) return null;
		if (first === -1) first = i;
	}
	if (first === -1) return null;
	const line = lineAt(bytes, first);
	const column = first - bytes.lastIndexOf(0x0a, first - 1);
	return failure(`Latin text in Windows-1252 (or ISO-8859-1), not Japanese: the byte ${(bytes[first] ?? 0).toString(16).toUpperCase()} at line ${line}, column ${column} (a curly quote, dash, … or accented letter of such text) stands alone, as no Japanese character does; save the file as UTF-8`, 'invalid-encoding', line);
}

/** Shift_JIS or EUC-JP text (their JIS X 0213 forms too), or why not, with the first bad byte's line when there is one. */
function legacyText(bytes: Uint8Array, accept: (text: string | null, encoding: SeedEncoding) => DecodeResult | null): DecodeResult {
	const sjis = accept(tryDecode(bytes, 'shift_jis'), 'shift_jis');
	// (eucJP-ms, as iconv and PHP write EUC-JP, holds IBM's extension characters, `髙`, in three bytes a standard decoder refuses.)
	const eucjp = accept(tryDecode(bytes, 'euc-jp'), 'euc-jp') ?? (sjis ? null : accept(decodeEucJpMs(bytes), 'euc-jp'));
	if (sjis?.ok && eucjp?.ok) {
		return halfwidthKana(eucjp.text) < halfwidthKana(sjis.text) ? eucjp : sjis;
	}
	const legacy = sjis ?? eucjp;
	if (legacy) return legacy;
	// JIS X 0213 (Shift_JIS-2004, EUC-JIS-2004, as macOS and some Linux setups write them): only what CP932 and EUC-JP
	// (eucJP-ms too) cannot read, so their files, far more common, are never read so.
	const sjis2004 = accept(japaneseReading(decodeShiftJis2004(bytes)), 'shift_jis-2004');
	const euc2004 = accept(japaneseReading(decodeEucJis2004(bytes)), 'euc-jis-2004');
	if (sjis2004?.ok && euc2004?.ok) return halfwidthKana(euc2004.text) < halfwidthKana(sjis2004.text) ? euc2004 : sjis2004;
	return sjis2004 ?? euc2004 ?? brokenLegacy(bytes) ?? failure(NOT_TEXT);
}
