/**
 * Transcripts made of turns, as the Diet and local assemblies write them: `○label　speech` lines
 * (marks ○ ◎ ◆ ◇ ●), the speech going on over the following lines (a line starting with a full-width
 * space starts a new paragraph), stage directions (`〔「異議なし」と呼ぶ者あり〕`, `（拍手）`) kept as
 * notes, sitting times (`午後零時三分休憩`) as notes between remarks, separators (`――――◇――――`) and
 * headings (`日程第一`, `◎開議の宣告`) starting sections, page markers (`<PAGE="3">`, `－3－`) dropped.
 */
import type { RemarkIndex, Section } from '../schemas/meeting.ts';
import { remarkText } from './body.ts';
import { readSittingTime } from './date.ts';
import { bareHeadingShape, isBareStage, isContactLine, isLabelledStage, isStageDirectionPair, numberedPart, opensSignatures } from './lines.ts';
import { warning } from './diagnostics.ts';
import { isOutsideMember, isTypedTurn, parseNameLabel } from './names.ts';
import { atMostCharacters, isSeparator, nextNonBlank, trimSpaces, wrapSeparator, type SourceLine } from './normalize.ts';
import { BRACKETED_MEMBER, splitTurnLine, TURN_MARKS, type Turn } from './turn-line.ts';
import type { Block, BodySection, Diagnostic } from './types.ts';

type RemarkBlock = Extract<Block, { type: 'remark' }>;
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;

/** A turn label is short; a longer run is text. */
const LABEL_MAX = 40;
/**
 * A longer label: a post of several offices in one run and the member in brackets (`こども未来局子育て支援部長兼こども家庭センター
 * 所長兼児童相談所副所長（御子柴佳代君）`, as a city's record labels an official who holds three posts), up to 60 letters of post.
 */
const LONG_POST_TURN = new RegExp(`^[^\\s\\u3000、，。「」『』（()）【】]{20,60}[（(]${BRACKETED_MEMBER}[）)]$`, 'u');

/** True when a label names a person: `議長（鈴木太郎君）`, `枝野幸男君`, `山際委員長`, `安倍内閣総理大臣`, `（白井正子君）`. */
export function isTurnLabel(label: string): boolean {
	if (label === '' || !(atMostCharacters(label, LABEL_MAX) || (atMostCharacters(label, 80) && LONG_POST_TURN.test(label)))) return false;
	const parts = parseNameLabel(label);
	// `質疑(佐伯委員)`, `答弁(道路企画課長)`: what the turn is, then who speaks, a post alone included.
	if (isTypedTurn(label)) return parts.title !== null;
	// `番外（助役）`: an official who is no member, by the post alone.
	if (isOutsideMember(label)) return true;
	return parts.name !== null && parts.title !== null;
}

/** Read a `○label　speech` line (any of ○ ◎ ◆ ◇ ●, maybe numbered); null when the line is not a turn. */
export function readTurn(text: string): Turn | null {
	const turn = splitTurnLine(text);
	if (!turn || !isTurnLabel(turn.label)) return null;
	return turn.stage === undefined ? { label: turn.label, speech: turn.speech } : { label: turn.label, speech: turn.speech, stage: turn.stage };
}

/** A whole line in brackets: `〔「異議なし」と呼ぶ者あり〕`, `（拍手）`, `〔佐藤勉君会長席に着く〕`, `[5番 藤代雅之君 登壇]`, or two of them (`〔岩田智子さん登壇〕（拍手）`); a vote's without them (`賛成者起立`). */
export function isStageDirection(text: string): boolean {
	const line = trimSpaces(text);
	return /^(?:〔[^〔〕]*〕|[（(][^（）()]*[）)]|［[^［］]*］|\[[^[\]]*\])$/u.test(line) || isStageDirectionPair(line) || isBareStage(line);
}

/** A stage direction in brackets before a turn's mark, on one line. */
const STAGE_BEFORE_TURN = new RegExp(`^(〔[^〔〕]{1,60}〕|（[^（）]{1,30}）)[\\s\\u3000]*(?=[${TURN_MARKS}])`, 'u');

/**
 * A stage direction and the next turn on one line, as a record joins them where the direction closed a
 * page's last line: `〔「異議なし」と呼ぶ者あり〕 ○議長（尾崎要二君）　御異議なしと認めます。`. Null when the line
 * is not that (the direction alone, or text after it that is no turn).
 */
function stageThenTurn(text: string): { stage: string; turn: Turn } | null {
	const trimmed = trimSpaces(text);
	if (!atMostCharacters(trimmed, 4000)) return null;
	const match = STAGE_BEFORE_TURN.exec(trimmed);
	if (!match) return null;
	const turn = readTurn(trimmed.slice(match[0].length));
	return turn ? { stage: match[1]!, turn } : null;
}

export { isSeparator };
export type { Turn };

/** A separator that divides the items of business (`――――◇――――`). */
export function isSectionSeparator(text: string): boolean {
	return isSeparator(text) && /[◇◆☆★]/u.test(text);
}

/**
 * A page marker left by an export or a PDF, or a speech anchor of a minutes site: `<PAGE="3">`, `－3－`,
 * `- 3 -`, `―３―`, `2 / 48` and `2 / 第 1 日` (a PDF's footer), `#12` (a turn's number on a copied web page), `12:` (a block's number in a minutes system's
 * download, alone on its line above the turn); `(3)` alone is not one.
 */
export function isPageMarker(text: string): boolean {
	return /^(?:<\s*PAGE\s*=\s*"?[0-9]+"?\s*>|[－\-―‐—]\s*[0-9０-９]+\s*[－\-―‐—]|\[?\s*[Pp](?:age)?\.?\s*[0-9]+\s*\]?|[#＃][0-9０-９]{1,4}|[0-9０-９]{1,4}[:：]|[0-9０-９]{1,4}\s*[/／]\s*(?:[0-9０-９]{1,4}|第\s*[0-9０-９]{1,3}\s*日))$/u.test(trimSpaces(text));
}

/** What a transcript reader adds: which lines are section headings, with their titles. */
export interface TranscriptOptions {
	/**
	 * The title of a heading line (`日程第一　…`, `◎開議の宣告`), or null for any other line; `ruled` when a separator
	 * (`──────`) stands just above it.
	 */
	heading?: (text: string, ruled: boolean) => string | null;
	/** The title of a heading line that would read as a turn without words (`◇ 北 川 由 佳 君`), or null: read before turns. */
	headingBeforeTurns?: (text: string) => string | null;
	/** A turn the common labels do not read, as the layout writes it (the Diet's older `○委員長　…`), or null: read after them. */
	turn?: (text: string) => Turn | null;
	/** Read a short unmarked line between a finished sentence and the next turn as a heading (`bareHeading`). */
	bareHeadings?: boolean;
}

/**
 * The title of a heading written without a mark between turns (`…会議を開きます。` / `一般質問` / `○議長（…）`, as a web page's or a
 * Word document's heading element reads in text): a line of a heading's shape (`bareHeadingShape`) before a turn; null for any other line.
 */
function bareHeading(lines: readonly SourceLine[], index: number, before: string | null): string | null {
	const title = bareHeadingShape(lines[index]?.text ?? '', before);
	const next = lines[nextNonBlank(lines, index + 1)];
	return title !== null && next !== undefined && readTurn(next.text) !== null ? title : null;
}

/** A transcript read into sections, remarks and the index entries of the record. */
export interface Transcript {
	body: BodySection[];
	sections: Section[];
	remarks: RemarkIndex[];
}

/** The state of the reading, passed to the small handlers below. */
interface State {
	body: BodySection[];
	section: BodySection | null;
	remark: RemarkBlock | null;
	/** The open paragraph: its wrapped pieces are joined once when it closes (joining as it grows is quadratic). */
	open: { block: ParagraphBlock; pieces: string[]; last: string } | null;
	/** Sections numbered so far (`s1`, `s2`, …; `s0` is the untitled start). */
	sections: number;
	count: number;
	diagnostics: Diagnostic[];
}

/** Close the open paragraph: its text is its pieces joined. */
function closeParagraph(state: State): void {
	if (state.open) state.open.block.text = state.open.pieces.join('');
	state.open = null;
}

/** The section text goes to: opened untitled when none is open (`s0` before anything else). */
function currentSection(state: State, line: number, title = ''): BodySection {
	if (!state.section) {
		const id = state.body.length === 0 && title === '' ? 's0' : `s${++state.sections}`;
		state.section = { id, title, line, children: [] };
		state.body.push(state.section);
	}
	return state.section;
}

function closeRemark(state: State): void {
	if (state.remark && state.remark.children.length === 0) {
		state.diagnostics.push(warning('empty-remark', state.remark.line, `remark by "${state.remark.speaker}" has no text`));
	}
	state.remark = null;
	closeParagraph(state);
}

function startSection(state: State, title: string, line: number): void {
	closeRemark(state);
	state.section = null;
	currentSection(state, line, title);
}

function addNote(state: State, text: string, line: number, inRemark: boolean): void {
	if (!inRemark) closeRemark(state);
	const target = state.remark ? state.remark.children : currentSection(state, line).children;
	target.push({ type: 'note', text, line });
	closeParagraph(state);
}

/**
 * A line of a vote's count as the chair reads it out (`投票総数　二百三十六`, `賛成　百六十五`, `反対　七十一票`, `可とする者（白票）　…`,
 * `無効投票　０票`), in the 参議院's and assemblies' records.
 */
const COUNT_LINE = /^(?:投票総数|有効投票(?:数|総数)?|無効投票(?:数)?|賛成|反対|白票|青票|白色票|青色票|可とする者|否とする者)(?:[（(][^（）()]{1,8}[）)])?[\s\u3000]+[0-9０-９〇零一二三四五六七八九十百千]{1,8}[\s\u3000]*(?:票|名|人)?$/u;

/** An item of the day's business as the chair reads it out, alone on its line (`日程第三　令和六年度政府関係機関予算`). */
const READ_OUT_ITEM = /^日程第[0-9０-９一二三四五六七八九十百]{1,4}[\s\u3000]+\S/u;

function addText(state: State, raw: string, line: number): void {
	const text = trimSpaces(raw);
	// (A vote's count read out line by line, `投票総数　二百三十六` / `賛成　百六十五` / `反対　七十一` / `よって、…`: each line its own.)
	const counted = COUNT_LINE.test(text) || (state.open !== null && COUNT_LINE.test(state.open.last));
	// A line starting with a full-width space opens a paragraph, and so does one starting with a tab (a word processor's
	// indent); so does one indented by a half-width space or two after a sentence's end (` 日程第１、…`, as web copies of
	// minutes systems indent); any other continues the open one.
	// (An item the chair reads out, ` 日程第三 …` under ` 日程第二 …`, opens one too, and so do his words after the last item,
	// ` 以上三案を一括して議題といたします。` under ` 日程第三　…予算`.)
	if (state.open && !counted && !raw.startsWith('\u3000') && !raw.startsWith('\t') && !(/^ {1,2}\S/u.test(raw) && (/[。」）)]$/u.test(state.open.last) || /^ {1,2}日程第/u.test(raw) || READ_OUT_ITEM.test(state.open.last)))) {
		if (text !== '') {
			state.open.pieces.push(wrapSeparator(state.open.last, text), text);
			state.open.last = text;
		}
		return;
	}
	closeParagraph(state);
	const block: ParagraphBlock = { type: 'paragraph', text, line };
	(state.remark ? state.remark.children : currentSection(state, line).children).push(block);
	state.open = { block, pieces: [text], last: text };
}

function addTurn(state: State, turn: Turn, line: number): void {
	const open = state.remark;
	// `◎10番（五十嵐一夫君）（登壇）` over `◎10番（五十嵐一夫君）` and the speech: the member's label again, one remark.
	if (open && open.speaker === turn.label && open.children.every((block) => block.type === 'note')) {
		addStage(state, turn, line);
		addSpeech(state, turn.speech, line);
		return;
	}
	closeRemark(state);
	state.count++;
	const remark: RemarkBlock = { type: 'remark', id: `r${state.count}`, speaker: turn.label, chat: false, line, children: [] };
	currentSection(state, line).children.push(remark);
	state.remark = remark;
	addStage(state, turn, line);
	addSpeech(state, turn.speech, line);
}

/** The stage direction written after a turn's label (`…（森　多久男君）登壇　…`): a note of the remark, before its words. */
function addStage(state: State, turn: Turn, line: number): void {
	if (turn.stage !== undefined) addNote(state, turn.stage, line, true);
}

/** A turn's words after its label: a stage direction alone there (`（登壇）`) is a note of the remark. */
function addSpeech(state: State, speech: string, line: number): void {
	if (speech === '') return;
	if (isStageDirection(speech)) addNote(state, trimSpaces(speech), line, true);
	else addText(state, `\u3000${speech}`, line);
}

/** Where the bills just named come from, in brackets on a line of its own: `(いずれも内閣提出、衆議院送付)`, `（内閣提出）`. */
const BILL_PROVENANCE = /^[（(][^（）()]{0,20}(?:提出|送付|回付)[^（）()]{0,20}[）)]$/u;

/** True when the next non-blank line after `index` is more speech (not a turn, separator, sitting time or stage direction). */

function speechGoesOn(lines: readonly SourceLine[], index: number): boolean {
	let next: SourceLine | undefined;
	for (let i = index + 1; i < lines.length && next === undefined; i++) {
		const source = lines[i];
		// (`(いずれも内閣提出、衆議院送付)` under the items the chair reads out is where the bills come from, not a stage direction.)
		if (source && trimSpaces(source.text) !== '' && !isPageMarker(source.text) && !BILL_PROVENANCE.test(trimSpaces(source.text))) next = source;
	}
	if (!next) return false;
	return readTurn(next.text) === null && !isSeparator(next.text) && readSittingTime(next.text) === null && !isStageDirection(next.text);
}

/**
 * A copy's index of the next speech, alone on its line above it: `  3. 山口敬三` over `○参考人(山口敬三君) …`, as a
 * minutes viewer numbers each speech with its speaker's name. Only the name of the turn right below counts: in full,
 * or its surname at the start of the label (`  3. 小泉龍一` over `○小泉国務大臣 …`).
 */
function isSpeechIndex(lines: readonly SourceLine[], index: number): boolean {
	const name = speechIndexName(lines[index]?.text ?? '');
	if (name === null) return false;
	for (let at = index + 1; at < lines.length; at++) {
		const next = lines[at]?.text ?? '';
		if (trimSpaces(next) === '') continue;
		const label = readTurn(next)?.label;
		return label !== undefined && labelNamesSpeaker(label, name);
	}
	return false;
}

/** The speaker's name a copy's index line gives (`  3. 小泉龍一`), or null for any other line. */
export function speechIndexName(text: string): string | null {
	return /^[0-9]{1,4}\.[ \u3000]+(?<name>[^\s\u3000]{1,12}(?:[ \u3000][^\s\u3000]{1,12})?)$/u.exec(trimSpaces(text))?.groups?.name ?? null;
}

/** True when a turn's label names the speaker of an index line: the full name (`参考人(山口敬三君)`), or its first two letters, the surname a member's label goes by (`小泉国務大臣`). */
export function labelNamesSpeaker(label: string, name: string): boolean {
	const full = name.replace(/[\s\u3000]/gu, '');
	const compact = label.replace(/[\s\u3000]/gu, '');
	return compact.includes(full) || ([...full].length >= 3 && compact.startsWith([...full].slice(0, 2).join('')));
}

/**
 * The first line of what the record sets out after the turns, no one's speech: the list of who voted which way in a roll-call
 * vote (`〔参照〕`, `…を可とする議員の氏名`, `否とする議員の氏名`), an assembly's table of the votes (`採決結果一覧`).
 */
const LIST_START = /^(?:〔参照〕|［参照］|\[参照\]|(?:採決|表決|議決)結果一覧表?|[^。\s\u3000]{0,80}(?:可|否)とする議員の氏名)$/u;
/** A note that what is named above it is printed elsewhere in the record (`〔本号（その二）に掲載〕`, `〔審査報告書は本号末尾に掲載〕`). */
const PRINTED_ELSEWHERE = /^〔[^〔〕]{1,40}掲載〕$/u;
/** The most titles one note says are printed elsewhere (`…法律案及び同報告書`, a line each). */
const PRINTED_TITLES_MAX = 8;

/**
 * The index of the last of the titles from `index` on that a note right under them says are printed elsewhere (`地方税法等の一部を
 * 改正する法律案及び同報告書` / `地方交付税法等の一部を改正する法律案及び同報告書` / `〔本号末尾に掲載〕`), or -1: titles are short lines
 * that end no sentence and are no turn.
 */
function printedTitlesEnd(lines: readonly SourceLine[], index: number): number {
	for (let next = index, count = 0; next < lines.length && count < PRINTED_TITLES_MAX; next = nextNonBlank(lines, next + 1), count += 1) {
		const text = trimSpaces(lines[next]?.text ?? '');
		if (PRINTED_ELSEWHERE.test(text)) return count === 0 ? -1 : next - 1;
		if (text === '' || text.length > 80 || /[。]$/u.test(text) || isSeparator(text) || readTurn(text) !== null) return -1;
	}
	return -1;
}

/** A vote's count (`投票総数　四百五十票`), read by whom the stage direction above it names. */
const COUNT_START = /^投票総数(?:[\s\u3000]|$)/u;
/** How many members came, as the clerk reports it at the opening (`出席議員　議長共102名`, `出席議員　９８名`). */
const PRESENT_COUNT = /^出席(?:議員|委員)[\s\u3000]*(?:議長(?:共|とも|を含め(?:て)?)[\s\u3000]*)?[0-9０-９一二三四五六七八九十百]{1,5}[\s\u3000]*[人名]$/u;
/** A stage direction naming who reports next (`〔事務総長報告〕`): someone other than the chair, whose turn it is not. */
const REPORTED_BY_OTHER = /^〔(?!議長|委員長)[^〔〕]{1,20}報告〕$/u;

/**
 * True for the first line of such a list, or of a vote's count that another reports after the chair's words (`〔事務総長報告〕`
 * / `投票総数…`: a count the chair reads out himself, as the 参議院's and assemblies' chairs do, is his speech), or of the count
 * of members present (`〔議事課長報告〕` / `出席議員　議長共102名`).
 */
export function opensTally(text: string, before: string | null): boolean {
	const line = trimSpaces(text);
	return LIST_START.test(line) || ((COUNT_START.test(line) || PRESENT_COUNT.test(line)) && before !== null && REPORTED_BY_OTHER.test(trimSpaces(before)));
}

/**
 * The head of a list of who voted which way in an assembly's roll-call vote (`賛成者`, `反対議員（２名）`, `白票（賛成）`), alone
 * on its line or with the first seats after it (`賛成者　１番　山田太郎君…`): the rest of the line in `rest`.
 */
const VOTE_LIST_HEAD = /^[〔［[【]?(?:(?:賛成|反対)(?:者|議員|した議員|の議員|した者)|(?:白票|青票)(?:[（(](?:賛成|反対|可|否)[）)])?(?:投票者|を投じた(?:者|議員))?)[〕］\]】]?(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[人名][）)])?[:：]?(?<rest>.*)$/u;
/** A word of a list of voters: a seat, a name, or both, with the honorific (`１番`, `山田太郎君`, `２番佐々木守君`, `高橋`). */
const VOTER_WORD = /^(?:[0-9０-９一二三四五六七八九十]{1,3}番)?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{0,8}(?:君|議員|さん)?$/u;
/** The most words a line of voters holds. */
const VOTER_WORDS_MAX = 40;

/** True for a line of voters alone (`１番　山田太郎君　　　２番　佐々木守君`): seats and names, one of them a seat or a name with its honorific. */
function isVoterLine(text: string): boolean {
	const words = trimSpaces(text).split(/[\s\u3000、，,]+/u).filter((word) => word !== '');
	return words.length > 0 && words.length <= VOTER_WORDS_MAX && words.every((word) => VOTER_WORD.test(word)) && words.some((word) => /番/u.test(word) || /.(?:君|議員|さん)$/u.test(word));
}

/** True for the head of a vote's list of voters, the seats on its line or on the next line written. */
function opensVoterList(lines: readonly SourceLine[], index: number): boolean {
	const rest = VOTE_LIST_HEAD.exec(trimSpaces(lines[index]?.text ?? ''))?.groups?.rest;
	if (rest === undefined) return false;
	if (trimSpaces(rest) !== '') return isVoterLine(rest);
	const next = lines.slice(index + 1, index + 4).find((source) => trimSpaces(source.text) !== '');
	return next !== undefined && isVoterLine(next.text);
}

/**
 * The round of a member's questions written alone on its line between the turns of a 一問一答 (`再質問`, `再々質問`, `【再質問】`,
 * `（再質疑）`, `２回目`): the record's heading of what follows, no words of the chair before it.
 */
const QUESTION_ROUND = /^[【［[（(〔]?(?:再[再々]*(?:質問|質疑)|関連質問|[0-9０-９一二三四五六七八九十]{1,2}回目(?:の質問|の質疑)?)[】］\]）)〕]?$/u;

/** The most lines a stage direction in 〔〕 wraps over, and the longest first line of one. */
const WRAPPED_STAGE_LINES = 3;
const WRAPPED_STAGE_FIRST_MAX = 80;

/**
 * A stage direction in 〔〕 wrapped over lines, as a printed record sets a long one (`〔「議長、議事進行について」と呼ぶ者あり、
 * その他発言す` / `る者多し〕`): the direction as one line and the index of its last, or null (it had been read as two lines of the
 * speech).
 */
function wrappedStage(lines: readonly SourceLine[], index: number): { text: string; end: number } | null {
	const first = trimSpaces(lines[index]?.text ?? '');
	if (!first.startsWith('〔') || first.includes('〕') || first.length > WRAPPED_STAGE_FIRST_MAX) return null;
	let text = first;
	for (let next = index + 1; next < lines.length && next <= index + WRAPPED_STAGE_LINES; next++) {
		const rest = trimSpaces(lines[next]?.text ?? '');
		if (rest === '' || rest.includes('〔') || rest.length > WRAPPED_STAGE_FIRST_MAX || readTurn(rest) !== null) return null;
		text += rest;
		if (rest.includes('〕')) return rest.endsWith('〕') && rest.indexOf('〕') === rest.length - 1 ? { text, end: next } : null;
	}
	return null;
}

/** Read transcript lines (the body after the header) into sections and remarks; never throws. */
export function readTranscript(lines: readonly SourceLine[], diagnostics: Diagnostic[], options: TranscriptOptions = {}): Transcript {
	const state: State = { body: [], section: null, remark: null, open: null, sections: 0, count: 0, diagnostics };
	/** Whether the line before (blank lines and page markers aside) was a separator. */
	let ruled = false;
	/** The signatures under the record have begun (`…ここに署名する。`): every line after is a note. */
	let signed = false;
	/** The index of the last turn's line, found when a line first reads as the signatures' opening. */
	let lastTurn: number | undefined;
	/** A vote's count or list has begun (`投票総数…`, `〔参照〕`): each line up to the next turn or section is a note of the section. */
	let tally = false;
	/**
	 * The speaker whose words a vote's list of voters broke into (`賛成者` / `１番　山田太郎君…`, read out by no one): each line of
	 * the list is a note of the section, and the words after it are that speaker's again ('' when no one spoke before it).
	 */
	let voters: string | null = null;
	/** The line before (blank lines and page markers aside). */
	let previous: string | null = null;
	/** The last line of a stage direction wrapped over lines, read with its first. */
	let wrappedUntil = -1;
	/** The last of the titles under a rule that the note below them says are printed elsewhere. */
	let printedUntil = -1;
	for (const [index, source] of lines.entries()) {
		const { text, line } = source;
		if (index <= wrappedUntil) continue;
		if (trimSpaces(text) === '' || isPageMarker(text) || isSpeechIndex(lines, index)) continue;
		const before = previous;
		previous = text;
		// (Only when no turn follows it: a speaker's words may say they will sign, `…ここに署名いたします。`.)
		if (signed || (opensSignatures(text) && readTurn(text) === null && index > (lastTurn ??= lines.findLastIndex((next) => next.text.length <= 20_000 && readTurn(next.text) !== null)))) {
			signed = true;
			addNote(state, trimSpaces(text), line, false);
			continue;
		}
		const afterRule = ruled;
		ruled = isSeparator(text);
		const first = options.headingBeforeTurns?.(text) ?? null;
		if (first !== null) {
			startSection(state, first, line);
			continue;
		}
		// (Another's stage, not the words of the turn before: a note of the section.)
		if (isLabelledStage(text)) {
			addNote(state, trimSpaces(text), line, false);
			continue;
		}
		const turn = readTurn(text) ?? options.turn?.(text) ?? null;
		if (turn) {
			tally = false;
			voters = null;
			addTurn(state, turn, line);
			continue;
		}
		if (isSectionSeparator(text)) {
			tally = false;
			voters = null;
			closeRemark(state);
			state.section = null;
			continue;
		}
		// The count and the names of a vote (`投票総数　四百五十票` / `可とする者（白票）…`, `〔参照〕` / `…可とする議員の氏名` / names,
		// `採決結果一覧` and its rows): the record's own, set out after the chair's words, never more of them. Every line is kept,
		// a note of the section, until the next turn.
		if (tally && (options.heading?.(text, afterRule) ?? null) !== null) tally = false;
		if (tally || opensTally(text, before)) {
			tally = true;
			if (isSeparator(text)) closeParagraph(state);
			else addNote(state, trimSpaces(text), line, false);
			continue;
		}
		// The lists of who voted which way in a roll-call vote (`賛成者` / `１番　山田太郎君　　２番　佐々木守君` / `反対者` / …): the
		// record's, set out in the chair's speech, no words of his (they had been read as his).
		if (voters !== null && (isVoterLine(text) || opensVoterList(lines, index))) {
			addNote(state, trimSpaces(text), line, false);
			continue;
		}
		if (voters === null && opensVoterList(lines, index)) {
			voters = state.remark?.speaker ?? '';
			addNote(state, trimSpaces(text), line, false);
			continue;
		}
		if (isSeparator(text)) {
			closeParagraph(state);
			continue;
		}
		// (`―――` / `…法律案及び同報告書` / `〔本号（その二）に掲載〕`: the titles of what the record prints elsewhere, one or
		// several under a rule, no words of the turn above.)
		if (index <= printedUntil || (afterRule && (printedUntil = printedTitlesEnd(lines, index)) >= index)) {
			addNote(state, trimSpaces(text), line, false);
			continue;
		}
		// (`以上のとおり…` under the lists: the speaker's words going on.)
		if (voters !== null) {
			const speaker = voters;
			voters = null;
			if (speaker !== '' && !readSittingTime(text) && !isStageDirection(text) && (options.heading?.(text, afterRule) ?? null) === null) addTurn(state, { label: speaker, speech: '' }, line);
		}
		// (`問い合わせ先：議会事務局　電話…` under the last turn: the record's closing note, no words of that turn.)
		if (readSittingTime(text) || isContactLine(trimSpaces(text))) {
			addNote(state, trimSpaces(text), line, false);
			continue;
		}
		if (isStageDirection(text)) {
			addNote(state, trimSpaces(text), line, true);
			continue;
		}
		const wrapped = wrappedStage(lines, index);
		if (wrapped) {
			addNote(state, wrapped.text, line, true);
			wrappedUntil = wrapped.end;
			previous = lines[wrapped.end]?.text ?? previous;
			continue;
		}
		// (Before the member's turn it heads, a note of the section; before more words, a note of the turn.)
		if (QUESTION_ROUND.test(trimSpaces(text))) {
			const next = lines[nextNonBlank(lines, index + 1)];
			addNote(state, trimSpaces(text), line, next === undefined || readTurn(next.text) === null);
			continue;
		}
		const staged = stageThenTurn(text);
		if (staged) {
			addNote(state, staged.stage, line, true);
			addTurn(state, staged.turn, line);
			continue;
		}
		// (`１　開会` right over the first turn: the part of the sitting the transcript opens with.)
		const opening = () => (state.count === 0 && readTurn(lines[nextNonBlank(lines, index + 1)]?.text ?? '') !== null ? (numberedPart(text, { inRemark: false, lastHeadingNumber: null })?.title ?? null) : null);
		const title = options.heading?.(text, afterRule) ?? (options.bareHeadings && state.remark ? bareHeading(lines, index, before) : null) ?? opening();
		// `○議長（…）　これより会議を開きます。／　日程第一　…／　去る十八日の…`: the chair reads the item out within the turn;
		// a heading under a rule (`──────` / `△委員会の傍聴について` / what was reported) starts its section all the same.
		if (title !== null && !(state.remark && !afterRule && speechGoesOn(lines, index))) {
			startSection(state, title, line);
			continue;
		}
		addText(state, text, line);
	}
	closeRemark(state);
	const body = state.body;
	const sections: Section[] = body.map(({ id, title, line }) => ({ id, title, line }));
	const remarks: RemarkIndex[] = body.flatMap((section) =>
		section.children
			.filter((block): block is RemarkBlock => block.type === 'remark')
			.map((block) => ({ id: block.id, speaker: block.speaker, section: section.id, chat: false, line: block.line, text: remarkText(block) })),
	);
	return { body, sections, remarks };
}
