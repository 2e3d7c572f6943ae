/**
 * An online meeting's transcript as its app saves it, in a subtitle format: WebVTT (Microsoft Teams: `<v 森 智子>…</v>`;
 * Zoom's cloud recording: `藤井 直人: …`) or SubRip (`.srt`, as transcription services such as Notta export it, the speaker
 * before the timing: `話者1 00:00:00,000 --> 00:00:06,800`), or YouTube's SubViewer captions (`.sbv`: `0:00:00.599,0:00:04.160`), or
 * Whisper's timed lines saved as text
 * (`[00:00:00.000 --> 00:00:04.200]  それでは…`). Before any reader sees the text it becomes the lines the
 * readers know: a title, `日時` (the text's own date line, else the date in the file's name, as the apps name their files:
 * `…2024-10-07.vtt`, Zoom's `GMT20241114-050012_Recording.transcript.vtt`, whose time is UTC and becomes the start in
 * Japan's time), the speakers as `参加者`, and each speaker's run of cues as one stamped turn (`[0:00:03] 森 智子: …`, the
 * time into the recording). Cue numbers, timings, styles and notes are left out, markup tags taken out of the words. Every
 * line keeps its number; the header's lines take the first cue's.
 */
import { dateInFileName, FILE_NAME_DATE, findDate } from './date.ts';
import { isMemberNotice, isSpeakerLabel, isToolLine, RECORDING_TIME, RECORDING_TIME_ALONE, stampedName, surnameFirstName, timedTurn, withoutAccountMark } from './lines.ts';
import { isNumberedSpeaker, speaksBeforeColon } from './names.ts';
import { matchForm, nextNonBlank, wrapSeparator, type SourceLine } from './normalize.ts';

/** A cue's time, as a regex source: the time with its fraction after `.` or `,` (`00:00:03.120`, `00:00:00,000`). */
const CUE_TIME = `${RECORDING_TIME}[.,][0-9]{1,3}`;
/** A cue's timing line: `00:00:03.120 --> 00:00:09.340 align:start`, `00:00:00,000 --> 00:00:06,800`; an SRT speaker may stand before it. */
const TIMING = new RegExp(`^(?:(?<speaker>\\S.{0,40}?)[ \\t]+)?(?<start>${CUE_TIME})[ \\t]+-->[ \\t]+${CUE_TIME}(?:[ \\t].{0,200})?$`, 'u');
/** A cue's timing in YouTube's SubViewer captions (`.sbv`, as YouTube Studio downloads them): `0:00:00.599,0:00:04.160`. */
const SBV_TIMING = new RegExp(`^(?<start>${CUE_TIME}),(?<end>${CUE_TIME})$`, 'u');
/** A timed line of Whisper's text output (whisper.cpp, the `whisper` command's console): `[00:00:00.000 --> 00:00:04.200]  それでは…`. */
const TIMED_LINE = new RegExp(`^\\[(?<start>${CUE_TIME})[ \\t]*-->[ \\t]*${CUE_TIME}\\][ \\t]*(?<words>.*)$`, 'u');
/** WebVTT's first line, maybe with a title after it: `WEBVTT`, `WEBVTT - 企画会議`. */
const WEBVTT = /^\uFEFF?WEBVTT(?:[ \t]+(?:-[ \t]+)?(?<title>\S.{0,100}))?$/u;
/** A cue's id that names its speaker, as Webex writes it: `1 "山田 太郎" (2918342912)`. */
const NAMED_CUE_ID = /^[0-9]{1,6}[ \t]+"(?<speaker>[^"\s][^"]{0,59})"(?:[ \t]+\([0-9]{1,20}\))?$/u;
/** A block of WebVTT that is no cue: `NOTE …`, `STYLE`, `REGION`. */
const NON_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/u;
/** The name in Latin letters after a Japanese display name, as a company's directory gives it: `森川　智子(Morikawa, Tomoko)`. */
const ROMANIZED = /[\s\u3000]*[(（][A-Za-z][A-Za-z'-]*,[ \t]*[A-Za-z][A-Za-z' -]*[)）]$/u;

/**
 * The display name without its name in Latin letters, when what is left is Japanese; a name written surname first with a
 * comma as one person's: `田中, 一郎 (Tanaka, Ichiro)` → `田中 一郎`, `Tanaka, Ichiro` → `Ichiro Tanaka`; an app's account mark
 * after it is left out (`withoutAccountMark`).
 */
function displayName(tagged: string): string {
	const voice = withoutAccountMark(tagged);
	const japanese = voice.replace(ROMANIZED, '');
	const name = japanese !== voice && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(japanese) ? japanese.trim() : voice;
	return surnameFirstName(name) ?? name;
}

/** Teams' voice tag: `<v 森 智子>…</v>`, `<v.loud Ichiro Tanaka (Guest)>`. */
const VOICE = /^<v(?:\.[^ \t>]{1,20})*[ \t]+(?<speaker>[^>]{1,60})>/u;
/** Zoom's and other tools' speaker before the words: `藤井 直人: …`, `Ichiro Tanaka: …` (no clock, no sentence). */
const NAMED = /^(?<speaker>[^:：。、！？!?<>\s][^:：。、！？!?<>]{0,29}?)[ \t]*[:：][ \t]*(?=\S)/u;
/** A speaker in square brackets before the words, as captioners write it: `[山本] はい、山本です。`, `【司会】…`, `［質問者A］…`. */
const BRACKETED = /^(?:\[(?<square>[^\[\]\s][^\[\]]{0,29})\]|【(?<lenticular>[^【】\s][^【】]{0,29})】|［(?<wide>[^［］\s][^［］]{0,29})］)[ \t\u3000]*(?=\S)/u;
/** A post or a name in round brackets before the words, as an assembly's video captions write who speaks: `（議長）ただいまから…`, `（木村議員）はい。`. */
const ROUND_LABEL = /^[（(](?<round>[^（）()\s\u3000][^（）()]{0,19})[）)][ \t\u3000]*(?=\S)/u;

/** The words after a speaker's label at their start, and the label's parts; null without one. (Only the first characters are looked at: a cue may be one very long line.) */
function labelled(words: string, label: RegExp): { parts: Record<string, string | undefined>; text: string } | null {
	const found = label.exec(words.slice(0, 80));
	return found ? { parts: found.groups ?? {}, text: words.slice(found[0].length).trim() } : null;
}
/** Sounds a caption names in brackets, never a speaker: `[音楽]`, `[拍手]`, `[Music]`. */
const SOUNDS = /^(?:音楽|拍手|笑|笑い|笑い声|歓声|どよめき|効果音|無音|雑音|Music|Applause|Laughter|Silence|Inaudible)$/iu;
/** A cue that is all in brackets: a stage direction (`（拍手）`, `[音楽]`, `(笑)`), no one's words. */
const STAGE = /^(?:[（(](?<round>[^（）()]{1,30})[）)]|\[(?<square>[^\[\]]{1,30})\]|［(?<wide>[^［］]{1,30})］|【(?<lenticular>[^【】]{1,30})】|〔(?<shell>[^〔〕]{1,30})〕)$/u;

/** A stage direction as the readers know one: in round brackets as written when it reads as one there (`（拍手）`), else in 〔〕. */
function stageLine(text: string): string {
	const groups = STAGE.exec(text)?.groups ?? {};
	const round = groups.round;
	if (round !== undefined && /^(?=.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[^。．.]{2,30}$/u.test(round)) return text;
	return `〔${(round ?? groups.square ?? groups.wide ?? groups.lenticular ?? groups.shell ?? '').trim()}〕`;
}

/** Markup inside a cue's words: `<i>`, `</v>`, `<c.yellow>`, `<00:00:05.120>`. */
const TAG = /<\/?[a-z](?:[^<>]{0,60})>|<[0-9:.]{5,12}>/gu;
/** The mark captions put where the speaker changes, naming no one: `>> 皆さんこんにちは。`. */
const SPEAKER_CHANGE = /^>>[ \t]*/u;
/** The character references WebVTT writes, and what they stand for. */
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '' };
const ENTITY = new RegExp(Object.keys(ENTITIES).join('|'), 'gu');
/** What a transcript's file name says besides the meeting: the tool's words, its extensions. */
const NAME_FURNITURE = /(?:meeting[ _]saved[ _](?:closed[ _])?(?:captions?|chat|transcript)|_?Recording|\.?transcript|transcription|captions?|subtitles?|youtube|teams|zoom|字幕|文字起こし|(?<![A-Za-z])(?:whisper(?:x|\.cpp)?|notta|otter(?:\.ai)?|clova[ _-]?note|tl;?dv|rimo(?:[ _-]?voice)?|plaud(?:[ _-]?note)?|webex|fireflies)(?![A-Za-z]))/giu;

/** A cue: its first line's number, its start, its speaker (when it names one), its words, its lines as written when it names no speaker, and whether it is a stage direction. */
export interface Cue {
	line: number;
	start: string;
	speaker: string | null;
	text: string;
	lines?: string[];
	stage?: boolean;
	/** The speaker was named by a captioner's label in brackets (`[山本]`, `（議長）`), written where the speaker changes. */
	captioned?: boolean;
	/** The cue opens with the captions' mark of another speaker (`>>`). */
	change?: boolean;
}

/**
 * Captions that name the speaker in brackets name them where the speaker changes: the cues after a labelled one, up to the
 * next label (or the `>>` of another speaker), are the same speaker's words (an assembly's chair reads `日程第1、…` in a cue
 * of its own). Stage directions between them stay notes.
 */
function carrySpeakers(cues: readonly Cue[]): Cue[] {
	let current: string | null = null;
	return cues.map((cue) => {
		if (cue.stage === true) return cue;
		if (cue.speaker !== null) {
			current = cue.captioned === true ? cue.speaker : null;
			return cue;
		}
		if (cue.change === true) current = null;
		return current === null ? cue : { ...cue, speaker: current, captioned: true };
	});
}

/** A dash alone on a cue's line: where a tool's cue goes on with another speaker's words, no one's words itself. */
const DASH_ALONE = /^[-‐–—]$/u;

/** A cue's lines without markup and entities, blank lines and dashes alone left out. */
function cueLines(lines: readonly string[]): string[] {
	return lines.map((line) => line.replace(TAG, '').replace(ENTITY, (entity) => ENTITIES[entity] ?? entity).trim()).filter((line) => line !== '' && !DASH_ALONE.test(line));
}

/** A name alone in round brackets on a cue's first line, the words on the lines below: `(山田 太郎)` / `本日は…`. */
const NAME_LINE = /^[（(](?<name>[^（）()\s\u3000][^（）()]{0,29})[）)]$/u;

/**
 * Transcripts that write who speaks alone in round brackets over each cue's words (`(山田 太郎)` / `本日は…`, and after a dash
 * the next speaker's in the same cue): a name that opens two cues or more so (or a post, `(議長)`) is that cue's speaker, its
 * line left out of the words. A sound or a stage direction in brackets over words (`(拍手)`) is no one.
 */
function nameLines(cues: readonly Cue[]): Cue[] {
	const opener = (cue: Cue): string | null => {
		if (cue.lines === undefined || cue.lines.length < 2) return null;
		const name = NAME_LINE.exec(cue.lines[0] ?? '')?.groups?.name?.trim() ?? '';
		return name === '' || SOUNDS.test(name) ? null : name;
	};
	const counts = new Map<string, number>();
	for (const cue of cues) {
		const name = opener(cue);
		if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	if (counts.size === 0) return [...cues];
	return cues.map((cue) => {
		const name = opener(cue);
		if (name === null || ((counts.get(name) ?? 0) < 2 && !isSpeakerLabel(name))) return cue;
		const lines = cue.lines?.slice(1) ?? [];
		const text = lines.reduce((joined, line) => joinWords(joined, line), '');
		return { line: cue.line, start: cue.start, speaker: displayName(name), text };
	});
}

/** The words of a cue's lines without markup and entities. */
function cueWords(lines: readonly string[]): string {
	return cueLines(lines).reduce((joined, line) => joinWords(joined, line), '');
}

/**
 * Two pieces of speech as one, as a wrapped line is joined (a space only between Latin words), and after a Latin sentence's
 * punctuation (`Hello,` / `world`; `…schedule.` / `テストの期間が…`, where a speaker goes on in Japanese after an English
 * sentence: the two had run together).
 */
function joinWords(before: string, after: string): string {
	if (before === '') return after;
	return `${before}${wrapSeparator(before, after) || ((/[,.!?]$/u.test(before) && /^[A-Za-z0-9]/u.test(after)) || /[A-Za-z][,.!?]$/u.test(before) ? ' ' : '')}${after}`;
}

/** `00:00:03.120` or `00:03,120` as `0:00:03` (the time into the recording, whole seconds). */
function elapsed(start: string): string {
	const [clock = ''] = start.split(/[.,]/u);
	const parts = clock.split(':').map(Number);
	while (parts.length < 3) parts.unshift(0);
	const [h = 0, m = 0, s = 0] = parts;
	return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The cue's speaker and words: from Teams' voice tag, an SRT speaker before the timing, or a name before a colon. */
function readCue(lines: readonly string[], line: number, start: string, before: string | null): Cue {
	const first = lines[0] ?? '';
	const tagged = VOICE.exec(first)?.groups?.speaker?.trim();
	const voice = tagged === undefined ? undefined : displayName(tagged);
	if (voice) return { line, start, speaker: voice, text: cueWords(lines) };
	const all = cueWords(lines);
	const words = all.replace(SPEAKER_CHANGE, '');
	if (before) return { line, start, speaker: before, text: words };
	const change = words !== all;
	const named = labelled(words, NAMED);
	// (A label in square brackets before the colon, as WhisperX writes its speakers, `[SPEAKER_00]: …`, is the label's words.)
	const speaker = (named?.parts.speaker ?? '').trim().replace(/^\[([^\[\]]+)\]$/u, '$1').trim();
	if (named && speaker !== '' && speaksBeforeColon(speaker, named.text)) return { line, start, speaker: displayName(speaker), text: named.text };
	const bracketed = labelled(words, BRACKETED);
	const label = (bracketed?.parts.square ?? bracketed?.parts.lenticular ?? bracketed?.parts.wide ?? '').trim();
	if (bracketed && label !== '' && !SOUNDS.test(label)) return { line, start, speaker: label, text: bracketed.text, captioned: true };
	// (Only a speaker's label: a sound or a stage in round brackets before the words, `（拍手）それでは…`, is no one.)
	const round = labelled(words, ROUND_LABEL);
	const post = (round?.parts.round ?? '').trim();
	if (round && isSpeakerLabel(post)) return { line, start, speaker: post, text: round.text, captioned: true };
	if (words.length <= 40 && STAGE.test(words)) return { line, start, speaker: null, text: stageLine(words), stage: true };
	return { line, start, speaker: null, text: words, lines: cueLines(lines), ...(change ? { change } : {}) };
}

/** The dash before each speaker's words where captions set several voices in one cue: `- 賛成です。`. */
const DIALOGUE_DASH = /^[-‐－–—][ \t\u3000]*/u;
/** The dash before a voice's tag where captions set several voices in one cue: `- <v 近藤 葵>はい。`. */
const DASH_BEFORE_VOICE = /^[ \t]*[-‐－–—][ \t\u3000]*(?=<v[ \t.])/u;

/**
 * A cue's words cut where another voice opens a line (`<v 近藤 愛>…</v>` over `<v 宮下 隼>…</v>` in one cue, as speakers who
 * talk over each other are captioned): each voice's lines a cue of their own at the cue's start (the second voice's words
 * had gone to the first). `firstWords` is the line number of the cue's first line of words.
 */
function readCues(words: readonly string[], line: number, firstWords: number, start: string, before: string | null): Cue[] {
	// (A dash before a voice's tag, `- <v 近藤 葵>はい。`, as WebVTT's own examples set voices over each other, goes as the dash
	// after it does: the second voice's words had gone to the first, the dashes kept.)
	const lines = words.map((text) => text.replace(DASH_BEFORE_VOICE, ''));
	const cuts = lines.flatMap((text, i) => (i > 0 && VOICE.test(text.trimStart()) ? [i] : []));
	if (cuts.length === 0) return [readCue(lines, line, start, before)];
	const bounds = [0, ...cuts, lines.length];
	// (Each voice's dash, `<v 中島 修>- 賛成です。`, as captions mark who talks over whom, is no part of the words.)
	return bounds.slice(0, -1).map((from, k) => {
		const cue = readCue(lines.slice(from, bounds[k + 1]), k === 0 ? line : firstWords + from, start, k === 0 ? before : null);
		return { ...cue, text: cue.text.replace(DIALOGUE_DASH, '') };
	});
}

/** Two lines alike but for spaces. */
function sameLine(a: string, b: string): boolean {
	return a.replace(/\s/gu, '') === b.replace(/\s/gu, '');
}

/**
 * Rolling captions (YouTube's automatic ones) show the line before again above the new one, and a cue of a few
 * milliseconds holds the old line alone: when a cue of two or more lines opens with the line that closed the cue before,
 * the captions roll, and every cue without a speaker loses the lines it repeats from the cue before (a cue of nothing
 * else goes). Each spoken line is kept once.
 */
function unroll(cues: readonly Cue[]): Cue[] {
	const rolls = cues.some((cue, i) => {
		const before = cues[i - 1]?.lines;
		return cue.lines !== undefined && cue.lines.length >= 2 && before !== undefined && before.length > 0 && sameLine(cue.lines[0] ?? '', before.at(-1) ?? '');
	});
	if (!rolls) return [...cues];
	const kept: Cue[] = [];
	let shown: readonly string[] = [];
	for (const cue of cues) {
		if (cue.lines === undefined) {
			kept.push(cue);
			shown = [];
			continue;
		}
		const lines = cue.lines;
		// The longest run of the lines shown before that this cue opens with.
		let repeated = 0;
		// (Captions roll a line or two: no more is looked for.)
		for (let k = Math.min(lines.length, shown.length, 3); k > 0; k--) {
			if (lines.slice(0, k).every((line, i) => sameLine(line, shown[shown.length - k + i] ?? ''))) {
				repeated = k;
				break;
			}
		}
		shown = lines;
		const fresh = lines.slice(repeated);
		if (fresh.length === 0) continue;
		kept.push({ ...cue, text: fresh.reduce((joined, line) => joinWords(joined, line), '').replace(SPEAKER_CHANGE, ''), lines: fresh });
	}
	return kept;
}

/** The meeting's name from a transcript file's name, without its date, the tool's words and extensions; '' when nothing is left. */
export function nameOf(source: string): string {
	// (Without the language a download names before the extension: `….ja.vtt`, `….en-US.vtt`.)
	const stem = source.replace(/^.*[\\/]/u, '').replace(/\.[A-Za-z0-9]{1,5}$/u, '').replace(/\.[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/u, '');
	// (A date written out, `企画会議_令和6年10月7日`, `企画会議（2024.10.7）`, goes as the digits' do, with its brackets.)
	const written = FILE_NAME_DATE.test(stem) ? null : findDate(stem.slice(0, 300));
	const form = written?.ok === true ? matchForm(stem).replace(written.written, ' ').replace(/[（(][\s]*[）)]/gu, ' ') : stem;
	const bare = form.replace(FILE_NAME_DATE, ' ').replace(NAME_FURNITURE, ' ').replace(/[_\s]+/gu, ' ');
	const trimmed = bare.replace(/^[\s\-–.0-9a-z]*(?=[^\s\-–.0-9a-z])/u, '').replace(/[\s\-–_.]+$/u, '').trim();
	return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(trimmed) ? trimmed : '';
}

/** A line's speaker and time into the recording (`00:00:03 話者1`, `[小林 正] 19:02:11`), as `stampedName` reads it, or null. */
type Stamp = ReturnType<typeof stampedName>;

/**
 * A transcript saved as text, its turns stamped with the time into the recording, as the readers know it: a time alone over
 * the speaker's name joined to it (`joinClockOverName`), a transcription app's numbered speakers under its header as the list
 * of participants (`rollOfNumberedSpeakers`), a speaker's name and time again over more of their words left as the time
 * (`joinRepeatedSpeakers`), a title from the file's name above a text that opens with a turn (`titleTranscript`), a title line
 * with the recording's date and length split into the title and its date line (`titleOverDate`), a chat channel's name over
 * its messages replaced by the meeting's (`channelTitle`), the header's list of speakers the participants (`listedSpeakers`). Each line's
 * stamp is read once, for all the steps. Null when none applies.
 */
export function stampedTranscript(lines: readonly SourceLine[], source: string): SourceLine[] | null {
	const listed = listedSpeakers(lines);
	const joined = joinClockOverName(listed ?? lines);
	const base = joined ?? listed ?? lines;
	const stamps = base.map((line) => stampedName(line.text.trim()));
	const rolled = rollOfNumberedSpeakers(base, stamps) ?? joined ?? listed;
	const repeated = joinRepeatedSpeakers(rolled ?? lines, stamps);
	const stamped = repeated?.lines ?? rolled;
	const named = titleTranscript(stamped ?? lines, repeated?.stamps ?? stamps, source) ?? stamped;
	const titled = titleOverDate(named ?? lines, stamps) ?? channelTitle(named ?? lines, stamps, source) ?? named;
	// (Where nothing else marked the text as such an export, its first turn's time must be a recording's first minutes,
	// `0:05`, `00:00`: a clock's time, `10:00`, may stand after a name in other minutes.)
	// (So for turns stamped before the words, `[00:00:05] 中島 浩平: …`, whose speakers make the roll as well.)
	// (Or a clock's time in square brackets before the name alone on its line, `[10:02] 山崎 隆` over the words, as Teams copies
	// a chat's messages: no other minutes write a time so; such a chat had had no participants.)
	const firstStamp = (): { time: string; squared: boolean } => {
		for (const [i, line] of base.entries()) {
			const stamp = stamps[i] ?? timedTurn(line.text.trim());
			if (stamp) return { time: stamp.time, squared: SQUARED_CLOCK_FIRST.test(line.text.trim()) };
		}
		return { time: '', squared: false };
	};
	const first = firstStamp();
	const recorded = titled !== null || /^[\[(（]?0/u.test(first.time) || first.squared;
	// (Or every turn is an app's numbered speaker without a time, `SPEAKER_00: …`, `話者1：…`, as WhisperX writes them: such a
	// transcript had had no participants.)
	return (recorded ? rollOfStampedSpeakers(titled ?? lines) : null) ?? rollOfNumberedTurns(titled ?? lines) ?? titled;
}

/** A speaker's label before a colon opening a line: `SPEAKER_00: …`, `話者1：…`, `山田: …`. */
const COLON_LABEL = /^(?<label>[^:：。、\s][^:：。、]{0,19}?)[ \t]*[:：][ \t\u3000]*\S/u;

/**
 * A transcript whose every turn is a transcription app's numbered speaker without a time (`SPEAKER_00: …`, `話者1：…`,
 * `Speaker 2: …`) with its speakers as the participants, under the header as `rollOfStampedSpeakers` puts them; null when
 * fewer than two such turns, a turn of anyone else after the first or a header of more than the title and its date line.
 */
function rollOfNumberedTurns(lines: readonly SourceLine[]): SourceLine[] | null {
	const labels = lines.map((line) => (line.text.length <= 20_000 ? (COLON_LABEL.exec(line.text.trim())?.groups?.label ?? null) : null));
	const first = labels.findIndex((label) => label !== null && isNumberedSpeaker(label));
	if (first === -1) return null;
	const after = labels.slice(first).filter((label): label is string => label !== null);
	if (after.length < 2 || !after.every((label) => isNumberedSpeaker(label))) return null;
	const head = lines.slice(0, first);
	const opening = head.findIndex((line) => line.text.trim() !== '');
	const dated = head.findIndex((line, i) => i > opening && line.text.length <= 80 && findDate(line.text)?.ok === true);
	if (!head.every((line, i) => i === opening || i === dated || line.text.trim() === '')) return null;
	const at = dated !== -1 ? dated + 1 : opening !== -1 ? opening + 1 : first;
	const line = lines[at]?.line ?? lines[first]?.line ?? 0;
	return [...lines.slice(0, at), { line, text: `参加者: ${[...new Set(after)].join('、')}` }, { line, text: '' }, ...lines.slice(at)];
}

/** The heading over the speakers' names in a transcript's header, as Otter's text export writes it: `SPEAKERS`. */
const SPEAKERS_HEADING = /^(?:SPEAKERS|Speakers|話者)$/u;

/** The heading over the keywords an app found in the recording, as Otter's text export writes it: `SUMMARY KEYWORDS`. */
const KEYWORDS_HEADING = /^(?:SUMMARY KEYWORDS|Summary Keywords)$/u;

/**
 * A transcript's header that lists its speakers under a heading, as Otter's text export does (`SPEAKERS` over `Yuki Morita,
 * 高橋 亮, Speaker 3`): the names the participants (`参加者: …` under the date line), where they had been a paragraph of the
 * text and the transcript had had no roll; the keywords above them (`SUMMARY KEYWORDS` over the words) one note. Null when
 * no such heading stands over a list of names above the first stamped turn.
 */
function listedSpeakers(lines: readonly SourceLine[]): SourceLine[] | null {
	const first = lines.findIndex((line) => stampedName(line.text.trim()) !== null);
	if (first === -1) return null;
	const heading = lines.slice(0, first).findIndex((line) => SPEAKERS_HEADING.test(line.text.trim()));
	const at = heading === -1 ? -1 : nextNonBlank(lines, heading + 1);
	if (at === -1 || at >= first) return null;
	const list = lines[at]?.text.trim() ?? '';
	const names = list.split(/[ \t]*[,，、][ \t]*/u).filter((name) => name !== '');
	if (names.length === 0 || list.length > 1_000 || names.some((name) => name.length > 40)) return null;
	// Under the date line, else under the title: the keywords between stay text of the record, as they were.
	const opening = lines.findIndex((line) => line.text.trim() !== '');
	const dated = lines.findIndex((line, i) => i > opening && i < heading && line.text.length <= 80 && findDate(line.text)?.ok === true);
	const under = dated !== -1 ? dated + 1 : opening + 1;
	const roll = { line: lines[at]?.line ?? 0, text: `参加者: ${names.join('、')}` };
	// (The keywords under their heading, `SUMMARY KEYWORDS` over `運営会議, 会場, 参加費`, one bracketed note of the text:
	// under the roll they had been read as more of its names.)
	const keywords = lines.slice(0, first).findIndex((line) => KEYWORDS_HEADING.test(line.text.trim()));
	const listAt = keywords === -1 ? -1 : nextNonBlank(lines, keywords + 1);
	const keyed = listAt !== -1 && listAt < first && listAt !== heading ? listAt : -1;
	const left = lines.map((line, i) => {
		if (i === keywords && keyed !== -1) return { line: line.line, text: `（${line.text.trim()}：${lines[keyed]?.text.trim() ?? ''}）` };
		return i === heading || i === at || i === keyed ? { line: line.line, text: '' } : line;
	});
	return [...left.slice(0, under), roll, { line: roll.line, text: '' }, ...left.slice(under)];
}

/** A clock's time in square brackets opening a line: `[10:02] 山崎 隆`. */
const SQUARED_CLOCK_FIRST = /^\[[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?\][ \u3000]/u;

/** The heading an app writes over the transcript after its summary: `文字起こし`, `トランスクリプト`, `Transcript`. */
const TRANSCRIPT_HEADING = /^(?:文字起こし|トランスクリプト|Transcript)$/iu;

/** The length of the meeting under a transcript's date, as Teams writes it: `45分 12秒`, `1時間 2分 3秒`, `12m 3s`. */
const MEETING_LENGTH = /^(?:[0-9]{1,2}[ \t]?(?:時間|h)[ \t]?)?(?:[0-9]{1,2}[ \t]?(?:分|m)[ \t]?)?[0-9]{1,2}[ \t]?(?:秒|s)$/u;

/**
 * The speakers of a transcription app's text export as its participants, as a subtitle file's are (`参加者: 上田 涼子、Emily
 * Brown`, under the header): the exports of Otter, Teams and Notta name no one above the turns, nor do those that stamp each
 * turn before its words (`[00:00:05] 中島 浩平: …`, `[0:03] 話者A：…`). Null when the header holds more than its title, date
 * line and the meeting's length (a roll of its own, the tool's lines), or fewer than two turns are stamped.
 */
function rollOfStampedSpeakers(lines: readonly SourceLine[]): SourceLine[] | null {
	const stamps = lines.map((line) => stampedName(line.text.trim()) ?? timedTurn(line.text.trim()));
	const first = stamps.findIndex((stamp) => stamp !== null);
	if (first === -1 || stamps.filter((stamp) => stamp !== null).length < 2) return null;
	const head = lines.slice(0, first);
	const opening = head.findIndex((line) => line.text.trim() !== '');
	const dated = head.findIndex((line, i) => i > opening && line.text.length <= 80 && findDate(line.text)?.ok === true);
	// Only under a header of the title, its date line and the meeting's length (Teams' `45分 12秒`): turns after a summary
	// of the meeting or the tool's lines are read where they stand (a roll above would take in the lines up to the turns).
	// (Or the tool's line that it started, `森本 拓也 が文字起こしを開始しました`, as Teams' transcript saved from Word writes it over
	// the turns when no heading stands there: it had kept the roll away.)
	const header = head.every((line, i) => i === opening || i === dated || line.text.trim() === '' || MEETING_LENGTH.test(line.text.trim()) || isToolLine(line.text.trim()));
	// (Or the turns stand under the transcript's own heading, `文字起こし`, after the app's summary under its heading, `AI要約`:
	// the roll goes under the header all the same, the summary's lines kept where they stand.)
	const last = head.findLastIndex((line) => line.text.trim() !== '');
	const summary = head.findIndex((line, i) => i > Math.max(opening, dated) && line.text.trim() !== '');
	const labelled = last > summary && SUMMARY_HEADING.test(head[summary]?.text.trim() ?? '') && TRANSCRIPT_HEADING.test(head[last]?.text.trim() ?? '');
	// (Or right under the header, as Teams' transcript saved from Word heads its turns, `文字起こし`: it had kept the roll away.)
	const headed = last > Math.max(opening, dated) && TRANSCRIPT_HEADING.test(head[last]?.text.trim() ?? '') && head.every((line, i) => i === opening || i === dated || i === last || line.text.trim() === '' || MEETING_LENGTH.test(line.text.trim()));
	if (!header && !labelled && !headed) return null;
	const speakers = [...new Set(stamps.flatMap((stamp) => (stamp ? [stamp.label] : [])))];
	// Under the date line (the meeting's length after it is no place), else under the title (`商店会総会 2024年7月10日`).
	const at = dated !== -1 ? dated + 1 : opening !== -1 ? opening + 1 : first;
	const line = lines[at]?.line ?? lines[first]?.line ?? 0;
	return [...lines.slice(0, at), { line, text: `参加者: ${speakers.join('、')}` }, { line, text: '' }, ...lines.slice(at)];
}

/**
 * A transcription app's export with the time into the recording on a line of its own over the speaker's (`00:00:03` /
 * `話者1` / the words): each pair becomes the one line the readers know, `00:00:03 話者1`, on the speaker's line (the
 * time's left blank). Null when the text holds fewer than two such pairs (a lone time over a name may be a timetable's).
 */
function joinClockOverName(lines: readonly SourceLine[]): SourceLine[] | null {
	const joined = [...lines];
	let pairs = 0;
	for (let i = 0; i + 1 < lines.length; i++) {
		const clock = lines[i]?.text.trim() ?? '';
		const name = lines[i + 1]?.text.trim() ?? '';
		if (!RECORDING_TIME_ALONE.test(clock) || name.length > 30 || stampedName(`${clock} ${name}`) === null) continue;
		joined[i] = { line: lines[i]?.line ?? 0, text: '' };
		joined[i + 1] = { line: lines[i + 1]?.line ?? 0, text: `${clock} ${name}` };
		pairs++;
		i++;
	}
	return pairs >= 2 ? joined : null;
}

/** The end of a sentence, closing the words above a line: `。`, `？`, `!`, or a closing quote or bracket after one. */
const SENTENCE_END = /[。．.？?！!…][」』）)"”]?$|[」』]$/u;

/**
 * A speaker's name and time again over more of their words (`[小林 正] 19:02:11` / … / `[小林 正] 19:02:20` / …, as Zoom's saved
 * captions and transcription apps cut one speaker's talk): the same turn going on, as a subtitle file's cues of one speaker
 * are one turn stamped with the first cue's time; the line of the name again is left its time alone (blank when the words
 * above it stop mid-sentence), its words a paragraph of the turn after it. Null when no speaker's name comes twice in a row,
 * or the text holds fewer than two such lines; else the lines and their stamps, the joined ones' gone.
 */
function joinRepeatedSpeakers(lines: readonly SourceLine[], stamps: readonly Stamp[]): { lines: SourceLine[]; stamps: Stamp[] } | null {
	if (stamps.filter((stamp) => stamp !== null).length < 2) return null;
	let last: string | null = null;
	let joined = false;
	const left = [...stamps];
	let above = '';
	const out = lines.map((line, i) => {
		const stamp = stamps[i];
		const before = above;
		if (line.text.trim() !== '') above = line.text.length <= 20_000 ? line.text.trim() : '';
		// (A chat app's notice between two messages of one author, `…さんがチャンネルに参加しました`, parts them: it ends the turn.)
		if (!stamp && isMemberNotice(line.text.trim())) last = null;
		if (!stamp) return line;
		const again = stamp.label === last;
		last = stamp.label;
		if (!again) return line;
		joined = true;
		left[i] = null;
		// (Its time is kept, alone on the line, as the turn's later time, where the words above end a sentence: it had been
		// lost. Words cut mid-sentence, `…出ておりまして、`, go on with the next ones as one sentence, the time left out.)
		return { line: line.line, text: SENTENCE_END.test(before) ? stamp.time : '' };
	});
	return joined ? { lines: out, stamps: left } : null;
}

/** A line of numbered speakers only, as a transcription app lists who spoke under its header: `参加者 1 参加者 2 参加者 3`, `話者1　話者2`. */
const NUMBERED_ROLL = /^(?:(?:参加者|話者|Speaker)[ ]?[0-9]{1,3}[ \t\u3000]+)+(?:参加者|話者|Speaker)[ ]?[0-9]{1,3}$/u;
/** One numbered speaker of such a line. */
const NUMBERED_ONE = /(?:参加者|話者|Speaker)[ ]?[0-9]{1,3}/gu;

/**
 * A transcription app's list of who spoke under its header (CLOVA Note's `参加者 1 参加者 2 参加者 3`, or the names it was given,
 * `石川 裕子 森田 健太 参加者 3`) as the list the readers
 * know, `参加者: 参加者 1, 参加者 2, 参加者 3` (it had been one participant named `1 参加者 2 参加者 3`), in a text of stamped
 * turns (two or more); null when there is none.
 */
function rollOfNumberedSpeakers(lines: readonly SourceLine[], stamps: readonly Stamp[]): SourceLine[] | null {
	if (stamps.filter((stamp) => stamp !== null).length < 2) return null;
	const head = lines.findIndex((line) => line.text.length <= 200 && NUMBERED_ROLL.test(line.text.trim()));
	if (head !== -1 && head <= 10) {
		const roll = lines[head]?.text.trim().match(NUMBERED_ONE) ?? [];
		return lines.map((line, i) => (i === head ? { line: line.line, text: `参加者: ${roll.join(', ')}` } : line));
	}
	// (The speakers named there as well, `石川 裕子 森田 健太 参加者 3`, each a speaker of the turns below: it had been no roll.)
	const first = stamps.findIndex((stamp) => stamp !== null);
	const speakers = [...new Set(stamps.flatMap((stamp) => (stamp ? [stamp.label] : [])))].sort((a, b) => b.length - a.length);
	const named = lines.slice(0, Math.min(first, 10)).findIndex((line) => line.text.length <= 200 && (speakersListed(line.text, speakers)?.length ?? 0) >= 2);
	if (named === -1) return null;
	const roll = speakersListed(lines[named]?.text ?? '', speakers) ?? [];
	return lines.map((line, i) => (i === named ? { line: line.line, text: `参加者: ${roll.join(', ')}` } : line));
}

/** The speakers a line lists and nothing else, apart by spaces, in the order written (`石川 裕子 森田 健太 参加者 3`); null for any other line. */
function speakersListed(text: string, speakers: readonly string[]): string[] | null {
	let rest = ` ${text.trim().replace(/[\s\u3000]+/gu, ' ')} `;
	const found: { at: number; label: string }[] = [];
	// (The longest first, so a name is never taken for a shorter one it holds.)
	for (const label of speakers) {
		const at = rest.indexOf(` ${label} `);
		if (at === -1) continue;
		found.push({ at, label });
		rest = `${rest.slice(0, at + 1)}${'\u0001'.repeat(label.length)}${rest.slice(at + 1 + label.length)}`;
	}
	if (rest.replace(/[\u0001 ]/gu, '') !== '') return null;
	return found.sort((a, b) => a.at - b.at).map((entry) => entry.label);
}

/**
 * A transcription app's first line: the title, the date and time of the recording, and its length after a dot
 * (`研究会 2024.04.18 木 午後 3:00 ・ 42分 11秒`, as CLOVA Note writes it).
 */
const TITLE_DATE_LENGTH = /^(?<title>\S.{0,80}?)[ \t\u3000]+(?<when>[0-9０-９]{4}[./／．\-年].{3,40}?)[ \t\u3000]*[・･|｜][ \t\u3000]*(?<length>[0-9].{1,20})$/u;

/**
 * Such a first line over stamped turns (two or more) as the title alone over its date line (`研究会` / `日時: 2024.04.18 木 午後
 * 3:00`; the date, the time and the length had been part of the title and the series); null when the text opens otherwise.
 */
function titleOverDate(lines: readonly SourceLine[], stamps: readonly Stamp[]): SourceLine[] | null {
	// (The stamps counted only: they are the lines' before any was added above them.)
	if (stamps.filter((stamp) => stamp !== null).length < 2) return null;
	const index = lines.findIndex((line) => line.text.trim() !== '');
	const first = lines[index];
	const parts = first && first.text.length <= 200 ? TITLE_DATE_LENGTH.exec(first.text.trim())?.groups : undefined;
	if (!first || !parts || !MEETING_LENGTH.test(parts.length ?? '') || findDate(parts.when ?? '')?.ok !== true) return null;
	return [...lines.slice(0, index), { line: first.line, text: parts.title ?? '' }, { line: first.line, text: `日時: ${parts.when ?? ''}` }, ...lines.slice(index + 1)];
}

/** A chat channel's name as a workspace app writes it over the messages copied from it: `#general`, `#proj-広報`, the day after it maybe (`#proj-広報 2025年1月30日`). */
const CHANNEL = /^#(?<channel>[^\s#][^\s]{0,79})(?:[ \t\u3000]+(?<when>\S.{0,40}))?$/u;

/**
 * A chat channel's name over its stamped messages (two or more, `#general` / `山本 亮  10:02` / …, as Slack's messages are
 * copied): the meeting is titled from the file's name when it names one, else by the channel's name without its `#` (the
 * mark had titled the meeting and named its series), a day after the name its date line; null when the text opens otherwise.
 */
function channelTitle(lines: readonly SourceLine[], stamps: readonly Stamp[], source: string): SourceLine[] | null {
	if (stamps.filter((stamp) => stamp !== null).length < 2) return null;
	const index = lines.findIndex((line) => line.text.trim() !== '');
	const first = lines[index];
	const found = first ? CHANNEL.exec(first.text.trim())?.groups : undefined;
	const channel = found?.channel;
	// (The day after the name is the meeting's, on a line of its own: with it the name had stayed the title, `#` and all.)
	const when = found?.when === undefined ? null : findDate(found.when);
	if (!first || channel === undefined || (found?.when !== undefined && when?.ok !== true)) return null;
	return [...lines.slice(0, index), { line: first.line, text: nameOf(source) || channel }, ...(when?.ok === true ? [{ line: first.line, text: `日時: ${found?.when ?? ''}` }] : []), ...lines.slice(index + 1)];
}

/** The heading of a transcription app's summary at the top of its export: `AI要約`, `AIサマリー`, `要約`, `Summary`. */
const SUMMARY_HEADING = /^(?:AI[ \u3000]?(?:要約|サマリー|まとめ)|要約|サマリー|(?:AI[ ]?)?Summary)$/iu;

/** The extension of a recording's file name standing as a transcript's first line (`防災訓練打合せ.m4a`, as Word's transcription writes it). */
const MEDIA_NAME = /\.(?:m4a|mp3|mp4|wav|webm|aac|ogg|oga|flac|wma|mov|m4v|mkv|avi)$/iu;

/**
 * A transcript saved as text that opens with a turn (`Speaker 1  0:02`, `[田中 一郎] 19:02:11`, as Otter's and Zoom's
 * exports do, with no title above) or with a spoken sentence (Whisper's `.txt`): a title from the file's name goes above
 * it, as for a subtitle file, so the first words are no title; a recording's file name as the first line loses its
 * extension. Null when none applies (or the file's name names no meeting).
 */
function titleTranscript(lines: readonly SourceLine[], stamps: readonly Stamp[], source: string): SourceLine[] | null {
	const index = lines.findIndex((line) => line.text.trim() !== '');
	const first = lines[index];
	if (!first) return null;
	const text = first.text.trim();
	if (MEDIA_NAME.test(text) && !/[\s\u3000]/u.test(text.replace(MEDIA_NAME, ''))) {
		return [...lines.slice(0, index), { line: first.line, text: text.replace(MEDIA_NAME, '') }, ...lines.slice(index + 1)];
	}
	// A transcript without speakers saved as text (Whisper's `.txt`) opens with a spoken sentence, no title.
	const spoken = text.length <= 200 && /[\p{Script=Hiragana}]/u.test(text) && /。$/u.test(text);
	// (So does an app's export that opens with its summary's heading, `AI要約`, over the points and then the turns: the heading
	// had titled the meeting and named its series.)
	if (!spoken && stamps[index] === null && !SUMMARY_HEADING.test(text)) return null;
	// (Two turns so at least: a line such as `山田委員　10:00` alone may open other minutes.)
	if (!spoken && stamps.filter((stamp) => stamp !== null).length < 2) return null;
	// (A file's name that names no meeting, `otter_board_meeting_2024-03-18.txt`, leaves the tool's word as the title when
	// a turn opens the text: taken for the title, the first turn had lost its speaker.)
	// (So titled, the day in the file's name is its date line, as a subtitle file's is.)
	const named = nameOf(source);
	const when = named === '' && !spoken ? (dateInFileName(source)?.text ?? null) : null;
	const title = named || (when === null ? '' : '文字起こし');
	if (title === '') return null;
	const dated = when === null ? [] : [{ line: first.line, text: `日時: ${when}` }];
	return [...lines.slice(0, index), { line: first.line, text: title }, ...dated, { line: first.line, text: '' }, ...lines.slice(index)];
}

/**
 * The lines of a WebVTT or SubRip transcript as the readers know them, and whether a date was found for it (in the text or
 * the file's name); null when the text is neither.
 */
export function rewriteSubtitles(given: readonly SourceLine[], source: string): { lines: SourceLine[]; dated: boolean; firstCue: number } | null {
	const lines = sbvAsVtt(given) ?? given;
	const firstText = lines.find((line) => line.text.trim() !== '');
	const vtt = firstText ? WEBVTT.exec(firstText.text.trim()) : null;
	// SubRip: a cue number, then a timing line, as its first block.
	const texts = lines.filter((line) => line.text.trim() !== '').slice(0, 3).map((line) => line.text.trim());
	const srt = !vtt && ((/^[0-9]{1,6}$/u.test(texts[0] ?? '') && TIMING.test(texts[1] ?? '')) || (lines !== given && TIMING.test(texts[0] ?? '')));
	if (!vtt && !srt) return timedLines(lines, source);
	const cues: Cue[] = [];
	const notes: SourceLine[] = [];
	let dateLine: SourceLine | null = null;
	// Blocks apart by blank lines; a cue's block has its timing line first or after a cue id.
	let block: SourceLine[] = [];
	const flush = (): void => {
		const at = block.findIndex((line) => line.text.length <= 300 && TIMING.test(line.text.trim()));
		const last = cues.at(-1);
		if (at === -1 && last !== undefined && block.length > 0 && !NON_CUE.test(block[0]?.text.trim() ?? '')) {
			// Words after a blank line inside a cue, with no timing of their own (a tool that writes a second speaker's words in
			// the cue as `-`, a line of a space, `(佐藤 花子)`, `…`): more of that cue, kept where they stand (they had been put
			// above the first cue as the text's notes).
			cues.push(...readCues(block.map((line) => line.text), block[0]?.line ?? last.line, block[0]?.line ?? last.line, last.start, null));
		} else if (at === -1 || at > 1) {
			// Text outside any cue (a title or date line put above the cues, a note): kept unless it is WebVTT's own.
			for (const line of block) {
				if (line.line === firstText?.line || NON_CUE.test(line.text.trim())) break;
				// A date line of the text itself (`企画会議 2024年10月7日`) wins over the file's name.
				if (dateLine === null && findDate(line.text)?.ok === true) dateLine = line;
				else notes.push(line);
			}
		} else {
			const timing = TIMING.exec(block[at]?.text.trim() ?? '')?.groups;
			const words = block.slice(at + 1).map((line) => line.text);
			// (The speaker named in the cue's id above the timing, `1 "山田 太郎" (2918342912)`, speaks its words: they had been no one's.)
			const named = at === 1 ? NAMED_CUE_ID.exec(block[0]?.text.trim() ?? '')?.groups?.speaker?.trim() : undefined;
			const speaker = timing?.speaker?.trim() ?? (named === undefined ? null : displayName(named));
			// (Its words opening with that name again before a colon, `山田 太郎: それでは…`, as Webex writes them too, open with the
			// words: the name had been kept in the turn's text before each cue's words.)
			const [opening = '', ...more] = words;
			const rest = named !== undefined && opening.trimStart().startsWith(named) ? opening.trimStart().slice(named.length) : null;
			const colon = rest === null ? null : /^[ \t]*[:：][ \t]*/u.exec(rest);
			const said = rest !== null && colon ? [rest.slice(colon[0].length), ...more] : words;
			if (timing && said.some((word) => word.trim() !== '')) cues.push(...readCues(said, block[at]?.line ?? 0, block[at + 1]?.line ?? 0, timing.start ?? '', speaker));
		}
		block = [];
	};
	const isTiming = (text: string | undefined): boolean => text !== undefined && text.length <= 300 && TIMING.test(text.trim());
	// (Where the run of blank lines after a timing ends, and whether the cue goes on there: each run is looked through once.)
	let runEnd = -1;
	let goesOn = false;
	for (const [i, line] of lines.entries()) {
		if (line.text.trim() === '') {
			// A line of spaces under a timing (YouTube's captions open their cues so) is no cue's end: the words follow it,
			// unless a timing (a cue of its own, maybe after its id) comes next.
			if (isTiming(block.at(-1)?.text)) {
				if (i > runEnd) {
					runEnd = i + 1;
					while (runEnd < lines.length && lines[runEnd]?.text.trim() === '') runEnd++;
					goesOn = runEnd < lines.length && !isTiming(lines[runEnd]?.text) && !isTiming(lines[runEnd + 1]?.text);
				}
				if (goesOn) continue;
			}
			flush();
		} else block.push({ line: line.line, text: line.text.replace(/^\uFEFF/u, '') });
	}
	flush();
	return transcriptLines(carrySpeakers(unroll(nameLines(cues))), vtt?.groups?.title?.trim() || nameOf(source) || '文字起こし', source, dateLine, notes);
}

/**
 * YouTube's SubViewer captions (`.sbv`): each cue's timing a line of its own, its start and end apart by a comma
 * (`0:00:00.599,0:00:04.160`), the words below, blocks apart by blank lines, no header. The timings written as a subtitle
 * file's (`0:00:00.599 --> 0:00:04.160`), so the cues read as a SubRip file's; null unless the text opens with such a timing.
 */
function sbvAsVtt(lines: readonly SourceLine[]): SourceLine[] | null {
	const first = lines.find((line) => line.text.trim() !== '')?.text.replace(/^\uFEFF/u, '').trim() ?? '';
	if (first.length > 40 || !SBV_TIMING.test(first)) return null;
	return lines.map((line) => {
		const timing = line.text.length <= 40 ? SBV_TIMING.exec(line.text.replace(/^\uFEFF/u, '').trim())?.groups : undefined;
		return timing ? { line: line.line, text: `${timing.start} --> ${timing.end}` } : line;
	});
}

/**
 * Whisper's text output with each segment's timing before its words on one line (`[00:00:00.000 --> 00:00:04.200]  それでは…`),
 * read as a subtitle file's cues: the timing becomes the stamp, never part of the words (it had been kept in the text,
 * `-->` and all). Lines above the first timed one are the text's own (a title, a date line); a line under a timed one that is
 * not timed goes on its words. Null unless two of the first three lines are timed so.
 */
function timedLines(lines: readonly SourceLine[], source: string): { lines: SourceLine[]; dated: boolean; firstCue: number } | null {
	const texts = lines.filter((line) => line.text.trim() !== '');
	const clock = (line: SourceLine) => RECORDING_TIME_ALONE.test(line.text.replace(/^\uFEFF/u, '').trim());
	// (A video site's transcript copied as text: the time alone over each caption, `0:05` / `本日は…`, from its first line; the
	// lines are counted only for a text that opens so, as few do.)
	const opensTimed = texts[0] !== undefined && clock(texts[0]);
	const clocks = opensTimed ? texts.filter(clock).length : 0;
	const bare = opensTimed && clocks >= 2 && clocks * 3 >= texts.length;
	if (!bare && texts.slice(0, 3).filter((line) => line.text.length <= 300 && TIMED_LINE.test(line.text.trim())).length < 2) return null;
	const cues: { line: number; start: string; words: string[] }[] = [];
	const notes: SourceLine[] = [];
	let dateLine: SourceLine | null = null;
	for (const line of lines) {
		const text = line.text.replace(/^\uFEFF/u, '').trim();
		if (text === '') continue;
		const clock = bare ? RECORDING_TIME_ALONE.exec(text)?.[0] : undefined;
		const timed = clock !== undefined ? { start: `${clock}.000`, words: '' } : text.length <= 100_000 ? TIMED_LINE.exec(text)?.groups : undefined;
		const last = cues.at(-1);
		if (timed) cues.push({ line: line.line, start: timed.start ?? '', words: [timed.words ?? ''] });
		else if (last) last.words.push(text);
		else if (dateLine === null && findDate(text)?.ok === true) dateLine = line;
		else notes.push(line);
	}
	const read = cues.filter((cue) => cue.words.some((word) => word.trim() !== '')).map((cue) => readCue(cue.words, cue.line, cue.start, null));
	return transcriptLines(carrySpeakers(unroll(read)), nameOf(source) || '文字起こし', source, dateLine, notes);
}

/**
 * A transcript's cues as the readers know a transcript: a title, its date (a date line of the text, else the file's name),
 * the speakers as participants, then one stamped turn per run of one speaker's cues (`[0:00:05] 中島 浩平: …`); null without cues.
 */
export function transcriptLines(cues: readonly Cue[], title: string, source: string, dateLine: SourceLine | null, notes: readonly SourceLine[]): { lines: SourceLine[]; dated: boolean; firstCue: number } | null {
	const first = cues[0];
	if (!first) return null;
	// One speaker's cues in a row are one turn (Teams cuts a sentence into several cues).
	const turns: Cue[] = [];
	for (const cue of cues) {
		const last = turns.at(-1);
		if (last && cue.speaker !== null && cue.speaker === last.speaker) last.text = joinWords(last.text, cue.text);
		else turns.push({ ...cue });
	}
	const speakers = [...new Set(turns.map((turn) => turn.speaker).filter((speaker): speaker is string => speaker !== null))];
	const out: SourceLine[] = [{ line: first.line, text: title }, { line: first.line, text: '' }];
	const when = dateLine === null ? (dateInFileName(source)?.text ?? null) : null;
	if (dateLine !== null) out.push(dateLine);
	else if (when !== null) out.push({ line: first.line, text: `日時: ${when}` });
	if (speakers.length > 0) out.push({ line: first.line, text: `参加者: ${speakers.join(', ')}` });
	out.push({ line: first.line, text: '' }, ...notes);
	// Cues that name no speaker (captions, a service's export without speakers) are the text from the start: the body's label
	// says so, or the readers would take the first of them for the header's.
	if (first.speaker === null) out.push({ line: first.line, text: '文字起こし' }, { line: first.line, text: '' });
	/** The last turn that was no stage direction, and whether a stage direction came after it. */
	let spoken: Cue | null = null;
	let staged = false;
	for (const turn of turns) {
		const stamp = `[${elapsed(turn.start)}]`;
		// (The speaker's words going on after a stage direction in their turn, `（拍手）`, are more of that turn.)
		const goesOn = turn.stage !== true && staged && turn.speaker !== null && spoken?.speaker === turn.speaker;
		if (turn.stage === true) staged = true;
		else [spoken, staged] = [turn, false];
		// (A stage direction alone, without its time, is a note beside the words.)
		const text = turn.stage === true ? turn.text : turn.speaker === null || goesOn ? `${stamp} ${turn.text}` : `${stamp} ${turn.speaker}: ${turn.text}`;
		out.push({ line: turn.line, text }, { line: turn.line, text: '' });
	}
	return { lines: out, dated: dateLine !== null || when !== null, firstCue: first.line };
}
