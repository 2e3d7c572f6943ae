/**
 * eucJP-ms, the EUC-JP that iconv, PHP, Ruby and MySQL write (`EUC-JP-MS`): it puts the IBM extension characters that the
 * NEC-selected rows do not hold (`髙` of IBM FBFC, `ⅰ`, `﨑` …) in three bytes, 0x8F 0xF3–0xF4 0xA1–0xFE, where JIS X 0212
 * leaves its user-defined rows, so a standard EUC-JP decoder refuses them. The table below, made from glibc's `EUC-JP-MS`
 * against CP932, gives each such character; the rest of the text is EUC-JP as the WHATWG decoder reads it.
 */

/** The characters at 0x8F 0xF3 0xA1 … 0x8F 0xF4 0xFE, row by row (NUL where the table has none). */
const IBM_EXTENSION = '\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ\0\0\0\0\0\0\0\0\0\0＇＂\0\0\0炻仼僴凬匇匤﨎咊坙﨏塚增寬峵嵓﨑德悅愠敎昻晥晴朗栁﨓﨔橫櫢淸淲瀨凞猪甁皂皞益礰礼神祥福竧靖精綠緖羽荢﨟薰蘒﨡蠇諸譿賴赶﨣﨤逸郞都鄕﨧﨨閒隆﨩霻靍靑飯飼館馞髙魲鶴黑';

/** The text of eucJP-ms bytes that hold such characters, or null when they hold none or do not read as EUC-JP around them. */
export function decodeEucJpMs(bytes: Uint8Array): string | null {
	const decoder = new TextDecoder('euc-jp', { fatal: true });
	const parts: string[] = [];
	let from = 0;
	let found = false;
	for (let i = 0; i + 2 < bytes.length; i++) {
		const byte = bytes[i] ?? 0;
		// (Stepping over each character whole: a 0x8F counts only where a character starts.)
		if (byte === 0x8f) {
			const row = bytes[i + 1] ?? 0;
			const cell = bytes[i + 2] ?? 0;
			const char = (row === 0xf3 || row === 0xf4) && cell >= 0xa1 && cell <= 0xfe ? (IBM_EXTENSION[(row - 0xf3) * 94 + (cell - 0xa1)] ?? '\0') : '\0';
			if (char !== '\0') {
				try {
					parts.push(decoder.decode(bytes.subarray(from, i)), char);
				} catch {
					return null;
				}
				from = i + 3;
				found = true;
			}
			i += 2;
		} else if (byte >= 0x8e) i += 1;
	}
	if (!found) return null;
	try {
		parts.push(decoder.decode(bytes.subarray(from)));
	} catch {
		return null;
	}
	return parts.join('');
}
