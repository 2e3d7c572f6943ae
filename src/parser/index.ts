/**
 * `parseDocuments` / `parseMinutes`: turn the text of one seed into meeting records, their bodies and every
 * problem found. The text is split into lines, checked to be minutes at all, then handed to the first
 * layout reader that recognizes it (`READERS`, most particular first); a dated document that the reader
 * cannot make a record of is kept by the plain reader instead of being rejected.
 * Pure: no file system, no Astro (maintainers' series slugs come in `options.seriesSlugs`).
 */
import { error, warning } from './diagnostics.ts';
import { unboxTables } from './box-tables.ts';
import { rewriteChatExport, rewriteChatworkCopy, rewriteZoomChat } from './chat-export.ts';
import { dateInFileName, findDate } from './date.ts';
import { rewriteSpeechSheet, sheetDateHint, type SpeechSheet } from './speech-sheet.ts';
import { rewriteSubtitles, stampedTranscript } from './subtitles.ts';
import { rewriteSlackExport } from './slack-export.ts';
import { rewriteTranscriptJson } from './transcript-json.ts';
import { blankSpeechNumbers, joinSplitLabels, markNumberedTurns, markSpeakerFields, mendOcrTurnMarks, singleBrackets } from './turn-line.ts';
import { rewriteInvitation } from './invitation.ts';
import { stripLineNumbers } from './line-numbers.ts';
import { unspaceLetters } from './spaced-letters.ts';
import { rewriteMeetDocument } from './meet-document.ts';
import { splitMeetings } from './meetings-in-file.ts';
import { rewriteRecap } from './recap.ts';
import { isSeparator, matchForm, toSourceLines, trimSpaces, type SourceLine } from './normalize.ts';
import { findForeignText, lateStart } from './plausibility.ts';
import { matchSectionLine } from './sections.ts';
import { isContactHeading, isContentEnd, isContentStart, isLinkText, isPageButton, isPageFooter, isSiteContact, isSiteName, isWebChrome, LINK_TEXT_LINES } from './web-chrome.ts';
import { noRecord } from './record.ts';
import { assemblyReader } from './readers/assembly.ts';
import { councilReader } from './readers/council.ts';
import { dietReader } from './readers/diet.ts';
import { markupReader } from './readers/markup.ts';
import { frontMatter } from './readers/markup-title.ts';
import { isNdlXml, ndlJsonReader, XML_START } from './readers/ndl-json.ts';
import { readPlain } from './readers/plain.ts';
import type { Reader, SourceDocument } from './readers/types.ts';
import type { Diagnostic, ParseOptions, ParseResult } from './types.ts';

export type { Block, BodySection, Diagnostic, LayoutFamily, LinkSpan, ListBlock, ListItem, ParseOptions, ParseResult } from './types.ts';
export { parseNameLabel } from './names.ts';
export { seriesSlug } from './series.ts';

/** The layout readers in the order they are tried; the council reader accepts anything left. */
export const READERS: readonly Reader[] = [ndlJsonReader, markupReader, dietReader, assemblyReader, councilReader];

/** Reader errors after which the plain reader must not step in: the date is there but wrong, or the record itself is invalid. */
const NO_FALLBACK = new Set(['invalid-date', 'invalid-record']);

/** The reader for a document: the first whose `recognize` accepts it. */
export function pickReader(document: SourceDocument): Reader {
	return READERS.find((reader) => reader.recognize(document)) ?? councilReader;
}

/** Parse the text of one seed into one result per meeting it holds (never throws, never empty). */
export function parseDocuments(text: string, options: ParseOptions): ParseResult[] {
	const lines = toSourceLines(text);
	if (lines.every((source) => source.text.trim() === '')) {
		return [noRecord(null, [], [error('empty', null, 'the file is empty: it needs a title line, a date line and the minutes text')])];
	}
	// XML is read only as the NDL API's answer (its default format; `.xml`, or saved as `.json`): any other is refused.
	if ((/\.xml$/iu.test(options.source) || (/\.json$/iu.test(options.source) && XML_START.test(text))) && !isNdlXml(text)) {
		return [noRecord(null, [], [error('not-ndl-xml', 1, `this file holds XML that is not an answer of the NDL API (国会会議録検索システム): XML is read only as that API's answer (…/api/meeting?…, its <meetingRecord> or <speechRecord> elements); save the minutes as text, or the API's answer as it came`)])];
	}
	// An online meeting's transcript in a subtitle format (WebVTT, SubRip) becomes a header and stamped turns first: its cue
	// numbers are no margin's line numbers.
	// (So does a transcription service's JSON: Whisper's segments, AssemblyAI's utterances, Fireflies' sentences.)
	const subtitled = rewriteSubtitles(lines, options.source);
	const json = subtitled ? null : rewriteTranscriptJson(text, options.source);
	const transcript = subtitled ?? json;
	if (transcript && !transcript.dated) {
		const extension = /\.srt$/iu.test(options.source) ? '.srt' : /\.sbv$/iu.test(options.source) ? '.sbv' : json ? '.json' : /\.txt$/iu.test(options.source) ? '.txt' : '.vtt';
		const message = json
			? `a transcript (a transcription service's JSON) holds no date: put the meeting's date in the file's name (e.g. 企画会議_2024-10-07${extension})`
			: `a transcript (WebVTT, SubRip, YouTube's SBV or Whisper's timed lines) holds no date: put the meeting's date in the file's name (e.g. 企画会議_2024-10-07${extension}) or a line such as "2024年10月7日" above the first cue`;
		return [noRecord(null, [], [error('no-date', transcript.firstCue, message)])];
	}
	// (A transcript saved as text that opens with a turn gets its title from the file's name.)
	// (A time alone over the speaker's name, `00:00:03` / `話者1`, is read as the one line `00:00:03 話者1`.)
	// (And CLOVA Note's `参加者 1 参加者 2 参加者 3` under its header is a list of those speakers.)
	// (And a speaker's name and time again over more of their words, `[小林 正] 19:02:20`, is their turn going on.)
	// (And Google Meet's notes and transcript, `📝 メモ` / `📖 文字起こし` over the day and the meeting's name, have their header
	// set as the readers know one.)
	// (And a Slack channel's JSON export, a list of its messages, becomes a header and stamped turns, as a chat's text export does.)
	const slack = transcript ? null : rewriteSlackExport(text, options.source);
	const meet = transcript || slack ? null : rewriteMeetDocument(lines);
	// (And an AI note taker's summary, Copilot's `会議の要約` / `フォローアップ タスク` or Zoom's `クイック要約` / `次のステップ`, has
	// its headings marked as headings.)
	// (Markdown marks its headings itself.)
	const recap = transcript || slack || meet || /\.(?:md|markdown|rst)$/iu.test(options.source) ? null : rewriteRecap(lines);
	const rewritten = transcript?.lines ?? slack ?? meet?.lines ?? (recap ? (stampedTranscript(recap, options.source) ?? recap) : stampedTranscript(lines, options.source));
	// A bracket typed twice (`【【佐藤会長】】`, `（（拍手））`) is read as one pair: the label it holds speaks, as `【佐藤会長】` does.
	const bracketed = singleBrackets(rewritten ?? lines) ?? rewritten;
	// Letters set apart by spaces throughout (a scan's character recognition: `会 議 録`, `石 原 会 長 ： …`) are read joined.
	const spacedOut = unspaceLetters(bracketed ?? lines);
	const subtitles = spacedOut?.lines ?? bracketed;
	const base = subtitles ?? lines;
	// Line numbers a copy kept from the printed page's margin go before any reader sees the text.
	const unnumbered = stripLineNumbers(base);
	// So do the frames of tables drawn with box-drawing characters (a header of 会議名, 日時, 出席委員 … in cells).
	const unboxed = unboxTables(unnumbered ?? base) ?? unnumbered;
	// And a scan's turn marks that its character recognition read as `O` (`O福田住民課長　…` among `○杉山会長　…`) are `○`, as are
	// the numbers a town's Word minutes open every turn with (`１．議長（大山二郎君）　…`).
	const mended = mendOcrTurnMarks(unboxed ?? base) ?? markNumberedTurns(unboxed ?? base) ?? unboxed;
	// And a label a PDF's table gave on two lines (`○教育長` / `笹岡忠則君` / the words) becomes one (`○教育長（笹岡忠則君）`).
	const labelled = joinSplitLabels(mended ?? base) ?? mended;
	// And the numbers a minutes system prints alone above each turn (`1` / `◯座長(浅田五郎君) …`) are left out.
	const numbersBlanked = blankSpeechNumbers(labelled ?? base) ?? labelled ?? subtitles;
	// And an assembly's sitting downloaded with a field over each speech (`【発言者】議長（竹下　修）`) has its turns marked (`○議長（竹下　修）`).
	const relabelled = markSpeakerFields(numbersBlanked ?? base) ?? numbersBlanked;
	// And a group chat's export (LINE's `[LINE] …のトーク履歴`, a Chatwork room copied as text) becomes a header and stamped turns.
	const chat = rewriteChatExport(relabelled ?? lines) ?? rewriteChatworkCopy(relabelled ?? lines, options.source) ?? rewriteZoomChat(relabelled ?? lines, options.source, dateInFileName(options.source));
	// And a spreadsheet of turns saved as text (`No	議題	発言者	内容` rows) becomes a header and `○` turns.
	const table = chat ? null : rewriteSpeechSheet(relabelled ?? lines, options.source);
	const sheet = table?.lines ?? null;
	// And an online meeting's invitation above the minutes (topic, time, link, ID, passcode) gives their title, date and place.
	const invitation = rewriteInvitation(chat ?? sheet ?? relabelled ?? lines);
	const prepared = invitation?.lines ?? chat ?? sheet ?? relabelled;
	const given: SourceDocument = prepared ? { text: prepared.map((source) => source.text).join('\n'), lines: prepared, source: options.source } : { text, lines, source: options.source };
	// A Markdown file that reads as no Markdown (Google Docs' export: its title bold, no heading) has its escapes read as the
	// characters they escape (`**1\. 新年度…**`, `\-`, `\*`): its numbered headings had been read as more of the last line.
	// (The readers are tried once for the text as given, and again only for the text unescaped.)
	const first = pickReader(given);
	const unescaped = MARKDOWN_FILE.test(options.source) && first.family !== 'markup' ? unescapeMarkdown(given.lines) : null;
	const document: SourceDocument = unescaped ? { text: unescaped.map((source) => source.text).join('\n'), lines: unescaped, source: options.source } : given;
	const reader = unescaped ? pickReader(document) : first;
	if (reader.family !== 'ndl-json') {
		// (A chat export's and a spreadsheet's rows are tab-separated columns: they are checked as the readers see them.)
		const foreign = findForeignText(chat ?? sheet ?? base);
		// Minutes that start late are read from their first Japanese line, the lines before left out (they keep their numbers).
		const late = foreign && base === lines ? lateStart(lines) : null;
		if (late) {
			const rest = lines.map((source, index) => (index < late.index ? '' : source.text)).join('\n');
			const note = warning('late-start', late.line, `${late.count} line(s) of other text before the minutes' first Japanese line (line ${lines[late.index]?.line ?? late.line}) left out; remove them from the seed to silence this`);
			return parseDocuments(rest, options).map((result) => ({ ...result, diagnostics: [note, ...result.diagnostics] }));
		}
		if (foreign) {
			const message = `this does not look like Japanese minutes: ${foreign.reason}; check that it is the right file (a text extraction of a 議事要旨/議事録) in a Japanese encoding`;
			return [noRecord(null, [], [error('not-minutes', foreign.line, message)])];
		}
	}
	const numbered = unnumbered?.find((source, i) => source.text !== base[i]?.text)?.line ?? null;
	const notes: Diagnostic[] = numbered === null ? [] : [warning('line-numbers', numbered, 'the line numbers at the start of the lines (copied from a printed page\'s margin) were left out of the text')];
	if (spacedOut) notes.unshift(warning('spaced-letters', spacedOut.first, `the letters of ${spacedOut.count} line(s) were set apart by spaces throughout (a scan's character recognition) and were read without them`));
	const link = meet?.links[0];
	if (link !== undefined) notes.push(warning('meet-links', link, `the notes' links to the meeting's attachments and recording (${meet?.links.length ?? 0} line(s): 添付ファイル, 会議の録画), which hold no text once saved as text, were left out; remove them from the seed to silence this`));
	// A transcript whose file's name names no meeting (a Zoom cloud recording's `GMT20241003-050000_Recording.transcript.vtt`) and
	// whose text has no title is titled by the tool's word alone, in one series with every such file: the user is told so.
	if (transcript && transcript.lines[0]?.text === '文字起こし') notes.push(warning('untitled-transcript', transcript.firstCue, `the transcript names no meeting, nor does its file's name (${options.source.replace(/^.*[\\/]/u, '')}), so it is titled 文字起こし, in one series with every such transcript: name the file after the meeting and its date (e.g. 企画会議_2024-10-07${/\.[A-Za-z0-9]{1,5}$/u.exec(options.source)?.[0] ?? '.vtt'})`));
	if (invitation) notes.push(warning('meeting-invitation', invitation.first, `the online meeting's invitation (${invitation.count} line(s): its link, meeting ID, passcode …) was left out, its topic, time and service read as the title, date and place; remove it from the seed to silence this`));
	// Navigation left in a copied web page (`ページID … 更新日 …`, `前へ　次へ`, `ページの先頭へ`) is no part of the minutes,
	// wherever it stands; hand-written Markdown and the API's JSON have none, and the Diet reader drops the 会議録 site's own.
	const chrome = reader.family === 'council' || reader.family === 'assembly' ? blankWebChrome(document.lines) : null;
	if (chrome) notes.push(warning('web-navigation', chrome.first, `${chrome.count} line(s) of web-page navigation (breadcrumbs, 更新日, 前へ・次へ, skip links, …はこちら links, the page's お問い合わせ block) left out; remove them from the seed to silence this`));
	// Minutes sent by mail and saved with the message's header (`From:`, `Subject:`, `Date:`): the header is the mail's.
	const mail = reader.family === 'council' || reader.family === 'assembly' ? blankMailHeader(chrome?.lines ?? document.lines) : null;
	if (mail) notes.push(warning('mail-header', mail.first, `the mail header (${mail.count} line(s): From, Subject, Date …, and the greeting before the minutes' title) was left out; remove it from the seed to silence this`));
	// A reply's quote of the earlier message under the sender's own (`> 理事各位` / `> …議事録案をお送りします。` / `> 長谷川会長：…`,
	// the draft the minutes above correct) is the mail's, no more of the minutes: its turns had been read as turns again, the
	// speakers `> 長谷川会長`, the draft's figures beside the minutes'.
	const reply = mail ? blankQuotedReply(mail.lines) : null;
	if (reply && mail) {
		notes.push(warning('mail-quoted-reply', reply.first, `the earlier message quoted under the mail (${reply.count} line(s) from line ${reply.first}, each starting with ">") was left out; remove it from the seed to silence this`));
		mail.lines = reply.lines;
	}
	// And the sender's signature under the minutes (`-----` / the office / the name / `TEL: …` / `-----`) is the mail's too.
	const signature = mail ? blankMailSignature(mail.lines, chrome?.lines ?? document.lines) : null;
	if (signature) notes.push(warning('mail-signature', signature.first, `the mail's signature (${signature.count} line(s) after the minutes: the sender's name, office, telephone …) was left out; remove it from the seed to silence this`));
	if (signature && mail) mail.lines = signature.lines;
	// A cover page over the minutes (the title set over several lines, the month, the office), the title then written again
	// over the header: the minutes start at that title.
	const cover = reader.family === 'council' ? blankCoverPage(mail?.lines ?? chrome?.lines ?? document.lines) : null;
	if (cover) notes.push(warning('cover-page', cover.first, `the cover page (${cover.count} line(s) before the title written again at line ${cover.title}: ${cover.text}) was left out; remove it from the seed to silence this`));
	const kept = cover?.lines ?? mail?.lines ?? chrome?.lines;
	const read: SourceDocument = kept ? { text: kept.map((source) => source.text).join('\n'), lines: kept } : document;
	// A file of several meetings (a year's 会議録) is read meeting by meeting, each with the file's line numbers.
	const meetings = reader.family === 'ndl-json' ? null : splitMeetings(read.lines);
	if (meetings) {
		return meetings.flatMap((part) => {
			const own: SourceDocument = { text: part.map((source) => source.text).join('\n'), lines: part };
			// Each note goes with the meeting that holds its line.
			return readOne(pickReader(own), own, options, notes.filter((note) => part.some((source) => source.line === note.line)));
		});
	}
	const results = readOne(reader, read, options, notes);
	return table ? results.map((result) => withSheetDateHint(result, table, options.source)) : results;
}

/** A Markdown file's name. */
const MARKDOWN_FILE = /\.(?:md|markdown)$/iu;
/** A Markdown escape: a backslash before ASCII punctuation (CommonMark), which stands for that character. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/gu;

/** The lines with each Markdown escape read as the character it escapes (`1\.` → `1.`), or null when no line has one. */
function unescapeMarkdown(lines: readonly SourceLine[]): SourceLine[] | null {
	let changed = false;
	const read = lines.map((source) => {
		if (!source.text.includes('\\')) return source;
		const text = source.text.replace(MARKDOWN_ESCAPE, '$1');
		if (text === source.text) return source;
		changed = true;
		return { ...source, text };
	});
	return changed ? read : null;
}

/** A spreadsheet of turns read without a date: its error says where a sheet gives one (`sheetDateHint`), at its header row. */
function withSheetDateHint(result: ParseResult, sheet: SpeechSheet, source: string): ParseResult {
	if (!result.diagnostics.some((diagnostic) => diagnostic.code === 'no-date')) return result;
	const message = sheetDateHint(sheet, source);
	return { ...result, diagnostics: result.diagnostics.map((diagnostic) => (diagnostic.code === 'no-date' ? { ...diagnostic, line: sheet.headerLine, message } : diagnostic)) };
}

/** How a minutes' title ends (spaceless). */
const MINUTES_TITLE_END = /(?:議事録|会議録|議事要旨|議事概要)$/u;
/** How far into the file a cover page's title may be written again (lines with text). */
const COVER_LINES_MAX = 15;
/** Lines with text after the title within which the header's date stands. */
const COVER_DATE_WITHIN = 3;
/** The longest line of a cover page or a title (characters). */
const COVER_LINE_MAX = 200;

/**
 * The lines with a cover page blanked: the lines with text before a minutes title (`…検討会（第４回）議事録`) that they hold whole,
 * written over several lines (`…検討会` / `（第４回）` / `議　事　録`, then the month and the office), when a date follows the title
 * within three lines and no date or turn stands on the cover; null when there is none.
 */
function blankCoverPage(lines: readonly SourceLine[]): { lines: SourceLine[]; first: number; count: number; title: number; text: string } | null {
	const texts = lines.flatMap((source, index) => (source.text.trim() === '' ? [] : [index])).slice(0, COVER_LINES_MAX + COVER_DATE_WITHIN + 1);
	const compact = (text: string): string => matchForm(text).replace(/[\s\u3000]+/gu, '');
	for (const [k, index] of texts.entries()) {
		if (k < 2 || k > COVER_LINES_MAX) continue;
		// (A cover's lines and a title are short: a long line is none, and is not compacted.)
		if ((lines[index]?.text.length ?? 0) > COVER_LINE_MAX) continue;
		if (texts.slice(0, k).some((at) => (lines[at]?.text.length ?? 0) > COVER_LINE_MAX)) return null;
		const title = compact(lines[index]?.text ?? '');
		if (!MINUTES_TITLE_END.test(title) || title.length < 8) continue;
		const cover = texts.slice(0, k).map((at) => lines[at]!);
		if (!compact(cover.map((source) => source.text).join('')).includes(title)) continue;
		if (cover.some((source) => findDate(source.text)?.ok === true || /^[\s\u3000]*[○◯〇◎●]/u.test(source.text))) continue;
		if (!texts.slice(k + 1, k + 1 + COVER_DATE_WITHIN).some((at) => findDate(lines[at]?.text ?? '')?.ok === true)) continue;
		const blanked = new Set(cover);
		return {
			lines: lines.map((source) => (blanked.has(source) ? { ...source, text: '' } : source)),
			first: cover[0]!.line,
			count: cover.length,
			title: lines[index]!.line,
			text: cover.map((source) => source.text.trim().replace(/[\s\u3000]+/gu, ' ')).join(' / '),
		};
	}
	return null;
}

/**
 * A field of a mail's header (RFC 5322, and as mail programs print it: Outlook's `Sent:`, `差出人:` / `送信日時:` / `宛先:` /
 * `件名:`), as mail archives keep it above the message; an mbox's `From addr date` line opens one.
 */
const MAIL_FIELD = /^(?:(?:From|To|Cc|Bcc|Subject|Date|Sent|Message-ID|Reply-To|In-Reply-To|References|Sender|Return-Path|Received|Delivered-To|DKIM-Signature|Authentication-Results|ARC-[A-Za-z-]+|List-[A-Za-z-]+|Importance|Attachments|Thread-Topic|Thread-Index|Accept-Language|Content-Language|MIME-Version|Content-Type|Content-Transfer-Encoding|X-[A-Za-z0-9-]+|差出人|送信者|送信日時|日付|宛先|件名|重要度|添付ファイル)[ \t]*[:：][ \t]|From [^\s@]+@\S+ +\S)/iu;
/** The fields that make a block of such lines a mail's header. */
const MAIL_KEY_FIELD = /^(?:From|Subject|Date|Sent|差出人|送信日時|日付|件名)[ \t]*[:：]/iu;
/** The line a mail program writes over a forwarded or quoted message's header. */
const FORWARDED = /^[-─―_\s]{0,12}(?:Forwarded message|Original Message|転送(?:された)?メッセージ|元のメッセージ)[-─―_\s]{0,12}$/iu;
/** Lines with text from the top within which a forwarded message's header stands. */
const FORWARD_WITHIN = 30;

/** Where a mail's header ends: the index of the blank line after its fields (and folded lines) from `at`, with how many key fields; null when the fields do not end in a blank line. */
function mailFieldsEnd(lines: readonly SourceLine[], at: number): { end: number; keys: number } | null {
	let keys = 0;
	for (; at < lines.length; at++) {
		const text = lines[at]?.text ?? '';
		if (MAIL_FIELD.test(text)) keys += MAIL_KEY_FIELD.test(text) ? 1 : 0;
		// A folded field goes on after a space or a tab; anything else ends the header.
		else if (!/^[ \t]+\S/u.test(text)) break;
	}
	return (lines[at]?.text.trim() ?? '') === '' ? { end: at, keys } : null;
}

/**
 * The lines with a mail's header at the top blanked (its fields and their folded lines, and the greeting before the
 * minutes' title), or a forwarded message's (the forwarder's note, the `Forwarded message` line and the fields), or both
 * (a saved mail that forwards the minutes: its own header, the note, then the forwarded header), line numbers kept; the
 * forwarded message quoted line by line (`> 日時：…`) read without the quote marks; null when there is none.
 */
function blankMailHeader(lines: readonly SourceLine[]): { lines: SourceLine[]; first: number; count: number } | null {
	const start = lines.findIndex((source) => source.text.trim() !== '');
	if (start === -1) return null;
	let at: number;
	if (MAIL_FIELD.test(lines[start]?.text ?? '')) {
		const found = mailFieldsEnd(lines, start);
		if (!found || found.keys < 2) return null;
		// (The mail forwards the minutes: the sender's note and the forwarded header go too, unless the minutes' title comes first.)
		at = forwardedFieldsEnd(lines, found.end) ?? found.end;
	} else {
		// `皆さま` / the forwarder's note / `---------- Forwarded message ---------` / `From: …` / `Date: …` / `Subject: …`.
		const end = forwardedFieldsEnd(lines, start);
		if (end === null) return null;
		at = end;
	}
	const unquoted = unquoteMessage(lines, at);
	const end = at + mailGreeting(unquoted.slice(at));
	const blanked = unquoted.map((source, index) => (index >= start && index < end ? { ...source, text: '' } : source));
	return { lines: blanked, first: lines[start]?.line ?? 1, count: lines.slice(start, end).filter((source) => source.text.trim() !== '').length };
}

/**
 * Where a forwarded message's header ends (the blank line after its fields), when its `Forwarded message` line stands within
 * the first lines with text from `from` and no minutes' title before it; null when there is none.
 */
function forwardedFieldsEnd(lines: readonly SourceLine[], from: number): number | null {
	const texts = lines.flatMap((source, index) => (index < from || source.text.trim() === '' ? [] : [index])).slice(0, FORWARD_WITHIN);
	const forward = texts.find((index) => FORWARDED.test(lines[index]?.text.trim() ?? ''));
	if (forward === undefined || !MAIL_FIELD.test(lines[forward + 1]?.text ?? '')) return null;
	if (texts.some((index) => index < forward && MINUTES_TITLE.test(unquote(lines[index]?.text ?? '')) && !/[。．]$/u.test(trimSpaces(lines[index]?.text ?? '')))) return null;
	const found = mailFieldsEnd(lines, forward + 1);
	return found && found.keys >= 2 ? found.end : null;
}

/** A mail's quote mark before a quoted line (`> `, `>`, a full-width `＞`), one level of it. */
const QUOTE_MARK = /^[ \t]?[>＞][ \t\u3000]?/u;

/** A line without one level of quote mark. */
function unquote(text: string): string {
	return text.replace(QUOTE_MARK, '');
}

/**
 * The lines with a message quoted in full after `at` (every line with text from the first to the last quoted one starts
 * with `>`, at least three of them) read without one level of quote marks; the lines as they were otherwise.
 */
function unquoteMessage(lines: readonly SourceLine[], at: number): readonly SourceLine[] {
	const texts = lines.flatMap((source, index) => (index < at || source.text.trim() === '' ? [] : [index]));
	const quoted = texts.filter((index) => QUOTE_MARK.test(lines[index]?.text ?? ''));
	if (quoted.length < 3 || quoted[0] !== texts[0]) return lines;
	const last = quoted[quoted.length - 1]!;
	if (texts.some((index) => index < last && !QUOTE_MARK.test(lines[index]?.text ?? ''))) return lines;
	return lines.map((source, index) => (index >= at && index <= last ? { ...source, text: unquote(source.text) } : source));
}

/**
 * A reply's line over the message it quotes: `2024年6月10日(月) 17:00 高橋 葵 <jimu@example.jp>:`, `On Mon, … wrote:`,
 * `高橋さんは書きました:`.
 */
const ATTRIBUTION = /(?:wrote|書きました|のメッセージ)[ \t]*[:：]?$|<[^<>\s]+@[^<>\s]+>[ \t]*[:：]$/iu;
/** Quoted lines with text a reply's quote of the earlier message holds at least. */
const QUOTED_REPLY_LINES = 3;

/**
 * The lines with the earlier message a reply quotes under its own blanked: the run of quoted lines (`> …`, `>`) that ends
 * the mail, with the attribution over it; only when the minutes' own title stands above it, so that minutes quoted whole
 * under a short note (a reply to the mail that sent them) are still read. Null when the mail ends otherwise.
 */
function blankQuotedReply(lines: readonly SourceLine[]): { lines: SourceLine[]; first: number; count: number } | null {
	const texts = lines.flatMap((source, index) => (source.text.trim() === '' ? [] : [index]));
	let start = texts.length;
	while (start > 0 && QUOTE_MARK.test(lines[texts[start - 1]!]?.text ?? '')) start--;
	if (texts.length - start < QUOTED_REPLY_LINES || start === 0) return null;
	const above = texts.slice(0, start);
	if (!above.some((index) => { const text = trimSpaces(lines[index]?.text ?? ''); return MINUTES_TITLE.test(text) && !/[。．]$/u.test(text) && !QUOTE_MARK.test(text); })) return null;
	const attribution = above.at(-1)!;
	const from = ATTRIBUTION.test(trimSpaces(lines[attribution]?.text ?? '')) ? attribution : texts[start]!;
	return { lines: lines.map((source, index) => (index >= from && source.text.trim() !== '' ? { ...source, text: '' } : source)), first: lines[from]!.line, count: texts.filter((index) => index >= from).length };
}

/** The rule a mail program or its sender writes over a signature: `-- `, or a rule of dashes, equals signs or box lines. */
const SIGNATURE_RULE = /^(?:-- ?|[-－―─━=＝_＿*＊~〜～]{3,}|[◆◇■□●○☆★※＊*]{3,})$/u;
/** A signature's line with a way to reach the sender: telephone, fax, mail, address, web. */
const CONTACT = /(?:TEL|Tel|tel|電話|ＴＥＬ|FAX|Fax|ＦＡＸ|E-?mail|e-?mail|Ｅ-?ｍａｉｌ|メール|〒|https?:\/\/|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)/u;
/** A mail's closing line over the sender's name: `以上、よろしくお願いいたします。`, `引き続きよろしくお願いします。`, `以上です。`. */
const SIGN_OFF = /^(?:以上[、，]?)?(?:(?:引き続き|今後とも|どうぞ|何卒)?(?:よろしく|宜しく)お願い(?:いた|致)?し?ます|以上(?:です|となります))[。！!]?$/u;
/** Lines with text a signature holds at most (its rules aside), and how long each is. */
const SIGNATURE_LINES = 8;
const SIGNATURE_LINE_MAX = 60;

/**
 * The lines with the sender's signature at the end of a mail blanked: from a rule (`-- `, `-----`, `━━━━`) among the last
 * lines to the end, its lines short, none a turn, one of them a way to reach the sender (`TEL:`, an address), or the same
 * rule written over the minutes too (the sender's cut lines around the minutes pasted into the message, the sign-off
 * below them: `あおば台自治会　事務局　長尾`); null when the mail ends otherwise. `given` is the mail's lines before its
 * header and greeting were blanked, at the same indexes.
 */
function blankMailSignature(lines: readonly SourceLine[], given: readonly SourceLine[] = lines): { lines: SourceLine[]; first: number; count: number } | null {
	const texts = lines.flatMap((source, index) => (source.text.trim() === '' ? [] : [index]));
	const tail = texts.slice(-(SIGNATURE_LINES + 2));
	const rule = tail.find((index) => SIGNATURE_RULE.test(trimSpaces(lines[index]?.text ?? '')));
	if (rule === undefined) return null;
	const block = texts.filter((index) => index > rule && !SIGNATURE_RULE.test(trimSpaces(lines[index]?.text ?? '')));
	if (block.length === 0 || block.length > SIGNATURE_LINES) return null;
	const words = block.map((index) => trimSpaces(lines[index]?.text ?? ''));
	// (The sender's closing line over the name, `以上、よろしくお願いいたします。`, is the mail's sign-off, no sentence of the minutes.)
	if (words.some((text) => text.length > SIGNATURE_LINE_MAX || (/[。：:](?!\s*[0-9０-９(（+＋])/u.test(text.replace(CONTACT, '')) && !SIGN_OFF.test(text)))) return null;
	const cut = trimSpaces(lines[rule]?.text ?? '');
	const framed = cut.length >= 10 && given.some((source, index) => index <= (texts[0] ?? -1) && trimSpaces(source.text) === cut);
	if (!framed && !words.some((text) => CONTACT.test(text))) return null;
	const count = texts.filter((index) => index >= rule).length;
	return { lines: lines.map((source, index) => (index >= rule && source.text.trim() !== '' ? { ...source, text: '' } : source)), first: lines[rule]!.line, count };
}

/** A mail's salutation: `理事各位`, `会員の皆様`, `山田様`, or `各位` alone. */
const SALUTATION = /^(?:.{1,24}(?:各位|皆様|皆さま|様|御中)|各位)[、,]?$/u;
/**
 * A sender's opening sentence where a salutation would stand (`お世話になっております。`, `お疲れさまです。`,
 * `こども家庭課の藤田です。`): a short sentence, the minutes' title to follow closely.
 */
const OPENING_SENTENCE = /^.{1,40}[。！!]$/u;
/** Lines with text after a mail's header within which the minutes' own title follows its salutation. */
const GREETING_LINES = 10;
/** The minutes' own title: a line naming the document (`…議事録`, a PTA's `１０月運営委員会　記録`). */
const MINUTES_TITLE = /議事録|議事要旨|会議録|議事概要|会[\s\u3000]*記録$/u;

/**
 * How many lines at the top of a mail's message are its greeting (`理事各位` / `…議事録をお送りします。`, or the sender's
 * `…課の藤田です。` / `議事録を送付します。`) before the minutes' own title: 0 when the message opens with no salutation
 * or sentence, or no title follows it closely.
 */
function mailGreeting(lines: readonly SourceLine[]): number {
	const first = lines.findIndex((source) => source.text.trim() !== '');
	const opening = trimSpaces(lines[first]?.text ?? '');
	if (first < 0 || !(SALUTATION.test(opening) || OPENING_SENTENCE.test(opening))) return 0;
	let texts = 0;
	for (let index = first + 1; index < lines.length && texts < GREETING_LINES; index++) {
		const text = trimSpaces(lines[index]?.text ?? '');
		if (text === '' || isSeparator(text)) continue;
		texts++;
		// The title (not the sentence that sends it, `第3回理事会の議事録をお送りします。`), with the body's name on the lines
		// just above it (`ライオンズガーデン東町管理組合` / `第８期　第８回理事会議事録`).
		if (MINUTES_TITLE.test(text) && !/[。．]$/u.test(text)) {
			let top = index;
			while (top - 1 > first && isTitleLine(lines[top - 1]?.text ?? '')) top--;
			return top;
		}
	}
	return 0;
}

/** A short line without a sentence's end: part of a title written over several lines. */
function isTitleLine(text: string): boolean {
	const line = trimSpaces(text);
	return line !== '' && line.length <= 40 && !/[。．、]/u.test(line) && !isSeparator(line);
}

/** How many lines a page's contact block may hold with its heading: the office, its section, telephone, fax, address, mail form. */
const CONTACT_LINES = 7;

/** A Markdown link or image (`[text](url)`, `![alt](src)`), its text kept. */
const MARKDOWN_LINK = /!?\[(?<text>[^\[\]]*)\]\([^()\s]*\)/gu;

/** A line as a Markdown copy shows it: links as their text (an image in a link too), a list's bullet left out. */
function unlinked(text: string): string {
	if (!text.includes('](')) return text;
	let shown = text;
	for (let depth = 0; depth < 3 && shown.includes(']('); depth++) shown = shown.replace(MARKDOWN_LINK, '$<text>');
	return shown.replace(/^[\s\u3000]*[-*+][\s\u3000]+/u, '');
}

/** A site's logo as a Markdown copy gives it: an image alone, or an image in a link, on its line. */
function isLogo(text: string): boolean {
	return /^\[?!\[[^\[\]]*\]\([^()\s]*\)(?:\]\([^()\s]*\))?$/u.test(trimSpaces(text));
}

/** How far down a page (lines) its breadcrumb trail may stand. */
const TRAIL_WITHIN = 60;
/** How many items a breadcrumb written as a list holds at most. */
const TRAIL_ITEMS = 8;

/** A breadcrumb trail: two separators at least (`ホーム > 県政情報 > …`), a link's `<外部リンク>` no separator. */
function isTrail(text: string): boolean {
	return (text.replace(/[<＜][^<＜>＞]{1,20}[>＞]/gu, '').match(/[>＞›»]/gu)?.length ?? 0) >= 2;
}

/**
 * A page's heading over its list of links to related pages, below the minutes, or to the body's other meetings (`過去の開催状況`,
 * `これまでの開催状況`, `過去の議事録`, `会議録一覧`).
 */
const RELATED_LINKS = /^(?:関連リンク|関連情報|関連ページ|関連記事|関連資料へのリンク|(?:過去|これまで)の(?:開催状況|開催実績|開催結果|会議|議事録|議事要旨|会議録)(?:一覧)?|(?:開催状況|開催実績|議事録|議事要旨|会議録)一覧|バックナンバー)$/u;
/** Links under that heading, at most. */
const RELATED_LINKS_MAX = 8;

/**
 * The index of a related pages' heading (`関連リンク`) over the line at `index` with only links' words between (short lines,
 * no sentence), or null.
 */
function relatedLinksAbove(lines: readonly SourceLine[], index: number, header: number): number | null {
	for (let at = index; at > header && index - at <= RELATED_LINKS_MAX; at--) {
		const text = trimSpaces(lines[at]?.text ?? '');
		if (text === '') continue;
		if (RELATED_LINKS.test(text)) return at;
		if (text.length > 40 || /[。．]/u.test(text)) return null;
	}
	return null;
}

/** An entry of a volume's index of speakers: a label alone, the person in brackets (`　○議長（岸本　誠君）`, `　○１番（工藤彩花君）`). */
const SPEAKER_INDEX_ENTRY = /^[\s\u3000]*[○◯〇◎◆][^\s\u3000（()）]{1,20}[（(][^（()）]{1,20}[）)][\s\u3000]*$/u;

/** The most blank lines between `発言者一覧` and its first entry. */
const SPEAKER_INDEX_GAP = 3;

/** Whether a line is `発言者一覧` over an entry of the index of speakers. */
function isSpeakerIndexHeading(lines: readonly SourceLine[], index: number): boolean {
	if (trimSpaces(lines[index]?.text ?? '').replace(/[\s\u3000]/gu, '') !== '発言者一覧') return false;
	let at = index + 1;
	while (at < lines.length && at - index <= SPEAKER_INDEX_GAP && (lines[at]?.text.trim() ?? '') === '') at++;
	const next = lines[at]?.text ?? '';
	return next.length <= 60 && SPEAKER_INDEX_ENTRY.test(next);
}

/** The lines with those of web-page navigation (`isWebChrome`, link text in the first lines, a contact block) blanked, line numbers kept; null when there is none. */
function blankWebChrome(lines: readonly SourceLine[]): { lines: SourceLine[]; first: number; count: number } | null {
	let first: number | null = null;
	let count = 0;
	let texts = 0;
	// A page's link text stands above the header's first section (`出席者`, `日時`), never among the minutes.
	let top = true;
	/** Lines left of a page's contact block (`このページに関するお問い合わせ` / `健康福祉部介護保険課` / `電話：…`). */
	let contact = 0;
	// A web clipper's front matter at the top (`---` / `title: "…"` / `source: https://…` / `created: …` / `---`): the page's
	// metadata, no part of the minutes.
	const matter = frontMatter(lines)?.end ?? 0;
	const blanked = lines.map((source, index) => {
		if (source.text.trim() === '') return source;
		if (index < matter) {
			first ??= source.line;
			count++;
			return { ...source, text: '' };
		}
		texts++;
		if (top && matchSectionLine(source.text) !== null) top = false;
		// (A Markdown copy writes the navigation as links, `[メインコンテンツへスキップ](#main)`, `- [ホーム](https://…)`, and the
		// contact block's heading as a heading, `## お問い合わせ先`: read as their text.)
		const shown = unlinked(source.text);
		const text = trimSpaces(shown.replace(/^#{1,6}[\s\u3000]+/u, ''));
		if (isContactHeading(text)) contact = CONTACT_LINES;
		// (A label the header or the text opens with, `審議経過（議事録）`, or a heading in brackets, `《議題１　…》`, ends the block.)
		else if (contact > 0 && (text.length > 40 || /[。．]/u.test(text) || matchSectionLine(source.text) !== null || /^[《≪【〈＜<]/u.test(text))) contact = 0;
		else if (contact > 0) contact--;
		// (`発言者一覧` over `　○議長（岸本　誠君）` … is a printed volume's index of speakers, no viewer's link.)
		if (contact === 0 && (!isWebChrome(shown) || isSpeakerIndexHeading(lines, index)) && !isPageFooter(shown) && !(top && texts <= LINK_TEXT_LINES && (isLinkText(shown) || isSiteContact(shown))) && !(top && (isPageButton(shown) || isLogo(source.text)))) return source;
		first ??= source.line;
		count++;
		return { ...source, text: '' };
	});
	const blank = (index: number): void => {
		const source = blanked[index];
		if (!source || source.text.trim() === '') return;
		first = first === null ? source.line : Math.min(first, source.line);
		count++;
		blanked[index] = { ...source, text: '' };
	};
	const header = blanked.findIndex((source) => matchSectionLine(source.text) !== null);
	// A CMS's marker where the page's content starts (`ここから本文です。`) above the header: what stands above it is the
	// site's; its marker where the content ends (`本文ここまで`) below the header: what follows (a sidebar, the footer) too.
	// (The markers are navigation themselves, blanked above: they are looked for in the lines as given.)
	const start = lines.findIndex((source, index) => (header === -1 || index < header) && isContentStart(source.text));
	for (let index = 0; index < start; index++) blank(index);
	// A Markdown copy's breadcrumb as a list of links (`- [ホーム](…)` / `- [政策・仕事](…)` / `- 物流DX検討会（第4回）議事要旨`).
	const home = lines.findIndex((source, index) => (header === -1 || index < header) && index < TRAIL_WITHIN && /^[\s\u3000]*[-*+][\s\u3000]+\[/u.test(source.text) && /^(?:ホーム|トップ|トップページ|TOP|Home)$/u.test(unlinked(source.text)));
	for (let index = home; home !== -1 && index < lines.length && index < home + TRAIL_ITEMS && /^[\s\u3000]*[-*+][\s\u3000]+\S/u.test(lines[index]?.text ?? ''); index++) blank(index);
	// So is what stands above the breadcrumb trail (`ホーム > 県政情報 > …`) when navigation stands there too (the site's
	// menu: `サイト内検索` / `検索の使い方` / `くらし・環境` …): the page's title comes below the trail.
	const trail = lines.findLastIndex((source, index) => (header === -1 || index < header) && index < TRAIL_WITHIN && isTrail(source.text) && (blanked[index]?.text.trim() ?? '') === '' && source.text.trim() !== '');
	if (trail > 0 && lines.slice(0, trail).some((source, index) => source.text.trim() !== '' && (blanked[index]?.text.trim() ?? '') === '')) for (let index = 0; index < trail; index++) blank(index);
	const end = lines.findIndex((source, index) => index > Math.max(header, start) && isContentEnd(source.text));
	if (end !== -1) for (let index = end + 1; index < blanked.length; index++) blank(index);
	// The page's last lines after the minutes: its buttons, the site's name and address among its footer (`ページの先頭へ戻る` /
	// `厚生労働省` / `法人番号…` / `〒…`), when a line of navigation or a footer stands among them.
	let from = blanked.length;
	let footer = false;
	for (let index = blanked.length - 1; index > header; index--) {
		const text = blanked[index]?.text ?? '';
		const original = lines[index]?.text ?? '';
		if (text.trim() === '') {
			footer ||= original.trim() !== '';
			from = index;
			continue;
		}
		if (!(isPageButton(text) || isSiteName(text) || isSiteContact(text))) {
			// `関連リンク` / `省エネルギー小委員会` (a link's words) over the footer: the page's list of related pages, never minutes text.
			const heading = relatedLinksAbove(blanked, index, header);
			if (heading === null) break;
			from = heading;
			index = heading;
			continue;
		}
		from = index;
	}
	if (footer) for (let index = from; index < blanked.length; index++) blank(index);
	// A site's name among the navigation above the header (`本文へ` / `経済産業省` / `文字サイズ変更`).
	const withText = lines.flatMap((source, index) => (source.text.trim() === '' ? [] : [index]));
	const navigation = (index: number | undefined): boolean => index !== undefined && (blanked[index]?.text.trim() ?? '') === '';
	for (const [k, index] of withText.entries()) {
		if (header !== -1 && index >= header) break;
		if (isSiteName(lines[index]?.text ?? '') && navigation(withText[k - 1]) && navigation(withText[k + 1])) blank(index);
	}
	return first === null ? null : { lines: blanked, first, count };
}

/** Read one meeting's document with its reader, the council reader stepping in for an assembly's or the Diet's layout without turns it knows, the plain reader for a dated document no reader could read. */
function readOne(reader: Reader, document: SourceDocument, options: ParseOptions, numbers: readonly Diagnostic[]): ParseResult[] {
	const results = reader.read(document, options);
	if (reader.family === 'ndl-json') return results;
	return results.map((result) => {
		if (result.meeting !== null || result.diagnostics.some((d) => d.severity === 'error' && NO_FALLBACK.has(d.code))) return { ...result, diagnostics: [...numbers, ...result.diagnostics] };
		// An assembly's or the Diet's layout whose turns name no member (a village's 全員協議会: `○議長　　皆さん…`, `○村長　　…`)
		// is read as a council's record is, before the plain reader keeps it as paragraphs.
		if ((reader.family === 'assembly' || reader.family === 'diet') && result.diagnostics.some((d) => d.code === 'no-body')) {
			const council = councilReader.read(document, options)[0];
			if (council?.meeting && council.meeting.remarks.length > 0) return { ...council, diagnostics: [...numbers, ...council.diagnostics] };
		}
		const plain = readPlain(document, options, result.diagnostics) ?? result;
		return { ...plain, diagnostics: [...numbers, ...plain.diagnostics] };
	});
}

/** Parse the text of one minutes document (the first meeting of a seed that holds several). */
export function parseMinutes(text: string, options: ParseOptions): ParseResult {
	const [first] = parseDocuments(text, options);
	return first ?? noRecord(null, [], [error('empty', null, 'the file holds no meeting')]);
}
