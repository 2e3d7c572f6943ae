/**
 * The body (議事概要 and after): sections, remarks with their paragraphs and
 * lists, editorial notes and the chat region, in document order with stable ids.
 */
import type { AgendaItem, RemarkIndex, Section } from '../schemas/meeting.ts';
import { findAgendaItems, isAgendaLead, readAgendaLine, type AgendaMention } from './agenda.ts';
import { warning } from './diagnostics.ts';
import { classifyLine, type BodyLine, type LineContext } from './lines.ts';
import { displayWidth, stripDecoration, trimSpaces, wrapSeparator, type SourceLine } from './normalize.ts';
import type { Block, BodySection, Diagnostic } from './types.ts';

type RemarkBlock = Extract<Block, { type: 'remark' }>;
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
type ListBlock = Extract<Block, { type: 'list' }>;

/** The parsed body plus the index entries that go into the frontmatter. */
export interface ParsedBody {
	body: BodySection[];
	sections: Section[];
	remarks: RemarkIndex[];
	/** Agenda items introduced in the body, each pointing at its section. */
	agenda: AgendaItem[];
}

/** Characters that end a sentence or a closed unit; a paragraph ending otherwise continues after a blank line. */
const SENTENCE_END = /[。．.！？!?」』）)：:>＞】\]〉》〕”"’'…]$/u;
/** A line this wide (half-width columns, 30 Japanese characters) that breaks mid-sentence was wrapped by the PDF extraction. */
const WRAPPED_LINE_WIDTH = 60;
/** A sentence end (。？！, maybe inside closing quotes): a line ending so may end its paragraph without a blank line. */
const PARAGRAPH_END = /[。．？！?!][」』）)”]*$/u;
/** Lines narrower than this (half-width columns) that break mid-sentence tell nothing about the wrap width. */
const MIN_WRAP_EVIDENCE = 40;
/** A sentence-final line narrower than this share of the wrap width ends its paragraph (a wrapped line fills the width). */
const PARAGRAPH_END_RATIO = 0.8;

/**
 * The width at which the PDF extraction wrapped the body's lines: the median width of wide lines that
 * break mid-sentence with text on the next line, or null when no line does (one paragraph per line).
 */
function wrapWidth(lines: readonly SourceLine[]): number | null {
	const widths: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		const text = lines[i]?.text ?? '';
		const next = lines[i + 1]?.text ?? '';
		if (next.trim() === '' || SENTENCE_END.test(text)) continue;
		const width = displayWidth(text);
		if (width >= MIN_WRAP_EVIDENCE) widths.push(width);
	}
	if (widths.length === 0) return null;
	widths.sort((a, b) => a - b);
	return widths[Math.floor(widths.length / 2)] ?? null;
}

/** The last characters of a text, enough for the end-of-sentence patterns (which look at a sentence mark and its closing quotes). */
function tail(text: string): string {
	return text.slice(-TAIL_LENGTH);
}
/** Characters of an open paragraph's end that `SENTENCE_END` and `PARAGRAPH_END` need. */
const TAIL_LENGTH = 32;

/** The open text block that the next line may continue. */
type OpenText = (
	| { kind: 'paragraph'; block: ParagraphBlock }
	| { kind: 'item'; list: ListBlock; item: { text: string; line: number } }
) & {
	lastWidth: number;
	/** The last characters of the text so far (what the sentence-end patterns look at). */
	end: string;
	/** Wrapped lines joined to the text so far, with their separators; the text is built once, when parsing ends. */
	parts: string[];
};

/** Whether speech follows a bare speaker label at `index` (`大橋座長` alone): the next non-blank line is plain text. */
function speechFollows(lines: readonly SourceLine[], index: number, context: LineContext): boolean {
	for (let i = index + 1; i < lines.length; i++) {
		const next = lines[i]?.text ?? '';
		if (next.trim() !== '') return classifyLine(next, { ...context, inRemark: true }).kind === 'paragraph';
	}
	return false;
}

/** Plain text of a remark: its paragraphs and list items joined with newlines. */
export function remarkText(remark: RemarkBlock): string {
	return remark.children
		.flatMap((block) => {
			if (block.type === 'paragraph' || block.type === 'note') return [block.text];
			if (block.type === 'list') return block.items.map((item) => item.text);
			return [];
		})
		.join('\n');
}

/** Title of an agenda section: its items in short form (`議題（1）…／議題（2）…`), else the line up to its first 。. */
function agendaSectionTitle(items: readonly AgendaMention[], text: string): string {
	if (items.length > 0) return items.map((item) => item.label).join('／');
	const bare = stripDecoration(text).text;
	const end = bare.indexOf('。');
	return trimSpaces(end === -1 ? bare : bare.slice(0, end));
}

/** Agenda items of the body in document order, one per number: agenda sections, numbered headings such as `(2) 議題１　…`, then other section-level paragraphs. */
function collectAgenda(body: readonly BodySection[], introduced: ReadonlyMap<BodySection, AgendaMention[]>): AgendaItem[] {
	const agenda: AgendaItem[] = [];
	const numbers = new Set<number>();
	const add = (items: readonly AgendaMention[], section: string): void => {
		for (const item of items) {
			if (numbers.has(item.number)) continue;
			numbers.add(item.number);
			agenda.push({ number: item.number, title: item.title, section });
		}
	};
	for (const section of body) {
		add(introduced.get(section) ?? readAgendaLine(section.title), section.id);
		for (const block of section.children) if (block.type === 'paragraph') add(findAgendaItems(block.text), section.id);
	}
	return agenda;
}

/** What the reader knows of the document that tells speakers apart: its legend of marks, its participants' surnames. */
export interface BodyOptions {
	legend?: ReadonlyMap<string, string>;
	surnames?: ReadonlySet<string>;
}

/**
 * Parse body lines into sections and blocks; `lines` start where the body starts.
 * A line introducing agenda items (`◆議題（1）「…」について…説明。`) starts a new
 * section titled after the items and is that section's first paragraph; the
 * heading before it (`(2) 説明`) stays as its own section, empty when nothing
 * came between them (nothing is moved out of it).
 */
export function parseBody(lines: readonly SourceLine[], diagnostics: Diagnostic[], options: BodyOptions = {}): ParsedBody {
	const body: BodySection[] = [];
	let section: BodySection | null = null;
	let remark: RemarkBlock | null = null;
	let open: OpenText | null = null;
	/** Open texts that wrapped lines were joined to, completed after the last line. */
	const joined: OpenText[] = [];
	let chat = false;
	let blankBefore = false;
	/** The current line starts with a full-width space: a new paragraph of a transcript when the previous one ended a sentence. */
	let indented = false;
	let lastHeadingNumber: number | null = null;
	/** Display width of the previous non-blank line as written (speaker label included). */
	let previousWidth = 0;
	const wrapAt = wrapWidth(lines);
	let remarkCount = 0;
	const agendaSections: { section: BodySection; block: ParagraphBlock }[] = [];
	let numberedSections = 0;
	const nextSectionId = (): string => `s${++numberedSections}`;

	const currentSection = (line: number): BodySection => {
		if (!section) {
			// Text before the first heading: a section without a title, `s0`.
			section = { id: 's0', title: '', line, children: [] };
			body.push(section);
		}
		return section;
	};
	const container = (line: number): Block[] => (remark ? remark.children : currentSection(line).children);
	const closeRemark = (): void => {
		if (remark && remark.children.length === 0) {
			diagnostics.push(warning('empty-remark', remark.line, `remark by "${remark.speaker}" has no text`));
		}
		remark = null;
		open = null;
	};
	const addParagraph = (text: string, line: number, target: Block[]): void => {
		const block: ParagraphBlock = { type: 'paragraph', text, line };
		target.push(block);
		open = { kind: 'paragraph', block, lastWidth: displayWidth(text), end: tail(text), parts: [text] };
	};
	/** Continue the open block when the line is a wrapped continuation; true when it did. */
	const continueOpen = (text: string): boolean => {
		const current = open as OpenText | null;
		if (!current) return false;
		// Only the end of the open text is looked at, kept apart: re-reading the whole growing paragraph would be quadratic.
		const soFar = current.end;
		const ended = SENTENCE_END.test(soFar);
		// Without a blank line, a sentence-final line ends its paragraph when it is clearly shorter than a wrapped line
		// (or the body is not wrapped at all); a full-width line ending in 。 may still continue.
		const short = PARAGRAPH_END.test(soFar) && (wrapAt === null || previousWidth < PARAGRAPH_END_RATIO * wrapAt);
		const wrapped = blankBefore ? !ended && current.lastWidth >= WRAPPED_LINE_WIDTH : !(indented && ended) && !short;
		if (!wrapped) return false;
		// Joining by concatenation and reading the end back would re-scan the paragraph at every line: collect the pieces instead.
		const separator = wrapSeparator(current.end, text);
		if (current.parts.length === 1) joined.push(current);
		current.parts.push(separator, text);
		current.end = tail(`${current.end}${separator}${text}`);
		current.lastWidth = displayWidth(text);
		return true;
	};

	const handlers: { [K in BodyLine['kind']]: (entry: Extract<BodyLine, { kind: K }>, line: number) => void } = {
		heading(entry, line) {
			closeRemark();
			chat = false;
			if (entry.number !== null) lastHeadingNumber = entry.number;
			section = { id: nextSectionId(), title: entry.title, line, children: [] };
			body.push(section);
		},
		speaker(entry, line) {
			closeRemark();
			remarkCount++;
			const block: RemarkBlock = { type: 'remark', id: `r${remarkCount}`, speaker: entry.label, chat, line, children: [] };
			currentSection(line).children.push(block);
			remark = block;
			if (entry.text !== null) addParagraph(entry.text, line, block.children);
		},
		note(entry, line) {
			if (entry.aside && remark) {
				remark.children.push({ type: 'note', text: entry.text, line });
				open = null;
				return;
			}
			closeRemark();
			currentSection(line).children.push({ type: 'note', text: entry.text, line });
			if (entry.chat === 'start') chat = true;
			if (entry.chat === 'end') chat = false;
		},
		chat(entry, line) {
			closeRemark();
			section = { id: nextSectionId(), title: entry.title, line, children: [] };
			body.push(section);
			chat = true;
		},
		agenda(entry, line) {
			closeRemark();
			if (!isAgendaLead(entry.text)) {
				addParagraph(entry.text, line, currentSection(line).children);
				return;
			}
			chat = false;
			const started: BodySection = { id: nextSectionId(), title: '', line, children: [] };
			body.push(started);
			section = started;
			addParagraph(entry.text, line, started.children);
			const block = started.children[0];
			if (block?.type === 'paragraph') agendaSections.push({ section: started, block });
		},
		page() {
			blankBefore = true;
		},
		item(entry, line) {
			const current = open as OpenText | null;
			const item = { text: entry.text, line };
			if (current?.kind === 'item') {
				current.list.items.push(item);
				open = { kind: 'item', list: current.list, item, lastWidth: displayWidth(entry.text), end: tail(entry.text), parts: [entry.text] };
				return;
			}
			const list: ListBlock = { type: 'list', items: [item], line };
			container(line).push(list);
			open = { kind: 'item', list, item, lastWidth: displayWidth(entry.text), end: tail(entry.text), parts: [entry.text] };
		},
		paragraph(entry, line) {
			if (continueOpen(entry.text)) return;
			addParagraph(entry.text, line, container(line));
		},
	};

	for (const [index, source] of lines.entries()) {
		if (source.text.trim() === '') {
			blankBefore = true;
			continue;
		}
		indented = source.text.startsWith('\u3000');
		const context: LineContext = { inRemark: remark !== null, lastHeadingNumber, ...options };
		let entry = classifyLine(source.text, context);
		// A label alone on its line speaks only when speech follows; otherwise it is text (a name in a list).
		if (entry.kind === 'speaker' && entry.bare && !speechFollows(lines, index, context)) entry = { kind: 'paragraph', text: trimSpaces(source.text) };
		(handlers[entry.kind] as (entry: BodyLine, line: number) => void)(entry, source.line);
		if (entry.kind !== 'page') blankBefore = false;
		previousWidth = displayWidth(source.text);
	}
	closeRemark();
	for (const text of joined) {
		if (text.kind === 'paragraph') text.block.text = text.parts.join('');
		else text.item.text = text.parts.join('');
	}
	// Agenda paragraphs may wrap over several lines: title the sections once their text is complete.
	const introduced = new Map<BodySection, AgendaMention[]>();
	for (const { section: started, block } of agendaSections) {
		const items = readAgendaLine(block.text);
		started.title = agendaSectionTitle(items, block.text);
		introduced.set(started, items);
	}

	const sections: Section[] = body.map(({ id, title, line }) => ({ id, title, line }));
	const remarks: RemarkIndex[] = body.flatMap((s) =>
		s.children
			.filter((block): block is RemarkBlock => block.type === 'remark')
			.map((block) => ({ id: block.id, speaker: block.speaker, section: s.id, chat: block.chat, line: block.line, text: remarkText(block) })),
	);
	return { body, sections, remarks, agenda: collectAgenda(body, introduced) };
}
