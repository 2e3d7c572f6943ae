/**
 * Google Meet's documents saved as text, as Google Docs writes them since Gemini takes the notes: the notes (`📝 メモ` /
 * the day / the meeting's name / `招待済み …` / `要約` / `詳細` / `推奨される次のステップ`) and the transcript (`📖 文字起こし` /
 * the day / `定例会議 - 文字起こし` / `00:00:00` / `石川 真理: …`), alone or the transcript after the notes (English too:
 * `📝 Notes`, `📖 Transcript`, `Invited`, `Summary`, `Details`, `Suggested next steps`). Before any reader sees the text the
 * document becomes the lines the readers know: the meeting's name first, its day, those invited and those who speak as
 * `参加者` (the turns are read as such by their names), the notes' headings as `■` headings, their `* ` bullets as `- `;
 * in both forms of the transcript (this one and the first, `出席者` / … / `文字起こし`), one speaker's lines in a row are one turn.
 * Every line keeps its number; the lines added take the header's.
 */
import { findDate } from './date.ts';
import { nextNonBlank, trimSpaces, type SourceLine } from './normalize.ts';

/** The head of the document, its kind after a pen's or a book's emoji: `📝 メモ`, `📖 文字起こし`, `📖 Transcript`. */
const HEAD = /^(?:📝|📖)\uFE0F?[ \t\u3000]*(?<kind>メモ|文字起こし|Notes|Transcript)$/u;
/** The kinds that head a transcript. */
const TRANSCRIPT_KIND = /^(?:文字起こし|Transcript)$/u;
/** The transcript's name for itself under or over the day: `採用面談 - 文字起こし`, `Weekly sync - Transcript`. */
const TRANSCRIPT_NAME = /^\S.{0,80}?[ \t]+-[ \t]+(?:文字起こし|Transcript)$/u;
/** The notes' line of those invited: `招待済み 田村 和也 今井 さくら`, `招待者: …`, `Invited Alice Smith Bob Jones`. */
export const INVITED = /^(?:招待済み|招待者|Invited)[ \t\u3000:：]+(?<names>\S.*)$/u;
/** The notes' links to the meeting's invitation and its recording (`添付ファイル 定例会議`, `会議の録画`): no text once saved so. */
const LINKS = /^(?:添付ファイル|会議の録画|会議の録音|Attachments|Meeting records)(?:[ \t\u3000:：].{0,200})?$/u;
/** The notes' headings, each alone on its line. */
const NOTES_HEADING = /^(?:要約|概要|まとめ|詳細|推奨される次のステップ|次のステップ|Summary|Details|Suggested next steps)$/u;
/** The notes' heading over the next steps: `推奨される次のステップ`, `Suggested next steps`. */
const NEXT_STEPS = /^(?:推奨される次のステップ|次のステップ|Suggested next steps)$/u;
/** A next step with its owner in brackets before it, bulleted or not: `[中島 優子] 案の修正: …`, `* [Kate Lee] Update the plan.`. */
const OWNED_STEP = /^(?:\*[ \t]+)?\[[^\[\]]{1,60}\][ \t\u3000]*\S/u;
/** A bullet as Google Docs writes a list's item in text: `* ` (deeper items indented). */
const STAR_BULLET = /^(?<indent>[ \t]*)\*[ \t]+(?=\S)(?!\[[ xX]\])/u;
/** The speaker before the words on a transcript's line: `石川 真理: …`, `Kevin Lee: …` (no clock, no sentence). */
const SPEAKER = /^(?<speaker>[^:：。、！？!?<>\s*・\-][^:：。、！？!?<>]{0,29}?)[ \t]*[:：][ \t]*(?=\S)/u;
/** The meeting's name with its day and time and the document's kind, as Gemini names its notes: `運営会議 - 2024/11/19 15:00 JST - Gemini によるメモ`. */
const NAME_WITH_TIME = /^(?<name>\S.{0,80}?)[ \t]+-[ \t]+(?<day>[0-9]{4}\/[0-9]{1,2}\/[0-9]{1,2})[ \t]+(?<time>[0-9]{1,2}:[0-9]{2})(?:[ \t]+(?:[A-Z]{2,5}|GMT[+-][0-9:]{1,5}))?[ \t]+-[ \t]+(?:Gemini によるメモ|Notes by Gemini)$/u;
/** A clock's time inside a line: `15:00`. */
const CLOCK = /[0-9]{1,2}[:：][0-9]{2}/gu;
/** A time mark of the transcript alone on its line: `00:05:00`. */
const TIME_MARK = /^[0-9]{1,2}:[0-5][0-9]:[0-5][0-9]$/u;
/** A mail address, as a person without a name in the directory is invited. */
const ADDRESS = /^[^\s@]{1,64}@[^\s@]{1,255}$/u;
/** A word of a Japanese name. */
const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ]{1,10}$/u;
/** A word of a name in Latin letters. */
const LATIN = /^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'.-]{0,29}$/u;

/**
 * Those invited, as written on the notes' line: split at commas when there are any, else each name two words (surname and
 * given name, a Latin name's two words), a mail address one; null when the words do not pair so (a name of one word or of
 * three among them), and the line then stays as written.
 */
export function invitedNames(names: string): string[] | null {
	if (/[、,，]/u.test(names)) {
		const listed = names.split(/[、,，]/u).map((name) => trimSpaces(name)).filter((name) => name !== '');
		return listed.length > 0 ? listed : null;
	}
	const words = names.split(/[ \t\u3000]+/u).filter((word) => word !== '');
	if (words.length > 60) return null;
	const out: string[] = [];
	for (let i = 0; i < words.length; ) {
		const word = words[i] ?? '';
		if (ADDRESS.test(word)) {
			out.push(word);
			i += 1;
			continue;
		}
		const next = words[i + 1] ?? '';
		const script = JAPANESE.test(word) ? JAPANESE : LATIN.test(word) ? LATIN : null;
		if (script === null || !script.test(next)) return null;
		// (Three words of one script in a row make no pairs one can be sure of: the run is paired only when even.)
		let run = i;
		while (run < words.length && script.test(words[run] ?? '')) run++;
		if ((run - i) % 2 !== 0) return null;
		for (; i < run; i += 2) out.push(`${words[i]} ${words[i + 1]}`);
	}
	return out.length > 0 ? out : null;
}

/** The speakers of a transcript's lines, in the order they first speak (only lines between its time marks count). */
function speakersOf(lines: readonly SourceLine[]): string[] {
	const speakers = new Set<string>();
	let timed = false;
	for (const line of lines) {
		const text = line.text.trim();
		if (TIME_MARK.test(text)) timed = true;
		const speaker = timed && !TIME_MARK.test(text) && text.length <= 100_000 ? SPEAKER.exec(text.slice(0, 60))?.groups?.speaker : undefined;
		if (speaker !== undefined) speakers.add(trimSpaces(speaker));
	}
	return [...speakers];
}

/**
 * The day and the meeting's name under a document's head, in either order (the transcript writes the day first, then
 * `定例会議 - 文字起こし`); null when the two lines after the head are not a day and a name.
 */
function dayAndName(lines: readonly SourceLine[], head: number): { day: number; name: number } | null {
	const first = nextNonBlank(lines, head + 1);
	const second = first === -1 ? -1 : nextNonBlank(lines, first + 1);
	if (second === -1) return null;
	const dated = (index: number): boolean => {
		const text = lines[index]?.text.trim() ?? '';
		return text.length <= 40 && findDate(text)?.ok === true;
	};
	const named = (index: number): boolean => {
		const text = lines[index]?.text.trim() ?? '';
		// (The meeting's name with its day and time, `運営会議 - 2024/11/19 15:00 JST - Gemini によるメモ`, is no speaker's line:
		// the time's colon had been read as a speaker's, and the notes as no Meet document.)
		return text.length <= 120 && !dated(index) && !TIME_MARK.test(text) && !INVITED.test(text) && !SPEAKER.test(text.replace(CLOCK, ''));
	};
	if (dated(first) && named(second)) return { day: first, name: second };
	if (named(first) && dated(second)) return { day: second, name: first };
	return null;
}

/** The body's label of Meet's transcript in its first form, after the attendees: `文字起こし`, `Transcript`. */
const TRANSCRIPT_LABEL = /^(?:文字起こし|Transcript)$/u;
/** The attendees' label of that form: `出席者`, `Attendees`. */
const ATTENDEES_LABEL = /^(?:出席者|Attendees)$/u;

/**
 * One speaker's lines in a row, with no time mark between (`北村 彩花: はい。…` / `北村 彩花: 来週には…`, as Meet writes a
 * speaker's talk over several lines), as one turn: the name is left off the lines after the first, which go on its words.
 * Lines from `from` on are looked at; null when no speaker's line follows their own.
 */
function joinRepeatedSpeakers(lines: readonly SourceLine[], from: number): SourceLine[] | null {
	let last: string | null = null;
	let joined = false;
	const out = lines.map((source, index) => {
		if (index < from) return source;
		const text = source.text.trim();
		if (TIME_MARK.test(text)) {
			last = null;
			return source;
		}
		const found = text.length <= 100_000 ? SPEAKER.exec(text.slice(0, 60)) : null;
		const speaker = found?.groups?.speaker === undefined ? null : trimSpaces(found.groups.speaker);
		if (speaker === null || !found) {
			if (text !== '') last = null;
			return source;
		}
		const again = speaker === last;
		last = speaker;
		if (!again) return source;
		joined = true;
		return { line: source.line, text: text.slice(found[0].length) };
	});
	return joined ? out : null;
}

/**
 * Meet's transcript in its first form (the name and day / `出席者` / the attendees / `文字起こし` / `00:00:00` / the turns) with
 * one speaker's lines in a row joined as one turn; null for any other text, or when no speaker's line follows their own.
 */
function joinMeetTranscript(lines: readonly SourceLine[]): SourceLine[] | null {
	const top = lines.slice(0, 12).map((line) => line.text.trim());
	const attendees = top.findIndex((text) => ATTENDEES_LABEL.test(text));
	const label = top.findIndex((text, index) => index > attendees && TRANSCRIPT_LABEL.test(text));
	if (attendees === -1 || label === -1 || !top.slice(label + 1).some((text) => TIME_MARK.test(text))) return null;
	return joinRepeatedSpeakers(lines, label + 1);
}

/**
 * Google Meet's notes or transcript saved as text, as the readers know minutes, and the line numbers of the notes' links
 * left out (`添付ファイル …`, `会議の録画 …`, which say nothing without their links); null for any other text.
 */
export function rewriteMeetDocument(lines: readonly SourceLine[]): { lines: SourceLine[]; links: number[] } | null {
	const head = nextNonBlank(lines, 0);
	// (Notes saved without their head open with Gemini's name for them, `運営会議 - 2024/11/19 15:00 JST - Gemini によるメモ`, which
	// gives the day too: they had been read as a plain document, those invited as text.)
	const headless = head !== -1 && NAME_WITH_TIME.test(lines[head]?.text.replace(/^\uFEFF/u, '').trim() ?? '');
	// (So does the transcript without its head: the day over `採用面談 - 文字起こし`, the turns under them.)
	const bare = head === -1 || headless ? null : dayAndName(lines, head - 1);
	const bareTranscript = bare !== null && TRANSCRIPT_NAME.test(lines[bare.name]?.text.trim() ?? '');
	const kind = head === -1 ? undefined : headless ? 'メモ' : bareTranscript ? '文字起こし' : HEAD.exec(lines[head]?.text.replace(/^\uFEFF/u, '').trim() ?? '')?.groups?.kind;
	if (kind === undefined) {
		const notes = head === -1 ? null : rewriteDocsMeetingNotes(lines, head);
		if (notes) return notes;
		const joined = joinMeetTranscript(lines);
		return joined ? { lines: joined, links: [] } : null;
	}
	const top = headless ? { day: head, name: head } : bareTranscript ? bare : dayAndName(lines, head);
	if (!top) return null;
	const transcript = TRANSCRIPT_KIND.test(kind);
	const line = lines[head]?.line ?? 1;
	const name = lines[top.name]!;
	const day = lines[top.day]!;
	// A transcript after the notes: its own head, day and name repeat the notes' (the day and the name are left as written).
	const transcriptHead = transcript ? head : lines.findIndex((source, index) => index > top.name && HEAD.test(source.text.trim()) && TRANSCRIPT_KIND.test(HEAD.exec(source.text.trim())?.groups?.kind ?? ''));
	const speakers = transcriptHead === -1 ? [] : speakersOf(lines.slice(transcriptHead + 1));
	// (Under the transcript's own head after the notes, its day and name say again the notes' day and name: left out.)
	const again = transcript || transcriptHead === -1 ? null : dayAndName(lines, transcriptHead);
	const iso = (text: string): string | null => {
		const found = findDate(text);
		return found?.ok === true ? found.iso : null;
	};
	const repeated = again !== null && iso(lines[again.day]?.text ?? '') === iso(day.text) && (lines[again.name]?.text.trim() ?? '').startsWith(name.text.trim()) ? again : null;
	const invitedAt = transcript ? -1 : lines.findIndex((source, index) => index > top.name && index < top.name + 4 && INVITED.test(source.text.trim()));
	const invitedText = invitedAt === -1 ? '' : (INVITED.exec(lines[invitedAt]?.text.trim() ?? '')?.groups?.names ?? '');
	const invited = invitedAt === -1 ? [] : invitedNames(invitedText);
	const people = [...new Set([...(invited ?? []), ...speakers])];
	// (`運営会議 - 2024/11/19 15:00 JST - Gemini によるメモ`: the meeting's name, its day and time, the document's kind; the name
	// alone titles it and the time goes with the day, as the start.)
	const named = NAME_WITH_TIME.exec(name.text.trim())?.groups;
	const sameDay = named !== undefined && findDate(named.day ?? '')?.ok === true && iso(named.day ?? '') === iso(day.text);
	const dayText = headless ? (named?.day ?? '') : day.text.trim();
	const out: SourceLine[] = sameDay ? [{ line: name.line, text: named.name ?? '' }, { line: day.line, text: `${dayText} ${named.time ?? ''}` }] : [name, day];
	const links: number[] = [];
	if (people.length > 0) out.push({ line: invitedAt === -1 || invited === null ? line : lines[invitedAt]!.line, text: `参加者: ${people.join('、')}` });
	out.push({ line, text: '' });
	// (The transcript alone: its turns are the text from the start.)
	if (transcript) out.push({ line, text: '文字起こし' }, { line, text: '' });
	let steps = false;
	for (const [index, source] of lines.entries()) {
		if (index === head || index === top.day || index === top.name || index === repeated?.day || index === repeated?.name) continue;
		const text = source.text.trim();
		if (index === invitedAt && invited !== null) continue;
		if (!transcript && index > top.name && index < top.name + 8 && LINKS.test(text)) {
			links.push(source.line);
			continue;
		}
		// The line of those invited whose names do not pair stays as written, a line of its own.
		if (index === invitedAt) out.push({ line: source.line, text: `招待済み: ${invitedText}` }, { line: source.line, text: '' });
		else if (index === transcriptHead) out.push({ line: source.line, text: '' }, { line: source.line, text: `■${HEAD.exec(text)?.groups?.kind ?? text}` });
		else if (transcriptHead !== -1 && index > transcriptHead) out.push(source);
		else if (NOTES_HEADING.test(text)) {
			out.push({ line: source.line, text: '' }, { line: source.line, text: `■${text}` });
			steps = NEXT_STEPS.test(text);
		}
		// (A next step with its owner in brackets, `[中島 優子] 案の修正: …`, is a point of the notes: it had been read as a turn
		// of the owner's.)
		else if (!transcript && steps && OWNED_STEP.test(text)) out.push({ line: source.line, text: `- ${text.replace(/^\*[ \t]+/u, '')}` });
		else if (!transcript) out.push({ line: source.line, text: source.text.replace(STAR_BULLET, '$<indent>- ') });
		else out.push(source);
	}
	// (One speaker's lines in a row in the transcript are one turn.)
	const body = transcript ? 0 : out.findIndex((source) => source.line === lines[transcriptHead]?.line);
	return { lines: (transcriptHead === -1 ? null : joinRepeatedSpeakers(out, Math.max(body, 0))) ?? out, links };
}

/** The first line of Google Docs' meeting notes (its building block): the day, a bar, the meeting's name (`2024年10月15日 | 開発チーム定例`). */
const DOCS_NOTES_HEAD = /^(?<day>[^|｜]{4,40}?)[ \t\u3000]*[|｜][ \t\u3000]*(?<name>\S.{0,118})$/u;
/** That block's line of attendees: `出席者: 林 浩二 佐々木 美穂`, `Attendees: …`. */
const DOCS_ATTENDEES = /^(?:出席者|参加者|Attendees)[ \t\u3000]*[:：][ \t\u3000]*(?<names>\S.*)$/u;
/** That block's headings, each alone on its line: its notes and its action items. */
const DOCS_NOTES_HEADING = /^(?:メモ|アクション[ \u3000]?アイテム|Notes|Action items)$/u;
/** The action items' heading. */
const DOCS_ACTIONS = /^(?:アクション[ \u3000]?アイテム|Action items)$/u;
/** A check box before an action item as the text keeps it (`☐ `, `☑ `, `[ ] `), or none (a space where the box was). */
const CHECK_BOX = /^[ \t\u3000]*(?:[☐☑☒□■]|\[[ xX]\]|[*・-])?[ \t\u3000]*/u;

/**
 * A topic's line in the notes: short, no sentence, after a blank line and over the topic's words (`QA` / `佐々木 美穂 によると…`),
 * as notes are typed under `メモ`; it heads what follows it (read as words over a turn, `QA` had been an anonymised speaker's label).
 */
function isTopicLine(lines: readonly SourceLine[], index: number): boolean {
	const text = lines[index]?.text.trim() ?? '';
	const after = lines[index + 1]?.text.trim() ?? '';
	return text !== '' && text.length <= 30 && !/[。．.、，,:：]/u.test(text) && (lines[index - 1]?.text.trim() ?? '') === '' && after !== '' && !DOCS_NOTES_HEADING.test(after);
}

/**
 * Google Docs' meeting notes (the `@会議メモ` building block) saved as text: the day and the meeting's name on the first line
 * apart by a bar, `出席者:` with the attendees' names, `添付ファイル:` (the invitation's link, no text once saved), `メモ` over
 * the notes and `アクション アイテム` over the action items. As the readers know minutes: the name, the day, the attendees as
 * `参加者` (paired as those invited to a Meet are; as written when they do not pair), the two headings as `■` headings and each
 * action item a list item. Null unless the first line is a day and a name apart by a bar with the block's attendees or headings
 * within the next lines.
 */
function rewriteDocsMeetingNotes(lines: readonly SourceLine[], head: number): { lines: SourceLine[]; links: number[] } | null {
	const first = lines[head]!;
	const found = first.text.length <= 200 ? DOCS_NOTES_HEAD.exec(first.text.replace(/^\uFEFF/u, '').trim())?.groups : undefined;
	const day = found?.day?.trim() ?? '';
	const name = found?.name?.trim() ?? '';
	if (day === '' || name === '' || findDate(day)?.ok !== true || findDate(name)?.ok === true) return null;
	// (The block's own lines within its first lines: the attendees or its notes' heading.)
	const near = lines.slice(head + 1, head + 8).map((line) => line.text.trim());
	if (!near.some((text) => DOCS_ATTENDEES.test(text) || DOCS_NOTES_HEADING.test(text))) return null;
	const out: SourceLine[] = [{ line: first.line, text: name }, { line: first.line, text: day }];
	const links: number[] = [];
	let actions = false;
	for (const [index, source] of lines.entries()) {
		if (index <= head) continue;
		const text = source.text.trim();
		const attendees = index < head + 8 ? DOCS_ATTENDEES.exec(text)?.groups?.names : undefined;
		if (attendees !== undefined) {
			const names = invitedNames(attendees);
			out.push({ line: source.line, text: names === null ? `参加者: ${attendees}` : `参加者: ${names.join('、')}` });
		} else if (index < head + 8 && LINKS.test(text)) links.push(source.line);
		else if (DOCS_NOTES_HEADING.test(text)) {
			actions = DOCS_ACTIONS.test(text);
			out.push({ line: source.line, text: '' }, { line: source.line, text: `■${text}` });
		} else if (actions && text !== '') out.push({ line: source.line, text: `- ${source.text.replace(CHECK_BOX, '')}` });
		else if (!actions && isTopicLine(lines, index)) out.push({ line: source.line, text: `■${text}` });
		else out.push(source);
	}
	return { lines: out, links };
}
