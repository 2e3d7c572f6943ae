/**
 * A mail saved as it travelled (an `.eml`, or its text saved as `.txt`), whose body is encoded for transport: base64 or
 * quoted-printable, maybe in parts (`multipart/alternative` with a plain-text and an HTML part). The body's plain text is
 * decoded with the charset it declares and put under the mail's header, which the parser then leaves out as it does any
 * mail header; plain-text attachments (minutes sent as a `.txt` under a note) follow it. Pure: text in, text out.
 */
import type { Diagnostic } from '../parser/types.ts';
import { decodeNamedJis, isNamedJis } from './jisx0213.ts';

/** A header field that a mail's header holds (the first line of the file must be one). */
const FIELD = /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]?/u;
/** The fields that make a block of such lines a mail's header. */
const KEY_FIELD = /^(?:From|Subject|Date|To):/iu;

/** One part of a mail (or the mail itself): its header fields (names in lower case, folded lines joined) and its body's lines. */
export interface Part {
	fields: Map<string, string>;
	body: string[];
}

/** The header and body of a part: the fields up to the first blank line. */
export function readPart(lines: readonly string[]): Part | null {
	const fields = new Map<string, string>();
	let last: string | null = null;
	let index = 0;
	for (; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (line.trim() === '') break;
		if (/^[ \t]/u.test(line) && last !== null) {
			fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
			continue;
		}
		if (!FIELD.test(line)) return null;
		const colon = line.indexOf(':');
		last = line.slice(0, colon).trim().toLowerCase();
		fields.set(last, line.slice(colon + 1).trim());
	}
	return { fields, body: lines.slice(index + 1) };
}

/** A parameter of a field (`charset=UTF-8`, `boundary="=_abc"`). */
export function parameter(value: string, name: string): string | null {
	const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"(?<quoted>[^"]*)"|(?<bare>[^;\\s]+))`, 'iu').exec(value);
	return match?.groups?.quoted ?? match?.groups?.bare ?? null;
}

const UTF8 = new TextEncoder();

/** Quoted-printable to bytes (soft line breaks `=` at a line's end joined). */
function fromQuotedPrintable(lines: readonly string[]): Uint8Array {
	const bytes: number[] = [];
	lines.forEach((line, index) => {
		const soft = line.endsWith('=');
		const text = soft ? line.slice(0, -1) : line.replace(/[ \t]+$/u, '');
		for (let i = 0; i < text.length; i++) {
			const hex = text[i] === '=' ? /^[0-9A-Fa-f]{2}$/u.exec(text.slice(i + 1, i + 3))?.[0] : undefined;
			if (hex !== undefined) {
				bytes.push(Number.parseInt(hex, 16));
				i += 2;
			} else if (text.charCodeAt(i) < 0x80) bytes.push(text.charCodeAt(i));
			else {
				// A character left unencoded (a writer that escapes only `=`, as html-docx-js does): its bytes in the UTF-8 the
				// file was read as.
				const character = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
				bytes.push(...UTF8.encode(character));
				i += character.length - 1;
			}
		}
		if (!soft && index < lines.length - 1) bytes.push(0x0a);
	});
	return Uint8Array.from(bytes);
}

/** How deep parts may nest (a multipart inside a multipart …): real mails and saved pages nest two or three deep. */
const MAX_DEPTH = 8;

/** The leaf parts of a part, in order: the part itself, or its parts' leaves when it is a multipart. */
export function leafParts(part: Part, depth = 0): Part[] {
	const type = part.fields.get('content-type') ?? 'text/plain';
	if (!/^multipart\//iu.test(type)) return [part];
	const boundary = parameter(type, 'boundary');
	if (boundary === null || depth >= MAX_DEPTH) return [];
	const groups: string[][] = [];
	let current: string[] | null = null;
	for (const line of part.body) {
		if (line === `--${boundary}--`) break;
		if (line === `--${boundary}`) {
			current = [];
			groups.push(current);
		} else current?.push(line);
	}
	return groups.flatMap((lines) => {
		// A part with no header fields at all is plain text.
		const inner = readPart(lines.length > 0 && lines[0]?.trim() === '' ? ['Content-Type: text/plain', ...lines] : lines);
		return inner ? leafParts(inner, depth + 1) : [];
	});
}

/** A part's body as the bytes it stands for (base64 and quoted-printable decoded); null for a transfer encoding not known. */
export function partBytes(part: Part): Uint8Array | null {
	const transfer = (part.fields.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	if (transfer === 'base64') return Uint8Array.from(Buffer.from(part.body.join(''), 'base64'));
	if (transfer === 'quoted-printable') return fromQuotedPrintable(part.body);
	return null;
}

/** A fatal decoder for a charset name (null when none reads it), giving null for bytes that do not read. */
function textDecoder(charset: string): ((bytes: Uint8Array) => string | null) | null {
	if (isNamedJis(charset)) return (bytes) => decodeNamedJis(charset, bytes);
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(charset, { fatal: true });
	} catch {
		return null;
	}
	return (bytes) => {
		try {
			return decoder.decode(bytes);
		} catch {
			return null;
		}
	};
}

/** True for a part sent as an attachment (`Content-Disposition: attachment`), not as the message's body. */
function isAttachment(part: Part): boolean {
	return /^attachment\b/iu.test(part.fields.get('content-disposition') ?? '');
}

/** Charsets tried in turn for a text attachment that names none (a file attached as it was saved). */
const ATTACHMENT_CHARSETS = ['utf-8', 'shift_jis', 'euc-jp'];

/** The text of a plain-text part, decoded with `charsets` in turn; null when none reads it. */
function partText(leaf: Part, charsets: readonly string[]): { text: string; transfer: string; charset: string } | null {
	const transfer = (leaf.fields.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	const bytes = partBytes(leaf);
	// (A part in 7bit or 8bit is the text as the file gives it.)
	if (bytes === null) return { text: leaf.body.join('\n'), transfer, charset: charsets[0] ?? 'us-ascii' };
	for (const charset of charsets) {
		// (JIS X 0213's and 0212's encodings, `Shift_JIS-2004`, `ISO-2022-JP-3`, which no WHATWG decoder knows, are read by `jisx0213.ts`.)
		const text = textDecoder(charset)?.(bytes) ?? null;
		if (text !== null) return { text: text.replace(/\r\n?/gu, '\n'), transfer, charset };
	}
	return null;
}

/**
 * The plain text of a part, decoded; null when it is no text part or its charset is unknown. Plain-text attachments (the
 * minutes sent as a `.txt` under a note) follow the body's text, each after a blank line, counted in `attachments`.
 */
function plainText(part: Part): { text: string; transfer: string; charset: string; attachments: number } | null {
	// The first plain text among the parts (a multipart/alternative inside a multipart/mixed too).
	let body: { text: string; transfer: string; charset: string } | null = null;
	const attached: string[] = [];
	for (const leaf of leafParts(part)) {
		const type = leaf.fields.get('content-type') ?? 'text/plain';
		if (!/^text\/plain\b/iu.test(type)) continue;
		const charset = parameter(type, 'charset');
		if (isAttachment(leaf) && body !== null) {
			const text = partText(leaf, charset === null ? ATTACHMENT_CHARSETS : [charset]);
			if (text !== null) attached.push(text.text);
			continue;
		}
		if (body === null) body = partText(leaf, [charset ?? 'us-ascii']);
	}
	if (body === null) return null;
	return { ...body, text: [body.text, ...attached].join('\n\n'), attachments: attached.length };
}

/** True when a text opens as a MIME message does: a header field on its first line. */
export function opensWithField(text: string): boolean {
	return FIELD.test(text.slice(0, 200));
}

/** True when a message's header is a mail's: two of `From`, `Subject`, `Date`, `To`. */
export function isMailHeader(message: Part): boolean {
	return [...message.fields.keys()].filter((name) => KEY_FIELD.test(`${name}:`)).length >= 2;
}

/**
 * The mail's header over its body decoded, with a warning; null when the text is no mail or its body is not encoded
 * (nothing to do); an error message when it is a mail whose body holds no plain text.
 */
export function unwrapMailBody(text: string): { text: string; warnings: Diagnostic[] } | { error: string } | null {
	const lines = opensWithField(text) ? text.split('\n') : [];
	const mail = lines.length > 0 ? readPart(lines) : null;
	if (!mail || !isMailHeader(mail)) return null;
	const type = mail.fields.get('content-type') ?? '';
	const transfer = (mail.fields.get('content-transfer-encoding') ?? '').toLowerCase();
	if (!/^multipart\//iu.test(type) && transfer !== 'base64' && transfer !== 'quoted-printable') return null;
	const body = plainText(mail);
	if (!body) return { error: 'this is a saved e-mail whose body holds no plain text this converter can read (an HTML-only mail, or an unknown charset): copy the minutes from the mail into a .txt file' };
	const header = lines.slice(0, lines.length - mail.body.length - 1);
	const attached = body.attachments === 0 ? '' : `, its ${body.attachments === 1 ? 'text attachment' : `${body.attachments} text attachments`} read after it`;
	const warning: Diagnostic = {
		severity: 'warning',
		code: 'mail-body',
		line: header.length + 2,
		message: `the mail's body was sent encoded (${body.transfer}, ${body.charset}) and was decoded${attached}; line numbers from here on count the decoded text`,
	};
	return { text: [...header, '', body.text].join('\n'), warnings: [warning] };
}
