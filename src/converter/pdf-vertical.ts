/**
 * Pages set in vertical writing (縦書き): their runs given in the frame of their columns, so that the layout reads
 * them as it reads lines. A column is a line read from the top (`x` is the distance down the page), the columns
 * from right to left (`y` is the column's middle across the page, so the rightmost comes first, as the highest line
 * does). A page set in tiers (段組, as the official gazette and old assembly records print their minutes) is read
 * tier by tier, each tier's columns after the last column of the tier above.
 */
import { HANGING, isPageNumber, median, type TextRun } from './pdf-layout.ts';

/**
 * How a run lies in vertical writing: `{ down }`, a vertical font's run (its origin at the top of the column's middle,
 * `down` its advance); `turned`, a run turned a quarter clockwise (Latin letters and digits set sideways, or a whole
 * column as an `@` font is drawn; its baseline down the column's middle, the letters' tops to its right); `upright`,
 * a letter drawn upright in its place (or a few set across the column, 縦中横), or a line of horizontal text on the page.
 */
export type ColumnSetting = { down: number } | 'turned' | 'upright';

/** An upright letter's height above its baseline, and the share of an em from a turned run's baseline to its letters' middle. */
const ASCENT = 0.88;
const TURNED_MIDDLE = 0.38;
/** An upright run at most this many ems wide stands in its column (a letter, 縦中横); a wider one is a line of horizontal text. */
const IN_COLUMN = 1.6;
/** A band of the page this many ems high that no column crosses may part two tiers. */
const TIER_GAP = 1.5;
/** A tier holds columns of prose: at least this many columns, of at least this many letters (median); a table's cells are shorter. */
const TIER_TEXT = { columns: 3, letters: 8 } as const;
/** The most tiers a page is read in (the official gazette prints four). */
const TIERS_MAX = 6;
/** Columns whose middles lie within this share of an em of each other are one column. */
const SAME_COLUMN = 0.5;
/** A page number this many of its ems clear of the columns' letters, under or over them all, stands in the page's margin. */
const MARGIN_CLEAR = 1.5;
/**
 * Under the columns, a page number this many of its ems below every letter stands in the page's foot: the columns end
 * level, and a figure of the text at a column's end stands level with the other columns' last letters.
 */
const FOOT_CLEAR = 0.5;

/**
 * The runs of a page set in vertical writing in its columns' frame; `settings` says how each run lies (by index).
 * `width` is the frame's: the page's height, or for a page in tiers a tier's length with the page's margins.
 */
export function inColumns(runs: readonly TextRun[], settings: readonly ColumnSetting[], page: { x1: number; y0: number; top: number }): { runs: TextRun[]; width: number } {
	const length = page.top - page.y0;
	const columns: TextRun[] = [];
	const across: TextRun[] = [];
	// The band down the page that the columns' letters fill: a page number under it or over it (`1` centred at the
	// page's foot, a letter wide) is a line across the page, no column's letter (it had been read as a column of its own
	// amid the others, its number run into the minutes).
	const numbered = (run: TextRun) => run.text.length <= 12 && isPageNumber(run.text);
	let low = Number.POSITIVE_INFINITY;
	let high = Number.NEGATIVE_INFINITY;
	// (Punctuation hung past a column's end, ぶら下げ, stands lower than the columns' letters: it tells nothing of where they end.)
	let lowLetter = Number.POSITIVE_INFINITY;
	for (const run of runs) {
		if (run.text.trim() === '' || numbered(run)) continue;
		low = Math.min(low, run.y);
		high = Math.max(high, run.y);
		if (!HANGING.test(run.text.trim()) || run.text.trim().length > 1) lowLetter = Math.min(lowLetter, run.y);
	}
	const inMargin = (run: TextRun) => numbered(run) && (run.y < low - MARGIN_CLEAR * run.size || run.y < lowLetter - FOOT_CLEAR * run.size || run.y > high + MARGIN_CLEAR * run.size);
	runs.forEach((run, index) => {
		const setting = settings[index] ?? 'upright';
		if (typeof setting === 'object') columns.push({ ...run, x: page.top - run.y, y: run.x, width: setting.down });
		else if (setting === 'turned') columns.push({ ...run, x: page.top - run.y, y: run.x + TURNED_MIDDLE * run.size });
		else {
			// (pdf.js puts a space after an upright letter when the next is not beside it, as the next in a column never is.)
			const text = run.text.replace(/ +$/u, '');
			if (inMargin(run)) across.push(run);
			else if (run.width <= IN_COLUMN * run.size || [...text].length <= 1) columns.push({ ...run, text, x: page.top - run.y - ASCENT * run.size, y: run.x + Math.min(run.width, run.size) / 2, width: run.size });
			else across.push(run);
		}
	});
	const tiers = inTiers(columns);
	const tiered = tiers?.runs ?? columns;
	// (A tier's lines end at its foot: wrapped lines are found at that margin, the page's top margin mirrored under it.)
	const width = tiers ? Math.min(length, 2 * tiers.start + tiers.length) : length;
	// (A loop, not a spread: a page may hold a hundred thousand runs.)
	let highest = page.x1;
	let lowest = 0;
	for (const run of tiered) {
		highest = Math.max(highest, run.y);
		lowest = Math.min(lowest, run.y);
	}
	// Horizontal text on the page (a running head, a page number at its foot) stays a line of its own, above the columns
	// when it is in the page's upper half and below them otherwise, set across the middle of the columns' length (a
	// page in tiers whose lines the layout reads as two columns has it across their gap, above or below them all).
	for (const run of across) tiered.push({ ...run, x: Math.max(0, (width - run.width) / 2), y: run.y > page.top / 2 ? highest + run.y : lowest - page.top + run.y });
	return { runs: tiered, width };
}

/**
 * Columns of a page in tiers, each tier moved to the first one's place down the page and set after the tier above,
 * a column's pitch after its last column, with where the first tier starts and the longest tier's length; null when
 * the page has one tier. Tiers are the bands of the page, between gaps no column crosses, that each hold columns of prose.
 */
function inTiers(runs: readonly TextRun[]): { runs: TextRun[]; start: number; length: number } | null {
	const letters = runs.filter((run) => run.text.trim() !== '');
	if (letters.length === 0) return null;
	const size = median(letters.map((run) => run.size));
	// The bands down the page that runs cover, merged where they overlap or nearly meet (punctuation hung past a column's
	// end, ぶら下げ, into the gap under it aside).
	const spans = letters.filter((run) => !HANGING.test(run.text.trim()) || run.text.trim().length > 1).map((run) => [run.x, run.x + run.width] as const).sort((a, b) => a[0] - b[0]);
	const bands: [number, number][] = [];
	for (const [from, to] of spans) {
		const last = bands.at(-1);
		if (last && from - last[1] < TIER_GAP * size) last[1] = Math.max(last[1], to);
		else bands.push([from, to]);
	}
	if (bands.length < 2 || bands.length > TIERS_MAX) return null;
	// A run is in the last band that starts above it (punctuation hung under a tier's columns is that tier's).
	const tierOf = (run: TextRun) => bands.reduce((found, [from], index) => (run.x >= from - size ? index : found), 0);
	const tiers = bands.map(() => [] as TextRun[]);
	for (const run of runs) tiers[tierOf(run)]!.push(run);
	/** A tier's columns, right to left: each its middle across the page and its letters (runs within SAME_COLUMN of the first). */
	const columnsOf = (tier: readonly TextRun[]) => {
		const groups: { y: number; letters: number }[] = [];
		for (const run of [...tier].sort((a, b) => b.y - a.y)) {
			const letters = [...run.text].filter((char) => char.trim() !== '').length;
			const last = groups.at(-1);
			if (last && last.y - run.y < SAME_COLUMN * size) last.letters += letters;
			else if (letters > 0) groups.push({ y: run.y, letters });
		}
		return groups;
	};
	const columned = tiers.map(columnsOf);
	// Only tiers of prose: a roll or a table whose cells line up down the page is one tier, read column by column.
	if (columned.some((columns) => columns.length < TIER_TEXT.columns || median(columns.map((column) => column.letters)) < TIER_TEXT.letters)) return null;
	const pitches = columned.flatMap((columns) => columns.slice(1).map((column, i) => columns[i]!.y - column.y));
	const pitch = pitches.length > 0 ? median(pitches) : 1.5 * size;
	const start = bands[0]![0];
	const placed: TextRun[] = [];
	let above = Number.POSITIVE_INFINITY;
	tiers.forEach((tier, index) => {
		const columns = columned[index]!;
		const first = columns[0]!.y;
		// This tier's first column one pitch under the last column of the tier above.
		const shift = Number.isFinite(above) ? above - pitch - first : 0;
		const down = bands[index]![0] - start;
		for (const run of tier) placed.push({ ...run, x: run.x - down, y: run.y + shift });
		above = columns.at(-1)!.y + shift;
	});
	return { runs: placed, start, length: Math.max(...bands.map(([from, to]) => to - from)) };
}
