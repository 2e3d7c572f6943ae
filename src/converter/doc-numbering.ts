/**
 * The numbers an old Word document (`.doc`) shows before its numbered paragraphs (`第１`, `(1)`, `①`, `ア`), which are no
 * text of the document: Word draws them from the list tables of its table stream (each list's levels: number format, the
 * text around the numbers, where they start; each list instance's overrides) and the list and level each paragraph's
 * properties name. They are read here into the same definitions a `.docx`'s numbering is read into (`docx-numbering.ts`)
 * and counted the same way, so a paragraph reads as the document shows it (`(1)　会長の選出について`), a paragraph whose
 * number comes through its style (a numbered heading, `第１　開会`) too. Every offset is checked against its
 * stream: a damaged table gives no numbers, never an error.
 */
import { Counter, DEFAULT_LEVEL, type Level, type Numbering } from './docx-numbering.ts';

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
const i32 = (bytes: Uint8Array, at: number): number => u32(bytes, at) | 0;

/** Word's number formats (MS-DOC's `nfc`) by code, as the names `formatNumber` knows; a code not here counts in Arabic numerals. */
const FORMATS: Readonly<Record<number, string>> = {
	0x00: 'decimal',
	0x01: 'upperRoman',
	0x02: 'lowerRoman',
	0x03: 'upperLetter',
	0x04: 'lowerLetter',
	0x0a: 'ideographDigital',
	0x0b: 'japaneseCounting',
	0x0c: 'aiueo',
	0x0d: 'iroha',
	0x0e: 'decimalFullWidth',
	0x10: 'japaneseLegal',
	0x11: 'japaneseDigitalTenThousand',
	0x12: 'decimalEnclosedCircle',
	0x13: 'decimalFullWidth2',
	0x14: 'aiueoFullWidth',
	0x15: 'irohaFullWidth',
	0x16: 'decimalZero',
	0x17: 'bullet',
	0x1a: 'decimalEnclosedFullstop',
	0x1b: 'decimalEnclosedParen',
	0x1c: 'decimalEnclosedCircleChinese',
	0x1e: 'ideographTraditional',
	0x1f: 'ideographZodiac',
	0xff: 'none',
};

/** One list level (an `LVL`: its fixed part, its paragraph and character properties, its number text) at `at`, and where the next starts. */
function readLevel(table: Uint8Array, at: number): { level: Level; next: number } | null {
	if (at + 30 > table.length) return null;
	const flags = table[at + 5] ?? 0;
	const follow = table[at + 15] ?? 0;
	const textAt = at + 28 + (table[at + 25] ?? 0) + (table[at + 24] ?? 0);
	const count = u16(table, textAt);
	if (textAt + 2 + count * 2 > table.length) return null;
	// (The number text holds each level's number as a character 0–8: `(\u0000)` is `(%1)`.)
	const text = new TextDecoder('utf-16le').decode(table.subarray(textAt + 2, textAt + 2 + count * 2)).replace(/[\u0000-\u0008]/gu, (char) => `%${char.charCodeAt(0) + 1}`);
	const level: Level = {
		...DEFAULT_LEVEL,
		format: FORMATS[table[at + 4] ?? 0] ?? 'decimal',
		text,
		start: i32(table, at),
		suffix: follow === 1 ? ' ' : follow === 2 ? '' : '\t',
		legal: (flags & 0x04) !== 0,
		restart: (flags & 0x08) !== 0 ? 0 : null,
	};
	return { level, next: textAt + 2 + count * 2 };
}

/** The document's lists (`PlfLst`, its levels after it) and list instances (`PlfLfo`, with their overrides), as a `.docx`'s numbering. */
export function readDocNumbering(word: Uint8Array, table: Uint8Array): Numbering {
	const numbering: Numbering = { abstracts: new Map(), instances: new Map(), styles: new Map() };
	const listsAt = u32(word, 0x2e2);
	const listsSize = u32(word, 0x2e6);
	if (listsSize < 2 || listsAt + listsSize > table.length) return numbering;
	const lists = u16(table, listsAt);
	let levelAt = listsAt + 2 + lists * 28;
	for (let i = 0; i < lists; i++) {
		const at = listsAt + 2 + i * 28;
		if (at + 28 > table.length) return numbering;
		const levels = new Map<number, Level>();
		const count = ((table[at + 26] ?? 0) & 0x01) !== 0 ? 1 : 9;
		for (let l = 0; l < count; l++) {
			const read = readLevel(table, levelAt);
			if (read === null) return numbering;
			levels.set(l, read.level);
			levelAt = read.next;
		}
		numbering.abstracts.set(String(i32(table, at)), levels);
	}
	const instancesAt = u32(word, 0x2ea);
	const instancesSize = u32(word, 0x2ee);
	if (instancesSize < 4 || instancesAt + instancesSize > table.length) return numbering;
	const instances = i32(table, instancesAt);
	if (instances < 0 || instancesAt + 4 + instances * 16 > table.length) return numbering;
	let dataAt = instancesAt + 4 + instances * 16;
	for (let i = 0; i < instances; i++) {
		const at = instancesAt + 4 + i * 16;
		const overrides = new Map<number, Partial<Level>>();
		const overrideCount = table[at + 12] ?? 0;
		// (Each instance's overrides follow all the instances: a position, then each override, with a level of its own if it formats one.)
		dataAt += 4;
		for (let o = 0; o < overrideCount && dataAt + 8 <= table.length; o++) {
			const start = i32(table, dataAt);
			const flags = u32(table, dataAt + 4);
			dataAt += 8;
			const override: Partial<Level> = {};
			if ((flags & 0x20) !== 0) {
				const read = readLevel(table, dataAt);
				if (read === null) break;
				Object.assign(override, read.level);
				dataAt = read.next;
			}
			if ((flags & 0x10) !== 0) override.start = start;
			overrides.set(flags & 0x0f, override);
		}
		numbering.instances.set(String(i + 1), { abstract: String(i32(table, at)), overrides });
	}
	return numbering;
}

/** One run of text of the same properties in a property page (`FKP`): its file positions and its properties (`grpprl`). */
export interface PropertyRun {
	start: number;
	end: number;
	properties: Uint8Array;
	/** A paragraph's style (its number in the style sheet); -1 for a character run. */
	style: number;
}

/**
 * The runs of the document's paragraph property pages (`PlcBtePapx`, the properties after the style's number) or character
 * property pages (`PlcBteChpx`), each page's offsets kept inside its 512 bytes.
 */
export function propertyRuns(word: Uint8Array, table: Uint8Array, kind: 'paragraph' | 'character'): PropertyRun[] {
	const runs: PropertyRun[] = [];
	const field = kind === 'paragraph' ? 0x102 : 0xfa;
	const at = u32(word, field);
	const size = u32(word, field + 4);
	if (size < 4 || at + size > table.length) return runs;
	const pages = Math.floor((size - 4) / 8);
	for (let p = 0; p < pages; p++) {
		const number = u32(table, at + (pages + 1) * 4 + p * 4) & 0x3fffff;
		const page = word.subarray(number * 512, number * 512 + 512);
		if (page.length < 512) continue;
		const count = page[511] ?? 0;
		if ((count + 1) * 4 + count * (kind === 'paragraph' ? 13 : 1) > 511) continue;
		for (let j = 0; j < count; j++) {
			let properties: Uint8Array;
			let style = -1;
			if (kind === 'paragraph') {
				const offset = (page[(count + 1) * 4 + j * 13] ?? 0) * 2;
				let length = (page[offset] ?? 0) * 2 - 1;
				let from = offset + 1;
				if (length === -1) {
					length = (page[offset + 1] ?? 0) * 2;
					from = offset + 2;
				}
				// (The style's number first, then the properties.)
				if (from + 2 <= 511) style = u16(page, from);
				properties = page.subarray(Math.min(from + 2, 511), Math.min(from + length, 511));
			} else {
				const offset = (page[(count + 1) * 4 + j] ?? 0) * 2;
				properties = offset === 0 ? new Uint8Array(0) : page.subarray(Math.min(offset + 1, 511), Math.min(offset + 1 + (page[offset] ?? 0), 511));
			}
			runs.push({ start: u32(page, j * 4), end: u32(page, (j + 1) * 4), properties, style });
		}
	}
	return runs;
}

/** Each property of a run (`sprm`): its code and its operand's first byte's offset; a table's definition, whose size is counted otherwise, ends the reading. */
export function eachProperty(properties: Uint8Array, visit: (sprm: number, at: number) => void): void {
	for (let k = 0; k + 2 <= properties.length; ) {
		const sprm = u16(properties, k);
		k += 2;
		if (sprm === 0xd608 || sprm === 0xc615) return;
		visit(sprm, k);
		const kind = sprm >> 13;
		k += kind === 6 ? 1 + (properties[k] ?? 0) : ([1, 1, 2, 4, 2, 2, 0, 3][kind] ?? 1);
	}
}

/** One run of paragraphs numbered in a list: its file positions and the list instance and level it names. */
interface ParagraphRun {
	start: number;
	end: number;
	list: number;
	level: number;
}

/** The list and level properties name (`sprmPIlfo`, `sprmPIlvl`), each null when they name none. */
function listProperties(properties: Uint8Array): { list: number | null; level: number | null } {
	let list: number | null = null;
	let level: number | null = null;
	eachProperty(properties, (sprm, at) => {
		if (sprm === 0x460b) list = u16(properties, at);
		if (sprm === 0x260a) level = properties[at] ?? 0;
	});
	return { list, level };
}

/** How many styles a style's numbering is looked for through (the style it is based on, that style's, …). */
const MAX_BASE_DEPTH = 16;

/**
 * The list and level each paragraph style numbers its paragraphs in (`sprmPIlfo`, `sprmPIlvl` in its paragraph
 * properties, or the style's it is based on), by style number: a heading style Word numbers (`第１　開会`), whose
 * paragraphs name no list of their own. Read from the style sheet (`STSH`), every offset checked.
 */
export function styleLists(word: Uint8Array, table: Uint8Array): Map<number, { list: number; level: number }> {
	const found = new Map<number, { list: number; level: number }>();
	const at = u32(word, 0xa2);
	const size = u32(word, 0xa6);
	if (size < 6 || at + size > table.length) return found;
	const end = at + size;
	const header = u16(table, at);
	const count = u16(table, at + 2);
	const baseSize = u16(table, at + 4);
	const styles: { base: number; list: number | null; level: number | null }[] = [];
	let next = at + 2 + header;
	for (let i = 0; i < count && next + 2 <= end; i++) {
		const length = u16(table, next);
		const std = next + 2;
		next = std + length;
		if (length === 0 || next > end || length < baseSize + 2) {
			styles.push({ base: 0xfff, list: null, level: null });
			continue;
		}
		const kind = u16(table, std + 2) & 0x0f;
		const base = u16(table, std + 2) >> 4;
		// (The name, counted in characters and ended by a null, then the paragraph style's paragraph properties: their size, the style's number, the properties.)
		const upx = std + baseSize + 2 + u16(table, std + baseSize) * 2 + 2;
		const upxSize = upx + 2 <= next ? u16(table, upx) : 0;
		const properties = kind === 1 && upxSize >= 2 && upx + 2 + upxSize <= next ? table.subarray(upx + 4, upx + 2 + upxSize) : new Uint8Array(0);
		styles.push({ base, ...listProperties(properties) });
	}
	for (const [index, own] of styles.entries()) {
		let { list, level } = own;
		// (Through the styles it is based on, a few deep as Word keeps them: a loop or a longer chain ends the walk.)
		for (let base = own.base, depth = 0; (list === null || level === null) && base !== index && depth < MAX_BASE_DEPTH; depth++) {
			const style = styles[base];
			if (style === undefined) break;
			list ??= style.list;
			level ??= style.level;
			base = style.base;
		}
		if (list !== null && list > 0 && list < 0x8000) found.set(index, { list, level: Math.min(level ?? 0, 8) });
	}
	return found;
}

/**
 * The list and level each paragraph's direct properties name (`sprmPIlfo`, `sprmPIlvl`), else its style's (a list
 * of 0 named directly takes the style's numbering off).
 */
function paragraphRuns(runs: readonly PropertyRun[], styles: ReadonlyMap<number, { list: number; level: number }>): ParagraphRun[] {
	const numbered: ParagraphRun[] = [];
	for (const run of runs) {
		const direct = listProperties(run.properties);
		const styled = styles.get(run.style);
		const list = direct.list ?? styled?.list ?? 0;
		const level = direct.level ?? styled?.level ?? 0;
		if (list > 0 && list < 0x8000) numbered.push({ start: run.start, end: run.end, list, level: Math.min(level, 8) });
	}
	return numbered.sort((a, b) => a.start - b.start);
}

/** A piece of the text: where its characters start (`startCp`) and where their bytes are in the Word stream. */
export interface TextPiece {
	startCp: number;
	endCp: number;
	startFilePos: number;
	bpc: number;
}

/**
 * The number each numbered paragraph of the body shows, by the character position of its end (its paragraph mark), in
 * the document's order: `(1)` followed by a tab, or a bullet alone, as `docx-numbering.ts` writes them.
 */
export function docListMarks(word: Uint8Array, table: Uint8Array, pieces: readonly TextPiece[], paragraphEnds: readonly number[], paragraphs: readonly PropertyRun[]): Map<number, string> {
	const marks = new Map<number, string>();
	const runs = paragraphRuns(paragraphs, styleLists(word, table));
	if (runs.length === 0) return marks;
	const numbering = readDocNumbering(word, table);
	if (numbering.instances.size === 0) return marks;
	const counter = new Counter(numbering);
	let piece = 0;
	for (const cp of paragraphEnds) {
		while (piece < pieces.length && (pieces[piece]?.endCp ?? 0) <= cp) piece++;
		const holder = pieces[piece];
		if (holder === undefined || cp < holder.startCp) continue;
		const fc = holder.startFilePos + (cp - holder.startCp) * holder.bpc;
		// (The run holding the mark's byte, found by halving.)
		let low = 0;
		let high = runs.length - 1;
		let found: ParagraphRun | null = null;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const run = runs[middle] as ParagraphRun;
			if (fc < run.start) high = middle - 1;
			else if (fc >= run.end) low = middle + 1;
			else {
				found = run;
				break;
			}
		}
		if (found === null) continue;
		const item = counter.next(String(found.list), found.level);
		if (item === null || item.mark === '') continue;
		marks.set(cp, item.bullet ? item.mark : `${item.mark}${item.suffix}`);
	}
	return marks;
}
