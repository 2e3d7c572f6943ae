/**
 * Minutes kept as an old Word document (`.doc`, Word 97–2003, as many archives still hold them): the document's main
 * text is read by word-extractor from its piece table (tracked deletions left out, as Word shows the text), then written
 * as the HTML a `.docx` is read through (`docx.ts`) and read the same way (`html-text.ts`): each paragraph a line, a line
 * break inside one a line, tables one row a line with tabs between cells (a cell's further paragraphs after the row), list
 * items with their numbers (`doc-numbering.ts`), text boxes after the paragraph they are anchored in, a field as the text
 * it shows (a name under furigana, an `EQ` field, as its base text), footnotes and endnotes after the text under a rule,
 * each led by its mark (`[1]`), words struck through left out with a warning; the page header and footer, comments and images are not read. Before that the file's compound-file structure is
 * read here, each stream's sector chain checked (no loop, no sector outside the file), so a file that is no Word 97–2003
 * document (an Excel or PowerPoint file, a password-protected Office file, a Word 6.0/95 document, a file cut short, one
 * whose text would be more than a text seed may hold) gets one line saying what to do. A `.docx`, a rich-text document,
 * a web page or a web archive saved under a `.doc` name (as Word's "save as" can) is read as what it is.
 */
import type { WordPiece } from 'word-extractor/lib/word-ole-extractor.js';
import { decodeSeed, markupText, type DecodeResult } from './decode.ts';
import { PAGE_FIELD, PAGE_NUMBER_FIELD } from './html-text.ts';
import { docListMarks, eachProperty, propertyRuns, type PropertyRun } from './doc-numbering.ts';
import { docxToText } from './docx.ts';
import { rtfToText } from './rtf.ts';
import { SIZE_LIMITS } from './seed-files.ts';
import { escapeMarkup } from '../format/escape.ts';

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;

/** The most characters a document's text may hold: a text seed's limit. */
const MAX_CHARACTERS = SIZE_LIMITS.text;

/** Why a compound file cannot be read: its message is the line the seed gets. */
class Unreadable extends Error {}

const CUT_SHORT = 'the Word document is damaged or cut short (its parts point outside the file): open it in Word (or LibreOffice) and save it again, or save the minutes as .docx or as plain text (.txt, UTF-8)';

/**
 * The named streams of a compound file (the OLE2 container of Office's old formats), read with every sector chain checked:
 * a chain that loops or leaves the file stops the reading, so no stream is longer than the file.
 */
function compoundStreams(bytes: Uint8Array): Map<string, Uint8Array> {
	const shift = u16(bytes, 0x1e);
	if (shift !== 9 && shift !== 12) throw new Unreadable(CUT_SHORT);
	const size = 1 << shift;
	// (The header fills the first sector: sector n starts after n + 1 of them.)
	const sectors = Math.max(0, Math.floor(bytes.length / size) - 1);
	const sector = (n: number) => bytes.subarray((n + 1) * size, (n + 2) * size);
	// The sectors of the allocation table: 109 listed in the header, the rest in a chain of further lists.
	const fatSectors: number[] = [];
	const fatCount = u32(bytes, 0x2c);
	if (fatCount > sectors) throw new Unreadable(CUT_SHORT);
	for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, 0x4c + i * 4));
	const seen = new Set<number>();
	for (let next = u32(bytes, 0x44); fatSectors.length < fatCount && next < 0xfffffffa; ) {
		if (next >= sectors || seen.has(next)) throw new Unreadable(CUT_SHORT);
		seen.add(next);
		const list = sector(next);
		for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(list, i * 4));
		next = u32(list, size - 4);
	}
	const fat = new Uint32Array(fatSectors.length * (size / 4));
	for (const [index, n] of fatSectors.entries()) {
		if (n >= sectors) throw new Unreadable(CUT_SHORT);
		const list = sector(n);
		for (let i = 0; i < size / 4; i++) fat[index * (size / 4) + i] = u32(list, i * 4);
	}
	/** The bytes of a chain of sectors of `unit` bytes, each got by `at`, its links in `table`. */
	const chain = (start: number, table: Uint32Array, count: number, unit: number, at: (n: number) => Uint8Array): Uint8Array => {
		const visited = new Uint8Array(count);
		const parts: Uint8Array[] = [];
		for (let n = start; n < 0xfffffffa; n = table[n] ?? 0xfffffffe) {
			if (n >= count || visited[n] === 1) throw new Unreadable(CUT_SHORT);
			visited[n] = 1;
			const part = at(n);
			if (part.length < unit) throw new Unreadable(CUT_SHORT);
			parts.push(part);
		}
		const out = new Uint8Array(parts.length * unit);
		parts.forEach((part, i) => out.set(part, i * unit));
		return out;
	};
	const directory = chain(u32(bytes, 0x30), fat, sectors, size, sector);
	const entries: { name: string; type: number; start: number; size: number }[] = [];
	for (let at = 0; at + 128 <= directory.length; at += 128) {
		const nameLength = Math.min(64, u16(directory, at + 64));
		const name = new TextDecoder('utf-16le').decode(directory.subarray(at, at + Math.max(0, nameLength - 2)));
		entries.push({ name, type: directory[at + 66] ?? 0, start: u32(directory, at + 116), size: u32(directory, at + 120) });
	}
	const root = entries.find((entry) => entry.type === 5);
	if (!root) throw new Unreadable(CUT_SHORT);
	const cutoff = u32(bytes, 0x38) || 4096;
	let mini: { stream: Uint8Array; table: Uint32Array } | null = null;
	const miniStream = () => {
		if (mini) return mini;
		const stream = chain(root.start, fat, sectors, size, sector).subarray(0, root.size);
		const tableBytes = u32(bytes, 0x3c) < 0xfffffffa ? chain(u32(bytes, 0x3c), fat, sectors, size, sector) : new Uint8Array(0);
		const table = new Uint32Array(tableBytes.length / 4);
		for (let i = 0; i < table.length; i++) table[i] = u32(tableBytes, i * 4);
		mini = { stream, table };
		return mini;
	};
	const streams = new Map<string, Uint8Array>();
	for (const entry of entries) {
		if (entry.type !== 2 || streams.has(entry.name)) continue;
		let data: Uint8Array;
		if (entry.size < cutoff) {
			const { stream, table } = miniStream();
			data = entry.size === 0 ? new Uint8Array(0) : chain(entry.start, table, Math.floor(stream.length / 64), 64, (n) => stream.subarray(n * 64, n * 64 + 64));
		} else {
			data = chain(entry.start, fat, sectors, size, sector);
		}
		if (data.length < entry.size) throw new Unreadable(CUT_SHORT);
		streams.set(entry.name, data.subarray(0, entry.size));
	}
	return streams;
}

/** The number of characters of the document's text by its piece table (the last character position), or null when it is none. */
function textLength(word: Uint8Array, table: Uint8Array): number | null {
	let at = u32(word, 0x1a2);
	const end = at + u32(word, 0x1a6);
	if (end > table.length) return null;
	// (Formatting entries come first: a 1, their size, their bytes; then the piece table: a 2, its size, the positions.)
	while (at < end && table[at] === 1) at += 3 + u16(table, at + 1);
	if (table[at] !== 2) return null;
	const size = u32(table, at + 1);
	const pieces = (size - 4) / 12;
	if (!Number.isInteger(pieces) || pieces < 1 || at + 5 + size > table.length) return null;
	let last = 0;
	for (let i = 0; i <= pieces; i++) {
		const cp = u32(table, at + 5 + i * 4);
		if (cp < last) return null;
		last = cp;
	}
	return last;
}

/** A ruby as Word writes it, an `EQ` field over the base text (`EQ \* jc2 … \o\ad(\s\up 9(たかはし),髙橋)`): its base text. */
const RUBY_FIELD = /^\s*EQ\b[^(]*\(\s*\\s\s*\\up\s*-?[0-9]+\s*\([^)]*\)\s*,(?<base>[^)]*)\)/u;

/** A table of contents' field (`TOC \\o "1-3" \\h`), or an index's or a list of figures' (`INDEX`, `TOA`). */
const CONTENTS_FIELD = /^\s*(?:TOC|INDEX|TOA)\b/u;

/**
 * A story's text with its fields as they show (a field's result; a ruby's base text; a field with no result none) and its
 * special characters as text: `\r` a paragraph's end, `\v` a line break, `\x07` a cell's end, `\x1c` the end of a cell's
 * paragraph before its last, `\n` a table row's end, `\f` a page or section break a paragraph's end; `\x02`, an automatically numbered
 * note's mark, as `\x02` still; a table of contents, pictures, objects, comment marks, optional hyphens and deleted text dropped.
 */
function storyText(raw: string): string {
	const frames: { code: string; result: string; separated: boolean }[] = [];
	let out = '';
	const append = (text: string) => {
		const frame = frames.at(-1);
		if (!frame) out += text;
		else if (frame.separated) frame.result += text;
		else frame.code += text;
	};
	for (const char of raw) {
		switch (char) {
			case '\x13':
				frames.push({ code: '', result: '', separated: false });
				break;
			case '\x14': {
				const frame = frames.at(-1);
				if (frame) frame.separated = true;
				break;
			}
			case '\x15': {
				const frame = frames.pop();
				// (A ruby's field shows its reading over its base, no result of its own: what it shows is its base.)
				// (A page's number, `PAGE`, `NUMPAGES`, marked: a paragraph of page numbers alone is left out, `html-text.ts`.)
				if (frame && PAGE_NUMBER_FIELD.test(frame.code)) append(`${PAGE_FIELD}${frame.separated ? frame.result : ''}`);
				// (A table of contents, `TOC`, shows the headings again with their pages, `議事日程⇥1`: a view of the document, no text of it.)
				else if (frame && CONTENTS_FIELD.test(frame.code)) break;
				else if (frame) append(frame.separated && frame.result.trim() !== '' ? frame.result : (RUBY_FIELD.exec(frame.code)?.groups?.['base']?.trim() ?? frame.result));
				break;
			}
			case '\x0c':
			case '\x0e':
				append('\r');
				break;
			case '\x1e':
				append('-');
				break;
			// (The document's own page mark, which it cannot show: no mark.)
			case PAGE_FIELD:
			case '\x00':
			case '\x01':
			case '\x03':
			case '\x04':
			case '\x05':
			case '\x08':
			case '\x1f':
				break;
			default:
				append(char);
		}
	}
	// (A field left open by a damaged document: what it shows so far, into the field around it.)
	for (let frame = frames.pop(); frame; frame = frames.pop()) append(frame.separated ? frame.result : '');
	return out;
}

/**
 * Struck-through words in a story's text (an RTF document's `\strike`), between these two noncharacters: written as `<s>`,
 * a correction kept struck (`html-text.ts`).
 */
export const STRUCK_OPEN = '\ufdd3';
export const STRUCK_CLOSE = '\ufdd4';

/** A paragraph's text as HTML: line breaks as `<br>`, each note's mark as a link to its note, as mammoth writes them; struck words in `<s>`. */
function paragraphHtml(text: string, notes: { next: number }): string {
	let html = '';
	for (const part of text.replaceAll(`${STRUCK_CLOSE}${STRUCK_OPEN}`, '').split(/(\x02|\x0b)/u)) {
		if (part === '\x0b') html += '<br>';
		else if (part === '\x02') {
			const n = ++notes.next;
			html += `<sup><a href="#footnote-${n}" id="footnote-ref-${n}">[${n}]</a></sup>`;
		} else html += escapeMarkup(part).replaceAll(STRUCK_OPEN, '<s>').replaceAll(STRUCK_CLOSE, '</s>');
	}
	return html;
}

/** The body's text as HTML: a paragraph a `<p>`, a table's rows (a cell ended by `\x07`, a row by `\n`) a `<table>`. */
function bodyHtml(text: string, notes: { next: number }): string {
	let html = '';
	let paragraph = '';
	let cells: string[] = [];
	let rows: string[] = [];
	const closeTable = () => {
		if (cells.length > 0) rows.push(`<tr>${cells.join('')}</tr>`);
		cells = [];
		if (rows.length > 0) html += `<table>${rows.join('')}</table>`;
		rows = [];
	};
	for (const char of text) {
		if (char === '\r') {
			closeTable();
			html += `<p>${paragraphHtml(paragraph, notes)}</p>`;
			paragraph = '';
		} else if (char === '\x1c') {
			paragraph += '\x0b';
		} else if (char === '\x07') {
			cells.push(`<td>${paragraphHtml(paragraph, notes)}</td>`);
			paragraph = '';
		} else if (char === '\n') {
			if (paragraph !== '') cells.push(`<td>${paragraphHtml(paragraph, notes)}</td>`);
			paragraph = '';
			if (cells.length > 0) rows.push(`<tr>${cells.join('')}</tr>`);
			cells = [];
		} else {
			paragraph += char;
		}
	}
	closeTable();
	if (paragraph.trim() !== '') html += `<p>${paragraphHtml(paragraph, notes)}</p>`;
	return html;
}

/** A notes story (footnotes or endnotes) as mammoth's list of notes: each note opens with its mark (`\x02`), numbered on from `first`. */
function notesHtml(text: string, kind: 'footnote' | 'endnote', first: number): { html: string; count: number } {
	const parts = text.split('\x02').slice(1);
	const notes = parts.map((part, i) => {
		const paragraphs = part.split(/[\r\n\x07]/u).filter((line) => line.trim() !== '');
		return `<li id="${kind}-${first + i}">${paragraphs.map((line) => `<p>${escapeMarkup(line.replaceAll('\x0b', ' '))}</p>`).join('')}</li>`;
	});
	return { html: notes.length === 0 ? '' : `<ol>${notes.join('')}</ol>`, count: notes.length };
}

/**
 * A notes story with each note opening with the mark `\x02`, as an automatically numbered note does: a note with a mark
 * of its own (`※`) opens with that mark's text, so its start is taken from the notes' table of positions (`PlcffndTxt`,
 * `PlcfendTxt`), and it is written under the rule as the others are, not lost.
 */
function withNoteStarts(story: string, starts: readonly number[]): string {
	let out = '';
	let from = 0;
	for (const [index, start] of starts.slice(0, -1).entries()) {
		// (The table ends with the story's closing paragraph mark, no note.)
		if (start < from || start >= story.length || story.slice(start, starts[index + 1]).trim() === '') continue;
		out += story.slice(from, start) + (story[start] === '\x02' ? '' : '\x02');
		from = start;
	}
	return out + story.slice(from);
}

/** File ranges sorted and merged where they meet or overlap. */
function merged(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	for (const range of ranges.filter((one) => one.end > one.start).sort((a, b) => a.start - b.start)) {
		const last = out.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else out.push({ ...range });
	}
	return out;
}

/**
 * The text of the pieces in order, with the runs Word marks written into it: text marked deleted (`sprmCFRMarkDel`, a
 * tracked deletion Word does not show) and hidden text (`sprmCFVanish`) as `\0`, left out later, a paragraph's end
 * inside a table's cell as `\x1c`, a line of the cell, and a table row's end (the paragraph marked `sprmPFTtp`) as
 * `\n`; and a mask of the same length marking (`s`) the characters struck through (`sprmCFStrike`, `sprmCFDStrike`),
 * empty when none are. Each piece is written once, each merged range looked at once per piece it meets.
 */
function withRunMarks(pieces: readonly WordPiece[], paragraphs: readonly PropertyRun[], characters: readonly PropertyRun[]): { text: string; struck: string } {
	const marked = (runs: readonly PropertyRun[], code: number, on: (value: number) => boolean) =>
		merged(
			runs.filter((run) => {
				let found = false;
				eachProperty(run.properties, (sprm, at) => {
					if (sprm === code) found = on(run.properties[at] ?? 0);
				});
				return found;
			}),
		);
	const on = (value: number) => value === 1 || value === 0x81;
	// (Struck through, `sprmCFStrike` or `sprmCFDStrike`: marked in a mask of the same length, the text kept as it is.)
	const struck = merged([...marked(characters, 0x0837, on), ...marked(characters, 0x2a53, on)]);
	const marks: { ranges: { start: number; end: number }[]; mark: (text: string) => string }[] = [
		{ ranges: marked(characters, 0x0800, (value) => value === 1 || value === 0x81), mark: (text) => '\0'.repeat(text.length) },
		// (Hidden text, `sprmCFVanish`: a template's note, left out as Word prints it; the marks of paragraphs, cells and fields kept.)
		{ ranges: marked(characters, 0x083c, on), mark: (text) => text.replace(/[^\r\n\x01\x02\x07\x08\x0c\x0e\x13-\x15]/gu, '\0') },
		// (A paragraph's end inside a table's cell, `sprmPFInTable`, is a line of the cell; the cell's last ends with its cell mark.)
		{ ranges: marked(paragraphs, 0x2416, (value) => value !== 0), mark: (text) => text.replaceAll('\r', '\x1c') },
		{ ranges: marked(paragraphs, 0x2417, (value) => value !== 0), mark: (text) => '\n'.repeat(text.length) },
	];
	const apply = (piece: WordPiece, initial: string, all: typeof marks) => {
		let text = initial;
		const start = piece.startFilePos;
		const end = start + text.length * piece.bpc;
		for (const { ranges, mark } of all) {
			// (The first range ending past the piece's start, found by halving; then those that start before its end.)
			let low = 0;
			let high = ranges.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if ((ranges[middle]?.end ?? 0) <= start) low = middle + 1;
				else high = middle;
			}
			const parts: string[] = [];
			let from = 0;
			for (let i = low; i < ranges.length && (ranges[i]?.start ?? end) < end; i++) {
				const range = ranges[i] as { start: number; end: number };
				const first = Math.max(from, Math.floor((Math.max(range.start, start) - start) / piece.bpc));
				const last = Math.min(text.length, Math.ceil((Math.min(range.end, end) - start) / piece.bpc));
				if (last <= first) continue;
				parts.push(text.slice(from, first), mark(text.slice(first, last)));
				from = last;
			}
			if (parts.length > 0) text = parts.join('') + text.slice(from);
		}
		return text;
	};
	const text = pieces.map((piece) => apply(piece, piece.text, marks)).join('');
	const mask = struck.length === 0 ? '' : pieces.map((piece) => apply(piece, ' '.repeat(piece.text.length), [{ ranges: struck, mark: (words) => 's'.repeat(words.length) }])).join('');
	return { text, struck: mask };
}

/** Word's characters that are no words (a paragraph's, cell's or row's end, a line break, a field's marks, a note's mark, a deletion's). */
const STRUCTURE = /[\0\x02\x07\x0b\r\n\x13-\x15\x1c]/u;

/** Text with the runs its mask marks struck (`s`) between `STRUCK_OPEN` and `STRUCK_CLOSE`, Word's characters that are no words left outside. */
function withStruck(text: string, mask: string): string {
	let out = '';
	let open = false;
	for (let at = 0; at < text.length; at++) {
		const char = text[at] ?? '';
		const struck = mask[at] === 's' && !STRUCTURE.test(char);
		if (struck !== open) out += struck ? STRUCK_OPEN : STRUCK_CLOSE;
		open = struck;
		out += char;
	}
	return open ? out + STRUCK_CLOSE : out;
}

/** A table of character positions with data (a `PLC`) named by the Word part's header at `field`: its positions and each entry's data's offset. */
function plc(word: Uint8Array, table: Uint8Array, field: number, dataSize: number): { positions: number[]; data: number[] } {
	const at = u32(word, field);
	const size = u32(word, field + 4);
	const count = (size - 4) / (4 + dataSize);
	if (size < 4 || !Number.isInteger(count) || at + size > table.length) return { positions: [], data: [] };
	const positions = Array.from({ length: count + 1 }, (_, i) => u32(table, at + i * 4));
	const data = Array.from({ length: count }, (_, i) => at + (count + 1) * 4 + i * dataSize);
	return { positions, data };
}

/**
 * The text boxes drawn in the body: where each is anchored (a shape's position, `PlcfSpaMom`) and its text's range in the
 * text box story (`PlcftxbxTxt`, matched by the shape's id).
 */
function textBoxes(word: Uint8Array, table: Uint8Array): { anchor: number; start: number; end: number }[] {
	const shapes = plc(word, table, 0x1da, 26);
	const boxes = plc(word, table, 0x25a, 22);
	const byShape = new Map<number, { start: number; end: number }>();
	boxes.data.forEach((at, i) => {
		const start = boxes.positions[i] ?? 0;
		const end = boxes.positions[i + 1] ?? start;
		if (end > start && !byShape.has(u32(table, at + 14))) byShape.set(u32(table, at + 14), { start, end });
	});
	return shapes.data.flatMap((at, i) => {
		const box = byShape.get(u32(table, at));
		return box ? [{ anchor: shapes.positions[i] ?? 0, ...box }] : [];
	});
}

/**
 * The body's raw text with each numbered paragraph's number written at its start (`doc-numbering.ts`) and each text box's
 * paragraphs after the paragraph it is anchored in (after the row, in a table), as a `.docx`'s are read.
 */
function withListsAndBoxes(raw: string, word: Uint8Array, table: Uint8Array, pieces: readonly WordPiece[], boxStory: string, paragraphs: readonly PropertyRun[], struck = ''): string {
	const ends: number[] = [];
	for (let at = 0; at < raw.length; at++) {
		const char = raw[at];
		if (char === '\r' || char === '\x07' || char === '\n' || char === '\x1c') ends.push(at);
	}
	const marks = docListMarks(word, table, pieces, ends, paragraphs);
	const after = new Map<number, string>();
	if (boxStory !== '') {
		let next = 0;
		for (const box of textBoxes(word, table).sort((a, b) => a.anchor - b.anchor)) {
			while (next < ends.length && ((ends[next] ?? 0) < box.anchor || raw[ends[next] ?? 0] === '\x07')) next++;
			const end = ends[next];
			if (end === undefined) break;
			const text = boxStory.slice(box.start, box.end).replace(/[\r\x07\n]*$/u, '\r');
			after.set(end, (after.get(end) ?? '') + text);
		}
	}
	if (marks.size === 0 && after.size === 0 && !struck.includes('s')) return raw;
	// (A paragraph's struck words marked, `withStruck`, when its mask marks any.)
	const shown = (from: number, to: number) => (struck.slice(from, to).includes('s') ? withStruck(raw.slice(from, to), struck.slice(from, to)) : raw.slice(from, to));
	let out = '';
	let start = 0;
	for (const end of ends) {
		out += (marks.get(end) ?? '') + shown(start, end + 1) + (after.get(end) ?? '');
		start = end + 1;
	}
	return out + shown(start, raw.length);
}

function failure(message: string, code = 'not-doc'): DecodeResult {
	return { ok: false, code, message, line: null };
}

/** What a file named `.doc` that is no Word 97–2003 document is, read as what it is when it is read: or the line that says what it is. */
async function otherThanDoc(bytes: Uint8Array): Promise<DecodeResult> {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/u, '').trimStart();
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return docxToText(bytes);
	const page = /^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/iu.test(head) ? { html: true } : /^MIME-Version:/iu.test(head) ? { archive: true } : null;
	if (page !== null) {
		// (Its encoding is not recorded: the site serves a `.doc` as its own bytes, never as a text seed re-encoded.)
		const read = decodeSeed(bytes, page);
		return read.ok ? { ...read, encoding: 'utf-8' } : read;
	}
	if (head.startsWith('{\\rtf')) return rtfToText(bytes);
	return failure('not a Word document: a .doc from Word 97–2003 is an Office compound file, and this file is none (or is cut short); open it in Word (or LibreOffice) and save it as .docx, or save the minutes as plain text (.txt, UTF-8)');
}

/** The text of a `.doc` seed, or the one line that says why it cannot be read. */
export async function docToText(bytes: Uint8Array): Promise<DecodeResult> {
	if (u32(bytes, 0) !== 0xe011cfd0) return otherThanDoc(bytes);
	let streams: Map<string, Uint8Array>;
	try {
		if (bytes.length < 1024) throw new Unreadable(CUT_SHORT);
		streams = compoundStreams(bytes);
	} catch (cause) {
		return failure(cause instanceof Unreadable ? cause.message : `${CUT_SHORT} (${cause instanceof Error ? cause.message : String(cause)})`);
	}
	const word = streams.get('WordDocument');
	if (word === undefined) {
		if (streams.has('EncryptedPackage')) return failure('this is a password-protected Office document: open it in Word, remove the password and save it as .docx, or save the minutes as plain text (.txt, UTF-8)');
		if (streams.has('Workbook') || streams.has('Book')) return failure('this is an Excel workbook (.xls), not a Word document, renamed .doc: save the minutes as plain text (.txt, UTF-8) or as a Word document');
		if (streams.has('PowerPoint Document')) return failure('this is a PowerPoint presentation (.ppt), not a Word document, renamed .doc: save the minutes as plain text (.txt, UTF-8) or as a Word document');
		return failure('not a Word document: this Office compound file holds no Word text (another program\'s file renamed .doc?); save the minutes from Word as .docx, or as plain text (.txt, UTF-8)');
	}
	if (u16(word, 0) !== 0xa5ec) return failure('not a Word document: its Word part does not start as Word 97–2003 writes it; open it in Word (or LibreOffice) and save it as .docx, or save the minutes as plain text (.txt, UTF-8)');
	if (u16(word, 2) < 0xc1) return failure('this is a document of Word 6.0/95 or older, which is not read: open it in Word (or LibreOffice) and save it as .docx, or save the minutes as plain text (.txt, UTF-8)');
	const flags = u16(word, 0x0a);
	if ((flags & 0x0100) !== 0) return failure('the Word document is password-protected: open it in Word, remove the password (File → Info → Protect Document) and save it as .docx, or save the minutes as plain text (.txt, UTF-8)');
	const table = streams.get((flags & 0x0200) !== 0 ? '1Table' : '0Table');
	const length = table === undefined ? null : textLength(word, table);
	if (table === undefined || length === null) return failure(CUT_SHORT);
	if (length > MAX_CHARACTERS) {
		return failure(`the Word document holds ${(length / 1024 / 1024).toFixed(1)} million characters, over the limit of ${MAX_CHARACTERS / 1024 / 1024} million: split the minutes into several documents, or save them as plain text (.txt, UTF-8)`, 'too-large');
	}
	let pieces: WordPiece[];
	let boundaries: Record<string, number>;
	try {
		// (Loaded here, not with the converter: most archives hold no Word document, and every worker thread loads the converter.)
		const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
		const extractor = new WordOleExtractor();
		// The streams are the ones read above: the extractor reads them as given and keeps its pieces (the text by its
		// piece table) for the text to be read here. Its marking of tracked deletions and table rows' ends, which copies a
		// piece's whole text for each run it marks, and of the header stories, which are not read, is left out: the runs
		// are marked here in one pass (`withRunMarks`).
		for (const step of ['writeBookmarks', 'writeCharacterProperties', 'writeParagraphProperties', 'normalizeHeaders'] as const) extractor[step] = () => undefined;
		extractor.documentStream = (_document: unknown, name: string) => {
			const stream = streams.get(name);
			return stream ? Promise.resolve(Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength)) : Promise.reject(new Error(`no ${name} part`));
		};
		extractor.streamBuffer = (stream: unknown) => Promise.resolve(stream as Buffer);
		extractor.buildDocument = () => null;
		await extractor.extractWordDocument(null, Buffer.from(word.buffer, word.byteOffset, word.byteLength));
		pieces = extractor._pieces;
		boundaries = extractor._boundaries;
	} catch (cause) {
		return failure(`the Word document could not be read (${cause instanceof Error ? cause.message : String(cause)}): open it in Word (or LibreOffice) and save it again, as .docx, or save the minutes as plain text (.txt, UTF-8)`);
	}
	const paragraphs = propertyRuns(word, table, 'paragraph');
	const { text: all, struck } = withRunMarks(pieces, paragraphs, propertyRuns(word, table, 'character'));
	const story = (start: number, count: number) => (count > 0 ? all.slice(start, start + count) : '');
	const text = boundaries['ccpText'] ?? 0;
	const footnotes = boundaries['ccpFtn'] ?? 0;
	const headers = boundaries['ccpHdd'] ?? 0;
	const comments = boundaries['ccpAtn'] ?? 0;
	const endnotes = boundaries['ccpEdn'] ?? 0;
	const boxes = story(text + footnotes + headers + comments + endnotes, boundaries['ccpTxbx'] ?? 0);
	return storiesText(
		withListsAndBoxes(story(0, text), word, table, pieces, boxes, paragraphs, struck.slice(0, text)),
		withNoteStarts(story(text, footnotes), plc(word, table, 0xb2, 0).positions),
		withNoteStarts(story(text + footnotes + headers + comments, endnotes), plc(word, table, 0x212, 0).positions),
	);
}

/**
 * The text of a document given as Word's stories, in Word's characters (a paragraph's end `\r`, a cell's `\x07`, a row's
 * `\n`, a line break `\v`, a field `\x13`…`\x14`…`\x15`, an automatically numbered note's mark `\x02`): the body, then its
 * footnotes and endnotes under the rule; read as the HTML a `.docx` is read through. An RTF document's text is given so too.
 */
export function storiesText(body: string, footnotes: string, endnotes: string, kind = 'Word document'): DecodeResult {
	const notes = { next: 0 };
	const html = bodyHtml(storyText(body), notes);
	const footnoteList = notesHtml(storyText(footnotes), 'footnote', 1);
	const endnoteList = notesHtml(storyText(endnotes), 'endnote', footnoteList.count + 1);
	return markupText(`<html><body>${html}${footnoteList.html}${endnoteList.html}</body></html>`, 'utf-8', [], { document: true, kind });
}
