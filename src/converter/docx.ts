/**
 * Minutes written in Word and dropped in as `.docx` (Word, LibreOffice and Google Docs write it): the document's body (its
 * ruby read as base text) is turned into HTML by mammoth (paragraphs, line breaks, tables, lists, headings, text boxes;
 * the page header and footer, comments and images are left out; footnotes follow the text), then read as the text the
 * document's copy gives (`html-text.ts`, each paragraph a line) and cleaned, as any seed's text is. Before that the file's
 * ZIP directory is checked, so a file that is no Word document, an old `.doc` or a password-protected document renamed
 * `.docx`, or one that would unpack to more than a text seed may hold, gets one line saying what to do.
 */
import { markupText, type DecodeResult } from './decode.ts';
import { readNumbering, withListNumbers } from './docx-numbering.ts';
import { SIZE_LIMITS } from './seed-files.ts';

/** How much a document's parts may unpack to, in all: a text seed's limit for its text, with room for its markup. */
export const UNPACKED_LIMIT = 4 * SIZE_LIMITS.text;

/** The little-endian unsigned integers of a ZIP record. */
const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;

/** The names and unpacked sizes of a ZIP file's entries, from its central directory; null when it has none. */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
	// The end-of-directory record: within the last 64 KiB (its comment), found from the end.
	let end = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
		if (u32(bytes, at) === 0x06054b50) {
			end = at;
			break;
		}
	}
	if (end === -1) return null;
	const count = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	const entries: { name: string; size: number }[] = [];
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
		const nameLength = u16(bytes, at + 28);
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		// (A size of 0xFFFFFFFF stands for a ZIP64 size: over 4 GiB, counted as such.)
		entries.push({ name, size: u32(bytes, at + 24) });
		at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
	}
	return entries;
}

/**
 * The document's XML with each ruby (furigana over a name, `<w:ruby>` in a run) replaced by its base text's runs, as a
 * web page's ruby is read as its base text: mammoth drops a ruby whole, base and reading, so the name itself would be
 * lost. A linear scan: each ruby's run is cut out and its `<w:rubyBase>` runs put in its place.
 */
export function withRubyBase(xml: string): string {
	const parts: string[] = [];
	let from = 0;
	for (let ruby = xml.indexOf('<w:ruby>', from); ruby !== -1; ruby = xml.indexOf('<w:ruby>', from)) {
		const rubyEnd = xml.indexOf('</w:ruby>', ruby);
		if (rubyEnd === -1) break;
		const close = rubyEnd + '</w:ruby>'.length;
		// (Each search looks only between the last ruby and the next: every character is looked at a bounded number of times.)
		const before = xml.slice(from, ruby);
		const runStart = Math.max(before.lastIndexOf('<w:r>'), before.lastIndexOf('<w:r '));
		const inner = xml.slice(ruby, rubyEnd);
		const baseStart = inner.indexOf('<w:rubyBase>');
		const baseEnd = inner.indexOf('</w:rubyBase>');
		if (runStart === -1 || !xml.startsWith('</w:r>', close) || baseStart === -1 || baseEnd < baseStart) {
			// (Not the form Word writes: kept as it is.)
			parts.push(xml.slice(from, close));
			from = close;
			continue;
		}
		parts.push(before.slice(0, runStart), inner.slice(baseStart + '<w:rubyBase>'.length, baseEnd));
		from = close + '</w:r>'.length;
	}
	parts.push(xml.slice(from));
	return parts.join('');
}

/** Each `open`…`close` element of an XML text (not nested in one another) replaced by what `replace` makes of it; a linear scan. */
function replaceElements(xml: string, open: string, close: string, replace: (element: string) => string): string {
	const parts: string[] = [];
	let from = 0;
	for (let start = xml.indexOf(open, from); start !== -1; start = xml.indexOf(open, from)) {
		const end = xml.indexOf(close, start);
		if (end === -1) break;
		parts.push(xml.slice(from, start), replace(xml.slice(start, end + close.length)));
		from = end + close.length;
	}
	parts.push(xml.slice(from));
	return parts.join('');
}

/**
 * The document's XML with the text of its text boxes where mammoth reads it: mammoth reads a text box in its VML form
 * (`w:pict`, the copy Word keeps for older readers), so a box written only as a drawing (`wps:txbx`, as some writers give
 * it, a title or a date set in a box) would be lost. Such a drawing becomes a VML picture holding the same paragraphs, and a
 * choice of forms that offers no VML copy gives its drawing.
 */
export function withTextBoxes(xml: string): string {
	if (!xml.includes('<w:txbxContent')) return xml;
	const unwrapped = replaceElements(xml, '<mc:AlternateContent', '</mc:AlternateContent>', (element) => {
		if (element.includes('<mc:Fallback') || !element.includes('<w:txbxContent')) return element;
		const choice = /^<mc:AlternateContent[^>]*>\s*<mc:Choice[^>]*>/u.exec(element);
		return choice ? element.slice(choice[0].length).replace(/<\/mc:Choice>\s*<\/mc:AlternateContent>$/u, '') : element;
	});
	return replaceElements(unwrapped, '<w:drawing>', '</w:drawing>', (element) => {
		const boxes: string[] = [];
		replaceElements(element, '<w:txbxContent', '</w:txbxContent>', (box) => {
			boxes.push(box);
			return box;
		});
		return boxes.length === 0 ? element : `<w:pict>${boxes.join('')}</w:pict>`;
	});
}

/**
 * The package with its body's ruby read as base text (`withRubyBase`), its text boxes where mammoth reads them
 * (`withTextBoxes`) and its list numbers written as text (`withListNumbers`), unchanged when it needs none of them.
 */
async function prepared(bytes: Uint8Array): Promise<Uint8Array> {
	const { default: JSZip } = await import('jszip');
	const zip = await JSZip.loadAsync(bytes);
	const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
	const xml = await part('word/document.xml');
	const numberingXml = await part('word/numbering.xml');
	let body = withTextBoxes(xml.includes('<w:ruby>') ? withRubyBase(xml) : xml);
	if (numberingXml !== '') body = withListNumbers(body, readNumbering(numberingXml, await part('word/styles.xml')));
	if (body === xml) return bytes;
	zip.file('word/document.xml', body);
	return zip.generateAsync({ type: 'uint8array' });
}

function failure(message: string, code = 'not-docx'): DecodeResult {
	return { ok: false, code, message, line: null };
}

/** The text of a `.docx` seed, or the one line that says why it cannot be read. */
export async function docxToText(bytes: Uint8Array): Promise<DecodeResult> {
	if (u32(bytes, 0) === 0xe011cfd0) {
		return failure('this is an old Word document (.doc) or a password-protected one, renamed .docx: open it in Word (or LibreOffice), remove the password if it has one, and save it as .docx or as plain text (.txt, UTF-8)');
	}
	const entries = u32(bytes, 0) === 0x04034b50 ? zipEntries(bytes) : null;
	if (entries === null) return failure('not a Word document: a .docx is a ZIP package, and this file is none (or is cut short); save the minutes from Word as .docx again, or as plain text (.txt, UTF-8)');
	if (!entries.some((entry) => entry.name === 'word/document.xml')) {
		return failure('not a Word document: the package holds no word/document.xml (an Excel or PowerPoint file, or another ZIP, renamed .docx?); save the minutes from Word as .docx, or as plain text (.txt, UTF-8)');
	}
	const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
	if (unpacked > UNPACKED_LIMIT) {
		return failure(`the Word document would unpack to ${(unpacked / 1024 / 1024).toFixed(1)} MiB, over the ${UNPACKED_LIMIT / 1024 / 1024} MiB limit: split the minutes into several documents, or save them as plain text (.txt, UTF-8)`, 'too-large');
	}
	let html: string;
	try {
		const read = await prepared(bytes);
		// (Loaded here, not with the converter: most archives hold no Word document, and every worker thread loads the converter.)
		const { default: mammoth } = await import('mammoth');
		html = (await mammoth.convertToHtml({ buffer: Buffer.from(read.buffer, read.byteOffset, read.byteLength) }, { ignoreEmptyParagraphs: false })).value;
	} catch (cause) {
		return failure(`the Word document could not be read (${cause instanceof Error ? cause.message : String(cause)}): open it in Word and save it again, or save the minutes as plain text (.txt, UTF-8)`);
	}
	return markupText(html, 'utf-8', [], { document: true });
}
