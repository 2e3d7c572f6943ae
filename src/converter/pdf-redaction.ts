/**
 * 黒塗り drawn over text instead of removing it: a black rectangle placed over a name in Word or Excel before
 * export, or Acrobat's rectangle comment filled black. The page shows a black bar, but the text under it is still in
 * the text layer, and reading it would publish what the body meant to withhold. This pass finds dark filled shapes on a
 * page (from pdf.js's operator list, annotations' appearances included) and Redact annotations, and writes each letter
 * of the text under them as ■, as the page shows it. Black text on a black bar is unreadable whichever was drawn first;
 * light text drawn on a dark band (a white heading on a black bar) is text the page shows, and stays.
 */
import { emWidth, type TextRun } from './pdf-layout.ts';

/** A box in the page's user space. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A straight rule of the page's drawing (a table's border): `at` is its y (horizontal) or x (vertical), `from`–`to` its extent along it. */
export interface Rule {
	at: number;
	from: number;
	to: number;
}

/** The horizontal and vertical rules a page draws (a table's borders, stroked lines or thin filled bars). */
export interface Rules {
	horizontal: Rule[];
	vertical: Rule[];
}

/** What a page's drawing tells about hidden text: the dark boxes, and the text it draws in light colours; and its rules. */
export interface DarkShapes {
	boxes: Box[];
	/** Text shown in a light colour, in drawing order (to tell a white heading on a dark band from text under a bar). */
	lightText: string;
	/** The rules drawn (a table's borders), which tell its cells apart. */
	rules?: Rules;
}

/**
 * pdf.js's operator codes this pass reads (`OPS` in pdf.js, checked against it by a test): written here rather than imported,
 * since importing `unpdf/pdfjs` would load pdf.js whenever the converter starts, PDF seeds or not (`unpdf` loads it on first use).
 */
export const OP = {
	setGState: 9,
	save: 10,
	restore: 11,
	transform: 12,
	stroke: 20,
	closeStroke: 21,
	fill: 22,
	eoFill: 23,
	fillStroke: 24,
	eoFillStroke: 25,
	closeFillStroke: 26,
	closeEOFillStroke: 27,
	setTextRenderingMode: 38,
	showText: 44,
	showSpacedText: 45,
	nextLineShowText: 46,
	nextLineSetSpacingShowText: 47,
	setFillGray: 57,
	setFillRGBColor: 59,
	setFillCMYKColor: 61,
	paintFormXObjectBegin: 74,
	paintFormXObjectEnd: 75,
	beginGroup: 76,
	endGroup: 77,
	beginAnnotation: 80,
	endAnnotation: 81,
	constructPath: 91,
} as const;

/** Paint operators of `constructPath` that fill the path. */
const FILLS = new Set<number>([OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
/** Paint operators of `constructPath` that stroke the path. */
const STROKES = new Set<number>([OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
/** pdf.js's path data codes (`DrawOPS`). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A fill at most this light (0 black, 1 white) hides black text. */
const DARK = 0.25;
/** Text at least this light is drawn to be read on a dark ground. */
const LIGHT = 0.6;
/** A fill at least this opaque hides what is under it (a translucent highlight does not). */
const OPAQUE = 0.7;
/** A shape narrower or lower than this (points) is a rule or a line of a table, not a bar over text. */
const THIN = 3;
/** A rule is at least this long (points): a table's border, not a dash or an underline's piece. */
const RULE_LENGTH = 6;
/** A fill at least this light draws no rule (a white shape drawn to cover). */
const BLANK = 0.9;
/** At most this many rules of a page are kept. */
const MAX_RULES = 5_000;

type Matrix = [number, number, number, number, number, number];
interface State {
	ctm: Matrix;
	/** Lightness of the fill colour, 0–1 (null: a pattern or an unknown space, never taken for dark). */
	fill: number | null;
	alpha: number;
	/** The text rendering mode draws no fill (3: invisible, as an OCR layer; 1, 5: outline only). */
	unfilledText: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
	// The new matrix `m` applied first, then the current `n` (PDF's `cm`: CTM' = m × CTM).
	return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

function asMatrix(value: unknown): Matrix | null {
	if (!value || typeof value !== 'object' || !('length' in value) || (value as ArrayLike<unknown>).length !== 6) return null;
	const numbers = Array.from(value as ArrayLike<unknown>, Number);
	return numbers.every(Number.isFinite) ? (numbers as Matrix) : null;
}

/** Lightness of `#rrggbb` (Rec. 601 luma), or null. */
function lightnessOfHex(value: unknown): number | null {
	if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/iu.test(value)) return null;
	const [r, g, b] = [1, 3, 5].map((at) => parseInt(value.slice(at, at + 2), 16) / 255) as [number, number, number];
	return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** The colour operand of a fill-colour operator as lightness, or null when it is not a colour read here. */
function lightnessOf(fn: number, args: readonly unknown[]): number | null {
	const first = args[0];
	if (typeof first === 'string') return lightnessOfHex(first);
	const numbers = args.map(Number);
	if (!numbers.every(Number.isFinite)) return null;
	if (fn === OP.setFillGray && numbers.length === 1) return numbers[0]!;
	if (fn === OP.setFillRGBColor && numbers.length === 3) {
		const scale = numbers.some((n) => n > 1) ? 255 : 1;
		return (0.299 * numbers[0]! + 0.587 * numbers[1]! + 0.114 * numbers[2]!) / scale;
	}
	if (fn === OP.setFillCMYKColor && numbers.length === 4) {
		const [c, m, y, k] = numbers as [number, number, number, number];
		return (0.299 * (1 - c) + 0.587 * (1 - m) + 0.114 * (1 - y)) * (1 - k);
	}
	return null;
}

/** The boxes of a path's subpaths made of straight lines (a rectangle's four sides), in the path's own space. */
function straightSubpaths(data: ArrayLike<number>): Box[] {
	const boxes: Box[] = [];
	let box: Box | null = null;
	let straight = true;
	const end = () => {
		if (box && straight) boxes.push(box);
		box = null;
		straight = true;
	};
	for (let at = 0; at < data.length; ) {
		const code = data[at]!;
		if (code === MOVE_TO || code === LINE_TO) {
			if (code === MOVE_TO) end();
			const x = data[at + 1]!;
			const y = data[at + 2]!;
			box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x), y1: Math.max(box.y1, y) } : { x0: x, y0: y, x1: x, y1: y };
			at += 3;
		} else if (code === CURVE_TO) {
			straight = false;
			at += 7;
		} else if (code === QUADRATIC_CURVE_TO) {
			straight = false;
			at += 5;
		} else if (code === CLOSE_PATH) {
			at += 1;
		} else {
			// Data this pass does not know: the path is not read.
			return [];
		}
	}
	end();
	return boxes;
}

/** A box through a matrix (its corners' extent). */
function through(box: Box, m: Matrix): Box {
	const xs: number[] = [];
	const ys: number[] = [];
	for (const [x, y] of [[box.x0, box.y0], [box.x1, box.y0], [box.x0, box.y1], [box.x1, box.y1]] as const) {
		xs.push(m[0] * x + m[2] * y + m[4]);
		ys.push(m[1] * x + m[3] * y + m[5]);
	}
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The letters a text-showing operator's glyphs stand for (pdf.js gives each glyph its `unicode`). */
function shownText(args: readonly unknown[]): string {
	const glyphs = args.find((arg) => Array.isArray(arg));
	if (!Array.isArray(glyphs)) return '';
	let text = '';
	for (const glyph of glyphs) if (glyph && typeof glyph === 'object' && 'unicode' in glyph && typeof glyph.unicode === 'string') text += glyph.unicode;
	return text;
}

/** At most this many operators of a page are read (a page drawn with more is not looked at for bars). */
const MAX_OPERATORS = 2_000_000;
/** At most this many dark shapes of a page are kept (each run is looked at against each). */
const MAX_BOXES = 20_000;

/**
 * The dark filled shapes of a page's operator list (pdf.js `getOperatorList()`: `fnArray`, `argsArray`) with straight sides,
 * in user space, and the text the page shows in light colours.
 */
export function darkShapes(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>): DarkShapes {
	const boxes: Box[] = [];
	const rules: Rules = { horizontal: [], vertical: [] };
	let lightText = '';
	let state: State = { ctm: IDENTITY, fill: 0, alpha: 1, unfilledText: false };
	const stack: State[] = [];
	const push = () => stack.push({ ...state });
	const pop = () => {
		state = stack.pop() ?? state;
	};
	const count = Math.min(fnArray.length, MAX_OPERATORS);
	for (let i = 0; i < count; i++) {
		const fn = fnArray[i]!;
		const raw = argsArray[i];
		const args: readonly unknown[] = Array.isArray(raw) ? raw : [];
		switch (fn) {
			case OP.save:
			case OP.beginGroup:
				push();
				break;
			case OP.restore:
			case OP.endGroup:
			case OP.paintFormXObjectEnd:
			case OP.endAnnotation:
				pop();
				break;
			case OP.transform: {
				const m = asMatrix(args);
				if (m) state.ctm = multiply(m, state.ctm);
				break;
			}
			case OP.paintFormXObjectBegin: {
				push();
				const m = asMatrix(args[0]);
				if (m) state.ctm = multiply(m, state.ctm);
				break;
			}
			case OP.beginAnnotation: {
				// (id, rect, transform, matrix, own canvas): the appearance is drawn through transform × matrix.
				push();
				for (const value of [args[2], args[3]]) {
					const m = asMatrix(value);
					if (m) state.ctm = multiply(m, state.ctm);
				}
				break;
			}
			case OP.setFillGray:
			case OP.setFillRGBColor:
			case OP.setFillCMYKColor:
				state.fill = lightnessOf(fn, args);
				break;
			case OP.setGState: {
				for (const entry of Array.isArray(args[0]) ? args[0] : []) {
					if (Array.isArray(entry) && entry[0] === 'ca' && Number.isFinite(Number(entry[1]))) state.alpha = Number(entry[1]);
				}
				break;
			}
			case OP.setTextRenderingMode: {
				const mode = Number(args[0]) % 4;
				state.unfilledText = mode === 1 || mode === 3;
				break;
			}
			case OP.showText:
			case OP.showSpacedText:
			case OP.nextLineShowText:
			case OP.nextLineSetSpacingShowText:
				if (!state.unfilledText && state.fill !== null && state.fill >= LIGHT && lightText.length < 1_000_000) lightText += `${shownText(args)}\n`;
				break;
			case OP.constructPath: {
				const paint = Number(args[0]);
				const data = Array.isArray(args[1]) ? (args[1][0] as ArrayLike<number> | null) : null;
				if (!data || typeof data !== 'object') break;
				// A table's borders: stroked lines (a cell's outline drawn as a rectangle gives its four sides), or bars too thin to hide text.
				const stroked = STROKES.has(paint);
				if ((stroked || (FILLS.has(paint) && state.fill !== null && state.fill < BLANK)) && rules.horizontal.length + rules.vertical.length < MAX_RULES) {
					for (const box of straightSubpaths(data)) addRules(rules, through(box, state.ctm), stroked);
				}
				if (!FILLS.has(paint) || state.fill === null || state.fill > DARK || state.alpha < OPAQUE) break;
				for (const box of straightSubpaths(data)) {
					const shown = through(box, state.ctm);
					if (shown.x1 - shown.x0 >= THIN && shown.y1 - shown.y0 >= THIN && boxes.length < MAX_BOXES) boxes.push(shown);
				}
				break;
			}
		}
	}
	return { boxes, lightText, rules };
}

/** The rules a shape draws: a thin one is a rule along its length; a stroked box's sides are four. */
function addRules(rules: Rules, box: Box, stroked: boolean): void {
	const width = box.x1 - box.x0;
	const height = box.y1 - box.y0;
	if (height < THIN && width >= RULE_LENGTH) rules.horizontal.push({ at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
	else if (width < THIN && height >= RULE_LENGTH) rules.vertical.push({ at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
	else if (stroked && width >= RULE_LENGTH && height >= RULE_LENGTH) {
		rules.horizontal.push({ at: box.y0, from: box.x0, to: box.x1 }, { at: box.y1, from: box.x0, to: box.x1 });
		rules.vertical.push({ at: box.x0, from: box.y0, to: box.y1 }, { at: box.x1, from: box.y0, to: box.y1 });
	}
}

/** Annotations as pdf.js gives them (`getAnnotations()`): the fields every reader of them reads. */
export interface AnnotationData {
	subtype?: string;
	rect?: ArrayLike<number>;
}

/** An annotation's rectangle (`[x0, y0, x1, y1]`, corners in either order) as a box, or null. */
export function rectBox(rect: ArrayLike<number> | undefined): Box | null {
	if (!rect || rect.length !== 4) return null;
	const [a, b, c, d] = Array.from(rect, Number) as [number, number, number, number];
	return [a, b, c, d].every(Number.isFinite) ? { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) } : null;
}

/** Redact annotations not yet applied: the areas the author marked to be removed. */
export function redactAreas(annotations: readonly AnnotationData[]): Box[] {
	return annotations.flatMap((annotation) => {
		const box = annotation.subtype === 'Redact' ? rectBox(annotation.rect) : null;
		return box ? [box] : [];
	});
}

/** Height of the bands boxes are filed under (points), and how many bands a box or a run may span before it is looked at everywhere. */
const BAND = 24;
const MAX_BANDS = 200;

/**
 * The boxes filed by the bands of the page's height they cross, so that a run is compared with the boxes near it only (a
 * page of thousands of runs and bars stays linear); `near(y0, y1)` gives the boxes that may cross that stretch.
 */
function bandIndex(boxes: readonly Box[]): (y0: number, y1: number) => Box[] {
	const bands = new Map<number, Box[]>();
	const everywhere: Box[] = [];
	for (const box of boxes) {
		const [first, last] = [Math.floor(box.y0 / BAND), Math.floor(box.y1 / BAND)];
		if (!(last - first <= MAX_BANDS)) {
			everywhere.push(box);
			continue;
		}
		for (let band = first; band <= last; band++) {
			const list = bands.get(band);
			if (list) list.push(box);
			else bands.set(band, [box]);
		}
	}
	return (y0, y1) => {
		const [first, last] = [Math.floor(y0 / BAND), Math.floor(y1 / BAND)];
		if (!(last - first <= MAX_BANDS)) return [...boxes];
		const found = new Set<Box>(everywhere);
		for (let band = first; band <= last; band++) for (const box of bands.get(band) ?? []) found.add(box);
		return [...found];
	};
}

/** A letter is under a box when the point this share of its size above its baseline's middle is inside the box. */
const COVERED_MIDDLE = 0.35;

/** The mark each hidden letter is written as. */
export const HIDDEN = '■';

/**
 * Write each letter of the runs under a dark box as `HIDDEN` (in place), unless the run is text the page shows in a light
 * colour; the number of letters hidden. A letter's place in its run is estimated from the letters' rough widths (`emWidth`). `directions` gives a run's baseline direction (cos, sin) when it is not set along the page (a turned table).
 */
export function maskHiddenText(runs: TextRun[], shapes: DarkShapes, more: readonly Box[] = [], directions: readonly ([number, number] | undefined)[] = []): number {
	const boxes = [...shapes.boxes, ...more];
	if (boxes.length === 0) return 0;
	const near = bandIndex(boxes);
	let hidden = 0;
	runs.forEach((run, index) => {
		if (run.text.trim() === '' || run.width <= 0) return;
		const [cos, sin] = directions[index] ?? [1, 0];
		// The run's extent: along its baseline, and up to its size across it.
		const ends = [run.x, run.x + cos * run.width, run.x - sin * run.size, run.x + cos * run.width - sin * run.size];
		const tops = [run.y, run.y + sin * run.width, run.y + cos * run.size, run.y + sin * run.width + cos * run.size];
		const extent = { x0: Math.min(...ends), x1: Math.max(...ends), y0: Math.min(...tops), y1: Math.max(...tops) };
		const over = near(extent.y0, extent.y1).filter((box) => box.x1 > extent.x0 && box.x0 < extent.x1 && box.y1 > extent.y0 && box.y0 < extent.y1);
		if (over.length === 0) return;
		const letters = [...run.text];
		const total = letters.reduce((sum, char) => sum + emWidth(char), 0);
		let at = 0;
		let count = 0;
		const masked = letters.map((char) => {
			const weight = emWidth(char);
			const along = ((at + weight / 2) / total) * run.width;
			at += weight;
			if ((char.trim() === '' && char !== '\u3000') || char === HIDDEN) return char;
			const x = run.x + cos * along - sin * COVERED_MIDDLE * run.size;
			const y = run.y + sin * along + cos * COVERED_MIDDLE * run.size;
			if (!over.some((box) => box.x0 <= x && box.x1 >= x && box.y0 <= y && box.y1 >= y)) return char;
			count++;
			return HIDDEN;
		});
		// (A white heading on a dark band is text the page shows.)
		if (count === 0 || shapes.lightText.includes(run.text.trim())) return;
		hidden += count;
		run.text = masked.join('');
	});
	return hidden;
}

/** A rule strikes a letter through when it lies between these shares of the letter's size above its baseline (an underline lies under it, a table's border above or below the line). */
const STRIKE_BAND = { from: 0.2, to: 0.6 } as const;
/** Most horizontal rules a page is searched for strikes through its letters (a page of tables draws a great many). */
const MAX_STRIKES_CHECKED = 500;

/**
 * Leave out the letters of upright runs struck through (in place): a horizontal rule across a letter's middle, within
 * STRIKE_BAND of its height (a correction kept struck, 見え消し: `予算は５００万円６００万円` with `５００万円` struck, as a
 * Word document's struck words are left out); the words left out, each a run of struck letters. A letter's place in
 * its run is estimated as for hidden text.
 */
export function strikeOutText(runs: TextRun[], rules: readonly Rule[], directions: readonly ([number, number] | undefined)[] = []): string[] {
	if (rules.length === 0 || rules.length > MAX_STRIKES_CHECKED) return [];
	// (By height, so each run looks only at the rules at its letters' middle.)
	const sorted = [...rules].sort((a, b) => a.at - b.at);
	const firstAbove = (y: number) => {
		let [low, high] = [0, sorted.length];
		while (low < high) {
			const middle = (low + high) >> 1;
			if (sorted[middle]!.at < y) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	const struck: string[] = [];
	runs.forEach((run, index) => {
		if (run.text.trim() === '' || run.width <= 0 || directions[index] !== undefined) return;
		const top = run.y + STRIKE_BAND.to * run.size;
		const across: Rule[] = [];
		for (let i = firstAbove(run.y + STRIKE_BAND.from * run.size); i < sorted.length && sorted[i]!.at <= top; i++) {
			const rule = sorted[i]!;
			if (rule.to > run.x && rule.from < run.x + run.width) across.push(rule);
		}
		if (across.length === 0) return;
		const letters = [...run.text];
		const total = letters.reduce((sum, char) => sum + emWidth(char), 0);
		let at = 0;
		let kept = '';
		let word = '';
		for (const char of letters) {
			const weight = emWidth(char);
			const x = run.x + ((at + weight / 2) / total) * run.width;
			at += weight;
			if (char.trim() !== '' && across.some((rule) => rule.from <= x && rule.to >= x)) {
				word += char;
				continue;
			}
			if (word !== '') struck.push(word);
			word = '';
			kept += char;
		}
		if (word !== '') struck.push(word);
		run.text = kept;
	});
	return struck;
}
