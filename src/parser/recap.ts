/**
 * An AI note taker's summary of an online meeting saved as text: Microsoft Teams' recap by Copilot (`会議の要約`, `メモ`,
 * `フォローアップ タスク`, the transcript maybe after it under `トランスクリプト`), Zoom's AI Companion (`クイック要約`,
 * `次のステップ`, `要約`) and their English forms (`Quick recap`, `Next steps`, `Follow-up tasks`). Its headings stand alone
 * on their lines, as plain as any paragraph: before any reader sees the text they become `■` headings, so each part is a
 * section and its points no one's words; `• `, `* ` and `・` bullets (and `- ・`) become `- `, and those who speak in a transcript after
 * the summary are the participants; the summary's title over the meeting's name (`ミーティング概要: 営業会議 (2024/10/16)`) is
 * that name; tl;dv's `ハイライト`, the moments marked with their time into the recording, is such a heading over its moments, each an
 * item. Every line keeps its number; the lines added take the ones they stand for.
 */
import { findDate } from './date.ts';
import { stampedName } from './lines.ts';
import { INVITED, invitedNames } from './meet-document.ts';
import { nextNonBlank, type SourceLine } from './normalize.ts';

/** A summary's headings, each alone on its line. */
const HEADING = /^(?:会議の要約|会議のまとめ|会議のメモ|会議メモ|概要|メモ|ノート|フォローアップ[ \u3000]?タスク|クイック要約|クイック[ \u3000]?リキャップ|次のステップ|推奨される次のステップ|要約|詳細|決定事項|アクション[ \u3000]?アイテム|ハイライト|トランスクリプト|文字起こし|Meeting notes|Quick recap|Next steps|Summary|Notes|Follow-up tasks|Action items|Highlights|Transcript)$/u;
/** The headings only an AI note taker writes so: one of them makes the file such a summary. */
const TOOL_HEADING = /^(?:会議の要約|フォローアップ[ \u3000]?タスク|クイック要約|クイック[ \u3000]?リキャップ|推奨される次のステップ|Quick recap|Follow-up tasks)$/u;
/** The heading over the moments a recorder marked (tl;dv's `ハイライト`), each a time into the recording and what it marks. */
const HIGHLIGHTS = /^(?:ハイライト|Highlights)$/u;
/** A marked moment: `00:02:15 リリース日を確定`, `[12:45] …`. */
const MOMENT = /^[ \t]*[[(（]?(?<time>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?)[\])）]?[ \t\u3000]+(?<text>\S.*)$/u;
/** The headings over a transcript after the summary. */
const TRANSCRIPT_HEADING = /^(?:トランスクリプト|文字起こし|Transcript)$/u;
/** A point's bullet as such a summary writes it in text: `• `, `* `, `・`, and `・` after a list's own mark (`- ・`, as a recap pasted into a list writes it); a task's box, `* [ ]`, is left as it is. */
const BULLET = /^(?<indent>[ \t]*)(?:[•*][ \t]+|(?:[-*•][ \t]*)?・[ \t\u3000]*)(?=\S)(?!\[[ xX]\])/u;
/** The summary's own title over the meeting's name: `ミーティング概要: 営業会議 (2024/10/16)`, `Meeting summary for Sales sync (10/16/2024)`. */
const SUMMARY_TITLE = /^(?:(?:ミーティング|会議)の?(?:概要|要約|サマリー)[ \t\u3000]*[:：]|Meeting summary(?:[ \t]+for|[ \t]*:))[ \t\u3000]*(?<name>\S.{0,120})$/u;
/** The header's roll, on its line or over the names: `参加者: …`, `出席者`, `Attendees`. */
const ROLL_LABEL = /^(?:参加者|出席者|Attendees|Participants)(?:[ \t\u3000]*[:：].*)?$/u;
/** A name of the header's roll listed under its label: `- 佐野 恵美`, `・北村 大樹`, `• Kate Lee`. */
const ROLL_ITEM = /^(?:[-*•・][ \t\u3000]*)\S.{0,40}$/u;
/** Lines of the file's top in which the summary's first heading stands. */
const TOP_LINES = 6;

/** Such a summary as the readers know minutes; null for any other text. */
export function rewriteRecap(lines: readonly SourceLine[]): SourceLine[] | null {
	const headings: number[] = [];
	let tool = false;
	let seen = 0;
	let inRoll = false;
	for (const [index, line] of lines.entries()) {
		const text = line.text.trim();
		if (text === '') continue;
		// (The header's roll listed one name a line under its label, tl;dv's `参加者` over `- 佐野 恵美`, counts as one line of the
		// top: with three names or more the first heading had stood past it and the file had been read as minutes, the last
		// highlight's turn taking the headings and points below.)
		const rollName: boolean = inRoll && headings.length === 0 && ROLL_ITEM.test(text);
		inRoll = rollName || (headings.length === 0 && ROLL_LABEL.test(text) && !/[:：]./u.test(text));
		if (!rollName) seen++;
		if (text.length > 30 || !HEADING.test(text)) continue;
		if (headings.length === 0 && seen > TOP_LINES) return null;
		headings.push(index);
		if (TOOL_HEADING.test(text)) tool = true;
	}
	// (A recorder's marked moments, `ハイライト` over `00:02:15 …` lines, are such a summary's too: they had been read as the roll.)
	const momentsUnder = (index: number): boolean => HIGHLIGHTS.test(lines[index]?.text.trim() ?? '') && MOMENT.test(lines[nextNonBlank(lines, index + 1)]?.text ?? '');
	if (headings.some(momentsUnder)) tool = true;
	// (The tool's name for the document on the first line over the meeting's name and its day, Copilot's `会議のメモ` /
	// `月次業務報告会` / `2025年2月18日 14:00`, is no heading: the name under it titles the record.)
	const top = lines.findIndex((line) => line.text.trim() !== '');
	const under = nextNonBlank(lines, top + 1);
	const below = under === -1 ? -1 : nextNonBlank(lines, under + 1);
	const kindFirst = headings[0] === top && under !== -1 && !headings.includes(under) && (lines[under]?.text.trim().length ?? 0) <= 60 && !/[。．.]$/u.test(lines[under]?.text.trim() ?? '') && below !== -1 && (lines[below]?.text.length ?? 0) <= 80 && findDate(lines[below]?.text ?? '')?.ok === true;
	if (kindFirst) headings.shift();
	if (!tool || headings.length < 2) return null;
	const heads = new Set(headings);
	let inMoments = false;
	// Those who speak in a transcript after the summary (`中島 裕子   0:05`, as Teams' transcript writes each utterance).
	const transcript = headings.find((index) => TRANSCRIPT_HEADING.test(lines[index]?.text.trim() ?? '')) ?? -1;
	const speakers = transcript === -1 ? [] : [...new Set(lines.slice(transcript + 1).flatMap((line) => stampedName(line.text.trim())?.label ?? []))];
	// The roll goes under the date line of the header (above the first heading), else under the title.
	const first = headings[0] ?? 0;
	const opening = kindFirst ? under : top;
	const dated = lines.findIndex((line, index) => index > opening && index < first && line.text.length <= 80 && findDate(line.text)?.ok === true);
	// (Not when the header lists them already, `参加者: …`: the roll had been read twice.)
	// (Nor when it lists those invited, as Gemini's notes do, `招待済み 藤井 健 山口 美香`: they are the roll, where they had been a line of text.)
	const invitedAt = lines.findIndex((line, index) => index > opening && index < first && line.text.length <= 2_000 && INVITED.test(line.text.trim()));
	const invitedText = invitedAt === -1 ? '' : (INVITED.exec(lines[invitedAt]?.text.trim() ?? '')?.groups?.names ?? '');
	const listed = invitedAt !== -1 || lines.slice(opening + 1, first).some((line) => ROLL_LABEL.test(line.text.trim()));
	const rollAfter = speakers.length < 2 || listed ? -1 : dated !== -1 ? dated : opening;
	const out: SourceLine[] = [];
	for (const [index, line] of lines.entries()) {
		if (kindFirst && index === top) continue;
		if (index === invitedAt) {
			out.push({ line: line.line, text: `参加者: ${(invitedNames(invitedText) ?? [invitedText]).join('、')}` });
			continue;
		}
		const named = index === opening ? SUMMARY_TITLE.exec(line.text.trim())?.groups?.name : undefined;
		const day = named !== undefined && dated === -1 ? findDate(named) : null;
		// (A marked moment under the highlights' heading is an item of that part.)
		const moment = inMoments ? MOMENT.exec(line.text)?.groups : undefined;
		// (The day in the title's bracket is the meeting's: the readers look for it on a line of its own.)
		if (named !== undefined) out.push({ line: line.line, text: named }, ...(day?.ok === true ? [{ line: line.line, text: `日時: ${day.written}` }] : []));
		// (The first heading under the body's label: a roll right above it had taken the headings and points below for its groups.)
		else if (heads.has(index)) out.push({ line: line.line, text: '' }, ...(index === first ? [{ line: line.line, text: '内容' }, { line: line.line, text: '' }] : []), { line: line.line, text: `■${line.text.trim()}` });
		else if (moment) out.push({ line: line.line, text: `- ${moment.time ?? ''} ${moment.text ?? ''}` });
		else if (index > first && (transcript === -1 || index < transcript)) out.push({ line: line.line, text: line.text.replace(BULLET, '$<indent>- ') });
		else out.push(line);
		if (heads.has(index)) inMoments = momentsUnder(index);
		if (index === rollAfter) out.push({ line: line.line, text: `参加者: ${speakers.join('、')}` }, { line: line.line, text: '' });
	}
	return out;
}
