/**
 * A Slack channel's export of a meeting held in it: the day's JSON file of the workspace's export (`広報チーム/2025-11-07.json`),
 * a list of messages, each with its author (`user_profile.real_name`, else the display name, else the user's id), its words
 * (`text`) and its time (`ts`, seconds since 1970). Before any reader sees the text it becomes the lines the readers know, as
 * a chat app's text export does (chat-export.ts): the title (the file's name without its date, else `Slack トーク履歴`), the
 * first day and its first and last message's time in Japan's time as `日時`, the authors as `参加者`, each message a stamped
 * turn (`[19:00] 石井 葵: 本文`), Slack's own notices (`channel_join` …) and later days notes. Each message keeps the line of
 * the file its words stand on.
 */
import type { SourceLine } from './normalize.ts';
import { nameOf } from './subtitles.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Message = { [key: string]: Json };

/** Japan's offset from UTC in milliseconds: the archive's meetings are dated in Japan's time. */
const JAPAN = 9 * 3_600_000;
/** A message's kinds that are the app's notices, not anyone's words. */
const NOTICE = /^(?:channel_|group_|bot_|pinned_item|reminder_)/u;

const isMessage = (value: Json): value is Message => typeof value === 'object' && value !== null && !Array.isArray(value) && value['type'] === 'message' && typeof value['text'] === 'string' && typeof value['ts'] === 'string';
const text = (value: Json | undefined): string => (typeof value === 'string' ? value.trim() : '');

/** A message's author as the channel shows it: its real name, else its display name, else the user's id; '' for none. */
function authorOf(message: Message): string {
	const profile = message['user_profile'];
	const named = typeof profile === 'object' && profile !== null && !Array.isArray(profile) ? text(profile['real_name']) || text(profile['display_name']) : '';
	return named || text(message['user_name']) || text(message['user']);
}

/** Slack's markup as the words it shows: a mention as `@name`, a link as its label (or address), `&lt;`, `&gt;`, `&amp;` as the characters. */
function shown(words: string, names: ReadonlyMap<string, string>): string {
	return words
		.replace(/<@(?<id>[A-Z0-9]+)(?:\|(?<label>[^>]*))?>/gu, (_, id: string, label?: string) => `@${label ?? names.get(id) ?? id}`)
		.replace(/<!(?<word>here|channel|everyone)>/gu, '@$<word>')
		.replace(/<(?<url>(?:https?|mailto):[^|>]+)(?:\|(?<label>[^>]*))?>/gu, (_, url: string, label?: string) => label ?? url)
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/** A Slack time (`1762502400.000100`) as its day and clock time in Japan: `2025年11月7日`, `17:00`. */
function japanTime(ts: string): { day: string; time: string } {
	const at = new Date(Number(ts) * 1000 + JAPAN);
	const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
	return { day: `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日`, time };
}

/** A Slack channel's JSON export as a header and stamped turns; null for any other text (a list of no Slack messages). */
export function rewriteSlackExport(source: string, file: string): SourceLine[] | null {
	if (!/^\uFEFF?\s*\[/u.test(source.slice(0, 64))) return null;
	let root: Json;
	try {
		root = JSON.parse(source.replace(/^\uFEFF/u, '')) as Json;
	} catch {
		return null;
	}
	if (!Array.isArray(root) || root.length === 0 || !root.every((value) => typeof value === 'object' && value !== null && !Array.isArray(value))) return null;
	const messages = root.filter(isMessage);
	if (messages.length === 0 || messages.length < root.length / 2) return null;
	messages.sort((a, b) => Number(a['ts']) - Number(b['ts']));
	const names = new Map<string, string>();
	for (const message of messages) {
		const id = text(message['user']);
		const author = authorOf(message);
		if (id !== '' && author !== id && !names.has(id)) names.set(id, author);
	}
	// Each message's line: where its `ts` first stands in the file (a message's words may be written with escapes), the file read
	// once for every `ts` (looking each one up from the file's start had made a long export quadratic).
	const lineOfTs = new Map<string, number>();
	let lineNumber = 1;
	let counted = 0;
	for (const found of source.matchAll(/"ts"\s*:\s*"(?<ts>[0-9.]+)"/gu)) {
		for (let at = source.indexOf('\n', counted); at !== -1 && at < found.index; at = source.indexOf('\n', at + 1)) lineNumber++;
		counted = found.index;
		const ts = found.groups?.ts ?? '';
		if (!lineOfTs.has(ts)) lineOfTs.set(ts, lineNumber);
	}
	const lineOf = (ts: string): number => lineOfTs.get(ts) ?? 1;
	const body: SourceLine[] = [];
	const authors: string[] = [];
	let first: { line: number; day: string; times: string[] } | null = null;
	let firstMessage: number | null = null;
	/** The days after the first, each noted once before its first message. */
	const laterDays = new Set<string>();
	for (const message of messages) {
		const ts = text(message['ts']);
		const line = lineOf(ts);
		const { day, time } = japanTime(ts);
		if (first === null) first = { line, day, times: [] };
		else if (day !== first.day && !laterDays.has(day)) {
			laterDays.add(day);
			body.push({ line, text: '' }, { line, text: `〔${day}〕` }, { line, text: '' });
		}
		if (day === first.day) first.times.push(time);
		const [opening = '', ...rest] = shown(text(message['text']), names).split(/\r?\n/u);
		const author = names.get(text(message['user'])) ?? authorOf(message);
		if (NOTICE.test(text(message['subtype'])) || author === '') {
			body.push({ line, text: `〔${time} ${[opening, ...rest].join(' ').trim()}〕` });
			continue;
		}
		firstMessage ??= line;
		if (!authors.includes(author)) authors.push(author);
		body.push({ line, text: `[${time}] ${author}: ${opening}` }, ...rest.map((more) => ({ line, text: more })), { line, text: '' });
	}
	if (first === null || firstMessage === null) return null;
	const title = nameOf(file.replace(/slack[ _-]?(?:export)?/giu, ' ')) || 'Slack';
	return [
		{ line: 1, text: `${title} トーク履歴` },
		{ line: 1, text: '' },
		{ line: first.line, text: `日時: ${first.day} ${first.times[0] ?? ''}〜${first.times.at(-1) ?? ''}`.trimEnd() },
		{ line: firstMessage, text: `参加者: ${authors.join(', ')}` },
		{ line: firstMessage, text: '' },
		...body,
	];
}
