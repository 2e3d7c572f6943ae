/** CSV of the remark, people and attendance rows: RFC 4180, UTF-8 with BOM, formula-like text neutralised, written in pieces. */
import { remarkColumns, type RemarkRow } from '../schemas/open-data.ts';
import { formatChunks, type ExportFormat } from './export-format.ts';

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A text cell as a spreadsheet must show it: one starting like a formula gets a leading `'` (OWASP's
 * advice), so `=HYPERLINK(…)` in a remark stays text. Numbers are written as they are.
 */
export function neutraliseCsvText(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes one CSV field per RFC 4180 when it needs quoting; text starting like a formula is neutralised first. */
export function csvField(value: string | number | boolean | null): string {
	if (value === null) return '';
	const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : neutraliseCsvText(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Groups of rows as a list or as they are produced (a whole-archive export reads one meeting at a time). */
export type RowGroups<Row> = Iterable<readonly Row[]> | AsyncIterable<readonly Row[]>;

/** RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 BOM (so spreadsheet programs read Japanese), formula-like text neutralised: the header, then one piece per group of rows. */
export function csvTableFormat<Row extends Record<string, string | number | boolean | null>>(columns: readonly (keyof Row & string)[]): ExportFormat<readonly Row[]> {
	return {
		opening: `\uFEFF${columns.join(',')}\r\n`,
		piece: (rows) => rows.map((row) => `${columns.map((column) => csvField(row[column] ?? null)).join(',')}\r\n`).join(''),
		closing: '',
	};
}

/** A CSV table (see `csvTableFormat`) in pieces: the header, then one per group of rows. */
export function csvTableChunks<Row extends Record<string, string | number | boolean | null>>(columns: readonly (keyof Row & string)[], groups: RowGroups<Row>): AsyncGenerator<string> {
	return formatChunks(csvTableFormat(columns), groups);
}

/** The remark table as CSV, one piece per meeting's rows. */
export const remarkCsvFormat: ExportFormat<readonly RemarkRow[]> = csvTableFormat(remarkColumns);
