/**
 * Minutes written in LibreOffice (or any OpenDocument word processor) and dropped in as `.odt`, or as its one-file XML
 * form `.fodt`: the document's body (`content.xml`) is written as the HTML a `.docx` is read through (`docx.ts`) and read
 * the same way (`html-text.ts`, each paragraph a line): headings and paragraphs, runs of spaces (`text:s`), tabs and line
 * breaks, list items, paragraphs a paragraph style numbers and headings the outline numbers with the number or bullet the
 * document shows (its list style's format, counted as LibreOffice counts them), tables one row a line with tabs between cells (a cell a spanned one covers left out), text frames and text boxes
 * after their paragraph, a ruby's base text, footnotes and endnotes after the text under a rule, each led by its mark;
 * words a style strikes through are left out with a warning (`html-text.ts`), text a style hides (`text:display="none"`) left out; the page header and footer (kept in
 * `styles.xml`), comments, tracked deletions and images are not read. Before that the
 * package is checked, so a file that is no OpenDocument text (a spreadsheet, a presentation, another ZIP), a
 * password-protected one, or one that would unpack to more than a text seed may hold, gets one line saying what to do.
 */
import { XMLParser } from 'fast-xml-parser';
import { markupText, type DecodeResult } from './decode.ts';
import { formatNumber } from './docx-numbering.ts';
import { UNPACKED_LIMIT, zipEntries } from './docx.ts';
import { PAGE_FIELD } from './html-text.ts';
import { escapeMarkup } from '../format/escape.ts';

/** A parsed element in document order (fast-xml-parser's `preserveOrder` form): `{ name: children, ':@': attributes }`, or a text. */
type Node = Record<string, unknown>;

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	processEntities: true,
	htmlEntities: true,
	ignoreDeclaration: true,
	ignorePiTags: true,
});

/** The element's name (null for a text). */
const nameOf = (node: Node): string | null => Object.keys(node).find((key) => key !== ':@' && key !== '#text') ?? null;
const childrenOf = (node: Node): Node[] => {
	const name = nameOf(node);
	const value = name === null ? undefined : node[name];
	return Array.isArray(value) ? (value as Node[]) : [];
};
const attributeOf = (node: Node, name: string): string | null => {
	const value = (node[':@'] as Record<string, unknown> | undefined)?.[name];
	return typeof value === 'string' ? value : null;
};
/** The first element named `name` among the children (or their children, down to `depth`). */
function find(nodes: readonly Node[], name: string, depth = 1): Node | null {
	for (const node of nodes) {
		if (nameOf(node) === name) return node;
		if (depth > 1) {
			const inner = find(childrenOf(node), name, depth - 1);
			if (inner) return inner;
		}
	}
	return null;
}

/** The longest run of spaces a `text:s` gives (its count is the document's to say; a hostile one could ask for billions). */
const MAX_SPACES = 256;

/** ODF's number formats (`style:num-format`) as Word's, which `formatNumber` writes. */
const NUMBER_FORMATS: Readonly<Record<string, string>> = {
	'1': 'decimal',
	a: 'lowerLetter',
	A: 'upperLetter',
	i: 'lowerRoman',
	I: 'upperRoman',
	'①, ②, ③, ...': 'decimalEnclosedCircle',
	'１, ２, ３, ...': 'decimalFullWidth',
	'一, 二, 三, ...': 'japaneseCounting',
	'壹, 貳, 參, ...': 'japaneseLegal',
	'ア, イ, ウ, ...': 'aiueoFullWidth',
	'ｱ, ｲ, ｳ, ...': 'aiueo',
	'イ, ロ, ハ, ...': 'irohaFullWidth',
	'ｲ, ﾛ, ﾊ, ...': 'iroha',
	'甲, 乙, 丙, ...': 'ideographTraditional',
	'子, 丑, 寅, ...': 'ideographZodiac',
};

/**
 * One level of a list style: a bullet, or a number's format with the text around it and where it starts; `follow`, what
 * separates the mark from the text (a tab, as LibreOffice puts by default, a space or nothing).
 */
type ListLevel = ({ bullet: string } | { format: string; prefix: string; suffix: string; start: number; shown: number }) & { follow: string };

/** What follows a list level's mark (`text:label-followed-by`): a tab unless the level says a space or nothing. */
function labelFollow(level: Node): string {
	const alignment = find(childrenOf(level), 'style:list-level-label-alignment', 2);
	const follow = alignment === null ? null : attributeOf(alignment, 'text:label-followed-by');
	return follow === 'space' ? ' ' : follow === 'nothing' ? '' : '\t';
}

/** A numbered level of a list style or of the headings' outline: its format, the text around its number, its start. */
function numberLevel(level: Node): ListLevel {
	const format = attributeOf(level, 'style:num-format') ?? '1';
	return {
		format: format === '' ? '' : (NUMBER_FORMATS[format] ?? 'decimal'),
		prefix: attributeOf(level, 'style:num-prefix') ?? '',
		suffix: attributeOf(level, 'style:num-suffix') ?? '',
		start: Number(attributeOf(level, 'text:start-value') ?? '1') || 1,
		shown: Math.max(1, Number(attributeOf(level, 'text:display-levels') ?? '1') || 1),
		follow: labelFollow(level),
	};
}

/** The key the headings' outline numbering (`text:outline-style`) is kept under among the list styles. */
const OUTLINE = '\u0000outline';

/**
 * The mark of an item at `level` counted `counts` (each level's count from 1) in a list style: its bullet, or its number
 * with the levels above it it shows and the text around them (`（１）`, `1.2`), then what follows it; '' for a level that
 * shows no number.
 */
function listMark(style: Map<number, ListLevel> | undefined, counts: readonly number[], level: number): string {
	const definition = style?.get(level);
	if (definition === undefined) return '';
	if ('bullet' in definition) return `${definition.bullet}${definition.follow}`;
	if (definition.format === '') return '';
	const numbers: string[] = [];
	for (let shown = Math.max(1, level - definition.shown + 1); shown <= level; shown++) {
		const upper = style?.get(shown);
		numbers.push(formatNumber(counts[shown - 1] ?? 1, upper && 'format' in upper && upper.format !== '' ? upper.format : 'decimal'));
	}
	const label = `${definition.prefix}${numbers.join('.')}${definition.suffix}`;
	// (A suffix that ends in a space, `ア　`, is followed by nothing more.)
	return /\s$/u.test(label) ? label : label + definition.follow;
}

/** Every list style of the document (automatic ones in content.xml, named ones in styles.xml), by name: its levels from 1. */
function readListStyles(roots: readonly Node[]): Map<string, Map<number, ListLevel>> {
	const styles = new Map<string, Map<number, ListLevel>>();
	const visit = (nodes: readonly Node[], depth: number): void => {
		for (const node of nodes) {
			const name = nameOf(node);
			if (name === 'text:list-style' || name === 'text:outline-style') {
				const levels = new Map<number, ListLevel>();
				for (const level of childrenOf(node)) {
					const kind = nameOf(level);
					const index = Number(attributeOf(level, 'text:level') ?? '1');
					if (kind === 'text:list-level-style-bullet') {
						const char = attributeOf(level, 'text:bullet-char') ?? '・';
						levels.set(index, { bullet: /^[\ue000-\uf8ff]*$/u.test(char) ? '・' : char, follow: labelFollow(level) });
					} else if (kind === 'text:list-level-style-number' || kind === 'text:outline-level-style') {
						levels.set(index, numberLevel(level));
					}
				}
				const styleName = name === 'text:outline-style' ? OUTLINE : attributeOf(node, 'style:name');
				if (styleName !== null) styles.set(styleName, levels);
			} else if (depth < 4 && (name === 'office:automatic-styles' || name === 'office:styles' || name === 'office:document-content' || name === 'office:document-styles' || name === 'office:document')) {
				visit(childrenOf(node), depth + 1);
			}
		}
	};
	visit(roots, 0);
	return styles;
}

/** Each paragraph style's list style (`style:list-style-name`, the empty name none) and the style it is based on, by name. */
function readParagraphStyles(roots: readonly Node[]): Map<string, { list: string | null; parent: string | null }> {
	const styles = new Map<string, { list: string | null; parent: string | null }>();
	const visit = (nodes: readonly Node[], depth: number): void => {
		for (const node of nodes) {
			const name = nameOf(node);
			if (name === 'style:style' && attributeOf(node, 'style:family') === 'paragraph') {
				const styleName = attributeOf(node, 'style:name');
				if (styleName !== null) styles.set(styleName, { list: attributeOf(node, 'style:list-style-name'), parent: attributeOf(node, 'style:parent-style-name') });
			} else if (depth < 4 && (name === 'office:automatic-styles' || name === 'office:styles' || name === 'office:document-content' || name === 'office:document-styles' || name === 'office:document')) {
				visit(childrenOf(node), depth + 1);
			}
		}
	};
	visit(roots, 0);
	return styles;
}

/**
 * The names of the document's paragraph and text styles whose text properties `has` says yes or no of (null: they say
 * nothing of it), through the styles they are based on: those that strike their text through
 * (`style:text-line-through-style`), written as `<s>` (`html-text.ts`), and those that hide it (`text:display="none"`).
 */
function readTextStyles(roots: readonly Node[], has: (properties: Node) => boolean | null): Set<string> {
	const styles = new Map<string, { has: boolean | null; parent: string | null }>();
	const visit = (nodes: readonly Node[], depth: number): void => {
		for (const node of nodes) {
			const name = nameOf(node);
			if (name === 'style:style' && ['paragraph', 'text'].includes(attributeOf(node, 'style:family') ?? '')) {
				const styleName = attributeOf(node, 'style:name');
				const properties = find(childrenOf(node), 'style:text-properties');
				if (styleName !== null) styles.set(styleName, { has: properties === null ? null : has(properties), parent: attributeOf(node, 'style:parent-style-name') });
			} else if (depth < 4 && (name === 'office:automatic-styles' || name === 'office:styles' || name === 'office:document-content' || name === 'office:document-styles' || name === 'office:document')) {
				visit(childrenOf(node), depth + 1);
			}
		}
	};
	visit(roots, 0);
	const found = new Set<string>();
	for (const name of styles.keys()) {
		const seen = new Set<string>();
		for (let at: string | null = name; at !== null && !seen.has(at); ) {
			seen.add(at);
			const style = styles.get(at);
			if (style === undefined) break;
			if (style.has !== null) {
				if (style.has) found.add(name);
				break;
			}
			at = style.parent;
		}
	}
	return found;
}

/** Whether text properties strike the text through (a line-through style other than `none`). */
function strikes(properties: Node): boolean | null {
	const line = attributeOf(properties, 'style:text-line-through-style');
	return line === null ? null : line !== 'none' && attributeOf(properties, 'style:text-line-through-type') !== 'none';
}

/** Whether text properties hide the text (`text:display="none"`, as LibreOffice writes Word's hidden text). */
function hides(properties: Node): boolean | null {
	const display = attributeOf(properties, 'text:display');
	return display === null ? null : display === 'none';
}

/** The writing of a document's body as HTML: one pass over its elements, the notes kept for the end. */
class BodyWriter {
	private readonly notes: { kind: 'footnote' | 'endnote'; html: string; mark: string }[] = [];
	/** Each list style's counters by level, carried from one list to the next that continues it. */
	private readonly counters = new Map<string, number[]>();
	/** The headings' counts by outline level. */
	private readonly outlineCounts: number[] = [];
	private readonly listStyles: Map<string, Map<number, ListLevel>>;

	private readonly paragraphStyles: Map<string, { list: string | null; parent: string | null }>;
	/** The paragraph and text styles that strike their text through, and those that hide it. */
	private readonly struckStyles: Set<string>;
	private readonly hiddenStyles: Set<string>;

	constructor(listStyles: Map<string, Map<number, ListLevel>>, paragraphStyles: Map<string, { list: string | null; parent: string | null }>, struckStyles: Set<string> = new Set(), hiddenStyles: Set<string> = new Set()) {
		this.listStyles = listStyles;
		this.paragraphStyles = paragraphStyles;
		this.struckStyles = struckStyles;
		this.hiddenStyles = hiddenStyles;
	}

	/** A node's inline HTML as its style shows it: none when it hides it (hidden text: a template's note), struck through (`<s>`) when it strikes it. */
	private struck(node: Node, html: string): string {
		const style = attributeOf(node, 'text:style-name');
		if (style === null || html === '') return html;
		if (this.hiddenStyles.has(style)) return '';
		return this.struckStyles.has(style) ? `<s>${html}</s>` : html;
	}

	/** The list style a paragraph's style numbers it by (through the styles it is based on), or null. */
	private styleList(styleName: string | null): string | null {
		const seen = new Set<string>();
		for (let name = styleName; name !== null && !seen.has(name); ) {
			seen.add(name);
			const style = this.paragraphStyles.get(name);
			if (style === undefined) return null;
			if (style.list !== null) return style.list === '' ? null : style.list;
			name = style.parent;
		}
		return null;
	}

	/** The HTML of the body's elements, then its notes. */
	document(body: readonly Node[]): string {
		const html = this.blocks(body, null);
		const notes = (kind: 'footnote' | 'endnote') =>
			this.notes
				.map((note, index) => ({ ...note, index: index + 1 }))
				.filter((note) => note.kind === kind)
				.map((note) => `<li id="${kind}-${note.index}" data-mark="${escapeMarkup(note.mark)}">${note.html}</li>`)
				.join('');
		const footnotes = notes('footnote');
		const endnotes = notes('endnote');
		return `<html><body>${html}${footnotes === '' ? '' : `<ol>${footnotes}</ol>`}${endnotes === '' ? '' : `<ol>${endnotes}</ol>`}</body></html>`;
	}

	/** Block-level elements: paragraphs, headings, lists, tables, sections; `item` is the mark of the list item they open. */
	private blocks(nodes: readonly Node[], item: { mark: string } | null): string {
		let html = '';
		for (const node of nodes) {
			const name = nameOf(node);
			switch (name) {
				case 'text:p':
				case 'text:h': {
					const after: string[] = [];
					let inline = this.struck(node, this.inline(childrenOf(node), after));
					if (item !== null) {
						inline = escapeMarkup(item.mark) + inline;
						item = null;
					} else {
						const listed = this.styledNumber(node);
						if (listed !== '') inline = escapeMarkup(listed) + inline;
					}
					const level = Math.min(6, Math.max(1, Number(attributeOf(node, 'text:outline-level') ?? '1') || 1));
					const tag = name === 'text:h' ? `h${level}` : 'p';
					html += `<${tag}>${inline}</${tag}>${after.join('')}`;
					break;
				}
				case 'text:list':
					html += this.list(node, null, 1);
					break;
				case 'table:table':
					html += this.table(node);
					break;
				case 'text:section':
				case 'table:table-header-rows':
				case 'text:list-header':
				case 'office:text':
					html += this.blocks(childrenOf(node), item);
					break;
				// (A table of contents and the indexes show the document's headings, captions or words again with their pages,
				// `議事日程⇥1`: views of the document, no text of it.)
				case 'text:table-of-content':
				case 'text:illustration-index':
				case 'text:alphabetical-index':
				case 'text:user-index':
				case 'text:bibliography':
				case 'text:object-index':
				case 'text:table-index':
					break;
				default:
					// (Declarations, forms, tracked changes (their deleted text), an index's template, page breaks: no text.)
					break;
			}
		}
		return html;
	}

	/**
	 * The number a paragraph shows outside a list: one written in (`text:number`), or a heading's by the outline numbering
	 * (`第１　…`), counted over the document's headings; none for a heading set apart from it (`text:is-list-header`).
	 */
	private styledNumber(node: Node): string {
		const number = find(childrenOf(node), 'text:number');
		if (number !== null) return `${textOf(childrenOf(number))} `;
		// (A paragraph style that numbers its paragraphs, `第１　…` each time the style is used, counted as its list's items.)
		const listName = this.styleList(attributeOf(node, 'text:style-name'));
		const list = listName === null ? undefined : this.listStyles.get(listName);
		if (listName !== null && list !== undefined) {
			const counts = this.counters.get(listName) ?? [];
			this.counters.set(listName, counts);
			const definition = list.get(1);
			counts[0] = (counts[0] ?? (definition && 'format' in definition ? definition.start : 1) - 1) + 1;
			counts.length = 1;
			return listMark(list, counts, 1);
		}
		const outline = this.listStyles.get(OUTLINE);
		if (nameOf(node) !== 'text:h' || outline === undefined || attributeOf(node, 'text:is-list-header') === 'true') return '';
		const level = Math.min(10, Math.max(1, Number(attributeOf(node, 'text:outline-level') ?? '1') || 1));
		const definition = outline.get(level);
		if (definition === undefined || !('format' in definition) || definition.format === '') return '';
		const start = Number(attributeOf(node, 'text:start-value') ?? 'NaN');
		this.outlineCounts[level - 1] = Number.isFinite(start) ? start : attributeOf(node, 'text:restart-numbering') === 'true' ? definition.start : (this.outlineCounts[level - 1] ?? definition.start - 1) + 1;
		this.outlineCounts.length = level;
		return listMark(outline, this.outlineCounts, level);
	}

	/** A list: each item's first paragraph led by its number or bullet, its level counted within the list style. */
	private list(node: Node, inherited: string | null, level: number): string {
		const styleName = attributeOf(node, 'text:style-name') ?? inherited;
		const style = styleName === null ? undefined : this.listStyles.get(styleName);
		const key = styleName ?? '';
		const continues = attributeOf(node, 'text:continue-numbering') === 'true' || attributeOf(node, 'text:continue-list') !== null;
		let counts = this.counters.get(key) ?? [];
		if (level === 1 && !continues) counts = [];
		this.counters.set(key, counts);
		let html = '';
		for (const child of childrenOf(node)) {
			const childName = nameOf(child);
			if (childName !== 'text:list-item' && childName !== 'text:list-header') continue;
			const definition = style?.get(level);
			let mark = '';
			if (childName === 'text:list-item') {
				const override = Number(attributeOf(child, 'text:start-value') ?? 'NaN');
				const start = definition && 'format' in definition ? definition.start : 1;
				counts[level - 1] = Number.isFinite(override) ? override : (counts[level - 1] ?? start - 1) + 1;
				counts.length = level;
				const given = find(childrenOf(child), 'text:number', 2);
				if (given !== null) mark = `${textOf(childrenOf(given))} `;
				else if (definition === undefined) mark = '・';
				else mark = listMark(style, counts, level);
			}
			for (const inner of childrenOf(child)) {
				if (nameOf(inner) === 'text:list') {
					html += this.list(inner, styleName, level + 1);
				} else {
					const block = this.blocks([inner], mark === '' ? null : { mark });
					if (block !== '') mark = '';
					html += block;
				}
			}
		}
		return html;
	}

	/**
	 * A table: a row a `<tr>`, a cell a `<td>` (one spanning rows with its `rowspan`, as mammoth writes a merged cell, so
	 * the rows under it keep their columns, `html-text.ts`); a cell a spanned one covers, and repeats of empty rows and
	 * cells, left out.
	 */
	private table(node: Node): string {
		const rows: string[] = [];
		const visit = (nodes: readonly Node[]) => {
			for (const child of nodes) {
				const name = nameOf(child);
				if (name === 'table:table-row') {
					const cells = childrenOf(child)
						.filter((cell) => nameOf(cell) === 'table:table-cell')
						.map((cell) => {
							const spanned = Number(attributeOf(cell, 'table:number-rows-spanned') ?? '1');
							return `<td${Number.isInteger(spanned) && spanned > 1 ? ` rowspan="${spanned}"` : ''}>${this.blocks(childrenOf(cell), null)}</td>`;
						});
					rows.push(`<tr>${cells.join('')}</tr>`);
				} else if (name === 'table:table-header-rows' || name === 'table:table-rows' || name === 'table:table-row-group') {
					visit(childrenOf(child));
				}
			}
		};
		visit(childrenOf(node));
		return `<table>${rows.join('')}</table>`;
	}

	/** The inline content of a paragraph; text frames and boxes found in it are put in `after`, to follow the paragraph. */
	private inline(nodes: readonly Node[], after: string[]): string {
		let html = '';
		for (const node of nodes) {
			if (typeof node['#text'] === 'string') {
				// (The document's own page mark, which it cannot show, is no mark.)
				html += escapeMarkup(node['#text'].replaceAll(PAGE_FIELD, ''));
				continue;
			}
			switch (nameOf(node)) {
				case 'text:s': {
					const count = Number(attributeOf(node, 'text:c') ?? '1');
					html += ' '.repeat(Number.isInteger(count) && count > 0 ? Math.min(count, MAX_SPACES) : 1);
					break;
				}
				case 'text:tab':
					html += '\t';
					break;
				case 'text:line-break':
					html += '<br>';
					break;
				case 'text:ruby': {
					const base = find(childrenOf(node), 'text:ruby-base');
					if (base) html += this.inline(childrenOf(base), after);
					break;
				}
				case 'text:note': {
					const body = find(childrenOf(node), 'text:note-body');
					const kind = attributeOf(node, 'text:note-class') === 'endnote' ? 'endnote' : 'footnote';
					// (Its mark is the one the document shows, `text:note-citation`: `1`, an endnote's `i`, a mark of its own `※`;
					// the count of notes where it shows none.)
					const citation = find(childrenOf(node), 'text:note-citation');
					const shown = citation === null ? '' : (attributeOf(citation, 'text:label') ?? textOf(childrenOf(citation))).trim();
					this.notes.push({ kind, html: '', mark: shown === '' ? String(this.notes.length + 1) : shown });
					const index = this.notes.length;
					const note = this.notes[index - 1];
					if (note) note.html = body ? this.blocks(childrenOf(body), null) : '';
					html += `<sup><a href="#${kind}-${index}" id="${kind}-ref-${index}">[${escapeMarkup(note?.mark ?? String(index))}]</a></sup>`;
					break;
				}
				case 'text:page-number':
				case 'text:page-count':
					// (A page's number, marked: a paragraph of page numbers alone is left out, `html-text.ts`.)
					html += PAGE_FIELD + this.inline(childrenOf(node), after);
					break;
				case 'draw:frame':
				case 'draw:a':
				case 'draw:g':
				case 'draw:custom-shape':
				case 'draw:rect':
				case 'draw:text-box':
					after.push(this.drawing(node));
					break;
				case 'text:number':
				case 'office:annotation':
				case 'office:annotation-end':
				case 'text:bookmark':
				case 'text:bookmark-start':
				case 'text:bookmark-end':
				case 'text:reference-mark':
				case 'text:change':
				case 'text:change-start':
				case 'text:change-end':
				case 'text:soft-page-break':
					break;
				default:
					// A span, link, field, or any other run: its text (struck through when its style strikes it).
					html += this.struck(node, this.inline(childrenOf(node), after));
			}
		}
		return html;
	}

	/** A frame's or shape's text (a text box's paragraphs), as blocks; an image's none. */
	private drawing(node: Node): string {
		let html = '';
		for (const child of childrenOf(node)) {
			const name = nameOf(child);
			if (name === 'text:p' || name === 'text:h' || name === 'text:list' || name === 'table:table') html += this.blocks([child], null);
			else if (name === 'draw:text-box' || name === 'draw:frame' || name === 'draw:g' || name === 'draw:a' || name === 'draw:custom-shape' || name === 'draw:rect') html += this.drawing(child);
		}
		return html;
	}
}

/** The plain text of inline nodes (a list number's). */
function textOf(nodes: readonly Node[]): string {
	let text = '';
	for (const node of nodes) text += typeof node['#text'] === 'string' ? node['#text'] : textOf(childrenOf(node));
	return text;
}

/** The document's body as HTML, from its content (and, for named list styles, its styles). */
export function odfHtml(contentXml: string, stylesXml = ''): string {
	const content = parser.parse(contentXml) as Node[];
	const styles = stylesXml === '' ? [] : (parser.parse(stylesXml) as Node[]);
	const root = find(content, 'office:document-content') ?? find(content, 'office:document');
	const text = root ? find(childrenOf(root), 'office:text', 2) : null;
	if (text === null) throw new Error('the document holds no office:text');
	const writer = new BodyWriter(readListStyles([...styles, ...content]), readParagraphStyles([...styles, ...content]), readTextStyles([...styles, ...content], strikes), readTextStyles([...styles, ...content], hides));
	return writer.document(childrenOf(text));
}

function failure(message: string, code = 'not-odt'): DecodeResult {
	return { ok: false, code, message, line: null };
}

const ODF_KINDS: Readonly<Record<string, string>> = {
	'application/vnd.oasis.opendocument.spreadsheet': 'a spreadsheet (.ods)',
	'application/vnd.oasis.opendocument.presentation': 'a presentation (.odp)',
	'application/vnd.oasis.opendocument.graphics': 'a drawing (.odg)',
};

/** The text of an `.odt` seed, or the one line that says why it cannot be read. */
export async function odtToText(bytes: Uint8Array): Promise<DecodeResult> {
	if ((bytes[0] ?? 0) === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
		return failure('this is an old Word document (.doc) or a password-protected Office document, renamed .odt: rename it to end in .doc, or save the minutes from LibreOffice as .odt again, or as plain text (.txt, UTF-8)');
	}
	const entries = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? zipEntries(bytes) : null;
	if (entries === null) return failure('not an OpenDocument text: an .odt is a ZIP package, and this file is none (or is cut short); save the minutes from LibreOffice as .odt again, or as plain text (.txt, UTF-8)');
	if (entries.some((entry) => entry.name === 'word/document.xml')) return failure('this is a Word document (.docx) renamed .odt: rename it to end in .docx');
	if (!entries.some((entry) => entry.name === 'content.xml')) {
		return failure('not an OpenDocument text: the package holds no content.xml (another ZIP renamed .odt?); save the minutes from LibreOffice as .odt, or as plain text (.txt, UTF-8)');
	}
	const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
	if (unpacked > UNPACKED_LIMIT) {
		return failure(`the OpenDocument text would unpack to ${(unpacked / 1024 / 1024).toFixed(1)} MiB, over the ${UNPACKED_LIMIT / 1024 / 1024} MiB limit: split the minutes into several documents, or save them as plain text (.txt, UTF-8)`, 'too-large');
	}
	let html: string;
	try {
		const { default: JSZip } = await import('jszip');
		const zip = await JSZip.loadAsync(bytes);
		const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
		const mimetype = (await part('mimetype')).trim();
		const other = ODF_KINDS[mimetype];
		if (other !== undefined) return failure(`this is ${other}, not a text document, renamed .odt: save the minutes as an .odt text document, or as plain text (.txt, UTF-8)`);
		if (/<manifest:encryption-data\b/u.test(await part('META-INF/manifest.xml'))) {
			return failure('the OpenDocument text is password-protected: open it in LibreOffice, remove the password (File → Properties → Security, or save without "Save with password") and save it again, or save the minutes as plain text (.txt, UTF-8)');
		}
		html = odfHtml(await part('content.xml'), await part('styles.xml'));
	} catch (cause) {
		return failure(`the OpenDocument text could not be read (${cause instanceof Error ? cause.message : String(cause)}): open it in LibreOffice and save it again, or save the minutes as plain text (.txt, UTF-8)`);
	}
	return markupText(html, 'utf-8', [], { document: true, kind: 'OpenDocument text' });
}

/** The text of a `.fodt` seed (an OpenDocument text saved as one XML file), or the one line that says why it cannot be read. */
export function fodtToText(bytes: Uint8Array): DecodeResult {
	let html: string;
	try {
		const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		if (!/<office:document\b/u.test(xml.slice(0, 4096))) return failure('not a flat OpenDocument text: a .fodt is an XML file starting with <office:document>, and this file is none; save the minutes from LibreOffice as .odt or .fodt again, or as plain text (.txt, UTF-8)');
		html = odfHtml(xml);
	} catch (cause) {
		return failure(`the OpenDocument text could not be read (${cause instanceof Error ? cause.message : String(cause)}): open it in LibreOffice and save it again, or save the minutes as plain text (.txt, UTF-8)`);
	}
	return markupText(html, 'utf-8', [], { document: true, kind: 'OpenDocument text' });
}
