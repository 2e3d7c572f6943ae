/**
 * The markup reader: minutes written in Markdown or reStructuredText, as associations, civic-tech
 * groups and open-source projects keep them. Markdown is parsed by micromark (GFM tables, autolinks),
 * reST by the small reader in `rst.ts`; both give an mdast tree, walked here in order:
 * title (first heading) → header fields (`- 日時: …`, `**場所**：…`, `| 参加者 | … |`, `:理事: …`,
 * `## 参加者` sections) → body (headings as sections, lists kept nested, links kept as spans, speaker
 * turns such as `- 山田: …` or `**佐藤理事**：…` as remarks) → agenda → record.
 */
import type { Heading, List, ListItem as MdastListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { AgendaItem, Handout, Meeting, Member, ParticipantGroup, RemarkIndex, Section } from '../../schemas/meeting.ts';
import { isAgendaContainer } from '../agenda.ts';
import { container, currentSection, isNarration, isRecordedOutcome } from '../body.ts';
import { dateInFileName, findDate, findTimeRange } from '../date.ts';
import { error, warning } from '../diagnostics.ts';
import { bracketedDirection, isArrowOutcome, isEndMark, isOutcome, isSealedSignature, isSpeakerLabel, opensRecordKey, opensSignatures, RECORDING_TIME, stampedName } from '../lines.ts';
import { isSpacedFullName, parseNameLabel, ROLE_TITLES } from '../names.ts';
import { atMostCharacters, firstNonBlank, matchForm, replaceSpaceRuns, trimSpaces, type SourceLine } from '../normalize.ts';
import { ABSENT_CELL, absentGroupName, parseParticipants, postOfGroup, slashedGroups, splitEntries, withManagingAgentStaff } from '../participants.ts';
import { opensHandout, parseHandouts, splitHandoutNote } from '../handouts.ts';
import { finishRecord, noRecord } from '../record.ts';
import { matchSectionLine } from '../sections.ts';
import { seriesSlug } from '../series.ts';
import { readTitle } from '../title.ts';
import { readNaming } from './assembly.ts';
import { ASSEMBLY_WORD } from './shared.ts';
import type { Block, BodySection, Diagnostic, ListBlock, ListItem, ParseOptions, ParseResult } from '../types.ts';
import { addToGroup, fieldKey, fieldLine, readMember, readNames, speakerForms, type FieldKey } from './markup-fields.ts';
import { documentWordOf, frontMatter, matterDate, seriesOf } from './markup-title.ts';
import { markdownTree } from './markdown-tree.ts';
import { flattenInline, htmlWords, joinLines, sliceInline, splitLines, trimInline, withLinks, withoutWikilinks, type InlineText } from './markup-inline.ts';
import { looksLikeRst, parseRst } from './rst.ts';
import { wikiDialect, wikiToMarkdown } from './wiki.ts';
import type { Reader, SourceDocument } from './types.ts';
import { SPEAKER_COLUMN, SPEECH_COLUMN } from '../speech-sheet.ts';

type RemarkBlock = Extract<Block, { type: 'remark' }>;
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;

/** The example shown when no date can be found. */
const DATE_EXAMPLE = '"- 日時: 2024年5月10日(金) 19:00〜21:00"';
/** Lines searched for an unlabelled date. */
const DATE_LINES = 40;
/** Titles that make a document minutes. */
const MINUTES_TITLE = /議事録|議事要旨|議事概要|議事メモ|会議録|会議メモ|ミーティングメモ|minutes/iu;
/** An ATX heading (`# 題`). */
const ATX = /^ {0,3}#{1,6}(?:[ \t]+\S|$)/u;
/** A Setext underline (`===`, `---`). */
const SETEXT = /^ {0,3}(?:=+|-{2,})[ \t]*$/u;
/** Markdown structure: a list item, a heading, a table row, a bold key, or one of them quoted (`> **理事長**: …`). */
const MARKDOWN_STRUCTURE = /^(?:[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+\S|[ \t]{0,3}#{1,6}[ \t]+\S|[ \t]*\|.*\|[ \t]*$|[ \t]*\*\*[^*]+\*\*|[ \t]{0,3}>[ \t]*(?:\*\*[^*]+\*\*|[-*+][ \t]+\S|#{1,6}[ \t]+\S))/u;
/** Numbering before an agenda item's title: `1.`, `(2)`, `議題3：`. */
const AGENDA_NUMBER = /^(?:議題[\s\u3000]*[0-9０-９]+[\s\u3000]*[.．、:：]?|[(（][\s\u3000]*[0-9０-９]+[\s\u3000]*[)）]|[0-9０-９]+(?:[.．、:：)）]|(?=[\s\u3000])))[\s\u3000]*/u;
/** Header table rows that only name the columns. */
const COLUMN_NAMES = /^(?:項目|内容|区分|詳細|値|key|value|item)$/iu;

/** Speaker forms at the start of a line: `【山田】`, `○山田理事`, `山田：`, `山田理事）`, `山田理事　…`. */
const SPEAKER_FORMS: readonly RegExp[] = [
	/^【(?<label>[^【】]{1,30})】[\s\u3000]*(?<rest>.*)$/u,
	/^[○〇◯](?<label>[^\s\u3000：:]{1,30})[\s\u3000：:]*(?<rest>.*)$/u,
	/^(?<label>[^\s\u3000：:（()）][^：:]{0,29})[：:][\s\u3000]*(?<rest>.*)$/u,
	/^(?<label>[^\s\u3000：:（()）【]{1,30})[）)][\s\u3000]*(?<rest>.*)$/u,
	/^(?<label>[^\s\u3000：:]{1,30})\u3000+(?<rest>\S.*)$/u,
];

/** A text line of the tree with its source line. */
interface LineText {
	inline: InlineText;
	line: number;
}

/** A field heading whose content is read as that field (`## 参加者`, `## 議題`). */
interface FieldContext {
	field: FieldKey;
	title: string;
	line: number;
	/** The body section made for content of an agenda heading that is not its list. */
	section: BodySection | null;
	/** A key in bold alone on its line (`**参加者**`): it heads the one block after it only. */
	once?: boolean;
}

/** Everything the walk fills in. */
interface MarkupState {
	diagnostics: Diagnostic[];
	date: { iso: string; line: number } | null;
	start: string | null;
	end: string | null;
	location: string | null;
	participants: ParticipantGroup[];
	agenda: { number: number; title: string; line: number }[];
	handouts: Handout[];
	meetingName: string | null;
	body: BodySection[];
	section: BodySection | null;
	/** A remark started by a paragraph: the blocks after it are its text until the next heading or speaker. */
	remark: RemarkBlock | null;
	remarkCount: number;
	/** The signatures under the minutes have begun (`以上の決議を明確にするため、…次に記名押印する。`): who signed, no turns. */
	signed: boolean;
	/** True until the first heading that is not a field: field items are read as fields. */
	header: boolean;
	context: FieldContext | null;
	speakers: Set<string>;
	/** The labels of each paragraph written one `label: words` a line (`dialogueRuns`), folded. */
	dialogue: readonly (readonly string[])[];
	/** Headings `## 議事` over a list of the items of business rather than the proceedings (see `agendaHeadings`). */
	agendaHeadings: ReadonlySet<Heading>;
}

/** The start line of a node (1 when the parser gave none). */
const lineOf = (node: { position?: { start: { line: number } } | undefined }): number => node.position?.start.line ?? 1;

/** A paragraph's lines with their source lines. */
function paragraphLines(node: Paragraph | Heading | { children: PhrasingContent[]; position?: Paragraph['position'] }): LineText[] {
	const first = lineOf(node);
	return splitLines(flattenInline(node.children)).map((inline, index) => ({ inline, line: first + index }));
}

/** True when a line is a numbered council header section (`1. 日時)`, `**２．場所**`): such documents belong to the council reader. */
function isCouncilSection(text: string): boolean {
	const section = matchSectionLine(text);
	return section !== null && section.number !== null && ['date', 'location', 'participants', 'absent', 'handouts'].includes(section.key ?? '');
}

/** A table of contents macro: `[[_TOC_]]` of GitLab and Azure DevOps, `[TOC]` of HackMD and Qiita, `${toc}`, `{:toc}`, `{{TOC}}`. */
const TOC_MACRO = '\\[\\[_?TOC_?\\]\\]|\\[TOC\\]|\\[toc\\]|\\$\\{toc\\}|\\{:toc\\}|\\{\\{TOC\\}\\}';
/**
 * A line before the title that a Markdown or reST page carries for its tools, no text of the minutes: a table of
 * contents macro, an HTML comment (`<!-- 議事録テンプレート v2 -->`), a reST comment, directive or label (`.. -*- rst -*-`, `.. include:: links.inc`,
 * `.. _minutes-20240510:`).
 */
const TOOL_LINE = new RegExp(`^(?:${TOC_MACRO}|<!--.*-->|\\.\\.(?:[ \\t].*)?)$`, 'u');

/**
 * Anywhere in the text: a table of contents macro, the fence of a HackMD container (`:::success`, `:::info`, `:::`), whose
 * words stay, HackMD's line of tags (`###### tags: \`PTA\` \`議事録\``) or one of its embeds (`{%hackmd @hackmd/theme-dark %}`,
 * `{%youtube … %}`).
 */
const TOOL_MARK = new RegExp(`^(?:${TOC_MACRO}|:::[ \\t]*(?:[A-Za-z][A-Za-z-]{0,20})?|#{1,6}[ \\t]+tags:.*|\\{%[ \\t]*[a-z]+[ \\t][^%{}]*%\\})$`, 'u');

/** True for a short line the pattern matches (the pattern never sees a long line: run over megabytes of spaces it would overflow the stack). */
const shortMatch = (pattern: RegExp, text: string): boolean => text.length <= 300 && pattern.test(text.trim());

/** The lines with those before the first line of text, and tool marks anywhere, blanked (line numbers kept). */
function withoutToolLines(lines: readonly SourceLine[]): SourceLine[] {
	const first = lines.findIndex((source) => source.text.trim() !== '' && !shortMatch(TOOL_LINE, source.text));
	return lines.map((source, index) => ((index < first && source.text.trim() !== '') || shortMatch(TOOL_MARK, source.text) ? { text: '', line: source.line } : source));
}

/**
 * Recognize Markdown or reST minutes: a heading or front matter first, markup structure after, no numbered council header.
 * The structure is looked at first: only a document that has it is scanned line by line for a council header line.
 */
export function recognizeMarkup(document: SourceDocument): boolean {
	const matter = frontMatter(document.lines);
	const lines = withoutToolLines(document.lines.slice(matter?.end ?? 0));
	// Minutes kept in a wiki (Textile, PukiWiki, org-mode) are read as the Markdown they translate to.
	if (matter === null && wikiDialect(lines, document.source) !== null) return true;
	return hasMarkupStructure(lines, matter !== null) && !lines.some((source) => isCouncilSection(source.text));
}

/** reST, or a Markdown heading (or front matter) followed by Markdown structure. */
function hasMarkupStructure(lines: readonly SourceLine[], matter: boolean): boolean {
	if (looksLikeRst(lines)) return true;
	const [first, second] = firstNonBlank(lines, 2);
	if (!first) return false;
	const atx = ATX.test(first.text);
	const setext = !atx && second !== undefined && second.line === first.line + 1 && SETEXT.test(second.text);
	if (!atx && !setext && !matter) return false;
	const text = lines.filter((source) => source.text.trim() !== '');
	// The structure must come after the heading, its own underline aside: a title over a rule of `-` (a minutes
	// system's download, `令和６年６月定例会（第３号）　本文 : 2024-06-20` / `-----`) is no Markdown by itself.
	return text.slice(setext ? 2 : atx ? 1 : 0).some((source) => MARKDOWN_STRUCTURE.test(source.text) || SETEXT.test(source.text));
}

/** The document as an mdast tree (front matter blanked so that lines keep their numbers) and its front matter. */
/**
 * The lines without Obsidian's comments (`%% 非公開メモ: … %%`, on one line or over several), which the notes' app never
 * shows: they are the writer's own, never published. Only comments that close are left out (line numbers kept).
 */
function withoutComments(lines: readonly SourceLine[]): SourceLine[] {
	if (!lines.some((source) => source.text.includes('%%'))) return [...lines];
	/** The ranges to leave out, per line, in the line's own offsets. */
	const cuts = new Map<number, [number, number][]>();
	const cut = (index: number, from: number, to: number): void => void cuts.set(index, [...(cuts.get(index) ?? []), [from, to]]);
	let open: { index: number; at: number } | null = null;
	for (let index = 0; index < lines.length; index++) {
		const text = lines[index]?.text ?? '';
		for (let at = text.indexOf('%%'); at !== -1; at = text.indexOf('%%', at + 2)) {
			if (open === null) {
				open = { index, at };
				continue;
			}
			for (let i = open.index; i <= index; i++) cut(i, i === open.index ? open.at : 0, i === index ? at + 2 : (lines[i]?.text.length ?? 0));
			open = null;
		}
	}
	return lines.map((source, index) => {
		const ranges = cuts.get(index);
		if (!ranges) return source;
		let text = '';
		let from = 0;
		for (const [a, b] of ranges) {
			text += source.text.slice(from, a);
			from = b;
		}
		return { ...source, text: text + source.text.slice(from) };
	});
}

function toTree(document: SourceDocument): { root: Root; matter: Record<string, unknown> } {
	const matter = frontMatter(document.lines);
	const given = withoutComments(withoutToolLines(document.lines.map((source, index) => (matter && index < matter.end ? { text: '', line: source.line } : source))));
	const dialect = matter === null ? wikiDialect(given, document.source) : null;
	const lines = dialect === null ? given : wikiToMarkdown(given, dialect);
	if (dialect === null && looksLikeRst(lines.slice(matter?.end ?? 0))) return { root: parseRst(lines), matter: matter?.data ?? {} };
	const text = lines.map((source) => source.text).join('\n');
	return { root: markdownTree(text), matter: matter?.data ?? {} };
}

/** NFKC without spaces, for comparing labels. */
const fold = (text: string): string => replaceSpaceRuns(matchForm(text), '');

/** True when a label names a person who speaks: a person with a role, an office, or someone listed in the header. */
function isSpeaker(label: string, state: MarkupState): boolean {
	const text = trimSpaces(label);
	if (text === '' || /[。、「」]/u.test(text)) return false;
	const field = fieldKey(text);
	if (field && field.kind !== 'people') return false;
	const parts = parseNameLabel(text);
	const known = state.speakers.has(fold(text)) || (parts.name !== null && state.speakers.has(fold(parts.name)));
	if (known || inDialogue(fold(text), state)) return true;
	// `高橋（事務局）`: a name with the office it speaks for in brackets.
	if (parts.name !== null && parts.affiliation !== null && isSpeakerLabel(parts.affiliation)) return true;
	return isSpeakerLabel(text);
}

/** A line `label: words` or `label：words` whose label is short and no sentence (`PM: 予約が重なったときの扱いを決めたい。`). */
const DIALOGUE_LINE = /^(?<label>[^\s\u3000：:（()）【\[*#>|`][^\s\u3000：:。、「」|`]{0,15})[ \t\u3000]*[:：][ \t\u3000]*(?<rest>\S.*)$/u;

/**
 * The labels of each paragraph of three lines or more written one `label: words` a line, none of them a key the header
 * reads (`日時`, `場所`, `出席者`), two labels or more: a talk written one turn a line, or a list of keys (`背景: …` /
 * `目的: …` / `結論: …`). `inDialogue` tells them apart.
 */
function dialogueRuns(root: Root): string[][] {
	const runs: string[][] = [];
	const visit = (node: Root | RootContent): void => {
		if (node.type === 'paragraph') {
			const said = paragraphLines(node)
				.map((entry) => entry.inline.text)
				.filter((text) => text !== '')
				.map((text) => DIALOGUE_LINE.exec(text)?.groups?.label ?? null);
			if (said.length >= 3 && said.every((label) => label !== null && fieldKey(label) === null) && new Set(said).size >= 2) runs.push((said as string[]).map(fold));
			return;
		}
		if ('children' in node) for (const child of node.children) visit(child as RootContent);
	};
	visit(root);
	return runs;
}

/**
 * True when a label speaks in a paragraph written one `label: words` a line though no roll names it: one of the paragraph's
 * labels comes back after another (`PM: …` / `アーキテクト: …` / `PM: …`: a list of keys never names one again), or
 * one of them is a speaker the roll or a role names (`佐藤: …` / `鈴木: …` / `PM: …` under `PM（はるか）`).
 */
function inDialogue(label: string, state: MarkupState): boolean {
	return state.dialogue.some(
		(run) =>
			run.includes(label) &&
			(run.some((said, index) => index >= 2 && run.slice(0, index - 1).includes(said) && run[index - 1] !== said) ||
				run.some((said) => said !== label && (state.speakers.has(said) || isSpeakerLabel(said)))),
	);
}

/**
 * A transcript's turn as a meeting recorder's Markdown writes it, the time into the recording in square brackets before the
 * name or in brackets after it: `[00:00:04] 林 浩二: …`, `林 浩二 (00:00:04): …` (as tl;dv and similar tools export).
 */
const STAMPED_TURN = new RegExp(
	`^(?:\\[(?<before>${RECORDING_TIME})\\][ \\t\\u3000]*(?<label>[^\\s\\u3000:：\\[(（][^:：\\[(（]{0,29}?)|(?<name>[^\\s\\u3000:：\\[(（][^:：\\[(（]{0,29}?)[ \\t\\u3000]*[(（\\[](?<after>${RECORDING_TIME})[)）\\]])[ \\t\\u3000]*[:：][ \\t\\u3000]*(?=\\S)`,
	'u',
);

/** A stamped turn's speaker and its words with the time before them (`[00:00:04] おはようございます。`), as a transcript's turns keep it; null otherwise. */
function stampedTurn(line: InlineText): { label: string; rest: InlineText; restStart: number } | null {
	const match = line.text.length <= 100_000 ? STAMPED_TURN.exec(line.text.slice(0, 80)) : null;
	const label = trimSpaces(match?.groups?.label ?? match?.groups?.name ?? '');
	const time = match?.groups?.before ?? match?.groups?.after;
	const field = label === '' ? null : fieldKey(label);
	if (!match || label === '' || time === undefined || /[。、「」]/u.test(label) || (field !== null && field.kind !== 'people')) return null;
	const words = trimInline(sliceInline(line, match[0].length));
	const stamp = `[${time}] `;
	return { label, rest: { text: stamp + words.text, links: words.links.map((link) => ({ ...link, start: link.start + stamp.length, end: link.end + stamp.length })) }, restStart: match[0].length };
}

/** The speaker at the start of a line, the rest of the line and where that rest starts, or null. */
function speakerOf(line: InlineText, state: MarkupState): { label: string; rest: InlineText; restStart: number } | null {
	const stamped = stampedTurn(line);
	if (stamped) return stamped;
	for (const pattern of SPEAKER_FORMS) {
		const match = pattern.exec(line.text);
		const label = match?.groups?.label;
		if (!match || label === undefined || !isSpeaker(label, state)) continue;
		const restText = match.groups?.rest ?? '';
		// `司会: 山田`, `事務局: 佐藤、鈴木`: who held a role, not what they said.
		if (fieldKey(label)?.kind === 'people' && !/[。．.!?！？]/u.test(restText) && [...restText].length <= 20) continue;
		// `市長: 松下 恭一`: a post and who holds it (a roll's entry), not a turn.
		if (isSpacedFullName(trimSpaces(restText))) continue;
		const restStart = line.text.length - restText.length;
		return { label: trimSpaces(label), rest: trimInline(sliceInline(line, restStart)), restStart };
	}
	return null;
}

/** A list item's text as an inline text. */
const inlineOf = (item: ListItem): InlineText => ({ text: item.text, links: item.links ?? [] });

/** Start a remark by `label` in the current section. */
function startRemark(state: MarkupState, label: string, line: number): RemarkBlock {
	state.remarkCount++;
	const remark: RemarkBlock = { type: 'remark', id: `r${state.remarkCount}`, speaker: label, chat: false, line, children: [] };
	currentSection(state, line).children.push(remark);
	return remark;
}

/** Start a body section for a heading. */
function startSection(state: MarkupState, title: string, line: number): BodySection {
	const section: BodySection = { id: `s${state.body.filter((known) => known.id !== 's0').length + 1}`, title, line, children: [] };
	state.body.push(section);
	state.section = section;
	state.remark = null;
	return section;
}

/** A paragraph's lines in the body: speaker lines start remarks, other lines join the paragraph before them. */
function bodyParagraph(state: MarkupState, lines: readonly LineText[]): void {
	let open: { block: ParagraphBlock; inline: InlineText } | null = null;
	for (const { inline, line } of lines) {
		if (inline.text === '') continue;
		// `以上`, `（了）` closing the minutes: the record's end mark, no words of the last speaker.
		if (isEndMark(inline.text)) {
			state.remark = null;
			currentSection(state, line).children.push({ type: 'note', text: trimSpaces(inline.text), line });
			open = null;
			continue;
		}
		// `以上の決議を明確にするため、…次に記名押印する。` or `議事録署名人` and the short lines of who signed under it, or a
		// signature sealed `㊞` anywhere (`代表理事　小野寺 健　㊞`): notes of the record, never turns.
		// (A turn's words that speak of signing, `議長：…次に記名押印する。`, stay the turn's.)
		if (opensSignatures(inline.text) && speakerOf(inline, state) === null) state.signed = true;
		else if (state.signed && !signerLine(inline.text)) state.signed = false;
		if (state.signed || isSealedSignature(inline.text)) {
			state.remark = null;
			currentSection(state, line).children.push({ type: 'note', text: trimSpaces(inline.text), line });
			open = null;
			continue;
		}
		// `**岡田 真一** (00:00:12)` over the words (an AI note taker's): the person speaks, the time is the remark's first line.
		const stamped = stampedName(inline.text);
		if (stamped) {
			state.remark = startRemark(state, stamped.label, line);
			state.remark.children.push({ type: 'paragraph', text: stamped.time, line });
			open = null;
			continue;
		}
		const speaker = speakerOf(inline, state);
		if (speaker) {
			state.remark = startRemark(state, speaker.label, line);
			open = null;
			if (speaker.rest.text === '') continue;
			const block = withLinks({ type: 'paragraph' as const, line }, speaker.rest);
			state.remark.children.push(block);
			open = { block, inline: speaker.rest };
			continue;
		}
		// `（一同異議なし）` after a turn: the floor's answer, a note of the proceedings; the turn has ended. `（拍手）`: a note of the turn.
		const direction = bracketedDirection(inline.text);
		if (direction !== null) {
			if (direction === 'answer') state.remark = null;
			container(state, line).push({ type: 'note', text: trimSpaces(inline.text), line });
			open = null;
			continue;
		}
		// `議長が諮ったところ、賛成多数で原案どおり承認可決された。`, `→ 11月16日開催で決定`, `坂井理事より説明があった。`: the record
		// telling the outcome or who said what, no more words of the last speaker (nor are `決定事項：…`, `Decision: …`, `Action: …`).
		if (state.remark && (isOutcome(trimSpaces(inline.text)) || opensRecordKey(inline.text) || isRecordedOutcome(inline.text) || (state.remark.children.length > 0 && isNarration(inline.text)))) {
			state.remark = null;
			open = null;
		}
		// (`→拍手多数で承認。`: the recorder's arrow marks the outcome, a note of the proceedings, as a plain text's reader keeps it.)
		if (isArrowOutcome(trimSpaces(inline.text))) {
			container(state, line).push({ type: 'note', text: trimSpaces(inline.text), line });
			open = null;
			continue;
		}
		if (open) {
			const joined = joinLines([open.inline, inline]);
			Object.assign(open.block, withLinks({ type: 'paragraph' as const, line: open.block.line }, joined));
			open.inline = joined;
			continue;
		}
		const block = withLinks({ type: 'paragraph' as const, line }, inline);
		container(state, line).push(block);
		open = { block, inline };
	}
}

/** A line of the signatures: short, no sentence (`議長　北川 幸男`, `2024年3月15日`, `一般社団法人テスト技術協会`). */
const signerLine = (text: string): boolean => atMostCharacters(trimSpaces(text), 60) && !/[。．？！?!「」]/u.test(text);

/** A bullet written after a list item's own mark: `・`, `･` (`- ・…`). */
const DOUBLE_BULLET = /^[・･][ \t\u3000]*(?=[^・･\s])/u;

/** The text of a list item's own paragraphs (lines joined, paragraphs on lines of their own). */
function itemText(item: MdastListItem): { inline: InlineText; lists: List[]; line: number } {
	const paragraphs: InlineText[] = [];
	const lists: List[] = [];
	for (const child of item.children) {
		if (child.type === 'list') lists.push(child);
		else if (child.type === 'paragraph' || child.type === 'heading') paragraphs.push(joinLines(paragraphLines(child).map((entry) => entry.inline)));
		else if (child.type === 'code') paragraphs.push({ text: child.value, links: [] });
		else if (child.type === 'blockquote') {
			for (const inner of child.children) if (inner.type === 'paragraph') paragraphs.push(joinLines(paragraphLines(inner).map((entry) => entry.inline)));
		}
	}
	const inline = paragraphs.reduce<InlineText>(
		(joined, part) => (joined.text === '' ? part : { text: `${joined.text}\n${part.text}`, links: [...joined.links, ...part.links.map((link) => ({ ...link, start: link.start + joined.text.length + 1, end: link.end + joined.text.length + 1 }))] }),
		{ text: '', links: [] },
	);
	// A task's box as the reader sees it checked or not (GitHub draws a box, not the `[x]` written).
	const checked = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
	// (A second bullet after the list's own, `- ・導入時期は7月`, as an AI note taker's summary pasted into Markdown writes its
	// points, is no part of the point: it had stood before each item's words.)
	const bullet = DOUBLE_BULLET.exec(inline.text)?.[0].length ?? 0;
	const dropped = inline.links.some((link) => link.start < bullet) ? 0 : bullet;
	const shift = checked.length - dropped;
	const words = inline.text.slice(dropped);
	const text = shift === 0 ? inline : { text: checked + words, links: inline.links.map((link) => ({ ...link, start: link.start + shift, end: link.end + shift })) };
	return { inline: text, lists, line: lineOf(item) };
}

/** An mdast list as a list block, nesting kept. */
function toListBlock(list: List): ListBlock {
	const items: ListItem[] = list.children.map((item) => {
		const { inline, lists, line } = itemText(item);
		const entry: ListItem = withLinks({ line }, inline);
		if (lists.length > 0) entry.children = lists.map(toListBlock);
		return entry;
	});
	const block: ListBlock = { type: 'list', items, line: lineOf(list) };
	if (list.ordered) {
		block.ordered = true;
		if (typeof list.start === 'number' && list.start !== 1) block.start = list.start;
	}
	return block;
}

/** A point attributed at its end to someone of the lists: `LP の公開が遅れている。デザイン確定待ち(栗原)`. */
const ATTRIBUTED_ITEM = /^(?<rest>.*?\S)[\s\u3000]*[（(](?<label>[^（()）、。\s\u3000]{1,12}|[A-Za-z]{1,12} [A-Za-z]{1,12})[）)]$/u;

/** A heading over what was decided or is to be done, whose points name who does them: `決定事項`, `アクション項目`, `Next Action`, `TODO`, `宿題`. */
const TASKS_HEADING = /決定|決議|合意事項|アクション|宿題|タスク|残作業|action|todo|to do|next step|decision/iu;

/**
 * The speaker a list item opens with (on its first line), or the listed participant named in brackets at its end
 * (`- …確定待ち(栗原)`, as teams' notes attribute their points: the item's text before the bracket is the remark); null
 * when there is neither.
 */
function itemSpeaker(item: ListItem, state: MarkupState, ordered: boolean): (ReturnType<typeof speakerOf> & { restEnd?: number }) | null {
	const inline = inlineOf(item);
	const end = item.text.includes('\n') ? item.text.indexOf('\n') : item.text.length;
	const opening = speakerOf(sliceInline(inline, 0, end), state);
	if (opening) return opening;
	// A numbered item (`1. 運動会の役員配置について（中島）`) names who presents it, a task (`[ ] 告知文の作成（加藤）`) who does it.
	if (ordered || /^[☑☐] /u.test(item.text)) return null;
	// Under `## 決定事項`, `## アクション項目`, `## TODO`, a point's name in brackets is who will do it (`- 交差点の見守り当番を回覧で募集する（三浦）`).
	if (state.section !== null && TASKS_HEADING.test(state.section.title)) return null;
	const attributed = ATTRIBUTED_ITEM.exec(item.text.slice(0, end))?.groups;
	const label = attributed?.label ?? '';
	if (!attributed || !state.speakers.has(fold(label)) || end !== item.text.length) return null;
	const restEnd = (attributed.rest ?? '').length;
	return { label, rest: trimInline(sliceInline(inline, 0, restEnd)), restStart: 0, restEnd };
}

/**
 * A remark opened by a list item: the item's text after the speaker, then its nested lists. A nested item that opens
 * with a speaker of its own (a reply, `- bob: …` / `  - 山本: …`) is that speaker's remark, after this one; the nested
 * items after it belong to the latest remark, as they are read. Returns the latest remark.
 */
function itemRemark(state: MarkupState, item: ListItem, speaker: NonNullable<ReturnType<typeof itemSpeaker>>): RemarkBlock {
	let remark = startRemark(state, speaker.label, item.line);
	const rest = trimInline(sliceInline(inlineOf(item), speaker.restStart, speaker.restEnd));
	if (rest.text !== '') remark.children.push(withLinks({ type: 'paragraph' as const, line: item.line }, rest));
	for (const list of item.children ?? []) {
		let run: ListBlock | null = null;
		for (const nested of list.items) {
			const reply = itemSpeaker(nested, state, list.ordered === true);
			if (reply) {
				run = null;
				remark = itemRemark(state, nested, reply);
				continue;
			}
			if (!run) {
				run = { ...list, items: [], line: nested.line };
				remark.children.push(run);
			}
			run.items.push(nested);
		}
	}
	return remark;
}

/** A list item that is one field of a note-taking template: `発言者: 岡本 剛` (its bold markers gone), `内容: …`. */
const ITEM_FIELD = /^(?<name>[^:：\s\u3000]{1,8})[\s\u3000]*[:：][\s\u3000]*(?<value>\S[^]*)$/u;

/**
 * The remark a pair of items makes, as note-taking templates write who spoke and what they said as two fields
 * (`- **発言者**: 岡本 剛` / `- **内容**: 参加者は…`): the speaker's label and where the words start in the second item.
 */
function fieldPair(first: ListItem, second: ListItem): { label: string; start: number } | null {
	const who = ITEM_FIELD.exec(first.text)?.groups;
	const what = ITEM_FIELD.exec(second.text)?.groups;
	if (!who || !what || !SPEAKER_COLUMN.test(who.name ?? '') || !SPEECH_COLUMN.test(what.name ?? '')) return null;
	const label = trimSpaces(who.value ?? '');
	if (label === '' || !atMostCharacters(label, 40) || /[。、]/u.test(label) || first.text.includes('\n')) return null;
	return { label, start: second.text.length - (what.value ?? '').length };
}

/** A list in the body: items that open with a speaker become remarks (their nested lists with them), the rest stay lists. */
function bodyList(state: MarkupState, list: List): void {
	bodyItems(state, toListBlock(list));
}

/** A list's items in the body, as `bodyList` reads them. */
function bodyItems(state: MarkupState, whole: ListBlock): void {
	let run: ListBlock | null = null;
	let paired = -1;
	whole.items.forEach((item, index) => {
		if (index === paired) return;
		const second = whole.items[index + 1];
		const pair = second ? fieldPair(item, second) : null;
		if (pair && second) {
			run = null;
			state.remark = null;
			itemRemark(state, second, { label: pair.label, rest: trimInline(sliceInline(inlineOf(second), pair.start)), restStart: pair.start });
			paired = index + 1;
			return;
		}
		// (`- 議長　北川 幸男` under `…次に記名押印する。`: who signed, an item of the list.)
		if (state.signed && !signerLine(item.text)) state.signed = false;
		const speaker = state.signed || isSealedSignature(item.text) ? null : itemSpeaker(item, state, whole.ordered === true);
		if (speaker) {
			run = null;
			state.remark = null;
			itemRemark(state, item, speaker);
			return;
		}
		if (!run) {
			run = { ...whole, items: [], line: item.line };
			if (whole.ordered) run.start = (whole.start ?? 1) + index;
			if (run.start === 1) delete run.start;
			container(state, item.line).push(run);
		}
		// An item of business over the turns on it (`1. 不良率の推移について` / `    - 村上部長：…`): the item stays in the
		// list, the turns under it are remarks after it (they had stayed list text), and the list goes on after them.
		if (!state.signed && (item.children ?? []).some((nested) => nested.ordered !== true && nested.items.some((entry) => itemSpeaker(entry, state, false) !== null))) {
			const { children, ...own } = item;
			run.items.push(own);
			run = null;
			state.remark = null;
			for (const nested of children ?? []) bodyItems(state, nested);
			state.remark = null;
			return;
		}
		run.items.push(item);
	});
}

/** Read a field's value; false when the field is already known (the line then stays in the body). */
function readField(state: MarkupState, field: FieldKey, value: InlineText, line: number, lists: readonly List[] = []): boolean {
	const itemTexts = lists.flatMap((list) => toListBlock(list).items);
	const text = trimSpaces([value.text, ...itemTexts.map((item) => item.text)].filter((part) => part !== '').join(' '));
	switch (field.kind) {
		case 'date':
			if (state.date) return false;
			readDate(state, text, line);
			return true;
		case 'time': {
			const times = findTimeRange(text);
			if (!times || state.start) return false;
			state.start = times.start;
			state.end = times.end;
			return true;
		}
		case 'location':
			if (state.location !== null) return false;
			state.location = trimSpaces([value.text, ...itemTexts.map((item) => item.text)].filter((part) => part !== '').join('／')) || null;
			if (state.location === null) state.diagnostics.push(warning('empty-field', line, `field "${field.key}" is empty: write the place, e.g. "- 場所: 市民活動センター 会議室A"`));
			return true;
		case 'people':
			// `議長: 開会を宣言した。` is a remark, not a list of names.
			if (/[。．]/u.test(value.text)) return false;
			readPeople(state, field, value.text, line, lists);
			return true;
		case 'agenda':
			for (const entry of value.text === '' ? [] : splitEntries(value.text)) addAgenda(state, entry, line, null);
			for (const list of lists) readAgendaList(state, list);
			return true;
		case 'handouts':
			return readHandouts(state, value.text === '' ? [] : [{ text: value.text, line, links: value.links.length }], lists);
		case 'title':
			state.meetingName ??= text || null;
			return true;
		case 'meta':
			for (const list of lists) headerList(state, list);
			return true;
	}
}

/** Read the date and times of a date field. */
function readDate(state: MarkupState, text: string, line: number): void {
	const found = findDate(text);
	if (!found) {
		state.diagnostics.push(error('no-date', line, `no date found in "${text}": write it like ${DATE_EXAMPLE}`));
		return;
	}
	if (!found.ok) {
		state.diagnostics.push(error(found.code, line, found.message));
		return;
	}
	state.date = { iso: found.iso, line };
	for (const problem of found.warnings) state.diagnostics.push(warning(problem.code, line, problem.message));
	const times = findTimeRange(matchForm(text).slice(found.end));
	if (times) {
		state.start = times.start;
		state.end = times.end;
		for (const problem of times.warnings) state.diagnostics.push(warning(problem.code, line, problem.message));
	}
}

/**
 * `市長: 松下 恭一`, `健康福祉部長: 北条 明` in a list of the officials present: a post and the one person who holds it, a
 * member (an association's `理事: 山田、佐藤` stays a group of its own).
 */
function postAndHolder(text: string): Member | null {
	const match = /^(?<post>[^:：、，,。\s\u3000]{1,20})[:：][\s\u3000]*(?<name>\S(?:.*\S)?)$/u.exec(trimSpaces(text))?.groups;
	if (!match) return null;
	const post = match.post ?? '';
	const name = match.name ?? '';
	if (fieldKey(post) !== null || ROLE_TITLES.includes(post) || !/(?:長|官|監|理事|参事|主幹|主査)$/u.test(post)) return null;
	const parts = parseNameLabel(post);
	if (parts.name !== null || parts.title !== post || !(isSpacedFullName(name) || /^[\p{Script=Han}]{2,6}$/u.test(name))) return null;
	return { text: trimSpaces(text), name, title: post, affiliation: null };
}

/** A group inside a people field: `理事: 山田, 佐藤`, `コアチーム: 青木`, or a group word with nested names (`理事:`). */
function subGroup(text: string, nested: boolean): { field: FieldKey; value: string } | null {
	const known = fieldLine(text);
	if (known) return known.field.kind === 'people' ? known : null;
	const match = /^(?<key>[^:：、，,。]{1,15})[:：][\s\u3000]*(?<value>[^。]*)$/u.exec(text);
	const key = trimSpaces(match?.groups?.key ?? (nested ? text.replace(/[:：]$/u, '') : ''));
	if (key === '' || (!match && !nested) || [...key].length > 15) return null;
	return { field: { kind: 'people', key, note: null }, value: trimSpaces(match?.groups?.value ?? '') };
}

/** The members of a group, each named without a post given the post the group is named by, if it is one. */
function holdingGroupPost(members: readonly Member[], group: string): Member[] {
	const held = postOfGroup(group);
	return held === null ? [...members] : members.map((member) => (member.name !== null && member.title === null ? { ...member, title: held } : member));
}

/** A people field: its names (and nested items, a nested `理事: …` being a group of its own). */
function readPeople(state: MarkupState, field: FieldKey, value: string, line: number, lists: readonly List[]): void {
	// `出席者：経理部：中島課長、小松 / システム部：村井、福田`: groups of their own, each named before its colon.
	const groups = lists.length === 0 ? slashedGroups(value) : null;
	if (groups) {
		for (const part of groups) {
			const sub = subGroup(part, false);
			if (sub) readPeople(state, sub.field, sub.value, line, []);
		}
		return;
	}
	const read = readNames(value);
	const { note } = read;
	// `**欠席者**：委員：田所 健吾（南洋大）`: the post, then who held it, as a line of the roll under the field writes it.
	const held = lists.length === 0 && read.members.every((member) => member.name === null) ? rollRowMembers(value) : null;
	const named = held ?? read.members;
	// `- 代表理事: 松井 陽子`, `- 監事: 藤田 誠` under `- 出席者:`: a group named by a post, each member named without one holding it
	// (they had been listed without a post).
	// (`管理会社：さつき管理 担当 松岡`: the company, the post and the staff member, who speaks as `松岡：`.)
	const members = withManagingAgentStaff(field.key, holdingGroupPost(named, field.key));
	const notes = [field.note, note].filter((part): part is string => part !== null);
	// A field that only holds sub-groups (`参加者:` then `- 理事: …`) is no group of its own.
	// (So is one that counts its members above their list, `出席理事: 7名中6名`: the count is the group's note.)
	if (members.length > 0 || lists.length === 0 || note !== null) addToGroup(state.participants, field.key, members, notes.length > 0 ? notes.join('、') : null);
	for (const list of lists) {
		for (const item of list.children) {
			const { inline, lists: nested } = itemText(item);
			const held = nested.length === 0 ? postAndHolder(inline.text) : null;
			if (held) {
				addToGroup(state.participants, field.key, [held], null);
				continue;
			}
			const sub = subGroup(inline.text, nested.length > 0);
			if (sub) {
				readPeople(state, sub.field, sub.value, lineOf(item), nested);
				continue;
			}
			const names = readNames(inline.text);
			addToGroup(state.participants, field.key, holdingGroupPost(names.members, field.key), names.note);
			for (const inner of nested) readPeople(state, field, '', lineOf(inner), [inner]);
		}
	}
	// (A count alone, `出席：理事7名中6名（委任状1名）`, says who came without naming them: its note, no warning.)
	if (members.length === 0 && lists.length === 0 && note === null) state.diagnostics.push(warning('empty-group', line, `participant group "${field.key}" lists no members`));
	state.speakers = speakerForms(state.participants.flatMap((known) => known.members));
}

/**
 * Paragraph lines under a people heading, read like a council's 出席者 section (`【構成員】` lines,
 * `理事：山田、佐藤`, （敬称略）); names without a group belong to the heading's group.
 */
function readPeopleLines(state: MarkupState, field: FieldKey, lines: readonly SourceLine[]): void {
	for (const group of parseParticipants(lines, state.diagnostics, null)) {
		const name = group.group === '出席者' && !lines.some((source) => source.text.includes(group.group)) ? field.key : group.group;
		const notes = [name === field.key ? field.note : null, group.note ?? null].filter((part): part is string => part !== null);
		addToGroup(state.participants, name, group.members.map((member) => readMember(member.text)), notes.length > 0 ? notes.join('、') : null);
	}
	state.speakers = speakerForms(state.participants.flatMap((known) => known.members));
}

/** One agenda item, numbered in order unless the list gives the number. */
function addAgenda(state: MarkupState, raw: string, line: number, number: number | null): void {
	// (`- [ ] リリース日程` in a Notion or HackMD agenda: the task box is the page's, no words of the item.)
	const title = trimSpaces(raw.replace(/^[☑☐][ \t\u3000]*/u, '').replace(AGENDA_NUMBER, '')) || trimSpaces(raw);
	if (title === '') return;
	state.agenda.push({ number: number ?? state.agenda.length + 1, title, line });
}

/**
 * The items of an agenda list: the top-level ones, or, when items announce the business nested under them (`2. 議題` /
 * `   1. ローカル鉄道の在り方について` / `   2. …`, `- 報告事項` / `  - …`), those nested items, as a header's 議事次第 is read.
 */
function readAgendaList(state: MarkupState, list: List): void {
	const items = list.children.map((item) => itemText(item));
	const nested = items.flatMap(({ inline, lists }) => (isAgendaContainer(inline.text.split('\n')[0] ?? '') ? lists : []));
	const read = (from: List) =>
		from.children.forEach((item, index) => {
			const { inline } = itemText(item);
			addAgenda(state, inline.text.split('\n')[0] ?? '', lineOf(item), from.ordered && nested.length <= 1 ? (from.start ?? 1) + index : null);
		});
	if (nested.length > 0) nested.forEach(read);
	else read(list);
}

/**
 * The handouts a field or a heading lists (`## 配布資料` over `- 資料1 夏祭り実施要項`, `1. 照明見積書`): each item one handout,
 * its id the `資料N` it opens with, the list's number, or the item's place in a list of bare titles (`- 議事次第`); false (the
 * items stay text of the body) when an item is none of these, or holds a link or more than one line, which a handout's title
 * would lose.
 */
function readHandouts(state: MarkupState, lines: readonly { text: string; line: number; links: number }[], lists: readonly List[]): boolean {
	const entries = [
		...lines.map((entry) => ({ ...entry, number: null as number | null, nested: false })),
		...lists.flatMap((list) =>
			list.children.map((item, index) => {
				const { inline, lists: nested, line } = itemText(item);
				return { text: inline.text, line, links: inline.links.length, number: list.ordered ? (list.start ?? 1) + index : null, nested: nested.length > 0 };
			}),
		),
	];
	if (entries.length === 0 || entries.some((entry) => entry.links > 0 || entry.nested || entry.text.includes('\n') || /^[☑☐] /u.test(entry.text))) return false;
	if (entries.every((entry) => opensHandout(entry.text))) {
		state.handouts.push(...parseHandouts(entries.map(({ text, line }) => ({ text, line })), state.diagnostics));
		return true;
	}
	// `- 議事次第`, `- 参考資料（PDF）`: a list of the handouts' titles without their numbers, each numbered by its place (one that
	// opens with its own, `資料2 …`, keeps it). Items that read as sentences or fields (`…を確認した。`, `収支：別紙`) are no titles.
	if (lines.length === 0 && entries.every((entry) => entry.number === null && atMostCharacters(trimSpaces(entry.text), 60) && !/[。．:：]/u.test(entry.text))) {
		state.handouts.push(...entries.map((entry, index) => (opensHandout(entry.text) ? parseHandouts([{ text: entry.text, line: entry.line }], state.diagnostics) : [{ id: String(index + 1), ...splitHandoutNote(entry.text) }])).flat());
		return true;
	}
	if (!entries.every((entry) => entry.number !== null)) return false;
	state.handouts.push(...entries.map((entry) => ({ id: String(entry.number), ...splitHandoutNote(entry.text) })));
	return true;
}

/** A list in the header: field items are read as fields, the others go to the body. */
function headerList(state: MarkupState, list: List): void {
	const rest: MdastListItem[] = [];
	for (const item of list.children) {
		const { inline, lists, line } = itemText(item);
		const field = fieldLine(inline.text) ?? (lists.length > 0 && fieldKey(inline.text) ? { field: fieldKey(inline.text)!, value: '' } : null);
		const value = field ? trimInline(sliceInline(inline, inline.text.length - field.value.length)) : null;
		if (field && value && readField(state, field.field, value, line, lists)) continue;
		rest.push(item);
	}
	if (rest.length > 0) bodyList(state, { ...list, children: rest });
}

/** A paragraph in the header: field lines are read as fields, the others go to the body. */
function headerParagraph(state: MarkupState, lines: readonly LineText[]): void {
	const rest: LineText[] = [];
	// `**出席者**（敬称略）：` with nothing after it, over lines of its own (`委員長：今西 悠（北陸大）`, `副委員長：…`): the field's roll,
	// one post and its holder a line, read as a council's 出席者 lines are (they had been read as turns of 委員長 and 副委員長, the
	// field left empty).
	let people: { field: FieldKey; entry: LineText; rows: SourceLine[] } | null = null;
	const flush = (): void => {
		if (people === null) return;
		const open = people;
		people = null;
		if (open.rows.length > 0) {
			addToGroup(state.participants, open.field.key, open.rows.flatMap((row) => rollRowMembers(row.text) ?? []), open.field.note);
			state.speakers = speakerForms(state.participants.flatMap((known) => known.members));
		} else if (!readField(state, open.field, { text: '', links: [] }, open.entry.line)) rest.push(open.entry);
	};
	for (const entry of lines) {
		const field = fieldLine(entry.inline.text);
		if (people !== null && field === null && isRollRow(entry.inline.text)) {
			people.rows.push({ text: entry.inline.text, line: entry.line });
			continue;
		}
		flush();
		if (field && field.field.kind === 'people' && field.value === '') {
			people = { field: field.field, entry, rows: [] };
			continue;
		}
		if (field && readField(state, field.field, trimInline(sliceInline(entry.inline, entry.inline.text.length - field.value.length)), entry.line)) continue;
		rest.push(entry);
	}
	flush();
	if (rest.length > 0) bodyParagraph(state, rest);
}

/** A line of a roll under a people field: a post and who holds it (`委員長：今西 悠（北陸大）`), no sentence. */
function isRollRow(text: string): boolean {
	return rollRowMembers(text) !== null;
}

/**
 * The members a roll's line names after their post (`委員長：今西 悠（北陸大）`, `委員：河合 陸（帝都大）、丹羽 千尋（国土研）`),
 * each holding the post unless the entry names its own; null when the line is no post and names.
 */
function rollRowMembers(text: string): Member[] | null {
	const match = /^(?<post>[^:：、，,。\s\u3000]{1,12})[:：][\s\u3000]*(?<names>\S.{0,80})$/u.exec(trimSpaces(text));
	const post = match?.groups?.post ?? '';
	const value = match?.groups?.names ?? '';
	if (!match || /[。．!?！？]/u.test(value)) return null;
	const members = readNames(value).members.filter((member) => member.name !== null);
	if (members.length === 0) return null;
	return members.map((member) => ({ ...member, text: members.length === 1 ? trimSpaces(text) : member.text, title: member.title ?? post }));
}

/** Rows of a table as text: cells of each row, with the row's line. */
function tableRows(table: Table): { cells: InlineText[]; line: number }[] {
	return table.children.map((row) => ({ cells: row.children.map((cell) => trimInline(flattenInline(cell.children))), line: lineOf(row) }));
}

/** A line break written into a table's cell (`…ありませんか。<br>（「なし」の声あり）`). */
const CELL_BREAK = /<br\s*\/?>/giu;

/**
 * A table of the speech (`| 発言者 | 発言内容 |`, as minutes exported from a word processor or a wiki write it): each row its
 * speaker's remark, the cell's line breaks kept; false when the table's head names no such columns.
 */
function readSpeechTable(state: MarkupState, table: Table): boolean {
	const [head, ...rows] = tableRows(table);
	const names = head?.cells.map((cell) => trimSpaces(cell.text)) ?? [];
	const speaker = names.findIndex((name) => SPEAKER_COLUMN.test(name));
	const speech = names.findIndex((name) => SPEECH_COLUMN.test(name));
	if (speaker < 0 || speech < 0) return false;
	for (const { cells, line } of rows) {
		const label = trimSpaces(cells[speaker]?.text ?? '');
		const text = (cells[speech]?.text ?? '').split(CELL_BREAK).map(trimSpaces).filter((part) => part !== '');
		if (label === '' && text.length === 0) continue;
		if (label === '') {
			container(state, line).push({ type: 'paragraph', text: text.join('\n'), line });
			continue;
		}
		const remark = startRemark(state, label, line);
		for (const part of text) remark.children.push({ type: 'paragraph', text: part, line });
		state.remark = null;
	}
	return true;
}

/**
 * A table: rows whose first cell is a field key are fields (in the header); every other row stays a paragraph of its own, its
 * cells separated by tabs as a web page's or a Word document's table is read (html-text.ts), which the page shows as a row with
 * its cells set apart. (Its rows had become one list of items joined by 「 | 」, a 12-column table on a phone a run of bullets
 * whose columns no one could tell apart.)
 */
function readTable(state: MarkupState, table: Table): void {
	if (!state.header && readSpeechTable(state, table)) return;
	const rows: Block[] = [];
	// (The head names the columns: the page marks its cells as the columns' headers, when it is kept and the table has columns.)
	let head = false;
	for (const [index, { cells, line }] of tableRows(table).entries()) {
		const [first, ...others] = cells;
		if (!first || cells.every((cell) => COLUMN_NAMES.test(cell.text) || cell.text === '')) continue;
		const field = state.header ? fieldKey(first.text) : null;
		const value = joinLines(others.filter((cell) => cell.text !== ''));
		if (field && others.length > 0 && readField(state, field, value, line)) continue;
		// (A cell's own tabs or line breaks would read as more cells or rows: spaces.)
		const joined = cells.reduce<InlineText | null>((row, cell) => {
			const own = { text: cell.text.replace(/[\t\n]/gu, ' '), links: cell.links };
			if (row === null) return own;
			const at = row.text.length + 1;
			return { text: `${row.text}\t${own.text}`, links: [...row.links, ...own.links.map((link) => ({ ...link, start: link.start + at, end: link.end + at }))] };
		}, null);
		if (!joined || joined.text.trim() === '') continue;
		if (index === 0 && cells.length > 1) head = true;
		rows.push(withLinks({ type: 'paragraph' as const, line, ...(head ? { cells: rows.length === 0 ? ('head' as const) : ('row' as const) } : {}) }, joined));
	}
	if (rows.length > 0) container(state, lineOf(table)).push(...rows);
}

/** Column names of an attendee table and the member field each holds. */
const PEOPLE_COLUMNS: readonly [RegExp, 'name' | 'title' | 'affiliation' | 'attendance'][] = [
	[/^(?:氏名|名前|お名前|name)$/iu, 'name'],
	[/^(?:役割|役職|役|職名|肩書き?|role)$/iu, 'title'],
	[/^(?:所属|団体|組織|affiliation)$/iu, 'affiliation'],
	[/^(?:出欠|出欠席|出席|出欠状況|attendance)$/iu, 'attendance'],
];

/** An attendee table under a people heading (`| 氏名 | 役割 | 所属 |`): one member per row, fields from the columns; false when its columns are not named so. */
function readPeopleTable(state: MarkupState, field: FieldKey, table: Table): boolean {
	const [head, ...rows] = tableRows(table);
	const columns = head?.cells.map((cell) => PEOPLE_COLUMNS.find(([pattern]) => pattern.test(trimSpaces(cell.text)))?.[1] ?? null) ?? [];
	if (!columns.includes('name')) return false;
	const members = rows.flatMap(({ cells }) => {
		const value = (kind: 'name' | 'title' | 'affiliation' | 'attendance'): string | null => {
			const text = trimSpaces(cells[columns.indexOf(kind)]?.text ?? '');
			return columns.includes(kind) && text !== '' ? text : null;
		};
		const text = cells.map((cell) => trimSpaces(cell.text)).filter((cell) => cell !== '').join(' | ');
		const absent = ABSENT_CELL.test(value('attendance') ?? '');
		return value('name') === null ? [] : [{ member: { text, name: value('name'), title: value('title'), affiliation: value('affiliation') }, absent }];
	});
	// (A row marked `欠席` or `×` in the 出欠 column did not come: it goes to the absent, in a group after the roll's, as the
	// plain reader's attendance tables do; it had been listed among those present.)
	const absentGroup = absentGroupName(field.key);
	addToGroup(state.participants, field.key, members.filter((row) => !row.absent || absentGroup === null).map((row) => row.member), field.note);
	if (absentGroup !== null && members.some((row) => row.absent)) addToGroup(state.participants, absentGroup, members.filter((row) => row.absent).map((row) => row.member), null);
	state.speakers = speakerForms(state.participants.flatMap((known) => known.members));
	return true;
}

/** Words that are said, not listed: kana and a sentence's end (`資料1に沿って説明します。`), never a roll (`総務課　山田、佐藤`). */
const SPOKEN = /^(?=.*[\p{Script=Hiragana}])(?=.*[。？！])/u;

/** Content under a field heading (`## 参加者`, `## 日時`, `## 議題`). */
function contextContent(state: MarkupState, context: FieldContext, node: RootContent): void {
	const { field } = context;
	if (field.kind === 'agenda' && node.type === 'list') {
		readAgendaList(state, node);
		if (node.children.some((item) => item.children.some((child) => child.type === 'list'))) {
			context.section ??= startSection(state, context.title, context.line);
			bodyList(state, node);
		}
		return;
	}
	if (field.kind === 'agenda') {
		context.section ??= startSection(state, context.title, context.line);
		walk(state, node, false);
		return;
	}
	if (field.kind === 'handouts') {
		// (Lines of a paragraph, `資料1　…` each, are handouts too; anything else is the heading's section of the body.)
		const read =
			context.section === null &&
			(node.type === 'list' ? readHandouts(state, [], [node]) : node.type === 'paragraph' && readHandouts(state, paragraphLines(node).map(({ inline, line }) => ({ text: inline.text, line, links: inline.links.length })), []));
		if (read) return;
		context.section ??= startSection(state, context.title, context.line);
		walk(state, node, false);
		return;
	}
	const line = lineOf(node);
	if (node.type === 'table' && field.kind === 'people' && readPeopleTable(state, field, node)) return;
	if (node.type === 'list') {
		readField(state, field, { text: '', links: [] }, line, [node]);
	} else if (node.type === 'paragraph') {
		if (field.kind === 'people') {
			readPeopleLines(state, field, paragraphLines(node).map((entry) => ({ text: entry.inline.text, line: entry.line })));
		} else if (!readField(state, field, joinLines(paragraphLines(node).map((entry) => entry.inline)), line)) {
			walk(state, node, false);
		}
	} else {
		walk(state, node, false);
	}
}

/** The document's word as a heading: `## 議事要旨`, `## 議事録`, `## 会議録`. */
const DOCUMENT_HEADING = /^(?:議事要旨|議事録|会議録)$/u;

/** A heading: a field heading opens its field, any other heading a body section (and ends the header, unless it dates the meeting). */
function readHeading(state: MarkupState, node: Heading): void {
	const title = joinLines(paragraphLines(node).map((entry) => entry.inline)).text;
	const field = fieldKey(title);
	state.remark = null;
	// (`## 概要` over `### 日時`, `### 場所` …, as a site generator's template opens: the header's heading too.)
	// (So is the document's word under the title, `# …会議（第12回）` / `## 議事要旨` / `- 日時：…`, before any date is read.)
	if ((field?.kind === 'meta' || /^概要$/u.test(trimSpaces(title)) || (state.date === null && DOCUMENT_HEADING.test(trimSpaces(title)))) && state.header) {
		state.context = null;
		return;
	}
	if (field && field.kind !== 'title' && field.kind !== 'meta') {
		state.context = { field, title, line: lineOf(node), section: null };
		return;
	}
	if (state.agendaHeadings.has(node) && state.agenda.length === 0) {
		state.context = { field: { kind: 'agenda', key: trimSpaces(title), note: null }, title, line: lineOf(node), section: null };
		return;
	}
	// `## 第1回 2024-04-12 (金) 20:00-21:00` over the meeting's fields: a section of its own, the header going on below it.
	if (!(state.header && state.date === null && findDate(title)?.ok === true)) state.header = false;
	state.context = null;
	// `### 山田座長` / `### 事務局` over the paragraphs they say (a wiki's or a note app's minutes): a turn, not a section.
	// (`## 会長挨拶`, `## 事務局説明`, `## 部会報告` name a part of the meeting.)
	if (!state.header && field === null && isSpeaker(title, state) && !/(?:挨拶|あいさつ|報告|説明|紹介|について|の件)$/u.test(trimSpaces(title))) {
		state.remark = startRemark(state, trimSpaces(title), lineOf(node));
		return;
	}
	startSection(state, title, lineOf(node));
}

/**
 * `議事`, `議事次第`'s shorter sibling, as a heading (a number or a mark before it aside: `## 2. 議事`, `## ■議事`); so the bills
 * a board or a general meeting takes up, `## 議案`, `## 審議事項`, `## 付議事項` (an owners' association's 理事会 lists them so).
 */
const BUSINESS_HEADING = /^(?:[0-9０-９]{1,2}[.．、)）]?[\s\u3000]*)?(?:[■□◆◇●▶★☆][\s\u3000]*)?(?:議[\s\u3000]*事|議[\s\u3000]*案|審議事項|付議事項)$/u;

/**
 * Headings `## 議事` whose only content is a list of the items of business, the proceedings following under headings of their
 * own (`## 議事` / `1. 前回議事録の確認` / `2. 予算執行状況` then `## 議事内容` or `### 1. 前回議事録の確認`): such a list is the
 * agenda, when it is numbered or a later heading takes up one of its items. Each item is one short line without a sentence's
 * end or a colon (never a turn, `- 佐藤: …`, nor a point made, `- 6月リリースは予定どおり。`).
 */
function agendaHeadings(root: Root): Set<Heading> {
	// (Only the first such heading is looked at: it is the agenda's place, and the search stays linear.)
	for (const [index, node] of root.children.entries()) {
		const list = root.children[index + 1];
		const after = root.children[index + 2];
		if (node.type !== 'heading' || list?.type !== 'list' || after?.type !== 'heading') continue;
		if (!BUSINESS_HEADING.test(trimSpaces(joinLines(paragraphLines(node).map((entry) => entry.inline)).text))) continue;
		// (An agenda lists a few items: a long list is a record of its own.)
		if (list.children.length > 40) break;
		// (Items nested under one that announces them, `2. 議題` / `   1. …`, are items of business too.)
		const items = list.children.flatMap((item) => {
			const read = itemText(item);
			return [read, ...(isAgendaContainer(read.inline.text) ? read.lists.flatMap((inner) => inner.children.map((child) => itemText(child))) : [])];
		});
		if (items.some(({ inline, lists }) => (lists.length > 0 && !isAgendaContainer(inline.text)) || inline.text === '' || inline.text.includes('\n') || !atMostCharacters(inline.text, 60) || /[。．：:]/u.test(inline.text))) break;
		const later = root.children.slice(index + 2).flatMap((next) => (next.type === 'heading' ? [fold(joinLines(paragraphLines(next).map((entry) => entry.inline)).text.replace(AGENDA_NUMBER, ''))] : []));
		const taken = items.some(({ inline }) => {
			const wanted = fold(inline.text.replace(AGENDA_NUMBER, ''));
			return wanted.length >= 2 && later.some((heading) => heading.length >= 2 && (heading.includes(wanted) || wanted.includes(heading)));
		});
		if (list.ordered === true || taken) return new Set([node]);
		break;
	}
	return new Set();
}

/** True when a paragraph's first line or a list's first item is a turn: a speaker, then words said (kana and a sentence's end). */
function opensWithTurn(state: MarkupState, node: RootContent): boolean {
	const first = node.type === 'paragraph' ? paragraphLines(node)[0]?.inline : node.type === 'list' && node.children[0] ? itemText(node.children[0]).inline : undefined;
	if (!first) return false;
	const end = first.text.includes('\n') ? first.text.indexOf('\n') : first.text.length;
	const turn = speakerOf(sliceInline(first, 0, end), state);
	return turn !== null && SPOKEN.test(turn.rest.text);
}

/** True when a paragraph opens with a key in bold before a colon (`**次回:** 7月1日`, `**決定**：…`) that names no speaker. */
function boldLead(node: Paragraph, state: MarkupState): boolean {
	const [lead, next] = node.children;
	if (lead?.type !== 'strong') return false;
	const text = flattenInline(lead.children).text;
	if (!atMostCharacters(text, 40)) return false;
	const colon = /[:：][\s\u3000]*$/u.test(text) || (next?.type === 'text' && /^[\s\u3000]*[:：]/u.test(next.value));
	const key = trimSpaces(text.replace(/[:：][\s\u3000]*$/u, ''));
	return colon && key !== '' && !text.includes('\n') && atMostCharacters(key, 12) && !isSpeaker(key, state);
}

/** What the meeting decided or left to do, the word alone in bold over its list (`**決定事項**` / `- …`). */
const RECORD_KEY_ALONE = /^(?:決定事項|確認事項|合意事項|今後の対応|今後の課題|宿題事項|アクションアイテム|ToDo|TODO)$/u;

/** True for a paragraph that is only such a word in bold (`**決定事項**`): the record's own, never the words of the turn above it. */
function boldRecordKey(node: Paragraph): boolean {
	const [only, ...rest] = node.children;
	if (only?.type !== 'strong' || rest.some((child) => child.type !== 'text' || !/^[\s\u3000]*$/u.test(child.value))) return false;
	return RECORD_KEY_ALONE.test(trimSpaces(flattenInline(only.children).text));
}

/** The field key a paragraph is, written alone in bold (`**参加者**`, `**議題：**`), or null. */
function boldKey(node: Paragraph): FieldKey | null {
	const [only, ...rest] = node.children;
	if (only?.type !== 'strong' || rest.some((child) => child.type !== 'text' || !/^[\s:：]*$/u.test(child.value))) return null;
	const text = flattenInline(only.children).text;
	return text.includes('\n') ? null : fieldKey(text);
}

/** Walk one block node of the tree; `fields` says whether field lines may be read as fields here. */
/** True for a list whose every item is one link to a heading of the same page (`[出席者(敬称略)](#出席者敬称略)`), nested lists alike. */
function isContents(list: List): boolean {
	return list.children.every((item) =>
		item.children.length > 0 &&
		item.children.every((child) => {
			if (child.type === 'list') return isContents(child);
			if (child.type !== 'paragraph') return false;
			const parts = child.children.filter((part) => !(part.type === 'text' && trimSpaces(part.value) === ''));
			return parts.length === 1 && parts[0]?.type === 'link' && parts[0].url.startsWith('#') && parts[0].url.length > 1;
		}),
	);
}

function walk(state: MarkupState, node: RootContent, fields = state.header): void {
	if (node.type === 'heading') return readHeading(state, node);
	// `- [概要](#概要)` / `  - [日時](#日時)`: a table of contents of the page's own headings, which follow; no text of the minutes.
	if (node.type === 'list' && isContents(node)) return;
	// `### 事務局` over sentences (`資料1に沿って説明します。…`): who speaks them, not a roll of the office's staff.
	const speaking = state.context?.field.kind === 'people' && node.type === 'paragraph' ? state.context : null;
	if (speaking && node.type === 'paragraph' && isSpeaker(speaking.title, state) && SPOKEN.test(joinLines(paragraphLines(node).map((entry) => entry.inline)).text)) {
		state.context = null;
		state.header = false;
		state.remark = startRemark(state, trimSpaces(speaking.title), speaking.line);
		return bodyParagraph(state, paragraphLines(node));
	}
	// `## 記録` (the record, or who kept it) over turns (`長尾: 秋メニューは…。`, `- 浅野: …。`): the proceedings, not a roll.
	if (state.context?.field.kind === 'people' && state.context.section === null && opensWithTurn(state, node)) {
		const { title, line } = state.context;
		state.context = null;
		state.header = false;
		startSection(state, title, line);
	}
	// `**参加者**` / `**議題**` alone on its line over a list (as Confluence and a word processor's Markdown write a key): a field's heading.
	const key = node.type === 'paragraph' ? boldKey(node) : null;
	if (key && key.kind !== 'title' && key.kind !== 'meta' && (fields || key.kind === 'handouts')) {
		state.context = { field: key, title: key.key, line: lineOf(node), section: null, once: true };
		return;
	}
	// (The agenda's heading is read as the agenda wherever it stands: `## 目的` may come before `## アジェンダ`.)
	// (So is the handouts' heading: `## 配布資料` comes after the proceedings as often as before them.)
	if (state.context && (fields || (state.context.field.kind === 'agenda' && state.agenda.length === 0) || (state.context.field.kind === 'handouts' && state.context.section === null))) {
		const context = state.context;
		if (context.once) state.context = null;
		return contextContent(state, context, node);
	}
	if (state.context?.once) state.context = null;
	switch (node.type) {
		case 'paragraph':
			// `**次回:** 7月1日`, `**決定事項**：…` after the turns: a key of the record's own, no more words of the last speaker.
			// (So is `**決定事項**` alone over its list: the list had been the last speaker's words.)
			if (state.remark && (boldLead(node, state) || boldRecordKey(node))) state.remark = null;
			return fields ? headerParagraph(state, paragraphLines(node)) : bodyParagraph(state, paragraphLines(node));
		case 'list':
			return fields ? headerList(state, node) : bodyList(state, node);
		case 'table':
			return readTable(state, node);
		case 'code':
			container(state, lineOf(node)).push({ type: 'paragraph', text: node.value, line: lineOf(node) });
			return;
		case 'html':
			return htmlBlock(state, node.value, lineOf(node), fields);
		case 'blockquote': {
			const before = state.remarkCount;
			for (const child of withoutCalloutMark(node.children)) walk(state, child, fields);
			// (`> 佐々木広報：…` / `> A案は…` then `B案に決定。` outside the quote: a turn the quote opened ends with it; what follows is the record's.)
			if (state.remarkCount > before) state.remark = null;
			return;
		}
		case 'footnoteDefinition':
			for (const child of node.children) walk(state, child, fields);
			return;
		case 'thematicBreak':
			state.remark = null;
			return;
		default:
			return;
	}
}

/**
 * A raw HTML block: comments are not part of the rendered minutes; a fold or a break (`<details><summary>会員数の内訳</summary>`,
 * `…<br>…`) is read for its words, each line and each part a tag breaks off a paragraph of its own (a fold is the record's, no
 * more words of the turn before it); other raw HTML stays visible as text.
 */
function htmlBlock(state: MarkupState, value: string, line: number, fields: boolean): void {
	if (/^<!--[\s\S]*-->$/u.test(value.trim())) return;
	const words = htmlWords(value);
	if (words === null) {
		container(state, line).push({ type: 'paragraph', text: value, line });
		return;
	}
	const fold = value.trim().toLowerCase();
	if (fold.startsWith('<details')) state.remark = null;
	words.forEach((text, index) => {
		for (const piece of text.split('\n')) {
			const lines = trimSpaces(piece) === '' ? [] : [{ inline: { text: trimSpaces(piece), links: [] }, line: line + index }];
			if (lines.length > 0) (fields ? headerParagraph : bodyParagraph)(state, lines);
		}
	});
	// (What follows a fold is outside it: no more words of a turn inside it.)
	if (fold.endsWith('</details>')) state.remark = null;
}

/** Obsidian's callout mark opening a quote (`> [!info] 会議情報`): its type and folding sign, then its title. */
const CALLOUT_MARK = /^\[![\w-]{1,30}\][+-]?[ \t]*/u;

/**
 * A quote's blocks without Obsidian's callout mark (`[!info]`): the mark is no text, nor a title that only names the
 * meeting's fields (`会議情報`, as `## 会議情報` is a heading over them); another title stays a line of its own.
 */
function withoutCalloutMark(children: readonly RootContent[]): RootContent[] {
	const [first, ...rest] = children;
	const opening = first?.type === 'paragraph' ? first.children[0] : undefined;
	const mark = opening?.type === 'text' ? CALLOUT_MARK.exec(opening.value) : null;
	if (first?.type !== 'paragraph' || opening?.type !== 'text' || !mark) return [...children];
	const after = opening.value.slice(mark[0].length);
	const titleEnd = after.includes('\n') ? after.indexOf('\n') : after.length;
	const title = trimSpaces(after.slice(0, titleEnd));
	// (The title's line is kept empty, so that the lines below keep their numbers.)
	const value = title === '' || fieldKey(title)?.kind === 'meta' ? after.slice(titleEnd) : after;
	if (value === '' && first.children.length === 1) return rest;
	// A title kept is a paragraph of its own (`> [!note] メモ` over `> 今週は…`): joined as a wrapped line, it had run into the text.
	const below = after.slice(titleEnd + 1);
	if (value === after && titleEnd < after.length && (below !== '' || first.children.length > 1) && first.position) {
		const { start } = first.position;
		const titled: Paragraph = { type: 'paragraph', children: [{ ...opening, value: title }], position: { start, end: start } };
		const text: Paragraph = { ...first, children: [...(below === '' ? [] : [{ ...opening, value: below }]), ...first.children.slice(1)], position: { ...first.position, start: { ...start, line: start.line + 1 } } };
		return [titled, text, ...rest];
	}
	return [{ ...first, children: [{ ...opening, value }, ...first.children.slice(1)] }, ...rest];
}

/** Plain text of blocks (paragraphs, notes, list items with their nested items), one line each. */
export function blocksText(blocks: readonly Block[]): string {
	const items = (list: ListBlock): string[] => list.items.flatMap((item) => [item.text, ...(item.children ?? []).flatMap(items)]);
	return blocks
		.flatMap((block) => (block.type === 'paragraph' || block.type === 'note' ? [block.text] : block.type === 'list' ? items(block) : []))
		.filter((text) => text !== '')
		.join('\n');
}

/**
 * The title heading (removed from the walk): the heading the document starts with; else, when the
 * front matter names no title, the first heading.
 */
function takeTitle(root: Root, matterTitle: boolean): { text: string; line: number } | null {
	const index = root.children[0]?.type === 'heading' || matterTitle ? 0 : root.children.findIndex((node) => node.type === 'heading');
	const node = root.children[index];
	if (node?.type !== 'heading') return null;
	// With a title in the front matter, a first heading below the top level (`## 概要`) opens the text, not the title.
	if (matterTitle && node.depth > 1) return null;
	root.children.splice(index, 1);
	return { text: joinLines(paragraphLines(node).map((entry) => entry.inline)).text, line: lineOf(node) };
}

/**
 * When the header has no date field: the front matter's, the title's, or the first one in the first lines (with a warning);
 * else the file's name's, as a repository names its minutes (`docs/minutes/2024-05-10.md`, with a warning).
 */
function fallbackDate(state: MarkupState, document: SourceDocument, matter: Record<string, unknown>, title: { text: string; line: number } | null, source: string): void {
	const candidates: { text: string; line: number }[] = [];
	const fromMatter = matterDate(matter);
	if (fromMatter) candidates.push({ text: fromMatter, line: 1 });
	if (title) candidates.push(title);
	candidates.push(...document.lines.slice(0, DATE_LINES));
	for (const candidate of candidates) {
		const found = findDate(candidate.text);
		if (!found?.ok) continue;
		state.date = { iso: found.iso, line: candidate.line };
		const times = findTimeRange(matchForm(candidate.text).slice(found.end));
		if (times && state.start === null) {
			state.start = times.start;
			state.end = times.end;
		}
		if (candidate !== title && fromMatter === null) {
			state.diagnostics.push(warning('unlabelled-date', candidate.line, `the date was taken from line ${candidate.line}; label it like ${DATE_EXAMPLE}`));
		}
		return;
	}
	const named = dateInFileName(source);
	if (named === null) return;
	state.date = { iso: named.iso, line: title?.line ?? 1 };
	state.diagnostics.push(warning('file-name-date', title?.line ?? 1, `the date was taken from the file's name (${named.text}); add a line such as ${DATE_EXAMPLE} under the title`));
}

/** Front-matter keys that list who attended (`attendees:`, as an Obsidian or Hugo note keeps them). */
const MATTER_ATTENDEES = /^(?:attendees|participants|members|参加者|出席者)$/iu;

/**
 * Front-matter keys that list people, and the group each is shown as: a Japanese key as written, an English one by the
 * Japanese word for it (`absent:` → 欠席者, `facilitator:` → 司会, `note-taker:` → 記録).
 */
const MATTER_GROUPS: readonly { key: RegExp; group: string }[] = [
	{ key: MATTER_ATTENDEES, group: '出席者' },
	{ key: /^(?:absent|absentees|regrets|apologies|欠席者?)$/iu, group: '欠席者' },
	{ key: /^(?:guests|observers|オブザーバー|陪席者?)$/iu, group: 'オブザーバー' },
	{ key: /^(?:facilitators?|chair|chairperson|moderator|司会者?|議長|進行)$/iu, group: '司会' },
	{ key: /^(?:note[-_ ]?takers?|scribe|recorder|minute[-_ ]?takers?|記録者?|書記)$/iu, group: '記録' },
];

/** The group a front-matter key lists, or null: the key itself when it is written in Japanese. */
function matterGroup(key: string): string | null {
	const name = trimSpaces(key);
	const found = MATTER_GROUPS.find((entry) => entry.key.test(name));
	if (!found) return null;
	return /^[A-Za-z_ -]+$/u.test(name) ? found.group : name;
}

/** The names of a front-matter value: a list (YAML reads an unquoted `- [[高木美保]]` as a list in the list), or a comma-separated string. */
function matterNames(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'number') return [String(value)];
	if (Array.isArray(value)) return value.flatMap((entry) => (Array.isArray(entry) && entry.length === 1 ? matterNames(entry[0]) : typeof entry === 'object' ? [] : matterNames(entry)));
	return [];
}

/**
 * The front matter's lists of people (`attendees: ["[[高木美保]]", …]`, `absent: [渡辺 翔]`, `facilitator: 田中 健`), read
 * before the text so that they speak (`- [[村瀬健太]]: …`): each a group named by its key (in Japanese); the attendees'
 * group read, or null.
 */
function matterAttendees(state: MarkupState, matter: Record<string, unknown>): { group: ParticipantGroup; count: number } | null {
	let attendees: { group: ParticipantGroup; count: number } | null = null;
	for (const key of Object.keys(matter)) {
		const name = matterGroup(key);
		if (name === null) continue;
		const members = matterNames(matter[key]).flatMap((entry) => readNames(withoutWikilinks(entry)).members);
		if (members.length === 0) continue;
		addToGroup(state.participants, name, members, null);
		const group = state.participants.find((known) => known.group === name);
		if (group && attendees === null && MATTER_ATTENDEES.test(trimSpaces(key))) attendees = { group, count: members.length };
	}
	state.speakers = speakerForms(state.participants.flatMap((known) => known.members));
	return attendees;
}

/** Drop from the front matter's group who the text lists again under a key of its own (`参加者: …`), and the group if none is left. */
function dropRelisted(state: MarkupState, listed: { group: ParticipantGroup; count: number }): void {
	const { group } = listed;
	const fromText = [...state.participants.filter((known) => known !== group && MATTER_ATTENDEES.test(known.group)).flatMap((known) => known.members), ...group.members.slice(listed.count)];
	const again = new Set(fromText.flatMap((member) => [member.text, member.name ?? ''].filter((text) => text !== '').map(fold)));
	if (again.size === 0) return;
	const kept = group.members.slice(0, listed.count).filter((member) => !again.has(fold(member.text)) && !(member.name !== null && again.has(fold(member.name))));
	group.members = [...kept, ...group.members.slice(listed.count)];
	if (group.members.length === 0) state.participants.splice(state.participants.indexOf(group), 1);
}

/**
 * Agenda items pointing at the body section that discusses them (title contained either way). A heading that is a
 * minutes' label (`議事`, `議事内容`, `意見交換`) names the item only when it is the item's whole title: `議事` is no
 * part of `前回議事録の確認`.
 */
function linkAgenda(agenda: MarkupState['agenda'], sections: readonly Section[]): AgendaItem[] {
	return agenda.map(({ number, title }) => {
		const wanted = fold(title);
		const section = sections.find((known) => {
			const heading = fold(known.title.replace(AGENDA_NUMBER, ''));
			if (heading.length < 2) return false;
			if (heading === wanted) return true;
			const label = matchSectionLine(known.title);
			if (label !== null && label.rest === '') return false;
			return heading.includes(wanted) || wanted.includes(heading);
		});
		return { number, title, section: section?.id ?? null };
	});
}

/** A title of an assembly's sitting or committee: the assembly's word with a session's or a committee's (`…市議会定例会`, `…町議会総務委員会`). */
const ASSEMBLY_SITTING = new RegExp(`${ASSEMBLY_WORD}.{0,20}?(?:定例会|臨時会|定例月議会|委員会)`, 'u');

/** Read Markdown or reST minutes into their record, body and diagnostics (never throws). */
export function readMarkup(document: SourceDocument, options: ParseOptions): ParseResult {
	const { root, matter } = toTree(document);
	const state: MarkupState = {
		diagnostics: [],
		date: null,
		start: null,
		end: null,
		location: null,
		participants: [],
		agenda: [],
		handouts: [],
		meetingName: null,
		body: [],
		section: null,
		remark: null,
		remarkCount: 0,
		signed: false,
		header: true,
		context: null,
		speakers: new Set(),
		dialogue: dialogueRuns(root),
		agendaHeadings: agendaHeadings(root),
	};
	const titleNode = takeTitle(root, typeof matter.title === 'string' && trimSpaces(matter.title) !== '');
	const titleText = titleNode?.text || (typeof matter.title === 'string' ? trimSpaces(matter.title) : '');
	const titleLine = titleNode?.line ?? 1;
	if (titleText === '') {
		state.diagnostics.push(error('no-title', null, 'no title found: start the file with a heading such as "# 第5回 理事会 議事録"'));
	}
	const listed = matterAttendees(state, matter);
	for (const node of root.children) walk(state, node);
	if (listed) dropRelisted(state, listed);
	// The front matter's place (`location:`, `place:`, `場所:`) when the text gives none.
	const place = [matter.location, matter.place, matter.venue, matter['場所'], matter['会場']].find((value) => typeof value === 'string' && trimSpaces(value) !== '');
	if (state.location === null && typeof place === 'string') state.location = trimSpaces(place);
	if (!state.date && !state.diagnostics.some((d) => d.severity === 'error' && ['no-date', 'invalid-date'].includes(d.code))) {
		fallbackDate(state, document, matter, titleText === '' ? null : { text: titleText, line: titleLine }, options.source);
		if (!state.date) state.diagnostics.push(error('no-date', titleLine, `no date found: add a line such as ${DATE_EXAMPLE} under the title (line ${titleLine})`));
	}
	if (state.body.every((section) => section.children.length === 0)) {
		state.diagnostics.push(warning('empty-body', titleLine, 'the minutes have a header but no text: write the proceedings under a heading such as "## 議事"'));
	}

	const info = readTitle(titleText, null);
	// (`# 令和6年第3回みなと市議会定例会会議録（第1号）`: an assembly's sitting is of the assembly's series, as the assembly reader
	// names it; the title's words had been left in it, `令和6年 みなと市議会定例会 （第1号`.)
	const assembly = ASSEMBLY_SITTING.test(info.title) ? readNaming([info.title, '']) : null;
	const named = (assembly?.assembly ? [assembly.assembly, assembly.committee].filter(Boolean).join(' ') : null) ?? seriesOf(info.title) ?? state.meetingName;
	// A title that is only the document's word (`# 議事録`, with a date) still makes a record: the word names the series.
	const documentWord = named === null ? documentWordOf(info.title) : null;
	const series = named ?? documentWord;
	if (titleText !== '' && series === null) {
		state.diagnostics.push(error('no-series', titleLine, 'the title names no meeting body: write it like "# 第5回 理事会 議事録"'));
	} else if (documentWord !== null) {
		state.diagnostics.push(warning('no-series', titleLine, `the title names no meeting body, so the series is "${documentWord}": name the body in the title ("# 開発定例 ${documentWord}") or add a line "会議名: …"`));
	}
	if (state.diagnostics.some((d) => d.severity === 'error') || !series || !state.date) return noRecord('markup', state.body, state.diagnostics);

	const sections: Section[] = state.body.map(({ id, title, line }) => ({ id, title, line }));
	const remarks: RemarkIndex[] = state.body.flatMap((section) =>
		section.children
			.filter((block): block is RemarkBlock => block.type === 'remark')
			.map((block) => ({ id: block.id, speaker: block.speaker, section: section.id, chat: false, line: block.line, text: blocksText(block.children) })),
	);
	for (const remark of remarks) {
		if (remark.text === '') state.diagnostics.push(warning('empty-remark', remark.line, `remark by "${remark.speaker}" has no text`));
	}
	const candidate: Meeting = {
		title: info.title,
		series,
		seriesSlug: seriesSlug(series, options.seriesSlugs),
		session: info.session,
		kind: MINUTES_TITLE.test(info.title) || state.participants.length > 0 ? 'minutes' : 'document',
		source: options.source,
		sourceHash: options.sourceHash,
		date: state.date.iso,
		start: state.start,
		end: state.end,
		location: state.location,
		participants: state.participants,
		handouts: state.handouts,
		agenda: linkAgenda(state.agenda, sections),
		sections,
		remarks,
	};
	return finishRecord('markup', candidate, state.body, state.diagnostics, {
		title: titleLine,
		series: titleLine,
		seriesSlug: titleLine,
		session: titleLine,
		kind: titleLine,
		date: state.date.line,
	});
}

/** Markdown and reStructuredText minutes. */
export const markupReader: Reader = {
	family: 'markup',
	recognize: recognizeMarkup,
	read: (document, options) => [readMarkup(document, options)],
};
