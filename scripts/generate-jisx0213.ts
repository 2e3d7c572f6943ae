/**
 * Writes `src/converter/jisx0213-table.ts`: the characters of JIS X 0213:2004 that the WHATWG decoders do not give, as
 * glibc's `iconv -f EUC-JISX0213` reads them (no npm package decodes JIS X 0213 in plain JavaScript: `iconv-lite` and
 * `encoding-japanese` stop at JIS X 0208/0212, `iconv` builds native code). Run it where glibc's iconv is:
 *
 *     node scripts/generate-jisx0213.ts
 *
 * Kept: every cell of plane 2 in the rows JIS X 0213 fills; of plane 1, the cells that the WHATWG `euc-jp` decoder refuses, and every cell of rows 89–94
 * (which CP932 and the WHATWG index give IBM's extension characters). The cells both read are left to the WHATWG decoder,
 * so a character reads the same in a Shift_JIS-2004 file as in a CP932 one (`～` U+FF5E, not JIS X 0213's `〜` U+301C);
 * a cell the two read as different characters, beyond such a variant, stops the script.
 */

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../src/converter/jisx0213-table.ts', import.meta.url);

/** Cells read by the WHATWG decoder that glibc maps to another code point for the same character. */
const VARIANTS: Readonly<Record<string, string>> = { '\u301c': '\uff5e', '\u2016': '\u2225', '\u2212': '\uff0d', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2', '\u2014': '\u2015' };

/** The EUC-JIS-2004 bytes of a cell: plane 2 behind 0x8F. */
function eucBytes(plane: number, row: number, cell: number): number[] {
	const pair = [0xa0 + row, 0xa0 + cell];
	return plane === 1 ? pair : [0x8f, ...pair];
}

/** Each cell of a plane read by glibc, one per line ('' where glibc has none: `-c` leaves it out). */
function glibcPlane(plane: number): string[][] {
	const bytes: number[] = [];
	for (let row = 1; row <= 94; row++) for (let cell = 1; cell <= 94; cell++) bytes.push(...eucBytes(plane, row, cell), 0x0a);
	let text: string;
	try {
		text = execFileSync('iconv', ['-c', '-f', 'EUC-JISX0213', '-t', 'UTF-8'], { input: Buffer.from(bytes), maxBuffer: 1 << 24 }).toString('utf8');
	} catch (cause) {
		// `-c` exits 1 when it left cells out; its output is still whole.
		const output = (cause as { stdout?: Buffer }).stdout;
		if (!output) throw cause;
		text = output.toString('utf8');
	}
	const lines = text.split('\n');
	if (lines.length !== 94 * 94 + 1) throw new Error(`plane ${plane}: ${lines.length - 1} lines from iconv, not ${94 * 94}`);
	return Array.from({ length: 94 }, (_, row) => lines.slice(row * 94, row * 94 + 94));
}

/**
 * glibc's reading of one cell alone, or '' when it has none. (`-c` above skips a byte of a cell it cannot read, so a
 * plane 2 cell without a character could show the plane 1 character of its last two bytes: each kept cell is read again.)
 */
function glibcCell(plane: number, row: number, cell: number): string {
	try {
		return execFileSync('iconv', ['-f', 'EUC-JISX0213', '-t', 'UTF-8'], { input: Buffer.from(eucBytes(plane, row, cell)), stdio: ['pipe', 'pipe', 'ignore'] }).toString('utf8');
	} catch {
		return '';
	}
}

/** The WHATWG euc-jp reading of a cell, or null. */
function whatwg(plane: number, row: number, cell: number): string | null {
	try {
		return new TextDecoder('euc-jp', { fatal: true }).decode(Uint8Array.from(eucBytes(plane, row, cell)));
	} catch {
		return null;
	}
}

/** The rows of plane 2 that JIS X 0213 fills (the others are JIS X 0212's, which glibc and the WHATWG decoder read there). */
const PLANE2_ROWS = new Set([1, 3, 4, 5, 8, 12, 13, 14, 15, ...Array.from({ length: 17 }, (_, i) => 78 + i)]);

const rows: string[] = [];
const combined: string[] = [];
let count = 0;
for (const plane of [1, 2]) {
	const table = glibcPlane(plane);
	for (let row = 1; row <= 94; row++) {
		if (plane === 2 && !PLANE2_ROWS.has(row)) continue;
		const cells = table[row - 1] ?? [];
		let line = '';
		let kept = false;
		for (let cell = 1; cell <= 94; cell++) {
			const listed = cells[cell - 1] ?? '';
			const char = listed === '' ? '' : glibcCell(plane, row, cell);
			const web = plane === 1 && row < 89 ? whatwg(plane, row, cell) : null;
			const keep = char !== '' && (web === null || (web !== char && VARIANTS[char] !== web));
			if (char !== '' && web !== null && web !== char && VARIANTS[char] !== web) {
				throw new Error(`1-${row}-${cell}: glibc reads ${char}, the WHATWG decoder ${web}`);
			}
			if (keep && [...char].length > 1) {
				combined.push(`\t${plane * 10000 + row * 100 + cell}: '${char}',`);
				line += ' ';
			} else line += keep ? char : ' ';
			if (keep) {
				kept = true;
				count++;
			}
		}
		if (kept) rows.push(`\t${plane * 100 + row}: '${line.replace(/ +$/u, '')}',`);
	}
}

writeFileSync(
	OUT,
	`/**
 * The characters of JIS X 0213:2004 that the WHATWG decoders do not give (${count} cells), written by
 * \`scripts/generate-jisx0213.ts\` from glibc's EUC-JISX0213; do not edit by hand.
 */

/** Row by row (key: plane × 100 + row), the cells 1–94 as characters, a space where the WHATWG decoder reads the cell or it is empty. */
export const JISX0213_ROWS: Readonly<Record<number, string>> = {
${rows.join('\n')}
};

/** Cells that are a letter and a combining mark (key: plane × 10000 + row × 100 + cell). */
export const JISX0213_COMBINED: Readonly<Record<number, string>> = {
${combined.join('\n')}
};
`,
);
console.log(`${count} cells written to ${OUT.pathname}`);
