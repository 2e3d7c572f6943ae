/**
 * Test helper: lay a minutes text out as a ministry PDF would look (A4, margins,
 * 10.5 pt Noto Sans JP, about 40 full-width characters per line, a running
 * header on every page, `- N -` page numbers, pages breaking wherever the text
 * reaches the bottom, often mid-sentence) and write it with pdf-lib.
 */
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFString, StandardFonts, type PDFFont } from 'pdf-lib';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** A4 in points. */
const PAGE = { width: 595.28, height: 841.89 };
const SIZE = 10.5;
/** 40 full-width characters. */
const LINE_WIDTH = 40 * SIZE;
const LEFT = (PAGE.width - LINE_WIDTH) / 2;
const TOP = PAGE.height - 85;
const BOTTOM = 80;
const PITCH = 17.5;
/** Extra space before a paragraph (a blank line in the text). */
const PARAGRAPH_SPACE = 9;
const HEADER_Y = PAGE.height - 50;
const FOOTER_Y = 40;

/** What was generated, for asserting that the layout really has the hard cases. */
export interface MinutesPdf {
	bytes: Uint8Array;
	pages: number;
	/** Page breaks that fall inside a paragraph (the last line on the page is continued on the next). */
	breaksInParagraph: number;
	/** Text lines that the layout wrapped (a text line longer than one PDF line). */
	wrappedLines: number;
}

let fontBytes: Uint8Array | null = null;

/** The Noto Sans JP Regular TTF the project ships for social cards. */
async function notoSansJp(): Promise<Uint8Array> {
	fontBytes ??= new Uint8Array(await readFile(`${fontDir()}/NotoSansJP_400Regular.ttf`));
	return fontBytes;
}

/** True for a character outside ASCII (Japanese, full-width forms, …). */
const wide = (text: string): boolean => /[^\x00-\x7f]/u.test(text);

/**
 * Break a text into the units a Japanese word processor keeps together: each
 * Japanese character alone, Latin words whole. A space next to Japanese text is
 * glued to its neighbours: the PDF text layer drops a space that ends a line,
 * and between Japanese and Latin text nothing tells whether there was one, so
 * this generator never breaks there (a limitation of PDF extraction itself).
 */
function units(text: string): string[] {
	const tokens = text.match(/[\x21-\x7e]+| +|[^\x00-\x7f]/gu) ?? [];
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] ?? '';
		const next = tokens[i + 1];
		if (token.startsWith(' ') && out.length > 0 && next !== undefined && (wide(out.at(-1)?.at(-1) ?? '') || wide(next))) {
			out[out.length - 1] += token + next;
			i++;
		} else {
			out.push(token);
		}
	}
	return out;
}

/** Wrap one text line to the line width: greedy, Latin words kept whole unless longer than a line, a space at a break dropped. */
export function wrapLine(text: string, font: PDFFont, width = LINE_WIDTH, size = SIZE, spacing = 0): string[] {
	const lines: string[] = [];
	let current = '';
	const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) + [...candidate].length * spacing * size <= width;
	for (const unit of units(text)) {
		if (fits(current + unit)) {
			current += unit;
			continue;
		}
		if (/^ +$/u.test(unit)) {
			lines.push(current);
			current = '';
			continue;
		}
		if (current.trim() !== '') lines.push(current.replace(/ +$/u, ''));
		current = '';
		// A unit wider than a line (a long URL) is broken character by character.
		for (const char of unit) {
			if (!fits(current + char)) {
				lines.push(current);
				current = '';
			}
			current += char;
		}
	}
	if (current.trim() !== '' || lines.length === 0) lines.push(current.replace(/ +$/u, ''));
	return lines;
}

/** Lay out minutes text (one text line per paragraph, blank lines between) as a multi-page A4 PDF. */
/**
 * `characterSpacing` (em) sets every letter that far apart, as Word's document grid or 一太郎's fixed pitch do
 * (the PDF's Tc); the lines are wrapped with that spacing counted, so that they keep the column's width.
 */
export async function minutesPdf(text: string, options: { header: string; encrypt?: boolean; characterSpacing?: number }): Promise<MinutesPdf> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await notoSansJp(), { subset: true });
	doc.setTitle(options.header);

	const paragraphs: { lines: string[]; spaceBefore: boolean }[] = [];
	let blank = false;
	let wrappedLines = 0;
	for (const raw of text.replace(/^\uFEFF/u, '').split(/\r?\n/u)) {
		const line = raw.replace(/\s+$/u, '');
		if (line === '') {
			blank = paragraphs.length > 0;
			continue;
		}
		const lines = wrapLine(line, font, LINE_WIDTH, SIZE, options.characterSpacing ?? 0);
		if (lines.length > 1) wrappedLines++;
		paragraphs.push({ lines, spaceBefore: blank });
		blank = false;
	}

	let page = doc.addPage([PAGE.width, PAGE.height]);
	let pages = 1;
	let y = TOP;
	let breaksInParagraph = 0;
	const furnish = () => {
		// Tc is state of the page's content: drawText's own q … Q keeps it.
		if (options.characterSpacing) page.pushOperators(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [PDFNumber.of(options.characterSpacing * SIZE)]));
		page.drawText(options.header, { x: LEFT, y: HEADER_Y, size: 9, font });
		const number = `- ${pages} -`;
		page.drawText(number, { x: (PAGE.width - font.widthOfTextAtSize(number, SIZE)) / 2, y: FOOTER_Y, size: SIZE, font });
	};
	furnish();
	for (const paragraph of paragraphs) {
		if (paragraph.spaceBefore && y !== TOP) y -= PARAGRAPH_SPACE;
		paragraph.lines.forEach((line, index) => {
			if (y < BOTTOM) {
				page = doc.addPage([PAGE.width, PAGE.height]);
				pages++;
				y = TOP;
				furnish();
				if (index > 0) breaksInParagraph++;
			}
			page.drawText(line, { x: LEFT, y, size: SIZE, font });
			y -= PITCH;
		});
	}
	if (options.encrypt) encrypt(doc);
	return { bytes: await doc.save({ useObjectStreams: false }), pages, breaksInParagraph, wrappedLines };
}

/**
 * Mark the document as encrypted with the standard security handler and a user
 * password (the entries are not valid for an empty password, so a reader must ask for one).
 */
function encrypt(doc: PDFDocument): void {
	const context = doc.context;
	const filler = PDFString.of('0123456789abcdef0123456789abcdef');
	const dict = context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44, O: filler, U: filler });
	context.trailerInfo.Encrypt = context.register(dict);
	context.trailerInfo.ID = context.obj([PDFString.of('fixture-id-00001'), PDFString.of('fixture-id-00001')]);
}

/** A one-page PDF holding only a picture (what a scanner produces): no text layer at all. */
export async function imageOnlyPdf(png: Uint8Array): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const image = await doc.embedPng(png);
	const page = doc.addPage([PAGE.width, PAGE.height]);
	page.drawImage(image, { x: LEFT, y: BOTTOM, width: LINE_WIDTH, height: TOP - BOTTOM });
	return doc.save();
}

/**
 * A compression bomb: one page whose content stream, a few KB deflated, inflates to `runs` show-text
 * operators, all at one spot on the page (`1 0 0 1 50 50 Tm (a) Tj`, tens of MB), i.e. that many characters of text.
 */
export async function bombPdf(runs: number): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const font = await doc.embedFont(StandardFonts.Helvetica);
	const page = doc.addPage([PAGE.width, PAGE.height]);
	page.drawText('Bomb', { x: LEFT, y: TOP, size: SIZE, font });
	const name = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).keys()[0]?.toString() ?? '/F1';
	page.node.addContentStream(doc.context.register(doc.context.flateStream(`BT ${name} 1 Tf ${'1 0 0 1 50 50 Tm (a) Tj '.repeat(runs)} ET`)));
	return doc.save();
}
