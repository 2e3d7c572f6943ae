/**
 * Minutes saved as rich text (`.rtf`, from Word, WordPad or LibreOffice): the document's text read from its groups and
 * control words, in one pass, as Word's characters (`doc.ts`: a paragraph `\par`, a line break `\line`, a tab `\tab`, a
 * table's cell `\cell` and row `\row`, a field's code and result, a footnote's mark `\chftn`), then read as a `.doc`'s text
 * is (`storiesText`): each paragraph a line, a table's rows with tabs between cells, a list item's number as the document
 * shows it (`\listtext`), a field as the text it shows (a name under furigana as its base text), footnotes after the text
 * under a rule, words struck through (`\strike`, `\striked1`) left out with a warning. Japanese text is given as bytes of the document's code page (`\ansicpg932`, or a font's `\fcharset128`:
 * Shift_JIS, `\'93\'fa`) or as characters (`\u26085?`); both are read. The page header and footer, the font and style
 * tables, pictures, objects, comments, hidden text and tracked deletions are not read.
 */
import type { DecodeResult } from './decode.ts';
import { STRUCK_CLOSE, STRUCK_OPEN, storiesText } from './doc.ts';

/** The encodings of Windows code pages (`\ansicpgN`) and of font character sets (`\fcharsetN`) that are read. */
const CODE_PAGES: Readonly<Record<number, string>> = { 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 1250: 'windows-1250', 1251: 'windows-1251', 1252: 'windows-1252', 10001: 'shift_jis' };
const CHARSETS: Readonly<Record<number, number>> = { 128: 932, 134: 936, 129: 949, 136: 950, 238: 1250, 204: 1251 };

/** Groups whose text is not the document's: tables of fonts, colours, styles and lists, the page header and footer, pictures, objects, comments. */
const SKIPPED = new Set([
	'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
	'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'xmlnstbl', 'generator', 'themedata', 'colorschememapping', 'latentstyles',
	'datastore', 'pgdsctbl', 'annotation', 'atnid', 'atnauthor', 'atnref', 'pn', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'ftncn', 'aftncn',
	'template', 'userprops', 'docvar', 'shprslt', 'nonshppict', 'do', 'tc', 'tcn', 'xe', 'bkmkstart', 'bkmkend', 'fontemb', 'fontfile', 'filetbl',
]);

/** Destinations marked `\*` (skipped by readers that do not know them) that hold the document's text here. */
const KEPT_STARRED = new Set(['fldinst', 'ud', 'footnote', 'shpinst']);

/** Characters some control words stand for. */
const SYMBOLS: Readonly<Record<string, string>> = {
	tab: '\t', line: '\v', par: '\r', sect: '\r', page: '\r', column: '\r', cell: '\x07', nestcell: '\x07', row: '\n', nestrow: '\n',
	emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', chftn: '\x02',
};

/** A run of characters that stand for themselves, and a control word with its parameter (and the space ending it): read where they start. */
const PLAIN_RUN = /[^\\{}\r\n\u0080-\u00ff;]+/y;
const CONTROL_WORD = /[A-Za-z]{1,32}(-?[0-9]{1,10})? ?/y;

/** The deepest nesting of groups read (Word writes a few levels; a file nested far deeper is damaged or hostile). */
const MAX_DEPTH = 2000;

interface GroupState {
	/** The group's text is not read (a skipped destination, hidden or deleted text). */
	skip: boolean;
	hidden: boolean;
	deleted: boolean;
	/** Struck through (`\strike`, `\striked1`): a correction kept struck, its words marked (`STRUCK_OPEN` … `STRUCK_CLOSE`). */
	struck: boolean;
	/** Where its text goes: the body, the footnotes, or a text box's (`\shptxt`), written after the paragraph it is anchored in. */
	story: 'body' | 'notes' | 'box';
	/** Characters after a `\uN` that stand for it in readers that know no Unicode. */
	uc: number;
	font: number;
	associated: number;
	fontTable: boolean;
	/** This group opened a field (`\field`): its end closes the field. */
	field: boolean;
	/** The paragraph is in a table's cell (`\intbl`): its end is a line of the cell. */
	inTable: boolean;
	/** The text of a list item's number (`\listtext`). */
	listText: boolean;
	/** Inside text given twice (`\upr`) or a shape (`\shpinst`): whether the group around it was read, as its Unicode copy (`\*\ud`) or its text box (`\shptxt`) then is. */
	readOutside: boolean | null;
}

function failure(message: string, code = 'not-rtf'): DecodeResult {
	return { ok: false, code, message, line: null };
}

/** The text of an `.rtf` seed, or the one line that says why it cannot be read. */
export function rtfToText(bytes: Uint8Array): DecodeResult {
	// (Read byte by byte: RTF is 7-bit text whose other bytes stand for themselves in the code page.)
	const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	if (!/^\s*\{\\rtf/u.test(source.slice(0, 64))) {
		return failure('not an RTF document: a rich-text file starts with {\\rtf, and this file does not; save the minutes from Word (or LibreOffice) as .rtf or .docx again, or as plain text (.txt, UTF-8)');
	}
	const fonts = new Map<number, number>();
	let codePage = 1252;
	const stories = { body: '', notes: '', box: '' };
	const stack: GroupState[] = [];
	let state: GroupState = { skip: false, hidden: false, deleted: false, struck: false, story: 'body', uc: 1, font: -1, associated: -1, fontTable: false, field: false, inTable: false, listText: false, readOutside: null };
	/** Bytes of the code page waiting to be decoded together (a Shift_JIS character is two). */
	let pending: number[] = [];
	let leadPending = false;
	/** The lead byte waiting was written as it is (not `\'93`): its trail byte may be any character, even `\`, `{` or `}`. */
	let rawLead = false;
	/** Fallback characters still to skip after a `\uN`. */
	let toSkip = 0;
	let starred = false;
	let tableFont = -1;

	const encodingOf = (): string => {
		for (const font of [state.font, state.associated]) {
			const page = CHARSETS[fonts.get(font) ?? -1];
			if (page !== undefined) return CODE_PAGES[page] ?? 'windows-1252';
		}
		return CODE_PAGES[codePage] ?? 'windows-1252';
	};
	const isLead = (byte: number): boolean => {
		const encoding = encodingOf();
		if (encoding === 'shift_jis') return (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);
		return (encoding === 'gbk' || encoding === 'big5' || encoding === 'euc-kr') && byte >= 0x81 && byte <= 0xfe;
	};
	const emit = (text: string) => {
		if (state.skip || state.hidden || state.deleted || state.fontTable) return;
		stories[state.story] += state.struck && !/[\r\n\x02\x07\x0b\x13-\x15\x1c]/u.test(text) ? `${STRUCK_OPEN}${text}${STRUCK_CLOSE}` : text;
		// (A text box's paragraphs follow the paragraph it is anchored in, as a .docx's do.)
		if (text === '\r' && state.story === 'body' && stories.box !== '') {
			stories.body += stories.box.endsWith('\r') ? stories.box : `${stories.box}\r`;
			stories.box = '';
		}
	};
	const flush = () => {
		if (pending.length === 0) return;
		let text: string;
		try {
			text = new TextDecoder(encodingOf()).decode(Uint8Array.from(pending));
		} catch {
			text = new TextDecoder('windows-1252').decode(Uint8Array.from(pending));
		}
		pending = [];
		leadPending = false;
		emit(text);
	};
	const byte = (value: number, raw = false) => {
		if (toSkip > 0) {
			toSkip--;
			return;
		}
		pending.push(value);
		leadPending = leadPending ? false : isLead(value);
		rawLead = leadPending && raw;
	};
	const char = (text: string) => {
		flush();
		if (toSkip > 0) {
			toSkip--;
			return;
		}
		emit(text);
	};

	for (let at = source.indexOf('{'); at < source.length; ) {
		const c = source[at] ?? '';
		if (rawLead && c.charCodeAt(0) >= 0x40) {
			byte(c.charCodeAt(0));
			at++;
			continue;
		}
		if (c === '{') {
			flush();
			toSkip = 0;
			if (stack.length >= MAX_DEPTH) return failure(`the RTF document's groups are nested more than ${MAX_DEPTH} deep: open it in Word (or LibreOffice) and save it as .docx, or save the minutes as plain text (.txt, UTF-8)`);
			stack.push(state);
			state = { ...state, field: false };
			starred = false;
			at++;
			continue;
		}
		if (c === '}') {
			flush();
			toSkip = 0;
			if (state.field) {
				const closing = state;
				state = stack.pop() ?? closing;
				if (!state.skip) stories[state.story] += '\x15';
			} else {
				state = stack.pop() ?? state;
			}
			starred = false;
			at++;
			if (stack.length === 0) break;
			continue;
		}
		if (c === '\r' || c === '\n') {
			at++;
			continue;
		}
		if (c !== '\\') {
			const code = c.charCodeAt(0);
			// (A byte of a two-byte character written as it is, after a lead byte written `\'93`.)
			if (leadPending && code >= 0x40) byte(code);
			else if (code >= 0x80) byte(code, true);
			else if (state.fontTable && c === ';') tableFont = -1;
			else {
				// (A run of plain characters at once.)
				PLAIN_RUN.lastIndex = at;
				const run = PLAIN_RUN.exec(source)?.[0] ?? c;
				if (toSkip > 0) {
					char(c);
					at++;
					continue;
				}
				char(run);
				at += run.length;
				continue;
			}
			at++;
			continue;
		}
		const next = source[at + 1] ?? '';
		if (next === "'") {
			const value = Number.parseInt(source.slice(at + 2, at + 4), 16);
			if (Number.isInteger(value)) byte(value);
			at += 4;
			continue;
		}
		if (!/[A-Za-z]/u.test(next)) {
			// A control symbol: `\\`, `\{`, `\}` the character, `\~` a no-break space, `\_` a no-break hyphen, `\-` an optional one, `\*` a destination's mark.
			at += 2;
			if (next === '*') starred = true;
			else if (next === '\\' || next === '{' || next === '}') char(next);
			else if (next === '~') char('\u00a0');
			else if (next === '_') char('‑');
			else if (next === '\r' || next === '\n') char('\r');
			continue;
		}
		CONTROL_WORD.lastIndex = at + 1;
		const word = CONTROL_WORD.exec(source);
		if (word === null) {
			at += 2;
			continue;
		}
		at += 1 + word[0].length;
		const name = /^[A-Za-z]+/u.exec(word[0])?.[0] ?? '';
		const parameter = word[1] === undefined ? null : Number(word[1]);
		if (starred) {
			starred = false;
			if (!KEPT_STARRED.has(name)) {
				flush();
				state.skip = true;
				continue;
			}
			if (name === 'ud') state.skip = !(state.readOutside ?? true);
		}
		if (name === 'bin') {
			// Binary data of the given length, skipped whole.
			flush();
			at += Math.max(0, parameter ?? 0);
			continue;
		}
		if (SKIPPED.has(name)) {
			flush();
			state.skip = true;
			continue;
		}
		switch (name) {
			case 'u': {
				const code = parameter === null ? 0xfffd : parameter < 0 ? parameter + 0x10000 : parameter;
				flush();
				if (toSkip > 0) toSkip = 0;
				emit(String.fromCharCode(code));
				toSkip = state.uc;
				break;
			}
			case 'uc':
				state.uc = Math.max(0, Math.min(parameter ?? 1, 16));
				break;
			case 'ansicpg':
				codePage = parameter ?? 1252;
				break;
			case 'fonttbl':
				flush();
				state.fontTable = true;
				break;
			case 'f':
				flush();
				if (state.fontTable) tableFont = parameter ?? -1;
				else state.font = parameter ?? -1;
				break;
			case 'af':
				flush();
				if (!state.fontTable) state.associated = parameter ?? -1;
				break;
			case 'fcharset':
				if (state.fontTable && tableFont !== -1) fonts.set(tableFont, parameter ?? 0);
				break;
			case 'plain':
				flush();
				state.font = -1;
				state.hidden = false;
				state.deleted = false;
				state.struck = false;
				break;
			case 'strike':
			case 'striked':
				flush();
				state.struck = parameter !== 0;
				break;
			case 'v':
				flush();
				state.hidden = parameter !== 0;
				break;
			case 'deleted':
				flush();
				state.deleted = parameter !== 0;
				break;
			case 'upr':
				// (Text given twice: in the code page, then `\*\ud` in Unicode: the second is read.)
				flush();
				state.readOutside = !state.skip;
				state.skip = true;
				break;
			case 'footnote':
				flush();
				state.story = 'notes';
				emit('\x02');
				break;
			case 'field':
				flush();
				state.field = true;
				emit('\x13');
				break;
			case 'shpinst':
				// (A shape's properties are no text: only its text box's, `\shptxt`.)
				flush();
				state.readOutside = !state.skip;
				state.skip = true;
				break;
			case 'shptxt':
				flush();
				state.skip = !(state.readOutside ?? true);
				state.story = 'box';
				break;
			case 'intbl':
				state.inTable = parameter !== 0;
				break;
			case 'pard':
				state.inTable = false;
				break;
			case 'listtext':
				state.listText = true;
				break;
			case 'fldrslt':
				flush();
				emit('\x14');
				break;
			case 'chpgn':
				// (The page's number, as a header holds it: read as a `PAGE` field, whose paragraph alone is left out.)
				flush();
				emit('\x13PAGE\x14\x15');
				break;
			default: {
				const symbol = SYMBOLS[name];
				if (symbol === undefined) break;
				// (A footnote's own mark is its start, written already; a list number that ends in a space, `ア　`, is followed by nothing more.)
				if (name === 'chftn' && state.story === 'notes') break;
				if (name === 'par' && state.inTable) {
					char('\x1c');
					break;
				}
				if (name === 'tab' && state.listText) {
					flush();
					if (/[ \u3000]$/u.test(stories[state.story])) break;
				}
				char(symbol);
			}
		}
	}
	flush();
	return storiesText(stories.box === '' ? stories.body : `${stories.body}\r${stories.box}`, stories.notes, '', 'RTF document');
}
