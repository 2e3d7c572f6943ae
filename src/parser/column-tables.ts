/**
 * Tables an assembly's record sets out in columns of text under their title: the 一般質問通告表 (order, questioner,
 * subjects, who is to answer) and the 議決結果一覧表 (bill, title, day, result). Each becomes a table of the body (a
 * paragraph per row, its cells apart by tabs, the first row naming the columns), its cells found by where the columns of
 * the head row start, so a subject wrapped onto a row of its own under the subjects' column stays in that column.
 */
import type { Block, BodySection } from './types.ts';
import { displayWidth, matchForm, placedWords, replaceSpaceRuns, trimSpaces, type SourceLine } from './normalize.ts';

/** A table's title: what the table lists, then 表 or 一覧 (`一般質問通告表`, `一般質問通告一覧表`, `議決結果一覧表`, `採決結果一覧`). */
const TABLE_TITLE = /^[^。、，,\s]{0,16}(?:通告|結果|審議|議決|採決|表決)(?:[^。、，,\s]{0,4}?)(?:一覧表?|表)$/u;
/** The longest title and the longest name of a column, spaces aside. */
const TITLE_MAX = 24;
const HEAD_CELL_MAX = 10;
/** The most rows a table runs to, and the most further lines a row of a web page's table takes (guards on a text that never ends one). */
const ROWS_MAX = 400;
const FURTHER_LINES_MAX = 20;

type Cell = { text: string; start: number };
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;

/** A table found: its title's line, the numbers of the lines it holds (rows and blank lines between them) and its rows as the body's blocks. */
export interface ColumnTable {
	title: SourceLine;
	lines: ReadonlySet<number>;
	rows: ParagraphBlock[];
}

/** True for a table's title alone on its line, marks and spaces aside (`◯一般質問通告表`, `　　議決結果一覧表`). */
export function isTableTitle(text: string): boolean {
	const title = replaceSpaceRuns(matchForm(trimSpaces(text)), '').replace(/^[〇◯○◎●◇◆□■△▽・]/u, '');
	return title.length <= TITLE_MAX && TABLE_TITLE.test(title);
}

/**
 * A line's words with where each starts (in half-width columns), words apart by any run of spaces; `gap` is true when
 * two or more spaces (or a tab, a cell's edge, counted as two) stand before the word, or it is the line's first.
 * (One space of either width parts the words of a cell, `２番　川口里美`; two part the cells.)
 */
function wordsOf(text: string): { text: string; start: number; gap: boolean }[] {
	return placedWords(text.replaceAll('\t', '  ')).map(({ word, at, before }, index) => ({ text: word, start: at, gap: index === 0 || [...before].length >= 2 }));
}

/** A line's cells: words apart by two spaces or more, or starting where a column of the head starts. */
function cellsOf(text: string, starts: readonly number[] = []): Cell[] {
	const cells: Cell[] = [];
	for (const word of wordsOf(text)) {
		const last = cells.at(-1);
		const aligned = starts.some((start) => Math.abs(start - word.start) <= 1);
		if (last && !word.gap && !aligned) last.text += `\u3000${word.text}`;
		else cells.push({ text: word.text, start: word.start });
	}
	return cells;
}

/** The head row's columns: names without their spacing, a name spaced out over cells (`件　　　　名`) one column. */
function headColumns(text: string): Cell[] | null {
	const columns: Cell[] = [];
	let spread = false;
	for (const cell of cellsOf(text)) {
		const name = replaceSpaceRuns(cell.text, '');
		const last = columns.at(-1);
		if (last && spread && [...name].length === 1) last.text += name;
		else columns.push({ text: name, start: cell.start });
		spread = [...name].length === 1;
	}
	const named = columns.every((column) => [...column.text].length <= HEAD_CELL_MAX && !/[0-9０-９。、]/u.test(column.text));
	return columns.length >= 2 && named ? columns : null;
}

/** The columns of a head row whose cells are apart by tabs (a web page's table), each name without its spacing. */
function tabbedColumns(text: string): Cell[] | null {
	const columns = text.split('\t').map((cell, i) => ({ text: replaceSpaceRuns(trimSpaces(cell), ''), start: i }));
	const named = columns.every((column) => column.text !== '' && [...column.text].length <= HEAD_CELL_MAX && !/[0-9０-９。、]/u.test(column.text));
	return columns.length >= 2 && named ? columns : null;
}

/** The column a cell starting at `start` falls in: the one whose start is nearest. */
function columnAt(columns: readonly Cell[], start: number): number {
	let best = 0;
	for (let i = 1; i < columns.length; i++) {
		if (Math.abs((columns[i]?.start ?? 0) - start) < Math.abs((columns[best]?.start ?? 0) - start)) best = i;
	}
	return best;
}

/**
 * The tables under their titles (see the module's comment). A table runs from the head row under its title over the
 * lines that follow, across a blank line only to a line of two cells or more; `ends` says which lines end one whatever
 * they hold (a speaker's turn, a heading of the header, a sitting's time). A title without a head row of column names is
 * no such table.
 */
export function columnTables(lines: readonly SourceLine[], ends: (text: string) => boolean): ColumnTable[] {
	const tables: ColumnTable[] = [];
	for (let at = 0; at < lines.length; at++) {
		const title = lines[at];
		if (!title || title.text.length > 200 || !isTableTitle(title.text)) continue;
		let next = at + 1;
		while (next < lines.length && trimSpaces(lines[next]?.text ?? '') === '') next++;
		const headLine = lines[next];
		// (A web page's table comes as rows of cells apart by tabs, each cell's further lines on lines of their own after its row.)
		const tabbed = headLine?.text.includes('\t') ?? false;
		const columns = headLine && headLine.text.length <= 400 ? (tabbed ? tabbedColumns(headLine.text) : headColumns(headLine.text)) : null;
		if (!headLine || !columns) continue;
		const cellsByRow: string[][] = [];
		/** The further lines of the row above so far. */
		let further = 0;
		const starts = columns.map((column) => column.start);
		const held = new Set<number>([headLine.line]);
		const rows: ParagraphBlock[] = [{ type: 'paragraph', text: columns.map((column) => column.text).join('\t'), line: headLine.line, cells: 'head' }];
		let end = next;
		for (let row = next + 1; row < lines.length && rows.length < ROWS_MAX; row++) {
			const text = lines[row]?.text ?? '';
			if (trimSpaces(text) === '') continue;
			if (text.length > 400 || ends(text) || isTableTitle(text)) break;
			if (tabbed && !text.includes('\t')) {
				// A further line of a cell of the row above (a web page's line break inside it): which cell the text does not say;
				// the longest, where wrapped words go (`１　町道の維持管理について` / `２　防犯灯のＬＥＤ化について`).
				const above = cellsByRow.at(-1);
				const block = rows.at(-1);
				if (!above || !block || row > end + 1 || ++further > FURTHER_LINES_MAX) break;
				const longest = above.reduce((best, cell, i) => (displayWidth(cell) > displayWidth(above[best] ?? '') ? i : best), 0);
				above[longest] = `${above[longest] ?? ''}\u3000${trimSpaces(text)}`;
				block.text = above.join('\t');
				held.add(lines[row]?.line ?? -1);
				end = row;
				continue;
			}
			const cells = tabbed ? text.split('\t').map((cell, i) => ({ text: trimSpaces(cell), start: i })) : cellsOf(text, starts);
			// (Across a blank line, only a row of two cells or more goes on with the table.)
			if (row > end + 1 && cells.length < 2) break;
			const values = columns.map(() => '');
			for (const cell of cells) {
				const column = tabbed ? Math.min(cell.start, columns.length - 1) : columnAt(columns, cell.start);
				if (cell.text === '') continue;
				values[column] = values[column] === '' ? cell.text : `${values[column]}\u3000${cell.text}`;
			}
			cellsByRow.push(values);
			further = 0;
			for (let blank = end + 1; blank <= row; blank++) held.add(lines[blank]?.line ?? -1);
			rows.push({ type: 'paragraph', text: values.join('\t'), line: lines[row]?.line ?? 0, cells: 'row' });
			end = row;
		}
		if (rows.length < 2) continue;
		tables.push({ title, lines: held, rows });
		at = end;
	}
	return tables;
}

/**
 * Each table's rows put into the body where the table stood: after the last block of the body's top level that starts at
 * or before its title (the title itself, kept as a note), in the section that block is in; at the first section's start
 * when none does. (One pass over the body, the tables in the order of their lines.)
 */
export function placeTables(body: BodySection[], tables: readonly ColumnTable[]): void {
	if (tables.length === 0) return;
	const pending = [...tables].sort((a, b) => a.title.line - b.title.line);
	const blocks = body.flatMap((section, s) => section.children.map((child, i) => ({ s, i, line: child.line })));
	/** The rows to put after each block (`s:i`), or before every block (`start`). */
	const after = new Map<string, ParagraphBlock[]>();
	let at = -1;
	for (const table of pending) {
		while (at + 1 < blocks.length && (blocks[at + 1]?.line ?? Infinity) <= table.title.line) at++;
		const block = blocks[at];
		const key = block ? `${block.s}:${block.i}` : 'start';
		const placed = after.get(key) ?? [];
		placed.push(...table.rows);
		after.set(key, placed);
	}
	if (body.length === 0) body.push({ id: 's0', title: '', line: pending[0]?.title.line ?? 1, children: [] });
	body.forEach((section, s) => {
		const children: Block[] = s === 0 ? [...(after.get('start') ?? [])] : [];
		section.children.forEach((child, i) => children.push(child, ...(after.get(`${s}:${i}`) ?? [])));
		section.children = children;
	});
}
