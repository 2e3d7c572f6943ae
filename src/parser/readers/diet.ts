/**
 * The Diet reader: 国会会議録 as text (衆議院・参議院, 本会議 and committees). An optional
 * `第196回国会 衆議院 内閣委員会 第20号` line, the date in kanji numerals, the sitting time
 * (`午前九時開議`), the rolls (`出席委員`, `委員氏名`, `出席国務大臣`, `政府参考人`, `出席者は左のとおり。`,
 * names padded with spaces and ending in 君), `委員の異動` and other notices, the business of the day
 * (`本日の会議に付した案件`, `議事日程`), then the transcript of `○label　speech` turns up to `散会`;
 * rolls printed after the transcript (本会議) are read too.
 * Steps: split header / transcript / tail → header blocks → transcript → series and title → record.
 */
import type { AgendaItem, Member, ParticipantGroup, RemarkIndex } from '../../schemas/meeting.ts';
import { closingTime, findDate, readSittingTime } from '../date.ts';
import { error, warning } from '../diagnostics.ts';
import { isMinisterPost, parseNameLabel } from '../names.ts';
import { firstNonBlank, matchForm, replaceSpaceRuns, trimSpaces, type SourceLine } from '../normalize.ts';
import { NUMERAL_SOURCE, parseNumeral } from '../numerals.ts';
import { finishRecord, noRecord } from '../record.ts';
import { isSeparator, labelNamesSpeaker, readTranscript, readTurn, speechIndexName } from '../transcript.ts';
import { splitTurnLine, type Turn } from '../turn-line.ts';
import type { Block, BodySection, Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import { ASSEMBLY_WORD, fileStem, IMPERIAL_DIET_END, ITEM_END, ITEM_REFERENCE, postInPart, prependNotes, readRollLine, type Roll, SAME_AS_AGENDA, rollNameKey, SANGIIN_MARKED_ROLL, SANGIIN_ROLL_HEADING, SANGIIN_ROLL_PART, sittingRecord, splitNameCell } from './shared.ts';
import { isWrittenQuestion, readWrittenQuestion } from './diet-question.ts';
import type { Reader, SourceDocument } from './types.ts';

/**
 * `第196回国会 衆議院 内閣委員会 第20号` (a leading `衆議院会議録情報` and a trailing date allowed), and the Imperial Diet's
 * (matched in today's forms): `第七十四回帝國議會衆議院議事速記録第五號`, a committee's numbered by its sittings
 * (`第七十四回帝國議會衆議院` / `農地調整法案委員會議録（速記）第三回`).
 */
const DIET_TITLE = new RegExp(`第\\s*(?<kai>${NUMERAL_SOURCE})\\s*回\\s*(?<diet>帝国議会|国会)(?<rest>.*?)第\\s*(?<go>${NUMERAL_SOURCE})\\s*(?<unit>号|回)`, 'u');

/** The title's match in the matching form of a line, or null (a sitting numbered by 回 is the Imperial Diet's only). */
function dietTitle(text: string): RegExpExecArray | null {
	const match = DIET_TITLE.exec(matchForm(text));
	return match?.groups?.unit === '回' && match.groups.diet !== '帝国議会' ? null : match;
}
/** Lines searched for the title and the recognition marks. */
const HEAD_LINES = 12;
const RECOGNIZE_LINES = 80;
/** Roll headings and the group each opens. */
const ROLL_HEADINGS: Readonly<Record<string, string>> = {
	委員氏名: '委員氏名',
	出席委員: '出席委員',
	// (A 分科会 of the 予算委員会 lists its members as 分科員, its chair as 主査.)
	出席分科員: '出席分科員',
	// (A 小委員会 lists its members as 小委員, its chair as 小委員長.)
	出席小委員: '出席小委員',
	// (A 両院協議会's delegates of both houses, under `衆議院` and `参議院`.)
	出席協議委員: '出席協議委員',
	欠席委員: '欠席委員',
	出席国務大臣: '出席国務大臣',
	// (A 本会議's rolls after the close list the ministers' deputies apart: `出席副大臣`, `出席大臣政務官`.)
	出席副大臣: '出席副大臣',
	出席大臣政務官: '出席大臣政務官',
	出席政府委員: '出席政府委員',
	出席政府特別補佐人: '出席政府特別補佐人',
	政府参考人: '政府参考人',
	// (Some 衆議院 records head it as the rolls above it are headed, `出席政府参考人`.)
	出席政府参考人: '政府参考人',
	// (A 公聴会's roll lists those it heard apart from the members.)
	出席公述人: '出席公述人',
	// (A 政治倫理審査会 lists the members whose own request it examines, `申出者` / `衆議院議員　宮坂　直樹君`.)
	申出者: '申出者',
	委員外の出席者: '委員外の出席者',
	// (As the 衆議院's records of the first sessions head it, `委員外出席者`: 副議長, 事務総長 and members of no committee seat.)
	委員外出席者: '委員外の出席者',
	// (The record of a committee's members sent to hear opinions in a prefecture, 地方公聴会: `四、出席者` / `（１）派遣委員` /
	// `（２）意見陳述者` / `（３）その他の出席者`.)
	派遣委員: '派遣委員',
	意見陳述者: '意見陳述者',
	その他の出席者: 'その他の出席者',
	出席者は左のとおり: '出席者',
	'出席者は、左のとおり': '出席者',
};
/**
 * How older records head a roll: the Imperial Diet's `出席委員左ノ如シ`, `出席國務大臣左ノ如シ`, `出席者左ノ如シ`, and the early
 * 参議院's `出席者は左の通り` (matching form, its 。 gone).
 */
const OLD_ROLL_TAIL = /(?:は|ハ)?、?左[のノ](?:如[しシ]|通り|とおり)$/u;

/** The number before a roll's heading in a list of rolls (`（１）派遣委員`, matching form). */
const ROLL_NUMBER = /^\([0-9]{1,2}\)/u;

/** Those present who are no members of a body that is no committee: `小委員外の出席者`, `協議委員外の出席者`, `分科員外の出席者`. */
const OUTSIDE_MEMBERS = /^(?:小委員|協議委員|分科員)外の出席者$/u;

/** The group a roll heading opens (`出席委員`, `出席委員左ノ如シ`), or undefined. */
function rollGroup(numbered: string): string | undefined {
	// (`（１）派遣委員`: a roll numbered under `四、出席者`.)
	const key = numbered.replace(ROLL_NUMBER, '').replace(SANGIIN_MARKED_ROLL, '');
	if (OUTSIDE_MEMBERS.test(key)) return key;
	const known = ROLL_HEADINGS[key];
	if (known !== undefined || !OLD_ROLL_TAIL.test(key)) return known;
	const bare = key.replace(OLD_ROLL_TAIL, '');
	return bare === '出席者' ? '出席者' : ROLL_HEADINGS[bare];
}

/** Headings of the business of the day. */
const AGENDA_HEADING = /^(?:○\s*)?(?:本日[のノ]会議[にニ]付(?:した|シタル?)(?:案件|事件)|本日の公聴会で意見を聞いた案件|議事日程(?:\s*第\s*\S+\s*号)?)$/u;
/** The 官報's masthead over a record it printed (matching form): `官報号外　昭和十二年三月四日`. */
const GAZETTE_MASTHEAD = /^官報(?:号外)?(?:[\s\u3000]|(?=明治|大正|昭和|平成|令和))/u;
/** Headings of notices kept as notes (`委員の異動`). */
const NOTICE_HEADING = /^委員の異動$/u;
/** A heading inside the transcript: `日程第一　国務大臣の演説に関する件`. */
const BODY_HEADING = new RegExp(`^(?:日程第\\s*(?:${NUMERAL_SOURCE}))(?:[\\s\\u3000].*)?$`, 'u');

/**
 * A line that only names the Diet's session and the house: `第２１３回国会　衆議院`, `第七十四回帝國議會衆議院`, `第二百十三回国会　両院協議会`,
 * `第二百十一回国会閉会後　衆議院` (matching form).
 */
const SESSION_ONLY = new RegExp(`^\\s*第\\s*(?:${NUMERAL_SOURCE})\\s*回\\s*(?:帝国議会|国会)\\s*(?:閉会[後中]\\s*)?(?:衆議院|参議院|貴族院|両院(?:協議会)?)?\\s*$`, 'u');

/** True for a short line that only names the session (and the house). */
function isSessionOnly(text: string): boolean {
	return text.length <= 40 && SESSION_ONLY.test(matchForm(text));
}

/** A sitting's number alone before the date, as the 衆議院's pages head a sitting: `第6号 令和2年11月19日(木曜日)`. */
const ISSUE_LINE = new RegExp(`^第\\s*(?<go>${NUMERAL_SOURCE})\\s*号(?=[\\s\\u3000]|$)`, 'u');
/** The link the NDL's simple view writes after each speech: `…散会発言のURL:https://kokkai.ndl.go.jp/simple/txt/…/6`. */
const SPEECH_URL_TAIL = /発言のURL[:：]\s*(?<url>https?:\/\/[^\s"<>]+)$/u;
/** Lines of a copied web page that are no part of the minutes: the simple view's `-` and `001・山田太郎` index, page links. */
const PAGE_CHROME = /^(?:-|[0-9]{3}・\S+|(?:[0-9]+\.\s*)?会議録本文|[0-9]+\.\s*会議録情報|本文のテキストを表示します。.*|このページのトップに戻る|メインへスキップ|会議録本文へ)$/u;
/**
 * The counter over each speech of the 国会会議録検索システム's detail view (`[001/123]`, matching form); the speaker's name on
 * the line below it (`野中厚志`, `会議録情報`) is the view's too, the speech's own label following.
 */
const SPEECH_COUNTER = /^\[[0-9]{3,4}\/[0-9]{3,4}\]$/u;
/** The detail view's links over each speech and its heading (`本文`, `PDF`, `国会会議録検索システム`): lines of the page, none of the minutes. */
const VIEW_CHROME = /^(?:本文|PDF|国会会議録検索システム)$/u;
/** How long the speaker's line under a counter may be (`石田誠治(内閣府副大臣)` and the like). */
const COUNTER_SPEAKER_MAX = 40;

/** The 参議院's roll heading anywhere in the head of a record. */
const SANGIIN_HEAD = new RegExp(SANGIIN_ROLL_HEADING, 'u');

/**
 * How a title marks a sitting held after the session closed (閉会中審査): `閉会後`, older records' `閉会中`, and the
 * business's own name, `閉会中審査 第1号` (the sitting `閉会中第1号`; 審査 had been read into the committee's name).
 */
const RECESS = /(?<recess>閉会[後中])(?:審査)?/u;

/** The NFKC form of a line without spaces, for matching headings. */
const compact = (text: string): string => replaceSpaceRuns(matchForm(text), '').replace(/。$/u, '');

/** The header as read. */
interface DietHeader {
	kai: number | null;
	/** The title names the Imperial Diet (`第七十四回帝國議會`), not today's. */
	imperial: boolean;
	go: number | null;
	/** A sitting after the session closed (閉会中審査), numbered apart from the session's own: `閉会後`, as the title writes it. */
	recess: string | null;
	/** The part of a 号 printed in parts (`第十五号（その一）`: 1), or null. */
	part: number | null;
	house: string | null;
	committee: string | null;
	titleLine: number | null;
	date: string | null;
	dateLine: number | null;
	start: string | null;
	participants: ParticipantGroup[];
	agenda: AgendaItem[];
	notes: { text: string; line: number }[];
}

/** One entry of a roll (`理事 小渕 恵三` before 君): the name cell, the post before it, else the role or bracket over it. */
function rollMember(piece: string, roll: Roll): Member {
	const { post, name } = splitNameCell(piece);
	// (`厚生労働大臣政務官` / `　　　塩崎 彰久君`: a post on a line of its own over the name is the entry's whole post.)
	let title: string | null = post === '' ? roll.prefix || null : `${roll.prefix ?? ''}${post}`;
	roll.prefix = null;
	if (title === null && roll.bracket) title = `${roll.role ?? ''}${roll.bracket}`;
	// (`財務大臣` / `国務大臣` / `（内閣府特命担当大臣（金融））　鈴木 俊一君`: two posts over the name, the second with its bracket.)
	else if (post === '' && title !== null && roll.bracket) title = `${title}、${roll.role ?? ''}${roll.bracket}`;
	// (`出席政府特別補佐人` / `（内閣法制局長官）　近藤 正春君`: a bracketed post under no role is the post, as the API's header reads it.)
	else if (title !== null && /^[（(]/u.test(title)) title = roll.role === null ? title.replace(/^[（(](.*)[）)]$/u, '$1') : `${roll.role}${roll.bracket ?? ''}${title}`;
	else if (title === null) title = roll.role;
	roll.bracket = null;
	// (The 参議院's `政府参考人` / `　　外務省北米局長　伊藤 晋吾君`: the part and the post, as the 衆議院 prints them.)
	if (title !== null && roll.under === true) title = postInPart(title, roll.role);
	return { text: `${trimSpaces(piece)}君`, name, title, affiliation: roll.house ?? null };
}

/** The mark the 参議院 sets before each item of its business of the day (`一、日程第一`, `一、国務大臣の報告に関する件`). */
const LIST_MARK = /^[一二三四五六七八九十]+、/u;

/** One agenda line: `第一　…法律案` / `日程第一　…` with its number, else the next number. */
function agendaItem(text: string, agenda: AgendaItem[]): AgendaItem {
	const stripped = trimSpaces(text.replace(/^[\s\u3000]*○/u, '')).replace(LIST_MARK, '');
	const numbered = new RegExp(`^(?:日程)?第\\s*(?<n>${NUMERAL_SOURCE})[\\s\\u3000]+(?<title>.+)$`, 'u').exec(stripped);
	const number = numbered?.groups?.n ? parseNumeral(numbered.groups.n) : null;
	const next = Math.max(0, ...agenda.map((item) => item.number)) + 1;
	return { number: number ?? next, title: trimSpaces(numbered?.groups?.title ?? stripped), section: null };
}

/**
 * Add an agenda line: a `○` line or a numbered line opens an item; in a `○` list other lines continue the item
 * before, as does a line after an item that does not end like one (`…法律案（内閣提出、` / `参議院送付）`);
 * `一、日程第一`, `一、日程第一及び第二` name items already listed.
 */
function addAgendaLine(text: string, agenda: AgendaItem[], marked: boolean): void {
	const trimmed = trimSpaces(text);
	const last = agenda[agenda.length - 1];
	// (`一、国務大臣の報告に関する件`: the 参議院 marks each item with 一、 as the 衆議院 does with ○.)
	const numbered = new RegExp(`^(?:日程)?第\\s*(?:${NUMERAL_SOURCE})`, 'u').test(matchForm(trimmed)) || LIST_MARK.test(trimmed);
	// (`（文部科学省所管）` under the budget's items, as a 分科会 prints its part of them: a bracket alone qualifies the item before.)
	const qualifier = /^[（(][^（()）]*[）)]$/u.test(trimmed);
	if (last && !trimmed.startsWith('○') && (marked || qualifier || (!numbered && !ITEM_END.test(last.title)))) {
		last.title += trimmed;
		return;
	}
	// (`議事日程のとおり` under 本日の会議に付した案件: the items of the 議事日程 above, already listed.)
	if (SAME_AS_AGENDA.test(replaceSpaceRuns(matchForm(trimmed), ''))) return;
	const reference = ITEM_REFERENCE.exec(matchForm(trimmed));
	if (reference?.groups && agenda.some((item) => item.number === parseNumeral(reference.groups?.n ?? ''))) return;
	const item = agendaItem(trimmed, agenda);
	if (!agenda.some((known) => known.title === item.title)) agenda.push(agenda.some((known) => known.number === item.number) ? { ...item, number: Math.max(...agenda.map((known) => known.number)) + 1 } : item);
}

/** Read the header and tail blocks: title, date, sitting time, rolls, agenda, notices; what is not understood becomes a note. */
function readBlocks(lines: readonly SourceLine[], header: DietHeader, diagnostics: Diagnostic[]): void {
	// (`items`: how many agenda items were listed when the list began.)
	// (`paused`: the 参議院's `出席者` roll after a `─────・─────`, going on when a post heads the next part.)
	type Mode = { kind: 'none' } | { kind: 'roll'; roll: Roll } | { kind: 'paused'; roll: Roll } | { kind: 'agenda'; marked: boolean; schedule: boolean; items: number } | { kind: 'notice' };
	let mode: Mode = { kind: 'none' };
	/** A first line with the Diet's session and nothing more (`第２１３回国会　衆議院`), the rest of the title below it. */
	let kaiLine: SourceLine | null = null;
	/** The 官報's date over the record, taken only when no other date is found. */
	let masthead: { date: string; line: number } | null = null;
	for (const source of lines) {
		const { text, line } = source;
		const key = compact(text);
		if (key === '') continue;
		if (mode.kind === 'paused') mode = SANGIIN_ROLL_PART.test(key) ? { kind: 'roll', roll: mode.roll } : { kind: 'none' };
		// `第２１３回国会　衆議院` / `総務委員会議録　第七号`: a title printed over two lines is read as one.
		const joined = kaiLine !== null && line - kaiLine.line <= 3 ? `${kaiLine.text} ${text}` : text;
		const title = header.titleLine === null && line <= HEAD_LINES + 5 ? dietTitle(joined) : null;
		if (header.titleLine === null && title === null && kaiLine === null && line <= HEAD_LINES && isSessionOnly(text)) {
			kaiLine = source;
			continue;
		}
		if (title?.groups) {
			header.kai = parseNumeral(title.groups.kai ?? '');
			header.go = parseNumeral(title.groups.go ?? '');
			const part = ISSUE_PART.exec(joined.slice(title.index + title[0].length))?.groups?.part;
			header.part = part === undefined ? null : parseNumeral(part);
			header.imperial = title.groups.diet === '帝国議会';
			// `第211回国会 衆議院 内閣委員会 閉会後第1号`, `第二百十一回国会閉会後　衆議院内閣委員会議録　第一号`: a sitting held
			// after the session closed, numbered afresh; its committee is the session's.
			const titleRest = title.groups.rest ?? '';
			header.recess = RECESS.exec(titleRest)?.groups?.recess ?? null;
			const rest = trimSpaces(titleRest.replace(RECESS, '').replace(/^[\s]*/u, ''));
			header.house = /衆議院|参議院|貴族院/u.exec(matchForm(joined))?.[0] ?? null;
			// `第二百十二回国会参議院会議録第五号` (the 本会議 as printed) names no committee; `総務委員会議録` is the 総務委員会's;
			// the Imperial Diet's `衆議院議事速記録` is the 本会議's, `…特別委員会議事速記録`, `…委員会議録(速記)` a committee's.
			header.committee =
				trimSpaces(
					rest
						.replace(/衆議院|参議院|貴族院/gu, '')
						.replace(/[(（]速記[)）]/gu, '')
						.replace(/議事速記録/gu, '')
						.replace(/(委員|調査|審査|公聴|協議|分科)会議録/gu, '$1会')
						.replace(/会議録/gu, ''),
				) || null;
			header.titleLine = line;
			continue;
		}
		const issue = header.titleLine === null && header.go === null && line <= HEAD_LINES + 5 ? ISSUE_LINE.exec(matchForm(trimSpaces(text))) : null;
		if (issue?.groups) header.go = parseNumeral(issue.groups.go ?? '');
		// `昭和三十年一月二十日(木曜` / `日)`: the weekday wrapped onto the next line.
		if (header.dateLine !== null && line - header.dateLine <= 2 && /^(?:曜)?日?[）)]$/u.test(key)) continue;
		const sitting = readSittingTime(text);
		if (sitting) {
			// The 議事日程 names the time the sitting was called for, over its items; the sitting itself is the line outside it, or
			// under its items (`第一　國民健康保險法案…` / `午後一時十八分開議`, as the Imperial Diet's records go on to the sitting).
			const scheduled = mode.kind === 'agenda' && mode.schedule && header.agenda.length === mode.items;
			if ((sitting.event === '開議' || sitting.event === '開会') && header.start === null && !scheduled) header.start = sitting.clock;
			if (!scheduled) mode = { kind: 'none' };
			continue;
		}
		// `国会召集日（令和六年一月二十六日）（金曜日）（午前零時現在）における本委員は、…`: the members as the session was
		// convened, above a session's first sitting; the sitting's own date comes after them.
		if (header.date === null && (mode.kind === 'none' || mode.kind === 'agenda') && !CONVENING.test(text)) {
			const found = findDate(text);
			// `官報號外　昭和十二年三月四日`: the day the 官報 printed the record, the day after the sitting; the sitting's own date follows.
			if (found?.ok && GAZETTE_MASTHEAD.test(matchForm(trimSpaces(text)))) {
				masthead ??= { date: found.iso, line };
				continue;
			}
			if (found?.ok) {
				header.date = found.iso;
				header.dateLine = line;
				// `昭和十四年二月八日（水曜日）午前十時二十分開議`: the sitting's time on the date's line, as older records print it.
				const sittingAfter = readSittingTime(matchForm(text).slice(found.end).replace(/^[\s]*[(][^()]{1,6}[)][\s]*/u, ''));
				if (sittingAfter && (sittingAfter.event === '開議' || sittingAfter.event === '開会') && header.start === null && !(mode.kind === 'agenda' && mode.schedule)) header.start = sittingAfter.clock;
				for (const problem of found.warnings) diagnostics.push(warning(problem.code, line, problem.message));
				continue;
			}
			if (found && !found.ok) diagnostics.push(error(found.code, line, found.message));
		}
		// Inside a roll, `政府参考人` is the post of the entries below it (衆議院), not a new roll.
		const group = mode.kind === 'roll' && key === '政府参考人' ? undefined : rollGroup(key);
		if (group !== undefined) {
			const roll: Roll = { group: { group, members: [] }, role: null, bracket: null, open: false };
			header.participants.push(roll.group);
			mode = { kind: 'roll', roll };
			continue;
		}
		if (AGENDA_HEADING.test(key)) {
			mode = { kind: 'agenda', marked: false, schedule: key.replace(/^○/u, '').startsWith('議事日程'), items: header.agenda.length };
			continue;
		}
		if (NOTICE_HEADING.test(key)) {
			header.notes.push({ text: trimSpaces(text), line });
			mode = { kind: 'notice' };
			continue;
		}
		if (isSeparator(text)) {
			// `…………` inside 出席委員 (衆議院) opens the list of those present who are not members.
			if (mode.kind === 'roll' && /…/u.test(text)) {
				const roll: Roll = { group: { group: '出席者', members: [] }, role: null, bracket: null, open: false };
				header.participants.push(roll.group);
				mode = { kind: 'roll', roll };
			} else if (mode.kind === 'roll' && mode.roll.group.group === '出席者' && /・/u.test(text)) mode = { kind: 'paused', roll: mode.roll };
			else mode = { kind: 'none' };
			continue;
		}
		if (mode.kind === 'roll') {
			readRollLine(text, mode.roll, rollMember);
			continue;
		}
		if (mode.kind === 'agenda') {
			// The 議事日程 repeats the date: not an item.
			if (mode.schedule && findDate(text)?.ok && /^[\s\u3000]*(?:平成|令和|昭和)?[^\s\u3000]*日[\s\u3000]*(?:[（(][^）)]*[）)])?$/u.test(text)) continue;
			if (trimSpaces(text).startsWith('○')) mode.marked = true;
			addAgendaLine(text, header.agenda, mode.marked);
			continue;
		}
		header.notes.push({ text: trimSpaces(text), line });
	}
	if (header.date === null && masthead !== null) {
		header.date = masthead.date;
		header.dateLine = masthead.line;
	}
	for (const group of header.participants) {
		if (group.members.length === 0) diagnostics.push(warning('empty-group', null, `participant group "${group.group}" lists no members`));
	}
}

/** The line index where the transcript starts (the first turn), or -1. */
function firstTurn(lines: readonly SourceLine[]): number {
	return lines.findIndex((source) => dietTurn(source.text) !== null);
}

/** The chair's post alone, as older records label the chair's turns (`○委員長　…`, `○議長　…`) after naming them once. */
const CHAIR_ALONE = /^(?:委員長|委員長代理|小委員長|議長|副議長|仮議長|会長|会長代理|主査|座長)$/u;

/**
 * A turn: one the common labels read, or one labelled by a post alone, the chair's (`○委員長　本案を議題といたします。`) or a
 * minister's (`○外務大臣政務官　お答えいたします。`).
 */
function dietTurn(text: string): Turn | null {
	const turn = readTurn(text);
	if (turn !== null) return turn;
	const line = splitTurnLine(text);
	return line !== null && line.mark === '○' && line.spaced && line.speech !== '' && (CHAIR_ALONE.test(line.label) || isMinisterPost(line.label)) ? { label: line.label, speech: line.speech } : null;
}

/**
 * The running head of a page of the 官報's 号外, in which the Imperial Diet's records were printed, with the page's number
 * before or after it (matching form, no spaces): `二百四十二官報号外昭和十二年三月二日衆議院議事速記録第十七号`.
 */
const GAZETTE_HEAD = new RegExp(`^(?:[〇一二三四五六七八九十百千0-9]{1,8})?官報号外[^。、]{0,40}?(?:議事速記録|会議録)第(?:${NUMERAL_SOURCE})号(?:[〇一二三四五六七八九十百千0-9]{1,8})?$`, 'u');

/** True for a page's running head of the 官報 (no speech is printed so: once is enough). */
function isGazetteHead(text: string): boolean {
	return text.length <= 80 && text.includes('官報') && GAZETTE_HEAD.test(replaceSpaceRuns(matchForm(text), '')) && readTurn(text) === null;
}

/** How often a line naming the sitting comes (in the transcript, or heading the file) before it is taken for a page's running head. */
const PAGE_HEAD_REPEATS = 2;
/** A page's number at either end of its running head, a space apart from it (matching form). */
const PAGE_NUMBER_BESIDE = /^\s*[0-9]{1,4}\s+|\s+[0-9]{1,4}\s*$/gu;
/** A page's number alone on its line, as a PDF's text gives it above the next page's head: `１`, `12`. */
const BARE_PAGE_NUMBER = /^[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*$/u;

/**
 * The lines of a PDF's page furniture inside the transcript: a short line naming the sitting (`第２１３回国会　法務委員会　第１５号`)
 * that comes again and again, and the page number alone just above it (blank lines between). They had been read into the
 * middle of a sentence running on to the next page. `first` is the file's first line, the first page's head when it is the same
 * line (a record of two pages repeats it once).
 */
function pageHeads(lines: readonly SourceLine[], first?: SourceLine): Set<number> {
	const counts = new Map<string, number>();
	const key = (text: string): string | null => {
		if (text.length > 80 || /[。、]/u.test(text)) return null;
		// (`2　　第213回国会　衆議院予算委員会議録第５号　令和６年２月５日`: the page's number beside its head, a space apart.)
		const compacted = replaceSpaceRuns(matchForm(text).replace(PAGE_NUMBER_BESIDE, ''), '');
		return DIET_TITLE.test(compacted) && compacted.length <= 50 && readTurn(text) === null ? compacted : null;
	};
	const top = first === undefined ? null : key(first.text);
	if (top !== null) counts.set(top, 1);
	for (const source of lines) {
		const found = key(source.text);
		if (found !== null) counts.set(found, (counts.get(found) ?? 0) + 1);
	}
	const heads = new Set<number>();
	lines.forEach((source, index) => {
		const found = key(source.text);
		if (found === null || (counts.get(found) ?? 0) < PAGE_HEAD_REPEATS) return;
		heads.add(source.line);
		let above = index - 1;
		while (above >= 0 && trimSpaces(lines[above]?.text ?? '') === '') above--;
		if (above >= 0 && BARE_PAGE_NUMBER.test(lines[above]?.text ?? '')) heads.add(lines[above]?.line ?? -1);
	});
	return heads;
}

/** The index after the last closing sitting line (`午後四時五分散会`), or the end. */
function transcriptEnd(lines: readonly SourceLine[], from: number): number {
	for (let i = lines.length - 1; i >= from; i--) {
		const sitting = readSittingTime(lines[i]?.text ?? '');
		if (sitting && ['散会', '閉会', '延会'].includes(sitting.event)) return i + 1;
	}
	return lines.length;
}

/** The end time: the clock of the last closing sitting line. */
function endTime(lines: readonly SourceLine[]): string | null {
	return closingTime(lines.map((source) => source.text));
}

/** The committee from the chair's opening words (`これより内閣委員会を開会いたします`), or 本会議 when the 議長 opens. */
function committeeFromBody(body: readonly BodySection[]): string | null {
	const first = body.flatMap((section) => section.children).find((block): block is Extract<Block, { type: 'remark' }> => block.type === 'remark');
	if (!first) return null;
	const text = first.children.map((block) => ('text' in block ? block.text : '')).join('');
	const named = /(?:これより|ただいまから|只今から)(?<name>[^、。\s]{1,30}?(?:委員会|調査会|審査会|公聴会|両院協議会)|両院協議会)を?(?:開|再開)/u.exec(text);
	if (named?.groups?.name) return named.groups.name;
	return /^議長/u.test(first.speaker) ? '本会議' : null;
}

/** The committee's clerk in the roll (`総務委員会専門員     阿部 哲也君`), as a 衆議院 committee's page names its committee nowhere else. */
const COMMITTEE_CLERK = /^(?<name>[^\s\u3000（()）]{1,30}?(?:委員会|調査会|審査会))(?:専門員|調査室長)[\s\u3000]/u;

/** The committee named by its clerk in the roll before the first turn (the 参議院's `常任委員会専門員` names none); null without one. */
function committeeFromRoll(lines: readonly SourceLine[]): string | null {
	for (const source of lines) {
		if (readTurn(source.text) !== null) break;
		const name = COMMITTEE_CLERK.exec(trimSpaces(source.text))?.groups?.name;
		if (name !== undefined && !/^(?:常任|特別)委員会$/u.test(name)) return name;
	}
	return null;
}

/**
 * The house when the text does not name it: a bill sent from the other house, the 参議院's voting buttons, and for committees
 * the opening (the 参議院's open, 開会; the 衆議院's sit, 開議).
 */
function inferHouse(lines: readonly SourceLine[], committee: string): string | null {
	const head = lines.slice(0, RECOGNIZE_LINES).map((source) => source.text).join('\n');
	// (`（内閣提出、衆議院送付）`: a bill sent from the other house names the house it came from, not this one.)
	const named = /(?:衆議院|参議院)(?!送付|提出|回付|議員|規則|事務)/u.exec(head);
	if (named) return named[0];
	// A bill sent from one house is before the other (`（内閣提出、衆議院送付）`); only the 参議院 votes by pressing buttons.
	const sent = /(衆議院|参議院)送付/u.exec(head)?.[1];
	if (sent) return sent === '衆議院' ? '参議院' : '衆議院';
	if (/投票ボタン/u.test(head)) return '参議院';
	if (committee === '本会議') return null;
	if (SANGIIN_HEAD.test(head)) return '参議院';
	const events = lines.slice(0, RECOGNIZE_LINES).map((source) => readSittingTime(source.text)?.event);
	if (events.includes('開会')) return '参議院';
	if (events.includes('開議')) return '衆議院';
	return null;
}

/** Runs of four or more spaces, which a minutes viewer leaves where it flattened the 会議録情報's lines into one. */
const FLATTENED_GAP = /[ \t\u3000]{4,}/u;

/**
 * The lines a viewer flattened into one (`令和六年二月十四日(水曜日)    午後一時開会     ─────    出席者は左のとおり。     会 長 …`),
 * each piece a line again with the line's number; a line that is no such header as it is.
 */
function unflatten(entry: SourceLine): SourceLine[] {
	if (entry.text.length < 80 || readTurn(entry.text) !== null) return [entry];
	const pieces = entry.text.split(FLATTENED_GAP).filter((piece) => trimSpaces(piece) !== '');
	if (pieces.length < 6 || !pieces.some((piece) => /^[\s\u3000]*(?:─{3,}|[－―-]{5,})/u.test(piece)) || !pieces.some((piece) => /(?:開会|開議|出席者|出席委員)/u.test(piece))) return [entry];
	// (`午前九時開議  出席委員`: the sitting's time and the roll's heading, two spaces apart.)
	return pieces.flatMap((piece) => piece.split(/(?<=開議|開会)[ \u3000]{2,}/u)).map((piece) => ({ ...entry, text: piece }));
}

/**
 * A sitting's time the simple view leaves at the end of a speech's line, four spaces on (`…本日は、これにて散会いたします。    午後零時散会`),
 * apart from the speech; null when the line ends otherwise.
 */
function trailingSittingTime(text: string): { speech: string; time: string } | null {
	const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\u3000';
	let end = text.length;
	while (end > 0 && isSpace(text[end - 1])) end--;
	let start = end;
	while (start > 0 && !isSpace(text[start - 1])) start--;
	let gap = start;
	while (gap > 0 && isSpace(text[gap - 1])) gap--;
	const time = text.slice(start, end);
	if (start - gap < 4 || gap === 0 || time.length > 30 || readSittingTime(time)?.clock == null) return null;
	return { speech: text.slice(0, gap), time };
}

/** Lines of a copied web page: page chrome dropped, the simple view's `発言のURL:…` tails cut off and kept with their line. */
function cleanLines(source: readonly SourceLine[]): { lines: SourceLine[]; urls: { line: number; url: string }[] } {
	const lines: SourceLine[] = [];
	const urls: { line: number; url: string }[] = [];
	/** A speech's counter came just before (blank lines aside): the next line names the speaker for the view. */
	let counted = false;
	/** The speaker a viewer's index line named just before (`  2. 石田博英`, blank lines aside), or null. */
	let indexed: string | null = null;
	for (const entry of source.flatMap(unflatten)) {
		const tail = SPEECH_URL_TAIL.exec(entry.text);
		const text = tail ? entry.text.slice(0, tail.index) : entry.text;
		if (tail?.groups?.url) urls.push({ line: entry.line, url: tail.groups.url });
		const trimmed = trimSpaces(text);
		const folded = matchForm(trimmed);
		if (SPEECH_COUNTER.test(folded)) {
			counted = true;
			continue;
		}
		if (trimmed === '') {
			if (!tail) lines.push({ ...entry, text });
			continue;
		}
		const speakerLine = counted && trimmed.length <= COUNTER_SPEAKER_MAX && !/[。、]/u.test(trimmed) && dietTurn(trimmed) === null;
		counted = false;
		if (speakerLine || VIEW_CHROME.test(folded)) continue;
		if (PAGE_CHROME.test(trimmed) || isGazetteHead(text)) continue;
		// (`  2. 石田博英` / `    石田委員長 それでは…`: a viewer that leaves out the speech's ○; the label names the speaker indexed.)
		const speaker = indexed;
		indexed = speechIndexName(trimmed);
		if (speaker !== null && dietTurn(trimmed) === null) {
			const label = dietTurn(`○${trimmed}`)?.label;
			if (label !== undefined && labelNamesSpeaker(label, speaker)) {
				lines.push({ ...entry, text: `○${trimmed}` });
				continue;
			}
		}
		const closing = tail ? trailingSittingTime(text) : null;
		if (closing) lines.push({ ...entry, text: closing.speech }, { ...entry, text: closing.time });
		else lines.push({ ...entry, text });
	}
	return { lines, urls };
}

/** Give each remark the speech link written within it (the simple view's `発言のURL:`), the first one from its line on. */
function linkRemarks(remarks: RemarkIndex[], urls: readonly { line: number; url: string }[]): void {
	remarks.forEach((remark, index) => {
		const next = remarks[index + 1]?.line ?? Number.POSITIVE_INFINITY;
		const link = urls.find((entry) => entry.line >= remark.line && entry.line < next);
		if (link) remark.officialUrl = link.url;
	});
}

/**
 * Add the items of the business of the day printed after the close (the 参議院's `○本日の会議に付した案件` / `一、日程第一` /
 * `一、国務大臣の報告に関する件`) that the header does not list; a reference to an item of the 議事日程 adds none.
 */
function addTailItems(agenda: AgendaItem[], tail: readonly AgendaItem[]): void {
	for (const item of tail) {
		const title = matchForm(item.title);
		if (ITEM_REFERENCE.test(title) || agenda.some((known) => matchForm(known.title) === title)) continue;
		agenda.push({ ...item, number: Math.max(0, ...agenda.map((known) => known.number)) + 1 });
	}
}

/**
 * Those who spoke at a sitting printed without a roll (a 本会議's record, or one saved without its header), one entry each in
 * the order they first spoke, named and posted as their labels are (`議長（森川義孝君）`: 議長 森川義孝; `高杉美奈子君`: no post), each
 * entry's text its label; those the rolls printed after the close list (`出席国務大臣`) are left to them, and a name spaced
 * in one label and not in another (`議長（額田　修一郎君）`, `議長（額田修一郎君）`) is one entry.
 */
function speakersRoll(remarks: readonly RemarkIndex[], listed: readonly ParticipantGroup[]): ParticipantGroup {
	const members: Member[] = [];
	const seen = new Set(listed.flatMap((group) => group.members.map((member) => rollNameKey(member.name))));
	for (const { speaker } of remarks) {
		const { name, title } = parseNameLabel(speaker);
		// (A label naming no one, `○議長` alone, and a name by its surname only, `○村田会長`, list no one.)
		if (name === null || !/君[）)]?$/u.test(speaker) || seen.has(rollNameKey(name))) continue;
		seen.add(rollNameKey(name));
		const post = title === '君' ? null : title;
		members.push({ text: speaker, name, title: post, affiliation: null });
	}
	return { group: '発言者', members };
}

/** Drop agenda items listed twice (the 議事日程 and the 本日の会議に付した案件 name the same bill). */
function uniqueItems(agenda: readonly AgendaItem[]): AgendaItem[] {
	return agenda.filter((item, index) => agenda.findIndex((other) => other.title === item.title) === index);
}

/** Read a Diet transcript into its record (never throws). */
export function readDiet(document: SourceDocument, options: ParseOptions): ParseResult {
	const { lines, urls } = cleanLines(document.lines);
	const diagnostics: Diagnostic[] = [];
	const start = firstTurn(lines);
	if (start < 0) return noRecord('diet', [], [error('no-body', null, 'no speaker turns found: the Diet transcript needs lines such as "○山際委員長　これより会議を開きます。"')]);
	const end = transcriptEnd(lines, start);
	const header: DietHeader = { kai: null, imperial: false, go: null, recess: null, part: null, house: null, committee: null, titleLine: null, date: null, dateLine: null, start: null, participants: [], agenda: [], notes: [] };
	readBlocks(lines.slice(0, start), header, diagnostics);
	// A PDF's running heads and the page numbers above them, in the transcript and in the rolls printed after the close; the
	// last page's number ends the file with no head below it.
	const heads = pageHeads(lines.slice(start), lines.slice(0, start).find((source) => trimSpaces(source.text) !== ''));
	const last = lines.findLast((source) => trimSpaces(source.text) !== '');
	if (heads.size > 0 && last !== undefined && BARE_PAGE_NUMBER.test(last.text)) heads.add(last.line);
	// A record printed after the close (`派遣委員の新潟県における意見聴取に関する記録`: its heads and rolls, then its turns): the rolls
	// are the tail's, the turns go on after the sitting's.
	const resumed = lines.findIndex((source, index) => index >= end && dietTurn(source.text) !== null);
	const tail = lines.slice(end, resumed < 0 ? lines.length : resumed).filter((source) => !heads.has(source.line));
	const tailHeader: DietHeader = { ...header, participants: [], agenda: [], notes: [], titleLine: -1, date: header.date ?? '' };
	readBlocks(tail, tailHeader, diagnostics);
	const transcript = readTranscript(
		[...lines.slice(start, end), ...(resumed < 0 ? [] : lines.slice(resumed))].filter((source) => !heads.has(source.line)),
		diagnostics,
		{ heading: (text) => (BODY_HEADING.test(matchForm(trimSpaces(text))) ? trimSpaces(text) : null), turn: dietTurn },
	);
	const body = transcript.body;
	prependNotes(body, header.notes);
	// What follows the close and is no roll (the 参議院's `投票者氏名` / `日程第一　…` / `賛成者…氏名` and the names) is the
	// record's notes after the last turn: its `日程第一` heads no section (the item's debate is above), its names make no speech.
	// (A record printed after the close keeps its heads before its turns.)
	const tailNotes = tailHeader.notes.map((note): Block => ({ type: 'note', text: note.text, line: note.line }));
	const resumedAt = lines[resumed]?.line;
	const resumedIn = resumedAt === undefined ? undefined : body.find((section) => section.children.some((block) => block.type === 'remark' && block.line >= resumedAt));
	if (resumedIn !== undefined && resumedAt !== undefined) resumedIn.children.splice(resumedIn.children.findIndex((block) => block.type === 'remark' && block.line >= resumedAt), 0, ...tailNotes);
	else body.at(-1)?.children.push(...tailNotes);
	addTailItems(header.agenda, tailHeader.agenda);
	const sections = body.map(({ id, title, line }) => ({ id, title, line }));
	if (header.date === null) {
		diagnostics.push(error('no-date', header.titleLine ?? lines[0]?.line ?? null, 'no date found before the transcript: add the date line, e.g. "平成三十年五月三十日（水曜日）"'));
		return noRecord('diet', body, diagnostics);
	}
	// A 両院協議会 is named after what it settles (`令和六年度一般会計予算外二件両院協議会`): its series is the body alone.
	const named = header.committee ?? committeeFromBody(body) ?? committeeFromRoll(lines);
	const committee = named !== null && /両院協議会$/u.test(named) ? '両院協議会' : named;
	// It and a joint committee (`国家基本政策委員会合同審査会`) are of both houses, of neither alone.
	const joint = committee !== null && /(?:両院協議会|合同審査会)$/u.test(committee);
	if (committee === null) diagnostics.push(warning('no-series', header.titleLine, 'the committee is not named: add a line such as "第196回国会 衆議院 内閣委員会 第20号"; the file name stands for it'));
	const house = joint ? null : (header.house ?? (committee ? inferHouse(lines, committee) : null));
	// The Imperial Diet's sessions are its own (`第74回帝国議会`), its houses' series apart from today's, as the NDL's records give them.
	// (Without the title line, a sitting before the constitution of 1947 took effect is the Imperial Diet's too.)
	if (header.kai === null && header.date < IMPERIAL_DIET_END) header.imperial = true;
	const example = header.imperial ? `第七十回帝國議會衆議院${committee === '本会議' ? '議事速記録' : `${committee}議録`}第九號` : `第196回国会 衆議院 ${committee} 第20号`;
	if (committee !== null && house === null && !joint) diagnostics.push(warning('no-house', header.titleLine, `the house is not named: write it in the first line, e.g. "${example}"`));
	const diet = header.imperial ? '帝国議会' : '国会';
	const sitting = [house, committee].filter(Boolean).join(' ');
	const series = committee ? [header.imperial ? '帝国議会' : null, sitting].filter(Boolean).join(' ') : fileStem(options.source);
	// (A 号 in parts as the API names it, `第15号(その1)`: each part its own entry.)
	const issue = `${header.recess ?? ''}第${header.go}号${header.part === null ? '' : `(その${header.part})`}`;
	const sessionLabel = header.go === null ? undefined : header.kai !== null ? `第${header.kai}回${diet} ${issue}` : issue;
	const title = header.go === null ? `${series} ${header.date}` : header.kai !== null && committee ? `第${header.kai}回${diet} ${sitting} ${issue}` : header.kai !== null ? `第${header.kai}回${diet} ${series} ${issue}` : `${series} ${issue} ${header.date}`;
	linkRemarks(transcript.remarks, urls);
	const agenda = uniqueItems(header.agenda).map((item) => ({ ...item, section: sections.find((section) => section.title.includes(item.title))?.id ?? null }));
	// (No roll printed, as a 本会議's record has none before its turns: those who spoke are who was there, with their posts.)
	// (The rolls a 本会議's record prints after its close list the ministers alone: the members who spoke are added to them.)
	const participants = [...header.participants, ...tailHeader.participants];
	const speakers = header.participants.length === 0 ? speakersRoll(transcript.remarks, participants) : null;
	if (speakers !== null && speakers.members.length > 0) participants.push(speakers);
	const candidate = sittingRecord(options, {
		title,
		series,
		date: header.date,
		start: header.start,
		end: endTime(lines),
		location: null,
		participants,
		agenda,
		sections,
		remarks: transcript.remarks,
		sessionLabel,
	});
	return finishRecord('diet', candidate, body, diagnostics, { title: header.titleLine, series: header.titleLine, date: header.dateLine });
}

/** The part of a 号 printed in parts, after the 号 (`（その一）`, `(その2)`). */
const ISSUE_PART = new RegExp(`^[\\s\u3000]*[（(][\\s\u3000]*その[\\s\u3000]*(?<part>${NUMERAL_SOURCE})[\\s\u3000]*[）)]`, 'u');

/** True when the first lines carry `第N回国会 … 第N号`. */
function hasDietTitle(lines: readonly SourceLine[]): boolean {
	const head = firstNonBlank(lines, HEAD_LINES);
	// (Printed over two lines too: `第２１３回国会　衆議院` / `総務委員会議録　第七号`.)
	return head.some((source, index) => dietTitle(source.text) !== null || (isSessionOnly(source.text) && dietTitle(`${source.text} ${head[index + 1]?.text ?? ''}`) !== null));
}

/** The line that opens the roll of a committee's members as the session was convened. */
const CONVENING = /召集日[\s\u3000]*[（(][^）)]*[）)].*における/u;

/**
 * A local assembly's 議会 (`○○市議会`, `△△県議会`, `○○市会`), not an association of their chairs (`全国市議会議長会`) nor a member of one;
 * and before the war's end a 県会, 町会 or 村会 heading its records (`東岡縣會議事速記録`, `北野村會會議録`, matching form).
 */
const LOCAL_ASSEMBLY = new RegExp(`${ASSEMBLY_WORD}(?!議長会|議員)|(?:府|県|郡|町|村)会(?=議事|会議録|議録|速記録)`, 'u');

/** The Diet's opening in kanji on its own line: `午前九時開議`, `午後一時三十分開会`. */
const KANJI_OPENING = /^(?:午前|午後)[〇零一二三四五六七八九十]+時(?:[〇零一二三四五六七八九十]+分)?(?:開議|開会)$/u;

/**
 * Without the title line: a kanji-numeral date, a Diet roll or 議事日程, no 議会, and `○…君` turns, or the opening
 * in kanji on its own line (`午前九時開議`: a 衆議院 committee's turns, `○小野寺委員長`, carry no 君; the NDL's text
 * and its copies start at the date line).
 */
function looksLikeDiet(lines: readonly SourceLine[]): boolean {
	const head = lines.slice(0, RECOGNIZE_LINES);
	const text = matchForm(head.map((source) => source.text).join('\n'));
	// An assembly's 議会 of a city, a prefecture or a town, in the lines before the first turn (a speech may name any assembly,
	// `富山県議会議員を務めておりました`); not the 議会 of a 審議会, 協議会 or 評議会, of 地方議会 in a bill's name, nor of the
	// 全国市議会議長会 that a witness's post names in brackets.
	const first = head.findIndex((source) => readTurn(source.text) !== null);
	const before = (first === -1 ? head : head.slice(0, first)).map((source) => matchForm(source.text).replace(/[(][^()]*[)]/gu, '')).join('\n');
	if (/定例会|臨時会/u.test(before) || LOCAL_ASSEMBLY.test(before)) return false;
	if (!/(?:平成|令和|昭和|大正|明治)[元一二三四五六七八九十]+年[一二三四五六七八九十]+月[一二三四五六七八九十]+日/u.test(text)) return false;
	if (!head.some((source) => rollGroup(compact(source.text)) !== undefined || /^議事日程/u.test(compact(source.text)))) return false;
	if (lines.some((source) => KANJI_OPENING.test(compact(source.text)))) return true;
	return lines.some((source) => readTurn(source.text)?.label.includes('君') === true);
}

/** The Diet's 国会会議録 as text, and its members' written questions and the cabinet's answers (質問主意書, 答弁書). */
export const dietReader: Reader = {
	family: 'diet',
	recognize: (document) => hasDietTitle(document.lines) || looksLikeDiet(document.lines) || isWrittenQuestion(document),
	read: (document, options) => [isWrittenQuestion(document) && !hasDietTitle(document.lines) ? readWrittenQuestion(document, options) : readDiet(document, options)],
};
