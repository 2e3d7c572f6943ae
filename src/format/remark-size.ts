/**
 * How long a remark's text and its speaker's heading are, in em, for the page to guess the remark's height before it lays the
 * remark out: a remark far from the screen is not laid out until it comes near (global.css, `content-visibility: auto`), and a
 * guess of one size for every remark (12 rem) had grown a long meeting's page by 75 % while it was read on a 360 px phone
 * (9,448 → 16,564 px, fourteen jumps of its scrollbar). The stylesheet turns these lengths into lines at the column's width.
 */

/**
 * Width in em of a line holding `text`: a Latin letter, digit or ASCII sign 0.55 em, a half-width kana 0.5 em (Noto Sans JP, no
 * `palt`), any other letter (kana, a kanji, a full-width sign) 1 em. Read by code unit (a surrogate pair is one letter), since
 * every remark of the archive passes through it at build time.
 */
export function textEms(text: string): number {
	let ems = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit >= 0x20 && unit <= 0x7e) ems += 0.55;
		else if (unit >= 0xff61 && unit <= 0xff9f) ems += 0.5;
		else if (unit < 0xdc00 || unit > 0xdfff) ems += 1;
	}
	return ems;
}

/** The entities a remark's HTML holds, each one letter. */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/giu;
/** What starts a line of its own in a remark's text: a paragraph, a list's item, a table's row, a heading. */
const BLOCK = /<(?:p|li|tr|h[1-6]|dt|dd|blockquote|pre)[\s>]/giu;

/** A remark's size as the stylesheet reads it: its text's length in em on one line, its blocks (paragraphs, items, rows). */
export interface RemarkExtent {
	/** The text's width in em, all its letters on one line. */
	text: number;
	/** Paragraphs, items and rows: each ends a line short of the column. */
	blocks: number;
	/** The speaker's heading on one line (its label in the heading's 1.05 em, the # and a speaker's arrows), in em of the text. */
	heading: number;
}

/** The heading's font size in em of the remark's text (global.css: `h3 { font-size: 1.05rem }`). */
const HEADING_EM = 1.05;
/** The # and its margin after the label, in em of the heading. */
const MARKS = 1;
/** A speaker's arrows and their place between them (‹ 2/5 ›), in em of the heading. */
const TURNS = 3.6;

/** The extent of a remark whose text is `html` (the remark's paragraphs as the page holds them), spoken by `speaker`. */
export function remarkExtent(html: string, speaker: string, turns: boolean): RemarkExtent {
	const text = html.replace(/<[^>]*>/gu, '').replace(ENTITY, '_').replace(/\s+/gu, ' ').trim();
	const blocks = Math.max(1, html.match(BLOCK)?.length ?? 0);
	const heading = (textEms(speaker) + MARKS + (turns ? TURNS : 0)) * HEADING_EM;
	const round = (ems: number) => Math.round(ems * 10) / 10;
	return { text: round(textEms(text)), blocks, heading: round(heading) };
}
