/**
 * The assembly reader: 会議録 of local assemblies as the municipal minutes systems export them
 * (DiscussNet, kensakusystem, gijiroku-style text). A header of labelled or numbered lines
 * (`開催日：…`, `会議名：…`, `１　期日　　令和６年１２月２７日`, `令和６年11月29日（金）午前10時開議`),
 * the rolls (`出席議員（82人）` in seat-numbered columns, `欠席議員`, `説明のため出席した者` as post and
 * name columns, `事務局職員`), the 議事日程, then the transcript of `○議長（鈴木太郎君）　…` turns.
 * Steps: split header / transcript → header lines by handler → transcript → assembly and session → record.
 */
import type { AgendaItem, Meeting, Member, ParticipantGroup } from '../../schemas/meeting.ts';
import { findDate, findTimeRange, readSittingTime } from '../date.ts';
import { error, warning } from '../diagnostics.ts';
import { readPaddedName } from '../names.ts';
import { replaceSpaceRuns, trimSpaces, type SourceLine } from '../normalize.ts';
import { parseNumeral } from '../numerals.ts';
import { finishRecord, noRecord } from '../record.ts';
import { seriesSlug } from '../series.ts';
import { isPageMarker, isSeparator, readTranscript, readTurn } from '../transcript.ts';
import type { Block, Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import type { Reader, SourceDocument } from './types.ts';

/** Lines searched for the recognition marks. */
const RECOGNIZE_LINES = 80;
/** Numbering or a mark before a header line: `1 `, `１　`, `1.`, `〇`, `◎`, `・`. */
const HEADER_PREFIX = /^[\s\u3000]*(?:[0-9０-９]{1,2}(?:[\s\u3000]+|[.．、](?!\d))|[〇◯○◎・△▽◇◆●□■][\s\u3000]*)/u;
/** An assembly's name: `○○市議会`, `長門市議会`, `東京都議会`. */
const ASSEMBLY_NAME = /(?<name>[^\s0-9()（）年月日第回号:：、。]{1,12}?(?:都|道|府|県|市|区|町|村)議会)/u;
/** The session: `令和6年第4回定例会`, `平成28年6月定例会(第4回)`, `令和元年9月(定例)`, `令和6年第4回○○市議会定例会`. */
const SESSION = /(?<era>令和|平成|昭和)(?<year>元|[0-9]+)年(?:(?<month>[0-9]+)月)?(?:第(?<n>[0-9]+)回)?(?:[^\s()（）]{0,12}?議会)?(?<kind>定例会|臨時会|定例月議会|[(（]定例[)）]|[(（]臨時[)）])(?:[(（]第(?<n2>[0-9]+)回[)）])?/u;
/** The sitting's number: `（第２号）`, `議事日程(第1号)`, `(第1日)`, `-02号`. */
const SITTING_NUMBER = /(?:第(?<n>[0-9]+)|-(?<dash>[0-9]+))(?<unit>号|日)/u;
/** A committee of the assembly named in the meeting name. */
const COMMITTEE = /(?<name>[^\s()（）年月日第回号:：]{1,20}委員会)/u;
/** How a post in a roll ends: 市長, 教育長, 会計管理者, 書記, 参事, … (a bracket after it allowed). */
const POST_END = /(?:長|者|員|監|官|役|理事|参事|主幹|主査|書記|補佐|参与|主任|委員)$/u;

/** The header keys and how a (prefix-less, NFKC, spaceless) line opens them. */
const HEADER_KEYS: readonly { key: HeaderKey; pattern: RegExp }[] = [
	{ key: 'date', pattern: /^(?:開催日|開催日時|期日|日時|開会日|招集年月日|会議日)[:：]?/u },
	{ key: 'name', pattern: /^会議名[:：]?/u },
	{ key: 'location', pattern: /^(?:場所|会場|開催場所|招集場所)[:：]?/u },
	{ key: 'present', pattern: /^出席議員/u },
	{ key: 'absent', pattern: /^欠席議員/u },
	{ key: 'officials', pattern: /^(?:説明のため(?:会議に)?出席した者|出席説明員|説明員|地方自治法第[0-9]+条.*出席した者)/u },
	{ key: 'staff', pattern: /^(?:出席事務局職員|事務局職員|職務のため(?:会議に)?出席した(?:事務局)?職員|議会事務局出席者|会議に出席した事務局職員)/u },
	{ key: 'agenda', pattern: /^(?:議事日程|本日の会議に付した事件)/u },
	{ key: 'notes', pattern: /^(?:会議録署名議員|署名議員)/u },
];
type HeaderKey = 'date' | 'name' | 'location' | 'present' | 'absent' | 'officials' | 'staff' | 'agenda' | 'notes';
/** Participant group names by roll key. */
const ROLL_GROUPS: Partial<Record<HeaderKey, string>> = { present: '出席議員', absent: '欠席議員', officials: '説明のため出席した者', staff: '事務局職員' };

/** The header as read. */
interface AssemblyHeader {
	date: string | null;
	dateLine: number | null;
	start: string | null;
	location: string | null;
	/** Text naming the assembly and the session (title lines, 会議名). */
	naming: { text: string; line: number }[];
	participants: ParticipantGroup[];
	agenda: AgendaItem[];
	notes: { text: string; line: number }[];
}

/** The NFKC form without spaces. */
const compact = (text: string): string => replaceSpaceRuns(text.normalize('NFKC'), '');

/** A line without its numbering or mark. */
const unprefixed = (text: string): string => text.replace(HEADER_PREFIX, '');

/** What follows the heading word on its line (`出席議員（82人）　１番 …` → `１番 …`), counts and `なし` dropped. */
function afterHeading(text: string, pattern: RegExp): string {
	const body = unprefixed(trimSpaces(text));
	const match = pattern.exec(replaceSpaceRuns(body.normalize('NFKC'), ''));
	if (!match) return '';
	// Walk the original to the same number of non-space characters.
	let seen = 0;
	let index = 0;
	const chars = [...body];
	while (index < chars.length && seen < [...match[0]].length) {
		if (!/[\s\u3000]/u.test(chars[index] ?? '')) seen++;
		index++;
	}
	return trimSpaces(chars.slice(index).join('').replace(/^[\s\u3000]*[（(]?[\s\u3000]*[0-9０-９]+[\s\u3000]*[人名][\s\u3000]*[）)]?/u, '').replace(/^[\s\u3000]*[:：]/u, ''));
}

/** Members of a seat-numbered roll line: `１番　山田太郎　　２番　佐藤花子`, `1番 三 浦 芳 一 議員`; else cells apart by 2+ spaces. */
function readMembers(text: string): Member[] {
	const trimmed = trimSpaces(text);
	if (trimmed === '' || /^[（(]?(?:なし|無し|ありません)[）)]?$/u.test(trimmed)) return [];
	const seats = [...trimmed.matchAll(/(?<seat>[0-9０-９]+)[\s\u3000]*番[\s\u3000]*(?<name>.+?)(?=[\s\u3000]*[0-9０-９]+[\s\u3000]*番|$)/gu)];
	const cells = seats.length > 0 ? seats.map((match) => ({ text: trimSpaces(match[0]), name: match.groups?.name ?? '' })) : trimmed.split(/[\s\u3000]{2,}/u).map((cell) => ({ text: cell, name: cell }));
	return cells.map((cell) => {
		const bare = trimSpaces(cell.name).replace(/[\s\u3000]*(?:議員|君|さん)$/u, '');
		return { text: cell.text, name: readPaddedName(bare) || null, title: null, affiliation: null };
	});
}

/** Members of a post-and-name roll line: `市長　　櫻田　宏　　　副市長　　山田　一郎` (cells apart by 2+ spaces). */
function readPostMembers(text: string): Member[] {
	const cells = [...text.matchAll(/[^\s\u3000]+(?:[ \u3000][^\s\u3000]+)*/gu)].map((match) => ({ text: match[0], index: match.index }));
	const members: Member[] = [];
	let post: { text: string; index: number } | null = null;
	let names: { text: string; index: number }[] = [];
	const flush = (): void => {
		if (post && names.length > 0) {
			const last = names[names.length - 1] ?? post;
			members.push({
				text: text.slice(post.index, last.index + last.text.length),
				name: readPaddedName(names.map((name) => name.text).join('\u3000')) || null,
				title: replaceSpaceRuns(post.text, ''),
				affiliation: null,
			});
		}
		names = [];
	};
	const bare = (cell: string): string => replaceSpaceRuns(cell, '').replace(/[（(][^）)]*[）)]$/u, '');
	for (let i = 0; i < cells.length; i++) {
		let cell = cells[i];
		if (!cell) continue;
		// A post spaced out over cells (`区　　　長`): one character, then the rest of the post.
		if (!POST_END.test(bare(cell.text)) && [...cell.text].length === 1) {
			const next = cells[i + 1];
			if (next && [...next.text].length <= 3 && POST_END.test(bare(cell.text + next.text))) {
				cell = { text: text.slice(cell.index, next.index + next.text.length), index: cell.index };
				i++;
			}
		}
		if (POST_END.test(bare(cell.text))) {
			flush();
			post = cell;
		} else if (post) names.push(cell);
	}
	flush();
	return members;
}

/** `日程第1　会議録署名議員の指名` → 1 / 会議録署名議員の指名. */
function readAgendaLine(text: string, agenda: AgendaItem[]): void {
	const stripped = trimSpaces(unprefixed(text));
	const match = /^日程[\s\u3000]*第[\s\u3000]*(?<n>[0-9０-９一二三四五六七八九十]+)[\s\u3000]*(?<title>.*)$/u.exec(stripped);
	if (!match?.groups) {
		// A line under the item before it (`議案第1号 …` listed under 日程第4): part of that item.
		const last = agenda[agenda.length - 1];
		if (last && stripped !== '' && !findDate(stripped)?.ok && !readSittingTime(stripped)) last.title = `${last.title}　${stripped}`;
		return;
	}
	const number = parseNumeral(match.groups.n ?? '') ?? agenda.length + 1;
	const title = trimSpaces(match.groups.title ?? '');
	if (title !== '' && !agenda.some((item) => item.number === number)) agenda.push({ number, title, section: null });
}

/** Read the header lines (everything before the first turn) by handler; unknown lines become notes. */
function readHeader(lines: readonly SourceLine[], diagnostics: Diagnostic[]): AssemblyHeader {
	const header: AssemblyHeader = { date: null, dateLine: null, start: null, location: null, naming: [], participants: [], agenda: [], notes: [] };
	let current: { key: HeaderKey; group: ParticipantGroup | null } | null = null;
	const readDate = (text: string, line: number): boolean => {
		const found = findDate(text);
		if (!found) return false;
		if (!found.ok) {
			diagnostics.push(error(found.code, line, found.message));
			return true;
		}
		header.date = found.iso;
		header.dateLine = line;
		for (const problem of found.warnings) diagnostics.push(warning(problem.code, line, problem.message));
		const times = findTimeRange(text.normalize('NFKC').slice(found.end));
		if (times?.start && header.start === null) header.start = times.start;
		return true;
	};
	for (const source of lines) {
		const { text, line } = source;
		const key = compact(unprefixed(text));
		// The items of the 議事日程 run without a blank line; a blank line ends them.
		if (key === '' && current?.key === 'agenda' && header.agenda.length > 0) current = null;
		if (key === '' || isSeparator(text) || isPageMarker(text)) continue;
		const dated = findDate(text);
		if (header.date !== null && dated?.ok && dated.iso === header.date && compact(text.normalize('NFKC').slice(0, dated.end)).length + 2 >= compact(unprefixed(text).normalize('NFKC').slice(0, dated.end)).length) {
			// The date again (with the sitting time after it): only the time is new.
			const times = current?.key === 'agenda' ? null : findTimeRange(text.normalize('NFKC').slice(dated.end));
			if (times?.start && header.start === null) header.start = times.start;
			continue;
		}
		const sitting = readSittingTime(unprefixed(text));
		if (sitting) {
			if (current?.key !== 'agenda' && header.start === null && ['開議', '開会', '再開'].includes(sitting.event)) header.start = sitting.clock;
			continue;
		}
		const opened = HEADER_KEYS.find((entry) => entry.pattern.test(key));
		if (opened) {
			const rest = afterHeading(text, opened.pattern);
			const group = ROLL_GROUPS[opened.key];
			current = { key: opened.key, group: group ? { group, members: [] } : null };
			if (current.group) header.participants.push(current.group);
			if (opened.key === 'date') {
				if (header.date === null) readDate(rest, line);
				current = null;
			} else if (opened.key === 'name') {
				header.naming.push({ text: rest, line });
				current = null;
			} else if (opened.key === 'location') {
				header.location = rest.replace(/^於[\s\u3000]*/u, '') || null;
				current = null;
			} else if (opened.key === 'agenda') {
				header.naming.push({ text: key, line });
				if (rest !== '' && !findDate(rest)?.ok) readAgendaLine(rest, header.agenda);
			} else if (opened.key === 'notes') header.notes.push({ text: trimSpaces(text), line });
			else if (rest !== '' && current.group) current.group.members.push(...(opened.key === 'officials' || opened.key === 'staff' ? readPostMembers(rest) : readMembers(rest)));
			continue;
		}
		if (current?.group) {
			current.group.members.push(...(current.key === 'officials' || current.key === 'staff' ? readPostMembers(text) : readMembers(text)));
			continue;
		}
		if (current?.key === 'agenda') {
			if (header.date === null && findDate(text)?.ok) readDate(text, line);
			else readAgendaLine(text, header.agenda);
			continue;
		}
		if (/議会|定例会|臨時会|会議録/u.test(key)) {
			header.naming.push({ text: key, line });
			continue;
		}
		if (header.date === null && readDate(unprefixed(text), line)) continue;
		if (header.location === null && /(?:議場|会議室|委員会室|庁舎)$/u.test(key)) {
			header.location = trimSpaces(unprefixed(text)).replace(/^於[\s\u3000]*/u, '');
			continue;
		}
		header.notes.push({ text: trimSpaces(text), line });
	}
	for (const group of header.participants) {
		if (group.members.length === 0 && group.group !== '欠席議員') diagnostics.push(warning('empty-group', null, `participant group "${group.group}" lists no members`));
	}
	header.participants = header.participants.filter((group) => group.members.length > 0);
	return header;
}

/** The assembly, its committee and the session label from the naming lines (then the chair's opening words). */
function readNaming(naming: readonly string[]): { assembly: string | null; committee: string | null; session: string | null; sitting: string | null } {
	const texts = naming.map((text) => compact(text));
	const assembly = texts.map((text) => ASSEMBLY_NAME.exec(text)?.groups?.name).find(Boolean) ?? null;
	const committee = texts.map((text) => COMMITTEE.exec(text.replace(/^.*?議会/u, ''))?.groups?.name).find((name) => name && !/議会運営/u.test(name) === true) ?? null;
	let session: string | null = null;
	for (const text of texts) {
		const match = SESSION.exec(text);
		if (!match?.groups) continue;
		const g = match.groups;
		const kind = /定例/u.test(g.kind ?? '') && !/月議会/u.test(g.kind ?? '') ? '定例会' : /臨時/u.test(g.kind ?? '') ? '臨時会' : (g.kind ?? '');
		const n = g.n ?? g.n2;
		session = `${g.era}${g.year}年${n ? `第${n}回` : g.month ? `${g.month}月` : ''}${kind}`;
		break;
	}
	let sitting: string | null = null;
	for (const text of texts) {
		const match = SITTING_NUMBER.exec(text.replace(SESSION, ''));
		if (match?.groups) {
			sitting = `第${Number(match.groups.n ?? match.groups.dash)}${match.groups.unit}`;
			break;
		}
	}
	return { assembly, committee, session, sitting };
}

/** The end time: the clock of the last closing sitting line. */
function endTime(lines: readonly SourceLine[]): string | null {
	for (let i = lines.length - 1; i >= 0; i--) {
		const sitting = readSittingTime(unprefixed(lines[i]?.text ?? ''));
		if (sitting && ['散会', '閉会', '延会'].includes(sitting.event)) return sitting.clock;
	}
	return null;
}

/** A heading line of the transcript: `◎開議の宣告`, `△日程第1　会議録署名議員の指名`, `日程第１　…`. */
function bodyHeading(text: string): string | null {
	const trimmed = trimSpaces(text);
	const marked = /^[◎△▽☆〇◯○]\s*(?<title>\S.{0,60})$/u.exec(trimmed);
	if (marked?.groups && !/。$/u.test(trimmed)) return trimSpaces(marked.groups.title ?? '');
	if (/^日程[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十]+/u.test(trimmed) && [...trimmed].length <= 80 && !trimmed.includes('。')) return trimmed;
	return null;
}

/** The seed's file name without folder and extension. */
function fileStem(source: string): string {
	return source.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '') || source;
}

/** Read an assembly transcript into its record (never throws). */
export function readAssembly(document: SourceDocument, options: ParseOptions): ParseResult {
	const { lines } = document;
	const diagnostics: Diagnostic[] = [];
	let start = lines.findIndex((source) => readTurn(source.text) !== null);
	// Marked headings and page markers right before the first turn (`◎開議の宣告`) belong to the transcript.
	while (start > 0 && /^[\s\u3000]*(?:[◎△▽☆]|$)|^[\s\u3000]*<\s*PAGE/u.test(lines[start - 1]?.text ?? '') ) start--;
	while (start >= 0 && start < lines.length && trimSpaces(lines[start]?.text ?? '') === '') start++;
	if (start < 0) return noRecord('assembly', [], [error('no-body', null, 'no speaker turns found: the minutes need lines such as "○議長（鈴木太郎君）　ただいまから本日の会議を開きます。"')]);
	const header = readHeader(lines.slice(0, start), diagnostics);
	const transcript = readTranscript(lines.slice(start), diagnostics, { heading: bodyHeading });
	const body = transcript.body;
	if (header.notes.length > 0) {
		const children: Block[] = header.notes.map((note) => ({ type: 'note', text: note.text, line: note.line }));
		const first = body[0];
		if (first?.id === 's0') first.children.unshift(...children);
		else body.unshift({ id: 's0', title: '', line: header.notes[0]?.line ?? 1, children });
	}
	const sections = body.map(({ id, title, line }) => ({ id, title, line }));
	if (header.date === null) {
		diagnostics.push(error('no-date', lines[0]?.line ?? null, 'no date found before the transcript: add a line such as "開催日：令和６年１１月２９日"'));
		return noRecord('assembly', body, diagnostics);
	}
	const opening = transcript.remarks[0]?.text.split('\n')[0] ?? '';
	const naming = readNaming([...header.naming.map((entry) => entry.text), opening]);
	if (naming.assembly === null) diagnostics.push(warning('no-series', header.naming[0]?.line ?? null, 'the assembly is not named: write it in the first line, e.g. "令和６年第４回○○市議会定例会会議録（第２号）"; the file name stands for it'));
	const series = [naming.assembly ?? fileStem(options.source), naming.committee].filter(Boolean).join(' ');
	const sessionLabel = [naming.session, naming.sitting].filter(Boolean).join(' ') || undefined;
	const title = [series, sessionLabel ?? header.date].join(' ');
	const agenda = header.agenda.map((item) => ({
		...item,
		section: sections.find((section) => new RegExp(`日程[\\s\\u3000]*第[\\s\\u3000]*${item.number}(?![0-9])`, 'u').test(section.title.normalize('NFKC')))?.id ?? null,
	}));
	const namingLine = header.naming[0]?.line ?? null;
	const candidate: Meeting = {
		title,
		series,
		seriesSlug: seriesSlug(series, options.seriesSlugs),
		session: null,
		kind: 'minutes',
		source: options.source,
		sourceHash: options.sourceHash,
		date: header.date,
		start: header.start,
		end: endTime(lines),
		location: header.location,
		participants: header.participants,
		handouts: [],
		agenda,
		sections,
		remarks: transcript.remarks,
		...(sessionLabel ? { sessionLabel } : {}),
	};
	return finishRecord('assembly', candidate, body, diagnostics, { title: namingLine, series: namingLine, date: header.dateLine });
}

/** An assembly's minutes: 議会 with 定例会/臨時会/会議録 in the first lines, and `出席議員` or bracketed `○…（…）` turns. */
function looksLikeAssembly(lines: readonly SourceLine[]): boolean {
	const head = lines.slice(0, RECOGNIZE_LINES).map((source) => compact(source.text)).join('\n');
	if (!/議会/u.test(head) || !/定例会|臨時会|定例月議会|会議録|[(（]定例[)）]|[(（]臨時[)）]/u.test(head)) return false;
	if (/出席議員/u.test(head)) return true;
	return lines.some((source) => /[（(]/u.test(readTurn(source.text)?.label ?? ''));
}

/** Local assembly 会議録. */
export const assemblyReader: Reader = {
	family: 'assembly',
	recognize: (document) => looksLikeAssembly(document.lines),
	read: (document, options) => [readAssembly(document, options)],
};
