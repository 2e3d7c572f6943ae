/**
 * Turning a seed's bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with BOM, or without when the NUL pattern is unmistakable), Shift_JIS/CP932
 * and EUC-JP, using the WHATWG `TextDecoder` in fatal mode so a wrong guess
 * throws instead of producing mojibake.
 */

/** Encodings `decodeSeed` can report, as WHATWG `TextDecoder` labels. */
export type SeedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp';

/** Result of decoding one seed. */
export type DecodeResult =
	| { ok: true; text: string; encoding: SeedEncoding }
	| { ok: false; message: string };

const NOT_TEXT =
	'not a text file: the bytes are not UTF-8, UTF-16, Shift_JIS or EUC-JP text; save the minutes as plain text (UTF-8 preferred)';

/** C0 controls other than tab, LF, VT, FF, CR and ESC, plus DEL. */
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

/** Share of stray control characters above which decoded text is treated as binary. */
const MAX_CONTROL_RATIO = 0.01;

/** Share of one byte parity that must be NUL to guess BOM-less UTF-16 … */
const UTF16_NUL_RATIO = 0.02;
/** … while the other parity has at most this fraction of that many (CJK code units like U+5200 have a NUL low byte). */
const UTF16_OTHER_RATIO = 0.25;

/** Decode with a fatal WHATWG decoder; null when the bytes are invalid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: SeedEncoding): string | null {
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

/** Guess BOM-less UTF-16 from where the NUL bytes sit: 'utf-16le' when odd bytes are NUL, etc. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < bytes.length; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = bytes.length / 2;
	if (oddNul >= pairs * UTF16_NUL_RATIO && evenNul <= oddNul * UTF16_OTHER_RATIO) return 'utf-16le';
	if (evenNul >= pairs * UTF16_NUL_RATIO && oddNul <= evenNul * UTF16_OTHER_RATIO) return 'utf-16be';
	return null;
}

/** Count of half-width katakana, which EUC-JP bytes misread as Shift_JIS produce in bulk. */
function halfwidthKana(text: string): number {
	return text.match(/[\uff61-\uff9f]/g)?.length ?? 0;
}

/** Convert CRLF and lone CR line endings to LF. */
function normalizeNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/** Accept decoded text when it looks like text, normalizing line endings. */
function accept(text: string | null, encoding: SeedEncoding): DecodeResult | null {
	if (text === null || !looksLikeText(text)) return null;
	return { ok: true, text: normalizeNewlines(text), encoding };
}

/**
 * Decode a seed's bytes to text (BOM removed, line endings LF). Tries, in order:
 * a BOM, BOM-less UTF-16 by NUL pattern, UTF-8, then Shift_JIS and EUC-JP (when
 * both are valid, the reading with fewer half-width katakana wins). Bytes with
 * NULs or that no decoder accepts give `{ ok: false }` with a "not a text file" message.
 */
export function decodeSeed(bytes: Uint8Array): DecodeResult {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
		return accept(tryDecode(bytes, 'utf-8'), 'utf-8') ?? { ok: false, message: NOT_TEXT };
	}
	if (b0 === 0xff && b1 === 0xfe) {
		return accept(tryDecode(bytes, 'utf-16le'), 'utf-16le') ?? { ok: false, message: NOT_TEXT };
	}
	if (b0 === 0xfe && b1 === 0xff) {
		return accept(tryDecode(bytes, 'utf-16be'), 'utf-16be') ?? { ok: false, message: NOT_TEXT };
	}
	const utf16 = guessUtf16(bytes);
	if (utf16) {
		const decoded = accept(tryDecode(bytes, utf16), utf16);
		if (decoded) return decoded;
	}
	// Any NUL byte outside UTF-16 means binary; legacy decoders would accept it.
	if (bytes.includes(0)) return { ok: false, message: NOT_TEXT };
	const utf8 = accept(tryDecode(bytes, 'utf-8'), 'utf-8');
	if (utf8) return utf8;
	const sjis = accept(tryDecode(bytes, 'shift_jis'), 'shift_jis');
	const eucjp = accept(tryDecode(bytes, 'euc-jp'), 'euc-jp');
	if (sjis?.ok && eucjp?.ok) {
		return halfwidthKana(eucjp.text) < halfwidthKana(sjis.text) ? eucjp : sjis;
	}
	return sjis ?? eucjp ?? { ok: false, message: NOT_TEXT };
}
