/**
 * A group chat kept as its app's text export, as residents' groups and small associations keep a meeting held in a chat:
 * LINE's `[LINE] …のトーク履歴`, a day's date on a line of its own (`2024/05/12(日)`) and one message per row
 * (`19:00<TAB>山田 太郎<TAB>本文`, a message of several lines in double quotes). Before any reader sees the text it
 * becomes the lines the readers know: the title, the first day and its first and last message's time as `日時`, the
 * authors as `参加者`, each message as a stamped turn (`[19:00] 山田 太郎: 本文`), the app's own notices
 * (`田中 健二がグループに参加しました。`) and later days as notes. The save time (`保存日時：…`) dates nothing. Every line
 * keeps its number; the three header lines take those of the title, the first day and the first message.
 */
import type { SourceLine } from './normalize.ts';

/** The export's first line: `[LINE] さくら台三丁目自治会役員会のトーク履歴`, `[LINE] Chat history in …`. */
const EXPORT_TITLE = /^\[LINE\][\s\u3000]*(?:(?<name>.{1,80}?)のトーク履歴|Chat history (?:in|with) (?<english>.{1,80}))$/u;
/** The time the export was saved: no date of the meeting. */
const SAVED = /^(?:保存日時|Saved on)[:：]/u;
/** A day's line: `2024/05/12(日)`, `2024.05.12 日曜日`, `2024/05/12 Sun`. */
const DAY = /^(?<y>[0-9]{4})[/.](?<m>[0-9]{1,2})[/.](?<d>[0-9]{1,2})(?:[\s\u3000]*[(（][日月火水木金土][)）]|[\s\u3000]+[日月火水木金土]曜日|[\s\u3000]+[A-Z][a-z]{2})?$/u;
/** A message: its time, its author (empty for the app's own notices) and its text, apart by tabs. */
const MESSAGE = /^(?<time>[0-9]{1,2}:[0-9]{2})\t(?<author>[^\t]{0,40})\t(?<text>.*)$/u;
/** Lines looked at for the export's first line. */
const TITLE_LINES = 3;

/** A message's text without the double quotes a message of several lines is written in. */
function unquoted(text: string): { text: string; open: boolean } {
	if (!text.startsWith('"')) return { text, open: false };
	const inner = text.slice(1).replaceAll('""', '"');
	return inner.endsWith('"') && !text.endsWith('""') ? { text: inner.slice(0, -1), open: false } : { text: inner, open: true };
}

/** The lines of a chat export as the readers know them, or null when the text is no chat export. */
export function rewriteChatExport(lines: readonly SourceLine[]): SourceLine[] | null {
	const top = lines.slice(0, TITLE_LINES * 4).filter((source) => source.text.trim() !== '').slice(0, TITLE_LINES);
	const titleLine = top.find((source) => source.text.length <= 200 && EXPORT_TITLE.test(source.text.trim()));
	if (!titleLine) return null;
	const match = EXPORT_TITLE.exec(titleLine.text.trim())?.groups;
	const name = (match?.name ?? match?.english ?? '').trim();
	const out: SourceLine[] = [{ line: titleLine.line, text: `${name} トーク履歴` }, { line: titleLine.line, text: '' }];
	const body: SourceLine[] = [];
	const authors: string[] = [];
	let firstDay: { line: number; date: string; times: string[] } | null = null;
	let firstMessage: number | null = null;
	let days = 0;
	let open = false;
	for (const source of lines) {
		if (source.line <= titleLine.line) continue;
		const text = source.text.length <= 10_000 ? source.text.trimEnd() : source.text;
		// A message of several lines goes on until its closing quote (or, when the quote is never closed, the next message).
		if (open && MESSAGE.test(text)) open = false;
		if (open) {
			const closes = text.endsWith('"') && !text.endsWith('""');
			body.push({ line: source.line, text: (closes ? text.slice(0, -1) : text).replaceAll('""', '"') });
			open = !closes;
			continue;
		}
		if (text.trim() === '' || SAVED.test(text.trim())) {
			body.push({ line: source.line, text: '' });
			continue;
		}
		const day = text.length <= 40 ? DAY.exec(text.trim())?.groups : undefined;
		if (day) {
			days++;
			const date = `${day.y}年${Number(day.m)}月${Number(day.d)}日`;
			if (firstDay === null) firstDay = { line: source.line, date, times: [] };
			else body.push({ line: source.line, text: `〔${date}〕` });
			continue;
		}
		const message = MESSAGE.exec(text)?.groups;
		if (!message) {
			body.push(source);
			continue;
		}
		const time = message.time ?? '';
		const author = (message.author ?? '').trim();
		if (days === 1) firstDay?.times.push(time);
		const quoted = unquoted(message.text ?? '');
		open = quoted.open;
		if (author === '') {
			body.push({ line: source.line, text: `〔${time} ${quoted.text}〕` });
			continue;
		}
		firstMessage ??= source.line;
		if (!authors.includes(author)) authors.push(author);
		body.push({ line: source.line, text: `[${time}] ${author}: ${quoted.text}` });
	}
	if (firstDay === null || firstMessage === null) return null;
	const times = firstDay.times;
	out.push({ line: firstDay.line, text: `日時: ${firstDay.date} ${times[0] ?? ''}〜${times.at(-1) ?? ''}`.trimEnd() });
	out.push({ line: firstMessage, text: `参加者: ${authors.join(', ')}` });
	out.push({ line: firstMessage, text: '' });
	return [...out, ...body];
}
