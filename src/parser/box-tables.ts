/**
 * Tables drawn with box-drawing characters (`┌──┬──┐`, `│日　時│令和…│`), as assembly records copied from a
 * viewer or a word processor frame their header (会議名, 日時, 出席委員 …) or a title. Before any reader sees the
 * text, each table becomes the lines the readers know: a label on a line of its own with its values on the lines
 * below it, a framed cell's text without its frame, a row's cells apart by a wide gap. Borders become blank lines,
 * and every line keeps its number.
 */
import { displayWidth, type SourceLine } from './normalize.ts';

/** A vertical bar, or a junction of one with a horizontal rule, that divides a row's cells. */
const CELL_DIVIDER = /[│┃║├┤┼┣┫╋┠┨╂┝┥┿╟╢╫╠╣╬]/u;
const CELL_DIVIDERS = new RegExp(CELL_DIVIDER.source, 'gu');
/** A corner or junction: a line of rules with one of these is a table's border, not a separator between parts (`──────`). */
const JUNCTION = /[┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋┠┨┯┷┿╂┝┥┰┸╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫]/u;
const SPACES = /[\s\u3000]+/gu;
/** The widest label a label column holds (`会議に付した事件` = 8), spaces aside. */
const LABEL_MAX = 10;
/** A gap between the cells of one row, as readers of rolls expect between columns. */
const COLUMN_GAP = '\u3000\u3000';

type Row = { source: SourceLine; cells: string[] };

/** A row's cells, frame and dividers removed, each trimmed; cells that are only rules (a border inside a row) are empty. */
function cellsOf(text: string): string[] {
	// A cell keeps the spaces before its text: a roll laid out in columns inside a cell stays aligned from line to line.
	const cells = text.trim().split(CELL_DIVIDERS).map((cell) => (boxOnly(cell) ? '' : cell.trimEnd()));
	// The frame's outer bars leave an empty cell at each end.
	if (cells[0] === '') cells.shift();
	if (cells.at(-1) === '') cells.pop();
	return cells;
}

/** True when the text holds only box-drawing characters (U+2500–U+257F) and spaces (a loop: a regex overflows V8's stack on megabytes of spaces). */
function boxOnly(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!((code >= 0x2500 && code <= 0x257f) || code === 0x3000 || code === 0x20 || code === 0x09)) return false;
	}
	return true;
}

/** True for a border: box-drawing characters only, with a corner or junction. */
function isBorder(text: string): boolean {
	return JUNCTION.test(text) && boxOnly(text);
}

/** True for a framed row: it starts and ends with a divider (after spaces). */
function isRow(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.length >= 2 && CELL_DIVIDER.test(trimmed[0] ?? '') && CELL_DIVIDER.test(trimmed.at(-1) ?? '');
}

/** A short label without digits (日時, 出席委員, 会議に付した事件), spaces removed; null for anything else. */
function labelOf(cell: string): string | null {
	const label = cell.replace(SPACES, '');
	return label.length <= LABEL_MAX && !/[0-9０-９]/u.test(label) ? label : null;
}

/**
 * The rows of one table between its borders as records (`rows`), each with the border line before it (`border`, where
 * its label goes), rewritten: a table whose every record has a label in its first column and a value beside it gives
 * the label, then each row's values; any other table gives each row's cells apart by a wide gap.
 */
function rewriteTable(records: readonly { border: SourceLine | null; rows: Row[] }[], out: Map<SourceLine, string>): void {
	// Each record's label: its first column's cells joined (`会議に付した` / `事件`), null when that is no label.
	const labels = records.map((record) => {
		const label = record.rows.map((row) => row.cells[0] ?? '').join('');
		return record.rows.some((row) => row.cells.length >= 2) && label.trim() !== '' ? labelOf(label) : null;
	});
	const labelled = records.length > 0 && labels.every((label) => label !== null);
	const trimmed = (cells: readonly string[]) => cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
	// A row with an empty cell before a filled one (a subject wrapped onto a row of its own under its column) keeps its
	// cells in their columns: every row is laid out at the columns' widths, where the empty cells had closed up.
	const rows = records.flatMap((record) => record.rows);
	const aligned = !labelled && rows.some((row) => row.cells.slice(row.cells.findIndex((cell) => cell.trim() === '') + 1 || row.cells.length).some((cell) => cell.trim() !== ''));
	const widths: number[] = [];
	if (aligned) for (const row of rows) row.cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell.trim()))));
	const laidOut = (cells: readonly string[]): string =>
		cells
			.map((cell, i) => {
				const text = cell.trim();
				const pad = (widths[i] ?? 0) - displayWidth(text);
				return i === cells.length - 1 ? text : `${text}${'\u3000'.repeat(Math.floor(pad / 2))}${pad % 2 === 1 ? ' ' : ''}`;
			})
			.join(COLUMN_GAP)
			.trimEnd();
	for (const [index, record] of records.entries()) {
		if (!labelled) {
			for (const row of record.rows) out.set(row.source, aligned ? laidOut(row.cells) : trimmed(row.cells).join(COLUMN_GAP));
			continue;
		}
		const label = labels[index] ?? '';
		// One value cell keeps its spaces; several are apart by a wide gap.
		const values = record.rows.map((row) => {
			const cells = row.cells.slice(1).filter((cell) => cell.trim() !== '');
			return cells.length === 1 ? (cells[0] ?? '') : trimmed(cells).join(COLUMN_GAP);
		});
		if (record.border) {
			out.set(record.border, label);
			record.rows.forEach((row, i) => out.set(row.source, values[i] ?? ''));
		} else {
			// No border above (a table drawn without its top line): the label heads the record's first row.
			record.rows.forEach((row, i) => out.set(row.source, i === 0 ? `${label}${COLUMN_GAP}${values[i] ?? ''}` : (values[i] ?? '')));
		}
	}
}

/**
 * The lines with every box-drawn table rewritten (see the module's comment), or null when the text has none. A line
 * that is not framed but holds a bar between text on both sides (`１番 岸本和代君 │ ２番 須見一仁君`, a roll in two
 * columns) has the bar turned into a wide gap.
 */
export function unboxTables(lines: readonly SourceLine[]): SourceLine[] | null {
	const out = new Map<SourceLine, string>();
	let records: { border: SourceLine | null; rows: Row[] }[] = [];
	let border: SourceLine | null = null;
	let open = false;
	const close = () => {
		if (records.length > 0) rewriteTable(records, out);
		records = [];
		border = null;
		open = false;
	};
	for (const source of lines) {
		const text = source.text;
		if (isBorder(text)) {
			out.set(source, '');
			border = source;
			open = true;
			continue;
		}
		if (isRow(text)) {
			const last = records.at(-1);
			if (last && border === null && open) last.rows.push({ source, cells: cellsOf(text) });
			else records.push({ border, rows: [{ source, cells: cellsOf(text) }] });
			border = null;
			open = true;
			continue;
		}
		close();
		if (CELL_DIVIDER.test(text)) {
			const cells = text.split(CELL_DIVIDERS);
			if (cells.length >= 2 && cells.every((cell) => cell.trim() !== '' && !boxOnly(cell))) {
				out.set(source, cells.map((cell, i) => (i === 0 ? cell.trimEnd() : cell.trim())).join(COLUMN_GAP));
			}
		}
	}
	close();
	if (out.size === 0) return null;
	return lines.map((source) => (out.has(source) ? { text: out.get(source) ?? '', line: source.line } : source));
}
