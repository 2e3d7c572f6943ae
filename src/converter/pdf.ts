/**
 * Minutes published as PDF: read the text layer with pdf.js (through `unpdf`,
 * pure JavaScript, no native parts) and rebuild the plain text the parser reads
 * (`pdf-layout.ts`). Scanned, encrypted and broken files become one message.
 * Extraction runs in a worker thread with a heap limit and a deadline, and stops at limits on
 * pages, text runs and characters, so no PDF can hang the conversion or exhaust its memory.
 */
import { Worker } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';
import { warning } from '../parser/diagnostics.ts';
import type { Diagnostic } from '../parser/types.ts';
import { cleanText, FOOTNOTE_RULE, VARIATION_SELECTOR } from './clean-text.ts';
import { fieldRuns } from './pdf-fields.ts';
import { type ColumnSetting, inColumns } from './pdf-vertical.ts';
import { darkShapes, HIDDEN, maskHiddenText, redactAreas, strikeOutText } from './pdf-redaction.ts';
import { dropBrowserPrintMarks, dropPageFurniture, linesToText, median, readPage, takeFootnotes, twoUpPages, type PageRuns, type TextRun } from './pdf-layout.ts';

/** Result of reading one PDF seed: the cleaned text with the cleaning's warnings, or one message. */
export type PdfTextResult =
	| { ok: true; text: string; pages: number; warnings: Diagnostic[] }
	| { ok: false; code: string; message: string; line: null };

/** How much of a PDF is read at most. */
export interface PdfLimits {
	pages: number;
	/** Text runs (pdf.js text items) on one page, and in the whole file. */
	runsPerPage: number;
	runs: number;
	/** Characters of text in the whole file. */
	characters: number;
	/** Wall time for the whole extraction. */
	timeoutMs: number;
	/** Heap of the extraction worker. */
	memoryMb: number;
}

/** The limits every PDF seed is read with. */
export const PDF_LIMITS: Readonly<PdfLimits> = { pages: 2000, runsPerPage: 200_000, runs: 2_000_000, characters: 20_000_000, timeoutMs: 60_000, memoryMb: 1024 };

const SPLIT_HINT = 'split the PDF into several files, or put a text version (.txt, UTF-8) into seeds/ instead';

/** How far from the end a PDF's `%%EOF` marker may sit (readers allow trailing junk). */
const EOF_WINDOW = 1024;
/** Fewer non-space characters per page than this means there is no real text layer. */
const MIN_CHARS_PER_PAGE = 5;
const TEXT_VERSION_HINT = 'put a text version of the minutes (.txt, UTF-8) into seeds/ instead';

/** True when the bytes start like a PDF (`%PDF-` within the first KiB, as readers accept). */
function isPdf(bytes: Uint8Array): boolean {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, EOF_WINDOW));
	return head.includes('%PDF-');
}

/** True when the file still ends with its `%%EOF` marker (a download cut short does not). */
function hasEndMarker(bytes: Uint8Array): boolean {
	return new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).includes('%%EOF');
}

/** A failed read with its code. */
function failure(message: string, code = 'not-pdf-text'): PdfTextResult {
	return { ok: false, code, message, line: null };
}

/** The failure for a PDF over one of the limits. */
function overLimit(what: string): PdfTextResult {
	return failure(`the PDF is too big to read: ${what}; ${SPLIT_HINT}`, 'pdf-limit');
}

/** Message for an error pdf.js threw while opening or reading the file. */
function describeFailure(cause: unknown): string {
	const name = typeof cause === 'object' && cause !== null && 'name' in cause ? String(cause.name) : '';
	const detail = cause instanceof Error || (typeof cause === 'object' && cause !== null && 'message' in cause) ? String((cause as { message: unknown }).message) : String(cause);
	if (name === 'PasswordException') return `the PDF is encrypted with a password, so its text cannot be read: save an unprotected copy or ${TEXT_VERSION_HINT}`;
	return `not a readable PDF (${detail}): download it again, or ${TEXT_VERSION_HINT}`;
}

/** Variation selectors (an IVS glyph variant after its ideograph), all of a text. */
const SELECTORS = new RegExp(VARIATION_SELECTOR.source, 'gu');
/** A run of ideographs with a variation selector, which pdf.js may give no width. */
const ZERO_WIDTH_VARIANT = new RegExp(`^\\p{Script=Han}+${VARIATION_SELECTOR.source}`, 'u');

/**
 * Give back the width of glyphs pdf.js gives none, as it does a glyph mapped to an ideograph and a variation selector (`辻󠄀`,
 * taken for a zero-width mark), and drop the space pdf.js then sets where the glyph is: otherwise the gap after it reads as a
 * space inside the name (`辻󠄀　正夫`). In place.
 */
export function withVariantWidths(runs: TextRun[]): void {
	for (let i = 0; i < runs.length; i++) {
		const run = runs[i]!;
		if (run.width !== 0 || !ZERO_WIDTH_VARIANT.test(run.text)) continue;
		run.width = [...run.text.replace(SELECTORS, '')].length * run.size;
		const next = runs[i + 1];
		const slack = run.size * 0.1;
		if (next && next.text.trim() === '' && Math.abs(next.y - run.y) < slack && next.x >= run.x && next.x + next.width <= run.x + run.width + slack) runs.splice(i + 1, 1);
	}
}


/**
 * A column of vertical writing drawn letter by letter: each letter at most `across` ems aside of the one above it and
 * `min`–`max` ems under it; a page of at least `letters` one-letter runs, more than `share` of them so, is set vertically.
 */
const COLUMN_STEP = { across: 0.25, min: 0.7, max: 1.8, letters: 20, share: 0.5 } as const;

/** Text runs of one page from pdf.js, in user space; vertical or rotated runs are kept with their origin. */
async function pageRuns(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, number: number): Promise<PageRuns> {
	const page = await pdf.getPage(number);
	const [x0 = 0, y0 = 0, x1 = 0, top = 0] = page.view;
	// Keep characters exactly as printed: no NFKC of full-width or vertical forms.
	const content = await page.getTextContent({ disableNormalization: true });
	const runs: TextRun[] = [];
	/** Each run's baseline direction when it is not along the page (a turned table), for finding the bars over it. */
	const directions: ([number, number] | undefined)[] = [];
	/** How each run lies in a column of vertical writing, should the page be set so (its advance down the column for a vertical font's). */
	const settings: ColumnSetting[] = [];
	/** Visible runs set a quarter turn: the text of a landscape page (a table turned on the page). */
	let turned = 0;
	/** Visible runs set a quarter turn clockwise: the text of a page stored turned that way and shown upright by its /Rotate of 270. */
	let clockwise = 0;
	let visible = 0;
	let vertical = 0;
	let angled = 0;
	let doubled = 0;
	/** The last visible runs kept, to find one drawn again over itself. */
	const recent: TextRun[] = [];
	/** Visible runs of one letter, the last of them, and how many stood a letter's height under the one before. */
	let letters = 0;
	let above: TextRun | null = null;
	let downSteps = 0;
	/** The angles of visible runs set a little off the horizontal (a scan's text layer, the page scanned askew). */
	const slants: number[] = [];
	for (const item of content.items) {
		if (!('str' in item)) continue;
		const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
		const run: TextRun = { text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height, font: item.fontName };
		// The same text shown twice in one text object a hair apart (`Tj 0.3 0 Td Tj`): pdf.js gives it as one run, the text twice over its width once.
		const once = overdrawn(run);
		if (once !== null) {
			run.text = once;
			doubled++;
		}
		if (run.text.trim() !== '') {
			// A watermark (`案`, `DRAFT`) or a stamp drawn across the page at an angle is no text of the minutes.
			if (Math.abs(a) > ANGLED * run.size && Math.abs(b) > ANGLED * run.size) {
				angled++;
				continue;
			}
			// Bold made by drawing the same text again a hair's breadth away is one text; pdf.js may have joined the second
			// showing to the text after it (`【会長】` then `【会長】ただいまから…`): that run keeps only what follows.
			const under = recent.find((other) => Math.abs(other.x - run.x) <= DOUBLED * run.size && Math.abs(other.y - run.y) <= DOUBLED * run.size && run.text.startsWith(other.text));
			if (under) {
				doubled++;
				if (run.text.length === under.text.length) continue;
				run.text = run.text.slice(under.text.length);
				run.width = Math.max(0, run.width - under.width);
				run.x = under.x + under.width;
			}
			recent.push(run);
			if (recent.length > RECENT_RUNS) recent.shift();
			visible++;
			const slant = Math.atan2(b, a);
			if (slant !== 0 && Math.abs(slant) < SKEW_MAX) slants.push(slant);
			if (b > Math.abs(a)) turned++;
			if (-b > Math.abs(a)) clockwise++;
			// (Columns drawn as runs turned a quarter clockwise, as a word processor sets a vertical `@` font, are vertical
			// writing too; a page stored turned and shown upright by its /Rotate is not.)
			if (content.styles[item.fontName]?.vertical === true || (-b > Math.abs(a) && page.rotate % 180 === 0)) vertical++;
			// One upright letter under the one before it, a letter's height down: a column of vertical writing drawn letter by letter.
			// (pdf.js puts a space after a letter when the next is not beside it, as the next in a column never is.)
			if ([...run.text.trimEnd()].length === 1) {
				if (above && Math.abs(run.x - above.x) <= COLUMN_STEP.across * run.size && above.y - run.y >= COLUMN_STEP.min * run.size && above.y - run.y <= COLUMN_STEP.max * run.size) downSteps++;
				letters++;
				above = run;
			} else above = null;
		}
		runs.push(run);
		directions.push(b === 0 && a > 0 ? undefined : [a / (run.size || 1), b / (run.size || 1)]);
		settings.push(content.styles[item.fontName]?.vertical === true ? { down: item.height } : -b > Math.abs(a) ? 'turned' : 'upright');
	}
	// A watermark set level (`取扱注意`, `社外秘` as a word processor sets it across the page) is no text of the minutes either.
	const overprinted = overprintedRuns(runs);
	if (overprinted.size > 0) {
		for (let i = runs.length - 1; i >= 0; i--) {
			if (!overprinted.has(runs[i]!)) continue;
			runs.splice(i, 1);
			directions.splice(i, 1);
			settings.splice(i, 1);
			visible--;
		}
	}
	const annotations = await page.getAnnotations();
	// Values typed into a form's fields or into text boxes added as comments, set at their boxes (pdf.js's text leaves them out).
	const typed = fieldRuns(annotations);
	for (const run of typed.runs) runs.push(run);
	// 黒塗り drawn over the text (a black shape or an Acrobat rectangle comment): the letters under it are written as ■.
	// (Only a page with text is drawn: a scanned page's drawing is its image, decoded for nothing.)
	const drawing = visible > 0 || typed.runs.length > 0 ? await page.getOperatorList() : null;
	const shapes = drawing ? darkShapes(drawing.fnArray, drawing.argsArray) : null;
	const hidden = shapes ? maskHiddenText(runs, shapes, redactAreas(annotations), directions) : 0;
	// Words struck through (a correction kept struck, 見え消し) are left out, as a Word document's are.
	const struck = shapes?.rules ? strikeOutText(runs, shapes.rules.horizontal, directions) : [];
	page.cleanup();
	// A scan's text layer whose lines follow the page scanned askew (Tesseract and OCRmyPDF set each line at its angle):
	// turned level, so a line's words, drifting up or down along it, stay one line.
	if (slants.length > visible / 2) level(runs, median(slants));
	withVariantWidths(runs);
	// A page whose letters are drawn one by one, most of each under the one before: vertical writing.
	if (letters >= COLUMN_STEP.letters && letters > visible / 2 && downSteps > letters * COLUMN_STEP.share) vertical = Math.max(vertical, visible);
	const counts = { visible, vertical, angled, doubled, pieces: content.items.length, hidden, fields: typed.fields, ...(struck.length > 0 ? { struck } : {}), ...(overprinted.size > 0 ? { overprinted: [...overprinted] } : {}) };
	// A page whose text runs up the page (each line a quarter turn anticlockwise, as a landscape table on a portrait page
	// is drawn): read in the text's own frame, along each line and line after line, or its lines read as columns.
	// (A page stored turned and shown upright by its /Rotate reads so too, but is no landscape table: `turned` is not set.)
	const shownUpright = page.rotate % 180 !== 0;
	if (visible > 0 && turned > visible / 2) return { height: -x0, width: top - y0, runs: runs.map((run) => ({ ...run, x: run.y, y: -run.x })), ...(shownUpright ? {} : { turned: true as const }), ...counts };
	// A page stored turned the other way and shown upright by its /Rotate of 270 (each line runs down the stored page, the
	// next line to its right): read in the text's own frame too, or its lines read as columns.
	if (visible > 0 && page.rotate % 360 === 270 && clockwise > visible / 2) return { height: x1, width: top - y0, runs: runs.map((run) => ({ ...run, x: top - run.y, y: run.x })), ...counts };
	// A page set in vertical writing (縦書き): read in its columns' frame, each column a line, right to left. A page with
	// a few vertical runs (the last column of a record on a page of its own) keeps that frame at hand, for a document
	// set so throughout.
	const columns = vertical > 0 || downSteps > 0 ? { height: x1, ...inColumns(runs, settings, { x1, y0, top }) } : null;
	if (columns && visible > 0 && vertical > visible / 2) return { ...columns, columnsDown: true as const, ...counts };
	// (A table's rules tell its cells apart: a label centred in its tall cell is read on its row's first line.)
	const rules = shapes?.rules && shapes.rules.horizontal.length > 0 && shapes.rules.vertical.length > 0 ? { rules: shapes.rules } : {};
	return { height: top, width: x1 - x0, runs, ...counts, ...rules, ...(columns ? { inColumns: columns } : {}) };
}

/** A watermark set level: its type at least this many times the text's (the median size of the page's runs) … */
const OVERPRINT_SIZE = 3;
/** … over at least this many runs of the text, each at most a third of its size, their baselines within its letters' height. */
const OVERPRINT_RUNS = 2;
/** The most runs of a page a watermark is looked for among. */
const OVERPRINT_MARKS = 8;

/**
 * The runs of a page that are a watermark set level across it (`取扱注意`, `社外秘`, `DRAFT` as a word processor sets it
 * with its watermark laid horizontally): type many times the text's, drawn over lines of the text. (A title set large
 * stands clear of the text; set over it, it had been read into the line it shares a baseline with, and that line lost.)
 */
export function overprintedRuns(runs: readonly TextRun[]): Set<TextRun> {
	const found = new Set<TextRun>();
	const shown = runs.filter((run) => run.text.trim() !== '' && run.size > 0);
	if (shown.length < OVERPRINT_RUNS + 1) return found;
	const usual = median(shown.map((run) => run.size));
	const large = shown.filter((run) => run.size >= usual * OVERPRINT_SIZE);
	// (A watermark is a word or two a page: a page of more such runs is looked at no further, so that it stays linear.)
	if (large.length === 0 || large.length > OVERPRINT_MARKS || large.length > shown.length / 2) return found;
	const small = shown.filter((run) => run.size < usual * OVERPRINT_SIZE);
	for (const mark of large) {
		let under = 0;
		for (const run of small) {
			if (run.size * OVERPRINT_SIZE > mark.size || run.x >= mark.x + mark.width || run.x + run.width <= mark.x) continue;
			if (run.y >= mark.y - mark.size * 0.2 && run.y <= mark.y + mark.size * 0.9 && ++under >= OVERPRINT_RUNS) break;
		}
		if (under >= OVERPRINT_RUNS) found.add(mark);
	}
	return found;
}

/**
 * Leave out, on every page, the runs that repeat a watermark found over the text of another page (the same words, as
 * large, at the same place): where a page has no text under it (a short last page), it had been read as a line of the
 * minutes. In place.
 */
function repeatedWatermarks(pages: PageRuns[]): void {
	const marks = pages.flatMap((page) => page.overprinted ?? []).slice(0, OVERPRINT_MARKS);
	if (marks.length === 0) return;
	for (const page of pages) {
		const same = (run: TextRun) => run.text.trim() !== '' && !(page.overprinted ?? []).includes(run) && marks.some((mark) => mark.text.trim() === run.text.trim() && Math.abs(mark.size - run.size) < mark.size * 0.1 && Math.abs(mark.x - run.x) < mark.size && Math.abs(mark.y - run.y) < mark.size);
		const repeated = page.runs.filter(same);
		if (repeated.length === 0) continue;
		page.runs = page.runs.filter((run) => !repeated.includes(run));
		page.overprinted = [...(page.overprinted ?? []), ...repeated];
	}
}

/** Runs set at most this angle (radians, about 3°) off the horizontal may be a scan's askew lines. */
const SKEW_MAX = 0.05;

/** Turn runs set at `angle` (radians, anticlockwise) level, about the page's origin. In place. */
function level(runs: TextRun[], angle: number): void {
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	for (const run of runs) {
		const { x, y } = run;
		run.x = x * cos + y * sin;
		run.y = y * cos - x * sin;
	}
}

/**
 * The text of a run that is one text shown two or three times over itself (its width that of one showing, at most a
 * whole em a letter), or null for any other run.
 */
function overdrawn(run: TextRun): string | null {
	// (Every run passes here: one wider than half its letters at a whole em each is shown once, looked at no further.)
	if (run.text.length < 4 || run.width > (run.text.length / 2) * run.size * OVERDRAWN_WIDTH) return null;
	const letters = [...run.text];
	for (const times of [2, 3]) {
		if (letters.length < 2 * times || letters.length % times !== 0) continue;
		const one = letters.slice(0, letters.length / times).join('');
		if (one.repeat(times) === run.text && run.width <= (letters.length / times) * run.size * OVERDRAWN_WIDTH) return one;
	}
	return null;
}

/** How much wider than one showing of its letters at a whole em each an overdrawn run may be (the offset between the showings). */
const OVERDRAWN_WIDTH = 1.2;

/** A run whose baseline's slope is between this share of its size both ways is set at an angle (from about 6° to 84°). */
const ANGLED = 0.1;
/** The same text drawn within this share of its size of itself is drawn twice (fake bold). */
const DOUBLED = 0.15;
/** How many runs back a text drawn again over itself is looked for (a producer draws the copies one after the other). */
const RECENT_RUNS = 8;

/** A count each page keeps (`count`), over all pages, and the numbers of the pages where it is not 0. */
function countedOn<T>(pages: readonly T[], count: (page: T) => number | undefined): { total: number; pages: number[] } {
	return { total: pages.reduce((sum, page) => sum + (count(page) ?? 0), 0), pages: numbersWhere(pages, (page) => (count(page) ?? 0) > 0) };
}

/** The page numbers (from 1) of the pages that `test` holds for: those a warning names. */
function numbersWhere<T>(pages: readonly T[], test: (page: T) => boolean): number[] {
	return pages.flatMap((page, index) => (test(page) ? [index + 1] : []));
}

/** pdf.js warnings that say a page's content could not all be read (not those about fonts, which do not lose text). */
const DAMAGE = /stream|unterminated|formaterror|illegal|invalid|corrupt|xref|unexpected|bad /iu;
const FONT_WARNING = /font|glyph|cmap|\bTT:/iu;

/**
 * Run one page's reading while collecting what pdf.js warns about it (it writes its warnings with `console.warn`):
 * a damaged content stream is read past quietly, and its page then lacks text. Other output passes through.
 */
async function withDamageReport<T>(page: number, damaged: Map<number, string>, read: () => Promise<T>): Promise<T> {
	const log = console.warn;
	console.warn = (...args: unknown[]) => {
		const message = typeof args[0] === 'string' ? args[0] : '';
		if (!message.startsWith('Warning: ')) return log(...args);
		const reason = message.slice('Warning: '.length);
		if (DAMAGE.test(reason) && !FONT_WARNING.test(reason) && !damaged.has(page)) damaged.set(page, reason.slice(0, 120));
	};
	try {
		return await read();
	} finally {
		console.warn = log;
	}
}

/**
 * A font whose codes were given in order of first use from 0x21 and that has no Unicode map (a Type3 font a PDF printer made
 * of a face it could not embed): its first text reads `!"#$%&'()*…`, the codes themselves.
 */
const IN_ORDER_OF_USE = /!"#\$%&/u;
/** Control characters, which no printed text holds and a font without a Unicode map gives for its first glyphs. */
const GLYPH_NUMBER = /[\u0000-\u0008\u000e-\u001f]/u;
/**
 * Letters of scripts that Japanese minutes are not written in, which a font without a Unicode map gives for its glyph
 * numbers: Armenian to Syriac, the scripts of India and Sri Lanka, Hangul's lone letters (jamo), Ethiopic, Cherokee to
 * Mongolian and the scripts after it, arrows, Glagolitic, Latin Extended-C, Coptic, Tifinagh, the rare kanji of CJK
 * Extension A, Yi and others (not Greek, Latin, Cyrillic, Hangul syllables or Thai, which minutes may quote); and
 * private-use code points, which a font's map to Unicode may give for every glyph (not U+F000–F0FF, where a symbol
 * font's bullets are).
 */
const FOREIGN_SCRIPT = /[\u0530-\u08ff\u0900-\u0dff\u1100-\u11ff\u1200-\u139f\u13a0-\u18af\u1a00-\u1aff\u2900-\u297f\u2c00-\u2c7f\u2c80-\u2cff\u2d30-\u2d7f\u3400-\u4dbf\ua000-\ua4cf\ua500-\ua63f\ua6a0-\ua6ff\ue000-\uefff\uf100-\uf8ff\u{f0000}-\u{10ffff}]/u;
/** A font is garbled when at least this many of its letters, and this share of them, are of such scripts. */
const FOREIGN_LETTERS = 4;
const FOREIGN_SHARE = 0.5;
/** Share of a PDF's characters in such fonts from which it is refused rather than read with a warning. */
const UNMAPPED_SHARE = 0.05;

/** The pages with text in fonts that give control characters (glyph numbers), and the share of all characters in those fonts. */
/** A space between two letters of Japanese (not Latin letters, ASCII digits or spaces). */
const SPACE_IN_JAPANESE = /(?<=[^\x00-\x7f\s\u3000]) (?=[^\x00-\x7f\s\u3000])/gu;
/** Two letters of Japanese side by side. */
const JAPANESE_PAIR = /[^\x00-\x7f\s\u3000](?=[^\x00-\x7f\s\u3000])/gu;
/** How many of the places between two letters of Japanese must hold a space for the text to be a recognised scan's, and at least how many. */
const OCR_SPACE_SHARE = 0.15;
const OCR_SPACES_MIN = 20;

/**
 * A scan's text layer whose character recognition put a space after its words (`定刻 になりまし たの で`, `令和６年 １ １月`,
 * `○ 川口 環境政策 課長`): such spaces, between two letters of Japanese, are left out when they are common; Japanese
 * text has none there (a gap a typesetter left reads as an ideographic space), and a space beside a Latin word stays.
 */
export function dropOcrSpaces(text: string): { text: string; dropped: number } {
	const spaced = text.match(SPACE_IN_JAPANESE)?.length ?? 0;
	if (spaced < OCR_SPACES_MIN) return { text, dropped: 0 };
	const pairs = text.match(JAPANESE_PAIR)?.length ?? 0;
	if (spaced / (spaced + pairs) < OCR_SPACE_SHARE) return { text, dropped: 0 };
	return { text: text.replace(SPACE_IN_JAPANESE, ''), dropped: spaced };
}

export function unmappedText(pages: readonly PageRuns[]): { pages: number[]; share: number } {
	// A font whose glyph numbers fall on letters of scripts no Japanese minutes are written in (`Ϯ㔲』ፘᡒ⤨㔲` for a label).
	const letters = new Map<string, { all: number; foreign: number }>();
	for (const run of pages.flatMap((page) => page.runs)) {
		if (run.font === undefined) continue;
		const count = letters.get(run.font) ?? { all: 0, foreign: 0 };
		for (const char of run.text) {
			if (char.trim() === '') continue;
			count.all++;
			if (FOREIGN_SCRIPT.test(char)) count.foreign++;
		}
		letters.set(run.font, count);
	}
	const garbled = [...letters].filter(([, count]) => count.foreign >= FOREIGN_LETTERS && count.foreign >= count.all * FOREIGN_SHARE).map(([font]) => font);
	const fonts = new Set([...pages.flatMap((page) => page.runs.filter((run) => run.font !== undefined && (GLYPH_NUMBER.test(run.text) || IN_ORDER_OF_USE.test(run.text))).map((run) => run.font)), ...garbled]);
	if (fonts.size === 0) return { pages: [], share: 0 };
	let total = 0;
	let unmapped = 0;
	const found: number[] = [];
	pages.forEach((page, index) => {
		let onPage = 0;
		for (const run of page.runs) {
			const length = visibleLength(run.text);
			total += length;
			if (fonts.has(run.font)) onPage += length;
		}
		unmapped += onPage;
		if (onPage > 0) found.push(index + 1);
	});
	return { pages: found, share: total === 0 ? 0 : unmapped / total };
}

/** Pages for a message: `page 3`, `pages 2, 5 and 7`, `pages 1–12`. */
function pageList(pages: readonly number[]): string {
	if (pages.length === 1) return `page ${pages[0]}`;
	const first = pages[0] ?? 0;
	const last = pages.at(-1) ?? 0;
	if (last - first + 1 === pages.length) return `pages ${first}–${last}`;
	return `pages ${pages.slice(0, -1).join(', ')} and ${last}`;
}

/** Non-space characters of a run. */
function visibleLength(text: string): number {
	let n = 0;
	for (const char of text) if (char.trim() !== '') n++;
	return n;
}

/**
 * Read a PDF's text in this thread, within the page, run and character limits (not time or memory:
 * `pdfToText` adds those by running this in a worker): headers, footers and page numbers
 * dropped, lines in reading order, paragraphs separated by a blank line, words
 * and sentences broken by the layout or a page break joined again.
 */
export async function extractPdfText(bytes: Uint8Array, limits: Readonly<PdfLimits> = PDF_LIMITS): Promise<PdfTextResult> {
	if (!isPdf(bytes)) return failure(`not a PDF file (no %PDF- header): if it is a text file, rename it to end in .txt; else ${TEXT_VERSION_HINT}`);
	if (!hasEndMarker(bytes)) return failure(`the PDF is incomplete (it has no end-of-file marker, e.g. a download cut short): download it again, or ${TEXT_VERSION_HINT}`);
	let pdf;
	try {
		// pdf.js may detach the buffer it is given: hand it a copy so the caller's bytes stay intact.
		// Warnings while opening (a cross-reference table rebuilt) are pdf.js recovering: not reported, never printed.
		pdf = await withDamageReport(0, new Map(), () => getDocumentProxy(new Uint8Array(bytes), { verbosity: 1, useSystemFonts: false }));
	} catch (cause) {
		return failure(describeFailure(cause));
	}
	try {
		if (pdf.numPages > limits.pages) return overLimit(`it has ${pdf.numPages} pages, more than the limit of ${limits.pages}`);
		const pages: PageRuns[] = [];
		/** Pages where pdf.js reported a damaged content stream (it reads on past the damage, losing what it could not read). */
		const damaged = new Map<number, string>();
		let runs = 0;
		let characters = 0;
		for (let number = 1; number <= pdf.numPages; number++) {
			const page = await withDamageReport(number, damaged, () => pageRuns(pdf, number));
			const pieces = page.pieces ?? page.runs.length;
			if (pieces > limits.runsPerPage) return overLimit(`page ${number} has ${pieces} pieces of text, more than the limit of ${limits.runsPerPage} per page`);
			runs += pieces;
			if (runs > limits.runs) return overLimit(`it has more than ${limits.runs} pieces of text`);
			for (const run of page.runs) characters += run.text.length;
			if (characters > limits.characters) return overLimit(`it has more than ${limits.characters} characters of text`);
			pages.push(page);
		}
		// The same watermark on a page where no text lies under it (the last page's blank foot): left out there too.
		repeatedWatermarks(pages);
		// A document set in vertical writing for the most part: each page with vertical runs is read in its columns too.
		const verticalRuns = pages.reduce((sum, page) => sum + (page.vertical ?? 0), 0);
		const visibleRuns = pages.reduce((sum, page) => sum + (page.visible ?? 0), 0);
		if (verticalRuns > visibleRuns / 2) {
			for (const [index, page] of pages.entries()) {
				// (In the columns' frame, without the rules found in the page's: a form's cells are no columns of writing.)
				const { inColumns: columns, rules: _rules, ...rest } = page;
				if (columns) pages[index] = { ...rest, ...columns, columnsDown: true };
			}
		}
		const pageChars = pages.map((page) => page.runs.reduce((n, run) => n + visibleLength(run.text), 0));
		const visible = pageChars.reduce((sum, n) => sum + n, 0);
		if (visible < Math.max(1, pdf.numPages) * MIN_CHARS_PER_PAGE) {
			return failure(`the PDF has no text layer (a scanned image?), so there is nothing to read: ${TEXT_VERSION_HINT}`);
		}
		// A font without a Unicode map gives glyph numbers as text: control characters and symbols instead of Japanese.
		const unreadable = unmappedText(pages);
		if (unreadable.share >= UNMAPPED_SHARE) {
			return failure(`${pageList(unreadable.pages)} ${unreadable.pages.length === 1 ? 'has' : 'have'} text in a font without a Unicode map (${Math.round(unreadable.share * 100)}% of the characters), so it reads as symbols, not Japanese: ${TEXT_VERSION_HINT}`);
		}
		// A page set in two columns is read column by column (its lines would otherwise interleave them), each
		// column's lines then ending at the gutter rather than near the page's right margin.
		// (A table of speakers goes on from page to page: each page is read knowing the table of the page before.)
		// (A landscape sheet of two pages side by side, each numbered at its foot, is read as those two pages.)
		const leaves = pages.flatMap((page, index) => (twoUpPages(page) ?? [page]).map((leaf) => ({ leaf, sheet: index + 1 })));
		const read: ReturnType<typeof readPage>[] = [];
		// (So is a page of a few lines under a page in two columns: its lines may be those columns' last, standing apart at its gutter.)
		for (const { leaf } of leaves) read.push(readPage(leaf.runs, read.at(-1)?.tableEdge ?? null, leaf.rules, read.at(-1)?.gutter ?? null));
		/** The sheets (the PDF's pages) where what was read of a page holds. */
		const sheetsWhere = (test: (page: ReturnType<typeof readPage>) => boolean) => [...new Set(leaves.filter((_, index) => test(read[index]!)).map(({ sheet }) => sheet))];
		// Footnotes at the foot of the pages go after the text, each a line of its own.
		// (A web page printed from a browser: the print's date, title, address and page count atop and at the foot of each page go first.)
		const unprinted = dropBrowserPrintMarks(read.map((page) => page.lines));
		const footnotes = takeFootnotes(dropPageFurniture(unprinted.pages));
		const columns = read.some((page) => page.columns);
		// (Each page's width: pages of one width share their margins; a turned page's is the page's height.)
		const widths = columns ? undefined : leaves.map(({ leaf }) => leaf.width);
		const body = linesToText(footnotes.pages, widths);
		// The footnotes under a rule of their own, as the page sets them apart: after the last turn, no one's words (they had
		// been joined to its last sentence).
		const notes = footnotes.notes.length === 0 ? '' : linesToText([footnotes.notes], widths, footnotes.pages);
		const ocr = dropOcrSpaces(notes === '' ? body : `${body.replace(/\n*$/u, '')}\n\n${FOOTNOTE_RULE}\n${notes}`);
		const cleaned = cleanText(ocr.text);
		const warnings: Diagnostic[] = [];
		if (ocr.dropped > 0) warnings.push(warning('pdf-ocr-spaces', 1, `the text layer puts a space after words of Japanese (a scan's character recognition, as Tesseract and OCRmyPDF write it): ${ocr.dropped} spaces between Japanese letters were left out; spaces beside Latin letters and digits are kept`));
		// A page without text among pages with text: a scanned page, whose words are not in the text.
		const blank = numbersWhere(pageChars, (n) => n < MIN_CHARS_PER_PAGE);
		if (blank.length > 0) {
			warnings.push(warning('pdf-page-without-text', 1, `${pageList(blank)} of ${pdf.numPages} ${blank.length === 1 ? 'has' : 'have'} no text layer (a scanned page, or a blank one?): what ${blank.length === 1 ? 'it shows is' : 'they show is'} not in the minutes; check the PDF, and if text is missing, ${TEXT_VERSION_HINT}`));
		}
		if (unreadable.pages.length > 0) {
			warnings.push(warning('pdf-unmapped-font', 1, `some text of ${pageList(unreadable.pages)} is in a font without a Unicode map and reads as symbols, not as the words printed: check ${unreadable.pages.length === 1 ? 'that page' : 'those pages'}, and if the minutes are garbled there, ${TEXT_VERSION_HINT}`));
		}
		if (unprinted.count > 0) warnings.push(warning('pdf-browser-print', 1, `a web page printed from a browser: the date, title, address and page count it printed atop and at the foot of ${unprinted.count === 1 ? 'the page' : `each of the ${unprinted.count} pages`} were left out`));
		if (footnotes.endnotes !== undefined) warnings.push(warning('pdf-endnotes', 1, `the endnotes on the last page (${pageList([leaves[footnotes.endnotes - 1]?.sheet ?? footnotes.endnotes])}, each led by a number the text cites) were set apart after the minutes' text under a rule, where they would have been read into the last turn`));
		if (footnotes.from.length > 0) warnings.push(warning('pdf-footnotes', 1, `the footnotes at the foot of ${pageList([...new Set(footnotes.from.map((leaf) => leaves[leaf - 1]?.sheet ?? leaf))])} were moved after the minutes' text, where they would have been read into a sentence running on to the next page`));
		const angled = numbersWhere(pages, (page) => (page.angled ?? 0) > 0);
		if (angled.length > 0) warnings.push(warning('pdf-angled-text', 1, `text set at an angle across ${pageList(angled)} (a watermark or a stamp such as 案 or 複製禁止) was left out of the minutes`));
		const overprinted = pages.flatMap((page) => page.overprinted ?? []).map((run) => run.text.trim());
		if (overprinted.length > 0) {
			const words = [...new Set(overprinted)].slice(0, 3).map((word) => `\`${word}\``).join(', ');
			warnings.push(warning('pdf-watermark', 1, `words set in large type over the text of ${pageList(numbersWhere(pages, (page) => (page.overprinted?.length ?? 0) > 0))} (${words}: a watermark) were left out of the minutes`));
		}
		const doubled = numbersWhere(pages, (page) => (page.doubled ?? 0) > 0);
		if (doubled.length > 0) warnings.push(warning('pdf-doubled-text', 1, `text drawn twice over itself on ${pageList(doubled)} (bold made by drawing it again) was read once`));
		const down = numbersWhere(pages, (page) => page.columnsDown === true);
		if (down.length > 0) warnings.push(warning('pdf-vertical', 1, `${pageList(down)} ${down.length === 1 ? 'is' : 'are'} set in vertical writing (縦書き): read column by column, right to left`));
		const turned = numbersWhere(pages, (page) => page.turned === true);
		if (turned.length > 0) warnings.push(warning('pdf-turned-page', 1, `${pageList(turned)} ${turned.length === 1 ? 'is' : 'are'} set a quarter turn (a landscape table): read along the turned lines`));
		const ruby = sheetsWhere((page) => page.ruby > 0);
		if (ruby.length > 0) warnings.push(warning('pdf-ruby', 1, `the readings (ruby, furigana) set small over the text of ${pageList(ruby)} were left out, where they would have been read into the text`));
		if (damaged.size > 0) {
			const [first, reason] = [...damaged][0] ?? [0, ''];
			warnings.push(warning('pdf-damaged-page', 1, `the PDF is damaged on ${pageList([...damaged.keys()])} (pdf.js: "${reason}"${damaged.size > 1 ? ` on page ${first}` : ''}): text there may be missing; check ${damaged.size === 1 ? 'that page' : 'those pages'} against the PDF, and download it again or ${TEXT_VERSION_HINT}`));
		}
		const fields = countedOn(pages, (page) => page.fields);
		if (fields.total > 0) {
			warnings.push(warning('pdf-form-fields', 1, `the values typed into ${fields.total} form ${fields.total === 1 ? 'field or text box' : 'fields and text boxes'} on ${pageList(fields.pages)} (a PDF form saved without flattening) were read where they are shown; check the record against the PDF`));
		}
		const hidden = countedOn(pages, (page) => page.hidden);
		if (hidden.total > 0) {
			const one = hidden.total === 1;
			warnings.push(warning('pdf-hidden-text', 1, `${hidden.total} ${one ? 'letter' : 'letters'} under black bars on ${pageList(hidden.pages)} (黒塗り drawn over text that is still in the PDF) ${one ? 'is' : 'are'} written as ${HIDDEN}, as the page shows ${one ? 'it' : 'them'}; check ${hidden.pages.length === 1 ? 'that page' : 'those pages'} against the PDF`));
		}
		const struck = pages.flatMap((page) => page.struck ?? []);
		if (struck.length > 0) {
			const shown = struck.slice(0, 5).map((word) => `\`${word}\``).join(', ');
			warnings.push(warning('pdf-struck-text', 1, `${struck.length} ${struck.length === 1 ? 'word' : 'words'} struck through on ${pageList(numbersWhere(pages, (page) => (page.struck?.length ?? 0) > 0))} (${shown}${struck.length > 5 ? ', …' : ''}: a correction kept struck) ${struck.length === 1 ? 'was' : 'were'} left out, as a Word document's struck words are; check against the PDF`));
		}
		const numbered = sheetsWhere((page) => page.lineNumbers);
		if (numbered.length > 0) warnings.push(warning('pdf-line-numbers', 1, `the line numbers in the left margin of ${pageList(numbered)} were left out of the text`));
		// A scan stamped with a running head and page numbers as text: once they are left out as the pages' furniture, nothing
		// is left to read (the readers would call the file empty).
		if (cleaned.text.trim() === '') return failure(`the PDF has no text layer but its pages' heads and numbers (a scanned image?), so there is nothing to read: ${TEXT_VERSION_HINT}`);
		return { ok: true, text: cleaned.text, pages: pdf.numPages, warnings: [...warnings, ...cleaned.warnings] };
	} catch (cause) {
		return failure(describeFailure(cause));
	} finally {
		await pdf.cleanup();
		await pdf.loadingTask.destroy();
	}
}

/** The worker running `extractPdfText` for `pdfToText`. */
const WORKER = new URL('./pdf-worker.ts', import.meta.url);

/**
 * Read a PDF's text (see `extractPdfText`) in a worker thread with a heap limit and a deadline:
 * a PDF that takes longer or needs more memory (a compression bomb, a hang in pdf.js) is stopped and reported.
 */
export function pdfToText(bytes: Uint8Array, limits: Readonly<PdfLimits> = PDF_LIMITS): Promise<PdfTextResult> {
	return new Promise((resolve) => {
		const worker = new Worker(WORKER, {
			workerData: { bytes, limits },
			resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
		});
		let settled = false;
		const finish = (result: PdfTextResult) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			void worker.terminate();
			resolve(result);
		};
		const timer = setTimeout(() => finish(overLimit(`reading it took longer than ${limits.timeoutMs / 1000} s`)), limits.timeoutMs);
		worker.once('message', (result: PdfTextResult) => finish(result));
		worker.once('error', (cause: Error & { code?: string }) => {
			if (cause.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(overLimit(`reading it needed more than ${limits.memoryMb} MB of memory`));
			else finish(failure(describeFailure(cause)));
		});
		worker.once('exit', (code) => finish(failure(`not a readable PDF (the reader stopped with code ${code}): download it again, or ${TEXT_VERSION_HINT}`)));
	});
}
