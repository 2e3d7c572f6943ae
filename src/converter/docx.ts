/**
 * Minutes written in Word and dropped in as `.docx` (Word, LibreOffice and Google Docs write it): the document's body (its
 * ruby read as base text, its fields' results and characters as Word shows them, hidden text left out, words struck through left out with a
 * warning, a web page imported into it as it is read as its text) is turned into HTML by mammoth (paragraphs, line breaks, tables, lists, headings, text boxes;
 * the page header and footer, comments and images are left out; footnotes follow the text), then read as the text the
 * document's copy gives (`html-text.ts`, each paragraph a line) and cleaned, as any seed's text is. Before that the file's
 * ZIP directory is checked, so a file that is no Word document, an old `.doc` or a password-protected document renamed
 * `.docx`, or one that would unpack to more than a text seed may hold, gets one line saying what to do.
 */
import { decodeSeed, markupText, type DecodeResult } from './decode.ts';
import { readNumbering, withListNumbers } from './docx-numbering.ts';
import { PAGE_FIELD, PAGE_NUMBER_FIELD } from './html-text.ts';
import { escapeMarkup } from '../format/escape.ts';
import { findDate } from '../parser/date.ts';
import { matchSectionLine } from '../parser/sections.ts';
import type { Diagnostic } from '../schemas/diagnostic.ts';
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
 * it, a title or a date set in a box) would be lost. Such a drawing becomes a VML picture holding the same paragraphs, a
 * choice of forms whose VML copy holds the box gives that copy alone, and one that offers no VML copy of it gives its drawing.
 */
export function withTextBoxes(xml: string): string {
	if (!xml.includes('<w:txbxContent')) return xml;
	const unwrapped = replaceElements(xml, '<mc:AlternateContent', '</mc:AlternateContent>', (element) => {
		if (!element.includes('<w:txbxContent')) return element;
		// A VML copy that holds the box's paragraphs is what is read, alone: the drawing's copy of them, left in the
		// document, would have its numbered paragraphs counted twice.
		const fallback = element.indexOf('<mc:Fallback');
		const fallbackStart = fallback === -1 ? -1 : element.indexOf('>', fallback) + 1;
		const fallbackEnd = element.lastIndexOf('</mc:Fallback>');
		if (fallbackStart > 0 && fallbackEnd > fallbackStart) {
			const copy = element.slice(fallbackStart, fallbackEnd);
			if (copy.includes('<w:txbxContent')) return copy;
		}
		const choice = /^<mc:AlternateContent[^>]*>\s*<mc:Choice[^>]*>/u.exec(element);
		const choiceEnd = element.indexOf('</mc:Choice>');
		return choice && choiceEnd > choice[0].length ? element.slice(choice[0].length, choiceEnd) : element;
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
 * The document's XML with each simple field (`w:fldSimple`: a date, a merged value, a hyperlink, a formula's result) written
 * as the complex field Word also writes (`w:fldChar` begin, its instruction, separate, its result, end), which mammoth reads:
 * its result is the text Word shows, and mammoth drops a simple field whole. A field with no result shows nothing.
 */
export function withFieldResults(xml: string): string {
	if (!xml.includes('<w:fldSimple')) return xml;
	const char = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
	return xml.replace(/<w:fldSimple\b([^<>]*)>|<\/w:fldSimple>/gu, (_, attributes: string | undefined) => {
		if (attributes === undefined) return char('end');
		if (attributes.endsWith('/')) return '';
		const instruction = /\bw:instr="([^"]*)"/u.exec(attributes)?.[1] ?? '';
		return `${char('begin')}<w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>${char('separate')}`;
	});
}

/**
 * The document's XML with a mark (`PAGE_FIELD`) before each field that shows the number of the page or of pages (`PAGE`,
 * `NUMPAGES`, `SECTIONPAGES`: a page's footer pasted into the body, `－ 1 －`), so that a paragraph of such numbers alone
 * is left out (`html-text.ts`). A linear scan of the fields' characters and instructions, as `movingDates` reads them;
 * the mark goes before the run that begins the field.
 */
export function withPageMarks(xml: string): string {
	// (The document's own such character, which it cannot show, is left out: no mark. A page number's own element,
	// `w:pgNum`, as a header holds it, is marked where it stands.)
	if (xml.includes(PAGE_FIELD)) xml = xml.replaceAll(PAGE_FIELD, '');
	if (xml.includes('<w:pgNum')) xml = xml.replace(/<w:pgNum\s*\/>/gu, `<w:t>${PAGE_FIELD}</w:t>`);
	if (!/<w:instrText\b[^<>]*>\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/iu.test(xml)) return xml;
	const marks: number[] = [];
	const fields: { run: number; instruction: string; marked: boolean }[] = [];
	const mark = (field: { run: number; instruction: string; marked: boolean } | undefined) => {
		if (field && !field.marked && PAGE_NUMBER_FIELD.test(field.instruction)) {
			field.marked = true;
			marks.push(field.run);
		}
	};
	for (const token of xml.matchAll(/<w:fldChar\b[^<>]*?w:fldCharType="(begin|separate|end)"[^<>]*>|<w:instrText\b[^<>]*>([^<]*)<\/w:instrText>/gu)) {
		if (token[1] === 'begin') {
			// (The run holding the field's start: its `<w:r>` a short way back, else the character itself.)
			const before = xml.slice(Math.max(0, token.index - 300), token.index);
			const run = Math.max(before.lastIndexOf('<w:r>'), before.lastIndexOf('<w:r '));
			fields.push({ run: run === -1 ? token.index : token.index - before.length + run, instruction: '', marked: false });
		} else if (token[1] === 'separate') mark(fields.at(-1));
		else if (token[1] === 'end') mark(fields.pop());
		else {
			const field = fields.at(-1);
			if (field) field.instruction += token[2] ?? '';
		}
	}
	if (marks.length === 0) return xml;
	const parts: string[] = [];
	let from = 0;
	for (const at of marks.sort((a, b) => a - b)) {
		parts.push(xml.slice(from, at), `<w:r><w:t>${PAGE_FIELD}</w:t></w:r>`);
		from = at;
	}
	parts.push(xml.slice(from));
	return parts.join('');
}

/** The fields whose result Word sets anew to the day it is opened, saved or printed: no meeting's date, whatever it shows. */
const MOVING_DATE = /^\s*(?:DATE|TIME|SAVEDATE|PRINTDATE)\b/iu;

/**
 * The results of the document's fields that show the day it was opened, saved or printed (`DATE`, `TIME`, `SAVEDATE`,
 * `PRINTDATE`), as Word last set them. A linear scan of the fields' characters, their instructions and their text, a
 * field inside another read as Word nests them.
 */
export function movingDates(xml: string): string[] {
	if (!xml.includes('<w:fldChar')) return [];
	const found: string[] = [];
	const fields: { instruction: string; result: string; separated: boolean }[] = [];
	for (const token of xml.matchAll(/<w:fldChar\b[^<>]*?w:fldCharType="(begin|separate|end)"[^<>]*>|<w:instrText\b[^<>]*>([^<]*)<\/w:instrText>|<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/gu)) {
		const field = fields.at(-1);
		if (token[1] === 'begin') fields.push({ instruction: '', result: '', separated: false });
		else if (token[1] === 'separate') {
			if (field) field.separated = true;
		} else if (token[1] === 'end') {
			fields.pop();
			if (field && MOVING_DATE.test(field.instruction) && field.result.trim() !== '') found.push(field.result.trim());
		} else if (token[2] !== undefined) {
			if (field && !field.separated) field.instruction += token[2];
		} else if (field?.separated) field.result += token[3] ?? '';
	}
	return found;
}

/**
 * Marks a symbol font draws (`w:sym`, Wingdings' and Symbol's bullets set by hand before a line), by font and character
 * code (the low byte: Word writes `F06C` or `006C`), as the marks a Japanese document types: `●日時`, `■出席者`, `◆議題`,
 * Wingdings' circled numbers as `①`–`⑩`, its arrowheads as `→` (as a PDF's are read, `clean-text.ts`).
 */
const SYMBOL_MARKS: Record<string, Record<number, string>> = {
	wingdings: {
		0x6c: '●', 0x6d: '○', 0x6e: '■', 0x6f: '□', 0x70: '□', 0x71: '□', 0x72: '□', 0x73: '◆', 0x74: '◆', 0x75: '◆', 0x76: '◆', 0x77: '◆',
		0x9e: '・', 0x9f: '・', 0xa1: '○', 0xa4: '◎', 0xa7: '■', 0xa8: '□', 0xd8: '→', 0xe0: '→', 0xe8: '→', 0xf0: '→',
		...Object.fromEntries([...'①②③④⑤⑥⑦⑧⑨⑩'].map((mark, index) => [0x81 + index, mark])),
	},
	symbol: { 0xb7: '・', 0xa8: '◆' },
};

/** A run's font, when it is a symbol font `SYMBOL_MARKS` knows (`w:rFonts w:ascii="Wingdings"`). */
function symbolFont(fonts: string): string | null {
	for (const attribute of fonts.matchAll(/\bw:(?:ascii|hAnsi|eastAsia)="([^"]*)"/gu)) {
		const font = (attribute[1] ?? '').toLowerCase();
		if (font in SYMBOL_MARKS) return font;
	}
	return null;
}

/**
 * The document's XML with the text of runs set in a symbol font, as LibreOffice writes a bullet set by hand (the font's
 * code as a private-use character, U+F06C, or a letter, `l`, in a `Wingdings` run), read as `SYMBOL_MARKS` reads a
 * `w:sym`: `●`, `①`, `→` (other characters kept). A linear scan: each font's run text is looked for right after its properties.
 */
function withSymbolFontText(xml: string): string {
	if (!/w:(?:ascii|hAnsi|eastAsia)="(?:Wingdings|Symbol)"/iu.test(xml)) return xml;
	const next = nextFinder(xml);
	const parts: string[] = [];
	let from = 0;
	for (const tag of xml.matchAll(/<w:rFonts\b[^<>]*>/gu)) {
		if (tag.index < from) continue;
		const font = symbolFont(tag[0]);
		if (font === null) continue;
		const end = next('</w:rPr>', tag.index);
		if (end === -1 || end - tag.index > 1000) continue;
		const text = /\s*<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/uy;
		text.lastIndex = end + '</w:rPr>'.length;
		const found = text.exec(xml);
		if (!found) continue;
		const words = found[1] ?? '';
		// (A private-use code U+F0xx or a letter names the font's character by its low byte; any other character is kept.)
		const shown = [...words].map((char) => (/^[\uf000-\uf0ff\x20-\x7e]$/u.test(char) ? SYMBOL_MARKS[font]?.[(char.codePointAt(0) ?? 0) & 0xff] : undefined) ?? char).join('');
		const at = found.index + found[0].length - words.length - '</w:t>'.length;
		parts.push(xml.slice(from, at), shown);
		from = at + words.length;
	}
	parts.push(xml.slice(from));
	return parts.join('');
}

/** Whether a run's properties (`w:vanish`, not switched off) hide its text. */
const HIDING = /^<w:vanish(?:\s+w:val="(?!0"|false"|off")[^"]*")?\s*\/>$/u;
/** A paragraph mark joined to the next paragraph, as mammoth reads a deleted one. */
const JOINED_MARK = '<w:del w:id="0" w:author="" w:date="2000-01-01T00:00:00Z"/>';
/** How far back a hidden run's start is looked for. */
const RUN_WINDOW = 2000;

/**
 * Where each of some tags is next found in a text from a place: a search kept while its result lies ahead, so that, the
 * places looked from only growing, each tag's search goes over the text once.
 */
function nextFinder(text: string): (tag: string, at: number) => number {
	const found = new Map<string, number>();
	return (tag, at) => {
		const known = found.get(tag);
		if (known !== undefined && (known === -1 || known >= at)) return known;
		const index = text.indexOf(tag, at);
		found.set(tag, index);
		return index;
	};
}

/** The ids of a document's table-of-contents paragraph styles (named `toc 1` … `toc 9` whatever their id: `TOC1`, `11`). */
export function contentsStyles(stylesXml: string): Set<string> {
	const ids = new Set<string>();
	for (const style of stylesXml.matchAll(/<w:style\b([^<>]*)>\s*<w:name w:val="([^"<>]*)"/gu)) {
		const id = /\bw:styleId="([^"]*)"/u.exec(style[1] ?? '')?.[1];
		if (id !== undefined && /^toc [1-9]$/iu.test(style[2] ?? '')) ids.add(id);
	}
	return ids;
}

/**
 * The document's XML without its table of contents (`目次`: the headings again with their page numbers, `議事日程⇥1`), a
 * view of the document, no text of the minutes, which read as text made the header's labels and the roll's lines into
 * turns: a content control holding it (`w:docPartGallery` "Table of Contents", as Word inserts it) and paragraphs in a
 * table-of-contents style are left out. A linear scan.
 */
export function withoutContents(xml: string, styles: ReadonlySet<string>): string {
	const gallery = xml.indexOf('<w:docPartGallery w:val="Table of Contents"');
	let out = xml;
	if (gallery !== -1) {
		const start = xml.lastIndexOf('<w:sdt>', gallery);
		const end = xml.indexOf('</w:sdtContent>', gallery);
		const close = end === -1 ? -1 : xml.indexOf('</w:sdt>', end);
		if (start !== -1 && close !== -1) out = xml.slice(0, start) + xml.slice(close + '</w:sdt>'.length);
	}
	if (styles.size === 0 || !out.includes('<w:pStyle')) return out;
	const parts: string[] = [];
	let from = 0;
	for (const match of out.matchAll(/<w:p(?:\s[^<>]*)?><w:pPr><w:pStyle w:val="([^"<>]*)"\/>/gu)) {
		if (match.index < from || !styles.has(match[1] ?? '')) continue;
		const end = out.indexOf('</w:p>', match.index);
		if (end === -1) break;
		parts.push(out.slice(from, match.index));
		from = end + '</w:p>'.length;
	}
	parts.push(out.slice(from));
	return parts.join('');
}

/**
 * The document's XML with the placeholder text of its empty content controls left out (`w:showingPlcHdr`: a template's
 * `クリックまたはタップして日付を入力してください。` where no date was filled in), no text of the minutes. A linear scan.
 */
export function withoutPlaceholders(xml: string): string {
	if (!xml.includes('<w:showingPlcHdr')) return xml;
	const next = nextFinder(xml);
	const parts: string[] = [];
	let from = 0;
	for (let at = xml.indexOf('<w:showingPlcHdr', from); at !== -1; at = xml.indexOf('<w:showingPlcHdr', from)) {
		const start = next('<w:sdtContent>', at);
		const end = start === -1 ? -1 : next('</w:sdtContent>', start);
		if (end === -1) break;
		// (Only the control's own content: one that holds another control is left as it is.)
		const nested = next('<w:sdt>', start);
		const content = xml.slice(start, end);
		parts.push(xml.slice(from, start), nested !== -1 && nested < end ? content : content.replace(/<w:t(?:\s[^<>]*)?>[^<]*<\/w:t>|<w:t(?:\s[^<>]*)?\/>/gu, ''));
		from = end;
	}
	parts.push(xml.slice(from));
	return parts.join('');
}

/**
 * The document's XML with its characters as Word shows them where mammoth would read them otherwise: a carriage return
 * (`w:cr`) a line break, an absolute tab (`w:ptab`, `場所⇥市民会館`) a tab, a symbol font's bullet (`w:sym`) the mark
 * a Japanese document types (`SYMBOL_MARKS`; other symbols left to mammoth), and hidden text (`w:vanish`: a template's
 * instructions, a note to the clerk) left out, a hidden paragraph mark joining its paragraph to the next, as Word shows
 * and prints the document. A linear scan: a hidden run's start is looked for only a bounded way back.
 */
export function withShownCharacters(xml: string): string {
	// (A double strikethrough, `w:dstrike`, is a strikethrough as mammoth reads it: `<s>`, a correction kept struck.)
	let out = xml.replace(/<w:cr\s*\/>/gu, '<w:br/>').replace(/<w:ptab\b[^<>]*\/>/gu, '<w:tab/>').replace(/<w:dstrike\b/gu, '<w:strike');
	out = out.replace(/<w:sym\b[^<>]*\/>/gu, (tag) => {
		const font = /\bw:font="([^"]*)"/u.exec(tag)?.[1]?.toLowerCase() ?? '';
		const code = Number.parseInt(/\bw:char="([0-9A-Fa-f]{1,4})"/u.exec(tag)?.[1] ?? '', 16) & 0xff;
		const mark = SYMBOL_MARKS[font]?.[code];
		return mark === undefined ? tag : `<w:t>${mark}</w:t>`;
	});
	out = withSymbolFontText(out);
	if (!out.includes('<w:vanish')) return out;
	const next = nextFinder(out);
	const parts: string[] = [];
	let copied = 0;
	let from = 0;
	for (let at = out.indexOf('<w:vanish', from); at !== -1; at = out.indexOf('<w:vanish', from)) {
		const tagEnd = out.indexOf('>', at);
		if (tagEnd === -1) break;
		from = tagEnd + 1;
		if (!HIDING.test(out.slice(at, tagEnd + 1))) continue;
		const window = out.slice(Math.max(copied, at - RUN_WINDOW), at);
		const properties = window.lastIndexOf('<w:rPr>');
		if (properties === -1 || window.includes('</w:rPr>', properties)) continue;
		const before = window.slice(0, properties);
		const run = /<w:r(?:\s[^<>]*)?>\s*$/u.exec(before.slice(-200));
		if (run) {
			// A run of text (no paragraph, text box or picture inside it) is left out whole.
			const runStart = at - window.length + before.length - run[0].length;
			const runEnd = next('</w:r>', at);
			if (runEnd === -1 || ['<w:p>', '<w:p ', '<w:r>', '<w:r ', '<w:pict', '<w:drawing', '<mc:'].some((tag) => next(tag, at) !== -1 && next(tag, at) < runEnd)) continue;
			parts.push(out.slice(copied, runStart));
			copied = runEnd + '</w:r>'.length;
			from = copied;
		} else if (before.lastIndexOf('<w:pPr>') > before.lastIndexOf('</w:pPr>') && !before.slice(before.lastIndexOf('<w:pPr>')).includes('Change')) {
			// (A paragraph mark hidden now, not one hidden before a tracked change of its formatting, `w:rPrChange`.)
			parts.push(out.slice(copied, at), JOINED_MARK);
			copied = tagEnd + 1;
		}
	}
	parts.push(out.slice(copied));
	return parts.join('');
}

/** The XML text of a line: its words in a run, a tab as Word's tab. */
const lineXml = (line: string): string =>
	`<w:p>${line
		.split('\t')
		.map((words) => (words === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeMarkup(words)}</w:t></w:r>`))
		.join('<w:r><w:tab/></w:r>')}</w:p>`;

/**
 * The document's XML with each imported part (`w:altChunk`: a web page or an MHT file a program put in the document as it
 * is, as `html-docx-js` and some record systems export "Word" files, which Word shows as its text) replaced by that part's
 * text, a line a paragraph, read as a saved web page is (`decode.ts`); `unread` gets the name of each part that is of a
 * kind not read here (another Word document, RTF) or is missing.
 */
async function withImportedParts(xml: string, part: (name: string) => Promise<Uint8Array | null>, relations: string, unread: string[]): Promise<string> {
	// Each element: its start tag, to its end tag when it has one (its properties, `w:altChunkPr`); a linear scan.
	const chunks: { index: number; element: string }[] = [];
	let closeAt = 0;
	for (let at = xml.indexOf('<w:altChunk', 0); at !== -1; at = xml.indexOf('<w:altChunk', at + 1)) {
		const tagEnd = xml.indexOf('>', at);
		if (tagEnd === -1) break;
		const tag = xml.slice(at, tagEnd + 1);
		if (!/^<w:altChunk[\s/>]/u.test(tag)) continue;
		if (closeAt !== -1 && closeAt < tagEnd) closeAt = xml.indexOf('</w:altChunk>', tagEnd);
		const end = tag.endsWith('/>') || closeAt === -1 ? tagEnd + 1 : closeAt + '</w:altChunk>'.length;
		chunks.push({ index: at, element: xml.slice(at, end) });
		at = end - 1;
	}
	if (chunks.length === 0) return xml;
	const targets = new Map([...relations.matchAll(/<Relationship\b[^<>]*>/gu)].map((tag) => [/\bId="([^"]*)"/u.exec(tag[0])?.[1] ?? '', /\bTarget="([^"]*)"/u.exec(tag[0])?.[1] ?? '']));
	const parts: string[] = [];
	/** The parts already read: a part is read once, where it is first imported (a document imports each part once). */
	const read = new Set<string>();
	let from = 0;
	for (const chunk of chunks) {
		const target = targets.get(/\br:id="([^"]*)"/u.exec(chunk.element)?.[1] ?? '') ?? '';
		const name = target.startsWith('/') ? target.slice(1) : `word/${target}`;
		if (read.has(name)) {
			parts.push(xml.slice(from, chunk.index));
			from = chunk.index + chunk.element.length;
			continue;
		}
		read.add(name);
		const bytes = target === '' ? null : await part(name);
		const kind = /\.(?<extension>[a-z]+)$/iu.exec(name)?.groups?.extension?.toLowerCase() ?? '';
		const decoded = bytes === null ? null : ['mht', 'mhtml'].includes(kind) ? decodeSeed(bytes, { archive: true }) : ['htm', 'html', 'xhtml'].includes(kind) ? decodeSeed(bytes, { html: true }) : kind === 'txt' ? decodeSeed(bytes) : null;
		if (!decoded?.ok) unread.push(target === '' ? 'an imported part with no target' : name);
		parts.push(xml.slice(from, chunk.index), decoded?.ok ? decoded.text.split('\n').map(lineXml).join('') : '');
		from = chunk.index + chunk.element.length;
	}
	parts.push(xml.slice(from));
	return parts.join('');
}

/**
 * The package with its body's ruby read as base text (`withRubyBase`), its text boxes where mammoth reads them
 * (`withTextBoxes`), its simple fields' results (`withFieldResults`), its characters as Word shows them
 * (`withShownCharacters`), its content controls' placeholders and its table of contents left out (`withoutPlaceholders`,
 * `withoutContents`) and its list numbers written as text (`withListNumbers`), unchanged when it needs none of them.
 */
async function prepared(bytes: Uint8Array, unread: string[]): Promise<{ bytes: Uint8Array; headerTitle: string | null; headerDate: string | null; dates: string[]; drawings: UnreadDrawings }> {
	const { default: JSZip } = await import('jszip');
	const zip = await JSZip.loadAsync(bytes);
	const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
	const xml = await part('word/document.xml');
	const relations = await part('word/_rels/document.xml.rels');
	const header = firstPageHeader(xml, relations);
	const headerXml = header === null ? '' : await part(header);
	const headerTitle = header === null ? null : titleInHeader(headerXml);
	const headerDate = header === null ? null : dateInHeader(headerXml);
	const numberingXml = await part('word/numbering.xml');
	const stylesXml = await part('word/styles.xml');
	const imported = xml.includes('<w:altChunk') ? await withImportedParts(xml, async (name) => (await zip.file(name)?.async('uint8array')) ?? null, relations, unread) : xml;
	let body = withoutContents(withoutPlaceholders(withShownCharacters(withPageMarks(withFieldResults(withTextBoxes(imported.includes('<w:ruby>') ? withRubyBase(imported) : imported))))), contentsStyles(stylesXml));
	if (numberingXml !== '') body = withListNumbers(body, readNumbering(numberingXml, stylesXml));
	body = withKnownLinks(body, relations);
	const dates = movingDates(body);
	const drawings = unreadDrawings(xml);
	if (body === xml) return { bytes, headerTitle, headerDate, dates, drawings };
	zip.file('word/document.xml', body);
	return { bytes: await zip.generateAsync({ type: 'uint8array' }), headerTitle, headerDate, dates, drawings };
}

/** How many drawings of each kind whose words are not read the body holds. */
interface UnreadDrawings {
	diagrams: number;
	objects: number;
	charts: number;
}

/** The body's SmartArt diagrams (`dgm:relIds`), embedded objects (`o:OLEObject`: an Excel sheet, a document) and charts (`c:chart`), counted. */
function unreadDrawings(xml: string): UnreadDrawings {
	const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
	return { diagrams: count(/<dgm:relIds\b/gu), objects: count(/<o:OLEObject\b/gu), charts: count(/<c:chart\b/gu) };
}

/**
 * The text with a warning when the body holds drawings whose words are not read (SmartArt, embedded objects, charts):
 * Word shows their words, but they are no text of the document, and they had been left out unsaid.
 */
function withUnreadDrawings(read: DecodeResult, drawings: UnreadDrawings): DecodeResult {
	if (!read.ok) return read;
	const kinds = [
		[drawings.diagrams, 'diagram (SmartArt)', 'diagrams (SmartArt)'],
		[drawings.objects, 'embedded object (an Excel sheet, another document)', 'embedded objects (an Excel sheet, another document)'],
		[drawings.charts, 'chart', 'charts'],
	] as const;
	const held = kinds.filter(([count]) => count > 0).map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
	if (held.length === 0) return read;
	const warning: Diagnostic = { severity: 'warning', code: 'docx-unread-drawing', line: null, message: `the Word document holds ${held.join(', ')} whose words are not read: if they hold the minutes' words (a roll, the agenda, a vote's count), put them in the document as text or as a table` };
	return { ...read, warnings: [...read.warnings, warning] };
}

/**
 * The document's XML with each hyperlink whose relation the package does not hold (`<w:hyperlink r:id="rId99">`, as
 * some programs that write `.docx` leave it) kept as its text alone: mammoth stops at such a link, and the whole
 * document had been refused.
 */
export function withKnownLinks(xml: string, relations: string): string {
	if (!xml.includes('<w:hyperlink')) return xml;
	const ids = new Set([...relations.matchAll(/<Relationship\b[^<>]*>/gu)].map((tag) => /\bId="([^"]*)"/u.exec(tag[0])?.[1] ?? ''));
	return xml.replace(/<w:hyperlink\b[^<>]*>/gu, (tag) => {
		const id = /\br:id="([^"]*)"/u.exec(tag)?.[1];
		return id === undefined || ids.has(id) ? tag : tag.replace(/\s+r:id="[^"]*"/u, '');
	});
}

/** A part's name from the document's relations, by relation id. */
function relationTarget(relations: string, id: string): string | null {
	for (const tag of relations.matchAll(/<Relationship\b[^<>]*>/gu)) {
		if (/\bId="([^"]*)"/u.exec(tag[0])?.[1] !== id) continue;
		const target = /\bTarget="([^"]*)"/u.exec(tag[0])?.[1] ?? '';
		return target === '' ? null : target.startsWith('/') ? target.slice(1) : `word/${target}`;
	}
	return null;
}

/** The part of the page header the document's first page shows (its first section's first-page header, else its default). */
function firstPageHeader(xml: string, relations: string): string | null {
	const start = xml.indexOf('<w:sectPr');
	const end = start === -1 ? -1 : xml.indexOf('</w:sectPr>', start);
	if (end === -1) return null;
	const section = xml.slice(start, end);
	const references = new Map([...section.matchAll(/<w:headerReference\b[^<>]*>/gu)].map((tag) => [/\bw:type="([^"]*)"/u.exec(tag[0])?.[1] ?? 'default', /\br:id="([^"]*)"/u.exec(tag[0])?.[1] ?? '']));
	const titlePage = /<w:titlePg(?:\s*\/>|\s+w:val="(?:1|true|on)")/u.test(section);
	const id = (titlePage ? references.get('first') : undefined) ?? references.get('default');
	return id === undefined || id === '' ? null : relationTarget(relations, id);
}

/** A minutes title's word (`会議録`, `議事録`, `議事要旨` …), as a page header naming the meeting holds it. */
const HEADER_TITLE = /(?:会議録|議事録|議事要旨|議事要録|議事概要|会議概要|会議要旨|委員会記録|会議記録)/u;
const XML_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * The meeting's title a page header holds (`第２回みどり市環境審議会　会議録` set atop every page), or null: its first line
 * with a minutes title's word, of a title's length.
 */
export function titleInHeader(headerXml: string): string | null {
	// (Each paragraph is what comes before its end tag: a linear split.)
	for (const paragraph of headerXml.split('</w:p>').slice(0, -1)) {
		const text = [...paragraph.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>|<w:tab\/>/gu)]
			.map((match) => (match[1] ?? '　').replace(/&(?:amp|lt|gt|quot|apos);/gu, (entity) => XML_ENTITIES[entity] ?? entity))
			.join('')
			.trim();
		if (text.length <= 80 && HEADER_TITLE.test(text)) return text;
	}
	return null;
}

/** A page header's date that is the document's, not the meeting's: when it was written, revised, printed or published. */
const DOCUMENT_DATE = /作成|更新|改訂|改定|印刷|配布|公開|掲載|修正|版/u;

/**
 * The meeting's date a page header holds (`令和６年１１月５日開催` set atop every page), as the date reads
 * (`令和6年11月5日`), or null: its first line of a title's length with a date that is not the document's own (nor a
 * date field's, which shows the day it is opened or printed).
 */
export function dateInHeader(headerXml: string): string | null {
	// (A date that is a field Word sets to the day the document is opened, saved or printed, `DATE`, is no meeting's.)
	const fields = withFieldResults(headerXml);
	const moving = movingDates(fields);
	for (const paragraph of fields.split('</w:p>').slice(0, -1)) {
		const text = [...paragraph.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>|<w:tab\/>/gu)]
			.map((match) => (match[1] ?? '　').replace(/&(?:amp|lt|gt|quot|apos);/gu, (entity) => XML_ENTITIES[entity] ?? entity))
			.join('')
			.trim();
		if (text.length > 80 || DOCUMENT_DATE.test(text) || moving.some((date) => text.includes(date))) continue;
		const found = findDate(text);
		if (found?.ok) return found.written;
	}
	return null;
}

/** How many of the body's first lines are looked through for a date of its own. */
const DATE_WITHIN = 40;

/**
 * The text with the page header's date as a `日時` line under its first line when the body gives no date in its first
 * lines, as a document that dates the meeting in its page header reads on paper: the body alone had no date, and the
 * minutes were refused. A warning says where the date came from.
 */
function withHeaderDate(read: DecodeResult, date: string | null): DecodeResult {
	if (!read.ok || date === null) return read;
	const lines = read.text.split('\n');
	const first = lines.findIndex((line) => line.trim() !== '');
	if (first === -1 || lines.filter((line) => line.trim() !== '').slice(0, DATE_WITHIN).some((line) => findDate(line)?.ok === true)) return read;
	const warning: Diagnostic = { severity: 'warning', code: 'docx-header-date', line: first + 2, message: `the date "${date}" is taken from the page header, the body giving none: add a line such as "日時　${date}" under the title if it should read otherwise` };
	// (The warnings on the lines below it move down with them.)
	const moved = read.warnings.map((one) => (one.line !== null && one.line > first + 1 ? { ...one, line: one.line + 1 } : one));
	return { ...read, text: [...lines.slice(0, first + 1), `日時　${date}`, ...lines.slice(first + 1)].join('\n'), warnings: [...moved, warning] };
}

function failure(message: string, code = 'not-docx'): DecodeResult {
	return { ok: false, code, message, line: null };
}

/**
 * The text with the page header's title as its first line when the body names no meeting before its header fields (it
 * opens with `日時　…`, a field the readers know), as a document that sets its title in the page header reads on paper:
 * the body alone had been read with `日時　…` for its title, and its turns lost. A warning says where the title came from.
 */
function withHeaderTitle(read: DecodeResult, title: string | null): DecodeResult {
	if (!read.ok || title === null) return read;
	const first = read.text.split('\n').find((line) => line.trim() !== '') ?? '';
	const field = matchSectionLine(first);
	if (field === null || field.key === null) return read;
	const warning: Diagnostic = { severity: 'warning', code: 'docx-header-title', line: 1, message: `the title "${title}" is taken from the page header, the body having none before its first field: give the body a title line if it should read otherwise` };
	return { ...read, text: `${title}\n${read.text}`, warnings: [...read.warnings, warning] };
}

/**
 * The text with a warning on each line that shows a date field's result (`日時　令和６年９月１２日…` where the date is a
 * `DATE` field, as Insert → Date and Time with automatic update writes it): Word sets it anew to the day the document is
 * opened or saved, so it is the meeting's date only if the document was last saved that day.
 */
function withMovingDates(read: DecodeResult, dates: readonly string[]): DecodeResult {
	if (!read.ok || dates.length === 0) return read;
	const lines = read.text.split('\n');
	const warnings: Diagnostic[] = [];
	for (const date of new Set(dates)) {
		const index = lines.findIndex((line) => line.includes(date));
		if (index === -1) continue;
		warnings.push({ severity: 'warning', code: 'docx-date-field', line: index + 1, message: `"${date}" is a date field that Word sets to the day the document is opened or saved, not a date typed in: check it is the meeting's, and type the date in its place` });
	}
	return { ...read, warnings: [...read.warnings, ...warnings] };
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
	/** The imported parts (`w:altChunk`) not read. */
	const unread: string[] = [];
	let headerTitle: string | null = null;
	let headerDate: string | null = null;
	let dates: string[] = [];
	let drawings: UnreadDrawings = { diagrams: 0, objects: 0, charts: 0 };
	try {
		const read = await prepared(bytes, unread);
		headerTitle = read.headerTitle;
		headerDate = read.headerDate;
		dates = read.dates;
		drawings = read.drawings;
		// (Loaded here, not with the converter: most archives hold no Word document, and every worker thread loads the converter.)
		const { default: mammoth } = await import('mammoth');
		html = (await mammoth.convertToHtml({ buffer: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength) }, { ignoreEmptyParagraphs: false })).value;
	} catch (cause) {
		return failure(`the Word document could not be read (${cause instanceof Error ? cause.message : String(cause)}): open it in Word and save it again, or save the minutes as plain text (.txt, UTF-8)`);
	}
	const read = withUnreadDrawings(withMovingDates(withHeaderDate(withHeaderTitle(markupText(html, 'utf-8', [], { document: true }), headerTitle), headerDate), dates), drawings);
	if (unread.length === 0) return read;
	const parts = `${unread.slice(0, 3).join(', ')}${unread.length > 3 ? ` and ${unread.length - 3} more` : ''}`;
	if (!read.ok) return failure(`the Word document's text is in parts imported into it that cannot be read here (${parts}: another Word document or RTF put in as it is): open it in Word and save it again as .docx, or save the minutes as plain text (.txt, UTF-8)`, read.code);
	return { ...read, warnings: [...read.warnings, { severity: 'warning', code: 'docx-imported-part', line: null, message: `parts imported into the Word document as they are were left out (${parts}: another Word document or RTF): open it in Word and save it again as .docx to have their text read` }] };
}
