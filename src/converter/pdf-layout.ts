/**
 * Rebuilding plain text from positioned PDF text items: lines by baseline,
 * items in a line by x, running headers/footers and page numbers dropped,
 * paragraphs split at vertical gaps, wrapped lines joined (also across pages).
 * Pure functions over plain data; `pdf.ts` feeds them pdf.js output.
 */
import { findDate, readSittingTime } from '../parser/date.ts';
import { replaceSpaceRuns } from '../parser/normalize.ts';
import { isDocumentStamp, matchSectionLine } from '../parser/sections.ts';
import { TURN_OPENING } from '../parser/turn-line.ts';
import { SYMBOL_BULLETS } from './clean-text.ts';
import type { Rule, Rules } from './pdf-redaction.ts';

/** One run of text on a page, in PDF user space (y grows upwards). */
export interface TextRun {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	width: number;
	/** Font size (em) in points. */
	size: number;
	/** The font pdf.js names for the run, when known (a font without a Unicode map gives its glyph numbers as text). */
	font?: string;
	/** The run opens a paragraph (a table's row, its speaker's label put before it). */
	opens?: true;
}

/** One visual line: its runs joined in x order, with its extent. */
export interface TextLine {
	text: string;
	/** Left edge. */
	x: number;
	/** Right edge. */
	right: number;
	y: number;
	size: number;
	/** The line opens a paragraph, whatever the line before it (a table's row). */
	opens?: true;
	/** The letter spacing of the line's page (em), when its letters are set apart. */
	tracking?: number;
	/** The line stands above or below a page's two columns, across them: set to the page's margins, not a column's. */
	across?: true;
}

/** One page of runs plus its height and width (points). */
export interface PageRuns {
	height: number;
	width: number;
	runs: TextRun[];
	/** The page's text was set a quarter turn and its runs are given in the text's own frame. */
	turned?: boolean;
	/** Visible runs (with a letter), those left out aside. */
	visible?: number;
	/** Visible runs in a vertical-writing (縦書き) font. */
	vertical?: number;
	/** The page is set in vertical writing and its runs are given in its columns' frame (each column a line, right to left). */
	columnsDown?: boolean;
	/** A page with some vertical runs, read in the frame of its columns: used when the document is set in vertical writing for the most part. */
	inColumns?: { height: number; width: number; runs: TextRun[] } | undefined;
	/** Visible runs set at an angle (a watermark or stamp drawn across the page), left out. */
	angled?: number;
	/** Words set level in type many times the text's over the text (a watermark, `取扱注意`), left out. */
	overprinted?: TextRun[];
	/** Runs drawn again over themselves (bold made by drawing the text twice), left out. */
	doubled?: number;
	/** Pieces of text pdf.js gave for the page, those left out included (what the limits count). */
	pieces?: number;
	/** Letters under black bars (黒塗り drawn over the text), written as ■. */
	hidden?: number;
	/** Form fields and text boxes whose typed values were set as runs. */
	fields?: number;
	/** Words struck through (a horizontal rule across their letters' middle), left out. */
	struck?: string[];
	/** The rules the page draws (a table's borders), in the runs' frame. */
	rules?: Rules;
}

/** Two runs share a line when their baselines differ by less than this share of the font size. */
const SAME_LINE = 0.5;
/** A gap between runs this wide (in em) is a space; about a whole em is an ideographic space. */
const SPACE_GAP = 0.15;
const IDEOGRAPHIC_SPACE_GAP = 0.8;
/** A line gap this much larger than the usual line pitch starts a new paragraph. */
const PARAGRAPH_GAP = 1.35;
/** A line that ends within this many em of the right margin was wrapped by the layout. */
const FULL_LINE = 1.2;
/** A line ending this many em past the right margin is set across it (a title over two columns), no line of the text wrapped there. */
const PAST_MARGIN = 2;
/** A line starting this many em right of the left margin is indented by one ideographic space per em. */
const INDENT = 0.8;
/** How many first and last lines of a page may be a running header or footer. */
const EDGE_LINES = 2;
/** Page numbers: `- 3 -`, `－３－`, `3`, `3/12`, `p. 3`, `(3)` is body text. */
const PAGE_NUMBER = /^(?:[-‐―−ー–—]\s*[0-9]{1,4}(?:\s*\/\s*[0-9]{1,4})?\s*[-‐―−ー–—]|[0-9]{1,4}|[0-9]{1,4}\s*(?:\/|of)\s*[0-9]{1,4}(?:\s*(?:頁|ページ))?|[pP]\.?\s*[0-9]{1,4}|[pP]age\s*[0-9]{1,4}(?:\s*(?:\/|of)\s*[0-9]{1,4})?|第?\s*[0-9]{1,4}\s*(?:頁|ページ))$/u;
/**
 * A speaker's label typed before the words with an ideographic space, a post or a role ending it (`学校教育課長　…`,
 * `池田委員　…`, `事務局　…`), as a regex source.
 */
const TYPED_LABEL = '[^\\s\\u3000：:。、「」（）()]{0,14}(?:長|員|官|理事|監事|参事|主幹|主査|主事|補佐|事務局)\\u3000+[^\\s\\u3000]';
/** A symbol font's list bullets as pdf.js gives them (U+F0B7 …), before the cleaning reads them as `・` or `→`. */
const SYMBOL_BULLET_CHARS = [...SYMBOL_BULLETS.keys()].map((code) => String.fromCodePoint(code)).join('');
/** Lines beginning like this after a finished sentence start a new line even after a full one: list bullets, marks, lenticular headings, typed labels. */
const BLOCK_START = new RegExp(`^(?:[-‐]\\s|[・●•○〇◯◆◇■□【（(※${SYMBOL_BULLET_CHARS}]|[0-9０-９]{1,2}[.．、)）]|注[0-9０-９]{1,2}[\\s\\u3000]|[^\\s\\u3000：:。、]{1,16}[：:]|${TYPED_LABEL})`, 'u');
const SENTENCE_END = /[。．.！？!?」』）)]$/u;
/**
 * A list item's bullet at a line's start (also a symbol font's, U+F0B7 …, which the cleaning reads as `・` later), its text after a
 * tab or spaces; a mark that also opens a speaker's turn or a heading (`○山田委員`, `■報告`) only with a space after it, since
 * the line after a turn's full line may be its next paragraph, indented.
 */
const LIST_BULLET = new RegExp(`^(?:[・•▪➢${SYMBOL_BULLET_CHARS}][\\s\\u3000]*|[●○◯◆◇■□→※][\\s\\u3000]+)\\S`, 'u');
/** How far in from the bullet (em) a list item's text starts, at most; and how far its wrapped lines may stray from that. */
const HANGING_REACH = 3;
const HANGING_SLACK = 0.3;
/** A list's group word alone on its line, maybe bracketed: `事務局`, `＜オブザーバー＞`, `【構成員】`. */
const GROUP_WORDS = '(?:事務局|出席者|欠席者|構成員|委員|専門委員|オブザーバー|説明員|陪席者|随行者|関係者|発表者|政府参考人|参考人)';
const GROUP_LINE = new RegExp(`^[<＜〈【［\\[（(]?${GROUP_WORDS}[>＞〉】］\\]）)]?$`, 'u');
/** A bill's or an item's number and a space opening a line (`第１号議案　…`, `議案第５号　…`, `日程第２　…`), as an agenda lists them. */
const ITEM_START = /^(?:第[0-9０-９]{1,3}号議案|(?:議案|報告|請願|陳情|承認|諮問|認定)第[0-9０-９]{1,3}号|日程第[0-9０-９一二三四五六七八九十]{1,3})[\s\u3000]/u;
/** The honorific closing a roll's entry (`吉　岡　誠　一　君`, `吉岡誠一君`). */
const ROLL_ENTRY_END = /君[\s\u3000]*$/u;
/** A number opening a line (a roll's seat, `１番`, a list's item, `（２）`). */
const NUMBER_START = /^[（(]?[0-9０-９]/u;
/** A list's group word opening a line of its members (`事務局　環境政策課長　森下　昭、…`, `【委員】　…`). */
const GROUP_START = new RegExp(`^[<＜〈【［\\[（(]?${GROUP_WORDS}[>＞〉】］\\]）)]?[\\s\\u3000：:]`, 'u');
/** A unit a Japanese layout does not break: one Japanese character or one Latin word. */
const UNIT = /^(?:[^\x00-\x7f]|[\x21-\x7e]+)/u;
const NON_ASCII = /[^\x00-\x7f]/u;
/** Punctuation a Japanese layout may hang past the right margin. */
export const HANGING = /[、。，．,.]/u;
/** Characters a Japanese line may not end with (opening brackets) or start with (closing ones, small kana, ー, 、。). */
const NO_END = '（「『【〔［｛〈《“‘';
const NO_START = '、。，．・：；？！）」』】〕］｝〉》”’ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ…‥';
/** A line's first unit under those rules: opening brackets, one wide character, and what may not start a line after it. */
const KINSOKU_UNIT = new RegExp(`^[${NO_END}]*[^\\x00-\\x7f${NO_START}][${NO_START}]*`, 'u');
/** The same without the opening brackets: one wide character and what may not start a line after it. */
const KINSOKU_TAIL = new RegExp(`^[^\\x00-\\x7f${NO_START}${NO_END}][${NO_START}]*`, 'u');
/** Rough advance widths in em, for judging whether a word would have fitted at the end of the line before. */
const WIDE_EM = 1;
const NARROW_EM = 0.6;
const SPACE_EM = 0.25;
const LATIN_END = /[\x21-\x7e]$/u;
const LATIN_START = /^[\x21-\x7e]/u;
/** Runs of printable ASCII at a line's end / start (a Latin "word" broken by the layout). */
const ASCII_TAIL = /[\x21-\x7e]+$/u;
const ASCII_HEAD = /^[\x21-\x7e]+/u;

/** Median of numbers (0 for none). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Characters each followed by one space, as pdf.js writes a run whose letters are set apart (it adds a space for any
 * gap over a tenth of an em): `○ ５ 番 （ 石 田 美 和 君 ）`, `i n t e r o p e r a b i l i t y`. Three letters at least:
 * `理事 青山 周平君` is words.
 */
const SPACED_LETTERS = /(?:[^\s] ){2,}[^\s]/gu;
/** Two letters so spaced (`閉 会`, `地 域`): on a page whose letters are all set apart, these are spaced by the layout too. */
const SPACED_PAIRS = /(?:[^\s] )+[^\s]/gu;
/** Share of a line's (or page's) characters that must be so spaced for the spaces to be the layout's, not the text's. */
const SPACED_SHARE = { line: 0.6, page: 0.5 };
/** Fewest such characters on a line for the line alone to tell. */
const SPACED_LINE_MIN = 12;

/**
 * How many characters of runs stand in runs of spaced letters, how many characters they have in all (spaces aside), and
 * whether any spaced run is prose (holds 、 or 。): a roll's names set apart cell by cell (`副 町 長 松 井 宏 行`) are no
 * spacing of the layout, and their spaces part the post from the name.
 */
function spacedLetters(runs: readonly TextRun[]): { spaced: number; all: number; prose: boolean } {
	let spaced = 0;
	let all = 0;
	let prose = false;
	for (const run of runs) {
		all += run.text.replace(/\s/gu, '').length;
		for (const match of run.text.matchAll(SPACED_LETTERS)) {
			spaced += (match[0].length + 1) / 2;
			prose ||= /[、。，．]/u.test(match[0]);
		}
	}
	return { spaced, all, prose };
}

/** True when a line's letters are set apart (a justified or gridded line of prose), judged by the line alone. */
function lineSpaced(runs: readonly TextRun[]): boolean {
	const { spaced, all, prose } = spacedLetters(runs);
	return prose && spaced >= SPACED_LINE_MIN && spaced >= all * SPACED_SHARE.line;
}

/** The word a minutes' title ends in. */
const MINUTES_WORD = '(?:会議録|議事録|議事要旨|議事概要|会議概要|会議記録|委員会記録)';
/** A minutes' title or its running head (`会議録`, `総務常任委員会記録（令和６年９月１２日）`), its letters' spacing left out. */
const MINUTES_HEADING = new RegExp(`${MINUTES_WORD}(?:[（(][^（）()]{1,30}[）)])?$`, 'u');

/**
 * True when a line is a heading whose every letter is set apart (a title spread over its width, Word's 均等割り付け, or set
 * with letter spacing: `総 務 常 任 委 員 会 記 録`): no prose, but no roll's cells either, which name no record.
 */
function spacedHeading(runs: readonly TextRun[]): boolean {
	const { spaced, all, prose } = spacedLetters(runs);
	if (prose || spaced === 0 || spaced < all) return false;
	return MINUTES_HEADING.test(runs.map((run) => run.text).join('').replace(/\s/gu, ''));
}

/**
 * How far apart (em) pdf.js's runs of spaced letters set them: runs of full-width letters only, each letter an em wide,
 * so the width beyond the letters is the spacing between them (a run's width ends at its last letter, without the
 * spacing after it). 0 for none.
 */
function spacedTrackingOf(runs: readonly TextRun[]): number {
	const found: number[] = [];
	for (const run of runs) {
		if (!/^(?:[^\s\x00-\xff\uff61-\uff9f] )+[^\s\x00-\xff\uff61-\uff9f]$/u.test(run.text)) continue;
		const letters = (run.text.length + 1) / 2;
		found.push(Math.max(0, (run.width / run.size - letters) / (letters - 1)));
	}
	return median(found);
}

/** The letters of a spaced run without the spaces pdf.js put between them; a Latin word keeps a space from Japanese beside it. */
function unspaced(letters: string): string {
	const latin = (char: string) => /[A-Za-z]/u.test(char);
	const japanese = (char: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u.test(char);
	return letters.replace(/(.) (?=(.))/gu, (_pair, before: string, after: string) => ((latin(before) && japanese(after)) || (japanese(before) && latin(after)) ? `${before} ` : before));
}

/**
 * What a page tells about its letter spacing: whether pdf.js's runs are letters set apart, and how far apart (em).
 * (pdf.js joins letters drawn one by one into such runs, so the spacing shows inside its runs, never between them.)
 */
interface PageSpacing {
	spaced: boolean;
	tracking: number;
	/** The letters are runs of their own, the spacing a space run between each two (letter spacing of about 0.6 em or more). */
	split?: true;
}

/** Fewest letters in runs of their own, spaced alike, for a page's letter spacing to be told from them. */
const SPLIT_LETTERS_MIN = 20;

/**
 * The letter spacing (em) of a page whose letters are set so far apart that pdf.js gives each as a run of its own, a space
 * run of the spacing's width between each two (`令`, ` `, `和`, ` `, …, at 0.8 em or more): most of the page's letters so, its
 * prose's punctuation among them; null for any other page. The spacing is the width most such spaces have.
 */
function splitTracking(groups: readonly TextRun[][]): number | null {
	let single = 0;
	let all = 0;
	let prose = false;
	const spaces: number[] = [];
	for (const group of groups) {
		group.forEach((run, i) => {
			const letters = [...run.text.replace(/\s/gu, '')].length;
			all += letters;
			if (letters !== 1 || [...run.text].length !== 1) return;
			const next = group[i + 1];
			const before = group[i - 1];
			const spaced = (other: TextRun | undefined) => other !== undefined && other.text.trim() === '' && other.size > 0;
			if (!spaced(next) && !spaced(before)) return;
			single++;
			prose ||= /[、。，．]/u.test(run.text);
			if (next && spaced(next)) spaces.push(next.width / next.size);
		});
	}
	if (!prose || single < SPLIT_LETTERS_MIN || single < all * SPACED_SHARE.page) return null;
	const tracking = median(spaces);
	return tracking >= IDEOGRAPHIC_SPACE_GAP - SPACE_GAP ? tracking : null;
}

/** Join the runs of one line in x order, turning gaps into a space (or `　` for an em-wide gap). */
function joinRuns(runs: readonly TextRun[], readings: readonly TextRun[] = [], page: PageSpacing = { spaced: false, tracking: 0 }): string {
	// A title spread so wide that pdf.js gives each letter as a run of its own (`会`, `議`, `録` over the page's width).
	const letters = runs.filter((run) => run.text.trim() !== '');
	if (letters.length >= 2 && letters.every((run) => [...run.text].length === 1) && MINUTES_HEADING.test(letters.map((run) => run.text).join(''))) return letters.map((run) => run.text).join('');
	// The spaces pdf.js put between letters a layout sets apart are no part of the text (the page's, one line of prose, or a title).
	const despace = page.spaced || lineSpaced(runs) || spacedHeading(runs);
	// That spacing is taken off every gap before it is read as a space.
	const tracking = page.spaced ? page.tracking : despace ? spacedTrackingOf(runs) : 0;
	let text = '';
	let end: number | null = null;
	for (const run of runs) {
		// pdf.js reports ideographic spaces as a " " run about one em wide each (a table's cells are often two or more apart);
		// set apart, each space is that spacing wider, and the letter before it gives the run its spacing too.
		// (A space run of the spacing alone, between two letters each a run of its own, is that spacing: no space.)
		if (page.split && run.text.trim() === '' && Math.abs(run.width / run.size - tracking) < SPACE_GAP) {
			end = run.x + run.width;
			continue;
		}
		const piece =
			run.text.trim() === ''
				? run.width / run.size - tracking >= IDEOGRAPHIC_SPACE_GAP
					? '\u3000'.repeat(Math.max(1, Math.round((run.width / run.size - tracking) / (1 + tracking))))
					: ' '
				: despace
					? run.text.replace(page.spaced ? SPACED_PAIRS : SPACED_LETTERS, unspaced).replace(/ ?(\u3000+) ?/gu, '$1')
					: run.text;
		// A gap or a space under a reading is the text spread to the reading's width (`逓信省` under `ていしんしょう`), no space;
		// a reading that only overhangs its letter into the space beside it (`かおる` over `薫` in `早乙女　薫`) leaves that space,
		// and so do the spaces pdf.js puts between readings (a reading's line is runs of kana and of spaces).
		const under = (from: number, to: number) =>
			readings.some((reading) => reading.text.trim() !== '' && reading.y > run.y && reading.y - run.y <= run.size * RUBY_RISE.max && reading.x < (from + to) / 2 && reading.x + reading.width > (from + to) / 2);
		if (run.text.trim() === '' && under(run.x, run.x + run.width)) {
			end = run.x + run.width;
			continue;
		}
		const spread = end !== null && under(end, run.x);
		if (end !== null && !spread && !/\s$/u.test(text) && !/^\s/u.test(piece)) {
			const gap = (run.x - end) / run.size - tracking;
			if (gap >= IDEOGRAPHIC_SPACE_GAP) text += '\u3000'.repeat(Math.max(1, Math.round(gap)));
			else if (gap >= SPACE_GAP) text += ' ';
		}
		// (So is a space pdf.js puts inside a run where a reading spread its letters, `北川 委員` under `きたがわ`: each letter
		// before it an em wide, the space stands where it is, and under the reading it is no space; the name had been split.)
		text += readings.length === 0 || !piece.includes(' ') ? piece : piece.replace(SPACE_IN_WORDS, (space, offset: number) => (under(run.x + offset * run.size, run.x + (offset + 0.5) * run.size) ? '' : space));
		end = run.x + run.width;
	}
	return text.replace(/[ \t]+$/u, '');
}

/** A half-width space between two Japanese letters. */
const SPACE_IN_WORDS = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/** Group a page's runs into lines: top to bottom by baseline, each line left to right. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
	return linesOf(baselineGroups(runs));
}

/** The lines of runs grouped by baseline. */
function linesOf(groups: readonly TextRun[][], readings: readonly TextRun[] = []): TextLine[] {
	const lines: TextLine[] = [];
	const letters = spacedLetters(groups.flat());
	const spaced = letters.prose && letters.spaced >= letters.all * SPACED_SHARE.page;
	const split = spaced ? null : splitTracking(groups);
	const page: PageSpacing = split !== null ? { spaced: true, tracking: split, split: true } : { spaced, tracking: spaced ? spacedTrackingOf(groups.flat()) : 0 };
	for (const group of groups) {
		const inOrder = withNoteMarks(group);
		const text = joinRuns(inOrder, readings, page);
		if (text.trim() === '') continue;
		// (The line's baseline is its text's, not a note mark's raised over it.)
		const first = inOrder.find((run) => run.text.trim() !== '' && !NOTE_MARK_READ.test(run.text)) ?? inOrder.find((run) => run.text.trim() !== '') ?? inOrder[0];
		if (!first) continue;
		lines.push({
			text: text.replace(/^\s+/u, ''),
			x: first.x,
			right: Math.max(...inOrder.map((run) => run.x + run.width)),
			y: first.y,
			size: median(inOrder.map((run) => run.size)),
			...(page.tracking > 0 ? { tracking: page.tracking } : {}),
			...(inOrder.some((run) => run.opens) ? { opens: true as const } : {}),
		});
	}
	return lines;
}

/** A note's number: digits, or small roman numerals as LibreOffice numbers endnotes (`i`, `ii`, `iv`). */
const NOTE_LABEL = '[0-9０-９]{1,2}|[ivx]{1,5}';
/** A note's number set as a superscript (Word's and LibreOffice's footnote references and marks): the number alone in its run. */
const NOTE_NUMBER = new RegExp(`^(?:${NOTE_LABEL})$`, 'u');
/** A superscript is set at most this share of the text's size beside it … */
const SUPERSCRIPT_SIZE = 0.75;
/** … its baseline at least this share of that size above the text's. */
const SUPERSCRIPT_RISE = 0.2;
/** A note mark as read: `[1]`, as a Word document's notes are read. */
const NOTE_MARK_READ = new RegExp(`^\\[(?:${NOTE_LABEL})\\]$`, 'u');

/**
 * A line's runs with each note number set as a superscript read as a note mark, `[1]` (a footnote's reference in the
 * text, `…成立しております[1]。`, and the mark leading the note at the page's foot, `[1] くすのき市…条例…による。`), as a
 * Word document's notes are read: the digit had run into the text (`おります1。`) and the note at the foot, without a mark
 * the footnotes are told by, into the sentence running on to the next page. A raised number after a Latin letter is a
 * power (`m2`), no note.
 */
function withNoteMarks(runs: readonly TextRun[]): readonly TextRun[] {
	const text = runs.filter((run) => run.text.trim() !== '');
	if (text.length < 2) return runs;
	// (The text's size the largest on the line: a note's line may be its mark and one run of words.)
	const body = Math.max(...text.map((run) => run.size));
	const baseline = median(text.filter((run) => run.size >= body * 0.9).map((run) => run.y));
	let before = '';
	return runs.map((run) => {
		const latin = /[A-Za-z]$/u.test(before.trimEnd());
		if (run.text.trim() !== '') before = run.text;
		const raised = NOTE_NUMBER.test(run.text.trim()) && run.size <= body * SUPERSCRIPT_SIZE && run.y - baseline >= body * SUPERSCRIPT_RISE;
		return raised && !latin ? { ...run, text: `[${run.text.trim()}]` } : run;
	});
}

/**
 * A gap between runs of one line this wide (em) may be the gutter between two columns: Word's default 段の間隔 is 2字, which
 * float error and justification leave a little under 2 em.
 */
const GUTTER_GAP = 1.5;
/** Share of a page's lines (and at least this many) that must show the same gutter for the page to be read as two columns. */
const COLUMN_EVIDENCE = { share: 0.4, lines: 5 } as const;
/** Fewest lines beside a short right column, the left column's lines under it ending at the gutter (at least `COLUMN_EVIDENCE.lines`). */
const SHORT_COLUMN_LINES = 2;
/** Visible characters each side of the gutter holds on a typical line of prose columns (a table's cells hold fewer). */
const COLUMN_TEXT = 8;

/** Where a run's column ends: its right edge without the punctuation hung into the gutter (`、` `。` set an em past the column's edge). */
function columnEnd(run: TextRun): number {
	return run.x + run.width - (HANGING.test(run.text.at(-1) ?? '') ? run.size : 0);
}

/** Runs of a page in baseline groups, top to bottom, each left to right. */
function baselineGroups(runs: readonly TextRun[]): TextRun[][] {
	const sorted = runs.filter((run) => run.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
	const groups: TextRun[][] = [];
	for (const run of sorted) {
		const last = groups.at(-1);
		const anchor = last?.[0];
		if (last && anchor && Math.abs(anchor.y - run.y) < Math.max(anchor.size, run.size) * SAME_LINE) last.push(run);
		else groups.push([run]);
	}
	for (const group of groups) group.sort((a, b) => a.x - b.x);
	return groups;
}

/** Visible characters of runs. */
function visibleChars(runs: readonly TextRun[]): number {
	let n = 0;
	for (const run of runs) for (const char of run.text) if (char.trim() !== '') n++;
	return n;
}

/**
 * The x of the gutter when a page is set in two columns (lines of prose side by side, as some 議事録 and
 * assembly bulletins are printed), else null. Read across, each line would interleave the columns.
 */
function findGutter(baseline: readonly TextRun[][]): number | null {
	const groups = baseline.filter((group) => visibleChars(group) > 0);
	if (groups.length < COLUMN_EVIDENCE.lines) return null;
	const left = Math.min(...groups.map((group) => group[0]?.x ?? 0));
	const right = Math.max(...groups.flatMap((group) => group.map((run) => run.x + run.width)));
	const third = (right - left) / 3;
	// Each line's widest gap in the middle third of the text.
	const gaps: { from: number; to: number; size: number; line: TextRun[] }[] = [];
	for (const group of groups) {
		const visible = group.filter((run) => run.text.trim() !== '');
		let widest: { from: number; to: number; size: number } | null = null;
		for (let i = 1; i < visible.length; i++) {
			const before = visible[i - 1]!;
			const after = visible[i]!;
			const from = columnEnd(before);
			const to = after.x;
			const middle = (from + to) / 2;
			if ((to - from) / after.size >= GUTTER_GAP && middle > left + third && middle < right - third && (!widest || to - from > widest.to - widest.from)) widest = { from, to, size: after.size };
		}
		if (widest) gaps.push({ ...widest, line: visible });
	}
	// A line all on one side of the text's middle tells nothing either way (the left column's lines beside the end of a
	// short right column, on the last page): the share is of the lines with text on both sides or across the middle.
	const middle = (left + right) / 2;
	const twoSided = groups.filter((group) => {
		const visible = group.filter((run) => run.text.trim() !== '');
		return !visible.every((run) => columnEnd(run) <= middle) && !visible.every((run) => run.x >= middle);
	}).length;
	const needed = Math.max(COLUMN_EVIDENCE.lines, twoSided * COLUMN_EVIDENCE.share);
	if (gaps.length < Math.min(needed, SHORT_COLUMN_LINES)) return null;
	// The x most of those gaps share.
	let gutter = median(gaps.map((gap) => (gap.from + gap.to) / 2));
	let sharing = gaps.filter((gap) => gap.from <= gutter && gutter <= gap.to);
	// A right column of a few lines (the last page's) shows few gaps: the left column's lines under them, each ending at
	// the gutter as those beside the right column do, show it too.
	let edge = median(sharing.map((gap) => gap.from));
	// Beside a short right column the left column's lines may end anywhere (the title's second line, the header's fields),
	// so their gaps share no middle: the right column's lines all start at its edge, and the gutter runs just before it.
	if (sharing.length < needed) {
		const start = median(gaps.map((gap) => gap.to));
		const aligned = gaps.filter((gap) => Math.abs(gap.to - start) < SAME_LINE * gap.size);
		if (aligned.length > sharing.length) {
			sharing = aligned;
			gutter = start - (GUTTER_GAP / 2) * median(aligned.map((gap) => gap.size));
			edge = Math.max(...aligned.map((gap) => gap.from));
		}
	}
	const fullLeft = groups.filter((group) => {
		const visible = group.filter((run) => run.text.trim() !== '');
		const end = Math.max(...visible.map(columnEnd));
		return visible.length > 0 && end <= middle && Math.abs(end - edge) < FULL_LINE * (visible[0]?.size ?? 0);
	}).length;
	if (sharing.length < needed && !(sharing.length >= SHORT_COLUMN_LINES && fullLeft >= COLUMN_EVIDENCE.lines)) return null;
	// Prose on both sides, not the cells of a table.
	const leftText = median(sharing.map((gap) => visibleChars(gap.line.filter((run) => run.x + run.width <= gutter))));
	const rightText = median(sharing.map((gap) => visibleChars(gap.line.filter((run) => run.x >= gutter))));
	if (leftText >= COLUMN_TEXT && rightText >= COLUMN_TEXT) return gutter;
	// (Or short lines on the left, a roll set in the left column, beside the right column's prose: the turns begun there.)
	return rightText >= COLUMN_TEXT ? proseRightColumn(sharing.map((gap) => gap.line), gutter, middle) : null;
}

/**
 * The gutter of the page before, when this page's few lines (a section's last lines, balanced into two short columns on the
 * last page) stand apart at it: at least `SHORT_COLUMN_LINES` lines with a gutter's gap there and prose on both sides, and
 * no line of the columns across it; else null. Too few to show a gutter of their own, they had been read across.
 */
function carriedGutter(baseline: readonly TextRun[][], known: number): number | null {
	const visible = baseline.map((group) => group.filter((run) => run.text.trim() !== '')).filter((group) => group.length > 0);
	const split = visible.filter((group) => {
		const before = group.filter((run) => columnEnd(run) <= known);
		const after = group.filter((run) => run.x >= known);
		const gap = (after[0]?.x ?? 0) - Math.max(...before.map(columnEnd));
		return before.length + after.length === group.length && before.length > 0 && after.length > 0 && gap / (after[0]?.size ?? 1) >= GUTTER_GAP;
	});
	// (A running head above them and a page number below stand across the gutter, as on any page of columns.)
	const first = visible.indexOf(split[0] ?? []);
	const last = visible.indexOf(split.at(-1) ?? []);
	const crossed = visible.slice(first, last + 1).some((group) => group.some((run) => run.x < known && columnEnd(run) > known));
	if (split.length < SHORT_COLUMN_LINES || crossed) return null;
	const leftText = median(split.map((group) => visibleChars(group.filter((run) => columnEnd(run) <= known))));
	const rightText = median(split.map((group) => visibleChars(group.filter((run) => run.x >= known))));
	return leftText >= COLUMN_TEXT && rightText >= COLUMN_TEXT ? known : null;
}

/** How far past the text's middle (em) the right column of two may start: half the gutter, Word's 2字 or a little more. */
const RIGHT_COLUMN_START = 3;
/** Share of the right side's lines that must run to its margin, and share that must hold a sentence's 、 or 。, for prose. */
const PROSE_SHARE = 0.5;

/**
 * The gutter before a right column of prose beside short lines on the left (a page's first column holding the roll,
 * `委員　　上　村　俊　介`, as the turns begin in the second), else null: the right side's lines start at one x just past the
 * text's middle, most run to one right margin and hold a sentence's 、 or 。. A table's second column (an affiliation beside
 * each name) starts anywhere, ends ragged and holds no sentences; read across, the page had interleaved both columns.
 */
function proseRightColumn(lines: readonly TextRun[][], gutter: number, middle: number): number | null {
	const sides = lines.map((line) => line.filter((run) => run.x >= gutter && run.text.trim() !== '')).filter((side) => side.length > 0);
	if (sides.length < COLUMN_EVIDENCE.lines) return null;
	const size = median(sides.map((side) => side[0]?.size ?? 0));
	const start = median(sides.map((side) => side[0]?.x ?? 0));
	if (start < middle || start > middle + RIGHT_COLUMN_START * size) return null;
	const ends = sides.map((side) => Math.max(...side.map(columnEnd)));
	const margin = Math.max(...ends);
	const full = ends.filter((end) => margin - end < FULL_LINE * size).length;
	const sentences = sides.filter((side) => /[、。]/u.test(side.map((run) => run.text).join(''))).length;
	return full >= sides.length * PROSE_SHARE && sentences >= sides.length * PROSE_SHARE ? start - (GUTTER_GAP / 2) * size : null;
}

/** Visible characters of a long run of a table's text column, whose left edge gives the column's. */
const COLUMN_RUN = 8;
/** Lines that must start at the text column's edge for a page to be read as a table of speakers and their words. */
const TABLE_LINES = 5;
/** The longest speaker's cell (visible characters of one line of it). */
const LABEL_CELL = 16;
/** Words of a table's header row (`発言者｜発言内容`), which head the columns and are no speaker. */
const SPEAKER_HEADER = '(?:発言者名?|氏名|委員名|発言者・所属)';
const TABLE_HEADER = new RegExp(`^${SPEAKER_HEADER}$`, 'u');
/** How far (em) the words beside a speaker's cell may start from the column's edge. */
const EDGE_SLACK = 0.25;
/** The most lines (in line pitches) a speaker's cell spans. */
const CELL_LINES = 2.5;
/** The whole header row, which a table repeats atop each page it runs on. */
const TABLE_HEADER_ROW = new RegExp(`^${SPEAKER_HEADER}(?:発言内容|発言要旨|発言の要旨|内容|意見|意見等|発言)$`, 'u');

/**
 * A table of speakers and their words (a 議事要旨 drawn as `発言者｜発言内容`, each name centred in its cell, so that its
 * baseline falls among the lines of the words): each speaker's cell is moved onto the first line of its row, before
 * the words, as typed minutes write a speaker's label; null when the page has no such table. The text column's edge
 * is where most long lines start; a speaker's cell is short text wholly left of it on a line whose other text starts at
 * that edge; the rows are the runs of the column's lines apart by more than a paragraph's gap, and a cell goes to the
 * row whose lines it stands among (a cell on two lines, `事務局` / `（小池課長）`, as one label).
 */
function attachLabelColumn(groups: readonly TextRun[][], known: number | null): { groups: TextRun[][]; edge: number } | null {
	const visible = (run: TextRun) => run.text.trim() !== '';
	const starts = new Map<number, number>();
	for (const group of groups) {
		const long = group.find((run) => visible(run) && visibleChars([run]) >= COLUMN_RUN);
		const x = long ? Math.round(long.x) : null;
		if (x !== null) starts.set(x, (starts.get(x) ?? 0) + 1);
	}
	const [found, count] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
	// The table of the page before goes on (its last rows on a page of their own): its column's edge, wherever a line starts there.
	const carried = known !== null && [...starts.keys()].some((x) => Math.abs(x - known) <= 1);
	if (count < TABLE_LINES && !carried) return null;
	const edge = count < TABLE_LINES && known !== null ? known : found;
	const inColumn = (run: TextRun) => run.x >= edge - run.size * 0.5;
	const labels: TextRun[] = [];
	for (const group of groups) {
		const shown = group.filter(visible);
		const left = shown.filter((run) => run.x + run.width <= edge - run.size * 0.3);
		if (left.length === 0 || left.length + shown.filter(inColumn).length !== shown.length) continue;
		// A speaker's cell stands alone before the words, which start at the column's edge: short words of a roll
		// (`事務局　　住民課長　宇都宮　豊、…`, the name past the edge by a letter) are no cell, nor words set apart in it.
		const words = shown.find(inColumn);
		if (words && Math.abs(words.x - edge) > words.size * EDGE_SLACK) continue;
		if (left.some((run, i) => /\S[\s\u3000]{2,}\S/u.test(run.text) || (i > 0 && run.x - ((left[i - 1]?.x ?? 0) + (left[i - 1]?.width ?? 0)) >= run.size * GUTTER_GAP))) continue;
		const text = left.map((run) => run.text.trim()).join('');
		if ([...text].length > LABEL_CELL || /[。、]/u.test(text) || TABLE_HEADER.test(text)) continue;
		labels.push(...left);
	}
	const least = carried ? 1 : 2;
	if (labels.length < least) return null;
	if (!carried && (typedLabels(groups, labels, edge) || wrapsUnderLabels(groups, labels, edge))) return null;
	// The column's lines, top to bottom, cut into rows where the gap between two lines is wider than a paragraph's.
	const isHeaderRow = (group: readonly TextRun[]) => TABLE_HEADER_ROW.test(group.map((run) => run.text).join('').replace(/[\s\u3000]/gu, ''));
	const isLabel = new Set(labels);
	const lines = groups.filter((group) => !isHeaderRow(group)).map((group) => group.filter((run) => visible(run) && !isLabel.has(run) && inColumn(run))).filter((runs) => runs.length > 0);
	const ys = lines.map((runs) => runs[0]?.y ?? 0);
	// The line pitch: the gap most lines of a row are apart by, the lower quarter of the gaps (a page of few lines has
	// as many gaps between rows as within them).
	const gaps = ys.slice(1).map((y, i) => (ys[i] ?? 0) - y).filter((gap) => gap > 0).sort((a, b) => a - b);
	const pitch = gaps[Math.floor((gaps.length - 1) / 4)] ?? 0;
	// Blocks of the column's lines, cut where the gap between two lines is wider than a paragraph's (rows set well apart).
	const blocks: { start: number; end: number }[] = [];
	ys.forEach((y, i) => {
		const block = blocks.at(-1);
		if (block && (ys[block.end] ?? 0) - y <= pitch * PARAGRAPH_GAP) block.end = i;
		else blocks.push({ start: i, end: i });
	});
	// A block is a row, its labels one cell; a block whose labels are spread over more than a cell's lines holds rows set
	// close (Word's default table, a rule apart; a column of labels without a gap between turns), cut at its cells.
	const labelLines = baselineGroups(labels);
	const rows = blocks.flatMap((block) => {
		const within = (line: readonly TextRun[]) => (line[0]?.y ?? 0) <= (ys[block.start] ?? 0) + pitch * 0.5 && (line[0]?.y ?? 0) >= (ys[block.end] ?? 0) - pitch * 0.5;
		const first = labelLines.findIndex(within);
		let last = labelLines.findLastIndex(within);
		if (first < 0) return [{ ...block, labels: [] }];
		// (A cell of more lines than the row's part on a page stands out below it: `日本旅館協会` / `みなと支部（オブザ` / `ーバー）`;
		// never a numbered heading under the table, `４　議事`, its number a run apart.)
		while (last + 1 < labelLines.length && !numberedHeading(labelLines[last + 1] ?? []) && (labelLines[last]?.[0]?.y ?? 0) - (labelLines[last + 1]?.[0]?.y ?? 0) <= pitch * 1.2 && !blocks.some((other) => other !== block && (labelLines[last + 1]?.[0]?.y ?? 0) >= (ys[other.end] ?? 0) - pitch * 0.5 && (labelLines[last + 1]?.[0]?.y ?? 0) <= (ys[other.start] ?? 0) + pitch * 0.5)) last++;
		const inBlock = labelLines.slice(first, last + 1);
		return closeRows(block, ys, labelCells(inBlock, pitch), pitch, edge) ?? [{ ...block, labels: inBlock.flat() }];
	});
	const cells = new Map<(typeof rows)[number], TextRun[]>();
	for (const row of rows) if (row.labels.length > 0) cells.set(row, row.labels);
	if (cells.size < least) return null;
	// One cell a row, of a line or two: labels spread over more of a row are each before their own lines (a typed
	// record whose paragraphs run on without a gap), no table's cells.
	for (const cell of cells.values()) {
		const ys = cell.map((label) => label.y);
		if (Math.max(...ys) - Math.min(...ys) > pitch * CELL_LINES) return null;
	}
	// A cell already on its row's first line reads right as it is (a label typed before the words); only a cell that
	// stands lower (centred in a tall row, or on two lines) is moved.
	for (const [row, cell] of cells) if (cell.every((label) => Math.abs(label.y - (ys[row.start] ?? 0)) < label.size * SAME_LINE)) cells.delete(row);
	if (cells.size === 0) return null;
	const moved = new Set([...cells.values()].flat());
	// Each label goes before its row's first words, in the same run (read as `森田会長　　ただいまから…`): the line keeps
	// its place and width, so that the column's lines still wrap at its margin and join.
	const labelled = new Map([...cells].map(([row, cell]) => [lines[row.start]?.[0], cell.sort((a, b) => b.y - a.y || a.x - b.x).map((run) => run.text.trim()).join('')]));
	const out = groups.map((group) => group.filter((run) => !moved.has(run)).map((run) => (labelled.has(run) ? { ...run, text: `${labelled.get(run)}\u3000\u3000${run.text}`, opens: true as const } : run)));
	// The header row (`発言者｜発言内容`) heads the columns; a sentence would run into it where it repeats atop a page.
	return { groups: out.filter((group) => group.length > 0 && !isHeaderRow(group)), edge };
}

/** The gap (em) between a typed label and its words: a space or two (`○田辺座長　はい、…`). */
const TYPED_GAP = 1.5;

/**
 * True when the labels found before the column's edge are typed before their words, not a table's cells: each ends a
 * space or two before its words, and other lines' labels end so before words that start elsewhere (`○石原構成員　石原
 * です。…`, the words a letter past the edge). Turns whose labels are as long as each other only meet at one edge by
 * chance (a bold label drawn apart from its words); a table sets its words at the column's edge whatever the name's length.
 */
function typedLabels(groups: readonly TextRun[][], labels: readonly TextRun[], edge: number): boolean {
	const isLabel = new Set(labels);
	let off = 0;
	for (const group of groups) {
		const shown = group.filter((run) => run.text.trim() !== '').sort((a, b) => a.x - b.x);
		const [first, second] = shown;
		if (!first || !second || visibleChars([first]) > LABEL_CELL || first.x >= edge - first.size * 0.5) continue;
		const gap = (second.x - (first.x + first.width)) / first.size;
		if (isLabel.has(first)) {
			if (gap > TYPED_GAP) return false;
		} else if (gap >= 0 && gap <= TYPED_GAP && Math.abs(second.x - edge) > second.size * EDGE_SLACK && TURN_OPENING.test(first.text.trim())) off++;
	}
	return off > 0;
}

/**
 * True when a turn's words wrap back under the labels found before the column's edge (`小鳥遊課長　資料に沿って…重` /
 * `ねてまいりましたが、…`): below the first label, a line of no label that starts where the labels do and runs well past
 * the edge, under a line that reaches the text's right edge. Typed turns whose labels are as long as each other, then,
 * no table: a table keeps its words in their column (its rows had been found among lines set wider apart around a
 * ruby over a name, and two turns' labels read as one cell before one turn's words).
 */
function wrapsUnderLabels(groups: readonly TextRun[][], labels: readonly TextRun[], edge: number): boolean {
	const isLabel = new Set(labels);
	const left = Math.min(...labels.map((run) => run.x));
	const top = Math.max(...labels.map((run) => run.y));
	const shownOf = (group: readonly TextRun[] | undefined) => (group ?? []).filter((run) => run.text.trim() !== '');
	const end = (runs: readonly TextRun[]) => Math.max(...runs.map((run) => run.x + run.width));
	const right = Math.max(...groups.map((group) => shownOf(group)).filter((shown) => shown.length > 0).map(end));
	return groups.some((group, i) => {
		const shown = shownOf(group);
		const [first] = shown;
		if (!first || first.y >= top || shown.some((run) => isLabel.has(run)) || Math.abs(first.x - left) > first.size * 0.5) return false;
		if (end(shown) < edge + first.size * COLUMN_RUN) return false;
		const above = shownOf(groups[i - 1]);
		return above.length > 0 && (right - end(above)) / first.size < FULL_LINE;
	});
}

/** Rows set close apart by more than this share of the line pitch are a rule apart (Word's default table: the rule, no padding). */
const RULED_ROW = 1.015;
/** How far (line pitches) a row's middle may be from its speaker's cell's middle, the cell centred in its row. */
const CENTRED = 0.35;

/** A block's label lines in cells: lines a line pitch apart are one cell (`事務局` / `（観光企画課長）`), a cell of a few lines at most. */
function labelCells(labelLines: readonly TextRun[][], pitch: number): TextRun[][][] {
	const cells: TextRun[][][] = [];
	for (const line of labelLines) {
		const cell = cells.at(-1);
		const y = line[0]?.y ?? 0;
		const top = cell?.[0]?.[0]?.y ?? 0;
		const last = cell?.at(-1)?.[0]?.y ?? 0;
		if (cell && last - y <= pitch * 1.2 && top - y <= pitch * CELL_LINES) cell.push(line);
		else cells.push([line]);
	}
	return cells;
}

/**
 * True for a label line that opens a field, an item or a turn of its own (`開催場所` under `開催日時`, `２．場` under `１．日`
 * where the label was set apart from the rest of its word, `１．日　時`; `○田辺座長` under `○石原構成員`): no rest of the name above it, however near the
 * column's edge that name ends (the two had been read as one cell, `開催日時開催場所` before the first line's value).
 */
function opensField(line: readonly TextRun[]): boolean {
	const text = line.map((run) => run.text.trim()).join('');
	// (`○田辺座長` under `○石原構成員`: a turn's mark opens the next speaker's label.)
	if (TURN_OPENING.test(text) && !text.startsWith('【')) return true;
	const section = matchSectionLine(text);
	return section !== null && (section.key !== null || section.number !== null);
}

/**
 * A label line's first word with its numbers folded (`第#号議案` for `第１号議案`, `理事` for `理事` `岸本`): a line under one of
 * the same shape is a cell of its own, the next item or the next member of a list set beside its words, never the rest of
 * a name too long for its line (`第１号議案第２号議案第３号議案` had been read as one speaker's cell before the items' words).
 */
function labelShape(line: readonly TextRun[]): string {
	return (line.find((run) => run.text.trim() !== '')?.text.trim() ?? '').replace(/[0-9０-９一二三四五六七八九十]+/gu, '#');
}

/** True for a label line that ends as a speaker's label typed whole does, with a colon (`岸本理事：`): no name runs on under it. */
function closesLabel(line: readonly TextRun[]): boolean {
	return /[：:]$/u.test(line.map((run) => run.text).join('').trim());
}

/** True for a line of runs that reads as a numbered heading, its runs a space apart (`４` `議事`, `５` `配付資料`). */
function numberedHeading(line: readonly TextRun[]): boolean {
	const text = line.map((run) => run.text.trim()).filter((text) => text !== '').join('\u3000');
	return text.length <= 40 && (matchSectionLine(text)?.number ?? null) !== null;
}

/**
 * True for a header's heading alone on its line (`議題`, `議　題`, `配布資料`, `議事`), which opens the part under it: after a
 * roll's or a field's line that reaches the margin by chance (`事務局　…、環境政策課主査　大谷　恵`) it had been read as the
 * roll's last words (`大谷　恵　議題`), its items members of the roll.
 */
function isHeadingAlone(text: string): boolean {
	const line = text.trim();
	const section = line.length <= 10 ? matchSectionLine(line) : null;
	return section !== null && section.key !== null && section.rest === '' && section.number === null && line.replace(/[\s\u3000]/gu, '') !== '内容';
}

/** True for a line that opens a header's field the parser knows with its value after it (`開催日時　令和…`, `場所：…`). */
function opensHeaderField(text: string): boolean {
	const section = text.length <= 400 ? matchSectionLine(text) : null;
	return section !== null && section.key !== null && section.key !== 'body' && section.rest !== '';
}

/**
 * The rows of a block of a table's lines set close, one a cell, as line ranges with their labels; null when its cells
 * tell none. In a ruled table each cell is centred in its row, whose lines end where the next row starts a rule lower
 * than the line pitch; in a column of labels each cell's first line is level with its row's first line. Lines above
 * the first cell's row (the rest of a row of the page before) are a row without a label.
 */
function closeRows(block: { start: number; end: number }, ys: readonly number[], cells: readonly TextRun[][][], pitch: number, edge: number): { start: number; end: number; labels: TextRun[] }[] | null {
	const y = (i: number) => ys[i] ?? 0;
	const level = (line: readonly TextRun[]) => ys.some((at, i) => i >= block.start && i <= block.end && Math.abs(at - (line[0]?.y ?? 0)) < (line[0]?.size ?? 0) * SAME_LINE);
	// A cell whose every line is level with a line of the words is a cell a line, fields of a form `会議名` / `開催日時` among
	// them, but for a bracketed post under a name (`吉富委員` / `（保険医代表）`) or the rest of a name too long for its line.
	const own = cells.flatMap((cell) => {
		if (!cell.every(level)) return [cell];
		const split: TextRun[][][] = [];
		for (const line of cell) {
			const before = split.at(-1)?.at(-1);
			const full = before !== undefined && Math.max(...before.map((run) => run.x + run.width)) >= edge - (before[0]?.size ?? 0) * 2.5;
			if (before && (/^[（(〔［【]/u.test(line[0]?.text.trim() ?? '') || (full && !opensField(line) && !closesLabel(before) && labelShape(line) !== labelShape(before)))) split.at(-1)?.push(line);
			else split.push([line]);
		}
		return split;
	});
	const top = (cell: readonly TextRun[][]) => cell[0]?.[0]?.y ?? 0;
	const bottom = (cell: readonly TextRun[][]) => cell.at(-1)?.[0]?.y ?? 0;
	const size = (cell: readonly TextRun[][]) => cell[0]?.[0]?.size ?? 0;
	// One cell on the block's first line or centred in it: the block is its row (null: the caller keeps it whole).
	const [only] = own;
	if (!only || (own.length === 1 && (Math.abs(top(only) - y(block.start)) < size(only) * SAME_LINE || Math.abs((y(block.start) + y(block.end)) / 2 - (top(only) + bottom(only)) / 2) <= pitch * CENTRED))) return null;
	const rowsOf = (of: readonly TextRun[][][], firsts: readonly number[], ends: readonly number[]) => {
		const found = of.map((cell, k) => ({ start: firsts[k] ?? 0, end: ends[k] ?? 0, labels: cell.flat() }));
		return (firsts[0] ?? 0) > block.start ? [{ start: block.start, end: (firsts[0] ?? 0) - 1, labels: [] }, ...found] : found;
	};
	// Centred: from each row's first line, the end (a rule's gap below it, or the block's end) that centres the row on its cell.
	const ruled = (i: number) => i === block.end || y(i) - y(i + 1) > pitch * RULED_ROW;
	const centred = (): ReturnType<typeof rowsOf> | null => {
		const firsts: number[] = [];
		const ends: number[] = [];
		let from = block.start;
		for (const [k, cell] of own.entries()) {
			const middle = (top(cell) + bottom(cell)) / 2;
			const candidates = k > 0 ? [from] : [block.start, ...ys.map((_, i) => i).filter((i) => i > block.start && i <= block.end && ruled(i - 1))];
			let best: { first: number; end: number; miss: number } | null = null;
			for (const first of candidates) {
				// (The row and its cell overlap: a cell of three lines may stand out of a row of one, the part of a row a page holds.)
				if (y(first) < bottom(cell) - size(cell) * SAME_LINE) break;
				for (let end = first; end <= block.end; end++) {
					if (!ruled(end) || y(end) > top(cell) + size(cell) * SAME_LINE) continue;
					const miss = Math.abs((y(first) + y(end)) / 2 - middle);
					if (!best || miss < best.miss) best = { first, end, miss };
				}
			}
			if (!best || best.miss > pitch * CENTRED) return null;
			firsts.push(best.first);
			ends.push(best.end);
			from = best.end + 1;
		}
		return from > block.end ? rowsOf(own, firsts, ends) : null;
	};
	// Top-aligned: each cell's first line level with a line of the words, where its row starts.
	const aligned = (): ReturnType<typeof rowsOf> | null => {
		const firsts: number[] = [];
		for (const cell of own) {
			let first = -1;
			for (let i = block.start; i <= block.end; i++) if (Math.abs(y(i) - top(cell)) < size(cell) * SAME_LINE) first = i;
			if (first < 0 || first <= (firsts.at(-1) ?? -1)) return null;
			firsts.push(first);
		}
		return rowsOf(own, firsts, [...firsts.slice(1).map((first) => first - 1), block.end]);
	};
	return centred() ?? aligned();
}

/** Rules looked at each way from a run for its cell's sides (a page of many rules stays linear). */
const RULE_SCAN = 64;
/** How far (points) a rule may fall short of the point it is to pass (a border's ends meet the next one's). */
const RULE_SLACK = 1;
/** The most lines of a label's cell (`公開・非公` / `開`). */
const LABEL_CELL_LINES = 4;
/** The most cells with text a page's form is read from. */
const FORM_CELLS = 600;

/** Rules sorted by where they stand, with a lookup of the nearest one each side of a point that passes it. */
function ruleIndex(rules: readonly Rule[]): (at: number, along: number, before: boolean) => Rule | null {
	const sorted = [...rules].sort((a, b) => a.at - b.at);
	return (at, along, before) => {
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((sorted[mid]?.at ?? 0) < at) low = mid + 1;
			else high = mid;
		}
		// `before`: the nearest rule below `at`, else the nearest at or above it.
		for (let i = before ? low - 1 : low, steps = 0; i >= 0 && i < sorted.length && steps < RULE_SCAN; i += before ? -1 : 1, steps++) {
			const rule = sorted[i]!;
			if (rule.from - RULE_SLACK <= along && along <= rule.to + RULE_SLACK) return rule;
		}
		return null;
	};
}

/**
 * A form drawn as a table of labels and values (a 会議録 様式: `開催日時｜令和…`, `出席者｜（委員）…`): each label's cell
 * that does not stand on its row's first line (centred in a tall cell, as a 様式 sets it, or wrapped in a narrow column,
 * `公開・非公` / `開`) is read there, its lines one label before the row's first line of values, as the cells are read row by
 * row; null when no cell moves. A run's cell is bounded by the page's rules nearest it each way (its top and its sides
 * at least); a label's cell is short words (a few lines, no sentence) with cells of values to its right in the same row.
 */
function readFormCells(runs: readonly TextRun[], rules: Rules): TextRun[] | null {
	if (rules.horizontal.length === 0 || rules.vertical.length === 0) return null;
	const across = ruleIndex(rules.horizontal);
	const upright = ruleIndex(rules.vertical);
	interface Cell {
		top: number;
		bottom: number | null;
		left: number;
		right: number;
		runs: TextRun[];
	}
	const cells = new Map<string, Cell>();
	for (const run of runs) {
		if (run.size <= 0) continue;
		// A point inside the run's first letter: its cell is the one the run starts in.
		const x = run.x + Math.min(run.width, run.size) / 2;
		const y = run.y + run.size * 0.35;
		const top = across(y, x, false);
		const left = upright(x, y, true);
		const right = upright(x, y, false);
		if (!top || !left || !right) continue;
		const bottom = across(y, x, true);
		const key = `${top.at.toFixed(1)}|${bottom?.at.toFixed(1) ?? '-'}|${left.at.toFixed(1)}|${right.at.toFixed(1)}`;
		const cell = cells.get(key);
		if (cell) cell.runs.push(run);
		else cells.set(key, { top: top.at, bottom: bottom?.at ?? null, left: left.at, right: right.at, runs: [run] });
	}
	const shown = (cell: Cell) => cell.runs.filter((run) => run.text.trim() !== '');
	// (A page of more cells than a form holds is no form: not looked at, so that a page of many rules stays linear.)
	if (cells.size > FORM_CELLS) return null;
	const moved = new Set<TextRun>();
	const added: TextRun[] = [];
	const list = [...cells.values()];
	// A cell of the row, or of the rows it spans (`出席者` over the rows of `委員｜…` and `事務局｜…`).
	const within = (other: Cell, cell: Cell) => other.top <= cell.top + RULE_SLACK && (cell.bottom === null || (other.bottom !== null && other.bottom >= cell.bottom - RULE_SLACK));
	for (const cell of list) {
		const letters = shown(cell);
		if (letters.length === 0) continue;
		// The cells of values to its right in its row.
		const values = list.filter((other) => other !== cell && other.left >= cell.right - RULE_SLACK && within(other, cell)).flatMap(shown);
		const lines = baselineGroups(letters);
		const text = lines.map((line) => joinRuns(line).trim()).join('');
		const from = Math.min(...letters.map((run) => run.x));
		const to = Math.max(...letters.map((run) => run.x + run.width));
		// Each line but the last run to the cell's edge: the cell's words wrapped in its column (`第５次…推進計` / `画の進捗について`).
		const wrapped = lines.length > 1 && lines.slice(0, -1).every((line) => Math.max(...line.map((run) => run.x + run.width)) >= cell.right - (line[0]?.size ?? 0) * 1.5);
		if (values.length === 0 || [...text.replace(/[\s\u3000]/gu, '')].length > LABEL_CELL || /[。．]/u.test(text)) {
			// A cell of a table's row wrapped over a few lines, cells with words beside it (an agenda's item between its
			// number and its handout, `(1)｜第５次…推進計 / 画の進捗について｜資料１`): its words one run on its first line, as
			// the row is read, or the cell beside it had been read into the middle of them (`…推進計 資料１` / `画の進捗…`).
			const beside = values.length > 0 || list.some((other) => other !== cell && other.right <= cell.left + RULE_SLACK && within(other, cell) && shown(other).length > 0);
			const head = lines[0]?.[0];
			if (!beside || !wrapped || lines.length > LABEL_CELL_LINES || !head) continue;
			// (Set apart from the cell after it on the line as cells are, not by the hair of the cell's padding.)
			const apart = values.some((value) => Math.abs(value.y - head.y) < head.size * SAME_LINE) ? '\u3000' : '';
			for (const run of cell.runs) moved.add(run);
			added.push({ text: `${text}${apart}`, x: from, y: head.y, width: to - from, size: head.size, ...(head.font !== undefined ? { font: head.font } : {}) });
			continue;
		}
		if (lines.length > LABEL_CELL_LINES) continue;
		// The row's first line of values, and its label there already (one line, level with it).
		const first = values.reduce((a, b) => (b.y > a.y ? b : a));
		const head = lines[0]?.[0];
		const level = (line: readonly TextRun[], y: number) => Math.abs((line[0]?.y ?? 0) - y) < (line[0]?.size ?? 0) * SAME_LINE;
		if (!head) continue;
		// A label on its row's first line opens it, whatever the line before (a value run to its cell's edge in a row a rule above).
		if (lines.length === 1 && level(lines[0] ?? [], first.y)) {
			if (!head.opens) {
				moved.add(head);
				added.push({ ...head, opens: true });
			}
			continue;
		}
		// Lines of a cell set level with the lines beside them, from the row's first, are a line each (times beside the items
		// of an agenda), unless each ran to the cell's edge and wrapped (`公開・非公` / `開`).
		if (!wrapped && level(lines[0] ?? [], first.y) && lines.every((line) => values.some((value) => level(line, value.y)))) continue;
		for (const run of cell.runs) moved.add(run);
		added.push({ text, x: from, y: first.y, width: to - from, size: head.size, ...(head.font !== undefined ? { font: head.font } : {}), opens: true });
	}
	if (added.length === 0) return null;
	return [...runs.filter((run) => !moved.has(run)), ...added];
}

/**
 * A page's lines in reading order, and whether it is set in two columns: then the lines across the gutter above
 * the columns (the title), the left column, the right column (moved onto the left one), then the lines across it
 * below them (a centred page number). The runs are grouped by baseline once for the page. `tableEdge` is the text
 * column's edge of a table of speakers on the page before (its last rows may stand on this page alone); a page with
 * such a table returns its own.
 */
export function readPage(runs: readonly TextRun[], tableEdge: number | null = null, rules?: Rules, knownGutter: number | null = null): { lines: TextLine[]; columns: boolean; lineNumbers: boolean; ruby: number; tableEdge?: number; gutter?: number } {
	const readings = rubyRuns(runs);
	const grouped = baselineGroups(readings.size === 0 ? runs : runs.filter((run) => !readings.has(run)));
	const numbered = dropLineNumbers(grouped);
	const unlabelled = numbered ?? grouped;
	const gutter = findGutter(unlabelled) ?? (knownGutter === null ? null : carriedGutter(unlabelled, knownGutter));
	// A table of speakers and their words: each speaker's cell onto the first line of its row.
	const table = gutter === null ? attachLabelColumn(unlabelled, tableEdge) : null;
	// A form's table of labels and values, its cells told apart by its rules: each label onto the first line of its row.
	const formed = gutter === null && rules ? readFormCells((table?.groups ?? unlabelled).flat(), rules) : null;
	const baseline = formed ? baselineGroups(formed) : (table?.groups ?? unlabelled);
	const lineNumbers = numbered !== null;
	const ruby = readings.size;
	if (gutter !== null) {
		const [above, left, right, below] = readingColumns(baseline, gutter);
		const across = (part: readonly TextRun[]) => groupLines(part).map((line) => ({ ...line, across: true as const }));
		return { lines: [...across(above), ...groupLines(left), ...groupLines(right), ...across(below)], columns: true, lineNumbers, ruby, gutter };
	}
	return { lines: linesOf(baseline, [...readings]), columns: false, lineNumbers, ruby, ...(table ? { tableEdge: table.edge } : {}) };
}

/** Kana only: what ruby (furigana) spells. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u;
/** Ruby is set at most this share of the text's size … */
const RUBY_SIZE = 0.65;
/** … its baseline this many of the text's ems above the text's (between the lines, not a line of its own). */
const RUBY_RISE = { min: 0.5, max: 1.5 } as const;

/**
 * The ruby (furigana) runs of a page: small kana set just above a run of text of full size that they overlap
 * (`ごとう` over 後藤). Read as a line of their own, they were spliced into the text between its lines.
 */
function rubyRuns(runs: readonly TextRun[]): Set<TextRun> {
	const found = new Set<TextRun>();
	const sizes = runs.filter((run) => run.text.trim() !== '').map((run) => run.size);
	if (sizes.length === 0) return found;
	const body = median(sizes);
	// Runs of full size by the line they sit on (in ems of the body's size), so a reading is checked against the lines just below it.
	const lines = new Map<number, TextRun[]>();
	for (const run of runs) {
		if (run.size < body * 0.9) continue;
		const key = Math.round(run.y / body);
		const line = lines.get(key);
		if (line) line.push(run);
		else lines.set(key, [run]);
	}
	for (const run of runs) {
		if (run.size > body * RUBY_SIZE || !KANA_ONLY.test(run.text) || run.text.trim() === '') continue;
		const below = Math.round(run.y / body);
		const candidates = [below - 2, below - 1, below].flatMap((key) => lines.get(key) ?? []);
		const base = candidates.find(
			(other) =>
				other.size >= body * 0.9 &&
				!KANA_ONLY.test(other.text) &&
				run.y - other.y >= other.size * RUBY_RISE.min &&
				run.y - other.y <= other.size * RUBY_RISE.max &&
				run.x < other.x + other.width &&
				run.x + run.width > other.x,
		);
		if (base) found.add(run);
	}
	// The rest of each line of readings: small kana or spaces on the same baseline (a reading that overhangs its text).
	if (found.size > 0) {
		const baselines = [...found].map((run) => run.y);
		for (const run of runs) {
			if (found.has(run) || run.size > body * RUBY_SIZE || !(run.text.trim() === '' || KANA_ONLY.test(run.text))) continue;
			if (baselines.some((y) => Math.abs(y - run.y) < run.size * 0.2)) found.add(run);
		}
	}
	return found;
}

/** A line number in the margin: digits alone in their run. */
const LINE_NUMBER = /^\s*(?<number>[0-9]{1,4})\s*$/u;
/** Line numbers on a page, at least. */
const MIN_LINE_NUMBERS = 4;

/**
 * The page's lines without the numbers a 会議録 prints in its left margin (every line or every fifth), or null when
 * it has none. Numbers are the first run of their line, digits alone, ending about where the others end, with a gap
 * before the text, counting up by one step (1, 5 or 10) but for a slip or two; and no other line starts in their column (a numbered list
 * of the text itself starts at the margin, like the lines around it).
 */
function dropLineNumbers(groups: readonly TextRun[][]): TextRun[][] | null {
	const visible = (run: TextRun) => run.text.trim() !== '';
	const found: { line: number; number: number; runs: TextRun[]; run: TextRun; next: TextRun }[] = [];
	groups.forEach((group, line) => {
		const shown = group.filter(visible);
		// The number's digits, maybe drawn as several runs side by side (`2`, `7`).
		let count = 0;
		while (count < shown.length && LINE_NUMBER.test(shown[count]?.text ?? '') && (count === 0 || (shown[count]?.x ?? 0) - ((shown[count - 1]?.x ?? 0) + (shown[count - 1]?.width ?? 0)) < (shown[count]?.size ?? 0) * 0.2)) count++;
		const runs = shown.slice(0, count);
		const first = runs[0];
		const last = runs.at(-1);
		const next = shown[count];
		const digits = runs.map((run) => run.text.trim()).join('');
		if (first && last && next && digits.length <= 4 && next.x - (last.x + last.width) >= last.size * 0.5) {
			found.push({ line, number: Number(digits), runs, run: { ...first, width: last.x + last.width - first.x }, next });
		}
	});
	if (found.length < MIN_LINE_NUMBERS) return null;
	// Word numbers the blank lines between paragraphs too: such a number alone on its line, where the others end, counts.
	const foundEnd = median(found.map((entry) => entry.run.x + entry.run.width));
	const foundSize = median(found.map((entry) => entry.run.size));
	const numberedLine = new Set(found.map((entry) => entry.line));
	const alone: { line: number; number: number }[] = [];
	groups.forEach((group, line) => {
		const shown = group.filter(visible);
		const digits = shown.map((run) => run.text.trim()).join('');
		if (numberedLine.has(line) || shown.length === 0 || !/^[0-9]{1,4}$/u.test(digits)) return;
		if (Math.abs(Math.max(...shown.map((run) => run.x + run.width)) - foundEnd) <= foundSize) alone.push({ line, number: Number(digits) });
	});
	const sequence = [...found, ...alone].sort((a, b) => a.line - b.line);
	// Counting up by one step, but for a slip or two (a running header numbered like the line under it).
	const steps = sequence.slice(1).map((entry, i) => entry.number - (sequence[i]?.number ?? 0));
	const step = [1, 5, 10].find((candidate) => steps.filter((value) => value === candidate).length >= steps.length * 0.9 - 1);
	if (step === undefined) return null;
	const size = median(found.map((entry) => entry.run.size));
	const ends = found.map((entry) => entry.run.x + entry.run.width);
	if (Math.max(...ends) - Math.min(...ends) > size) return null;
	// The text starts right of the numbers on every line, numbered or not.
	const textStart = Math.min(...found.map((entry) => entry.next.x));
	const numberedLines = new Set(found.map((entry) => entry.line));
	// A number of the column on a line of its own (its text line drawn a little off its baseline, or wrapped by the layout).
	const columnEnd = median(ends);
	const lone = new Set<number>();
	groups.forEach((group, line) => {
		const shown = group.filter(visible);
		const end = Math.max(...shown.map((run) => run.x + run.width));
		if (shown.length > 0 && /^[0-9]{1,4}$/u.test(shown.map((run) => run.text.trim()).join('')) && Math.abs(end - columnEnd) <= size && end < textStart) lone.add(line);
	});
	// A running header or a page number (a page's first and last two lines) may sit anywhere; any other line starting in the numbers' column is text.
	const columnRight = Math.max(...ends);
	const inColumn = groups.some((group, line) => !numberedLines.has(line) && !lone.has(line) && line >= EDGE_LINES && line < groups.length - EDGE_LINES && (group.find(visible)?.x ?? textStart) < columnRight);
	if (inColumn) return null;
	const numberRuns = new Set([...found.flatMap((entry) => entry.runs), ...[...lone].flatMap((line) => groups[line] ?? [])]);
	// Spaces between the numbers and the text go with the numbers.
	const columnLeft = Math.min(...found.map((entry) => entry.run.x));
	return groups.map((group) => group.filter((run) => !numberRuns.has(run) && !(run.text.trim() === '' && run.x < textStart && run.x >= columnLeft)));
}

/** A two-column page's runs in reading order: across the gutter above, the left column, the right column, across it below. */
function readingColumns(baseline: readonly TextRun[][], gutter: number): [TextRun[], TextRun[], TextRun[], TextRun[]] {
	const straddles = (run: TextRun) => run.x < gutter && columnEnd(run) > gutter;
	const centre = (run: TextRun) => run.x + run.width / 2;
	// Across the gutter, or centred on it (a page number, a short centred title).
	const across = (run: TextRun) => run.text.trim() !== '' && (straddles(run) || Math.abs(centre(run) - gutter) < GUTTER_GAP * run.size);
	// Spaces laid across the gutter (padding between the columns) belong to neither.
	const groups = baseline.map((group) => group.filter((run) => run.text.trim() !== '' || !straddles(run))).filter((group) => group.length > 0);
	const columnLines = groups.filter((group) => !group.some(across));
	const columnYs = columnLines.map((group) => group[0]?.y ?? 0);
	// The columns start with the first row of text on both sides (more than a page number on either); below the last line
	// across the gutter above that row (a centred title). What stands above such a title, a running head with its page
	// number at the other side included, is above the columns.
	const sideText = (group: readonly TextRun[], left: boolean) => group.filter((run) => !across(run) && (left ? columnEnd(run) <= gutter : run.x >= gutter)).map((run) => run.text.trim()).join('');
	const twoSided = columnLines.filter((group) => [true, false].every((left) => [...sideText(group, left)].length >= 4)).map((group) => group[0]?.y ?? 0);
	const firstRow = twoSided.length > 0 ? Math.max(...twoSided) : Number.POSITIVE_INFINITY;
	const titles = groups.filter((group) => group.some(across) && (group[0]?.y ?? 0) > firstRow).map((group) => group[0]?.y ?? 0);
	const top = titles.length > 0 ? Math.min(...titles) : Math.max(...columnYs);
	const bottom = Math.min(...columnYs);
	// And a line on the right only, higher than the left column's first line (a date set flush right under the title).
	const leftTop = Math.max(...groups.flatMap((group) => group.filter((run) => !across(run) && columnEnd(run) <= gutter && run.y <= top).map((run) => run.y)), Number.NEGATIVE_INFINITY);
	const above: TextRun[] = [];
	const below: TextRun[] = [];
	const leftRuns: TextRun[] = [];
	const rightRuns: TextRun[] = [];
	for (const group of groups) {
		const rightOnly = group.every((run) => run.text.trim() === '' || (!across(run) && run.x >= gutter));
		// A line across the gutter under the columns is whole below them: a page number's dashes each side of the gutter
		// (`－ 1 －` drawn in three pieces) are no column's (they had been read as lines of the columns, `－` and `－ 1`).
		const foot = group.some((run) => across(run) && run.y < bottom);
		for (const run of group) {
			// (With such a title, it and all above it; without, what is across the gutter above the columns, as before.)
			const high = titles.length > 0 ? run.y > top - run.size * SAME_LINE : across(run) && run.y > top;
			if (foot && !high) below.push(run);
			else if (high || (rightOnly && run.y > leftTop + run.size * SAME_LINE)) above.push(run);
			else if (across(run)) (run.y < bottom ? below : centre(run) < gutter ? leftRuns : rightRuns).push(run);
			else (columnEnd(run) <= gutter ? leftRuns : rightRuns).push(run);
		}
	}
	// The right column moved onto the left one, so that its indents and line ends read as the left column's do.
	const lineStarts = (part: readonly TextRun[]) => baselineGroups(part).map((group) => group.find((run) => run.text.trim() !== '')?.x ?? group[0]?.x ?? 0);
	const offset = rightRuns.length > 0 && leftRuns.length > 0 ? median(lineStarts(rightRuns)) - median(lineStarts(leftRuns)) : 0;
	const moved = rightRuns.map((run) => ({ ...run, x: run.x - offset }));
	return [above, leftRuns, moved, below];
}

/** A meeting's or a sitting's number in a line (`第５回`, `第 2 号`), NFKC form. */
const SESSION_NUMBER = /第\s*[0-9]{1,4}\s*[回号]/u;

/** A line for comparing running headers across pages: its height on the page and its text, spaces removed, digits folded. */
function edgeKey(line: TextLine): string {
	return `${Math.round(line.y)}:${replaceSpaceRuns(line.text.normalize('NFKC'), '').replace(/[0-9]+/gu, '#')}`;
}

/** True for a line that is only a page number (`- 3 -`, `３`, `3 / 12`). */
export function isPageNumber(text: string): boolean {
	return PAGE_NUMBER.test(text.normalize('NFKC').trim());
}

/**
 * Drop running headers/footers and page numbers: among the first and last lines
 * of each page, those that are page numbers, or whose text (digits folded) recurs
 * at the same place on at least half of the pages (and at least two).
 */
/** A browser's print header: the date and time it printed (`2024/10/07 14:32`, `24/10/07 14:32`), the page's title beside them. */
const PRINTED_AT = /(?:^|[\s\u3000])(?:[0-9]{4}|[0-9]{2})\/[0-9]{1,2}\/[0-9]{1,2}[\s\u3000]+[0-9]{1,2}:[0-9]{2}(?:[\s\u3000]|$)/u;
/** A browser's print footer: the page's address and the page count (`https://… 1/3`, either order). */
const PRINTED_URL = /https?:\/\/\S+/u;
const PRINTED_COUNT = /(?:^|[\s\u3000])[0-9]{1,4}\s*\/\s*[0-9]{1,4}(?:[\s\u3000]|$)/u;

/**
 * The lines a browser prints atop and at the foot of a page saved as PDF (Chrome's 「PDFに保存」 with its default header and
 * footer: the date, the time and the page's title; the address and `1/3`), left out when every page has them: the pages
 * without those lines (as given when not every page has them) and how many pages had them. One page is enough to tell them: none of them is the minutes' (the print's date
 * and title had made a meeting of their own).
 */
export function dropBrowserPrintMarks(pages: readonly TextLine[][]): { pages: readonly TextLine[][]; count: number } {
	const header = (line: TextLine | undefined) => line !== undefined && PRINTED_AT.test(line.text);
	const footer = (line: TextLine | undefined) => line !== undefined && PRINTED_URL.test(line.text) && PRINTED_COUNT.test(line.text.replace(PRINTED_URL, ' '));
	const printed = pages.filter((lines) => lines.length > 0);
	if (printed.length === 0 || !printed.every((lines) => header(lines[0]) && footer(lines.at(-1)))) return { pages, count: 0 };
	return { pages: pages.map((lines) => (lines.length > 0 ? lines.slice(1, -1) : [])), count: printed.length };
}

export function dropPageFurniture(pages: readonly TextLine[][]): TextLine[][] {
	const edge = (lines: readonly TextLine[], index: number): 'top' | 'bottom' | null =>
		index < EDGE_LINES ? 'top' : index >= lines.length - EDGE_LINES ? 'bottom' : null;
	/** On how many even and odd pages each edge line stands (a book's running heads alternate between them). */
	const sides = new Map<string, [number, number]>();
	/** The sessions (`第５回`, `第２号`) each edge line names, page by page: meetings' titles differ in them, a running head does not. */
	const sessions = new Map<string, Set<string>>();
	pages.forEach((lines, page) => {
		const seen = new Set<string>();
		lines.forEach((line, index) => {
			const where = edge(lines, index);
			if (!where) return;
			const key = `${where}:${edgeKey(line)}`;
			seen.add(key);
			const session = SESSION_NUMBER.exec(line.text.normalize('NFKC'))?.[0];
			if (session) sessions.set(key, (sessions.get(key) ?? new Set()).add(session.replace(/\s/gu, '')));
		});
		for (const key of seen) {
			const [even, odd] = sides.get(key) ?? [0, 0];
			sides.set(key, page % 2 === 0 ? [even + 1, odd] : [even, odd + 1]);
		}
	});
	const threshold = Math.max(2, Math.ceil(pages.length / 2));
	const sideThreshold = [0, 1].map((parity) => Math.max(2, Math.ceil(pages.filter((_, page) => page % 2 === parity).length / 2)));
	// On one side only, at least half of that side's pages, and no sentence or speaker's turn (`○議長（…）` atop two pages).
	const oneSided = (key: string, text: string) => {
		const [even = 0, odd = 0] = sides.get(key) ?? [];
		const side = even > 0 && odd === 0 ? 0 : odd > 0 && even === 0 ? 1 : null;
		return side !== null && [even, odd][side]! >= sideThreshold[side]! && !isBodyLine(text);
	};
	// A running head that names the record as the first page does and the day it gives (`令和６年１２月３日　…定例会会議録（第２号）`
	// over `令和６年第４回さくら市議会定例会会議録（第２号）`), atop a later page: the head of a file whose first page has none,
	// even on the one page after it (two pages). (Another body's record that day, `第１回総会議事録` after `第４回理事会議事録`, is none.)
	const day = pages[0]?.map((line) => findDate(line.text)).find((found) => found?.ok === true);
	const firstPage = (pages[0] ?? []).map((line) => line.text.replace(/[\s\u3000]/gu, '')).join('');
	const namesTheDay = (text: string) => {
		const found = day?.ok ? findDate(text) : null;
		const named = MINUTES_NAMED.exec(text.replace(/[\s\u3000]/gu, ''))?.[0];
		return found?.ok === true && day?.ok === true && found.iso === day.iso && named !== undefined && firstPage.includes(named) && !isBodyLine(text);
	};
	/** The last line of the page before, once its furniture is left out. */
	let before: TextLine | undefined;
	// A line in smaller type than the page's text atop a later page, inside a sentence running on from the page before (its
	// last line ends none), no sentence and no turn itself: a running head, even one that stands on that page alone (a
	// book's heads on a file of two pages, `令和６年第４回定例会` over the even page).
	const interrupts = (line: TextLine, lines: readonly TextLine[]) =>
		before !== undefined && !SENTENCE_END.test(before.text.trim()) && line.size < median(lines.map((other) => other.size)) * HEAD_SIZE && !isBodyLine(line.text);
	// The running head of a file of one page: its first line, set smaller than the text, no sentence and no turn, over the
	// record's title (a line naming the record and its body, `第３回…会議　議事録`, set no smaller than the text). (A bare
	// `議事要旨` under the head takes its body's name from it.)
	const headsTitle = (line: TextLine, lines: readonly TextLine[]) => {
		const title = lines[1];
		const usual = median(lines.map((other) => other.size));
		const named = title === undefined ? -1 : title.text.replace(/[\s\u3000]/gu, '').search(MINUTES_WORD_AT);
		// (A stamp over the title, `資料１` or `（案）`, is the parser's to report: it stays.)
		return title !== undefined && line.size < usual * HEAD_SIZE && title.size >= usual && named >= 2 && !isBodyLine(line.text) && !isDocumentStamp(line.text);
	};
	// The running foot of a file of one page: a line set smaller than the text next to its page number at the page's foot, or
	// with the number on the line itself, apart by a wide gap (`HTR-2024-0530-01　　　　1`), no sentence and no turn (the
	// issuing office, `あおば市環境部ごみ減量推進課` over `1`, or the document's number, had been read into the last turn).
	const footsNumber = (line: TextLine, lines: readonly TextLine[]) => {
		const index = lines.indexOf(line);
		const beside = [lines[index - 1], lines[index + 1]].filter((other): other is TextLine => other !== undefined && lines.indexOf(other) >= lines.length - EDGE_LINES);
		const parts = line.text.split(/[\s\u3000]{2,}/u).filter((part) => part.trim() !== '');
		const numbered = parts.length > 1 && (isPageNumber(parts.at(-1) ?? '') || isPageNumber(parts[0] ?? ''));
		return line.size < median(lines.map((other) => other.size)) * HEAD_SIZE && (numbered || beside.some((other) => isPageNumber(other.text))) && !isBodyLine(line.text) && !isDocumentStamp(line.text);
	};
	return pages.map((lines, page) => {
		// Peel from the edges inwards, so a header is only dropped while nothing but furniture is above it.
		let start = 0;
		let end = lines.length;
		// A running header is dropped once per page: the same text again below it (a title under a title header) is body text.
		const dropped = new Set<string>();
		const furniture = (line: TextLine, where: 'top' | 'bottom') => {
			const key = `${where}:${edgeKey(line)}`;
			if (isPageNumber(line.text)) return true;
			const [even = 0, odd = 0] = sides.get(key) ?? [];
			// The titles of the meetings a file holds one after the other (`第５回…会議録`, `第６回…会議録`) are no running head,
			// nor a sentence or a speaker's turn at the same place on few pages (the chair's closing words at the foot of each
			// of the meetings a file of two holds, `○森会長　以上で閉会いたします。`).
			if ((sessions.get(key)?.size ?? 0) > 1 || isBodyLine(line.text)) return false;
			const onePage = page > 0 && where === 'top' && (namesTheDay(line.text) || interrupts(line, lines));
			const onlyPage = pages.length === 1 && (where === 'top' ? line === lines[0] && headsTitle(line, lines) : footsNumber(line, lines));
			if (dropped.has(key) || (even + odd < threshold && !oneSided(key, line.text) && !onePage && !onlyPage)) return false;
			dropped.add(key);
			return true;
		};
		while (start < Math.min(EDGE_LINES, end) && furniture(lines[start] as TextLine, 'top')) start++;
		while (end > Math.max(start, lines.length - EDGE_LINES) && furniture(lines[end - 1] as TextLine, 'bottom')) end--;
		const kept = lines.slice(start, end);
		before = kept.at(-1) ?? before;
		// The first page's running head that alone dates the minutes (`令和６年６月１２日（水）　　総務常任委員会記録　…　1`, the
		// body starting at `出席委員`) stays once, as the title and the date lines a typed record opens with.
		const head = page === 0 ? lines.slice(0, start).find((line) => holdsDate(line.text)) : undefined;
		return head && !kept.some((line) => holdsDate(line.text)) ? [...headLines(head), ...kept] : kept;
	});
}

/** A line of the minutes' text, never a running head or foot: a sentence (`。`, `、`) or a speaker's turn (`○議長（…）`). */
const isBodyLine = (text: string): boolean => /[。、]/u.test(text) || TURN_OPENING.test(text.trim());

/** A running head is set at most this share of the page's text size. */
const HEAD_SIZE = 0.95;

/** True for a text holding a whole date, as the parser reads one (`令和６年６月１２日`, `2024年6月12日`, `2024/6/12`). */
const holdsDate = (text: string): boolean => findDate(text)?.ok === true;
/** A line naming a record by its kind, with the letters before the word that name the body (`定例会会議録`, `常任委員会記録`). */
const MINUTES_WORD_AT = new RegExp(MINUTES_WORD, 'u');
const MINUTES_NAMED = new RegExp(`[^\\s\\u3000]{0,3}${MINUTES_WORD}`, 'u');

/** A running head's parts, apart by two ideographic spaces or more, as lines: those without the date first (the title), then the date's; the page number left out. */
function headLines(head: TextLine): TextLine[] {
	const parts = head.text.split(/[\s\u3000]{2,}/u).map((part) => part.trim()).filter((part) => part !== '' && !isPageNumber(part));
	const ordered = [...parts.filter((part) => !holdsDate(part)), ...parts.filter(holdsDate)];
	return ordered.map((text, i) => ({ text, x: head.x, right: head.x + [...text].length * head.size, y: head.y - head.size * 1.5 * i, size: head.size }));
}

/** A footnote's mark at the start of its line: `注１`, `（注２）`, `※`, `＊1`, `*1`, `1)`, a superscript number read as `[1]`. */
const FOOTNOTE_MARK = new RegExp(`^(?:[（(]?注[0-9０-９]{0,2}[）)]?[\\s\\u3000:：.．]|※|[＊*][0-9０-９]{0,2}|[0-9０-９]{1,2}[)）]|\\[(?:${NOTE_LABEL})\\])`, 'u');
/** A note's number alone at the start of its line, the note's words straight after it or after a space (`1地方自治法…`, `ii　第三次…`). */
const BARE_NOTE_NUMBER = new RegExp(`^(${NOTE_LABEL})(?![0-9０-９A-Za-z.．,，、:：)）])[\\s\\u3000]*`, 'u');
/** A note mark in the text, as a superscript number is read (`…第２項[1]の`). */
const NOTE_CITED = new RegExp(`\\[(${NOTE_LABEL})\\]`, 'gu');

/** A note's number as one key however its digits are written (`１` and `1`). */
function noteKey(label: string): string {
	return label.replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10)).replace(/^0+(?=[0-9])/u, '');
}

/** The note numbers the lines cite (`[1]`, `[ii]`). */
function citedNotes(lines: readonly TextLine[]): Set<string> {
	return new Set(lines.flatMap((line) => [...line.text.matchAll(NOTE_CITED)].map((mark) => noteKey(mark[1] ?? ''))));
}

/** True when a line opens with a note's number alone that the text cites. */
function opensCitedNote(text: string, cited: ReadonlySet<string>): boolean {
	const number = BARE_NOTE_NUMBER.exec(text)?.[1];
	return number !== undefined && cited.has(noteKey(number));
}

/**
 * Notes' lines as read: a number alone leading a note read as the mark notes are read with elsewhere (`[1] 地方自治法…`),
 * and a note's line run on under its words (a hanging indent) read from the note's margin, so that it joins its note.
 */
function markedNotes(lines: readonly TextLine[], cited: ReadonlySet<string>): TextLine[] {
	let margin: number | null = null;
	return lines.map((line) => {
		if (opensCitedNote(line.text, cited)) {
			margin = line.x;
			return { ...line, text: line.text.replace(BARE_NOTE_NUMBER, (_, number: string) => `[${number}] `) };
		}
		if (FOOTNOTE_MARK.test(line.text)) margin = line.x;
		else if (margin !== null && line.x > margin) return { ...line, x: margin };
		return line;
	});
}

/** Lines a note set in the text's type may run on over after the line that opens it. */
const NOTE_RUN_ON = 3;

/**
 * Where the notes set in the text's own type begin at a page's foot (`1令和３年３月に策定したもの。`, as a document's
 * footnote style at the body's size sets them): the last lines of the page, each opening a note whose number the text
 * above cites (`…プロジェクト[1]の`), in rising order, with at most a few lines of its words run on under it; the page's
 * length when there are none.
 */
function bodySizeNotes(lines: readonly TextLine[]): number {
	const numberAt = (index: number): number => Number(noteKey(BARE_NOTE_NUMBER.exec(lines[index]?.text ?? '')?.[1] ?? 'NaN'));
	let start = lines.length;
	let runOn = 0;
	for (let i = lines.length - 1; i > 0; i--) {
		const text = lines[i]?.text ?? '';
		if (opensCitedNote(text, citedNotes(lines.slice(0, i)))) {
			if (start < lines.length && !(numberAt(i) < numberAt(start))) break;
			start = i;
			runOn = 0;
		} else if (++runOn > NOTE_RUN_ON) break;
	}
	return start;
}

/** A footnote's type is set smaller than the text's: at most this share of the page's usual size. */
const FOOTNOTE_SIZE = 0.88;

/**
 * Footnotes at the foot of each page (`注１　地方自治法第１２１条…`, set smaller than the text, a mark at the start), taken
 * out of the pages so that a sentence running on to the next page does not take them in mid-word, and the pages that
 * had them: the caller puts them after the text. The lines of one footnote after its first go with it. A last page of
 * endnotes goes after the footnotes (`endnotes`, that page).
 */
export function takeFootnotes(pages: readonly TextLine[][]): { pages: TextLine[][]; notes: TextLine[]; from: number[]; endnotes?: number } {
	const notes: TextLine[] = [];
	const from: number[] = [];
	const kept = pages.map((lines, index) => {
		if (lines.length < 3) return [...lines];
		// The text's size: the size that sets the most characters on the page.
		const weights = new Map<number, number>();
		for (const line of lines) weights.set(line.size, (weights.get(line.size) ?? 0) + line.text.length);
		const usual = [...weights].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
		let start = lines.length;
		// From the foot upwards, while the lines are small; the block must start with a mark.
		while (start > 0 && (lines[start - 1]?.size ?? usual) <= usual * FOOTNOTE_SIZE) start--;
		// (A note led by its number alone, as LibreOffice sets the notes, `1地方自治法…`: a note when the page's text cites that number, `…第２項[1]の`.)
		const cited = citedNotes(lines);
		while (start < lines.length && !FOOTNOTE_MARK.test(lines[start]?.text ?? '') && !opensCitedNote(lines[start]?.text ?? '', cited)) start++;
		if (start >= lines.length) start = bodySizeNotes(lines);
		if (start >= lines.length || start === 0) return [...lines];
		notes.push(...markedNotes(lines.slice(start), cited));
		from.push(index + 1);
		return lines.slice(0, start);
	});
	// Endnotes on a last page of their own, as LibreOffice sets them (`i　みどり市…条例…`, `ii　第三次…`, in the text's type):
	// each line a note led by a number the text cites, or a note's line run on under its words.
	const last = kept.at(-1) ?? [];
	const cited = citedNotes(kept.slice(0, -1).flat());
	const first = last[0];
	if (kept.length > 1 && first && opensCitedNote(first.text, cited) && last.every((line) => opensCitedNote(line.text, cited) || line.x > first.x + line.size * HANGING_SLACK)) {
		notes.push(...markedNotes(last, cited));
		kept[kept.length - 1] = [];
		return { pages: kept, notes, from, endnotes: kept.length };
	}
	return { pages: kept, notes, from };
}

/** Rough width in em of the first unbreakable unit of a line (what did not fit at the end of the line before a wrap). */
function firstUnitWidth(text: string, afterSentence = false): number {
	// Japanese line breaking (禁則) moves an opening bracket on with the character after it, and a character that
	// may not start a line (`ィ`, `ー`, `。`) back with the one before it: they make one unit. After a sentence's end
	// an opening bracket more likely opens a paragraph of its own: then it is a unit alone, as before.
	const kinsoku = (afterSentence ? KINSOKU_TAIL : KINSOKU_UNIT).exec(text)?.[0];
	if (kinsoku !== undefined && [...kinsoku].length > 1) return [...kinsoku].length * WIDE_EM;
	// A space next to Japanese text is no break opportunity (nothing would show where it was): follow such spaces.
	let unit = UNIT.exec(text)?.[0] ?? '';
	for (;;) {
		const rest = /^( +)([^\x00-\x7f]|[\x21-\x7e]+)/u.exec(text.slice(unit.length));
		if (!rest || !(NON_ASCII.test(unit.at(-1) ?? '') || NON_ASCII.test(rest[2] ?? ''))) break;
		unit += rest[0];
	}
	let width = 0;
	for (const char of unit) width += emWidth(char);
	return width;
}

/** A character's rough advance in em: a space a quarter, printable ASCII 0.6, anything else (Japanese) a whole em. */
export function emWidth(char: string): number {
	return char === ' ' ? SPACE_EM : /[\x21-\x7e]/u.test(char) ? NARROW_EM : WIDE_EM;
}

/** How far into a line a header field's label and its gap may reach (`３　出席者　`, `（４）配付資料　`), in letters. */
const VALUE_LABEL_MAX = 12;

/**
 * Where a field's value may start on a line (after the label and a gap: `３　出席者　委員　…`, `杉山課長　　　　…` of a
 * table of speakers), in points from the page's left, estimated from the letters' widths; two letters in at least (a
 * paragraph's first line is indented one).
 */
function valueStarts(line: TextLine): number[] {
	const starts: number[] = [];
	const letters = [...line.text.slice(0, VALUE_LABEL_MAX * 2)].slice(0, VALUE_LABEL_MAX);
	let width = 0;
	letters.forEach((letter, i) => {
		if (width >= 2 && /[\s\u3000]/u.test(letters[i - 1] ?? '') && !/[\s\u3000]/u.test(letter)) starts.push(line.x + width * line.size);
		width += emWidth(letter);
	});
	return starts;
}

/** True when a line was wrapped by the layout: the next line's first unit would not have fitted into the space left at its end. */
function isWrapped(previous: TextLine, next: TextLine, right: number): boolean {
	const room = (right - previous.right) / previous.size;
	// (A line reaching well past the margin stands across it, as a title over a page's two columns: not wrapped at it.)
	if (room < -PAST_MARGIN) return false;
	if (room < FULL_LINE) return true;
	return room < firstUnitWidth(next.text, SENTENCE_END.test(previous.text)) * 0.9;
}

/**
 * How a line ends where the layout wrapped it into the next: `full` when the next line's first unit could not have fitted
 * at its end; `space` when it could have only without the ideographic space the wrap left out there (`総務部長　` /
 * `杉山　敏夫`, the space not drawn); null for a line that ends short of that (typed to end near the margin by chance).
 */
function wrapEnd(previous: TextLine, next: TextLine, right: number): 'full' | 'space' | null {
	const room = (right - previous.right) / previous.size;
	const unit = firstUnitWidth(next.text, SENTENCE_END.test(previous.text));
	return room < unit * 0.9 ? 'full' : room < (unit + WIDE_EM) * 0.9 ? 'space' : null;
}

/** Words apart by ideographic spaces, two gaps at least, that end no sentence. */
const SPACED_WORDS = /[^\s\u3000]\u3000+(?=[^\s\u3000])/gu;

/** True for a line of a roll, its posts and names apart by ideographic spaces (`事務局　　環境部長　岩崎　透、…`), no prose. */
function isSpacedRoll(text: string): boolean {
	return !/[。．！？]/u.test(text) && (text.match(SPACED_WORDS)?.length ?? 0) >= 2;
}

/** Join a wrapped line to the next: a space only inside a Latin phrase broken at a space (a Latin word longer than a line is broken without one). */
export function joinWrappedLine(before: string, after: string, lineCapacity: number): string {
	if (!LATIN_END.test(before) || !LATIN_START.test(after)) return before + after;
	const tail = ASCII_TAIL.exec(before)?.[0].length ?? 0;
	const head = ASCII_HEAD.exec(after)?.[0].length ?? 0;
	// Capacity is in em; ASCII characters are about half an em wide.
	return (tail + head) / 2 > lineCapacity ? before + after : `${before} ${after}`;
}

/** Lines that must reach the rightmost edge (within FULL_LINE em) before it is taken for the margin wrapped lines reach. */
const MARGIN_EVIDENCE = { lines: 2, share: 0.05 } as const;
/** Rightmost edges tried as the margin, from the right (a title, a long URL line or two may stand out past it). */
const MARGIN_CANDIDATES = 9;
/** How far short of the text's margin (em) a line's last punctuation may end and still be set at its edge. */
const HUNG_EDGE = 0.25;
/** How far (share of the page width) the text's right edge may stay short of the page's mirrored left margin (a wider right margin, a binding offset). */
const MARGIN_SLACK = 0.15;

/**
 * The right margin of the text: the rightmost edge that enough lines reach to show that the layout wraps
 * there and, on a page of known width, it lies near the page's right margin (mirroring the left one). When no
 * line was wrapped (a one-page 議事要旨 of short lines), the longest lines merely end there, and taking that
 * for the margin would join them to the next line (and the next speaker's turn to a remark): then there is
 * no margin (Infinity), and only a next word that could not have fitted joins lines.
 */
function rightMargin(lines: readonly TextLine[], left: number, pageWidth: number | undefined): number {
	const needed = Math.max(MARGIN_EVIDENCE.lines, Math.ceil(lines.length * MARGIN_EVIDENCE.share));
	const reaching = (edge: number) => lines.filter((line) => line.right <= edge && (edge - line.right) / line.size < FULL_LINE).length;
	// The rightmost edge that enough lines reach, among the few rightmost (a title or a long line may stand out past it).
	const right = lines.map((line) => line.right).sort((a, b) => b - a).slice(0, MARGIN_CANDIDATES).find((edge) => reaching(edge) >= needed);
	if (right === undefined) return Number.POSITIVE_INFINITY;
	const nearPageMargin = pageWidth === undefined || pageWidth <= 0 || right >= pageWidth - left - MARGIN_SLACK * pageWidth;
	return nearPageMargin ? right : Number.POSITIVE_INFINITY;
}

/**
 * Lay the lines of all pages out as text: one output line per paragraph line,
 * a blank line between paragraphs (a vertical gap well above the line pitch),
 * lines that reach the right margin joined with the next one (also across a
 * page break), indents turned into ideographic spaces. Lines set in the margins of others (`setIn`: a page's footnotes,
 * set in the text's) are measured against those margins.
 */
export function linesToText(pages: readonly TextLine[][], pageWidth?: number | readonly number[], setIn?: readonly TextLine[][]): string {
	const all = pages.flat();
	if (all.length === 0) return '';
	// Punctuation hung past the margin (ぶら下げ: `、` `。` set beyond it) moves the rightmost edge out by an em: the
	// other lines wrap at the margin without it.
	const hangs = (line: TextLine) => HANGING.test(line.text.at(-1) ?? '');
	// The margins of pages of one width: slides or a landscape handout after the minutes (960 pt wide after A4's 595) have
	// their own, and never move the minutes' right margin out of their lines' reach.
	// (Lines across a page's two columns, a roll or a title over them, stand on the page's margins: the columns' lines
	// alone tell where those wrap.)
	const margins = (set: readonly TextLine[], width: number | undefined) => {
		const inColumns = set.filter((line) => !line.across);
		const lines = inColumns.length > 0 ? inColumns : set;
		const left = median(lines.map((line) => line.x));
		const right = rightMargin(lines, left, width);
		const unhung = lines.filter((line) => !hangs(line));
		const textRight = Number.isFinite(right) && unhung.length < lines.length ? Math.min(right, rightMargin(unhung, left, width)) : right;
		return { left, right, textRight };
	};
	const widths = Array.isArray(pageWidth) ? pageWidth : null;
	const byWidth = new Map<number, ReturnType<typeof margins>>();
	if (widths) {
		for (const width of new Set(widths.map(Math.round))) {
			const lines = pages.filter((_, i) => Math.round(widths[i] ?? 0) === width).flat();
			if (lines.length > 0) byWidth.set(width, margins(lines, width));
		}
	}
	// (Lines set in the margins of other lines, the footnotes in the text's: a few notes show no right margin of their own.)
	const shared = setIn === undefined ? null : { ...margins([...setIn.flat(), ...all], typeof pageWidth === 'number' ? pageWidth : widths?.[0]), left: median(all.map((line) => line.x)) };
	const whole = shared ?? (byWidth.size === 1 ? [...byWidth.values()][0]! : margins(all, typeof pageWidth === 'number' ? pageWidth : undefined));
	const marginsOf = (pageIndex: number) => (widths && !shared ? (byWidth.get(Math.round(widths[pageIndex] ?? 0)) ?? whole) : whole);
	const pitches: number[] = [];
	for (const lines of pages) {
		for (let i = 1; i < lines.length; i++) {
			const pitch = (lines[i - 1] as TextLine).y - (lines[i] as TextLine).y;
			if (pitch > 0) pitches.push(pitch);
		}
	}
	// The usual pitch is the smallest common one: the lower quartile, not the median, since most seeds are one line per paragraph.
	const sortedPitches = [...pitches].sort((a, b) => a - b);
	const pitch = sortedPitches[Math.floor(sortedPitches.length / 4)] ?? 0;

	const out: string[] = [];
	let previous: TextLine | null = null;
	let previousPage = -1;
	/** Where the wrapped lines of the list item being read start: under its text, not its bullet (Word's hanging indent). */
	let hanging: number | null = null;
	pages.forEach((lines, pageIndex) => {
		const { left, right, textRight } = marginsOf(pageIndex);
		// The margin a line's last unit is measured against: past the text's margin only for punctuation hung into it or
		// set at its edge (then a sentence that ends there may end its paragraph); a line that ends its sentence short of
		// the edge had room there only within the text's margin (`…おります。` an em short, `ICTを…` too wide for it).
		// (A line across a page's two columns, above or below them, is set to the page's margin, mirroring its left one,
		// when the page's width is known: a line of a roll there ending by chance where the columns' lines wrap is no
		// wrapped line.)
		const width = typeof pageWidth === 'number' ? pageWidth : widths?.[pageIndex];
		const pageRight = width !== undefined && width > 0 ? width - left : Number.POSITIVE_INFINITY;
		const marginFor = (line: TextLine) => (line.across ? pageRight : hangs(line) && (textRight - line.right) / line.size < HUNG_EDGE ? right : textRight);
		for (const line of lines) {
			// (On a page set with letter spacing, each ideographic space of an indent is that spacing wider.)
			const indent = Math.round((line.x - left) / (line.size * (1 + (line.tracking ?? 0))));
			const text = (line.x - left) / line.size >= INDENT ? `${'\u3000'.repeat(Math.max(1, indent))}${line.text}` : line.text;
			if (previous === null) {
				out.push(text);
			} else {
				const wrapped = isWrapped(previous, line, marginFor(previous));
				const samePage = pageIndex === previousPage;
				const gap = samePage && pitch > 0 && previous.y - line.y > pitch * PARAGRAPH_GAP;
				// A group's word alone on its line (`事務局`, `【オブザーバー】`) heads the next part of a list, even after a full line.
				// (So does a header's field after a field, `開催場所　…` under a date that reaches the margin, `開催日時　…３０分`.)
				// (And so does a sitting's time after a finished sentence, `午前１１時４２分　散会` under the chair's last words.)
				// (And so does a bill after a bill whose title reaches the margin, `第１号議案　…承認の件` / `第２号議案　…`, and any
				// line after a roll's entry closed by its honorific, padded to a narrow column's margin, `町長　　吉　岡　誠　一　君`.)
				// (And so does a header's heading alone, `議題`, `配布資料`, after a roll's or a field's line that reaches the margin.)
				const newBlock = (SENTENCE_END.test(previous.text) && (BLOCK_START.test(line.text) || readSittingTime(line.text) !== null)) || GROUP_LINE.test(line.text.trim()) || line.opens === true || (opensHeaderField(line.text) && opensHeaderField(previous.text)) || (ITEM_START.test(previous.text) && ITEM_START.test(line.text)) || (ROLL_ENTRY_END.test(previous.text) && isSpacedRoll(previous.text)) || (isHeadingAlone(line.text) && (isSpacedRoll(previous.text) || opensHeaderField(previous.text)));
				// A list item's wrapped line set under the item's text, a bullet's width in from the bullet (`・　乗継ぎが…` / `　　…検討する。`).
				const itemStart = LIST_BULLET.test(previous.text) ? previous.x : null;
				const underItem = hanging !== null ? Math.abs(line.x - hanging) / line.size < HANGING_SLACK : itemStart !== null && line.x > itemStart && (line.x - itemStart) / line.size <= HANGING_REACH;
				// A header field's value wrapped under itself, past its label (`３　出席者　委員　…上原　恵美、遠` / `　　　　　　藤　亮`).
				const underValue = hanging === null && itemStart === null && valueStarts(previous).some((x) => Math.abs(line.x - x) / line.size < HANGING_SLACK);
				// A paragraph with a left indent wrapped under its own start (a roll's `２番　木下` / `健一　　３番　…`): the line
				// before is as far in, and the next line's first letters could not have fitted at its end.
				// (A wrap at a space leaves the space out: it goes back between the two, `総務部長　杉山　敏夫`.)
				const indentEnd = (previous.x - left) / previous.size >= INDENT && Math.abs(line.x - previous.x) / line.size < HANGING_SLACK ? wrapEnd(previous, line, marginFor(previous)) : null;
				// (Lines that both open with a number, `１番　…` / `３番　…`, are a list's lines, the first typed to the margin.)
				const underIndent = indentEnd !== null && !underItem && !underValue && indent >= INDENT && !GROUP_START.test(line.text) && !(NUMBER_START.test(previous.text) && NUMBER_START.test(line.text));
				// (So does a roll's line of posts and names apart by spaces wrapped to the margin, `…、同課長補佐` / `森田　恵`.)
				const spaceLost = underIndent ? indentEnd === 'space' : !underItem && isSpacedRoll(previous.text) && wrapEnd(previous, line, marginFor(previous)) === 'space';
				if (wrapped && !gap && (indent < INDENT || underItem || underValue || underIndent) && !newBlock) {
					out[out.length - 1] = joinWrappedLine(out.at(-1) ?? '', `${spaceLost && NON_ASCII.test(line.text[0] ?? '') ? '\u3000' : ''}${line.text}`, (right - left) / line.size);
					hanging = underItem || underValue ? line.x : null;
				} else {
					hanging = null;
					// Across a page break a short line ends its paragraph (a list item just goes on); on a page the gap decides.
					if (gap || (!samePage && !wrapped && !newBlock)) out.push('');
					out.push(text);
				}
			}
			previous = line;
			previousPage = pageIndex;
		}
	});
	return `${out.join('\n')}\n`;
}

/**
 * A landscape sheet holding two pages side by side (2-up, 2in1: an assembly's record printed on A3, the left page then
 * the right), each with its page number at its own foot: the two pages, each half as wide, the right one's runs and
 * rules moved onto the left's frame; else null. Read as one page in two columns, each page's number and running head
 * had stood in the middle of the text, inside a turn running on from the left page to the right. The sheet is two
 * pages when nothing is drawn across its middle and the lowest line of each half is a page number (or the right half,
 * the last sheet's, is blank).
 */
export function twoUpPages(page: PageRuns): [PageRuns, PageRuns] | null {
	if (page.width <= page.height || page.turned || page.columnsDown) return null;
	const middle = page.width / 2;
	const visible = page.runs.filter((run) => run.text.trim() !== '');
	if (visible.some((run) => run.x < middle && columnEnd(run) > middle)) return null;
	const halves = [page.runs.filter((run) => run.x < middle), page.runs.filter((run) => run.x >= middle).map((run) => ({ ...run, x: run.x - middle }))] as const;
	// (A page number and some text above it; the last sheet's right half may be blank, an odd page count's.)
	const numbered = halves.map((runs) => {
		const lines = groupLines(runs);
		return lines.length === 0 ? null : lines.length >= 2 && isPageNumber(lines.at(-1)?.text ?? '');
	});
	if (numbered.includes(false) || !numbered.includes(true)) return null;
	const rules = (left: boolean): Rules | undefined => {
		if (!page.rules) return undefined;
		const side = (from: number, to: number) => (left ? to <= middle : from >= middle);
		const shift = left ? 0 : middle;
		return {
			horizontal: page.rules.horizontal.filter((rule) => side(rule.from, rule.to)).map((rule) => ({ ...rule, from: rule.from - shift, to: rule.to - shift })),
			vertical: page.rules.vertical.filter((rule) => side(rule.at, rule.at)).map((rule) => ({ ...rule, at: rule.at - shift })),
		};
	};
	const leaf = (runs: TextRun[], left: boolean): PageRuns => {
		const own = rules(left);
		const { rules: _rules, inColumns: _columns, ...rest } = page;
		return { ...rest, width: middle, runs, ...(own && own.horizontal.length > 0 && own.vertical.length > 0 ? { rules: own } : {}) };
	};
	return [leaf(halves[0], true), leaf(halves[1], false)];
}
