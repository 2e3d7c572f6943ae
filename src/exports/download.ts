/** Headers for serving a seed file: its type and a download name that survives any characters. */

/** Percent-encoding of RFC 8187 (`attr-char` only), for `filename*=UTF-8''…`. */
function encodeExtValue(text: string): string {
	return encodeURIComponent(text).replace(/[*'()]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition` for a download named `name` (RFC 6266): the ASCII `fallback` for old
 * clients, the real name (any Unicode, `#`, `?`, `%`, tabs) in `filename*=UTF-8''…`.
 */
export function contentDisposition(name: string, fallback: string): string {
	const ascii = fallback.replace(/[^\x20-\x7e]|["\\]/gu, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name.normalize('NFC'))}`;
}

/** The MIME type a seed is served with. */
export function seedContentType(name: string): string {
	if (/\.pdf$/iu.test(name)) return 'application/pdf';
	if (/\.docx$/iu.test(name)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
	if (/\.doc$/iu.test(name)) return 'application/msword';
	if (/\.odt$/iu.test(name)) return 'application/vnd.oasis.opendocument.text';
	if (/\.rtf$/iu.test(name)) return 'application/rtf';
	return /\.(?:md|markdown)$/iu.test(name) ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';
}

/** How an encoding is named for readers: `shift_jis` → `Shift_JIS`. */
export function encodingLabel(encoding: string): string {
	const labels: Readonly<Record<string, string>> = { 'shift_jis': 'Shift_JIS', 'euc-jp': 'EUC-JP', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'utf-32le': 'UTF-32LE', 'utf-32be': 'UTF-32BE', 'iso-2022-jp': 'ISO-2022-JP', 'utf-8': 'UTF-8', 'shift_jis-2004': 'Shift_JIS-2004', 'euc-jis-2004': 'EUC-JIS-2004', 'iso-2022-jp-2004': 'ISO-2022-JP-2004', 'iso-2022-jp-1': 'ISO-2022-JP-1' };
	return labels[encoding] ?? encoding;
}
