/**
 * A transcription service's JSON as a transcript: Whisper's and WhisperX's `segments`, AssemblyAI's `utterances`,
 * Fireflies' `sentences` (under `data.transcript`), each an object with its words (`text`), its start (seconds, or
 * milliseconds where the service counts so) and maybe its speaker (`speaker`, `speaker_name`, `speakerName`). The segments
 * become cues and the cues a transcript as a subtitle file's do (subtitles.ts): a title (the JSON's `title`, else the file's
 * name), the date (the file's name, else the JSON's date), the speakers as participants, one stamped turn per speaker's run.
 */
import { dateInFileName, findDate } from './date.ts';
import type { SourceLine } from './normalize.ts';
import { nameOf, transcriptLines, type Cue } from './subtitles.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The keys a service lists its segments under. */
const LISTS = ['segments', 'utterances', 'sentences', 'monologues', 'paragraphs'];
/** The keys of a segment's start, its speaker and a document's title and date. */
const STARTS = ['start', 'start_time', 'startTime', 'start_sec'];
const SPEAKERS = ['speaker_name', 'speakerName', 'speaker', 'name'];
const TITLES = ['title', 'name', 'meeting_title'];
const DATES = ['dateString', 'date', 'created_at', 'createdAt', 'meeting_date'];
/** How deep the segments may be looked for (`data.transcript.sentences`). */
const DEPTH = 4;
/** A start above this many seconds is read as milliseconds (no meeting lasts ten hours). */
const MAX_SECONDS = 36_000;

const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (object: { [key: string]: Json }, keys: readonly string[]): Json | undefined => keys.map((key) => object[key]).find((value) => value !== undefined && value !== null);

/** The object holding a list of segments (objects with words), looked for breadth first within DEPTH levels. */
function segmentHolder(root: Json): { holder: { [key: string]: Json }; segments: { [key: string]: Json }[] } | null {
	let level: Json[] = [root];
	for (let depth = 0; depth < DEPTH && level.length > 0; depth++) {
		const next: Json[] = [];
		for (const value of level) {
			if (!isObject(value)) continue;
			for (const key of LISTS) {
				const list = value[key];
				if (!Array.isArray(list) || list.length === 0) continue;
				const segments = list.filter(isObject);
				if (segments.length === list.length && segments.every((segment) => typeof segment['text'] === 'string')) return { holder: value, segments };
			}
			next.push(...Object.values(value).filter(isObject));
		}
		level = next;
	}
	return null;
}

/** Seconds as `H:MM:SS` (the form a cue's start is read in). */
function clock(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	return `${Math.floor(whole / 3600)}:${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The JSON of a transcription service as a transcript's lines and whether a date was found for it; null for text that is
 * no such JSON (the NDL API's JSON among it: it has no segments).
 */
export function rewriteTranscriptJson(text: string, source: string): { lines: SourceLine[]; dated: boolean; firstCue: number } | null {
	// (The NDL API's JSON, read by its own reader, is not parsed here a first time: its records name their speeches.)
	if (!/^\uFEFF?\s*\{/u.test(text.slice(0, 64)) || text.includes('"speechRecord"') || text.includes('"meetingRecord"')) return null;
	let root: Json;
	try {
		root = JSON.parse(text.replace(/^\uFEFF/u, '')) as Json;
	} catch {
		return null;
	}
	const found = segmentHolder(root);
	if (!found) return null;
	const starts = found.segments.map((segment) => field(segment, STARTS));
	const inMilliseconds = starts.some((start) => typeof start === 'number' && start > MAX_SECONDS);
	// Each segment's line: where its words first stand in the file after the segment before it (lines counted once, onward).
	let at = 0;
	let counted = 0;
	let line = 1;
	const lineAt = (words: string): number => {
		const quoted = JSON.stringify(words).slice(1, -1);
		const found = quoted === '' ? -1 : text.indexOf(quoted, at);
		if (found === -1) return line;
		for (let i = text.indexOf('\n', counted); i !== -1 && i < found; i = text.indexOf('\n', i + 1)) line++;
		counted = found;
		at = found + quoted.length;
		return line;
	};
	const cues: Cue[] = [];
	found.segments.forEach((segment, index) => {
		const words = String(segment['text']).trim();
		if (words === '') return;
		const start = starts[index];
		const seconds = typeof start === 'number' ? (inMilliseconds ? start / 1000 : start) : typeof start === 'string' && /^[0-9.]+$/u.test(start) ? Number(start) : 0;
		const speaker = field(segment, SPEAKERS);
		cues.push({ line: lineAt(words), start: clock(seconds), speaker: typeof speaker === 'string' && speaker.trim() !== '' ? speaker.trim() : typeof speaker === 'number' ? `話者${speaker}` : null, text: words });
	});
	const named = field(found.holder, TITLES);
	const title = (typeof named === 'string' && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(named) ? named.trim() : '') || nameOf(source) || '文字起こし';
	const dated = field(found.holder, DATES);
	// The file's name dates it first (transcriptLines), as for a subtitle file; else the date the JSON gives.
	const dateLine = typeof dated === 'string' && dateInFileName(source) === null && findDate(dated.slice(0, 10))?.ok === true ? { line: 1, text: `日時: ${dated.slice(0, 10)}` } : null;
	return transcriptLines(cues, title, source, dateLine, []);
}
