/**
 * The body (議事概要 and after): sections, remarks with their paragraphs and
 * lists, editorial notes and the chat region, in document order with stable ids.
 */
import type { AgendaItem, RemarkIndex, Section } from '../schemas/meeting.ts';
import { findAgendaItems, isAgendaLead, readAgendaLine, readMotionHeading, type AgendaMention } from './agenda.ts';
import { findDate, readSittingTime } from './date.ts';
import { opensHandout, opensHandoutList } from './handouts.ts';
import { warning } from './diagnostics.ts';
import { bareHeadingShape, bracketedDirection, classifyLine, ELECTED_POSTS, INTERVIEWEE, INTERVIEWER, isBareStage, isMotionHeading, isSpeakerLabel, isSealedSignature, isTaskItem, narratedByRole, narratedRemark, numberedPart, opensRecordKey, opensSignatures, pointByName, RECORDING_TIME_ALONE, tellsWhatWasExplained, type BodyLine, type LineContext } from './lines.ts';
import { isSpacedFullName, isTypedTurn } from './names.ts';
import { atMostCharacters, displayWidth, matchForm, nextNonBlank, pageTurns, stripDecoration, trimSpaces, wrapSeparator, type SourceLine } from './normalize.ts';
import { matchSectionLine } from './sections.ts';
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
/**
 * A sentence end (。？！, maybe inside closing quotes): a line ending so may end its paragraph without a blank line; also with
 * the clock or the response a record writes after it (`…開会いたします。(10:00)`, `ほかにありませんか。(なし)`).
 */
const PARAGRAPH_END = /[。．？！?!][」』）)”]*(?:[(（](?:[0-9０-９]{1,2}[:：][0-9０-９]{2}|[^\s()（）。]{1,8})[)）])?$/u;
/** A typed indent of half-width spaces before Japanese text. */
const INDENT_HALF = /^ {1,4}[^\x00-\x7f]/u;
/** How many wide lines breaking mid-sentence show that the text was wrapped. */
const MIN_WRAPPED_LINES = 2;
/** Lines narrower than this (half-width columns) that break mid-sentence tell nothing about the wrap width. */
const MIN_WRAP_EVIDENCE = 40;
/** A sentence-final line narrower than this share of the wrap width ends its paragraph (a wrapped line fills the width). */
const PARAGRAPH_END_RATIO = 0.8;

/**
 * The width at which the PDF extraction wrapped the body's lines: the median width of wide lines that
 * break mid-sentence with text on the next line, or null when no line does (one paragraph per line).
 */
function wrapWidth(lines: readonly SourceLine[], rows?: ReadonlySet<number>): number | null {
	const widths: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		// (A row of the header's fields is padded to its columns, never wrapped.)
		if (rows?.has(lines[i]?.line ?? -1)) continue;
		const text = lines[i]?.text ?? '';
		const next = lines[i + 1]?.text ?? '';
		if (next.trim() === '' || SENTENCE_END.test(text)) continue;
		const width = displayWidth(text);
		if (width >= MIN_WRAP_EVIDENCE) widths.push(width);
	}
	// One such line tells nothing (a point that ends without a sentence mark): a wrapped text breaks many lines so.
	if (widths.length < MIN_WRAPPED_LINES) return null;
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

/** A summary's bulleted point that is a sentence: `・…検討すべき。`, `・…ではないか？`. */
const POINT_SENTENCE = /^[・･●•○〇◯\-‐－][\s\u3000]*\S.*[。？?！!]$/u;

/** Whether a remark opens with the time into the recording its speaker's label was stamped with (`石井 00:00:45` / the words). */
function isStampedRemark(remark: RemarkBlock): boolean {
	const first = remark.children[0];
	return first?.type === 'paragraph' && RECORDING_TIME_ALONE.test(first.text);
}

/**
 * Whether speech follows a bare speaker label at `index` (`大橋座長` alone): the next non-blank line is plain text; under a
 * speaker stamped with the time into the recording (`話者2 00:55`, `stamped`) a note in brackets alone too (`[音声なし]`), as a
 * transcription app writes a turn it heard no words in.
 */
function speechFollows(lines: readonly SourceLine[], index: number, context: LineContext, stamped = false): boolean {
	for (let i = index + 1; i < lines.length; i++) {
		const next = lines[i]?.text ?? '';
		// (`森下議員` / `【再質問】` / the words: the kind of question under the member's name is a note of the turn.)
		if (i === index + 1 && REQUESTION.test(trimSpaces(next))) continue;
		// (`議　長` / `午後２時００分開議` / the words: the sitting's clock under the chair's label is a note of the turn.)
		if (i === index + 1 && readSittingTime(trimSpaces(next)) !== null) continue;
		// A name on the next line (`委員` / `浜田　妙子`: a table's roles above its names) is a roll, not speech; nor is the next
		// item of a list numbered as this line is (`①　１０月度収支報告（管理会社）` / `②　エレベーター定期点検結果`).
		// (Nor is the heading of the signers, `教育長` / `会議録署名委員`: both sign.)
		if (next.trim() === '') continue;
		const read = classifyLine(next, { ...context, inRemark: true });
		// (`委員` / `・…重視すべき。` / `・…配慮を。`: a summary's points under who made them, each a sentence, are that speaker's
		// words, as they are under `◆委員` or `【委員】`; bulleted names, `・山田　太郎（東都大学教授）`, are a roll's.)
		if (read.kind === 'item') return POINT_SENTENCE.test(trimSpaces(next));
		if (stamped && read.kind === 'note' && read.aside === true) return true;
		return read.kind === 'paragraph' && !isSpacedFullName(trimSpaces(next)) && !nextOfNumbered(lines[index]?.text ?? '', next) && !opensSignatures(next);
	}
	return false;
}

/** Whether the next line with words after `index` opens someone's turn (a speaker's label, with or without words). */
function turnFollows(lines: readonly SourceLine[], index: number, context: LineContext): boolean {
	const next = nextNonBlank(lines, index + 1);
	return next !== -1 && (lines[next]?.text.length ?? 0) <= 20_000 && classifyLine(lines[next]?.text ?? '', { ...context, inRemark: false }).kind === 'speaker';
}

/** The index of the last line that reads as a speaker's turn (lines of a turn's length only). */
function lastTurnIndex(lines: readonly SourceLine[]): number {
	const context = { inRemark: false, lastHeadingNumber: null };
	return lines.findLastIndex((line, index) => {
		if (line.text.trim() === '' || line.text.length > 20_000) return false;
		const read = classifyLine(line.text, context);
		// (A post alone on its line with no words below it, `教育長` / `会議録署名委員` under the sentence that opens the
		// signatures, is who signs, no turn.)
		return read.kind === 'speaker' && !(read.bare === true && read.text === null && !speechFollows(lines, index, context));
	});
}

/** Whether any line reads as a speaker's turn in their own words (not the record's telling of what someone said). */
function hasSpokenTurn(lines: readonly SourceLine[]): boolean {
	const context = { inRemark: false, lastHeadingNumber: null };
	return lines.some((line) => {
		if (line.text.trim() === '' || line.text.length > 20_000) return false;
		const read = classifyLine(line.text, context);
		return read.kind === 'speaker' && read.attributed !== true && read.text !== null;
	});
}

/** At most so many lines of signers under their heading or opening sentence. */
const SIGNER_LINES = 24;

/**
 * True when the lines after `index` are a few short ones without a sentence (`理事長　大野健一`, `令和６年６月１０日`,
 * `議事録署名人　第1班　岩田　光`): who signed, the date and the body's name, to the end of the text.
 */
function onlySignersBelow(lines: readonly SourceLine[], index: number): boolean {
	let count = 0;
	for (let at = index + 1; at < lines.length; at++) {
		const text = trimSpaces(lines[at]?.text ?? '');
		if (text === '') continue;
		if (++count > SIGNER_LINES || !atMostCharacters(text, 60) || /[。．？！?!「」]/u.test(text)) return false;
	}
	return count > 0;
}

/** A line numbered with a circled number. */
const CIRCLED = /^[\s\u3000]*(?<n>[①-⑳])/u;

/** True when `next` is numbered with the circled number after `line`'s (`①　…` then `②　…`). */
function nextOfNumbered(line: string, next: string): boolean {
	const a = CIRCLED.exec(line)?.groups?.n;
	const b = CIRCLED.exec(next)?.groups?.n;
	return a !== undefined && b !== undefined && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}

/**
 * A list's bullet before a label and a colon (`• 知事:…`), or an answer's arrow before the post that answers (`→介護保険課長　…`, under
 * a member's point `・岸委員　…`): what follows the mark, read as a line of its own.
 */
const BULLET_TURN = /^[ \t\u3000]*[•・･●→⇒][ \t\u3000]*(?<rest>[^\s\u3000:：]{1,20}(?:[ \t\u3000]*[:：][ \t\u3000]*|\u3000+)\S.*)$/u;
/** A form's row of what the meeting decided or set, its label a table's cell: `決定事項<TAB>…`, `次回<TAB>…`, `TODO<TAB>…`. */
const FORM_ROW = /^(?:決定事項|決定|結論|合意事項|確認事項|次回|次回予定|次回開催|次回の予定|宿題|課題|TODO|ToDo|To Do|備考|連絡事項|その他)[ \u3000]?\t/u;
/** A heading over tasks or assignments (`【TODO】`, `ToDo`, `宿題`, `役割分担`): its `・黒田：ペア表作成` points are who does what, no one's words. */
const TASKS_HEADING = /^(?:to[ -]?do(?:リスト)?|タスク|宿題|課題|アクション(?:アイテム)?|action items?|担当|役割分担|分担|次回までの(?:課題|宿題|タスク))$/iu;
/** A bullet and a label alone on its line: `  • 小野分科会長`, `・高橋室長`. */
const BULLET_LABEL = /^[ \t\u3000]*[•・･][ \t\u3000]*(?<label>[^\s\u3000]{2,30})[ \t\u3000]*$/u;

/** Width of a line's indentation (an ideographic space counts two). */
const indentWidth = (text: string): number => [.../^[ \t\u3000]*/u.exec(text)?.[0] ?? ''].reduce((width, char) => width + (char === '\u3000' ? 2 : 1), 0);

/** Whether the next non-blank line is indented deeper than the line at `index`. */
function deeperTextFollows(lines: readonly SourceLine[], index: number): boolean {
	const depth = indentWidth(lines[index]?.text ?? '');
	for (let i = index + 1; i < lines.length; i++) {
		const next = lines[i]?.text ?? '';
		if (next.trim() !== '') return indentWidth(next) > depth && !/^[ \t\u3000]*[•・･]/u.test(next);
	}
	return false;
}

/** A label with where its speaker goes as they start (`森下議員(質問者席へ)`, `市長（登壇）`). */
const MOVING = /^(?<who>[^（()）]{1,30})(?<stage>[（(](?:登壇|降壇|質問者席へ|質問席へ|質問者席にて|自席から|自席にて|演壇へ|発言席へ)[）)])$/u;

/** The kind of a member's question under their name (`【再質問】`, `【再々質問】`, `（再質問）`): a note of the turn, no heading. */
const REQUESTION = /^[【［\[（(](?:再+質問|再々質問|再質疑|再々質疑|関連質問)[】］\]）)]$/u;

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

/** How an agenda item's title ends when it is whole: `…について`, `…の件`, a handout in brackets after it (`…について（資料１）`). */
const ITEM_TITLE_END = /(?:について|の件|に関する件)(?:[\s\u3000]*[（(][^（()）。]{1,20}[）)])?$/u;

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
	// A record listing no agenda that takes its motions up under their own headings (`第１号議案　…承認の件`, as a board's or a
	// general meeting's minutes do): the motions are its agenda.
	if (agenda.length === 0) for (const section of body) add(readMotionHeading(section.title), section.id);
	return agenda;
}

/** What the reader knows of the document that tells speakers apart: its legend of marks, its participants' surnames. */
export interface BodyOptions {
	legend?: ReadonlyMap<string, string>;
	surnames?: ReadonlySet<string>;
	oneLetterSurnames?: ReadonlySet<string>;
	bodies?: ReadonlySet<string>;
	introduced?: ReadonlySet<string>;
	/** Lines of the header's fields kept as text (`３．組合員総数　　８４名`, `　　出席組合員数　６９名`): each a row of its own, never wrapped prose. */
	rows?: ReadonlySet<number>;
	/** The titles of the header's agenda items, as their lists give them. */
	agenda?: readonly string[];
}

/** The state of reading the body, passed to the small steps and line handlers below. */
interface BodyState extends OpenBody {
	diagnostics: Diagnostic[];
	open: OpenText | null;
	/** Open texts that wrapped lines were joined to, completed after the last line. */
	joined: OpenText[];
	chat: boolean;
	blankBefore: boolean;
	/** The current line is indented (a full-width space, or half-width spaces before Japanese text): it may start a paragraph. */
	indented: boolean;
	/** Whether the line before was indented. */
	previousIndented: boolean;
	/** The current line, or the line before, is a row of the header's fields kept as text: never joined to the other. */
	row: boolean;
	previousRow: boolean;
	/** The signatures under the minutes have begun after a remark (`…ここに署名する。`): every line after is a note. */
	signed?: boolean;
	/** The index of the last line that opens a turn, found when a line first reads as the signatures' opening. */
	lastTurnLine?: number;
	/** Whether any line gives a speaker's own words as a turn, found when a line first tells what the members said by their role. */
	verbatim?: boolean;
	lastHeadingNumber: number | null;
	/** Display width of the previous non-blank line as written (speaker label included). */
	previousWidth: number;
	wrapAt: number | null;
	remarkCount: number;
	/** A member's label alone over typed lines (`○鈴木委員` / `（質疑）…`): who asks them, until another turn or heading. */
	asker: string | null;
	agendaSections: { section: BodySection; block: ParagraphBlock }[];
	numberedSections: number;
	/** The numbering of the last numbered paragraph outside any remark (`⑶ 質疑応答`), which the next number (`⑷`) goes on. */
	outerNumber: Numbering | null;
	/**
	 * The last number of each form outside any remark (`４．議事` over `（１）…` / `（３）質疑`): an outline's outer level, which the
	 * next number at the margin under indented turns goes on (`５．次回役員会`).
	 */
	outerNumbers: Map<Numbering['form'], number>;
	/** The open remark is a point whose speaker was named after it (`・…したい(福島会長)`): whole, no later line is its. */
	pointWhole: boolean;
	/** The open remark's first line was a summary's point (`○上田委員：…`, `・中川委員　…`), under which a ○ point is the next point. */
	pointOpened: boolean;
}

/** A paragraph's number at its start, by the form it is written in: `⑷` (parenthesized), `④` (circled), `(4)`, `4.`. */
interface Numbering {
	form: 'parenthesized' | 'circled' | 'bracket' | 'dot';
	value: number;
}

/**
 * A number opening a paragraph: `⑴`…`⒇`, `①`…`⑳`, `(1)`/`（１）`, `1.`/`１．` (not `1.5`), or `１`, an ideographic space after it
 * (`２　地域密着型サービス事業所の指定について`, as a council's summary numbers its items), then the text.
 */
const NUMBER_OPENING = /^(?:(?<parenthesized>[⑴-⒇])|(?<circled>[①-⑳])|[(（](?<bracket>[0-9０-９]{1,2})[)）]|(?<dot>[0-9０-９]{1,2})(?:[.．](?![0-9０-９])|(?=\u3000)))[\s\u3000]*\S/u;

/** The number a paragraph opens with, or null. */
function numberingOf(text: string): Numbering | null {
	const found = NUMBER_OPENING.exec(text)?.groups;
	if (!found) return null;
	if (found.parenthesized) return { form: 'parenthesized', value: (found.parenthesized.codePointAt(0) ?? 0) - 0x2473 };
	if (found.circled) return { form: 'circled', value: (found.circled.codePointAt(0) ?? 0) - 0x245f };
	const digits = (found.bracket ?? found.dot ?? '').normalize('NFKC');
	return { form: found.bracket ? 'bracket' : 'dot', value: Number(digits) };
}

/** True when `next` is the number after `before`, in the same form. */
function follows(before: Numbering | null, next: Numbering | null): boolean {
	return before !== null && next !== null && before.form === next.form && next.value === before.value + 1;
}

function nextSectionId(state: BodyState): string {
	state.numberedSections++;
	return `s${state.numberedSections}`;
}

/** What a body under construction holds: its sections, the open one and the open remark (shared with the markup reader). */
export interface OpenBody {
	body: BodySection[];
	section: BodySection | null;
	remark: RemarkBlock | null;
}

/** An item of business numbered with a space only, as a summary tells of it (NFKC): `1 今年度の活動状況について(資料1)`, `2 …の件`. */
const ITEM_TOLD_OF = /^(?<number>[0-9]{1,2})\s+(?<title>[^。\s][^。]{1,48}?(?:について|の件|に関する件)(?:\s?[(][^()]{1,12}[)])?)$/u;

/**
 * A paper attached after the record (NFKC): `別紙`, `別紙2`, `別添1`, maybe in brackets (`(別紙)`, `【別紙1】`), alone or a space
 * before its title without a sentence's end (`別紙 答申(案)`); `別紙のとおり…` and `別紙1をご覧ください。` are words.
 */
const ANNEX_HEADING = /^(?:[(【\[]\s*(?:別紙|別添)\s*[0-9]{0,2}\s*[)】\]]|(?:別紙|別添)\s*[0-9]{0,2})(?:\s*$|\s+[^\s。][^。]{0,36}$)/u;
/** An item of business numbered with a space only (NFKC): `2 今後のスケジュールについて`. */
const SPACE_NUMBERED_ITEM = /^(?<number>[0-9]{1,2})\s+(?<title>\S.{0,48})$/u;

/** True when a list item's words are an agenda item's title said again (`その他` too, as the list gives it), bullets and spaces aside. */
function isAgendaItemAgain(text: string, agenda: readonly string[]): boolean {
	// (The agenda's forms made once for a text: thousands of items over thousands of points stay linear.)
	let forms = AGENDA_FORMS.get(agenda);
	if (forms === undefined) {
		forms = new Set(agenda.map(itemForm));
		AGENDA_FORMS.set(agenda, forms);
	}
	const again = itemForm(text);
	return again.length >= 2 && forms.has(again);
}

/** An agenda item's words for matching: NFKC, no bullet before them, no spaces. */
function itemForm(title: string): string {
	return matchForm(title).replace(/^[・･\-－]/u, '').replace(/\s/gu, '');
}

/** The forms of each header agenda's titles, by the list. */
const AGENDA_FORMS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The section text goes to; text before the first heading opens a section without a title, `s0`. */
export function currentSection(state: OpenBody, line: number): BodySection {
	if (!state.section) {
		state.section = { id: 's0', title: '', line, children: [] };
		state.body.push(state.section);
	}
	return state.section;
}

/** Where a block goes: the open remark, else the current section. */
export function container(state: OpenBody, line: number): Block[] {
	return state.remark ? state.remark.children : currentSection(state, line).children;
}

function closeRemark(state: BodyState): void {
	if (state.remark && state.remark.children.length === 0) {
		state.diagnostics.push(warning('empty-remark', state.remark.line, `remark by "${state.remark.speaker}" has no text`));
	}
	state.remark = null;
	state.open = null;
}

function addParagraph(state: BodyState, text: string, line: number, target: Block[]): void {
	const block: ParagraphBlock = { type: 'paragraph', text, line };
	target.push(block);
	state.open = { kind: 'paragraph', block, lastWidth: displayWidth(text), end: tail(text), parts: [text] };
}

/** A bracket right after a sentence's end inside a turn's words: `…よろしいでしょうか。（「異議なし」の声あり）それでは…`. */
const BRACKET_AFTER_SENTENCE = /(?<=[。？！?!])[\s\u3000]*[（(][^（()）]{2,60}[）)]/gu;

/**
 * Add a turn's words, the record's directions between its sentences notes of the turn: the floor's answer or a stage direction
 * (`（「異議なし」の声あり）`, `（拍手）`), or what someone explained (`（事務局から資料１に基づき説明）`); they had been the speaker's words.
 */
function addSpoken(state: BodyState, text: string, line: number, target: Block[]): void {
	let from = 0;
	for (const found of text.matchAll(BRACKET_AFTER_SENTENCE)) {
		const direction = trimSpaces(found[0]);
		if (bracketedDirection(direction) === null && !tellsWhatWasExplained(direction.slice(1, -1))) continue;
		const at = found.index ?? 0;
		const before = trimSpaces(text.slice(from, at));
		if (before !== '') addParagraph(state, before, line, target);
		target.push({ type: 'note', text: direction, line });
		state.open = null;
		from = at + found[0].length;
	}
	const rest = trimSpaces(text.slice(from));
	if (from === 0) addParagraph(state, text, line, target);
	else if (rest !== '') addParagraph(state, rest, line, target);
}

/** A file's kind and size at the end of a link's text (`（PDF形式，1.5MB）`, `(PDF:512KB)`, `［Word 45KB］`). */
const FILE_SIZE_END = /[（(［\[][^（()）［\]］]{0,20}[0-9０-９][0-9０-９.,，．]*[\s\u3000]*(?:KB|MB|GB|ＫＢ|ＭＢ|キロバイト|メガバイト|バイト)[）)］\]]$/iu;

/** A row of the officers elected, by post (lines.ts's posts, and the others a row may open with: `常勤監事`, `会長`, `幹事`), then names alone. */
const OFFICERS_ROW = new RegExp(`^(?:${ELECTED_POSTS}|常勤監事|専務取締役|常務取締役|副会長|会長|会計監査|幹事)[ \\u3000]+(?<names>[\\p{Script=Han}々ヶ][^。．、，,]{0,10}(?:[、，,\\u3000 ][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ヶー \\u3000]{1,10}){0,12})$`, 'u');

/** True for a row of officers by post: the post, a space, then names alone (`監事　磯辺 孝夫`, `理事　村瀬伝吉　大杉友蔵`). */
function isOfficersRow(text: string): boolean {
	const names = OFFICERS_ROW.exec(trimSpaces(text))?.groups?.names;
	return names !== undefined && !/(?:は|が|を|に|の|と|より|から|について|した|する|です|ます)/u.test(names);
}

/** Continue the open block when the line is a wrapped continuation; true when it did. */
function continueOpen(state: BodyState, text: string): boolean {
	const current = state.open;
	if (!current) return false;
	// A line never begins with ・ when typesetting wraps one (行頭禁則): a line opening with it is the next point of a list.
	if (/^[・･]/u.test(text)) return false;
	// Nor with an arrow: `→　拍手多数で承認` under a list of officers elected is what was decided, a line of its own.
	if (/^[→⇒]/u.test(text)) return false;
	// A row of the header's fields (`３．議決権を有する株主の数　　３２名` / `　　発行済株式の総数　　１０，０００株`) is a line of its own.
	if (state.row || state.previousRow) return false;
	// A date alone on its line (`令和６年６月２２日` over the signatures) is never part of a paragraph, nor what follows it.
	if (isDateAlone(text) || (current.parts.length === 1 && isDateAlone(current.parts[0] ?? ''))) return false;
	// A page's list of files ends each item with the file's kind and size (`資料1　景観計画の見直しについて（PDF形式，1.5MB）`):
	// the next line is the next file, never more of this one.
	if (FILE_SIZE_END.test(current.end)) return false;
	// So does a list of handouts (`資料１－１　…について` / `資料１－２　…（案）`, under `６　配布資料` after the minutes): each line
	// opening with a handout's number is the next handout, never more of the one above (their titles had run together).
	if (opensHandout(text) && opensHandout(current.parts[0] ?? '')) return false;
	// A line of the officers elected, by post (`　　理事　浜野 重男、村松 信吾` / `　　監事　磯辺 孝夫`, under an association's
	// 役員選任 motion): a row of its own, never more of the sentence or the row above it (the rows had run together,
	// `…岩田 英一監事　磯辺 孝夫`).
	if (isOfficersRow(text)) return false;
	// A table's row, its cells apart by tabs (a web page's table read a row a line): the next line is the next row or other text,
	// never more of it (a table's rows had run together, `…106.0%北部丘陵線…`, one paragraph on the page).
	if (text.includes('\t') || current.parts.at(-1)?.includes('\t')) return false;
	// So is a row typed with its cells apart by wide gaps (`１　　みなみ野町大字東　Ａ　　大字東字前田１２３番　田　１，２３４`, a
	// table of cases under an agricultural committee's motion): the rows had run together, and into the heading row above them.
	if (isSpacedRow(text) || isSpacedRow(current.parts.at(-1) ?? '')) return false;
	// Only the end of the open text is looked at, kept apart: re-reading the whole growing paragraph would be quadratic.
	const soFar = current.end;
	const ended = SENTENCE_END.test(soFar);
	// A numbered line (`⑵ 司会者の紹介で…`, `4.  出席者数: …`) after a sentence's end, or numbered next after the open
	// paragraph's own number, is the next paragraph of a list written a paragraph a line.
	const numbering = numberingOf(text);
	if (numbering !== null && (ended || follows(numberingOf(current.parts[0] ?? ''), numbering))) return false;
	// Without a blank line, a sentence-final line ends its paragraph when it is clearly shorter than a wrapped line
	// (or the body is not wrapped at all); a full-width line ending in 。 may still continue.
	const short = PARAGRAPH_END.test(soFar) && (state.wrapAt === null || state.previousWidth < PARAGRAPH_END_RATIO * state.wrapAt);
	// An indented line starts a paragraph after a sentence's end, or after a line that did not fill the width (a heading
	// such as `第１号議案　…の件` over `　議長の指名により、…`), so the two are never run together.
	// Not after a comma, nor when the line before was indented too (a speech whose every line is indented).
	const afterComma = /[、，,]$/u.test(soFar);
	const notFull = state.wrapAt === null || state.previousWidth < PARAGRAPH_END_RATIO * state.wrapAt;
	const opensParagraph = state.indented && (ended || (notFull && !state.previousIndented && !afterComma));
	// A body none of whose lines was wrapped (every wide line ends its sentence) keeps its short lines apart: `３　理事総数　　７名` / `７　議事録署名人の選任`.
	const unwrapped = state.wrapAt === null && state.previousWidth < MIN_WRAP_EVIDENCE && !afterComma;
	const wrapped = state.blankBefore ? !ended && current.lastWidth >= WRAPPED_LINE_WIDTH : !opensParagraph && !short && !unwrapped;
	if (!wrapped) return false;
	// Joining by concatenation and reading the end back would re-scan the paragraph at every line: collect the pieces instead.
	const separator = wrapSeparator(current.end, text);
	if (current.parts.length === 1) state.joined.push(current);
	current.parts.push(separator, text);
	current.end = tail(`${current.end}${separator}${text}`);
	current.lastWidth = displayWidth(text);
	return true;
}

/** Who chairs by the articles or the rules, as the record tells it: `定款第３３条により会長小川雄二が議長となる。`, `…を議長に選出した。`. */
const CHAIR_BY_RULE = /^(?:定款|規約|管理規約|会則|寄附行為|規程|規則)第[0-9０-９一二三四五六七八九十]+条[^。]{0,60}議長(?:と(?:なる|なった|する|した)|に(?:選出|選任)(?:する|した|された))。?$/u;

/** A date and nothing else (`令和６年６月２２日`, `2024年5月25日（土）`), as the minutes date their signatures. */
function isDateAlone(text: string): boolean {
	const bare = trimSpaces(text).normalize('NFKC');
	if (!atMostCharacters(bare, 24)) return false;
	const found = findDate(bare);
	return found?.ok === true && bare.replace(/[(（][^()（）]{1,4}[)）]$/u, '') === found.written;
}

/** One handler per kind of body line, gathered in a map. */
const HANDLERS: { [K in BodyLine['kind']]: (state: BodyState, entry: Extract<BodyLine, { kind: K }>, line: number) => void } = {
	heading(state, entry, line) {
		// `〇知事` alone, then `【能登半島地震に係る応援について】` over the words: the speaker opens the topic and speaks under it.
		const waiting = entry.asker === undefined && state.remark?.children.length === 0 && state.section?.children.at(-1) === state.remark ? state.remark : null;
		if (waiting && state.section) {
			state.section.children.pop();
			// (An untitled opening part that held only that label goes with it.)
			if (state.section.children.length === 0 && state.section.title === '' && state.body.at(-1) === state.section) state.body.pop();
			state.remark = null;
		}
		closeRemark(state);
		state.chat = false;
		// A member's heading (`◇　佐藤　花子　議員`) names who asks the questions below it, across the headings of its items.
		if (entry.asker !== undefined) state.asker = entry.asker;
		if (entry.number !== null) state.lastHeadingNumber = entry.number;
		state.section = { id: nextSectionId(state), title: entry.title, line, children: [] };
		state.body.push(state.section);
		if (waiting) {
			state.section.children.push(waiting);
			state.remark = waiting;
		}
	},
	speaker(state, entry, line) {
		// `森下議員(質問者席へ)`: where the speaker goes as they start is a note of the turn, no part of the label.
		const moving = MOVING.exec(entry.label)?.groups;
		if (moving) {
			HANDLERS.speaker(state, { ...entry, label: moving.who ?? entry.label }, line);
			state.remark?.children.unshift({ type: 'note', text: moving.stage ?? '', line });
			return;
		}
		// `○鈴木委員` alone, then `（質疑）…`: the member's own turn, labelled by what it is (`質疑（鈴木委員）`), not an empty one.
		const empty = state.remark?.children.length === 0 ? state.remark : null;
		if (empty && state.asker !== null && empty.speaker === state.asker && entry.label.endsWith(`（${state.asker}）`)) {
			empty.speaker = entry.label;
			if (entry.text !== null) addParagraph(state, entry.text, line, empty.children);
			return;
		}
		// The answers (`答弁（企画課長）`) keep the asker; any other turn ends the block.
		if (!isTypedTurn(entry.label)) state.asker = entry.text === null ? entry.label : null;
		closeRemark(state);
		// `開会の言葉(遠藤副会長)`: the part of the meeting is a section, the speaker's words its remark.
		if (entry.section !== undefined) {
			state.section = { id: nextSectionId(state), title: entry.section, line, children: [] };
			state.body.push(state.section);
		}
		state.remarkCount++;
		const block: RemarkBlock = { type: 'remark', id: `r${state.remarkCount}`, speaker: entry.label, chat: state.chat, line, children: [] };
		currentSection(state, line).children.push(block);
		state.remark = block;
		state.pointWhole = entry.attributed === true;
		// `◯総務分科会長（森　多久男君）登壇　…`: the stage direction after the label is a note of the turn, before its words.
		if (entry.stage !== undefined) block.children.push({ type: 'note', text: entry.stage, line });
		if (entry.text !== null) addSpoken(state, entry.text, line, block.children);
	},
	note(state, entry, line) {
		if (entry.aside && state.remark) {
			state.remark.children.push({ type: 'note', text: entry.text, line });
			state.open = null;
			return;
		}
		closeRemark(state);
		currentSection(state, line).children.push({ type: 'note', text: entry.text, line });
		if (entry.chat === 'start') state.chat = true;
		if (entry.chat === 'end') state.chat = false;
	},
	chat(state, entry, line) {
		closeRemark(state);
		state.section = { id: nextSectionId(state), title: entry.title, line, children: [] };
		state.body.push(state.section);
		state.chat = true;
	},
	agenda(state, entry, line) {
		closeRemark(state);
		if (!isAgendaLead(entry.text)) {
			addParagraph(state, entry.text, line, currentSection(state, line).children);
			return;
		}
		state.chat = false;
		const started: BodySection = { id: nextSectionId(state), title: '', line, children: [] };
		state.body.push(started);
		state.section = started;
		addParagraph(state, entry.text, line, started.children);
		const block = started.children[0];
		if (block?.type === 'paragraph') state.agendaSections.push({ section: started, block });
		// `議事1 放課後児童クラブの待機児童対策について` / `事務局より資料1の説明`: an item's title that ends as a title does is whole;
		// the line under it is the record's own (it had run on into the item's title).
		if (ITEM_TITLE_END.test(trimSpaces(entry.text))) state.open = null;
	},
	page(state) {
		state.blankBefore = true;
	},
	item(state, entry, line) {
		const current = state.open;
		const item = { text: entry.text, line };
		if (current?.kind === 'item') {
			current.list.items.push(item);
			state.open = { kind: 'item', list: current.list, item, lastWidth: displayWidth(entry.text), end: tail(entry.text), parts: [entry.text] };
			return;
		}
		const list: ListBlock = { type: 'list', items: [item], line };
		container(state, line).push(list);
		state.open = { kind: 'item', list, item, lastWidth: displayWidth(entry.text), end: tail(entry.text), parts: [entry.text] };
	},
	paragraph(state, entry, line) {
		if (continueOpen(state, entry.text)) return;
		if (state.remark !== null) addSpoken(state, entry.text, line, container(state, line));
		else addParagraph(state, entry.text, line, container(state, line));
	},
};

/** A count at a row's end: `９人`, `８名`, `６１個`, `２１２世帯`. */
const COUNT_ROW = /[\s\u3000][0-9０-９,，]{1,6}[\s\u3000]*(?:名|人|個|世帯|株|口)$/u;
/** A header's field naming who signs the minutes, the names after a space (`６．議事録署名人　総代　小松　陽子、総代　岡　信吾`). */
const SIGNERS_ROW = /^(?:[0-9０-９]{1,2}[.．、]?[\s\u3000]*)?(?:議事録|会議録)署名(?:人|者|委員|議員)[\s\u3000]+\S/u;

/** Read one non-blank line: classify it, then hand it to its kind's handler. */
function readLine(state: BodyState, lines: readonly SourceLine[], index: number, options: BodyOptions): void {
	const source = lines[index];
	if (!source) return;
	// Indented by an ideographic space, or by one to four half-width spaces before Japanese text (` 本日の議題は…`).
	state.previousIndented = state.indented;
	state.indented = source.text.startsWith('\u3000') || INDENT_HALF.test(source.text);
	state.previousRow = state.row;
	state.row = options.rows?.has(source.line) === true;
	const pointsOnly = state.remark !== null && state.remark.children.every((block) => block.type === 'list');
	const context: LineContext = { inRemark: state.remark !== null, lastHeadingNumber: state.lastHeadingNumber, asker: state.asker, pointsOnly, ...options };
	// The signatures under the minutes (`上記のとおり相違ないことを証するため、ここに署名する。` and who signed): notes, never the
	// last speaker's words.
	// (Only when no turn follows it: a speaker's words may say they will sign.)
	// (After narrative too, `…議長は閉会を宣した。` / `…出席取締役は次に記名押印する。`; and a signature sealed `㊞` or `印` is one wherever it stands.)
	// (Or when only the signers' short lines follow it, `議事録署名人` over `理事長　大野健一` / `理事　村上美穂`, which read as turns.)
	if (!state.signed && opensSignatures(source.text) && (index > (state.lastTurnLine ??= lastTurnIndex(lines)) || onlySignersBelow(lines, index))) state.signed = true;
	let entry: BodyLine = state.signed || isSealedSignature(source.text) ? { kind: 'note', text: trimSpaces(source.text), chat: null } : classifyLine(source.text, context);
	// `  • 小野分科会長` / `    ただいまから…`: an old ministry page's speaker as an item of a list of its own, the words
	// indented deeper below it (a list's item with text under it at its own depth stays an item).
	// (And an answer's arrow, read as the record's outcome or a paragraph.)
	if (entry.kind === 'item' || (source.text.length <= 20_000 && /^[→⇒]/u.test(source.text.trimStart()))) {
		const label = BULLET_LABEL.exec(source.text)?.groups?.label;
		if (label !== undefined && isSpeakerLabel(label) && deeperTextFollows(lines, index)) entry = { kind: 'speaker', label, text: null, bare: true };
		// `  • 知事:補正予算の規模について…`, `• 総務部長:承知した。`: a turn written as a list's item (a prefecture's 経営会議 page).
		const bulleted = BULLET_TURN.exec(source.text)?.groups?.rest;
		const turn = bulleted === undefined ? null : classifyLine(bulleted, context);
		// (Words said, a sentence; never a list of who holds which post, `・会長:坂本(再任)、副会長:藤原…`, `・議長:坂本会長/書記:今井で承認`.)
		if (turn?.kind === 'speaker' && turn.text !== null && !turn.bare && /[。．？?！!]$/u.test(turn.text) && !/[:：]/u.test(turn.text)) entry = turn;
		// `・田中：…`, `→山田さん：…`: a member of the roll's point in casual notes, speech without a full stop (it had been a point of
		// no one's); never under a heading of tasks (`【TODO】` / `・黒田：ペア表作成`).
		else if (entry.kind !== 'speaker') {
			const named = pointByName(source.text);
			const tasks = TASKS_HEADING.test(matchForm(state.section?.title ?? '').replace(/^[【［\[(（]|[】］\])）]$/gu, '').trim());
			if (named && options.surnames?.has(named.name) === true && !tasks && /\p{Script=Hiragana}/u.test(named.text)) entry = { kind: 'speaker', label: named.name, text: trimSpaces(named.text) };
		}
	}
	// `- 衆議院議員総選挙…について` in the text of a summary whose header lists the same words as an agenda item (`4 議題` / `- 衆議院
	// 議員総選挙…について`): the item's part of the text, a heading (it had been a point with the next line run into it); not under
	// the text's own numbered headings (`(1) 論点` / `・…`), whose points stay points.
	if (entry.kind === 'item' && state.remark === null && state.lastHeadingNumber === null && options.agenda !== undefined && isAgendaItemAgain(entry.text, options.agenda)) entry = { kind: 'heading', title: trimSpaces(entry.text.replace(/^[・･]/u, '')), number: null };
	// A label alone on its line speaks only when speech follows; otherwise it is text (a name in a list).
	if (entry.kind === 'speaker' && entry.bare && !speechFollows(lines, index, context, entry.text !== null)) entry = entry.heading === undefined ? { kind: 'paragraph', text: trimSpaces(source.text) } : { kind: 'heading', title: entry.heading, number: null };
	// `会長　斎藤　勝より報告があり、拍手をもって承認された。`, `会計　前田　恵子より報告、…の報告があった。`: the record telling who
	// reported, the post and the name a space apart before より; no words of the post. (A label before a colon speaks.)
	// (Never the record's telling of one speaker's words, `千葉委員から、…旨の質問があった。`, which is that speaker's turn.)
	if (entry.kind === 'speaker' && entry.text !== null && !entry.bare && postThenName(source.text, entry.label) && TOLD_BY_NAME.test(entry.text) && isNarration(source.text)) entry = { kind: 'paragraph', text: trimSpaces(source.text) };
	// `議長：定款第３３条により会長小川雄二が議長となる。`: the field telling who chairs by the articles, not the chair's words.
	if (entry.kind === 'speaker' && /^議\s*長$/u.test(entry.label) && CHAIR_BY_RULE.test(entry.text ?? '')) entry = { kind: 'paragraph', text: trimSpaces(source.text) };
	// `（１）理事数　　９人` / `（２）出席理事数　８人` under a header's field of counts (`３　理事数及び出席理事数`): rows of the
	// field, numbered as a co-operative's form lists them, never headings of the text (each had been a section of its own).
	// (So is the field of who signs, `６．議事録署名人　総代　小松　陽子、…`, a row of the header: it had headed the text's first parts.)
	if (entry.kind === 'heading' && state.row && (COUNT_ROW.test(trimSpaces(source.text)) || SIGNERS_ROW.test(trimSpaces(source.text)))) entry = { kind: 'paragraph', text: trimSpaces(source.text) };
	// `【再質問】` right under a member's name: a note of their turn, not a section that would end it.
	if (state.remark !== null && state.remark.children.length === 0 && REQUESTION.test(trimSpaces(source.text))) entry = { kind: 'note', text: trimSpaces(source.text), chat: null, aside: true };
	// (So is the sitting's clock right under the chair's label alone, `議　長` / `午後２時００分開議`: the words below are the chair's.)
	if (state.remark !== null && state.remark.children.length === 0 && entry.kind === 'note' && readSittingTime(trimSpaces(source.text)) !== null) entry = { ...entry, aside: true };
	// A time into the recording alone in a turn stamped with one (`石井 00:00:45` / … / `00:01:02` / more words, as a transcript
	// writes the same speaker again after a pause): the speaker's words going on from that time, kept as the turn's first time is
	// (it had been a note that ended the turn, the words after it no one's); a time between turns (Google Meet's) stays a note.
	if (state.remark !== null && entry.kind === 'note' && RECORDING_TIME_ALONE.test(trimSpaces(source.text)) && isStampedRemark(state.remark) && speechFollows(lines, index, context)) entry = { kind: 'paragraph', text: trimSpaces(source.text) };
	// A paragraph of its own right after an interviewer's question (`――…`): the answer, whose speaker the record does not name.
	if (entry.kind === 'paragraph' && state.blankBefore && state.remark?.speaker === INTERVIEWER && state.remark.children.length > 0) entry = { kind: 'speaker', label: INTERVIEWEE, text: entry.text };
	// `○委員から、…との意見があった。`: in a summary that gives no one's own words as a turn, the record telling what the members said
	// by their role alone is a turn of that role, its member unnamed (as `【委員】` speaks); under a record of verbatim turns it
	// stays the record's text (it had been a list of the record's, the summary without remarks).
	if (entry.kind === 'item' || entry.kind === 'paragraph') {
		const told = narratedByRole(source.text);
		if (told && !(state.verbatim ??= hasSpokenTurn(lines))) entry = { kind: 'speaker', label: told.label, text: told.text, attributed: true };
	}
	// `○事務局より資料１に基づき説明。`, `・事務局から資料２について報告。`: the record telling, as a point of its own, what someone
	// explained, none of their words: a note, as the same sentence in brackets is (it had been a point of the summary's list).
	if (entry.kind === 'item' && NARRATION_MARK.test(source.text)) {
		const text = trimSpaces(source.text.replace(NARRATION_MARK, ''));
		if (tellsWhatWasExplained(text) && narratedByRole(text) === null) entry = { kind: 'note', text, chat: null };
	}
	// The next point after one whose speaker was named after it, unnamed, is no more of that speaker's words.
	if (state.remark !== null && state.pointWhole && (entry.kind === 'item' || entry.kind === 'paragraph')) closeRemark(state);
	// A ○ point after a remark that was itself a point (`○事務局：…検討する。` / `○次回の会議は１０月に開催予定。`): the summary's next
	// point, no more of that speaker's words.
	if (state.remark !== null && state.pointOpened && entry.kind === 'item' && /^[○〇◯]/u.test(trimSpaces(source.text))) closeRemark(state);
	// The outcome of a vote as the record tells it (`審議の結果、賛成多数で承認された。`, `採決：賛成 69　反対 1　→　賛成多数で可決`,
	// `→ 賛成多数で可決（反対３名）`): the record's words, no more of the last speaker's.
	if (state.remark !== null && entry.kind === 'paragraph' && isRecordedOutcome(entry.text)) closeRemark(state);
	// So is the outcome in brackets on a line of its own (`（全員賛成で可決）`, `（賛成多数で承認）`), as a board's minutes close an item:
	// it had been a note inside the last speaker's turn, read as their words.
	if (state.remark !== null && entry.kind === 'note' && BRACKETED_OUTCOME.test(trimSpaces(entry.text)) && isRecordedOutcome(trimSpaces(entry.text).slice(1, -1))) closeRemark(state);
	// So is the floor's answer in brackets (`（異議なし）`, `（「異議なし」と呼ぶ者あり）`, `（「なし」の声あり）`) when the next line is
	// someone's turn (the chair's again, `○会長　異議なしと認め…`): the floor's words, a note between the turns (it had been kept
	// in the chair's turn, read as the chair's words).
	// (And so is the floor's answer written without brackets, `賛成者起立`, `賛成の声多数`, `異議なしの声あり`: one reading for
	// both, the chair's next turn its own; with no turn after it, it stays a note of the chair's, as in brackets.)
	if (state.remark !== null && entry.kind === 'note' && (bracketedDirection(source.text) === 'answer' || isBareStage(source.text)) && turnFollows(lines, index, context)) closeRemark(state);
	// So is the record telling, in its plain past form, what was explained, asked or decided (`事務局から資料２により説明があり、了承
	// された。`, `…説明があり、質疑が行われた。`, `委員から、…との意見があった。`) right under a turn: the record's, never the speaker's.
	// (Not right under a label alone on its line, `○事務局（環境政策課長）` / `資料１－１により説明。`: that line is the turn's text, as
	// it is on the label's own line.)
	// (Bulleted too, `・委員から、…との意見があった。` under `○河野座長　…`: a point of the record's.)
	if (state.remark !== null && state.remark.children.length > 0 && (entry.kind === 'paragraph' || entry.kind === 'item') && isNarration(entry.text.replace(NARRATION_MARK, ''))) closeRemark(state);
	// So is the record telling, past a blank line, who spoke or explained next (`○最後に、座長から以下の発言があった。`, a 議事概要's
	// narration as a point of its own): it had run into the last speaker's words.
	if (state.remark !== null && state.blankBefore && (entry.kind === 'item' || entry.kind === 'paragraph') && tellsWhatWasExplained(entry.text.replace(NARRATION_MARK, ''))) closeRemark(state);
	// A row of a form's table after the turns, its label a cell (`決定事項<TAB>・…`, `次回<TAB>12月10日…`, as a Word template's rows
	// are copied): the record's, never the last speaker's words.
	// (So is such a key before a colon, `決定事項：…`, `Decision: …`, `Action: …`.)
	if (state.remark !== null && entry.kind === 'paragraph' && (FORM_ROW.test(trimSpaces(source.text)) || opensRecordKey(source.text))) closeRemark(state);
	// And the record's notice of the next meeting in its plain form past a blank line (`次回は１１月下旬に開催予定。`): it had
	// run into the chair's last words.
	if (state.remark !== null && state.blankBefore && entry.kind === 'paragraph' && NEXT_MEETING.test(trimSpaces(entry.text))) closeRemark(state);
	// A heading written without a mark between turns (`…開会します。` / `バス路線の再編について` / `事務局：…`, a web page's or a Word
	// document's heading element): a heading, never the last speaker's words (it had run into them).
	if (entry.kind === 'paragraph' && state.remark !== null && state.remark.children.length > 0) {
		const title = bareHeadingShape(source.text, lines[previousWithText(lines, index)]?.text ?? null);
		if (title !== null && spokenTurnFollows(lines, index, context)) entry = { kind: 'heading', title, number: null };
	}
	// `１．夏祭りの準備について` past a blank line between turns: an item of the header's agenda said again with its number, a turn
	// under it (a label alone over its words too, `【上野副会長】` / `模擬店は…`), is the item's part, never the last speaker's
	// words (it had run into them); a speaker's own numbered points, no agenda's items, stay theirs.
	if (entry.kind === 'paragraph' && state.remark !== null && state.blankBefore && options.agenda !== undefined) {
		const numbered = classifyLine(source.text, { ...context, inRemark: false });
		// (So is the item numbered with a space only, `２　今後のスケジュールについて` after the turns under `１　…について`, when it is
		// the next number after the part the turns are under, whatever follows it: the record's own sentence, `事務局から…了承された。`.)
		const next = (number: number): boolean => state.lastHeadingNumber !== null && number === state.lastHeadingNumber + 1;
		if (numbered.kind === 'heading' && numbered.number !== null && isAgendaItemAgain(numbered.title, options.agenda) && spokenTurnFollows(lines, index, context)) entry = numbered;
		const spaced = SPACE_NUMBERED_ITEM.exec(matchForm(trimSpaces(source.text)))?.groups;
		if (entry.kind === 'paragraph' && spaced && next(Number(spaced.number)) && isAgendaItemAgain(spaced.title ?? '', options.agenda)) {
			entry = { kind: 'heading', title: trimSpaces(trimSpaces(source.text).replace(/^\S+[\s\u3000]+/u, '')), number: Number(spaced.number) };
		}
	}
	// `１　開会` right over the first turn (`１　開会` / `事務局：ただ今から…`): the part of the meeting the text opens with, numbered
	// with a space only as the header numbers its fields, read as the next part after a heading numbered one less would be (it
	// had stayed a paragraph of an untitled first section); a list of the order of business, `２　議事` under it, stays text.
	if (entry.kind === 'paragraph' && state.remark === null && state.lastHeadingNumber === null) {
		const part = numberedPart(source.text, context);
		if (part !== null && spokenTurnFollows(lines, index, context)) entry = part;
	}
	// `1 今年度の各委員会の活動状況について(資料1)` / `…報告がありました。`, then `2 …について(資料2)`: outside the turns, an item the
	// record tells of, numbered with a space only and each the next number, over its sentences (not over a turn): a heading (it
	// had been a paragraph with the sentence under it run into it).
	if (entry.kind === 'paragraph' && state.remark === null) {
		const told = ITEM_TOLD_OF.exec(matchForm(trimSpaces(source.text)))?.groups;
		const below = lines[nextNonBlank(lines, index + 1)]?.text ?? '';
		if (told && Number(told.number) === (state.lastHeadingNumber ?? 0) + 1 && /。$/u.test(trimSpaces(below)) && classifyLine(below, context).kind === 'paragraph') entry = { kind: 'heading', title: trimSpaces(trimSpaces(source.text).replace(/^\S+[\s\u3000]+/u, '')), number: Number(told.number) };
	}
	// `別紙　答申（案）`, `別紙２`, `（別紙）`, `【別添１】　委員名簿` past a blank line: a paper attached after the record's text (a
	// 審議会's draft report under its last turn), a heading of its own; its lines had become more of the last speaker's words. (`別紙`
	// right under a field of a form's header, `教育長事務報告` / `別紙`, is that field's value.)
	if ((entry.kind === 'paragraph' || entry.kind === 'speaker' || entry.kind === 'note') && state.blankBefore && source.text.length <= 40 && ANNEX_HEADING.test(matchForm(stripDecoration(trimSpaces(source.text)).text))) entry = { kind: 'heading', title: trimSpaces(stripDecoration(trimSpaces(source.text)).text), number: null };
	// `挨　拶` / `議　長` / the chair's words: past a blank line, a short line over a label alone with its words below names the part
	// of the sitting (as an agricultural committee's record heads each part): a heading, never the last speaker's words.
	if (entry.kind === 'paragraph' && state.blankBefore && PART_TITLE.test(trimSpaces(source.text)) && labelAloneFollows(lines, index, context)) entry = { kind: 'heading', title: trimSpaces(source.text), number: null };
	// A to-do list's tasks after the turns (`☐ 井上：テントの手配`), as AI note takers end their minutes, under a short line past a
	// blank line (`ToDo`, `推奨される次のステップ`): that line heads the list, which is then the record's, never the last speaker's
	// words (a speaker's own list of tasks, with no such line over it, stays theirs).
	if (entry.kind === 'paragraph' && state.blankBefore && atMostCharacters(trimSpaces(source.text), 20) && !/[。．、]/u.test(source.text) && isTaskItem(lines.slice(index + 1, index + 3).find((next) => next.text.trim() !== '')?.text ?? '')) {
		entry = { kind: 'heading', title: trimSpaces(source.text), number: null };
	}
	// `Ⅱ．金融経済情勢に関する執行部報告` past a blank line at the margin: a part of the record numbered in Roman numerals (as the
	// Bank of Japan's verbatim 議事録 heads its parts between the turns), never the last speaker's words.
	if (entry.kind === 'paragraph' && state.remark !== null && state.blankBefore && /^[Ⅰ-Ⅻ]/u.test(source.text)) {
		const part = classifyLine(source.text, { ...context, inRemark: false });
		if (part.kind === 'heading') entry = part;
	}
	// The handouts' heading alone on its line (`資料`, `資料一覧`, as a web page heads its list of files under the minutes, right under
	// the last row of a table of turns too) with a handout under it (`資料1　…`, `次第（PDF：45KB）`): the list's heading, never the
	// last speaker's words (the list had run into them).
	if (entry.kind === 'paragraph' && source.text.length <= 40) {
		const section = matchSectionLine(source.text);
		if (section?.key === 'handouts' && section.rest === '' && opensHandoutList(lines.slice(index + 1, index + 3).find((next) => next.text.trim() !== '')?.text ?? '')) {
			entry = { kind: 'heading', title: trimSpaces(source.text), number: null };
		}
	}
	if (entry.kind === 'paragraph') {
		const numbering = numberingOf(entry.text);
		// The item of business after a blank line, at the margin (`第2号議案　…の件`), heads the text below it even after a remark;
		// so does one at the margin right under an indented line (`　小野寺専務理事　…。` / `第２号議案　…の件`, as an association's
		// minutes indent their turns under each motion).
		if (state.remark !== null && (state.blankBefore || state.previousIndented) && !/^[\s\u3000]/u.test(source.text) && isMotionHeading(entry.text)) entry = { kind: 'heading', title: trimSpaces(entry.text), number: null };
		// The number after the last one outside the remarks (`⑶ 質疑応答` / Q&A turns / `⑷ 採決の結果…`) ends the remark: the
		// record's own list goes on.
		else if (state.remark !== null && follows(state.outerNumber, numbering)) closeRemark(state);
		// So does the number after an outer level's last, at the margin under indented turns or past a blank line (`４．議事` /
		// `（３）質疑` / `　　　５丁目代表：…` / `５．次回役員会`, as a neighbourhood association's outline sets its parts): the outline goes
		// on, a heading as its other parts are (it had run into the last speaker's words).
		else if (state.remark !== null && (state.previousIndented || state.blankBefore) && !/^[\s\u3000]/u.test(source.text) && numbering !== null && state.outerNumbers.get(numbering.form) === numbering.value - 1) {
			closeRemark(state);
			const part = classifyLine(source.text, { ...context, inRemark: false });
			if (part.kind === 'heading') entry = part;
		}
		if (entry.kind === 'paragraph' && state.remark === null && numbering !== null) state.outerNumber = numbering;
		else if (entry.kind === 'heading' && numbering !== null) state.outerNumber = numbering;
	} else if (entry.kind === 'heading') state.outerNumber = numberingOf(trimSpaces(source.text));
	if (state.outerNumber !== null && (entry.kind === 'heading' || state.remark === null)) state.outerNumbers.set(state.outerNumber.form, state.outerNumber.value);
	(HANDLERS[entry.kind] as (state: BodyState, entry: BodyLine, line: number) => void)(state, entry, source.line);
	if (entry.kind === 'speaker') state.pointOpened = POINT_MARK.test(source.text);
	if (entry.kind !== 'page') state.blankBefore = false;
	state.previousWidth = displayWidth(source.text);
}

/** A part of a sitting's title: short, no sentence, no bracket or list mark before it (`挨　拶`, `議事録署名委員選任`). */
const PART_TITLE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^。、，,「」：:（）()]{1,19}$/u;

/** Whether the next non-blank line after `index` is a label alone on its line with the words below it. */
function labelAloneFollows(lines: readonly SourceLine[], index: number, context: LineContext): boolean {
	for (let i = index + 1; i < lines.length; i++) {
		const next = lines[i]?.text ?? '';
		if (next.trim() === '') continue;
		const read = classifyLine(next, { ...context, inRemark: false });
		return read.kind === 'speaker' && read.bare === true && read.text === null && read.heading === undefined && speechFollows(lines, i, context);
	}
	return false;
}

/** A row of a table typed with spaces: three cells or more apart by gaps of two spaces or more, no sentence's end. */
const SPACED_ROW = /^[\s\u3000]*[^\s\u3000]+(?:[ \u3000][^\s\u3000]+)*(?:[ \u3000]{2,}[^\s\u3000]+(?:[ \u3000][^\s\u3000]+)*){2,}[\s\u3000]*$/u;

/** True for such a row (a line of a row's length). */
function isSpacedRow(text: string): boolean {
	return text.length <= 300 && !/[。？！]/u.test(text) && SPACED_ROW.test(text);
}

/** A summary's point mark at a line's start: `○`, `・`, `●`. */
const POINT_MARK = /^[\s\u3000]*[○〇◯・･●•]/u;
/**
 * A sentence of the record in its plain past form: who (から or より), what they gave (説明, 報告, 意見, 質問 …) and that it was given
 * (`があり、了承された。`, `があった。`, `がなされた。`), or that questions were taken (`質疑が行われた。`). No speaker's words: they are
 * quoted or spoken (`…ました。`). Or the record's short form of it, a noun closing it (`田口監事より監査報告。`, `事務局から説明。`).
 */
const NARRATION = /^[^「」『』。]{1,40}?(?:より|から)[、，]?[^「」『』。]{0,120}(?:説明|報告|紹介|意見|質問|発言|要望|回答|提案|指摘|質疑|補足)(?:が|も)(?:あった|なされた|出された|行われた|あり[、，][^「」『』。]{0,60}た)。$|^[^「」『』。]{0,80}質疑(?:応答)?が行われた。$|^[^\s\u3000「」『』。、，]{1,24}?(?:より|から)[、，]?[^「」『』。]{0,60}(?:説明|報告|紹介)。$/u;

/** True for such a sentence (at most a long line). */
export function isNarration(text: string): boolean {
	const line = trimSpaces(text);
	return atMostCharacters(line, 300) && NARRATION.test(line);
}

/**
 * The next meeting as the record notes it, in the plain form (never a speaker's `…予定しております。`): `次回は１１月下旬に開催予定。`,
 * or its day after the word and the body's name, no sentence (`次回運営委員会　９月６日（金）１０時～`, `次回理事会：11月12日（火）15時から`).
 */
const NEXT_MEETING = /^次回(?:(?:の(?:会議|会合|日程|開催))?(?:は|の日程は)[^。]{1,60}(?:開催予定|予定|開催する(?:予定)?|開催することとなった|とする|とした|連絡する)。?|[^\s\u3000。、:：]{0,16}[\s\u3000:：]+[^。]{0,12}[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日[^。]{0,30})$/u;

/** The mark of a point before the record's narration: `○`, `・`, `●`. */
const NARRATION_MARK = /^[\s\u3000]*[○〇◯・･●◆◇■□][\s\u3000]*/u;
/** A name (its parts a space apart or not) right before より or から, opening a turn's supposed words: `斎藤　勝より報告があり`. */
const TOLD_BY_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,6}(?:[\s\u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,6})?(?:より|から)[、，]?/u;

/** True when a line opens with the label and a space after it (`会長　斎藤　勝より…`), not a colon or the label's より. */
function postThenName(line: string, label: string): boolean {
	const text = trimSpaces(line);
	return text.startsWith(label) && /^[\s\u3000]/u.test(text.slice(label.length));
}

/** How a vote is told: its count, its words, the chair putting the question. */
const VOTE_WORDS = /賛成|反対|異議|全会一致|満場一致|全員一致|拍手|挙手|採決|表決|賛否|審議の結果|質疑なく/u;
/** The outcome in the record's own (plain, not spoken) form: `…承認された。`, `…可決した。`, `…で可決（反対３名）`, `※全委員異議なく、原案どおり可決`, `採決：…`, `→ …`. */
const OUTCOME = /(?:^(?:採決|表決|議決|結果)[\s\u3000]*[：:]|^[→⇒]|(?:承認|可決|否決|決定|了承|採択|選任|承認可決)(?:され|し)?た。?$|(?:で|により|をもって|原案の?(?:とおり|どおり|通り))(?:承認|可決|否決|採択)(?:[（(][^（()）]{1,20}[）)])?。?$)/u;

/** A line wholly in one pair of round brackets: `（全員賛成で可決）`. */
const BRACKETED_OUTCOME = /^[（(][^（()）]{2,60}[）)]$/u;

/** The outcome alone in the record's plain past, nothing else on the line: `承認された。`, `原案どおり了承された。`, `可決した。`. */
const BARE_OUTCOME = /^(?:原案の?(?:とおり|どおり|通り)[、，,]?)?(?:承認|可決|否決|了承|採択|承認可決)(?:され|し)た。$/u;

/** True for a line that tells a vote's outcome as the record does (never a speaker's `…可決されました。`). */
export function isRecordedOutcome(text: string): boolean {
	const line = trimSpaces(text);
	return (atMostCharacters(line, 200) && VOTE_WORDS.test(line) && OUTCOME.test(line)) || BARE_OUTCOME.test(line);
}

/** Build the texts of wrapped paragraphs and items once, after the last line. */
function completeJoined(state: BodyState): void {
	for (const text of state.joined) {
		if (text.kind === 'paragraph') text.block.text = text.parts.join('');
		else text.item.text = text.parts.join('');
	}
}

/** Title the agenda sections once their (maybe wrapped) first paragraphs are complete; their items by section. */
function titleAgendaSections(state: BodyState): Map<BodySection, AgendaMention[]> {
	const introduced = new Map<BodySection, AgendaMention[]>();
	for (const { section: started, block } of state.agendaSections) {
		const items = readAgendaLine(block.text);
		started.title = agendaSectionTitle(items, block.text);
		introduced.set(started, items);
		// `議事1 子ども・子育て支援事業計画の進捗状況について` alone on its line: the section's title, no paragraph under it too (the
		// line had been both).
		const bare = (text: string): string => text.replace(/[\s\u3000]/gu, '');
		if (started.title !== '' && bare(stripDecoration(block.text).text) === bare(started.title) && started.children[0] === block) started.children.shift();
	}
	return introduced;
}

/** A speaker in brackets alone on a line, as a point's attribution wraps to the next line: `　　（川邊構成員）`. */
const WRAPPED_ATTRIBUTION = /^[\s\u3000]*[（(](?<label>[^（()）、。\s\u3000]{1,20})[）)][\s\u3000]*$/u;
/** A point of a summary that ends its sentence (`・…見直す必要がある。`). */
const STOPPED_POINT = /^[\s\u3000]*[・･●•].*[。．！？」]$/u;

/** A point of a summary (`・…`, `　・…`). */
const POINT = /^[\s\u3000]*[・･●•]/u;

/**
 * True when a speaker in brackets alone on a line heads the points under it (`（上野委員）` / `・…` / `・…`, after a line that is
 * no point, such as `主な意見は以下のとおり。`): the file writes each speaker before their points, so no bracket alone is the
 * attribution of the point above it (each speaker's words had gone to the speaker before them).
 */
function headsItsPoints(lines: readonly SourceLine[], labelOf: (text: string) => string | undefined): boolean {
	let previous: string | null = null;
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]?.text ?? '';
		if (text.trim() === '') continue;
		if (labelOf(text) !== undefined && (previous === null || !POINT.test(previous))) {
			const next = lines.slice(i + 1, i + 4).find((line) => line.text.trim() !== '');
			if (next && POINT.test(next.text)) return true;
		}
		previous = text;
	}
	return false;
}

/**
 * The lines with a point's speaker, wrapped alone onto the next line (`・…見直す必要がある。` / `　　（川邊構成員）`), joined to the
 * point, as if written on one line: the point is that speaker's, and the point after it no one's.
 */
function withWrappedAttributions(lines: readonly SourceLine[]): readonly SourceLine[] {
	const labelOf = (text: string): string | undefined => {
		const label = text.length <= 40 ? WRAPPED_ATTRIBUTION.exec(text)?.groups?.label : undefined;
		return label !== undefined && isSpeakerLabel(label) ? label : undefined;
	};
	if (headsItsPoints(lines, labelOf)) return lines;
	let joined: SourceLine[] | null = null;
	for (let i = 1; i < lines.length; i++) {
		const text = lines[i]?.text ?? '';
		const label = labelOf(text);
		const before = (joined ?? lines)[i - 1];
		if (label === undefined || !before || before.text.length > 2_000 || !STOPPED_POINT.test(before.text)) continue;
		joined ??= [...lines];
		joined[i - 1] = { ...before, text: `${before.text.trimEnd()}${trimSpaces(text)}` };
		joined[i] = { ...(lines[i] as SourceLine), text: '' };
	}
	return joined ?? lines;
}

/** How the record's sentence telling what one speaker said opens: who, then から or より and a comma (`千葉委員から、`). */
const TELLING_OPENS = /^[\s\u3000]*(?:[○〇◯・･●][\s\u3000]*)?[^\s\u3000、，。「」（()）]{1,30}?(?:から|より)[、，]/u;
/** How many lines such a sentence may be wrapped over, and how long it may be. */
const TELLING_LINES_MAX = 6;
const TELLING_LENGTH_MAX = 2_000;
/** A line that opens something of its own: a point's or a turn's mark, a number, a bracket. */
const OPENS_OWN = /^[\s\u3000]*(?:[○〇◯・･●•◆◇■□◎△▽※→⇒【［\[（(〔＜<《]|[0-9０-９①-⑳⑴-⒇]|第[0-9０-９一二三四五六七八九十]+)/u;

/**
 * The lines with the record's sentence telling what one speaker said (`千葉委員から、回復期病床の…今後の` / `転換支援の見通しは…旨の
 * 質問があった。`) wrapped over several lines joined into one, as if written on one line: that speaker's remark, as the sentence
 * unwrapped is. A sentence that tells no one speaker's words (`…説明があり、了承された。`) stays as it was.
 */
function withWrappedTellings(lines: readonly SourceLine[]): readonly SourceLine[] {
	let joined: SourceLine[] | null = null;
	for (let i = 0; i < lines.length; i++) {
		const first = lines[i];
		if (!first || first.text.length > TELLING_LENGTH_MAX || /[。．]$/u.test(first.text.trimEnd()) || !TELLING_OPENS.test(first.text)) continue;
		let text = trimSpaces(first.text);
		let end = i;
		for (let j = i + 1; j < lines.length && j <= i + TELLING_LINES_MAX; j++) {
			const next = lines[j]?.text ?? '';
			if (trimSpaces(next) === '' || OPENS_OWN.test(next) || text.length + next.length > TELLING_LENGTH_MAX) break;
			text = `${text}${trimSpaces(next)}`;
			end = j;
			if (/[。．]$/u.test(text)) break;
		}
		if (end === i || narratedRemark(text) === null) continue;
		joined ??= [...lines];
		joined[i] = { ...first, text };
		for (let j = i + 1; j <= end; j++) joined[j] = { ...(lines[j] as SourceLine), text: '' };
		i = end;
	}
	return joined ?? lines;
}

/** The index of the last line with text before `index`, or -1. */
function previousWithText(lines: readonly SourceLine[], index: number): number {
	for (let at = index - 1; at >= 0; at--) if ((lines[at]?.text ?? '').trim() !== '') return at;
	return -1;
}

/** Whether the next line with text after `index` is a speaker's turn with words on its line (`事務局：資料１に沿って説明します。`). */
function spokenTurnFollows(lines: readonly SourceLine[], index: number, context: LineContext): boolean {
	const at = nextNonBlank(lines, index + 1);
	const next = lines[at];
	const entry = next === undefined ? null : classifyLine(next.text, { ...context, inRemark: false });
	// (Or a label alone over its words, `【上野副会長】` / `模擬店は…`.)
	return entry?.kind === 'speaker' && ((entry.text !== null && entry.bare !== true) || ((entry.text === null || entry.bare === true) && speechFollows(lines, at, context)));
}

/**
 * A turn's words wholly in quotation brackets (`○吉岡教育長　「…開催いたします。」`, as a prefecture's education board writes every
 * turn): the brackets are the record's way of setting the words apart, no part of them. They are taken off when the turn opens
 * with 「 and that bracket closes at the end of its last paragraph (a note after it, `（全委員異議なし）`, stays as it is); words
 * that quote and go on (`「Ａ」と「Ｂ」`) keep theirs.
 */
function unquoteTurns(body: readonly BodySection[]): void {
	for (const section of body) {
		for (const block of section.children) {
			if (block.type !== 'remark') continue;
			const paragraphs = block.children.filter((child): child is ParagraphBlock => child.type === 'paragraph');
			const first = paragraphs[0];
			const last = paragraphs.at(-1);
			if (first === undefined || last === undefined || block.children[0] !== first || !first.text.startsWith('「') || !last.text.endsWith('」')) continue;
			const words = paragraphs.map((paragraph) => paragraph.text).join('\n');
			if (words.length <= 2) continue;
			let depth = 0;
			let whole = true;
			for (let at = 0; at < words.length && whole; at++) {
				if (words[at] === '「') depth++;
				else if (words[at] === '」' && --depth <= 0) whole = depth === 0 && at === words.length - 1;
			}
			if (!whole || depth !== 0) continue;
			first.text = first.text.slice(1);
			last.text = last.text.slice(0, -1);
		}
	}
}

/**
 * Parse body lines into sections and blocks; `lines` start where the body starts.
 * A line introducing agenda items (`◆議題（1）「…」について…説明。`) starts a new
 * section titled after the items and is that section's first paragraph; the
 * heading before it (`(2) 説明`) stays as its own section, empty when nothing
 * came between them (nothing is moved out of it).
 */
export function parseBody(given: readonly SourceLine[], diagnostics: Diagnostic[], options: BodyOptions = {}): ParsedBody {
	const lines = withWrappedTellings(withWrappedAttributions(given));
	const state: BodyState = {
		diagnostics,
		body: [],
		section: null,
		remark: null,
		open: null,
		joined: [],
		chat: false,
		blankBefore: false,
		indented: false,
		previousIndented: false,
		row: false,
		previousRow: false,
		lastHeadingNumber: null,
		previousWidth: 0,
		wrapAt: wrapWidth(lines, options.rows),
		remarkCount: 0,
		asker: null,
		agendaSections: [],
		numberedSections: 0,
		outerNumber: null,
		outerNumbers: new Map(),
		pointWhole: false,
		pointOpened: false,
	};
	const turns = pageTurns(lines);
	for (const [index, source] of lines.entries()) {
		// A page turned (its number, its running head, the blank lines around them) is no break of the text: a sentence left
		// open at the foot of the page goes on at the top of the next, in the same paragraph of the same remark.
		if (turns.has(index)) {
			if (source.text.trim() !== '' && (state.open === null || SENTENCE_END.test(state.open.end))) state.blankBefore = true;
		} else if (source.text.trim() === '') state.blankBefore = true;
		else readLine(state, lines, index, options);
	}
	closeRemark(state);
	completeJoined(state);
	unquoteTurns(state.body);
	const introduced = titleAgendaSections(state);
	const body = state.body;
	const sections: Section[] = body.map(({ id, title, line }) => ({ id, title, line }));
	const remarks: RemarkIndex[] = body.flatMap((s) =>
		s.children
			.filter((block): block is RemarkBlock => block.type === 'remark')
			.map((block) => ({ id: block.id, speaker: block.speaker, section: s.id, chat: block.chat, line: block.line, text: remarkText(block) })),
	);
	return { body, sections, remarks, agenda: collectAgenda(body, introduced) };
}
