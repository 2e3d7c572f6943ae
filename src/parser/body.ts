/**
 * The body (議事概要 and after): sections, remarks with their paragraphs and
 * lists, editorial notes and the chat region, in document order with stable ids.
 */
import type { RemarkIndex, Section } from '../schemas/meeting.ts';
import { warning } from './diagnostics.ts';
import { classifyLine, type BodyLine } from './lines.ts';
import { displayWidth, joinWrapped, type SourceLine } from './normalize.ts';
import type { Block, BodySection, Diagnostic } from './types.ts';

type RemarkBlock = Extract<Block, { type: 'remark' }>;
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
type ListBlock = Extract<Block, { type: 'list' }>;

/** The parsed body plus the index entries that go into the frontmatter. */
export interface ParsedBody {
	body: BodySection[];
	sections: Section[];
	remarks: RemarkIndex[];
}

/** Characters that end a sentence or a closed unit; a paragraph ending otherwise continues after a blank line. */
const SENTENCE_END = /[。．.！？!?」』）)：:>＞】\]〉》〕”"’'…]$/u;
/** A line this wide (half-width columns, 30 Japanese characters) that breaks mid-sentence was wrapped by the PDF extraction. */
const WRAPPED_LINE_WIDTH = 60;

/** The open text block that the next line may continue. */
type OpenText =
	| { kind: 'paragraph'; block: ParagraphBlock; lastWidth: number }
	| { kind: 'item'; list: ListBlock; item: { text: string; line: number }; lastWidth: number };

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

/** Parse body lines into sections and blocks; `lines` start where the body starts. */
export function parseBody(lines: readonly SourceLine[], diagnostics: Diagnostic[]): ParsedBody {
	const body: BodySection[] = [];
	let section: BodySection | null = null;
	let remark: RemarkBlock | null = null;
	let open: OpenText | null = null;
	let chat = false;
	let blankBefore = false;
	let lastHeadingNumber: number | null = null;
	let remarkCount = 0;

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
		open = { kind: 'paragraph', block, lastWidth: displayWidth(text) };
	};
	/** Continue the open block when the line is a wrapped continuation; true when it did. */
	const continueOpen = (text: string): boolean => {
		const current = open as OpenText | null;
		if (!current) return false;
		const soFar = current.kind === 'paragraph' ? current.block.text : current.item.text;
		const wrapped = !blankBefore || (!SENTENCE_END.test(soFar) && current.lastWidth >= WRAPPED_LINE_WIDTH);
		if (!wrapped) return false;
		if (current.kind === 'paragraph') current.block.text = joinWrapped(current.block.text, text);
		else current.item.text = joinWrapped(current.item.text, text);
		current.lastWidth = displayWidth(text);
		return true;
	};

	const handlers: { [K in BodyLine['kind']]: (entry: Extract<BodyLine, { kind: K }>, line: number) => void } = {
		heading(entry, line) {
			closeRemark();
			chat = false;
			if (entry.number !== null) lastHeadingNumber = entry.number;
			section = { id: `s${body.filter((s) => s.id !== 's0').length + 1}`, title: entry.title, line, children: [] };
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
			closeRemark();
			currentSection(line).children.push({ type: 'note', text: entry.text, line });
			if (entry.chat === 'start') chat = true;
			if (entry.chat === 'end') chat = false;
		},
		agenda(entry, line) {
			closeRemark();
			addParagraph(entry.text, line, currentSection(line).children);
		},
		item(entry, line) {
			const current = open as OpenText | null;
			const item = { text: entry.text, line };
			if (current?.kind === 'item') {
				current.list.items.push(item);
				open = { kind: 'item', list: current.list, item, lastWidth: displayWidth(entry.text) };
				return;
			}
			const list: ListBlock = { type: 'list', items: [item], line };
			container(line).push(list);
			open = { kind: 'item', list, item, lastWidth: displayWidth(entry.text) };
		},
		paragraph(entry, line) {
			if (continueOpen(entry.text)) return;
			addParagraph(entry.text, line, container(line));
		},
	};

	for (const source of lines) {
		if (source.text.trim() === '') {
			blankBefore = true;
			continue;
		}
		const entry = classifyLine(source.text, { inRemark: remark !== null, lastHeadingNumber });
		(handlers[entry.kind] as (entry: BodyLine, line: number) => void)(entry, source.line);
		blankBefore = false;
	}
	closeRemark();

	const sections: Section[] = body.map(({ id, title, line }) => ({ id, title, line }));
	const remarks: RemarkIndex[] = body.flatMap((s) =>
		s.children
			.filter((block): block is RemarkBlock => block.type === 'remark')
			.map((block) => ({ id: block.id, speaker: block.speaker, section: s.id, chat: block.chat, line: block.line, text: remarkText(block) })),
	);
	return { body, sections, remarks };
}
