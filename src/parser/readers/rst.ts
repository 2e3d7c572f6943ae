/**
 * A reader for the subset of reStructuredText that minutes use, into the same mdast tree the Markdown
 * parser gives (so one reader walks both): section titles from adornments (over- and underlined or
 * underlined only, depth by order of first use as docutils does), field lists (`:日時: …`, as list items
 * `日時: …`), bullet and enumerated lists nested by indentation, paragraphs, literal blocks (`::`),
 * admonitions kept as their text, comments and other directives dropped, and inline links
 * (`` `text <url>`_ ``, bare URLs). Every node carries its 1-based source line.
 */
import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Text } from 'mdast';
import { firstNonBlank, replaceSpaceRuns, type SourceLine } from '../normalize.ts';

/** A line of three or more of the same punctuation character: a section adornment. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}$/u;
/** `:日時: 2024年…`, `:参加者:` (the value may be empty). */
const FIELD = /^:(?<key>[^:`\s][^:`]*?):(?:[\s\u3000]+(?<value>.*))?$/u;
/** `- item`, `* item`, `+ item`, `• item`. */
const BULLET = /^(?<marker>[-*+•])(?<space>[ \t]+)(?<text>\S.*)$/u;
/** `1. item`, `#. item`, `(1) item`, `1) item`. */
const ENUMERATOR = /^(?<marker>(?:\((?<paren>[0-9]+)\))|(?<number>[0-9]+|#)[.)])(?<space>[ \t]+)(?<text>\S.*)$/u;
/** `.. note::`, `.. _target:`, `.. comment`. */
const EXPLICIT = /^\.\.(?:[ \t]+(?<rest>.*))?$/u;
/** Directives whose content is text of the minutes (shown as paragraphs). */
const TEXT_DIRECTIVES = /^(?:note|warning|attention|caution|danger|error|hint|important|tip|admonition|topic|sidebar|rubric|container)::/u;
/** Bare web and mail addresses: ASCII only, no spaces, quotes or angle brackets. */
const BARE_URL = /(?:https?:\/\/|mailto:)[!#-;=?-~]+/gu;
/** Punctuation that ends a sentence rather than a URL. */
const URL_TRAILING = /[.,:;!?'*_~]+$/u;
/** Inline markup: ``literal``, `text <url>`_, `text`_, :role:`text`, **strong**, *emphasis*. */
const INLINE = /``(?<literal>.+?)``|`(?<label>[^`<]*?)\s*<(?<target>[^<>`]+)>`__?|(?::[a-z-]+:)?`(?<interpreted>[^`]+)`(?:__?)?|\*\*(?<strong>[^*]+)\*\*|\*(?<emphasis>[^*\s][^*]*)\*/gu;

/** Leading spaces of a line (tabs count as eight columns, as docutils reads them). */
function indentOf(text: string): number {
	let width = 0;
	for (const char of text) {
		if (char === ' ') width++;
		else if (char === '\t') width += 8 - (width % 8);
		else break;
	}
	return width;
}

/** A line with `columns` of leading indentation removed. */
function dedent(source: SourceLine, columns: number): SourceLine {
	const text = source.text.replace(/^\t+/u, (tabs) => ' '.repeat(tabs.length * 8));
	return { text: text.slice(Math.min(columns, indentOf(text))), line: source.line };
}

const isBlank = (source: SourceLine | undefined): boolean => source !== undefined && source.text.trim() === '';

/** The position of a node spanning lines `from`..`to` (1-based). */
function position(from: number, to: number): { start: { line: number; column: number }; end: { line: number; column: number } } {
	return { start: { line: from, column: 1 }, end: { line: to, column: 1 } };
}

/** Drop trailing punctuation from a bare URL, and a `)` that has no `(` inside it. */
function trimUrl(url: string): string {
	let out = url.replace(URL_TRAILING, '');
	while (out.endsWith(')') && (out.match(/\(/gu)?.length ?? 0) < (out.match(/\)/gu)?.length ?? 0)) out = out.slice(0, -1).replace(URL_TRAILING, '');
	return out;
}

/** Text with bare URLs as link nodes. */
function bareLinks(text: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of text.matchAll(BARE_URL)) {
		const url = trimUrl(match[0]);
		if (!/^(?:https?:\/\/[^/]|mailto:.)/u.test(url)) continue;
		if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) } satisfies Text);
		out.push({ type: 'link', url, children: [{ type: 'text', value: url }] } satisfies Link);
		last = match.index + url.length;
	}
	if (last < text.length) out.push({ type: 'text', value: text.slice(last) } satisfies Text);
	return out;
}

/** Inline reST text as mdast phrasing nodes (markup removed, links kept as links). */
export function parseRstInline(text: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		const groups = match.groups ?? {};
		if (match.index > last) out.push(...bareLinks(text.slice(last, match.index)));
		last = match.index + match[0].length;
		if (groups.target !== undefined) {
			const url = replaceSpaceRuns(groups.target, '');
			const label = groups.label?.trim() || url;
			out.push({ type: 'link', url, children: [{ type: 'text', value: label }] } satisfies Link);
		} else if (groups.strong !== undefined) {
			out.push({ type: 'strong', children: [{ type: 'text', value: groups.strong }] } satisfies Strong);
		} else {
			out.push({ type: 'text', value: groups.literal ?? groups.interpreted ?? groups.emphasis ?? match[0] });
		}
	}
	if (last < text.length) out.push(...bareLinks(text.slice(last)));
	return out;
}

/** A paragraph of lines (joined by newlines, like a Markdown paragraph's soft breaks). */
function paragraphOf(lines: readonly SourceLine[], prefix: PhrasingContent[] = []): Paragraph {
	const text = lines.map((source) => source.text.trim()).join('\n');
	const first = lines[0]?.line ?? 1;
	return { type: 'paragraph', children: [...prefix, ...parseRstInline(text)], position: position(first, lines.at(-1)?.line ?? first) };
}

/** The lines after `start` that belong to a block indented deeper than `indent` (blank lines inside kept). */
function indentedBlock(lines: readonly SourceLine[], start: number, indent: number): { block: SourceLine[]; next: number } {
	let end = start;
	let last = start;
	while (end < lines.length) {
		const source = lines[end]!;
		if (isBlank(source)) {
			end++;
			continue;
		}
		if (indentOf(source.text) <= indent) break;
		end++;
		last = end;
	}
	return { block: lines.slice(start, last), next: last };
}

/** State of one document: adornment styles in order of first use. */
interface RstState {
	styles: string[];
}

/** The heading depth of an adornment style (first style seen is 1). */
function depthOf(state: RstState, style: string): Heading['depth'] {
	if (!state.styles.includes(style)) state.styles.push(style);
	return Math.min(6, state.styles.indexOf(style) + 1) as Heading['depth'];
}

/** A heading at `index` (overlined or underlined title), with the index after it, or null. */
function readTitle(lines: readonly SourceLine[], index: number, state: RstState): { node: Heading; next: number } | null {
	const first = lines[index]!;
	const second = lines[index + 1];
	const third = lines[index + 2];
	const over = ADORNMENT.exec(first.text.trim());
	if (over && second && !isBlank(second) && third && third.text.trim() === first.text.trim() && indentOf(first.text) === 0) {
		const node: Heading = { type: 'heading', depth: depthOf(state, `o${over[1]}`), children: parseRstInline(second.text.trim()), position: position(second.line, second.line) };
		return { node, next: index + 3 };
	}
	const under = second ? ADORNMENT.exec(second.text) : null;
	if (under && indentOf(first.text) === 0 && !isBlank(first) && !ADORNMENT.test(first.text.trim())) {
		const node: Heading = { type: 'heading', depth: depthOf(state, `u${under[1]}`), children: parseRstInline(first.text.trim()), position: position(first.line, first.line) };
		return { node, next: index + 2 };
	}
	return null;
}

/** One list item's content: its first line's text and the indented lines after it. */
function readItem(lines: readonly SourceLine[], index: number, contentColumn: number, text: string, state: RstState): { item: ListItem; next: number } {
	const source = lines[index]!;
	const { block, next } = indentedBlock(lines, index + 1, contentColumn - 1);
	const inner = [{ text, line: source.line }, ...block.map((line) => dedent(line, contentColumn))];
	const children = parseRstBlocks(inner, state) as ListItem['children'];
	return { item: { type: 'listItem', spread: false, children, position: position(source.line, block.at(-1)?.line ?? source.line) }, next };
}

/** A field list item: `key: value` as the item's paragraph, nested blocks after it. */
function readField(lines: readonly SourceLine[], index: number, key: string, value: string, state: RstState): { item: ListItem; next: number } {
	const source = lines[index]!;
	const { block, next } = indentedBlock(lines, index + 1, 0);
	const column = Math.min(...block.filter((line) => !isBlank(line)).map((line) => indentOf(line.text)));
	const inner = block.map((line) => dedent(line, Number.isFinite(column) ? column : 0));
	const blocks = parseRstBlocks(inner, state);
	// Continuation lines of the value (not a list) belong to the value's paragraph.
	const head = blocks[0]?.type === 'paragraph' && value !== '' && blocks[0].position?.start.line === inner.find((line) => !isBlank(line))?.line ? blocks.shift() : undefined;
	const valueLines = [{ text: value, line: source.line }, ...(head?.type === 'paragraph' ? inner.filter((line) => !isBlank(line) && line.line <= (head.position?.end.line ?? 0)) : [])];
	const paragraph = paragraphOf(valueLines, [{ type: 'text', value: `${key}: ` }]);
	if (value === '' && valueLines.length === 1) paragraph.children = [{ type: 'text', value: `${key}:` }];
	paragraph.position = position(source.line, valueLines.at(-1)?.line ?? source.line);
	const children = [paragraph, ...blocks] as ListItem['children'];
	return { item: { type: 'listItem', spread: false, children, position: position(source.line, block.at(-1)?.line ?? source.line) }, next };
}

/** What starts a list at a line: a bullet, an enumerator or a field, with the item's text. */
function listStart(text: string): { kind: string; ordered: boolean; start: number | null; column: number; text: string; key?: string } | null {
	const field = FIELD.exec(text);
	if (field?.groups) return { kind: 'field', ordered: false, start: null, column: 0, text: field.groups.value ?? '', key: field.groups.key ?? '' };
	const bullet = BULLET.exec(text);
	if (bullet?.groups) return { kind: `bullet${bullet.groups.marker}`, ordered: false, start: null, column: (bullet.groups.marker ?? '').length + (bullet.groups.space ?? '').length, text: bullet.groups.text ?? '' };
	const enumerated = ENUMERATOR.exec(text);
	if (enumerated?.groups) {
		const digits = enumerated.groups.paren ?? enumerated.groups.number ?? '#';
		return {
			kind: enumerated.groups.paren === undefined ? `enum${(enumerated.groups.marker ?? '').slice(-1)}` : 'enum()',
			ordered: true,
			start: digits === '#' ? null : Number(digits),
			column: (enumerated.groups.marker ?? '').length + (enumerated.groups.space ?? '').length,
			text: enumerated.groups.text ?? '',
		};
	}
	return null;
}

/** Parse reST lines (already dedented to their block) into mdast block nodes. */
export function parseRstBlocks(lines: readonly SourceLine[], state: RstState = { styles: [] }): RootContent[] {
	const out: RootContent[] = [];
	let index = 0;
	while (index < lines.length) {
		const source = lines[index]!;
		const text = source.text;
		if (isBlank(source)) {
			index++;
			continue;
		}
		const indent = indentOf(text);
		if (indent > 0) {
			// A block quote or stray indentation: its content as blocks of this level.
			const { block, next } = indentedBlock(lines, index, indent - 1);
			out.push(...parseRstBlocks(block.map((line) => dedent(line, indent)), state));
			index = Math.max(next, index + 1);
			continue;
		}
		const title = readTitle(lines, index, state);
		if (title) {
			out.push(title.node);
			index = title.next;
			continue;
		}
		if (ADORNMENT.test(text.trim())) {
			// A transition (horizontal rule) or a stray adornment: nothing to read.
			index++;
			continue;
		}
		const explicit = EXPLICIT.exec(text);
		if (explicit) {
			const { block, next } = indentedBlock(lines, index + 1, 0);
			if (TEXT_DIRECTIVES.test(explicit.groups?.rest ?? '')) {
				const column = Math.min(...block.filter((line) => !isBlank(line)).map((line) => indentOf(line.text)));
				out.push(...parseRstBlocks(block.map((line) => dedent(line, Number.isFinite(column) ? column : 0)), state));
			}
			index = Math.max(next, index + 1);
			continue;
		}
		const started = listStart(text);
		if (started) {
			const list: List = { type: 'list', ordered: started.ordered, spread: false, children: [], position: position(source.line, source.line) };
			if (started.ordered && started.start !== null) list.start = started.start;
			while (index < lines.length) {
				const current = lines[index]!;
				const next = isBlank(current) ? lines.slice(index).find((line) => !isBlank(line)) : current;
				const item = next && indentOf(next.text) === 0 ? listStart(next.text) : null;
				if (!next || !item || item.kind !== started.kind) break;
				index = lines.indexOf(next);
				const read = item.kind === 'field' ? readField(lines, index, item.key ?? '', item.text, state) : readItem(lines, index, item.column, item.text, state);
				list.children.push(read.item);
				index = read.next;
			}
			list.position = position(source.line, list.children.at(-1)?.position?.end.line ?? source.line);
			out.push(list);
			continue;
		}
		// A paragraph: lines up to a blank line, a less indented line or a title underline.
		const paragraph: SourceLine[] = [];
		while (index < lines.length && !isBlank(lines[index]) && indentOf(lines[index]!.text) === 0) {
			if (paragraph.length > 0 && (readTitle(lines, index, { styles: [...state.styles] }) || listStart(lines[index]!.text)?.kind === 'field')) break;
			paragraph.push(lines[index]!);
			index++;
		}
		const last = paragraph.at(-1)!;
		const literal = /::$/u.test(last.text);
		if (literal) paragraph[paragraph.length - 1] = { text: last.text.replace(/[ \t]*::$/u, last.text.trim() === '::' ? '' : ':'), line: last.line };
		if (paragraph.some((line) => line.text.trim() !== '')) out.push(paragraphOf(paragraph.filter((line) => line.text.trim() !== '')));
		if (literal) {
			const { block, next } = indentedBlock(lines, index, 0);
			const body = block.filter((line) => !isBlank(line));
			if (body.length > 0) {
				const column = Math.min(...body.map((line) => indentOf(line.text)));
				const from = block.indexOf(body[0]!);
				const to = block.indexOf(body.at(-1)!);
				const value = block.slice(from, to + 1).map((line) => dedent(line, column).text).join('\n');
				out.push({ type: 'code', value, position: position(body[0]!.line, body.at(-1)!.line) });
			}
			index = Math.max(next, index);
		}
	}
	return out;
}

/** Parse a reStructuredText document into an mdast root. */
export function parseRst(lines: readonly SourceLine[]): Root {
	return { type: 'root', children: parseRstBlocks(lines) };
}

/** An overlined title (`=====` / ` 題 ` / `=====`) at the top of the lines. */
function hasOverlinedTitle(lines: readonly SourceLine[]): boolean {
	const [first, second, third] = firstNonBlank(lines, 3);
	return first !== undefined && second !== undefined && third !== undefined && ADORNMENT.test(first.text) && first.text === third.text && first.line + 2 === third.line;
}

/** True when the text reads as reStructuredText: an overlined title, or a field list or reST link near a titled top. */
export function looksLikeRst(lines: readonly SourceLine[]): boolean {
	if (hasOverlinedTitle(lines)) return true;
	const text = firstNonBlank(lines, 60);
	const [first, second] = text;
	const underlined = first !== undefined && second !== undefined && second.line === first.line + 1 && ADORNMENT.test(second.text) && !ADORNMENT.test(first.text);
	if (!underlined) return false;
	return text.some((source) => FIELD.test(source.text) || /`[^`]*<[^<>`]+>`__?/u.test(source.text) || /^\.\.[ \t]/u.test(source.text));
}
