/**
 * Agenda items: `議題（N）「…」` lines in the body (one or several per line),
 * unquoted layouts such as `議題１　…` and `（議題1）…`, and the agenda list
 * of a header section (`4. 議題`, `議事次第`) merged with the body by number.
 */
import type { AgendaItem } from '../schemas/meeting.ts';
import { atMostCharacters, isSeparator, joinWrappedLines, matchForm, matchFormWithMap, originalSlice, PAGE_NUMBER, saysNone, stripDecoration, trimSpaces } from './normalize.ts';
import { parseNumeral } from './numerals.ts';
import type { SourceLine } from './normalize.ts';

/** One agenda item as written in a line. */
export interface AgendaMention {
	number: number;
	title: string;
	/** The item in short form as written: `議題（1）国際連携について`. */
	label: string;
}

const NUM = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
/** `議題（1）「`, `議題(2)「`, `議事（３）「` on the NFKC form; the title runs to the matching 」. */
const AGENDA_START = new RegExp(`(?:議題|議事)\\s*\\(\\s*(?<number>${NUM})\\s*\\)\\s*「`, 'gu');
/** A line starting an agenda item (NFKC, decoration stripped): `議題(1)…`, `議題1 …`, `(議題1)…`. */
const AGENDA_LEAD = new RegExp(
	`^(?:\\(\\s*議[題事]\\s*(?<n1>${NUM})\\s*\\)|議[題事]\\s*(?:\\(\\s*(?<n2>${NUM})\\s*\\)|(?<n3>${NUM})(?=[\\s.:、。「]|$)))[\\s.:、。]*(?![のにはでをがともへや])`,
	'u',
);
/** An item's number in brackets, which a long agenda runs past 99 (`（100）`). */
const PAREN_NUM = `[0-9]{3}|${NUM}`;
/** A numbered header agenda line: `(1) …`, `(100) …`, `1. …`, `1 …`, `一、…`, `第１　…` (Word's numbering `第%1`, no `号` or `回` after it). */
const NUMBERED_ITEM = new RegExp(`^(?:\\(\\s*(?<paren>${PAREN_NUM})\\s*\\)|第?(?<plain>${NUM})\\s*(?:[.、。]|\\s)|(?<circled>[①-⑳]))\\s*`, 'u');
/**
 * Where a line lists the next numbered part after a space, by the parts' form: before `２　会長あいさつ` in `１　開会　２　会長あいさつ`,
 * before `（２）ポンプ車の更新について` in `（１）…について　（２）…について`, before `②…` in `①…　②…`; each with the number opening a
 * part (NFKC: `①` is `1`).
 */
const NEXT_PARTS: readonly { next: RegExp; number: RegExp }[] = [
	{ next: /[\s\u3000]+(?=[0-9０-９]{1,2}[\s\u3000.．、])/gu, number: /^(?<n>[0-9]{1,2})/u },
	{ next: /[\s\u3000]+(?=[（(][0-9０-９]{1,2}[)）])/gu, number: /^\((?<n>[0-9]{1,2})\)/u },
	{ next: /[\s\u3000]+(?=[①-⑳])/gu, number: /^(?<n>[0-9]{1,2})/u },
];
/** How a matter of business ends its title: `…について`, `…の件`, `…（報告）`. */
const BUSINESS_END = /(?:について|の件|[（(](?:報告|協議|審議|承認)[）)])$/u;

/**
 * A 会議次第 typed on one line (`１　開会　２　会長あいさつ　３　議事（１）…について　４　閉会`) as one line per part, when three
 * parts or more are numbered one after another; any other line as it is.
 */
function runTogetherItems(source: SourceLine): SourceLine[] {
	if (source.text.length > 400) return [source];
	for (const form of NEXT_PARTS) {
		const parts = source.text.trim().split(form.next);
		// (Two parts are a list too when each is a matter of business, `１　夏季訓練の日程について　２　ポンプ車の更新について`: the
		// second had been cut off the first's title and lost.)
		if (parts.length < 2 || (parts.length === 2 && !parts.every((part) => BUSINESS_END.test(part.trim())))) continue;
		const numbers = parts.map((part) => Number(form.number.exec(part.normalize('NFKC'))?.groups?.['n'] ?? NaN));
		if (numbers.every((n, i) => n === (numbers[0] ?? 0) + i)) return parts.map((text) => ({ ...source, text }));
	}
	return [source];
}

/** A circled number opening an agenda line, as written (`①開会`, `②　事務局説明`). */
const CIRCLED_ITEM = /^[①-⑳][\s\u3000]*/u;
/** Bullets of unnumbered agenda lines. */
const BULLET = /^[・･\-‐○〇●◯•*]\s*/u;
/** Where an unquoted title ends: after `について` followed by punctuation, or at the first 。. */
const TITLE_END = /について(?=[、。,\s])|。/u;

/** The title inside the 「 opening at `open` (offset of the text after 「), or null when it never closes. */
function quoted(text: string, open: number): { inner: string; close: number } | null {
	let depth = 1;
	for (let i = open; i < text.length; i++) {
		const char = text[i];
		if (char === '「') depth++;
		else if (char === '」' && --depth === 0) return { inner: text.slice(open, i), close: i };
	}
	return null;
}

/** Every `議題（N）「title」` in a text, with the title as written (nested 「」 kept). */
export function findAgendaItems(text: string): AgendaMention[] {
	const mapped = matchFormWithMap(text);
	const items: AgendaMention[] = [];
	for (const match of mapped.text.matchAll(AGENDA_START)) {
		const number = parseNumeral(match.groups?.number ?? '');
		const start = match.index ?? 0;
		const open = start + match[0].length;
		const found = quoted(mapped.text, open);
		if (number === null || !found) continue;
		const title = trimSpaces(originalSlice(text, mapped, open, found.close));
		const label = trimSpaces(originalSlice(text, mapped, start, open - 1));
		if (title !== '') items.push({ number, title, label: `${label}${title}` });
	}
	return items;
}

/** True when a line (decoration such as ◆ allowed) starts with an agenda number: `議題（1）`, `議題１`, `（議題1）`. */
export function isAgendaLead(line: string): boolean {
	return isAgendaLeadForm(matchFormWithMap(stripDecoration(line).text).text);
}

/** `isAgendaLead` for a line already undecorated and in match form (as `classifyLine` has it). */
export function isAgendaLeadForm(folded: string): boolean {
	return AGENDA_LEAD.test(folded);
}

/** Cut an unquoted title at `について、` or `。`; strip 「」 around the whole title. */
function shortTitle(rest: string): string {
	const end = TITLE_END.exec(rest);
	let title = trimSpaces(end ? rest.slice(0, end.index + (end[0] === '。' ? 0 : end[0].length)) : rest);
	if (title.startsWith('「') && title.endsWith('」') && quoted(title, 1)?.close === title.length - 1) title = title.slice(1, -1);
	return trimSpaces(title);
}

/**
 * The agenda items a line starting with an agenda number introduces: every
 * quoted `議題（N）「…」` in it, else one unquoted item (`議題１　国際連携について`).
 */
export function readAgendaLine(line: string): AgendaMention[] {
	const { text } = stripDecoration(line);
	const mapped = matchFormWithMap(text);
	const lead = AGENDA_LEAD.exec(mapped.text);
	if (!lead?.groups) return [];
	const quotedItems = findAgendaItems(text);
	if (quotedItems.length > 0) return quotedItems;
	const number = parseNumeral(lead.groups.n1 ?? lead.groups.n2 ?? lead.groups.n3 ?? '');
	const rest = originalSlice(text, mapped, lead[0].length);
	const title = shortTitle(rest);
	if (number === null || title === '') return [];
	const written = trimSpaces(originalSlice(text, mapped, 0, lead[0].length)).replace(/[.:：、。．]+$/u, '');
	const separator = lead.groups.n3 !== undefined ? '　' : '';
	return [{ number, title, label: `${written}${separator}${title}` }];
}

/** An association's or a company's motion heading its part of the text (NFKC): `第1号議案 計算書類承認の件`. */
const NUMBERED_MOTION_HEADING = /^第(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,4})号議案(?:[\s:：]+\S|$)/u;

/**
 * A section headed by a motion of an association or a company (`第１号議案　第２５期計算書類承認の件`, the record taking its
 * motions up one by one): that item, its number the motion's and its title the heading as written; none for any other heading.
 */
export function readMotionHeading(title: string): AgendaMention[] {
	const bare = trimSpaces(title);
	const n = NUMBERED_MOTION_HEADING.exec(matchForm(bare))?.groups?.n;
	const number = n === undefined ? null : parseNumeral(n);
	return number === null || !atMostCharacters(bare, 80) ? [] : [{ number, title: bare, label: bare }];
}

/** A header agenda line read as an item; `style` tells `(1)` lists from `1.` lists. */
interface HeaderItem {
	number: number | null;
	title: string;
	style: 'paren' | 'circled' | 'plain' | 'none' | 'motion';
}

/** A motion or report by its number (`第1号議案 …`, `議案第１２号 …`, `報告第３号 …`): an item of its own, never the end of the item above. */
/** A motion's or report's number, as a regex source (NFKC): `第1号議案`, `議案第１２号`, `報告第３号`. */
export const MOTION_NUMBER = '(?:第[0-9一二三四五六七八九十百]+号(?:議案|報告|諮問)|(?:議案|議|報告|諮問|協議|審議|付議|承認|認定|請願|陳情)第[0-9一二三四五六七八九十百]+号)';
const MOTION = new RegExp(`^${MOTION_NUMBER}`, 'u');

/** A list entry that only announces the agenda items nested under it. */
const CONTAINER = /^(?:議題|議事|議題等|議事等|審議事項|報告事項|協議事項|議案)$/u;

/** True for an entry that only announces the agenda items nested under it (`議題`, `報告事項：`, `（２）議　事`). */
export function isAgendaContainer(title: string): boolean {
	return CONTAINER.test(matchForm(title).replace(/\s/gu, '').replace(/[:：]$/u, ''));
}

/**
 * The agenda proper of a 議事次第: the items nested under `議題` (`(2) 議題` / `① …` / `② …`),
 * else the bracketed ones of a mixed list (`1. 開会 / (1) … / 2. 閉会`), else all.
 */
function agendaProper(items: readonly HeaderItem[]): HeaderItem[] {
	// Every container's nested items (`3. 報告事項` / `(1) …` and `4. 審議事項` / `第1号議案 …` are both the agenda).
	const nested: HeaderItem[] = [];
	// (`報告事項：` too, a colon after the word, as a 審議会's header writes its kinds of business.)
	// (So is a kind of business in brackets, `【報告事項】` / `（決議事項）`, and any heading of the list in brackets, `【陳情】`: it had
	// been one more item, or the end of the one above.)
	const isContainer = (item: HeaderItem) => isAgendaContainer(item.title) || BUSINESS_KIND.test(trimSpaces(item.title)) || (item.style === 'none' && CATEGORY.test(item.title));
	// (An item of the list's own after its items of business that is business too, `その他`: no heading of a kind, no part of the order.)
	const businessAfter = (item: HeaderItem) => !isContainer(item) && !ORDER_ONLY.test(matchForm(item.title).replace(/[\s\u3000]/gu, ''));
	// A sitting's order of business (`日程第１　会議録署名委員の指名` / … / `日程第４　報告事項` / `(1) …`): every 日程 is business of its
	// own, kept with the items under it (the 日程 had been left out for the items in brackets, and the chair's `日程第２、…` led nowhere).
	if (SCHEDULED.test(items[0]?.title ?? '')) return [...items];
	items.forEach((item, container) => {
		if (!isContainer(item)) return;
		const nestedStyle = items[container + 1]?.style;
		if (nestedStyle === undefined || nestedStyle === item.style) return;
		for (const inner of items.slice(container + 1)) {
			if (inner.style !== nestedStyle) break;
			nested.push(inner);
		}
	});
	// (Motions listed before the first such heading are the section's own items of business, `議　案：` / `議第１号　…` /
	// `報告事項：` / `（１）…`: kept before the nested ones, where they had been lost.)
	const first = items.findIndex(isContainer);
	// (So is a bill numbered as the kinds are, `1 議案第45号 …` over `2 報告事項` / `(1)…`, as a committee's record lists what it examined.)
	// (And the list's own items after the nested ones that are business, not the order's opening or close: `３　その他` after
	// `２　議事` / `（１）…` / `（２）…`, before `４　閉会`; it had been left out of the agenda and of the text, no word said.)
	if (nested.length > 0) {
		const lastNested = items.lastIndexOf(nested.at(-1) as HeaderItem);
		const after = items.slice(lastNested + 1).filter((item) => item.style === items[first]?.style && businessAfter(item));
		return [...items.slice(0, first).filter((item) => item.style === 'motion' || (item.style === 'plain' && motionOf(item.title) !== null)), ...nested, ...after];
	}
	const styles = new Set(items.map((item) => item.style));
	// (A committee's business numbered `1 議長からの諮問事項について` over its parts `(1)議会報告会の実施について`, every numbered item a
	// matter of its own: each item, its parts on its title set apart; the items had been lost for their parts, and the chair's
	// `日程第1「…」(1)「…」` led to no item.)
	const matters = items.filter((item) => item.style === 'plain');
	if (styles.size === 2 && styles.has('paren') && items[0]?.style === 'plain' && matters.length >= 2 && matters.every((item) => MATTER_ITEM.test(trimSpaces(item.title)))) {
		const joined: HeaderItem[] = [];
		for (const item of items) {
			const parent = joined.at(-1);
			if (item.style === 'paren' && parent !== undefined) parent.title = `${parent.title}\u3000(${item.number ?? ''})${item.title}`;
			else joined.push({ ...item });
		}
		return joined;
	}
	// (A motion is an item of business whatever the list numbers in brackets around it.)
	// (The list's own items after the bracketed ones that are business, not the order's close, `３　その他` before `４　閉会`, stay.)
	if (styles.has('paren') && styles.size > 1) {
		const lastParen = items.findLastIndex((item) => item.style === 'paren');
		return items.filter((item, at) => item.style === 'paren' || item.style === 'motion' || (at > lastParen && businessAfter(item)));
	}
	// (A kind of business unnumbered over an item of its own, `議案第２号　…` / `報告事項` / `　…の改定について`, heads that item, no
	// item itself: it had been one more item of the agenda; over another kind or the close, `報告事項` / `協議事項`, it is one.)
	return items.filter((item, at) => {
		const next = items[at + 1];
		return !(item.style === 'none' && isContainer(item) && next !== undefined && !isContainer(next) && !OWN_ITEM.test(matchForm(next.title).replace(/[\s\u3000]/gu, '').replace(/:$/u, '')));
	});
}

/** The order's own parts, no business: `開会`, `閉会`, `会長あいさつ`, `開会の辞`. */
const ORDER_ONLY = /^(?:開会|閉会|散会|開議|閉議|\S{0,8}(?:挨拶|あいさつ)|\S{0,6}の辞)$/u;
/** A numbered item that is a matter of business, no kind of it: `議長からの諮問事項について`, `…の件`, `その他`. */
const MATTER_ITEM = /(?:について|に関する件|の件|その他)$/u;

/** An item of a sitting's order of business, by its number: `日程第１　…`, `日程第十　…`. */
const SCHEDULED = /^日程第(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})(?:[\s\u3000]|$)/u;

/** A heading over the items of one kind, in brackets: `【陳　情】`, `【報告事項】`, `〔審査事項〕`. */
const CATEGORY = /^[【［〔＜<〈][^【】［］〔〕＜＞<>〈〉]{1,20}[】］〕＞>〉]$/u;

/**
 * A kind of business in brackets over the items of that kind, as a board's or a general meeting's 議題 lists them after its
 * motions or before them: `【報告事項】`, `（決議事項）`, `(報告事項)`.
 */
const BUSINESS_KIND = /^[（(【［〔＜<〈][\s\u3000]*(?:審[\s\u3000]*議|報[\s\u3000]*告|協[\s\u3000]*議|決[\s\u3000]*議|議[\s\u3000]*決|連[\s\u3000]*絡|確[\s\u3000]*認)[\s\u3000]*事[\s\u3000]*項[\s\u3000]*[）)】］〕＞>〉]$/u;

/** A part of the meeting over the items numbered again under it: `第１部　報告事項`, `第二部`. */
const MEETING_PART = /^第(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})部(?:[\s\u3000：:]+\S.*)?$/u;

/** The sitting's opening or closing in brackets, alone on its line: `（開会）`, `（閉会）`. */
const BRACKETED_ORDER_PART = /^[（(][\s\u3000]*(?:開[\s\u3000]*会|閉[\s\u3000]*会|開[\s\u3000]*議|散[\s\u3000]*会)[\s\u3000]*[）)]$/u;

/** A point under an item, marked by a kana or a letter of its own: `ア　事務局説明`, `イ．質疑`, `（ア）…`, `a) …`. */
const SUB_POINT = /^(?:[アイウエオカキクケコ][\s\u3000.．、)）]|[（(][アイウエオカキクケコａ-ｚa-z][)）]|[ａ-ｚa-z][.．)）])/u;

/** A title that has ended: a motion's or an item's word for what it is about (`…の件`, `…について`, `…（案）`). */
const ENDED_TITLE = /(?:の件|について|に関する件|[（(]案[）)]|[（(](?:諮問|報告|協議|承認)[）)])$/u;

/** Items that are never the end of a wrapped title: `その他`, `閉会`, `報告事項`. */
const OWN_ITEM = /^(?:その他|開会|閉会|報告事項|協議事項|意見交換|質疑応答)$/u;
/** An item led by the kind of business before its title: `報告事項　管理費等滞納状況について`, `その他：…` (never a wrapped title's end). */
const KIND_LED_ITEM = /^(?:その他|報告事項|協議事項|審議事項|決議事項|連絡事項|確認事項)[\s\u3000：:]+\S/u;

/**
 * Read the agenda list of a header section (`(1) …`, `１　…`, `議題（1）「…」`, `・…`); wrapped lines continue a numbered item,
 * unnumbered lines are items each, and `なし` is none.
 */
export function parseHeaderAgenda(lines: readonly SourceLine[]): { number: number; title: string }[] {
	const items: HeaderItem[] = [];
	/** Items with wrapped lines: their pieces, joined once after the last line. */
	const continued = new Map<HeaderItem, string[]>();
	for (const source of lines.flatMap(runTogetherItems)) {
		const { text } = stripDecoration(source.text);
		// (Nor is a page number a PDF's text left under the list, `1/3`, any item's end.)
		// (Nor is the opening or the closing in brackets around the items, `（開会）` / `１．…` / `（閉会）`, as a 内閣府 council's
		// 議題 lists them: no item of business, and never the end of the item above it.)
		if (text === '' || /^[（(][^）)]*(?:予定|敬称略|順不同)[^）)]*[）)]$/u.test(text) || BRACKETED_ORDER_PART.test(trimSpaces(text)) || isSeparator(text) || saysNone(text) || PAGE_NUMBER.test(matchForm(trimSpaces(text)))) continue;
		const mentioned = readAgendaLine(text);
		if (mentioned.length > 0) {
			items.push(...mentioned.map((item) => ({ number: item.number, title: item.title, style: 'paren' as const })));
			continue;
		}
		// (`①開会`: NFKC makes the circled number a digit run into the title, so it is read as written.)
		const circledItem = CIRCLED_ITEM.exec(text);
		if (circledItem) {
			const title = shortTitle(text.slice(circledItem[0].length));
			if (title !== '') {
				items.push({ number: (circledItem[0].codePointAt(0) ?? 0x2460) - 0x2460 + 1, title, style: 'circled' });
				continue;
			}
		}
		const mapped = matchFormWithMap(text);
		const numbered = NUMBERED_ITEM.exec(mapped.text);
		if (numbered?.groups) {
			const circled = numbered.groups.circled;
			const number = circled ? circled.charCodeAt(0) - 0x2460 + 1 : parseNumeral(numbered.groups.paren ?? numbered.groups.plain ?? '');
			const title = shortTitle(originalSlice(text, mapped, numbered[0].length));
			if (number !== null && title !== '') items.push({ number, title, style: circled ? 'circled' : numbered.groups.paren ? 'paren' : 'plain' });
			continue;
		}
		if (MOTION.test(mapped.text.replace(/\s/gu, ''))) {
			items.push({ number: null, title: shortTitle(text), style: 'motion' });
			continue;
		}
		// `【報告事項】` over the items of one kind: a heading of the list, never the end of the item above it; so is a part of the
		// meeting, `第２部　協議事項` (it had run on into the title of the last item of the part before).
		// (So is the word of the business alone, `議　事` / `第１号議案　…` under a convention's order numbered `１．開会` … `６．閉会`: it
		// had run on into the last part's title, `閉会議　事`.)
		if (CATEGORY.test(text) || MEETING_PART.test(trimSpaces(text)) || BUSINESS_KIND.test(trimSpaces(text)) || (items.length > 0 && isAgendaContainer(text))) {
			items.push({ number: null, title: text, style: 'none' });
			continue;
		}
		const bullet = BULLET.exec(text);
		const previous = items.at(-1);
		// A line goes on a numbered item's title (a wrapped line); unnumbered lines are items of their own (`議題` / `…について` / `その他`).
		if (!bullet && previous && previous.style !== 'none' && !OWN_ITEM.test(matchForm(text).replace(/[\s\u3000]/gu, '').replace(/:$/u, '')) && !KIND_LED_ITEM.test(trimSpaces(text))) {
			// (A point under the item, `ア　事務局説明` / `イ　質疑`, goes on its title set apart, not run into it as a wrapped line
			// would be: `用途地域の変更について（諮問）　ア　事務局説明　イ　質疑`, where it had read `…（諮問）ア事務局説明イ質疑`.)
			// (Nor is a sentence under a title that has ended, `第１号議案　定款一部変更の件` / `当会社の商号を…に変更する。`, as a
			// resolution in writing states what was resolved: set apart, where it had run on into `…の件当会社の…`.)
			const pieces = continued.get(previous);
			const ended = ENDED_TITLE.test(trimSpaces(pieces?.at(-1) ?? previous.title)) && /。$/u.test(trimSpaces(text));
			const piece = SUB_POINT.test(text) || ended ? `\u3000${text}` : text;
			if (pieces) pieces.push(piece);
			else continued.set(previous, [previous.title, piece]);
		} else items.push({ number: null, title: shortTitle(text.slice(bullet?.[0].length ?? 0)), style: 'none' });
	}
	for (const [item, pieces] of continued) item.title = joinWrappedLines(pieces);
	const kept = agendaProper(items);
	const result: { number: number; title: string }[] = [];
	const numbers = new Set<number>();
	let last = 0;
	for (const item of kept) {
		let number = item.number ?? last + 1;
		// Numbered again from (1) under each kind of item (`【陳情】 (1) …`, `【報告事項】 (1) …`): each item is kept, numbered on.
		if (numbers.has(number) && !result.some((known) => known.title === item.title)) number = Math.max(...numbers) + 1;
		last = number;
		if (item.title !== '' && !numbers.has(number)) {
			numbers.add(number);
			result.push({ number, title: item.title });
		}
	}
	return result;
}

/** A leading agenda number in a reduced title: 議題(1), (1), 1. */
const AGENDA_NUMBER_PREFIX = new RegExp(`^(?:\\(?議[題事](?:\\(?(?:${NUM})\\)?)\\)?|\\((?:${NUM})\\)|(?:${NUM})[.、])`, 'u');

/** A title reduced for comparing: NFKC, no spaces or quotes, no leading agenda number, no trailing について. */
function agendaKey(title: string): string {
	return matchForm(title)
		.replace(/[\s「」『』"“”]/gu, '')
		.replace(AGENDA_NUMBER_PREFIX, '')
		.replace(/について$/u, '');
}

/** The motion's number a title starts with (`議案第62号`, `請願第4号`, NFKC, no spaces), or null. */
function motionOf(title: string): string | null {
	return MOTION.exec(matchFormWithMap(title).text.replace(/[\s【】［］\[\]]/gu, ''))?.[0] ?? null;
}

/** Merge header agenda items with those found in the body by number; header titles win, body sections are kept, else titles are matched. */
export function mergeAgenda(
	header: readonly { number: number; title: string }[],
	body: readonly AgendaItem[],
	sections: readonly { id: string; title: string }[],
): AgendaItem[] {
	const sectionKeys = sections.map((s) => ({ id: s.id, key: agendaKey(s.title), motion: motionOf(s.title) }));
	const merged: AgendaItem[] = header.map((item) => {
		const fromBody = body.find((known) => known.number === item.number);
		const key = agendaKey(item.title);
		const motion = motionOf(item.title);
		// `議案第６２号　…について` under a heading `【議案第６２号】`: the same motion by its number.
		const section = fromBody?.section ?? sectionKeys.find((s) => key !== '' && s.key === key)?.id ?? (motion === null ? undefined : sectionKeys.find((s) => s.motion === motion)?.id) ?? null;
		return { number: item.number, title: item.title, section };
	});
	if (merged.length === 0) return [...body];
	for (const item of body) if (!merged.some((known) => known.number === item.number)) merged.push(item);
	return merged.sort((a, b) => a.number - b.number);
}

/** `日程第２`, `日程第十` in an item's title or a remark (NFKC). */
const SITTING_ITEM = /日程第([0-9]{1,3}|[一二三四五六七八九十百]{1,4})/u;
const MOTION_ANYWHERE = new RegExp(MOTION_NUMBER, 'u');
/** Characters of an item's title looked for in the remarks, at most (a long title is often quoted shortened). */
const TITLE_PROBE = 16;
/** An item's title shorter than this (without its number) is too plain to find it by (`その他`, `報告`). */
const TITLE_MIN = 6;

/** A text as compared: NFKC, no spaces, numerals of motions and 日程 as digits. */
function agendaForm(text: string): string {
	return matchForm(text)
		.replace(/\s/gu, '')
		.replace(/第([一二三四五六七八九十百]{1,4})(号|回)?/gu, (whole, numeral: string, unit: string | undefined) => {
			const n = parseNumeral(numeral);
			return n === null ? whole : `第${n}${unit ?? ''}`;
		});
}

/**
 * The first remark that takes up the sitting's item of this number (`日程第２、会期の決定を議題とします`, `日程第二を議題といたします`),
 * for a 議事日程 whose items are numbered as its 日程 are: the item's title may be too plain to find it by (`会期の決定`).
 */
export function remarkTakingUp(number: number, remarks: readonly { id: string; text: string }[]): string | undefined {
	const probe = new RegExp(`日程第${number}(?![0-9])`, 'u');
	return remarks.find((remark) => probe.test(agendaForm(remark.text.slice(0, 20_000))))?.id;
}

/**
 * Link each agenda item without a section to the first remark that names it: its motion's number (`議案第７２号`), its
 * `日程第N`, or the start of its title. A Diet or assembly sitting takes its items up in the chair's turns
 * (`日程第２、議案第７２号…を議題といたします`), so the page's agenda can take the reader there. In place.
 */
export function linkAgendaToRemarks(agenda: AgendaItem[], remarks: readonly { id: string; text: string }[]): void {
	const unlinked = agenda.filter((item) => item.section === null && item.remark === undefined);
	if (unlinked.length === 0 || remarks.length === 0) return;
	const texts = remarks.map((remark) => agendaForm(remark.text.slice(0, 20_000)));
	for (const item of unlinked) {
		const title = agendaForm(item.title);
		const probes: string[] = [];
		const motion = MOTION_ANYWHERE.exec(title)?.[0];
		if (motion) probes.push(motion);
		const sitting = SITTING_ITEM.exec(title)?.[0];
		if (sitting) probes.push(sitting);
		const core = title.replace(AGENDA_NUMBER_PREFIX, '').replace(SITTING_ITEM, '').replace(MOTION_ANYWHERE, '').replace(/^[、,。.\s]+/u, '');
		if ([...core].length >= TITLE_MIN) probes.push([...core].slice(0, TITLE_PROBE).join(''));
		// (`民法等の一部を改正する法律案（内閣提出第五七号）` taken up as `内閣提出、民法等の一部を改正する法律案を議題`: the title before its bracket.)
		const head = core.split(/[（(]/u)[0] ?? '';
		if (head !== core && [...head].length >= TITLE_MIN) probes.push([...head].slice(0, TITLE_PROBE).join(''));
		for (const probe of probes) {
			const at = texts.findIndex((text) => text.includes(probe));
			if (at >= 0) {
				item.remark = remarks[at]?.id;
				break;
			}
		}
	}
}
