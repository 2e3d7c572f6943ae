/**
 * The numbers Word shows before its numbered paragraphs (`第１`, `(1)`, `①`, `ア`, `一、`, `1.1`), which are no text of the
 * document: Word draws them from `word/numbering.xml` (each list level's number format, its text such as `(%1)`, its start)
 * and counts the paragraphs itself. mammoth reads every such paragraph as an item of an HTML list, which knows `1.` and
 * a bullet only, and drops a numbered heading's number. So, before mammoth reads the document, each numbered paragraph
 * gets its number written at its start, as the document's copy gives it (`(1)　会長の選出について`), and its numbering
 * taken off. A numbering that only names a list style (Word's heading numbering, many templates) is read through that
 * style; numbering changed under tracked changes is read as Word shows the document after the changes.
 */
import { XMLParser } from 'fast-xml-parser';
import { escapeMarkup } from '../format/escape.ts';

/** One level of a list: its number format, the text around the numbers, where it starts, what follows the number. */
export interface Level {
	format: string;
	text: string;
	start: number;
	suffix: string;
	/** Every number of the level in Arabic numerals (Word's "legal" numbering). */
	legal: boolean;
	/** The upper level whose item restarts this level (0: never restarted; the level above by default). */
	restart: number | null;
}

export interface Numbering {
	/** Each abstract numbering's levels by index. */
	abstracts: Map<string, Map<number, Level>>;
	/** Each numbering instance (`w:numId`): its abstract numbering and the levels it overrides. */
	instances: Map<string, { abstract: string; overrides: Map<number, Partial<Level>> }>;
	/** Each paragraph style's numbering (numbered headings): its instance and level. */
	styles: Map<string, { numId: string | null; level: number | null; basedOn: string | null }>;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', ignoreDeclaration: true, parseTagValue: false, processEntities: true, htmlEntities: false, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute });

/** The children of a parsed element by name (always an array). */
const children = (node: unknown, name: string): Node[] => {
	const value = node !== null && typeof node === 'object' ? (node as Node)[name] : undefined;
	return Array.isArray(value) ? (value as Node[]) : [];
};
const attribute = (node: Node | undefined, name: string): string | null => {
	const value = node?.[`@${name}`];
	return typeof value === 'string' ? value : null;
};
const value = (node: Node | undefined, name: string): string | null => attribute(children(node, name)[0], 'w:val');
const integer = (text: string | null): number | null => (text !== null && /^-?[0-9]{1,9}$/u.test(text) ? Number(text) : null);

/** A `w:lvl` element's level (any field it does not give left out, for an override). */
function readLevel(node: Node): Partial<Level> {
	const level: Partial<Level> = {};
	const format = value(node, 'w:numFmt');
	if (format !== null) level.format = format;
	const text = value(node, 'w:lvlText');
	if (text !== null) level.text = text;
	const start = integer(value(node, 'w:start'));
	if (start !== null) level.start = start;
	const suffix = value(node, 'w:suff');
	if (suffix !== null) level.suffix = suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t';
	if (children(node, 'w:isLgl').length > 0) level.legal = value(node, 'w:isLgl') !== '0' && value(node, 'w:isLgl') !== 'false';
	const restart = integer(value(node, 'w:lvlRestart'));
	if (restart !== null) level.restart = restart;
	return level;
}

export const DEFAULT_LEVEL: Level = { format: 'decimal', text: '', start: 1, suffix: '\t', legal: false, restart: null };

/** The document's numbering definitions and its styles' numbering, from `word/numbering.xml` and `word/styles.xml`. */
export function readNumbering(numberingXml: string, stylesXml: string): Numbering {
	const numbering: Numbering = { abstracts: new Map(), instances: new Map(), styles: new Map() };
	const root = children(parser.parse(numberingXml), 'w:numbering')[0];
	for (const abstract of children(root, 'w:abstractNum')) {
		const id = attribute(abstract, 'w:abstractNumId');
		if (id === null) continue;
		const levels = new Map<number, Level>();
		for (const node of children(abstract, 'w:lvl')) levels.set(integer(attribute(node, 'w:ilvl')) ?? 0, { ...DEFAULT_LEVEL, ...readLevel(node) });
		numbering.abstracts.set(id, levels);
	}
	for (const instance of children(root, 'w:num')) {
		const id = attribute(instance, 'w:numId');
		const abstract = value(instance, 'w:abstractNumId');
		if (id === null || abstract === null) continue;
		const overrides = new Map<number, Partial<Level>>();
		for (const override of children(instance, 'w:lvlOverride')) {
			const level = integer(attribute(override, 'w:ilvl')) ?? 0;
			const start = integer(value(override, 'w:startOverride'));
			const lvl = children(override, 'w:lvl')[0];
			overrides.set(level, { ...(lvl ? readLevel(lvl) : {}), ...(start !== null ? { start } : {}) });
		}
		numbering.instances.set(id, { abstract, overrides });
	}
	const styles = children(children(parser.parse(stylesXml), 'w:styles')[0], 'w:style');
	/** Each numbering style's instance (`w:type="numbering"`: a list style, as Word's heading numbering and templates define them). */
	const listStyles = new Map<string, string>();
	for (const style of styles) {
		const id = attribute(style, 'w:styleId');
		const type = attribute(style, 'w:type');
		const numPr = children(children(style, 'w:pPr')[0], 'w:numPr')[0];
		if (id !== null && type === 'numbering' && value(numPr, 'w:numId') !== null) listStyles.set(id, value(numPr, 'w:numId') ?? '');
		if (id === null || type !== 'paragraph') continue;
		numbering.styles.set(id, { numId: value(numPr, 'w:numId'), level: integer(value(numPr, 'w:ilvl')), basedOn: value(style, 'w:basedOn') });
	}
	// A numbering that only names a list style (`w:numStyleLink`) takes the levels of the numbering that style names, and its
	// count: Word counts both as one list.
	for (const abstract of children(root, 'w:abstractNum')) {
		const id = attribute(abstract, 'w:abstractNumId');
		const link = value(abstract, 'w:numStyleLink');
		const target = link === null ? undefined : numbering.instances.get(listStyles.get(link) ?? '')?.abstract;
		if (id === null || target === undefined || target === id || numbering.abstracts.get(id)?.size) continue;
		for (const instance of numbering.instances.values()) if (instance.abstract === id) instance.abstract = target;
	}
	return numbering;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const AIUEO = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン';
const TEN_STEMS = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';
const DIGITS = '〇一二三四五六七八九';

/** A number in kanji as counted (`十二`, `百五`), up to 9999. */
function kanjiCount(n: number): string {
	if (n === 0) return '〇';
	let out = '';
	for (const [unit, mark] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
		const digit = Math.floor(n / unit) % 10;
		if (digit > 0) out += (digit > 1 ? DIGITS[digit] : '') + mark;
	}
	return n % 10 > 0 ? out + DIGITS[n % 10] : out;
}

const fullWidth = (text: string): string => text.replace(/[0-9A-Za-z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const letters = (n: number, upper: boolean): string => {
	const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
	return letter.repeat(Math.floor((n - 1) / 26) + 1);
};
function roman(n: number): string {
	let out = '';
	for (const [size, mark] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
		for (; n >= size; n -= size) out += mark;
	}
	return out;
}
const cycle = (set: string, n: number): string => [...set][(n - 1) % [...set].length] ?? String(n);

/** A number in one of Word's number formats (ECMA-376 `ST_NumberFormat`); a format not known here in Arabic numerals. */
export function formatNumber(n: number, format: string): string {
	if (n < 1 && format !== 'decimal' && format !== 'decimalZero') return String(n);
	switch (format) {
		case 'decimalZero':
			return n < 10 ? `0${n}` : String(n);
		case 'decimalFullWidth':
		case 'decimalFullWidth2':
			return fullWidth(String(n));
		case 'decimalEnclosedCircle':
		case 'decimalEnclosedCircleChinese':
			return n <= CIRCLED.length ? (CIRCLED[n - 1] ?? String(n)) : String(n);
		case 'decimalEnclosedParen':
			return n <= 20 ? String.fromCharCode(0x2473 + n) : `(${n})`;
		case 'decimalEnclosedFullstop':
			return n <= 20 ? String.fromCharCode(0x2487 + n) : `${n}.`;
		case 'upperLetter':
			return letters(n, true);
		case 'lowerLetter':
			return letters(n, false);
		case 'upperRoman':
			return roman(n);
		case 'lowerRoman':
			return roman(n).toLowerCase();
		case 'aiueo':
		case 'aiueoFullWidth':
			return cycle(AIUEO, n);
		case 'iroha':
		case 'irohaFullWidth':
			return cycle(IROHA, n);
		case 'ideographTraditional':
			return cycle(TEN_STEMS, n);
		case 'ideographZodiac':
			return cycle(ZODIAC, n);
		case 'ideographDigital':
		case 'japaneseDigitalTenThousand':
			return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
		case 'japaneseCounting':
		case 'chineseCounting':
		case 'chineseCountingThousand':
		case 'ideographLegalTraditional':
		case 'japaneseLegal':
			return n < 10000 ? kanjiCount(n) : String(n);
		default:
			return String(n);
	}
}

/** A bullet of a symbol font (Wingdings, Symbol: a private-use character) is shown as the document's text would be read. */
const bulletText = (text: string): string => (text === '' || /^[\ue000-\uf8ff]+$/u.test(text) ? '・' : text);

/** The counting of one document: each abstract numbering's counters by level. */
export class Counter {
	private readonly counts = new Map<string, number[]>();
	/** Instances already used (a `startOverride` restarts the count when an instance is first used). */
	private readonly used = new Set<string>();

	private readonly numbering: Numbering;

	constructor(numbering: Numbering) {
		this.numbering = numbering;
	}

	/** The level's definition for an instance, its overrides applied. */
	private level(numId: string, ilvl: number): Level | null {
		const instance = this.numbering.instances.get(numId);
		const base = instance ? this.numbering.abstracts.get(instance.abstract)?.get(ilvl) : undefined;
		if (!instance || !base) return null;
		return { ...base, ...instance.overrides.get(ilvl) };
	}

	/** The number text of the next item of an instance at a level (`第１`, `(2)`, `1.2`), with what follows it. */
	next(numId: string, ilvl: number): { mark: string; suffix: string; bullet: boolean } | null {
		const instance = this.numbering.instances.get(numId);
		const level = this.level(numId, ilvl);
		if (!instance || !level) return null;
		if (level.format === 'bullet') return { mark: bulletText(level.text), suffix: level.suffix, bullet: true };
		const counts = this.counts.get(instance.abstract) ?? [];
		this.counts.set(instance.abstract, counts);
		if (!this.used.has(numId)) {
			this.used.add(numId);
			for (const [index, override] of instance.overrides) if (override.start !== undefined) counts[index] = override.start - 1;
		}
		counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
		// The levels below restart (each at its own start) when an item of a level above them comes.
		for (let below = ilvl + 1; below < 10; below++) {
			const restart = this.level(numId, below)?.restart ?? null;
			if (restart === 0 || (restart !== null && restart <= ilvl)) continue;
			counts[below] = undefined as unknown as number;
		}
		if (level.format === 'none') return { mark: level.text.replace(/%[1-9]/gu, ''), suffix: level.suffix, bullet: false };
		const mark = level.text.replace(/%([1-9])/gu, (_, digit: string) => {
			const at = Number(digit) - 1;
			const format = at === ilvl ? level.format : (this.level(numId, at)?.format ?? 'decimal');
			const count = counts[at] ?? this.level(numId, at)?.start ?? 1;
			return formatNumber(count, level.legal ? 'decimal' : format);
		});
		return { mark, suffix: level.suffix, bullet: false };
	}
}

/** The XML text of a paragraph's number, written as a run. */
const markRun = (text: string): string => `<w:r><w:t xml:space="preserve">${escapeMarkup(text)}</w:t></w:r>`;

/** A paragraph's properties with no numbering: mammoth finds no list for `w:numId` 0. */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/** The numbering a paragraph style gives, following the styles it is based on. */
function styleNumbering(numbering: Numbering, styleId: string): { numId: string | null; level: number | null } {
	let numId: string | null = null;
	let level: number | null = null;
	const seen = new Set<string>();
	for (let id: string | null = styleId; id !== null && !seen.has(id); ) {
		seen.add(id);
		const style = numbering.styles.get(id);
		if (!style) break;
		numId ??= style.numId;
		level ??= style.level;
		id = style.basedOn;
	}
	return { numId, level };
}

/** Whether a paragraph's mark is deleted (or moved away) under tracked changes: so marked in its properties' run properties. */
function deletedMark(properties: string): boolean {
	const start = properties.indexOf('<w:rPr>');
	const end = start === -1 ? -1 : properties.indexOf('</w:rPr>', start);
	return end !== -1 && /<w:(?:del|moveFrom)[ />]/u.test(properties.slice(start, end));
}

/** Where a paragraph's `w:pPrChange` (the properties before a tracked change) ends in the text from its `w:pPr`, or 0. */
function trackedChangeEnd(segment: string): number {
	const change = segment.indexOf('<w:pPrChange');
	const first = segment.indexOf('</w:pPr>');
	if (change === -1 || first === -1 || change > first) return 0;
	const end = segment.indexOf('</w:pPrChange>', change);
	return end === -1 ? 0 : end;
}

/** A paragraph's properties without the properties a tracked change replaced (Word shows the paragraph as changed). */
function withoutTrackedChange(properties: string): string {
	const change = properties.indexOf('<w:pPrChange');
	const end = properties.indexOf('</w:pPrChange>', change);
	return change === -1 || end === -1 ? properties : properties.slice(0, change) + properties.slice(end + '</w:pPrChange>'.length);
}

/**
 * The document's XML with each numbered paragraph's number written at its start (`(1)` then a tab, or what the level
 * puts after its number) and its numbering taken off; unchanged when the document numbers nothing. A bullet is written
 * without what follows it (`・議題`), as a list's bullet is read elsewhere. A linear scan: each paragraph's properties are
 * looked for only between its start tag and the next paragraph's.
 */
export function withListNumbers(documentXml: string, numbering: Numbering): string {
	if (numbering.instances.size === 0) return documentXml;
	const counter = new Counter(numbering);
	const starts = [...documentXml.matchAll(/<w:p(?=[ >])[^>]*>/gu)].filter((match) => !match[0].endsWith('/>')).map((match) => match.index + match[0].length);
	const parts: string[] = [];
	let from = 0;
	starts.forEach((start, index) => {
		const segment = documentXml.slice(start, starts[index + 1] ?? documentXml.length);
		// (The properties a tracked change replaced, `w:pPrChange`, hold a `w:pPr` of their own: the paragraph's end after them.)
		const changeEnd = segment.startsWith('<w:pPr>') ? trackedChangeEnd(segment) : -1;
		const propertiesEnd = segment.startsWith('<w:pPr>') ? segment.indexOf('</w:pPr>', changeEnd) : -1;
		const properties = propertiesEnd === -1 ? '' : withoutTrackedChange(segment.slice(0, propertiesEnd));
		// A paragraph whose mark is deleted under tracked changes is joined to the next one, as Word shows it: no item of its own.
		if (deletedMark(properties)) return;
		const styleId = /<w:pStyle w:val="([^"]*)"/u.exec(properties)?.[1] ?? null;
		const direct = /<w:numPr>(?<numPr>.*?)<\/w:numPr>/su.exec(properties)?.groups?.numPr;
		const fromStyle = styleId === null ? { numId: null, level: null } : styleNumbering(numbering, styleId);
		const numId = (direct === undefined ? null : /<w:numId w:val="([^"]*)"/u.exec(direct)?.[1]) ?? fromStyle.numId;
		const level = integer((direct === undefined ? null : /<w:ilvl w:val="([^"]*)"/u.exec(direct)?.[1]) ?? null) ?? fromStyle.level ?? 0;
		if (numId === null || numId === '0') return;
		const item = counter.next(numId, level);
		if (item === null) return;
		// (The tab after a number lines the text up at the item's indent: a space, not the tab that parts a label from its value.)
		const mark = item.mark === '' ? '' : markRun(item.bullet ? item.mark : `${item.mark}${item.suffix === '\t' ? ' ' : item.suffix}`);
		if (propertiesEnd === -1) {
			parts.push(documentXml.slice(from, start), `<w:pPr>${NO_NUMBERING}</w:pPr>`, mark);
			from = start;
			return;
		}
		const cleaned = direct === undefined ? properties.replace('<w:pPr>', `<w:pPr>${NO_NUMBERING}`) : properties.replace(/<w:numPr>.*?<\/w:numPr>/su, NO_NUMBERING);
		parts.push(documentXml.slice(from, start), cleaned, '</w:pPr>', mark);
		from = start + propertiesEnd + '</w:pPr>'.length;
	});
	parts.push(documentXml.slice(from));
	return parts.join('');
}
