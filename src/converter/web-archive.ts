/**
 * A web page saved as one file in MIME form: a browser's "Webpage, Single File" (`.mhtml` from Chrome and Edge, `.mht`
 * from Internet Explorer and Word), or a mail whose body is only HTML. The file is a MIME message (`MIME-Version`,
 * `Content-Type: multipart/related`) whose parts are the page's HTML, its stylesheets and images, each encoded for
 * transport (quoted-printable or base64). The page's HTML is found and decoded to bytes here; `decode.ts` reads them as any
 * saved page. Pure: text in, bytes out.
 */
import { isMailHeader, leafParts, opensWithField, parameter, partBytes, readPart, type Part } from './mail-body.ts';

/** The HTML of a saved page or an HTML-only mail, as bytes, with the charset its part declares and the header's lines. */
export interface ArchivedPage {
	/** The page's HTML, decoded from its transfer encoding. */
	html: Uint8Array;
	/** The charset the HTML part's `Content-Type` names, if any (the page's own `<meta>` is read otherwise). */
	charset: string | null;
	/** The address the page was saved from (`Snapshot-Content-Location`, else the HTML part's `Content-Location`). */
	location: string | null;
	/** How many lines the MIME header holds (a mail's, kept above the page's text). */
	headerLines: number;
	/** True for a mail (it has a `From`/`Subject`/`Date` and is no browser's save); its header is kept over the text. */
	mail: boolean;
}

/** What a browser writes as the sender of a page it saved (`From: <Saved by Blink>`, `From: <Saved by Windows Internet Explorer 8>`). */
const SAVED_BY = /saved by/iu;

/**
 * The page inside a saved web archive or an HTML-only mail; null when the text is no MIME message with an HTML part that
 * holds the content (the text is then read as it is); an error when it is a web archive whose page cannot be taken out.
 */
export function unwrapWebArchive(text: string, options: { required?: boolean } = {}): ArchivedPage | { error: string } | null {
	const required = options.required === true;
	const notArchive = required ? { error: 'this file is no saved web page (no MIME header with the page inside): save the page again as "Webpage, Single File" (.mhtml) or "Webpage, HTML only" (.html)' } : null;
	if (!opensWithField(text)) return notArchive;
	// (The text is decoded, its line ends LF.)
	const lines = text.split('\n');
	const message = readPart(lines);
	if (!message) return notArchive;
	const type = message.fields.get('content-type') ?? '';
	const mail = !SAVED_BY.test(message.fields.get('from') ?? '') && isMailHeader(message);
	// A browser's archive is multipart/related; a mail may be any multipart or a single HTML body.
	const archive = /^multipart\/related\b/iu.test(type) && (message.fields.has('mime-version') || message.fields.has('snapshot-content-location'));
	if (!archive && !(mail && (/^multipart\//iu.test(type) || /^text\/html\b/iu.test(type)))) return notArchive;
	const leaves = leafParts(message);
	// A mail with a plain-text part is read as that text (mail-body.ts), not as its HTML.
	if (!archive && leaves.some((part) => /^text\/plain\b/iu.test(part.fields.get('content-type') ?? 'text/plain'))) return null;
	const main = mainPage(message, leaves, parameter(type, 'start'));
	if (!main) {
		if (!archive) return null;
		return { error: 'this saved web page holds no HTML page among its parts: save the page again as "Webpage, HTML only" (.html), or copy its text into a .txt file' };
	}
	const location = message.fields.get('snapshot-content-location') ?? main.fields.get('content-location') ?? null;
	const headerLines = lines.length - message.body.length - 1;
	const bytes = partBytes(main);
	// A part in 7bit or 8bit is the text as the file was decoded: its bytes are that text's UTF-8, whatever it declares.
	if (bytes === null) return { html: new TextEncoder().encode(main.body.join('\n')), charset: 'utf-8', location, headerLines, mail };
	return { html: bytes, charset: parameter(main.fields.get('content-type') ?? '', 'charset'), location, headerLines, mail };
}

/**
 * The part that is the page: the one the message's `start` names, else the one saved from the address the archive names,
 * else the first HTML part (browsers write the page first, its frames after it).
 */
function mainPage(message: Part, leaves: readonly Part[], start: string | null): Part | null {
	const html = leaves.filter((part) => /^text\/html\b/iu.test(part.fields.get('content-type') ?? ''));
	const byId = start === null ? undefined : html.find((part) => part.fields.get('content-id') === start);
	const snapshot = message.fields.get('snapshot-content-location');
	const byLocation = snapshot === undefined ? undefined : html.find((part) => part.fields.get('content-location') === snapshot);
	return byId ?? byLocation ?? html[0] ?? null;
}
