/** Small pieces shared by the readers: an assembly's name, the seed's file stem, header notes put before the body, a sitting's record. */
import type { Meeting, Member, ParticipantGroup } from '../../schemas/meeting.ts';
import { matchForm, replaceSpaceRuns, trimSpaces } from '../normalize.ts';
import { NUMERAL_SOURCE } from '../numerals.ts';
import { seriesSlug } from '../series.ts';
import type { BodySection, Block, ParseOptions } from '../types.ts';

/**
 * A letter of an assembly's name: any but spaces, digits, brackets, the bars and dashes a page's title sets between its
 * parts (`本文 2024-09-10 | みずほ市議会会議録検索システム`) and the words of a session's number and date, though
 * 年, 月 and 日 that no number stands before are letters of a place (日野市, 大月市, 春日部市, 月形町: `令和6年第2回日野市議会`
 * had been read as 野市議会; `六月山梨県議会` is a month's sitting), and so is a numeral's 日 before the 市 or 町 of a place that
 * its assembly's word follows (`令和5年8月四日市市議会`, `十日町市議会`: 四日市 had been read as 市市議会; `十二月四日市議会` is a day's).
 */
const NAME_LETTER = '(?:[^\\s0-9０-９()（）年月日第回号:：、。|｜/／\\-－–—]|(?<![0-9０-９元〇一二三四五六七八九十])年|(?<![0-9０-９〇一二三四五六七八九十])[月日](?![0-9０-９])|(?<=[〇一二三四五六七八九十])日(?=[市町][^議]))';
/** An assembly's name: `○○市議会`, `長門市議会`, `東京都議会`, and a town's assembly of children or women (`おみ村子ども議会`, `○○市女性議会`). */
/**
 * A city assembly that calls itself 市会 (横浜市会, 名古屋市会, 京都市会, 大阪市会, 神戸市会), as a regex source: not the 市会 of
 * 市会議員 or 都市会議, nor of a 定例市会 (the session's name).
 */
export const CITY_ASSEMBLY = '(?<!定例|臨時|都)市会(?![議館員])';
/** The word that ends an assembly's name (`市議会`, `組合議会`, `子ども議会`, `市会`), as a regex source. */
export const ASSEMBLY_WORD = `(?:(?:都|道|府|県|市|区|町|村|広域連合|組合)(?:子ども|こども|子供|女性|高校生|中学生|小学生|青少年|模擬)?議会|${CITY_ASSEMBLY})`;
export const ASSEMBLY_NAME = new RegExp(`(?<name>${NAME_LETTER}{1,24}?${ASSEMBLY_WORD})`, 'u');

/** The day the constitution of 1947 took effect: sittings before it are the Imperial Diet's. */
export const IMPERIAL_DIET_END = '1947-05-03';

/** What a transcript reader (Diet, assembly, NDL JSON) reads of a sitting; the rest of the record is the same for all. */
export type SittingFields = Omit<Meeting, 'seriesSlug' | 'session' | 'kind' | 'source' | 'sourceHash' | 'handouts' | 'sessionLabel'> & { sessionLabel?: string | undefined };

/** The record of a verbatim sitting: minutes, numbered by `sessionLabel` rather than 第N回, without handouts. */
export function sittingRecord(options: ParseOptions, fields: SittingFields): Meeting {
	const { sessionLabel, ...rest } = fields;
	return {
		...rest,
		seriesSlug: seriesSlug(fields.series, options.seriesSlugs),
		session: null,
		kind: 'minutes',
		source: options.source,
		sourceHash: options.sourceHash,
		handouts: [],
		...(sessionLabel ? { sessionLabel } : {}),
	};
}

/** The seed's file name without folder and extension (a last-resort title or series). */
export function fileStem(source: string): string {
	return source.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '') || source;
}

/** Put the header's leftover lines as notes at the top of the body (into `s0`, opened when missing). */
export function prependNotes(body: BodySection[], notes: readonly { text: string; line: number }[]): void {
	if (notes.length === 0) return;
	const children: Block[] = notes.map((note) => ({ type: 'note', text: note.text, line: note.line }));
	const first = body[0];
	if (first?.id === 's0') first.children.unshift(...children);
	else body.unshift({ id: 's0', title: '', line: notes[0]?.line ?? 1, children });
}

/** A peer's rank (`伯爵`), printed before a 貴族院 member's name: never a surname. */
const PEERAGE_WORD = '(?:公|侯|伯|子|男)爵';
const PEERAGE = new RegExp(`^${PEERAGE_WORD}$`, 'u');
const PEERAGE_AT_END = new RegExp(`${PEERAGE_WORD}$`, 'u');

/**
 * A member's role in the sitting and one space, before the name: `委員長 `, `理事　`, `座長 `, a 小委員会's `小委員長 `, a
 * 両院協議会's `議長 `, `副議長 ` (at the line's start or after a wide gap).
 */
const ROLE_BEFORE_NAME = /(?:^[\s\u3000]*|[\s\u3000]{2})(?:小?委員長|副?議長|理事|座長|主査|会長|幹事|兼務)[\s\u3000]$/u;

/**
 * A post longer than any surname, or one ending as a post does, and one space, before a name: `東都大学経済学部教授 `, as the
 * 参議院's roll sets a post too wide for its column against the name (`東都大学経済学部教授 今井 美智子君`), and `国務大臣 ` of a
 * roll copied with its padding cut to one space (`国務大臣 平田 誠一郎君`).
 */
const LONG_POST_BEFORE_NAME = /(?:[^\s\u3000]{5,}|[^\s\u3000]+(?:大臣|長官|長|官|員|者))[\s\u3000]$/u;

/** How a roll's role or post ends (`理事`, `委員長`, `法務大臣`, `政府参考人`): a word so ending is never a surname. */
const ROLE_ENDING = /(?:理事|幹事|主査|委員|大臣|長|官|員|人|者|担当[）)])$/u;

/**
 * The name cell at the end of a Diet roll's entry (before 君): `小渕 恵三`, `森本  靖`, `加藤常太郎`; the rest is the post. The 衆議院
 * sets names in cells five characters wide; a longer name, a surname and a given name one space apart after a wide gap or at the
 * line's start (`委員長　　　　　比嘉　奈津子`, `　　高橋　はるみ`), is a name all the same.
 */
export function splitNameCell(entry: string): { post: string; name: string } {
	const text = entry.replace(/[\s\u3000]+$/u, '');
	const last = /(?<gap>[\s\u3000]*)(?<word>[^\s\u3000]+)$/u.exec(text);
	const word = last?.groups?.word ?? '';
	let before = text.slice(0, text.length - word.length);
	let name = word;
	const previous = /(?<word>[^\s\u3000]+)(?<gap>[\s\u3000]+)$/u.exec(before);
	const surname = previous?.groups?.word ?? '';
	const gapText = previous?.groups?.gap ?? '';
	const gap = [...gapText].length;
	const ahead = before.slice(0, before.length - surname.length - gapText.length);
	// A name cell is five characters wide: `佐藤　　勉`, `原   彪`; a role word before it is the post.
	const inCell = [...word].length < 5 && [...surname].length + gap + [...word].length <= 5;
	// (`比嘉　奈津子` wider than a cell: one space inside, a wide gap, nothing, a role or a long post and a space before it:
	// `委員長 小野寺 五郎`, `東都大学経済学部教授 今井 美智子`.)
	const wide = gap === 1 && [...word].length <= 4 && [...surname].length <= 3 && (/(?:^|[\s\u3000]{2})$/u.test(ahead) || ROLE_BEFORE_NAME.test(ahead) || LONG_POST_BEFORE_NAME.test(ahead));
	// (`委員　　　　　　林　　博太郎`: a short surname padded wider than the cell, as the 貴族院's rolls set it, after a wide gap or nothing.)
	const padded = gap >= 2 && gap <= 3 && [...surname].length <= 2 && [...word].length <= 4 && [...surname].length + gap + [...word].length <= 7 && /(?:^|[\s\u3000]{2})$/u.test(ahead);
	if (previous && (inCell || wide || padded) && !ROLE_ENDING.test(surname) && !PEERAGE.test(surname)) {
		name = `${surname} ${word}`;
		before = ahead;
	}
	// (`委員長　　伯爵　酒井忠正君`: a peer's rank before the name, as the 貴族院's rolls print it, is no part of the post.)
	return { post: replaceSpaceRuns(before, '').replace(PEERAGE_AT_END, ''), name };
}

/**
 * How an agenda item ends; a line after an item that does not end so continues it (items wrap at 22 characters). The budget
 * and the accounts are items by their names alone (`令和六年度一般会計予算`, `令和四年度一般会計歳入歳出決算`, `…総計算書`), and
 * a body's choosing of its officers (`議長及び副議長の互選`, a 両院協議会's first item, `理事の選任`) is one.
 */
export const ITEM_END = /(?:件|案|[）)]|号|請願|動議|報告|選挙|互選|選任|指名|決議|演説|質疑|予算|決算書?|計算書)$/u;

/** A reference to an item of the 議事日程 in the list of business: `一、日程第一`. */
export const ITEM_REFERENCE = new RegExp(`^(?:[一二三四五六七八九十]+、)?日程第\\s*(?<n>${NUMERAL_SOURCE})(?:(?:及び|並びに|から|ないし|、)第?\\s*(?:${NUMERAL_SOURCE})(?:まで)?)*$`, 'u');

/**
 * A line saying the list is the agenda above (`議事日程に同じ`, `議事日程のとおり`, the Diet's `議事日程第十五号のとおり` under
 * 本日の会議に付した案件), or its items by their range (`議事日程第1から第4`, `日程第１から日程第７まで`): nothing to add.
 */
export const SAME_AS_AGENDA = /^(?:議事日程|日程)(?:(?:[（(]第?[0-9０-９一二三四五六七八九十]{1,3}号?[）)]|[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十百]{1,4}[\s\u3000]*号)?(?:に同じ|のとおり|の通り)|[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*(?:から|ないし|乃至|～|〜)[\s\u3000]*(?:議事日程|日程)?[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}(?:[\s\u3000]*まで)?(?:の(?:事件|案件))?)。?$/u;

/** How many spaces a line is indented by (a full-width space counts two), as a roll's wrapped posts are told by. */
export function indentOf(text: string): number {
	const lead = /^[ \u3000]*/u.exec(text)?.[0] ?? '';
	return [...lead].reduce((width, char) => width + (char === '\u3000' ? 2 : 1), 0);
}

/** The state of a roll being read: the group and the role a post line gave the entries below it. */
export interface Roll {
	group: ParticipantGroup;
	role: string | null;
	bracket: string | null;
	/** A bracket opened on a post line and not yet closed (`（自治庁選挙局` / `長）　松田 清之君`). */
	open: boolean;
	/** The first line of a post wrapped onto the entry's line (`環境省大臣官房` / `環境保健部長   荒木 正人君`). */
	prefix?: string | null;
	/** How far the line that set the role is indented: a line indented further without 君 is the first line of a wrapped post. */
	roleIndent?: number;
	/**
	 * The role and its indent before the line just read set a new one: that line may be the first of a post wrapped level with
	 * its entry (`大蔵省主税局長` / `事務代理　　水田　功君`, `予算委員会調査` / `室長　　大坪 宏通君`), the role then going back.
	 */
	replaced?: { role: string | null; roleIndent: number | undefined };
	/**
	 * The house whose delegates follow (`衆議院` / `参議院` in a 両院協議会's roll), or the committee whose members follow (a
	 * 連合審査会's roll lists each committee's members under its name, `法務委員会` / `委員長　武部　新君`).
	 */
	house?: string;
	/** How far the 参議院's roll indents the committee's name that set `house`: a part at that indent is of no committee. */
	houseIndent?: number;
	/**
	 * The entry being read is indented under the line that set the role, as the 参議院's roll sets its entries under each part
	 * (`政府参考人` / `　　外務省北米局長　伊藤 晋吾君`); the 衆議院's sets an entry of its own post level with it.
	 */
	under?: boolean;
}

/** The parts under which a Diet roll lists those heard or answering (`政府参考人`, `参考人`, `政府特別補佐人`, `公述人`, `説明員`, `証人`). */
export const ATTENDING_ROLE = /(?:参考人|補佐人|公述人|説明員|証人)$/u;

/**
 * The title of one listed under such a part with a post: the part with the post in brackets, as the 衆議院's roll prints it
 * (`政府参考人` / `（総務省自治行政局長）`) and as the 参議院's means it (`政府参考人` / `　　外務省北米局長　伊藤 晋吾君`); any
 * other post as it is.
 */
export function postInPart(post: string, role: string | null): string {
	// (The 参議院's `委員以外の議員` / `　　議員　田島 麻衣君`: the part says it whole, as the label does, `○委員以外の議員（田島麻衣君）`.)
	if (role !== null && OTHER_MEMBERS_PART.test(role) && role.endsWith(post)) return role;
	return role === null || !(ATTENDING_ROLE.test(role) || OTHER_MEMBERS_PART.test(role)) || post.startsWith(role) ? post : `${role}（${post}）`;
}

/**
 * The 参議院's parts for those of neither the committee nor the cabinet, whose labels name the part (`○衆議院議員（寺島義晴君）`,
 * `○最高裁判所長官代理者（馬場健太君）`, `○委員以外の議員（田島麻衣君）`): an entry's post under one goes in brackets after it,
 * `衆議院議員（修正案提出者）`, as under `政府参考人`.
 */
const OTHER_MEMBERS_PART = /^(?:衆議院議員|参議院議員|委員以外の議員|最高裁判所長官代理者)$/u;

/** The mark before the roll a 参議院 本会議's record prints after its close: `○出席者は左のとおり。`. */
export const SANGIIN_MARKED_ROLL = /^○(?=出席者)/u;

/**
 * The posts that head the parts of that roll after its members, each part set off by `─────・─────` (`国務大臣`,
 * `政府特別補佐人`, `政府委員`; matching form, spaces gone).
 */
export const SANGIIN_ROLL_PART = /^(?:国務大臣|副大臣|大臣政務官|内閣官房副長官|政府特別補佐人|政府委員|政府参考人|説明員|事務局側|法制局側)$/u;

/** A name as a roll and the speakers' labels are compared: its spaces gone, in matching form (`額田　修一郎`, `額田修一郎`). */
export function rollNameKey(name: string | null): string {
	return matchForm(name ?? '').replace(/\s/gu, '');
}

/** The 参議院's heading of its one roll, as today's records write it and as its early records did (`出席者は左の通り。`), as a regex source. */
export const SANGIIN_ROLL_HEADING = '出席者は、?左の(?:とおり|通り)。?';

/** The 君 that ends a roll's entry, after its name: not one that begins a name (`君島 一郎君`, `山田 君子君`). */
const ENTRY_END = /(?<![\s\u3000（(]|^)君/u;
/** A committee's name alone over its members in the roll of a 連合審査会 (`法務委員会`, `地方創生に関する特別委員会`). */
const JOINT_COMMITTEE = /^[^\s\u3000君]{1,40}委員会$/u;
/** A roll's line that begins a post rather than naming a role: a ministry's or bureau's name (`環境省大臣官房`, `環境省水・大気`). */
const POST_START = /(?:省|庁|府|局|官房|部)(?:[^\s\u3000君]{0,8})$/u;
/** The roles a 参議院 roll heads its entries with (matching form), the 政府委員 of its older records among them (a role, not a post of a 府). */
const ROLL_ROLES = /^(?:委員長|理事|委員|会長|国務大臣|副大臣|大臣政務官|政府参考人|政府特別補佐人|政府委員|参考人|事務局側|法制局側|公述人|説明員|証人)$/u;

/** How many brackets the text leaves open (`（内閣府特命担当大臣（金融` → 2). */
function bracketDepth(text: string): number {
	let depth = 0;
	for (const char of text) {
		if (char === '（' || char === '(') depth++;
		else if ((char === '）' || char === ')') && depth > 0) depth--;
	}
	return depth;
}

/** Where the text closes the last of `open` brackets left open before it, or -1. */
function closingBracket(text: string, open: number): number {
	let depth = Math.max(open, 1);
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '（' || char === '(') depth++;
		else if ((char === '）' || char === ')') && --depth === 0) return i;
	}
	return -1;
}

/**
 * Read one line of a Diet roll (the printed minutes' header, the NDL API's 会議録情報) into members (`理事 小渕 恵三君 理事 加藤常太郎君`),
 * each made by `member` from the text before its 君; a line without 君 sets the role of what follows, or is a post wrapped
 * under it or a bracket over the next entry.
 */
export function readRollLine(text: string, roll: Roll, member: (piece: string, roll: Roll) => Member): void {
	let trimmed = trimSpaces(text);
	const replaced = roll.replaced;
	delete roll.replaced;
	if (roll.open) {
		// (`（内閣府特命担` / `当大臣（金融）` / `））　　鈴木 俊一君`: a bracket inside the post's bracket closes before it does.)
		const close = closingBracket(trimmed, bracketDepth(roll.bracket ?? ''));
		roll.bracket = `${roll.bracket ?? ''}${close < 0 ? trimmed : trimmed.slice(0, close + 1)}`;
		if (close < 0) return;
		roll.open = false;
		trimmed = trimSpaces(trimmed.slice(close + 1));
		if (trimmed === '') return;
	} else if (/^[（(]/u.test(trimmed) && bracketDepth(trimmed) > 0 && !ENTRY_END.test(trimmed)) {
		// (`国　務　大　臣` / `（北海道開発庁` / `長官）` / `（沖縄開発庁長` / `官）` / `（国土庁長官）　綿貫 民輔君`: a minister's
		// several charges, each in its bracket over the name, are all the post's.)
		roll.bracket = `${roll.bracket ?? ''}${trimmed}`;
		roll.open = true;
		return;
	}
	if (!ENTRY_END.test(trimmed)) {
		const word = replaceSpaceRuns(trimmed, '');
		// (`事務局側` / `　　常任委員会専門` / `　　員　　佐伯 道子君`: a post wrapped under its role, indented as the entries are.)
		const deeper = roll.roleIndent !== undefined && indentOf(text) > roll.roleIndent;
		// (`出席協議委員` / `衆議院` / `議長　根本　匠君`: the house whose delegates follow, their affiliation. The 参議院 lists a
		// 連合審査会's committees so under `出席者は左のとおり。`, `内閣委員会` / `委員長　能登 紀子君`, each at the indent of the parts
		// after them, `国務大臣`, which are of no committee.)
		const sangiinCommittee = roll.group.group === '出席者' && JOINT_COMMITTEE.test(word) && !deeper;
		if ((roll.group.group === '出席協議委員' && /^(?:衆議院|参議院)$/u.test(word)) || (roll.group.group === '出席委員' && JOINT_COMMITTEE.test(word)) || sangiinCommittee) {
			roll.house = word;
			roll.role = null;
			delete roll.roleIndent;
			if (sangiinCommittee) roll.houseIndent = indentOf(text);
			return;
		}
		if (/^[（(].*[）)]$/u.test(trimmed)) roll.bracket = `${roll.bracket ?? ''}${trimmed}`;
		else if (roll.role !== null && !ROLL_ROLES.test(matchForm(word)) && (POST_START.test(word) || deeper)) {
			roll.prefix = `${roll.prefix ?? ''}${word}`;
			// (`自治省行政局選` / `挙部政治資金課` / `長　　鈴木 良一君`: a post wrapped over three lines.)
			if (replaced) roll.replaced = replaced;
		} else {
			roll.replaced = { role: roll.role, roleIndent: roll.roleIndent };
			roll.role = replaceSpaceRuns(trimmed, '');
			roll.roleIndent = indentOf(text);
			roll.bracket = null;
			if (roll.houseIndent !== undefined && roll.roleIndent <= roll.houseIndent) {
				delete roll.house;
				delete roll.houseIndent;
			}
		}
		return;
	}
	// (The 君 after a name ends its entry: `君島 一郎君`, `君塚 花子君`, `山田 君子君` keep their names.)
	roll.under = roll.roleIndent !== undefined && indentOf(text) > roll.roleIndent;
	const pieces = trimmed.split(ENTRY_END);
	// (A line that set no role of the roll's, right above an entry with a post of its own at its indent, is that post's first
	// line; a part that heads those it lists, `委員以外の議員`, `最高裁判所長官代理者`, `事務局側`, is none.)
	const first = pieces.length > 1 ? splitNameCell(pieces[0] ?? '') : null;
	if (replaced && first && first.post !== '' && !roll.under && roll.role !== null && !ROLL_ROLES.test(matchForm(roll.role)) && !/(?:者|議員|側)$/u.test(roll.role) && !roll.bracket && !/^[（(]/u.test(first.post)) {
		roll.prefix = `${roll.role}${roll.prefix ?? ''}`;
		roll.role = replaced.role;
		if (replaced.roleIndent === undefined) delete roll.roleIndent;
		else roll.roleIndent = replaced.roleIndent;
	}
	for (const whole of pieces.slice(0, -1)) {
		let piece = whole;
		// (`（内閣官房長官）後藤田正晴君`, `（日本銀行総裁）澄川　　智君`: a bracket that fills the post's column runs into the name;
		// the entry's text keeps it as written.)
		const lead = trimSpaces(piece);
		const close = /^[（(]/u.test(lead) ? closingBracket(lead.slice(1), 1) + 1 : 0;
		const against = close > 0 && close < lead.length - 1 && !/[\s\u3000]/u.test(lead[close + 1] ?? '') ? lead.slice(0, close + 1) : '';
		if (against !== '') {
			roll.bracket = `${roll.bracket ?? ''}${against}`;
			piece = lead.slice(close + 1);
		}
		if (trimSpaces(piece) === '') continue;
		const entry = member(piece, roll);
		roll.group.members.push(against === '' ? entry : { ...entry, text: `${against}${entry.text}` });
	}
	const rest = trimSpaces(pieces.at(-1) ?? '');
	if (rest !== '') roll.role = replaceSpaceRuns(rest, '');
}
