/**
 * A group chat kept as its app's text export, as residents' groups and small associations keep a meeting held in a chat:
 * LINE's `[LINE] …のトーク履歴`, a day's date on a line of its own (`2024/05/12(日)`) and one message per row
 * (`19:00<TAB>山田 太郎<TAB>本文`, a message of several lines in double quotes; LINE WORKS' apart by spaces on some devices). Before any reader sees the text it
 * becomes the lines the readers know: the title, the first day and its first and last message's time as `日時`, the
 * authors as `参加者`, each message as a stamped turn (`[19:00] 山田 太郎: 本文`), the app's own notices
 * (`田中 健二がグループに参加しました。`) and later days as notes. The save time (`保存日時：…`) dates nothing. Every line
 * keeps its number; the three header lines take those of the title, the first day and the first message.
 */
import { isMemberNotice } from './lines.ts';
import { trimSpaces, type SourceLine } from './normalize.ts';

/**
 * The export's first line: `[LINE] さくら台三丁目自治会役員会のトーク履歴`, `[LINE] Chat history in …`, and LINE WORKS' with or
 * without its mark (`[LINE WORKS] 防災委員会のトーク履歴`, `防災委員会 トーク履歴`).
 */
const EXPORT_TITLE = /^(?:\[LINE\][\s\u3000]*(?:(?<name>.{1,80}?)のトーク履歴|Chat history (?:in|with) (?<english>.{1,80}))|(?:\[LINE[ \u3000]?WORKS\][\s\u3000]*)?(?<works>[^\s\u3000[].{0,79}?)(?:[\s\u3000]*の|[\s\u3000]+)トーク履歴)$/u;
/** The time the export was saved: no date of the meeting. */
const SAVED = /^(?:保存日時|Saved on)[:：]/u;
/** A day's line: `2024/05/12(日)`, `2024.05.12 日曜日`, `2024/05/12 Sun`. */
const DAY = /^(?<y>[0-9]{4})[/.](?<m>[0-9]{1,2})[/.](?<d>[0-9]{1,2})(?:[\s\u3000]*[(（][日月火水木金土][)）]|[\s\u3000]+[日月火水木金土]曜日|[\s\u3000]+[A-Z][a-z]{2})?$/u;
/** A message: its time, its author (empty for the app's own notices) and its text, apart by tabs. */
const MESSAGE = /^(?<time>[0-9]{1,2}:[0-9]{2})\t(?<author>[^\t]{0,40})\t(?<text>.*)$/u;
/** Lines looked at for the export's first line. */
const TITLE_LINES = 3;
/** A message whose time, author and text are apart by spaces, as LINE WORKS saves a room on some devices: `20:00 村上 浩二 本文`. */
const SPACED_MESSAGE = /^(?<time>[0-9]{1,2}:[0-9]{2})[ \u3000]+(?<rest>\S.*)$/u;

/**
 * The rows of an export whose parts are apart by spaces, as rows apart by tabs: the author is the words before the text that
 * open other rows too (a name of two words, `村上 浩二`, before one, `村上`), a notice of the app's has none, and an author of
 * one message only is written as most authors are (in two words when they are).
 */
function tabbedRows(lines: readonly SourceLine[]): SourceLine[] {
	const rows = lines.map((source) => (source.text.length <= 10_000 && !source.text.includes('\t') ? SPACED_MESSAGE.exec(source.text.trimEnd())?.groups : undefined));
	// (A notice of the app's names no author, nor counts toward one: `小林 由美さんが参加しました。` had made `小林` an author of two rows.)
	const notices = rows.map((row) => row !== undefined && isMemberNotice(row.rest ?? ''));
	const words = rows.map((row, index) => (row === undefined || notices[index] === true ? [] : (row.rest ?? '').split(/[ \u3000]+/u)));
	const count = (keys: (string | null)[]): Map<string, number> => {
		const counts = new Map<string, number>();
		for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
		return counts;
	};
	const two = words.map((parts) => (parts.length >= 3 ? `${parts[0]} ${parts[1]}` : null));
	const one = words.map((parts) => (parts.length >= 2 ? (parts[0] ?? null) : null));
	const twos = count(two);
	const ones = count(one);
	const recurring = [...twos.entries()].filter(([, n]) => n >= 2).map(([key]) => key);
	const recurringOnes = [...ones.entries()].filter(([key, n]) => n >= 2 && !recurring.some((name) => name.startsWith(`${key} `))).map(([key]) => key);
	const twoWords = recurring.length >= recurringOnes.length;
	return lines.map((source, index) => {
		const row = rows[index];
		if (row === undefined) return source;
		const rest = row.rest ?? '';
		const pair = two[index] ?? null;
		const first = one[index] ?? null;
		const author = notices[index] === true ? '' : pair !== null && recurring.includes(pair) ? pair : first !== null && recurringOnes.includes(first) ? first : twoWords && pair !== null ? pair : first ?? '';
		const text = author === '' ? rest : rest.replace(author.includes(' ') ? /^\S+[ \u3000]+\S+[ \u3000]+/u : /^\S+[ \u3000]+/u, '');
		return { line: source.line, text: `${row.time ?? ''}\t${author}\t${text}` };
	});
}

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
	const name = (match?.name ?? match?.english ?? match?.works ?? '').trim();
	const out: SourceLine[] = [{ line: titleLine.line, text: `${name} トーク履歴` }, { line: titleLine.line, text: '' }];
	// (Rows apart by spaces are read as rows apart by tabs when no row is apart by tabs: no message had been read.)
	const rows = lines.some((source) => source.text.length <= 10_000 && MESSAGE.test(source.text.trimEnd())) ? lines : tabbedRows(lines);
	const body: SourceLine[] = [];
	const authors: string[] = [];
	let firstDay: { line: number; date: string; times: string[] } | null = null;
	let firstMessage: number | null = null;
	let days = 0;
	let open = false;
	for (const source of rows) {
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

/**
 * A message's head in a chat saved on the computer: `19:02:11 From 小林 正 to Everyone:`, the Japanese client's `送信元 … 宛先 全員:`
 * (`送信者 … 宛先 全員:` in some versions),
 * and its older one's, `From` written `開始` and the author closed by a colon (`19:02:11 開始 小林 正 : 受信者 全員:`,
 * `10:01:23<TAB> 開始  小林 正  宛先  全員 : 本文`).
 */
const ZOOM_LOCAL = /^(?<time>[0-9]{2}:[0-9]{2}:[0-9]{2})[ \t]+(?:From|送信元|送信者|開始)[ \t]+(?<author>.{1,40}?)(?:[ \t]+|[ \t]*[:：][ \t]*)(?:to|To|宛先|受信者)[ \t]+(?<to>.{1,60}?)[ \t]*[:：][ \t]*(?<text>.*)$/u;
/** A message in a chat saved from the cloud recording: `00:02:11<TAB>小林 正:<TAB>本文`. */
const ZOOM_CLOUD = /^(?<time>[0-9]{2}:[0-9]{2}:[0-9]{2})\t(?<author>[^\t]{1,40}?)[:：]\t(?<text>.*)$/u;
/** A message to one person only. */
const PRIVATE = /[(（](?:Direct Message|Privately|ダイレクト[ \u3000]?メッセージ|プライベート)[)）]$/u;
/** Zoom's line for a reaction to a message. */
const REACTION = /^(?:Reacted to ".*" with .{1,8}|「.*」に.{1,8}でリアクションしました|Removed a .{1,8} reaction from ".*")$/u;
/** The parts of Zoom's file name that say what the file is, at its end or its start: `_meeting_saved_chat`, `_chat`, `meeting_saved_chat_…`, `zoom_chat_…`. */
const ZOOM_FILE_WORDS = /(?:^|[_\s])(?:zoom[_\s]+)?(?:meeting_saved_chat|saved_chat|chat)$|^(?:zoom[_\s]+)?(?:meeting_saved_chat|saved_chat|chat)(?=[_\s])/iu;

/**
 * A Zoom meeting's chat as Zoom saves it: on the computer (`…_meeting_saved_chat.txt`, `19:02:11 From 小林 正 to Everyone:`
 * and the message indented by a tab on the lines below, or after the colon on the same line; the Japanese client's
 * `送信元 … 宛先 全員:`, its older one's `開始 … : 受信者 全員:`) or from the cloud recording (`00:02:11<TAB>小林 正:<TAB>本文`). The meeting's date is the
 * file's name's (Zoom names both so); the messages become stamped turns of their authors under a body label (`内容`), the
 * authors the participants; direct messages (`to 小林 正(Direct Message)`) and reactions (`Reacted to "…" with 👍`) are left out.
 * Returns the lines as the readers know them (title, 日時, 参加者, stamped turns), or null when the text is no such chat.
 */
export function rewriteZoomChat(lines: readonly SourceLine[], source: string, dated: { iso: string; text: string } | null): SourceLine[] | null {
	const texts = lines.filter((line) => line.text.trim() !== '');
	const heads = texts.slice(0, 20).filter((line) => line.text.length <= 400 && (ZOOM_LOCAL.test(line.text) || ZOOM_CLOUD.test(line.text))).length;
	if (dated === null || heads < 3 || heads * 10 < Math.min(texts.length, 20) * 3) return null;
	const stem = source.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
	const name = stem.replace(/(?:GMT)?[0-9]{4}[-_.]?[0-9]{2}[-_.]?[0-9]{2}(?:[ _-][0-9]{2}[.:][0-9]{2}(?:[.:][0-9]{2})?)?/u, ' ').trim().replace(ZOOM_FILE_WORDS, '').replace(/[_\s]+/gu, ' ').trim();
	const body: SourceLine[] = [];
	const authors: string[] = [];
	const times: string[] = [];
	let local = false;
	let current: { line: number; head: string; words: string[]; hidden: boolean } | null = null;
	const flush = (): void => {
		if (current && !current.hidden) {
			const words = current.words.filter((word) => !REACTION.test(word));
			if (words.length > 0) body.push({ line: current.line, text: `${current.head}${words.join(' ')}` });
		}
		current = null;
	};
	let first: number | null = null;
	for (const source of lines) {
		const text = source.text.length <= 10_000 ? source.text : '';
		const message = (ZOOM_LOCAL.exec(text) ?? ZOOM_CLOUD.exec(text))?.groups;
		if (message) {
			flush();
			const author = (message['author'] ?? '').trim();
			const time = message['time'] ?? '';
			const hidden = message['to'] !== undefined && PRIVATE.test(message['to'].trim());
			if (message['to'] !== undefined) local = true;
			first ??= source.line;
			if (!hidden) {
				times.push(time);
				if (!authors.includes(author)) authors.push(author);
			}
			const words = (message['text'] ?? '').trim();
			current = { line: source.line, head: `[${time}] ${author}: `, words: words === '' ? [] : [words], hidden };
			continue;
		}
		// A message's lines, indented by a tab under its head.
		if (current !== null && text.trim() !== '') {
			current.words.push(text.trim());
			continue;
		}
		if (text.trim() === '') continue;
		flush();
		body.push(source);
	}
	flush();
	if (first === null || authors.length === 0) return null;
	const clock = local && times.length > 0 ? ` ${times[0]?.slice(0, 5)}〜${times.at(-1)?.slice(0, 5)}` : '';
	return [
		{ line: first, text: `${name || 'Zoom'} チャット履歴` },
		{ line: first, text: '' },
		{ line: first, text: `日時: ${dated.text}${clock}` },
		{ line: first, text: `参加者: ${authors.join(', ')}` },
		{ line: first, text: '' },
		// (The body's label: chat messages seldom end their sentences, by which a transcript's first turn is known.)
		{ line: first, text: '内容' },
		...body,
	];
}

/**
 * A message's author over its time in a Chatwork room copied as text: `石原 和也さん` (the app's honorific after the name), or a
 * name of two words without it (`岡田 雄一`, `Okada Yuichi`).
 */
const CHATWORK_AUTHOR = /^(?:(?<author>[^\s\[\]:：。、！？!?「」()（）][^\[\]:：。、！？!?「」]{0,28}?)さん|(?<name>[\p{L}ー々'.-]{1,12}[ \u3000][\p{L}ー々'.-]{1,12}))$/u;
/** The message's day and time under its author: `2025年2月4日 20:00`, `2025/02/04 20:00`, `2025-02-04(火) 20:00:15`. */
const CHATWORK_TIME = /^(?<y>[0-9]{4})(?:年|[/.-])(?<m>[0-9]{1,2})(?:月|[/.-])(?<d>[0-9]{1,2})日?(?:[ \u3000]*[(（][日月火水木金土][)）])?[ \t\u3000]+(?<time>[0-9]{1,2}:[0-9]{2})(?::[0-9]{2})?$/u;
/** Chatwork's notation for the room's pinned notice: `[info][title]広報部会[/title]…[/info]`. */
const CHATWORK_TITLE = /\[title\](?<title>[^[]{1,80})\[\/title\]/u;
/** Chatwork's notation inside a message: an address (`[To:123]中野 咲さん`), a reply (`[rp aid=… to=…]中野 咲さん`), a quote's head, the tags around a notice or a quote. */
const CHATWORK_TAGS = /\[(?:To:[0-9]+|rp aid=[0-9]+ to=[0-9-]+|piconname:[0-9]+|picon:[0-9]+)\](?:[^\s\[\]]{1,20}(?:[ \u3000][^\s\[\]]{1,20})?さん)?|\[qtmeta[^\]]{0,80}\]|\[\/?(?:info|title|qt|code|hr)\]/gu;
/** Chatwork's name in a seed's file name (`chatwork_広報部会_2025-02-04.txt`). */
const CHATWORK_FILE_WORD = /(?:^|[_\s])chat[ _-]?work(?=$|[_\s])/iu;

/** Where a Chatwork message's head stands: an author's line right over the day and time of the message, its words right under them. */
function chatworkHead(lines: readonly SourceLine[], index: number): { author: string; date: string; time: string } | null {
	const found = (lines[index]?.text.length ?? 0) <= 40 ? CHATWORK_AUTHOR.exec(trimSpaces(lines[index]?.text ?? ''))?.groups : undefined;
	const author = found?.author ?? found?.name;
	const stamp = author === undefined ? undefined : CHATWORK_TIME.exec(trimSpaces(lines[index + 1]?.text ?? ''))?.groups;
	if (author === undefined || stamp === undefined || trimSpaces(lines[index + 2]?.text ?? '') === '') return null;
	return { author: author.trim(), date: `${stamp.y}年${Number(stamp.m)}月${Number(stamp.d)}日`, time: (stamp.time ?? '').padStart(5, '0') };
}

/**
 * A Chatwork room copied as text, as a group holds a meeting in its chat: each message under its author with the app's `さん`
 * (`石原 和也さん`) and the message's day and time (`2025年2月4日 20:00`), the room's notice maybe above (`[info][title]広報部会[/title]…[/info]`).
 * As the readers know minutes: the notice's title (else the first line above the messages, else the file's name) as the
 * title, the first day and its first and last message's time as `日時`, the authors as `参加者`, each message a stamped turn
 * (`[20:00] 石原 和也: …`) with its further lines, a later day a note; Chatwork's notation (`[To:…]`, `[rp …]`, `[qt]`) is left
 * out of the words. Null unless two messages' heads are found, the first among the text's first lines.
 */
export function rewriteChatworkCopy(lines: readonly SourceLine[], source: string): SourceLine[] | null {
	const heads = new Map<number, { author: string; date: string; time: string }>();
	for (let index = 0; index < lines.length; index++) {
		const head = chatworkHead(lines, index);
		if (head) heads.set(index, head);
	}
	// (The heads are found in the lines' order: the first key is the first message.)
	const first = heads.keys().next().value ?? 0;
	if (heads.size < 2 || lines.slice(0, first).filter((line) => line.text.trim() !== '').length > 6) return null;
	const above = lines.slice(0, first).map((line) => trimSpaces(line.text)).filter((text) => text !== '');
	const notice = above.map((text) => CHATWORK_TITLE.exec(text)?.groups?.title).find((title) => title !== undefined);
	const plain = above.find((text) => !text.startsWith('[') && text.length <= 60);
	const stem = source.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
	const named = stem.replace(/[0-9]{4}[-_.]?[0-9]{2}[-_.]?[0-9]{2}/u, ' ').replace(CHATWORK_FILE_WORD, ' ').replace(/[_\s]+/gu, ' ').trim();
	const title = trimSpaces(notice ?? plain ?? (named === '' ? 'Chatwork' : `${named} チャット履歴`));
	const [firstHead] = [...heads.values()];
	const firstLine = lines[first]!.line;
	const times = [...heads.values()].filter((head) => head.date === firstHead?.date).map((head) => head.time);
	const authors = [...new Set([...heads.values()].map((head) => head.author))];
	const out: SourceLine[] = [
		{ line: lines[0]?.line ?? firstLine, text: title },
		{ line: firstLine, text: '' },
		{ line: firstLine + 1, text: `日時: ${firstHead?.date ?? ''} ${times[0] ?? ''}〜${times.at(-1) ?? ''}` },
		{ line: firstLine, text: `参加者: ${authors.join(', ')}` },
		{ line: firstLine, text: '' },
		{ line: firstLine, text: '内容' },
	];
	// (The notice's words besides its title, `本チャットで部会を行います。`, stay above the first message.)
	for (const line of lines.slice(0, first)) {
		const text = trimSpaces(line.text.replace(CHATWORK_TITLE, '').replace(CHATWORK_TAGS, ''));
		if (text !== '' && notice !== undefined && line.text.includes('[')) out.push({ line: line.line, text }, { line: line.line, text: '' });
	}
	let day = firstHead?.date;
	let pending: { line: number; head: string } | null = null;
	for (let index = first; index < lines.length; index++) {
		const head = heads.get(index);
		if (head) {
			if (pending) out.push({ line: pending.line, text: pending.head.trimEnd() });
			if (head.date !== day) out.push({ line: lines[index]!.line, text: `〔${head.date}〕` });
			day = head.date;
			pending = { line: lines[index]!.line, head: `[${head.time}] ${head.author}: ` };
			index++;
			continue;
		}
		const source = lines[index]!;
		const text = source.text.replace(CHATWORK_TAGS, '').trimEnd();
		if (text.trim() === '' && source.text.trim() !== '') continue;
		if (pending && text.trim() !== '') {
			out.push({ line: source.line, text: `${pending.head}${text.trim()}` });
			pending = null;
			continue;
		}
		out.push({ line: source.line, text });
	}
	if (pending) out.push({ line: pending.line, text: pending.head.trimEnd() });
	return out;
}
