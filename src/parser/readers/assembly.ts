/**
 * The assembly reader: 会議録 of local assemblies as the municipal minutes systems export them
 * (DiscussNet, kensakusystem, gijiroku-style text). A header of labelled or numbered lines
 * (`開催日：…`, `会議名：…`, `１　期日　　令和６年１２月２７日`, `令和６年11月29日（金）午前10時開議`),
 * the rolls (`出席議員（82人）` in seat-numbered columns, `欠席議員`, `説明のため出席した者` as post and
 * name columns, `事務局職員`), the 議事日程, then the transcript of `○議長（鈴木太郎君）　…` turns.
 * Steps: split header / transcript → header lines by handler → transcript → assembly and session → record.
 */
import type { AgendaItem, Member, ParticipantGroup } from '../../schemas/meeting.ts';
import { MOTION_NUMBER, remarkTakingUp } from '../agenda.ts';
import { columnTables, placeTables } from '../column-tables.ts';
import { CLOSING_EVENTS, closingTime, endsWithWeekday, findDate, findYearAndDay, findTimeRange, openingTime, readSittingFields, readSittingTime, yearlessDay, type SittingEvent } from '../date.ts';
import { error, warning } from '../diagnostics.ts';
import { numberedPart, OUTSIDE_SEATS_ALONE, POST_AND_NAME } from '../lines.ts';
import { bareMemberName, gluedPostMember, KATAKANA_NAME, parseNameLabel, readPaddedName, ROLE_TITLES } from '../names.ts';
import { matchForm, nextNonBlank, pageTurns, replaceSpaceRuns, saysNone, trimSpaces, type SourceLine } from '../normalize.ts';
import { parseNumeral } from '../numerals.ts';
import { matchSectionLine } from '../sections.ts';
import { absentGroupName, isHeadCount, joinPostsAroundName, readTableHeader, readTableRow, staffRollMembers, withDittoBrackets, withDittoPost, type TableColumn } from '../participants.ts';
import { finishRecord, noRecord } from '../record.ts';
import { isPageMarker, isSeparator, isStageDirection, readTranscript, readTurn } from '../transcript.ts';
import { BRACKETED_MEMBER } from '../turn-line.ts';
import type { Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import { ASSEMBLY_NAME, ASSEMBLY_WORD, CITY_ASSEMBLY, fileStem, prependNotes, SAME_AS_AGENDA, sittingRecord } from './shared.ts';
import type { Reader, SourceDocument } from './types.ts';

/** Lines searched for the recognition marks. */
const RECOGNIZE_LINES = 80;
/** Numbering or a mark before a header line: `1 `, `１　`, `1.`, `〇`, `◎`, `・`. */
const HEADER_PREFIX = /^[\s\u3000]*(?:[0-9０-９]{1,2}(?:[\s\u3000]+|[.．、](?!\d))|一[、，][\s\u3000]*|一[\s\u3000]+(?=本日の|出席|欠席|応招|不応招|説明|議事日程|会議に付した|会議録署名|署名議員|事務局|職務のため|地方自治法|日[\s\u3000]*時|場[\s\u3000]*所|会[\s\u3000]*場|期[\s\u3000]*日|開催|招集|付託|審査|委員外|参考人)|[〇◯○◎・△▽◇◆●□■][\s\u3000]*)/u;
/** The words of a session (NFKC): `定例会`, `臨時会`, `定例月議会`, a 市会's `定例市会`, `（定例）`, as a regex source. */
const SESSION_KINDS = '定例会|臨時会|定例月議会|定例市会|臨時市会|[(（]定例[)）]|[(（]臨時[)）]';
/**
 * The session: `令和6年第4回定例会`, `平成28年6月定例会(第4回)`, `令和元年9月(定例)`, `令和6年第4回○○市議会定例会`, and an
 * 一部事務組合's without its 議会 (`平成17年第4回志木地区衛生組合定例会`) or with the body before the number
 * (`令和６年埼玉東部消防組合議会第２回定例会`), its numbers in digits or kanji (`令和六年第一回定例会`,
 * written in the label in digits).
 */
const SESSION = new RegExp(`(?<era>令和|平成|昭和)(?<year>元|[0-9]+|[〇一二三四五六七八九十]{1,4})年(?:(?<month>[0-9]+|[一二三四五六七八九十]{1,3})月)?(?:第(?<n>[0-9]+|[一二三四五六七八九十百]+)回)?(?:[^\\s()（）]{0,30}?(?:議会|市会|組合|広域連合))?(?:第(?<n3>[0-9]+|[一二三四五六七八九十百]+)回)?(?<kind>${SESSION_KINDS})(?:[(（]第(?<n2>[0-9]+|[一二三四五六七八九十百]+)回[)）])?`, 'u');
/**
 * A session numbered since the assembly's first, without the year (`第三百九十回宮城県議会（定例会）`,
 * `第３９０回宮城県議会定例会`): the date gives the year.
 */
const SESSION_SINCE_FIRST = /第(?<n>[0-9]{2,4}|[一二三四五六七八九十百千]{2,8})回[^\s()（）第]{1,30}?議会[(（]?(?<kind>定例会|臨時会|定例|臨時)[)）]?/u;
/**
 * A session whose era year follows it in brackets (NFKC, spaceless): `第3回定例会(令和6年9月)`, as a city's minutes site titles a
 * sitting `第３回定例会（令和６年９月）　本会議　第５号`.
 */
const SESSION_YEAR_AFTER = new RegExp(`第(?<n>[0-9]+|[一二三四五六七八九十百]+)回(?<kind>${SESSION_KINDS})[(（](?<era>令和|平成|昭和)(?<year>元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,4})年(?:(?<month>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月)?[)）]`, 'u');
/**
 * The era year a title gives its sittings without a session (NFKC, spaceless): `令和六年東京都議会会議録第三号`, a prefecture that
 * numbers the year's sittings; never a day (`令和6年9月20日`) or a fiscal year (`令和6年度`).
 */
const TITLE_YEAR = /^(?<era>令和|平成|昭和)(?<year>元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,4})年(?![0-9一二三四五六七八九十]{1,3}月|度)(?=[^0-9]{1,30}?(?:議会|市会))/u;
/** A title's first line that is only the session's era year and number (NFKC, spaceless): `平成29年第1回`. */
const ERA_SESSION_ALONE = /^(?:令和|平成|昭和)(?:元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,4})年第(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})回$/u;
/** An era and a year, in digits or kanji numerals (NFKC, spaceless): `昭和五十七年`, `平成31年`, `令和元年`. */
const ERA_YEAR = /(?<era>令和|平成|昭和)(?<year>元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,4})年/gu;
/**
 * The sitting's number: `（第２号）`, `議事日程(第1号)`, `(第1日)`, `-02号`, `本会議　第５号`; never a bill's (`議第78号`,
 * `議案第５号`, `第１号議案`).
 */
const SITTING_NUMBER = /(?:(?<![案願情告認問定]|(?<!会)議)第(?<n>[0-9]+|[一二三四五六七八九十]+)|-(?<dash>[0-9]+))(?<unit>号|日)(?!議案|報告|諮問)/u;
/** A committee of the assembly named in the meeting name (a 分科会 of it with its number: `決算特別委員会第１分科会`). */
const COMMITTEE = /(?<name>[^\s()（）年月日第回号:：]{1,20}委員会(?:第[0-9０-９一二三四五六七八九十]{1,2}分科会)?|(?:全員|議員)協議会)/u;
/** How a post in a roll ends: 市長, 教育長, 会計管理者, 書記, 参事, … (a bracket after it allowed). */
const POST_END = /(?:長|者|員|監|官|役|知事|理事|参事|主幹|主査|書記|補佐|参与|主任|主事|技師|委員|事務取扱|心得|代理|代行)$/u;
/** The longest name after a post in one cell of a roll (`町長　鈴木　康弘`), spaces aside. */
const NAME_MAX = 6;
/** A seat number before a member's name: `１番`, `12 番`, `第一番` (prefectures number seats in kanji). */
// (`十　一番`: a roll set in a fixed pitch spaces the seat's kanji numerals apart too.)
const SEAT = '第?[\\s\\u3000]*(?:[0-9０-９]+|[一二三四五六七八九十百]+(?:[\\s\\u3000][一二三四五六七八九十百]+)?)[\\s\\u3000]*番';
/** Short posts that rolls space out one character to a cell (`市     長`, `教  育  長`), with or without 副. */
const SPACED_POSTS: ReadonlySet<string> = new Set(['市長', '町長', '村長', '区長', '知事', '教育長', '議長', '局長', '部長', '課長', '所長', '室長', '係長', '会長', '収入役', '監査委員', '委員', '委員長', '管理者', '会計管理者', '次長', '書記'].flatMap((post) => [post, `副${post}`]));
/** A roll line that opens with a seat number. */
const SEATED_LINE = new RegExp(`^[\\s\\u3000]*${SEAT}[\\s\\u3000]*[^\\s\\u30000-9０-９]`, 'u');
/** What a list's heading sentence says after its word: `は、13名で次のとおりである。`, `（八名）`, `は次のとおりである（10名）`. */
const HEADING_TAIL = /^[\s\u3000]*(?:は、?)?[\s\u3000]*(?:[（(]?[\s\u3000]*(?:[0-9０-９]+|[一二三四五六七八九十百]+)[\s\u3000]*[人名][\s\u3000]*[）)]?)?(?:で)?(?:、?次のとおり(?:である)?[。.]?)?(?:[（(][0-9０-９一二三四五六七八九十百]+[人名][）)])?/u;
/** The sentence calling a session to its place: `…臨時会は、みずなみ町議場に招集された。`, `…定例会は、本町議会議場に召集された`. */
const CALLED_TO = /(?:会|議会)は、?[\s\u3000]*(?<place>[^、。\s\u3000]{2,30}?(?:議場|議事堂|会議室|委員会室|庁舎|役場))に(?:招集|召集)され(?:た|ました)。?$/u;
/** A roll that says it is the one above: `応招議員に同じ`, `応招議員のとおり`. */
const SAME_ROLL = /^(?:応招議員|出席議員)(?:に同じ|のとおり|と同じ)。?$/u;

/** The chair or the deputy alone on a line above the roll, the name padded to a column: `議長                  石川光太郎君`. */
// (`議　長　　　　中　山　和　男　君`: the post spaced out to its cell as the names are.)
const CHAIR_LINE = /^[\s\u3000]*(?<post>副?[\s\u3000]?議[\s\u3000]?長)[\s\u3000]{2,}(?<name>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー](?:[\s\u3000]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,7}?)[\s\u3000]*君?[\s\u3000]*$/u;
/** A roll's heading's count and nothing else (NFKC, spaceless): `46名`, `(46名)`, `議長共104名`, `議長を含め45名` (`0名` says no one); a word on it in brackets, `10名(欠席なし)`. */
const HEAD_COUNT = /^[(]?(?:議長(?:共|とも|を含め(?:て)?|含む))?[1-9][0-9]{0,2}[人名][)]?(?:\((?<note>(?:欠席|欠員|遅刻|早退)者?なし|全員(?:出席)?)\))?$/u;
/** A count before the members it counts in brackets: `１名（１５番　大　川　浩　司）`. */
const COUNTED_MEMBERS = /^(?:[0-9０-９]{1,3}[人名])?[\s\u3000]*[（(](?<members>[^（()）]*番[^（()）]+)[）)]$/u;
/** Such a count as written: `４６名`, `議長共104名`. */
const WRITTEN_COUNT = /(?:議長(?:共|とも|を含め(?:て)?|含む)[\s\u3000]*)?[0-9０-９]{1,3}[\s\u3000]*[人名]/u;

/** The group of the chair and the deputy read from such lines. */
const CHAIR_GROUP = '議長・副議長';

/** What parts the entries of a roll typed on one line (`１番 大森正、２番 岡田春子`). */
const ROLL_ENTRY_SEPARATOR = /[、，,][\s\u3000]*/u;
/** Leaders drawn from a roll's post to its holder's name (`町長 ……………… 宮下　一郎君`): a run of ellipses or of three dots or more. */
const ROLL_LEADERS = /(?<=\S)[\s\u3000]*(?:[…‥]+|[・.．]{3,})[\s\u3000]*(?=\S)/gu;
/** The longest entry of such a roll: seat or post and a name (`議会事務局長 小林秀樹`, `５番 金井誠（議長）`). */
const ROLL_ENTRY_MAX = 24;

/** The header keys and how a (prefix-less, NFKC, spaceless) line opens them. */
const HEADER_KEYS: readonly { key: HeaderKey; pattern: RegExp }[] = [
	// (`開議　令和６年３月６日　午前１０時`: the event word as the field's name, its day after it.)
	{ key: 'date', pattern: /^(?:開催日|開催日時|期日|日時|開会日(?!に)|招集年月日|会議日|開議年月日|開議日時|開議日|(?:開議|開会)(?=令和|平成|昭和))[:：]?/u },
	{ key: 'name', pattern: /^会議名[:：]?/u },
	{ key: 'location', pattern: /^(?:場所|会場|開催場所|招集場所|招集の場所|会議の場所|開会の場所)[:：]?/u },
	// (`出席議員氏名（8人）`: the heading's 氏名 is no member.)
	// (`開会日に応招した議員`, `応招しなかった議員`: a town's call to the sitting printed above the record's title, the members who
	// answered it and those who did not; `開会日に` is no field of the day.)
	{ key: 'present', pattern: /^(?:本日の)?(?:出席議員|応招議員|(?:開会日に)?応招した議員)(?:の?氏名)?/u },
	// (A 分科会's members, `出席分科員`.)
	{ key: 'committee', pattern: /^出席(?:\(応招\))?(?:委員|分科員)(?:の?氏名)?/u },
	// A 全員協議会's roll set out by sides (`議会側　　議長　　森田　勇　…`, `村側　　村長　　小林修平　…`): the assembly's side
	// its members by post, the other side those who explain (the side's line had been taken for the assembly's name, and lost).
	{ key: 'sideMembers', pattern: /^議会側(?:出席者)?(?![ぁ-ん])/u },
	{ key: 'absent', pattern: /^(?:本日の)?(?:欠席議員|不応招議員|(?:開会日に)?応招しなかった議員)(?:の?氏名)?/u },
	// A committee's absent members and the members of the assembly at it who are not on it (`欠席委員（１名）`, `委員外議員`).
	{ key: 'absentCommittee', pattern: /^欠席(?:\(不応招\))?(?:委員|分科員)(?:の?氏名)?/u },
	{ key: 'outside', pattern: /^(?:委員外出席議員|委員外議員|委員外出席者)(?:の?氏名)?/u },
	// Members who came late or left early (`遅刻議員（１名）`, `遅参議員`, `早退議員`, `途中退席議員`): a roll of its own under that
	// word (its seats had been read into the roll of the absent, the heading's word a member: `早退`, `１ 遅参`).
	{ key: 'partial', pattern: /^(?:遅刻|遅参|遅着|早退|途中退席|途中退場)(?:議員|委員)(?:の?氏名)?/u },
	// Those heard by a committee (`参考人`, `請願者`, `陳情者`): post and name, a roll under that word.
	{ key: 'heard', pattern: /^(?:参考人|請願者|陳情者|請願人|陳情人|公述人)(?:の?(?:職?氏名|出席者))?(?:[（(][0-9０-９一二三四五六七八九十]+[人名][）)])?$/u },
	// (`地方自治法第121条により説明のため出席した者の職・氏名`, `職務のために出席した者の職・氏名`: 職 and 氏名 apart by 中黒, as a village's page writes them.)
	{ key: 'officials', pattern: /^(?:説明のため(?:に)?(?:会議に|議場に)?出席した者(?:の職・?氏名)?|説明のための出席者|出席説明員|説明員|出席理事者|(?:出席した|出席)執行部$|執行部出席者|(?:[都道府県市区町村]|執行部|理事者|当局|行政)側(?:出席者)?(?![ぁ-ん])|地方自治法第[0-9一二三四五六七八九十百]+[条條].*出席した者(?:の職・?氏名)?)/u },
	{ key: 'staff', pattern: /^(?:事務に従事した(?:事務局)?(?:職員|員)|(?:本会議に)?出席した(?:議会)?事務局職員|議会局職員出席者|議会局出席職員|出席(?:議会)?事務局職員|(?:議会)?事務局出席職員|事務局職員出席者|(?:[都道府県市区町村]?議会)?事務局職員|(?:本会議に)?職務のため(?:に)?(?:会議に|議場に)?出席した(?:(?:事務局)?職員|者(?:の職・?氏名)?)|議会事務局出席者|(?:議会)?事務局$|(?:議会)?事務局(?=[:：]|(?:議会)?事務局(?:長|次長)|議事(?:課|係)|書記)|会議に出席した事務局職員|(?:本会議の)?書記(?:の氏名|は)|本会議の書記$|議会書記$)(?:の?職・?氏名)?/u },
	// (A committee's business: `付託案件`, `審査事件`, `会議に付した案件`, its bills listed without 日程 numbers; the first bill on
	// the heading's line, `一　付託事件　議案第三十号　…`, the others under it, as a committee's record typed in the old way sets them.)
	// (`二月二十八日議事日程第三号`, `令和六年二月二十八日　議事日程第三号`: a metropolitan 議事日程 headed by its day.)
	{ key: 'agenda', pattern: /^(?:(?:(?:令和|平成|昭和)?(?:元|[0-9]{1,4}|[一二三四五六七八九十]{1,3})年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,4})日(?=議事日程)|本日の)?(?:議事日程|(?:本日の)?会議に付した事件|協議事項|協議事件|議題$|(?:本日の)?(?:会議に付した案件|付託案件|付託事件|審査案件|審査事件|付議案件|付議事件)(?=$|(?:議案|請願|陳情|報告|承認|諮問|発議|認定|同意)第|第[0-9一二三四五六七八九十]+号議案))/u },
	{ key: 'notes', pattern: /^(?:会議録署名議員|署名議員|審査結果$|審査の結果$)/u },
	// (`応招・出席・欠席議員（10名）`: a town's table of the members called and of each day's attendance.)
	{ key: 'attendance', pattern: /^(?:議員の出欠|議員出欠|出欠席?の?状況|(?:応招|応召)[・･]?出席[・･]?欠席議員)/u },
];
type HeaderKey = 'date' | 'name' | 'location' | 'present' | 'committee' | 'sideMembers' | 'absent' | 'absentCommittee' | 'outside' | 'partial' | 'heard' | 'officials' | 'staff' | 'agenda' | 'notes' | 'attendance';
/** Participant group names by roll key. */
const ROLL_GROUPS: Partial<Record<HeaderKey, string>> = { present: '出席議員', sideMembers: '出席議員', committee: '出席委員', absent: '欠席議員', absentCommittee: '欠席委員', outside: '委員外議員', officials: '説明のため出席した者', staff: '事務局職員' };
/** Rolls written as post and name (`市長　　櫻田　宏`, `委員長　渡辺　盛君`) rather than seat and name. */
const POST_ROLLS: ReadonlySet<HeaderKey> = new Set(['committee', 'sideMembers', 'absentCommittee', 'outside', 'officials', 'staff', 'heard']);
/** Rolls named by the word of their heading (`遅参議員`, `早退議員`, `参考人`, `陳情者`). */
const WORD_ROLLS: Partial<Record<HeaderKey, RegExp>> = { partial: /^[^（(]*?(?:議員|委員)/u, heard: /^(?:参考人|請願者|陳情者|請願人|陳情人|公述人)/u };

/** A heading of the sitting's order on its own line (spaces left out): `開会・開議の宣告`, `開議の宣告`, `諸般の報告`, `散会`. */
const SITTING_HEADING = /^(?:[^、。，,（()）\s]{0,12}の宣告|(?:開会|開議|散会|閉会|延会|休会|再開|休憩)(?:(?:・|及び|並びに)(?:開会|開議))?|諸般の報告|行政報告|会期の決定|会議録署名議員の指名)$/u;

/** A sitting's event word spaced out at a line's start, as a field's name (`開　　議`, `散　会`). */
const SPACED_EVENT = /^(?<lead>[\s\u3000]*)(?<first>[開散閉延休再])[\s\u3000]+(?<second>[議会憩開])(?=[\s\u3000])/u;

/** A field of a sitting's opening or close, then a day without its year: `開　　　会　　１月２５日（木）　午前９時３０分`. */
const EVENT_FIELD_DAY = /^(?<event>[\s\u3000]*[開散閉延][\s\u3000]*[議会])[\s\u3000]+(?<month>[0-9０-９]{1,2})[\s\u3000]*月[\s\u3000]*(?<day>[0-9０-９]{1,2})[\s\u3000]*日(?:[\s\u3000]*[（(][^（）()]{1,4}[）)])?(?=[\s\u3000])/u;

/** The field without its day when the day is the sitting's (`date`, ISO): the opening's or close's clock then reads as it does alone. */
function withoutSittingDay(text: string, date: string | null): string {
	const match = EVENT_FIELD_DAY.exec(text);
	const found = match?.groups;
	if (!match || !found || date === null) return text;
	const number = (digits: string | undefined): number => Number(matchForm(digits ?? ''));
	if (number(found.month) !== Number(date.slice(5, 7)) || number(found.day) !== Number(date.slice(8, 10))) return text;
	return `${found.event ?? ''}\u3000${text.slice(match[0].length)}`;
}

/** A member's seat alone on its line: `第一番`, `１２番`. */
const SEAT_LINE = new RegExp(`^${SEAT}$`, 'u');
/** A member's honorific alone on its line, the name above it: `君`. */
const HONORIFIC_LINE = /^(?:君|議員|さん)$/u;

/** The header as read. */
interface AssemblyHeader {
	date: string | null;
	dateLine: number | null;
	/**
	 * The line the date was read from, whether it is the sitting's own (`令和５年３月６日（月曜日）午前１０時開議`), and whether a
	 * field named it (`期　日　令和６年３月１９日`) and with what words when they call the session (`招集年月日`).
	 */
	dateSource: { text: string; sitting: boolean; field?: boolean; called?: string } | null;
	start: string | null;
	/** The clock the 議事日程 calls the sitting for (`午前10時開議`): the start when nothing else gives one. */
	scheduled: string | null;
	/** The close written in the header's table (`散会` / `令和5年9月12日` / `11時48分`), when the transcript gives none. */
	end: string | null;
	location: string | null;
	/** Text naming the assembly and the session (title lines, 会議名). */
	naming: { text: string; line: number }[];
	participants: ParticipantGroup[];
	agenda: AgendaItem[];
	notes: { text: string; line: number }[];
}

/** The NFKC form without spaces. */
const compact = (text: string): string => replaceSpaceRuns(matchForm(text), '');

/** A member's name alone on its line with 君 or さん, its letters spaced out to a column: `阿曽田   清 君`, `松 家   博 君`. */
const PADDED_MEMBER = /^(?<name>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+(?:[\s\u3000]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+)+?)[\s\u3000]+(?:君|さん)$/u;

/** A header's heading in square brackets (NFKC, spaceless): `[出席委員]`, `【議題】`. */
const SQUARE_HEADING = /^[[【〔](?<inner>[^\]】〕]{1,30})[\]】〕]$/u;

/** The key a header line is matched by: without its numbering, mark, spaces and square brackets (`[出席委員]` → `出席委員`). */
const headerKey = (text: string): string => compact(unprefixed(text)).replace(SQUARE_HEADING, '$<inner>');

/** A line without its numbering or mark. */
const unprefixed = (text: string): string => text.replace(HEADER_PREFIX, '');

/** The sitting's number before or after the date on its day's line, NFKC (`第５日　…`, `…（水）　第５号`). */
const DAY_NUMBER_LEAD = /^第[0-9一二三四五六七八九十]{1,4}[日号]\s*/u;
const DAY_NUMBER_TRAIL = /\s*第[0-9一二三四五六七八九十]{1,4}[日号]$/u;

/**
 * The date of a line that is a sitting's day and nothing else: the date with its weekday (`令和６年９月12日（木曜日）`) or with the
 * sitting's number (`第５日　令和６年２月28日（水曜日）`, `令和６年２月28日（水）　第５号`, `第５日（２月28日）`, `２月28日（水曜日）　第５日`),
 * a day without its year taken in `year` (or null: any year will do, to tell such a line); null for any other line, a session's
 * period or the day it opened (`令和６年９月10日開会`, `会期　…から…まで`).
 */
function sittingDay(text: string, year: number | null): string | null {
	let form = matchForm(trimSpaces(text));
	const numbered = DAY_NUMBER_LEAD.test(form) || DAY_NUMBER_TRAIL.test(form);
	form = form.replace(DAY_NUMBER_LEAD, '').replace(DAY_NUMBER_TRAIL, '');
	// (`第５日（２月28日）`: the day in brackets after the number.)
	const bracketed = numbered ? /^[(（](?<inner>[^()（）]+(?:[(（][^()（）]{1,3}[)）])?)[)）]$/u.exec(form)?.groups?.inner : undefined;
	if (bracketed !== undefined) form = bracketed;
	if (!numbered && !endsWithWeekday(form)) return null;
	const found = findDate(form);
	if (found?.ok) return form.startsWith(found.written) && form.slice(found.end).trim() === '' ? found.iso : null;
	return found ? null : yearlessDay(form, year ?? 2000);
}

/** The column heads of a roll's table of seats and names, spaces left out: `議席氏名議席氏名`, `番号番号`, `議席番号氏名`. */
const TABLE_ROLL_HEADS = /^(?:議席|番号|氏名)+$/u;

/** What follows the heading word on its line (`出席議員（82人）　１番 …` → `１番 …`), counts and `なし` dropped. */
function afterHeading(text: string, pattern: RegExp): string {
	const body = unprefixed(trimSpaces(text));
	const match = pattern.exec(replaceSpaceRuns(matchForm(body), ''));
	if (!match) return '';
	// Walk the original to the same number of non-space characters.
	let seen = 0;
	let index = 0;
	const chars = [...body];
	while (index < chars.length && seen < [...match[0]].length) {
		if (!/[\s\u3000]/u.test(chars[index] ?? '')) seen++;
		index++;
	}
	return trimSpaces(chars.slice(index).join('').replace(HEADING_TAIL, '').replace(/^[\s\u3000]*[:：]/u, ''));
}

/** A name cell without its honorific and its bracket: `山 村 美咲子(副議長)` → name, role 副議長; `有 岡 浩 二　（郷中会）` → name, group 郷中会. */
function splitCell(cell: string): { name: string; bracket: string | null } {
	const bracket = /(?<![\s\u3000])[\s\u3000]*[（(][\s\u3000]*(?<inner>[^（）()]*?)[\s\u3000]*[）)]$/u.exec(cell);
	const name = trimSpaces(bracket ? cell.slice(0, bracket.index) : cell).replace(/(?<![\s\u3000])[\s\u3000]*(?:議員|君|さん)$|(?<=[^\s\u3000副])委員$|[\s\u3000]+委員$/u, '');
	return { name, bracket: bracket?.groups?.inner ?? null };
}

/**
 * The cells of a roll line without seats whose names each end with 君 (`吉岡 修二君          三上  誠君`), a short name padded to
 * the column's width (`三上  誠君`): a cell without 君 before one with it is that name's surname, one cell with it (the surname
 * and the given name had been two members, `三上` and `誠`). Any other line's cells as they are.
 */
function honouredCells(cells: readonly string[]): string[] {
	if (cells.length < 2 || !/君$/u.test(cells.at(-1) ?? '')) return [...cells];
	const out: string[] = [];
	for (let index = 0; index < cells.length; index++) {
		const cell = cells[index] ?? '';
		const next = cells[index + 1];
		const letters = [...replaceSpaceRuns(`${cell}${next ?? ''}`, '').replace(/君$/u, '')].length;
		if (!/君$/u.test(cell) && next !== undefined && /君$/u.test(next) && NAME_LETTERS_ONLY.test(cell) && letters <= NAME_MAX) {
			out.push(`${cell}\u3000${next}`);
			index++;
		} else out.push(cell);
	}
	return out;
}

/** A surname's or a given name's letters alone. */
const NAME_LETTERS_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,4}$/u;

/** Members of a seat-numbered roll line: `１番　山田太郎　　２番　佐藤花子`, `1番 三 浦 芳 一 議員`; else cells apart by 2+ spaces. */
function readMembers(text: string, previous: Member[] = [], vacant: string[] = []): Member[] {
	// (A roll aligned by tabs, as a word processor's table or tab stops give it: a tab a space, two or more the gap between
	// members, as `parseParticipants` reads them.)
	const trimmed = trimSpaces(text.includes('\t') ? text.replace(/\t{2,}/gu, '\u3000\u3000').replace(/\t/gu, '\u3000') : text);
	// (`26名`, `０名`: the roll's head count on a line of its own, as some cities write it under the heading.)
	if (trimmed === '' || saysNone(trimmed) || isHeadCount(trimmed)) return [];
	const seats = [...trimmed.matchAll(new RegExp(`(?<seat>${SEAT})[\\s\\u3000]*(?<name>.+?)(?=[\\s\\u3000]*${SEAT}|$)`, 'gu'))];
	// `議長　　　石井　俊夫君` without seat numbers: a post and a name, the post spaced out to its cell too (`議　長　　　　大　野　　　勉　君`,
	// `議　　長　　　　飯　島　弘　之`, `議　　員　　…`).
	if (seats.length === 0 && (POST_END.test(trimmed.split(/[\s\u3000]+/u)[0] ?? '') || SPACED_POSTS.has(replaceSpaceRuns(trimmed.split(/[\s\u3000]{2,}/u)[0] ?? '', '')) || SPACED_MEMBER_POST.test(bareCell(rollCells(trimmed)[0]?.text ?? '')))) return readPostMembers(trimmed);
	// `阿曽田   清 君`, `松 家   博 君`: one member's name padded to a column (a short name spread over a four-letter width), never two.
	const padded = seats.length === 0 ? PADDED_MEMBER.exec(trimmed)?.groups?.name : undefined;
	if (padded !== undefined && /[\s\u3000]{2,}/u.test(padded) && !/君|さん/u.test(padded)) {
		const letters = replaceSpaceRuns(padded, '');
		if ([...letters].length >= 2 && [...letters].length <= NAME_MAX) return [{ text: trimmed, name: letters, title: null, affiliation: null }];
	}
	const cells = seats.length > 0 ? seats.map((match) => ({ text: trimSpaces(match[0]), name: match.groups?.name ?? '' })) : honouredCells(trimmed.split(/[\s\u3000]{2,}/u)).map((cell) => ({ text: cell, name: cell }));
	const members: Member[] = [];
	for (const cell of cells) {
		const { name, bracket } = splitCell(cell.name);
		// `３番　欠　　　員`: a seat without a member, no one's name (kept as a note by the caller).
		if (seats.length > 0 && VACANT_SEAT.test(replaceSpaceRuns(name, ''))) {
			vacant.push(cell.text);
			continue;
		}
		// A role in the bracket (`(議長)`) is the member's title; how the member attended (`（１０時３０分出席）`, `（早退）`) is
		// kept in the entry's text; anything else their group (会派), `同` repeating the one above.
		const role = bracket !== null && /^(?:副)?(?:議長|委員長)$/u.test(bracket) ? bracket : null;
		const attended = bracket !== null && ATTENDANCE_NOTE.test(bracket);
		const group = bracket === null || role !== null || attended ? null : /^同$/u.test(replaceSpaceRuns(bracket, '')) ? ([...previous, ...members].at(-1)?.affiliation ?? null) : bracket;
		members.push({ text: cell.text, name: readPaddedName(name) || null, title: role, affiliation: group });
	}
	return members;
}

/** A header field of the sitting's close, named before its day: `閉　　　会　　令和６年１月２６日　午前１０時１５分`, `散会　…`. */
const CLOSE_FIELD = /^(?:閉会|散会|延会)(?![の])/u;

/** An office in brackets between a post and its holder's name, then a space: `（あおい市長）　`, `（みどり町長）　`. */
const BRACKETED_OFFICE = /^[（(](?<office>[^（()）\s\u3000]{2,20})[）)][\s\u3000]+(?=\S)/u;
/** The office held in a member town, in brackets after the holder's name: `（なぎさ市長）`, `（あさひ町長）` (君 after it or not). */
const TRAILING_OFFICE = /(?<=\S)[\s\u3000]*[（(](?<office>[^（()）\s\u3000]{1,18}(?:長|議長|管理者))[）)](?=[\s\u3000]*君?$)/u;
/** The office of a member town's head, no deputy's: `みなみ町長`, `北谷村長`, `なぎさ市長` (not `副町長`, `町長` alone). */
const MEMBER_TOWN_OFFICE = /^(?!副)[^\s\u3000（()）]{2,10}[市町村]長$/u;
/**
 * The same office written against the post: `管理者（しおさい市長）`, `副管理者（うみべ町長）`; a rank in the post's brackets,
 * `書記（次長）`, is the post's (it had been read as the member's office elsewhere, `次長`, beside `書記（主任）` as written).
 */
const POST_OFFICE = /^(?<post>[^（()）]+?)[（(](?<office>[^（()）\s\u3000]{1,16}(?:[市町村区]長|連合長|組合長|管理者))[）)]$/u;

/** The longest roll line looked at for such a post. */
const ROLL_LINE_MAX = 200;
/**
 * A chair's or a member's post before a member's seat in a committee's roll (`委員長　　１番　　青　木　蒼　太　君`, `副委員長　２番　…`,
 * the post spaced out to its cell: `委　　員　　１番　　中　村　彩　花`, `議　　長　１０番　　大　塚　喜　一`).
 */
const CHAIR_BEFORE_SEAT = new RegExp(`^[\\s\\u3000]*(?<post>副?[\\s\\u3000]*(?:委[\\s\\u3000]*員(?:[\\s\\u3000]*長)?|議[\\s\\u3000]*長|主[\\s\\u3000]*査|分科会長))[\\s\\u3000]+(?<rest>${SEAT}[\\s\\u3000]*[^\\s\\u3000].*)$`, 'u');

/** A member's post a roll spaces out to its cell before the name (`議　　長`, `副 議 長`, `議　　員`). */
const SPACED_MEMBER_POST = /^(?:副?議長|議員)$/u;

/** A seat written without a member: `欠員`. */
const VACANT_SEAT = /^欠員$/u;
/** A bracket after a member's name saying how they attended, no group: `（１０時３０分出席）`, `（早退）`, `（午後欠席）`, `（遅刻）`. */
const ATTENDANCE_NOTE = /(?:出席|退席|退場|入場|遅刻|遅参|早退|欠席|[時分]$)/u;

/** A cell's text without spaces and without a bracket at its end. */
const bareCell = (cell: string): string => replaceSpaceRuns(cell, '').replace(/[（(][^）)]*[）)]$/u, '');

/** A roll line's cells (apart by 2+ spaces), a post spaced out over cells (`区　　　長`, `副　　知　　事`) joined into one. */
function rollCells(text: string): { text: string; index: number }[] {
	// A line that pads names with half-width spaces (`植 村 佳 央`) and parts cells with full-width ones (`教　育　長　植 村 佳 央`).
	const cellPattern = /[^\s\u3000] [^\s\u3000]/u.test(text) && text.includes('\u3000') ? /[^\s\u3000]+(?: [^\s\u3000]+)*/gu : /[^\s\u3000]+(?:[ \u3000][^\s\u3000]+)*/gu;
	const cells = [...text.matchAll(cellPattern)].map((match) => ({ text: match[0], index: match.index }));
	const joinedCells: { text: string; index: number }[] = [];
	for (let i = 0; i < cells.length; i++) {
		let cell = cells[i];
		if (!cell) continue;
		// One character, then short cells up to the post's end.
		if (!POST_END.test(bareCell(cell.text)) && [...cell.text].length === 1) {
			let joined = cell.text;
			for (let j = i + 1; j < cells.length && j <= i + 4; j++) {
				const next = cells[j];
				if (!next) break;
				// `書　記 平 本 真 紀`: the post's last character opens the next cell, the name after it.
				// (Only when the next cell opens with the post's end, a character or two: `企画課長事務取扱　小　川` after the padded given
				// name `隆` is a post of its own.)
				if ([...next.text].length > 3 && !POST_END.test(bareCell(next.text))) {
					const opening = /^[^\s\u3000]+/u.exec(next.text)?.[0] ?? '';
					if ([...opening].length > 2) break;
					// (`書記　吉　川　あ　ゆ　み` after the padded given name `聡`: a post of two letters opening the cell is its own.)
					if ([...opening].length === 2 && POST_END.test(opening) && cell.text !== '副') break;
					const merged = { text: text.slice(cell.index, next.index + next.text.length), index: cell.index };
					const head = headPost(merged.text);
					if (head !== null && cell.index + head.post > next.index) {
						cell = merged;
						i = j;
					}
					break;
				}
				// A post of its own (`書記` after a padded given name `健`) is never the end of a spaced one.
				if ([...next.text].length > 3 || ([...next.text].length > 1 && POST_END.test(bareCell(next.text)))) break;
				joined += next.text;
				if (POST_END.test(bareCell(joined))) {
					// `半 田   博  教  育  長`: a given name's character before a known post (教育長) is no part of it; nor are two
					// (`小　松　　直　人　　　教　育　長`, a name padded as the post is, the given name's letters before it).
					const known = SPACED_POSTS.has(joined) ? -1 : cells.slice(i + 1, j).findIndex((_, at) => j - (i + 1 + at) >= 1 && SPACED_POSTS.has(cells.slice(i + 1 + at, j + 1).map((part) => part.text).join('')));
					if (known >= 0) {
						const from = i + 1 + known;
						joinedCells.push(...cells.slice(i, from).filter((part) => part !== undefined));
						cell = { text: text.slice(cells[from]?.index ?? 0, next.index + next.text.length), index: cells[from]?.index ?? 0 };
					} else cell = { text: text.slice(cell.index, next.index + next.text.length), index: cell.index };
					i = j;
					break;
				}
			}
		}
		joinedCells.push(cell);
	}
	return joinedCells;
}

/**
 * Whether a cell's text after a post reads as its holder's name: up to six letters, or a name in katakana of any length
 * (`マクファーレン君`, `リーベンシュタイン・クラウディア`); katakana without 君 never a word that ends as a role's does (`オブザーバー`).
 */
function holderName(named: string): boolean {
	const name = named.replace(/君$/u, '');
	if (!KATAKANA_NAME.test(name)) return [...named].length <= NAME_MAX;
	return name !== named || ([...name].length >= 3 && !name.endsWith('ー') && !ROLE_TITLES.includes(name));
}

/**
 * A cell that opens with a post and goes on with a name, single spaces throughout (`町長　鈴木　康弘`, `教　育　長　植 村 佳 央`):
 * where the post ends and the name begins, or null. The post is the fewest words that end like one.
 */
function headPost(cell: string): { post: number; name: number } | null {
	const words = [...cell.matchAll(/[^\s\u3000]+/gu)];
	let post = '';
	for (let k = 0; k < words.length - 1; k++) {
		post += words[k]?.[0] ?? '';
		const next = words[k + 1];
		if (!next || [...post].length < 2 || !POST_END.test(bareCell(post))) continue;
		const named = bareCell(cell.slice(next.index));
		// (A name in katakana is longer: `デジタル推進部長　マクファーレン　君`; it had been no member, the line a note.)
		if (holderName(named) && !POST_END.test(named)) return { post: (words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0), name: next.index };
	}
	return null;
}

/** The most words a post of a single-spaced roll spans (`副 村 長`), and a name (`萩原 達雄`). */
const PAIR_POST_WORDS = 6;
const PAIR_NAME_WORDS = 3;

/**
 * A cell of posts and names with single spaces throughout (`村 長 萩原 達雄 副 村 長 齋藤 一郎`), cut into its
 * post and name pairs: a post is the words up to one that ends like a post, a name one to three words (two first,
 * surname and given name) with a word of two or more characters (a name padded one character to a word is not told
 * from a post this way). Null when the cell cannot be cut so, or holds one pair.
 */
function cutPairs(cell: string): { post: string; name: string; text: string }[] | null {
	const words = [...cell.matchAll(/[^\s\u3000]+/gu)].map((match) => ({ text: match[0], index: match.index }));
	if (words.length < 4) return null;
	const memo = new Map<number, { post: string; name: string; text: string }[] | null>();
	const from = (at: number): { post: string; name: string; text: string }[] | null => {
		if (at === words.length) return [];
		if (memo.has(at)) return memo.get(at) ?? null;
		let found: { post: string; name: string; text: string }[] | null = null;
		for (let p = 1; p <= PAIR_POST_WORDS && at + p < words.length && found === null; p++) {
			const post = words.slice(at, at + p).map((word) => word.text).join('');
			if ([...post].length < 2 || !POST_END.test(post)) continue;
			for (const n of [2, 1, 3]) {
				if (n > PAIR_NAME_WORDS || at + p + n > words.length) continue;
				const nameWords = words.slice(at + p, at + p + n);
				const name = nameWords.map((word) => word.text).join('');
				if ([...name].length > NAME_MAX || POST_END.test(name) || !nameWords.some((word) => [...word.text].length >= 2) || !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]+$/u.test(name)) continue;
				// (`健康福祉課長 早川紀美江 会 計 管 理 者 堀江満智男`: a full name written without its space, then a post padded a letter
				// to a word; the post's first letter is no given name, `早川紀美江 会`, nor the rest a post, `計管理者`.)
				if (n >= 2 && [...(nameWords[0]?.text ?? '')].length >= 4 && [...(nameWords.at(-1)?.text ?? '')].length === 1 && [...(words[at + p + n]?.text ?? '')].length === 1) continue;
				const rest = from(at + p + n);
				if (rest === null) continue;
				const first = words[at];
				const last = nameWords.at(-1);
				found = [{ post, name: nameWords.map((word) => word.text).join(' '), text: cell.slice(first?.index ?? 0, (last?.index ?? 0) + (last?.text.length ?? 0)) }, ...rest];
				break;
			}
		}
		memo.set(at, found);
		return found;
	};
	const pairs = from(0);
	return pairs !== null && pairs.length >= 2 ? pairs : null;
}

/** How the first line of a post wrapped over two ends: after 兼, or with the office (`選挙管理委員会`, `…事務所`, `…部`). */
const WRAPPED_POST_HEAD = /(?:兼|委員会|事務所|事務局|本部|センター|協議会|組合|公社|[部課局室])$/u;

/** The posts of a roll's last row that had posts, each at the column its cell starts at. */
type PostColumns = { index: number; post: string }[];

/** Where the posts of a roll's row stand (`財政課長　　山　口　恵　子　　　財政係長　　中　川　　　翔`), its members read. */
function postColumns(text: string, members: readonly Member[]): PostColumns {
	const titled = members.filter((member) => member.title !== null);
	const columns: PostColumns = [];
	for (const cell of rollCells(text)) {
		const title = titled[columns.length]?.title;
		if (title === undefined || title === null) break;
		if (compact(cell.text).startsWith(title)) columns.push({ index: cell.index, post: title });
	}
	return columns;
}

/** Rolls of post and name whose rows may list more names under a post above (`　　　　　鈴　木　二　郎` under `企画係長　前田　修`). */
const CARRIED_ROLLS: ReadonlySet<HeaderKey> = new Set(['committee', 'absentCommittee', 'sideMembers', 'outside', 'officials', 'staff']);

/** A committee roll's line of names alone (`　　　土　方　健　太　　　　永　田　奈津子`): the post of the member above, else null. */
function namesUnderPost(text: string, group: ParticipantGroup, committee: boolean): { post: string; cells: { text: string; index: number }[] } | null {
	const post = group.members.at(-1)?.title ?? null;
	if (post === null || bareMemberName(trimSpaces(text))?.honorific === '君') return null;
	// (Under other rolls than a committee's, names alone and nothing else: `副知事潮田  勉君` is a post written against its
	// holder's name, `開会の宣告（午前10時00分）` a heading.)
	if (!committee && (/(?:君|さん|氏)$/u.test(trimSpaces(text)) || /[（(]/u.test(text))) return null;
	const isName = (cell: { text: string }): boolean => {
		const bare = bareCell(cell.text);
		return [...bare].length >= 2 && [...bare].length <= NAME_MAX && !POST_END.test(bare) && headPost(cell.text) === null && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+$/u.test(bare);
	};
	const cells = rollCells(text);
	if (cells.length > 0 && cells.every(isName)) return { post, cells };
	// (`田　原　　　悠`: one name whose given name stands apart, a cell of one letter.)
	const whole = { text: trimSpaces(text), index: text.length - text.trimStart().length };
	return cells.length > 1 && cells.length <= 3 && isName(whole) ? { post, cells: [whole] } : null;
}

/** True when the next line with text below `index` is a roll's entry of a post and a name (`総務係長　　甲　斐　涼　子`). */
function headsPostedEntries(lines: readonly SourceLine[], index: number): boolean {
	const below = lines.slice(index + 1).find((next) => trimSpaces(next.text) !== '');
	const cells = below === undefined ? [] : rollCells(below.text);
	return cells.length >= 2 && POST_END.test(bareCell(cells[0]?.text ?? ''));
}

/** The fewest columns a name padded to its cell spans (`高　田　　　進`, `竹　内　由　美`) where names stand at regular columns. */
const PADDED_CELL_MIN = 5;

/**
 * The names after a post when each stands padded to one width at regular columns, however wide the gap inside a name
 * (`関　　　　　茂　　　高　田　　　進　　　竹　内　由　美` after `課　　　長`): the names as written, or null when no pitch
 * gives two names or more of 2 to 6 letters, each as wide as the others, two blanks at least between them.
 */
function regularNamesAfterPost(region: string): string[] | null {
	const columns = [...region.trimEnd()];
	if (/[（()）、，,]/u.test(region)) return null;
	const blank = (at: number): boolean => at < 0 || at >= columns.length || /[\s\u3000]/u.test(columns[at] ?? '');
	const starts = new Set(columns.flatMap((_, at) => (!blank(at) && blank(at - 1) ? [at] : [])));
	if (!starts.has(0)) return null;
	for (const pitch of [...starts].filter((at) => at >= PADDED_CELL_MIN + 2).sort((a, b) => a - b)) {
		const cells: string[] = [];
		let at = 0;
		for (; at < columns.length; at += pitch) {
			if (!starts.has(at) || !blank(at - 1) || !blank(at - 2)) break;
			cells.push(columns.slice(at, at + pitch).join('').trim());
		}
		if (at < columns.length || cells.length < 2) continue;
		const fits = cells.every((cell) => {
			const bare = bareCell(cell);
			return [...bare].length >= 2 && [...bare].length <= NAME_MAX && !POST_END.test(bare) && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+$/u.test(bare);
		});
		// (Every name spans its cell's width: `小　林　秀　樹　　　書` and `記　　小　西　　　愛` are no such cells.)
		const span = [...(cells[0] ?? '')].length;
		if (fits && span >= PADDED_CELL_MIN && cells.every((cell) => [...cell].length === span)) return cells;
	}
	return null;
}

/**
 * A row of a roll table whose header gives its columns twice or more side by side (`職名　氏名　職名　氏名`, a Word table's
 * tabs made gaps): a member for each set of cells (`村長　佐久間　勇　副村長　篠原　恵子`: 村長 佐久間 勇 and 副村長 篠原 恵子), or
 * null when the header repeats nothing, holds a column other than post, name and affiliation, or the cells fill no whole sets.
 */
function repeatedTableRow(text: string, columns: readonly { kind: TableColumn }[]): Member[] | null {
	const kinds = columns.map((column) => column.kind);
	if (kinds.some((kind) => kind !== 'title' && kind !== 'name' && kind !== 'affiliation')) return null;
	const period = [2, 3].find((size) => kinds.length > size && kinds.length % size === 0 && kinds.every((kind, i) => kind === kinds[i % size]));
	if (period === undefined) return null;
	const cells = trimSpaces(text).split(/\t|[\s\u3000]{2,}/u).map(trimSpaces);
	if (cells.length % period !== 0 || cells.length > kinds.length) return null;
	const members: Member[] = [];
	for (let at = 0; at < cells.length; at += period) {
		const set = cells.slice(at, at + period);
		const cell = (kind: TableColumn): string | null => set[kinds.indexOf(kind)] || null;
		const name = cell('name');
		const read = name === null ? null : readPaddedName(name);
		if (!read || POST_END.test(replaceSpaceRuns(read, ''))) return null;
		const title = cell('title');
		members.push({ text: set.join('　'), name: read, title: title === null ? null : replaceSpaceRuns(title, ''), affiliation: cell('affiliation') });
	}
	return members;
}

/**
 * Members of a post-and-name roll line: `市長　　櫻田　宏　　　副市長　　山田　一郎` (cells apart by 2+ spaces);
 * or of a name-and-post line, `土 田 正 剛  市     長        半 田   博  教  育  長` (a line that opens with a name and
 * ends with a post).
 */
function readPostMembers(text: string, pending: { post: string | null } = { post: null }): Member[] {
	// `委員` / `岩井友子、鈴木和美、松崎さち`: a post alone on the line above, the names it heads listed with 、.
	const listed = pending.post !== null && /[、，,]/u.test(text) ? text.split(/[、，,]/u).map(trimSpaces).filter((name) => name !== '') : [];
	if (listed.length > 1 && listed.every((name) => [...replaceSpaceRuns(name, '')].length <= NAME_MAX && !POST_END.test(replaceSpaceRuns(name, '')))) {
		const post = pending.post ?? '';
		pending.post = null;
		return listed.map((name) => ({ text: `${post}　${name}`, name: readPaddedName(name) || null, title: post, affiliation: null }));
	}
	// `議長　尾田　善之　君　副議長　宮川　正美　君`: pairs of post and name, each ending in 君, one space apart (the space
	// after 君 is the pair's end, not a gap inside the next pair).
	const pairs = pending.post === null ? text.trim().split(/(?<=君)[\s\u3000]+(?=\S)/u) : [];
	if (pairs.length > 1 && pairs.every((pair) => /君$/u.test(pair) && /[\s\u3000]/u.test(pair))) return pairs.flatMap((pair) => readPostMembers(pair));
	// `知事小野百合子君`, `副知事潮田  勉君`: the post written against the name (the line had been one name, or lost at the gap).
	const glued = pending.post === null ? gluedPostMember(text) : null;
	if (glued) return [{ text: trimSpaces(text), ...glued, affiliation: null }];
	// `加藤五郎局長　吉田六郎主任　並木義之主事`: an office's staff, each name before its post.
	const staff = staffRollMembers(text);
	if (staff) return staff;
	const cells = rollCells(text);
	const members: Member[] = [];
	// `社会教育課社会教育係長` / `渡部繁夫君`: a post alone on the line before gives the name below it.
	let post: { text: string; index: number } | null = pending.post === null ? null : { text: pending.post, index: -1 };
	pending.post = null;
	let names: { text: string; index: number }[] = [];
	const flush = (): void => {
		if (post && names.length > 0) {
			const last = names[names.length - 1] ?? post;
			const from = Math.min(post.index < 0 ? Number.POSITIVE_INFINITY : post.index, names[0]?.index ?? 0);
			const to = Math.max(post.index + post.text.length, last.index + last.text.length);
			// `管理者　　（あおい市長）　　水　谷　博　文`: the office held in a member town, in brackets between a joint body's post and
			// the name, is the member's affiliation (it had opened the name).
			// (So is the office after the name, `広域連合長　　山　崎　正　人（なぎさ市長）`: it had been read into the given name.)
			const joined = names.map((name) => name.text).join('\u3000');
			const office = BRACKETED_OFFICE.exec(joined);
			const after = office ? null : TRAILING_OFFICE.exec(joined);
			const held = after ? joined.slice(0, after.index) + joined.slice(after.index + after[0].length) : joined.slice(office?.[0].length ?? 0);
			const postOffice = office || after ? null : POST_OFFICE.exec(replaceSpaceRuns(post.text, ''));
			members.push({
				text: post.index < 0 ? `${post.text}　${text.slice(names[0]?.index ?? 0, last.index + last.text.length)}` : text.slice(from, to),
				name: readPaddedName(held.replace(/(?<![\s\u3000])[\s\u3000]*君$/u, '')) || null,
				title: postOffice?.groups?.post ?? replaceSpaceRuns(post.text, ''),
				affiliation: office?.groups?.office ?? after?.groups?.office ?? postOffice?.groups?.office ?? null,
			});
		}
		names = [];
	};
	const first = cells[0]?.text ?? '';
	if (cells.length > 1 && !POST_END.test(bareCell(first)) && headPost(first) === null && POST_END.test(bareCell(cells.at(-1)?.text ?? ''))) {
		// Name first: the names before a post are its holder's; a post alone on the line above is the first name's.
		for (const cell of cells) {
			if (POST_END.test(bareCell(cell.text))) {
				post = cell;
				flush();
				post = null;
				continue;
			}
			// A second whole name (`深 瀬 弘 之　…　本 間 和 史`): the first is the holder of the post above, or of none.
			const held = bareCell(names.map((name) => name.text).join(''));
			if (names.length > 0 && [...held].length >= 2 && [...held].length + [...bareCell(cell.text)].length > NAME_MAX) {
				if (post) flush();
				else members.push({ text: names.map((name) => name.text).join('　'), name: readPaddedName(names.map((name) => name.text).join('\u3000')) || null, title: null, affiliation: null });
				names = [];
				post = null;
			}
			names.push(cell);
		}
		return members;
	}
	// `課　　　長　　関　　　　　茂　　　高　田　　　進　　　竹　内　由　美`: names padded to one width under the post they all
	// hold, one with a gap inside as wide as those between them (`関茂高田進` had been one name).
	const postCell = cells[0];
	// (Never past a second post, `樋　口　　　誠　　書　　　記　　平　野　由　佳`: pairs of post and name.)
	const onePost = cells.slice(1).every((cell) => !POST_END.test(bareCell(cell.text)));
	const regular = pending.post === null && postCell !== undefined && cells.length > 2 && onePost && POST_END.test(bareCell(postCell.text)) ? regularNamesAfterPost(text.slice(cells[1]?.index ?? text.length)) : null;
	if (postCell !== undefined && regular !== null) {
		const title = replaceSpaceRuns(postCell.text, '');
		return regular.map((name) => ({ text: `${title}　${name}`, name: readPaddedName(name) || null, title, affiliation: null }));
	}
	for (const cell of cells) {
		const pairs = cutPairs(cell.text);
		if (pairs !== null) {
			flush();
			post = null;
			members.push(...pairs.map((pair) => ({ text: pair.text, name: readPaddedName(pair.name), title: pair.post, affiliation: null })));
			continue;
		}
		const head = POST_END.test(bareCell(cell.text)) ? null : headPost(cell.text);
		if (head !== null) {
			flush();
			post = { text: cell.text.slice(0, head.post), index: cell.index };
			names.push({ text: cell.text.slice(head.name), index: cell.index + head.name });
		} else if (POST_END.test(bareCell(cell.text))) {
			// `健康福祉部長兼` / `福祉事務所長　　岡　田　美　穂　君`, `選挙管理委員会` / `事務局長　…`: a post wrapped after 兼 or its
			// office, its head on the line above, is one post.
			if (post?.index === -1 && names.length === 0 && WRAPPED_POST_HEAD.test(post.text)) {
				post = { text: `${post.text}${bareCell(cell.text)}`, index: -1 };
				continue;
			}
			// `管　理　者　　　みなみ町長　　　渡　辺　英　樹`: a joint body's post, then the office its holder has in a member town
			// in a column of its own, then the name: the office is the member's affiliation, as in brackets (the post had been lost).
			if (post && names.length === 0 && MEMBER_TOWN_OFFICE.test(bareCell(cell.text))) {
				post = { text: `${replaceSpaceRuns(post.text, '')}（${bareCell(cell.text)}）`, index: post.index };
				continue;
			}
			flush();
			post = cell;
		} else if (post) {
			// `委　　員　　須　田　一　馬　　　　石　黒　麻　衣`: a second whole name after the post's first is another holder of it
			// (the two had been read as one name, `須田一馬石黒麻衣`); a padded name's parts (`佐々木　　　学`) are one.
			const held = [...bareCell(names.map((name) => name.text).join(''))].length;
			if (names.length > 0 && held >= 2 && held + [...bareCell(cell.text)].length > NAME_MAX) {
				flush();
				post = { text: replaceSpaceRuns(post.text, ''), index: -1 };
			}
			names.push(cell);
		}
		// A member's name with no post before it (`山田一郎君` alone under `○説明のため出席した者`): a member without a post,
		// where it had been left out.
		else {
			const bare = bareMemberName(cell.text);
			if (bare?.honorific === '君') members.push({ text: trimSpaces(cell.text), name: readPaddedName(bare.name) || null, title: null, affiliation: null });
		}
	}
	if (post && names.length === 0 && members.length === 0) pending.post = replaceSpaceRuns(post.text, '');
	// (The head of such a post alone on its line waits for the rest below it; it had been left out.)
	else if (post === null && members.length === 0 && cells.length === 1 && WRAPPED_POST_HEAD.test(bareCell(cells[0]?.text ?? ''))) pending.post = bareCell(cells[0]?.text ?? '');
	flush();
	return members;
}

/** A bill, petition or report by its number, as a committee lists its business: `議案第６８号`, `請願第５号`, `陳情第１２号`, `報告第３号`. */
// (A prefecture's `知事提出議案第１号から第４５号まで`, and bills numbered before their word, `第１号議案　…`, `定県第１号議案`.)
const BILL_ITEM = /^(?:(?:議案|請願|陳情|報告|諮問|認定|承認|発議|発議案|意見書案|決議案|(?:議員|知事|市長|町長|村長|区長|委員会)提出議案)[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十百]+[\s\u3000]*号|(?:定[県市])?第[\s\u3000]*[0-9０-９一二三四五六七八九十百]+[\s\u3000]*号[\s\u3000]*議案)/u;
/** The agenda items read from such lines (a bill under a 日程 item stays part of that item). */
const BILL_ITEMS = new WeakSet<AgendaItem>();
/** The agenda items numbered with a circled or bracketed number (`①　議案第７２号　…`, `（１）　…`). */
const MARKED_ITEMS = new WeakSet<AgendaItem>();

/**
 * A member listed under an item, as a 議事日程 names who asks under `一般質問` (`１２番　　中　村　健　二　君`, `２番　岡田春子`):
 * the seat and the name, the letters padded or not, 君 or 議員 after it.
 */
const QUESTIONER_LINE = new RegExp(`^(?<seat>${SEAT})[\\s\\u3000]*(?<name>[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ヶー](?:[\\s\\u3000]{0,6}[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ヶー]){0,9}?)[\\s\\u3000]*(?:君|議員)?$`, 'u');
/** The longest line that can be a member under an item (a longer one is never handed to the pattern). */
const QUESTIONER_MAX = 40;
/** The items' own words and the members listed under them, in order. */
const QUESTIONERS = new WeakMap<AgendaItem, { title: string; members: string[] }>();

/** A column's head of a 議事日程 set out as a table (`日程番号`, `議件番号`, `議　件　名　等`, `備考`; NFKC, spaceless). */
const AGENDA_COLUMN_HEAD = /^(?:日程|日程番号|番号|議件番号|議案番号|事件番号|議件名等?|件名|事件名|案件名?|備考|摘要)$/u;
/** A column of remarks on each item (`備考`: `指名`, `質疑・討論・採決`), no part of the item's words. */
const REMARKS_COLUMN = /^(?:備考|摘要)$/u;
/** A cell holding an item's number alone (NFKC, spaceless): `1`, `第1`, `日程第1`. */
const NUMBER_CELL = /^(?:日程)?第?(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,4})$/u;
/** The bill's number filling a cell of its own (NFKC, spaceless): `議案第21号`, `報告第3号`. */
const BILL_CELL = new RegExp(`^${MOTION_NUMBER}$`, 'u');
/** The column heads of a 議事日程 copied one cell per line, and the cells read under each item. */
const CELL_TABLES = new WeakMap<AgendaItem[], { heads: string[]; cells: Map<AgendaItem, string[]> }>();

/**
 * Read one cell of a 議事日程 set out as a table and copied one cell per line (`日程番号` / `議件番号` / `議件名等`, then `１` /
 * `会議録署名議員の指名`, `３` / `報告第３号` / `専決処分の報告について`): a number opens an item, the bill's number and the words
 * after it are its title, a remark under `備考` none of it; false when the agenda is no such table.
 */
function readAgendaCell(cell: string, agenda: AgendaItem[]): boolean {
	const table = CELL_TABLES.get(agenda);
	const form = compact(cell);
	if (agenda.length === 0 && AGENDA_COLUMN_HEAD.test(form)) {
		if (table) table.heads.push(form);
		else CELL_TABLES.set(agenda, { heads: [form], cells: new Map() });
		return true;
	}
	if (!table || table.heads.length < 2) return false;
	const number = NUMBER_CELL.exec(form)?.groups?.n;
	if (number !== undefined) {
		const item: AgendaItem = { number: parseNumeral(number) ?? agenda.length + 1, title: '', section: null };
		agenda.push(item);
		table.cells.set(item, []);
		return true;
	}
	const last = agenda.at(-1);
	const cells = last ? table.cells.get(last) : undefined;
	if (!last || !cells) return false;
	cells.push(cell);
	// The bill's number, then the item's words; the cells after them are the remarks' column.
	const words = cells.slice(0, BILL_CELL.test(compact(cells[0] ?? '')) ? 2 : 1);
	const remarks = cells.slice(words.length);
	last.title = [...words, ...(REMARKS_COLUMN.test(table.heads.at(-1) ?? '') ? [] : remarks)].join('\u3000');
	return true;
}

/** True while a 議事日程's item has no words yet: its number alone (`日程第１`, a table's cell `１`) waits for the line below. */
function awaitsItemWords(agenda: readonly AgendaItem[]): boolean {
	return agenda.at(-1)?.title === '';
}

/** True while a 議事日程 is read as a table copied one cell per line (its blank cells end nothing). */
function inAgendaTable(agenda: AgendaItem[]): boolean {
	return (CELL_TABLES.get(agenda)?.heads.length ?? 0) >= 2;
}

/** An item of the 日程 by its number, on a line without its header prefix: `日程第1　…`, `第一　…` (`第一号` is not one). */
const SCHEDULED_ITEM = /^(?:日程[\s\u3000]*第[\s\u3000]*(?<n>[0-9０-９一二三四五六七八九十]+)[\s\u3000]*|第[\s\u3000]*(?<m>[0-9０-９一二三四五六七八九十]+)(?:[\s\u3000]+|$))(?<title>.*)$/u;
/** An item numbered with digits, on the line as written (its number is what the header prefix would take): `1 …`, `2. …`. */
const DIGIT_ITEM = /^[\s\u3000]*(?<k>[0-9０-９]{1,2})(?:[\s\u3000]+|[.．](?![0-9０-９])[\s\u3000]*)(?<title>\S.*)$/u;

/** `日程第1　会議録署名議員の指名` → 1 / 会議録署名議員の指名. */
function readAgendaLine(text: string, agenda: AgendaItem[]): void {
	const stripped = trimSpaces(unprefixed(text));
	if (SAME_AS_AGENDA.test(replaceSpaceRuns(stripped, ''))) return;
	if (readAgendaCell(stripped, agenda)) return;
	// `日程第1　会議録署名議員の指名`, or `第一　会議録署名議員の指名` (a space after the number; `第一号` is not an item).
	// `1 第２期…について` (a 全員協議会's 協議事項): a number, a space, the item (the number is the line's prefix, so read before it goes).
	// `①　議案第７２号　…`, `（１）　…`: an item numbered with a circled or bracketed number.
	// (Under items numbered otherwise, `2.その他` / `①次回の…について`, such a line is part of the item above it.)
	const marked = agenda.every((item) => MARKED_ITEMS.has(item)) ? /^[\s\u3000]*(?:(?<c>[\u2460-\u2473])|[(（](?<b>[0-9０-９]{1,2})[)）])[\s\u3000]*(?<title>\S.*)$/u.exec(text) : null;
	const match = SCHEDULED_ITEM.exec(stripped) ?? DIGIT_ITEM.exec(text) ?? marked;
	if (!match?.groups) {
		if (stripped === '' || findDate(stripped)?.ok || readSittingTime(stripped)) return;
		const last = agenda[agenda.length - 1];
		// (`第一` alone over `代表質問`: the item's words on the line under its number.)
		if (last && last.title === '') {
			last.title = stripped;
			return;
		}
		// A bill listed without a 日程 number (`議案第６８号　…`, `請願第５号　…`, a committee's 付託案件) is an item of its own.
		if (BILL_ITEM.test(stripped) && (!last || BILL_ITEMS.has(last))) {
			const item: AgendaItem = { number: agenda.length + 1, title: stripped, section: null };
			agenda.push(item);
			BILL_ITEMS.add(item);
			return;
		}
		// The members listed under an item (`日程第２　一般質問` / `１２番　　中　村　健　二　君` / `３番　…`) follow its words in
		// brackets, one after another (`一般質問（１２番 中村健二、３番 山田太郎）`; they had been run into the item's words).
		const questioner = last && stripped.length <= QUESTIONER_MAX ? QUESTIONER_LINE.exec(stripped)?.groups : undefined;
		if (last && questioner) {
			const listed = QUESTIONERS.get(last) ?? { title: last.title, members: [] };
			listed.members.push(`${replaceSpaceRuns(questioner.seat ?? '', '')} ${readPaddedName(questioner.name ?? '')}`);
			QUESTIONERS.set(last, listed);
			last.title = `${listed.title}（${listed.members.join('、')}）`;
			return;
		}
		// A line under the item before it (`議案第1号 …` listed under 日程第4): part of that item.
		if (last) last.title = `${last.title}　${stripped}`;
		return;
	}
	const circled = match.groups.c === undefined ? null : (match.groups.c.codePointAt(0) ?? 0) - 0x2460 + 1;
	const number = circled ?? parseNumeral(match.groups.n ?? match.groups.m ?? match.groups.k ?? match.groups.b ?? '') ?? agenda.length + 1;
	const title = trimSpaces(match.groups.title ?? '');
	if (agenda.some((item) => item.number === number)) return;
	// (A number alone, `第一` or `日程第一`, as a metropolitan 議事日程 sets each item's words on the line below it; not `第一号`.)
	if (title === '' && (match === marked || agenda.at(-1)?.title === '')) return;
	const item: AgendaItem = { number, title, section: null };
	agenda.push(item);
	if (match === marked) MARKED_ITEMS.add(item);
}

/** How many cells below an event written alone (`開議` / `令和5年9月12日` / `10時00分`) its clock may come. */
const UNTIMED_CELLS = 3;
/** A cell holding a clock alone (NFKC, spaceless): `10時00分`, `午前10時`, `10:00`. */
const CLOCK_CELL = /^(?:午前|午後)?(?:[0-9]{1,2}時(?:[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2})$/u;

/** The attendance table as read so far: its two groups, its marks and the member under way. */
interface Attendance {
	present: ParticipantGroup;
	absent: ParticipantGroup;
	/** The marks of presence and absence: the legend's (`（出席　／・　欠席　△）`), else ◯ and ×. */
	marks: { present: string; absent: string };
	/** Whether a member's mark comes before the seat (a table whose first cell is a mark), else after the name. */
	markFirst: boolean | null;
	/** The member under way: the mark read before the seat, and the name's words as written. */
	pending: { mark: string | null; words: string[] } | null;
	/** The marks of a column of who answered the call (`応召 □`, `不応召 △`), no attendance's: passed over in each row. */
	called?: string;
	/** Whether the last member written with a word (`（出席）`, `（欠席）`) came, for the ditto mark under it (`（〃）`). */
	came?: boolean;
}

/** A member of the table with a word of attendance in brackets after the name: `１番　　野　上　　　明（出席）`, `２番　西　川　裕　子（〃）`. */
const WORDED_ATTENDANCE = new RegExp(`(?<member>${SEAT}[\\s\\u3000]*[^\\s\\u3000（()）0-9０-９][^（()）0-9０-９]{0,20}?)[\\s\\u3000]*[（(](?<word>出席|欠席|〃|″|同)[）)][\\s\\u3000]*`, 'gu');

/**
 * Read a line of members each written with the word of their attendance (`１番　　野　上　　　明（出席）`, `（〃）` for the word
 * above) into the table's groups; false for any other line.
 */
function readWordedAttendance(text: string, table: Attendance): boolean {
	const line = trimSpaces(text);
	if (line.length > 200) return false;
	const found = [...line.matchAll(WORDED_ATTENDANCE)];
	if (found.length === 0 || found.map((match) => match[0]).join('').length !== line.length) return false;
	for (const match of found) {
		const word = match.groups?.word ?? '';
		const came = word === '出席' ? true : word === '欠席' ? false : table.came;
		if (came === undefined) return false;
		table.came = came;
		(came ? table.present : table.absent).members.push(...readMembers(match.groups?.member ?? ''));
	}
	return true;
}

/** A row of the head of a box-drawn table of attendance (NFKC, spaceless): headings, a day, the legend's words and marks. */
const ATTENDANCE_HEAD_ROW = /^(?:議員氏名|氏名|議席番号|議席|番号|応召|応招|不応召|不応招|第[0-9]{1,2}日|\([0-9]{1,2}月[0-9]{1,2}日\)|出席|欠席|[□■△▲◯○〇×✕✖])+$/u;
/** A column heading of the attendance table. */
const ATTENDANCE_HEADING = /^(?:番号|議席|議席番号|氏名|議員名|出席|欠席|出欠|備考)$/u;
const DEFAULT_MARKS = { present: '◯○〇', absent: '×✕✖' };

/** The marks a legend gives (`議員の出欠(出席 ◯印・欠席 ×印)`, `（出席　／・　欠席　△）`), else ◯ and ×. */
function attendanceMarks(text: string): Attendance['marks'] {
	const legend = matchForm(text);
	const mark = (word: string): string | null => new RegExp(`${word}[\\s\\u3000]*(?<mark>[^\\s\\u3000・、,()（）\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])`, 'u').exec(legend)?.groups?.mark ?? null;
	const present = mark('出席');
	const absent = mark('欠席');
	// (A circle in the legend stands for any of the circles the table may be written with.)
	return present !== null && absent !== null && present !== absent ? { present: DEFAULT_MARKS.present.includes(present) ? DEFAULT_MARKS.present : present, absent } : DEFAULT_MARKS;
}

/** One cell of the table's text: a mark, a seat or a word of a name. */
const ATTENDANCE_TOKEN = /(?<seat>^[0-9]{1,3}番?$)|(?<word>^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,8}$)/u;

/**
 * Read one line of the attendance table (`議員の出欠(出席 ◯印・欠席 ×印)` over `番号` / `氏名` / `出席` and the seat, name and mark
 * of each member, a cell per line, a row per line, or two members to a row) into its groups; false for a line that is no
 * part of the table (nothing of it is then taken).
 */
function readAttendance(text: string, table: Attendance): boolean {
	// The rows of a table's head drawn in a box (`議 員 氏 名 │応 召 □ │第1日`, `番 号 │ │出席 〇`, `欠席 ×`): its legend, no member.
	const head = matchForm(text).replace(/[\s\u3000]/gu, '');
	// (A mark alone, `◯` under its member, is a cell of the row: the head's rows have words.)
	if (/\p{Script=Han}/u.test(head) && ATTENDANCE_HEAD_ROW.test(head)) {
		const legend = attendanceMarks(head);
		if (legend !== DEFAULT_MARKS) table.marks = legend;
		else {
			// (The legend's words a row each: `出席 〇` over `欠席 ×`.)
			const present = /出席(?<mark>[^\p{Script=Han}()0-9])/u.exec(head)?.groups?.mark;
			const absent = /欠席(?<mark>[^\p{Script=Han}()0-9])/u.exec(head)?.groups?.mark;
			if (present !== undefined && !DEFAULT_MARKS.present.includes(present)) table.marks = { ...table.marks, present };
			if (absent !== undefined && !DEFAULT_MARKS.absent.includes(absent)) table.marks = { ...table.marks, absent };
		}
		const called = [...head.matchAll(/(?:応召|応招)(?<mark>[^\p{Script=Han}()0-9])/gu)].map((found) => found.groups?.mark ?? '').join('');
		if (called !== '') table.called = `${table.called ?? ''}${called}`;
		return true;
	}
	const cells = trimSpaces(text.normalize('NFKC'))
		.split(/[\s\u3000]+/u)
		.filter((cell) => !(table.called !== undefined && [...cell].length === 1 && table.called.includes(cell) && !table.marks.present.includes(cell) && !table.marks.absent.includes(cell)));
	if (cells.length > 24) return false;
	const finish = (mark: string | null): void => {
		const pending = table.pending;
		table.pending = null;
		if (!pending || pending.words.length === 0) return;
		const name = readPaddedName(pending.words.join(' '));
		const member = { text: pending.words.join(' '), name, title: null, affiliation: null };
		(mark !== null && table.marks.absent.includes(mark) ? table.absent : table.present).members.push(member);
	};
	// (A heading of the header alone, `会議録署名議員` under the table's last cell, ends the table: no member's name; the last
	// member, its mark's cell left blank, is present.)
	if (cells.length === 1 && HEADER_KEYS.some((entry) => entry.pattern.test(headerKey(text)))) {
		if (table.markFirst === false) finish(null);
		return false;
	}
	const isMark = (cell: string): boolean => [...cell].length === 1 && (table.marks.present.includes(cell) || table.marks.absent.includes(cell));
	const kinds = cells.map((cell) => (isMark(cell) ? 'mark' : ATTENDANCE_HEADING.test(cell) ? 'heading' : ATTENDANCE_TOKEN.exec(cell)?.groups?.seat !== undefined ? 'seat' : ATTENDANCE_TOKEN.test(cell) ? 'word' : null));
	if (kinds.includes(null) || (kinds.includes('heading') && kinds.some((kind) => kind !== 'heading'))) return false;
	if (kinds.every((kind) => kind === 'heading')) return true;
	for (const [index, cell] of cells.entries()) {
		const kind = kinds[index];
		table.markFirst ??= kind === 'mark' ? true : kind === 'seat' ? false : null;
		if (kind === 'mark' && table.markFirst) {
			if (table.pending && table.pending.words.length > 0) finish(table.pending.mark);
			table.pending = { mark: cell, words: [] };
		} else if (kind === 'mark') finish(cell);
		else if (kind === 'seat') {
			if (!table.markFirst) finish(null);
			table.pending ??= { mark: null, words: [] };
		} else if (kind === 'word' && table.pending) table.pending.words.push(cell);
		else if (kind === 'word') return false;
	}
	// A mark before the seat: the row's last name ends with its line.
	if (table.markFirst && table.pending && table.pending.words.length > 0) finish(table.pending.mark);
	return true;
}

/** A line numbered as the agenda's next item (`3.会議録署名議員の指名` after item 2). */
function isNextAgendaItem(text: string, agenda: readonly AgendaItem[]): boolean {
	const last = agenda[agenda.length - 1];
	const number = /^[\s\u3000]*(?<k>[0-9０-９]{1,2})[.．](?![0-9０-９])/u.exec(text)?.groups?.k;
	return last !== undefined && number !== undefined && parseNumeral(number) === last.number + 1;
}

/** True when a line opens the item after the agenda's last, numbered as `readAgendaLine` reads items (`第二　…`, `日程第２　…`, `2 …`, `2. …`). */
function numbersNextItem(text: string, agenda: readonly AgendaItem[]): boolean {
	const last = agenda[agenda.length - 1];
	const numbered = (SCHEDULED_ITEM.exec(trimSpaces(unprefixed(text))) ?? DIGIT_ITEM.exec(text))?.groups;
	const number = numbered ? parseNumeral(numbered.n ?? numbered.m ?? numbered.k ?? '') : null;
	return last !== undefined && number !== null && number === last.number + 1;
}

/**
 * One of those a committee hears (`こがね大学経済学部教授　　松　原　和　彦`, `代表　田口恵理`, `井口修三`): what they are, however it
 * ends (教授, 代表, 社長), then the name after a wider space, or the name alone; null for a line that is no such row.
 */
const HEARD_ROW = /^(?:(?<post>\S{2,40}?)[\s\u3000]{2,}|(?<short>\S{2,20})\u3000(?=\S{2,6}[\s\u3000]*(?:君|さん|氏)?$))?(?<name>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー](?:[\s\u3000]{0,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,7})[\s\u3000]*(?:君|さん|氏)?$/u;
function readHeardMember(text: string): Member | null {
	if (saysNone(text)) return null;
	const row = HEARD_ROW.exec(trimSpaces(text))?.groups;
	if (!row?.name) return null;
	const name = readPaddedName(row.name);
	if ([...replaceSpaceRuns(name, '')].length > NAME_MAX) return null;
	const post = row.post ?? row.short;
	return { text: trimSpaces(text), name, title: post === undefined ? null : compact(post), affiliation: null };
}

/** A name alone on its line, as a page that links each member's name writes it (`高橋伸二`, `かっち 恵`). */
const LINKED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,6}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,6})?$/u;

/**
 * The chair's and the deputy's post, name and 君 a line each, as a page that links each name copies them (`議長` / `高橋伸二` /
 * `君`): one line, `議長　　高橋伸二君`, as a prefecture sets them apart above the roll (the three had been notes).
 */
function joinLinkedChairs(lines: readonly SourceLine[]): SourceLine[] {
	const joined: SourceLine[] = [];
	for (let at = 0; at < lines.length; at++) {
		const source = lines[at];
		if (source === undefined) continue;
		const name = lines[at + 1];
		const honorific = lines[at + 2];
		if (/^副?議長$/u.test(trimSpaces(source.text)) && name !== undefined && honorific !== undefined && LINKED_NAME.test(trimSpaces(name.text)) && HONORIFIC_LINE.test(trimSpaces(honorific.text))) {
			joined.push({ ...source, text: `${trimSpaces(source.text)}\u3000\u3000${trimSpaces(name.text)}君` });
			at += 2;
			continue;
		}
		joined.push(source);
	}
	return joined;
}

/** Read the header lines (everything before the first turn) by handler; unknown lines become notes. */
function readHeader(given: readonly SourceLine[], diagnostics: Diagnostic[]): AssemblyHeader {
	// A Word table saved as text writes its cells a tab apart (`招集場所⇥みどり村議会議場`, `1⇥浅田　光男⇥4⇥江川　智子`,
	// `村長⇥北川　恭平`): each tab is the gap between two cells (the fields had kept the tab, the rolls been lost).
	// (A post wrapped around its holder's name in a two-column roll, `会計管理者兼` / `　日向 亘君　…` / `会計課長`, is joined first.)
	const lines = joinLinkedChairs(joinPostsAroundName(given.map((source) => (source.text.includes('\t') ? { ...source, text: source.text.replace(/[ \u3000]*\t[\t \u3000]*/gu, '\u3000\u3000') } : source))));
	const header: AssemblyHeader = { date: null, dateLine: null, dateSource: null, start: null, scheduled: null, end: null, location: null, naming: [], participants: [], agenda: [], notes: [] };
	let current: { key: HeaderKey; group: ParticipantGroup | null; pending: { post: string | null } } | null = null;
	/** The roll's line whose post waits for a name below it (`ほか関係職員` alone): a note if none comes. */
	let waiting: { text: string; line: number; pending: { post: string | null } } | null = null;
	const closeWaiting = (): void => {
		if (waiting !== null && waiting.pending.post !== null) header.notes.push({ text: waiting.text, line: waiting.line });
		waiting = null;
	};
	/** Each post-and-name roll's last row with posts, where its posts stand. */
	const rollColumns = new Map<ParticipantGroup, PostColumns>();
	/** A seat alone on its line, waiting for the name on the next (`第一番` / `金田もとみ`). */
	const pendingSeats = new Map<ParticipantGroup, string>();
	/** Each roll drawn as a table under a header row of its columns (`議席　　氏名　　出欠　　備考`): those columns. */
	const rollTables = new Map<ParticipantGroup, { kind: TableColumn; at: number }[]>();
	/** The roll of the absent that a table's rows marked `欠席` go to (`欠席議員` for `出席議員`), after the table's roll. */
	const absentRoll = (group: ParticipantGroup): ParticipantGroup => {
		const name = absentGroupName(group.group);
		if (name === null) return group;
		const found = header.participants.find((other) => other.group === name);
		if (found !== undefined) return found;
		const absent: ParticipantGroup = { group: name, members: [] };
		header.participants.splice(header.participants.indexOf(group) + 1, 0, absent);
		return absent;
	};
	const readRoll = (key: HeaderKey, group: ParticipantGroup, written: string, pending: { post: string | null }, line: number): void => {
		// `町長 ……………… 宮下　一郎君　　副町長 …………… 岩田　進君`: leaders from a post to its holder are the gap between them.
		const text = written.replace(ROLL_LEADERS, '\u3000\u3000');
		// `１番 大森正、２番 岡田春子、…`, `村長 北村光明、副村長 木村悠`: a roll typed on one line, its entries apart by 、, is read
		// entry by entry (the 、 had stayed on the names, and the posts had run into the names before them).
		const entries = text.split(ROLL_ENTRY_SEPARATOR);
		if (entries.length > 1 && entries.every((entry) => trimSpaces(entry) !== '' && [...trimSpaces(entry)].length <= ROLL_ENTRY_MAX)) {
			for (const entry of entries) readRoll(key, group, trimSpaces(entry), pending, line);
			return;
		}
		// `第一番` / `金田もとみ` / `君`: a roll copied from a page that links each name, its seat, name and honorific a line each;
		// the seat goes with the name below it, the honorific alone is no one (each had been a member of its own; under a post,
		// `知事` / `村井嘉一` / `君`, a note).
		if (HONORIFIC_LINE.test(trimSpaces(text)) && group.members.length > 0) return;
		if (!POST_ROLLS.has(key)) {
			const bare = trimSpaces(text);
			if (SEAT_LINE.test(bare)) {
				pendingSeats.set(group, bare);
				return;
			}
			const seat = pendingSeats.get(group);
			pendingSeats.delete(group);
			if (seat !== undefined && !SEATED_LINE.test(bare)) {
				group.members.push(...readMembers(`${seat}　${bare}`, group.members));
				return;
			}
		}
		// `議 席　　氏   名　　議 席　　氏   名` / `番 号　　…　番 号`: the column heads of a roll's table, no one.
		if (TABLE_ROLL_HEADS.test(compact(text))) return;
		// `議席　　氏名　　出欠　　備考`: the header row of a table with a column of its own for each thing said of a member; the
		// rows under it are read by those columns (the heads had been read as four members, each row's 出席 as part of a name).
		// (Both read where their cells stand on the line, indents kept: a row trimmed of its own indent had its cells cut at the
		// header's columns shifted, `３　　　宮　本　　　淳` split into three members.)
		const columns = readTableHeader(text.trimEnd());
		if (columns !== null) {
			rollTables.set(group, columns);
			return;
		}
		const tabled = rollTables.get(group);
		// (A header given twice side by side, `職名　氏名　職名　氏名`: two members a row, where the two had run into one.)
		const repeated = tabled === undefined ? null : repeatedTableRow(text, tabled);
		if (repeated !== null) {
			group.members.push(...repeated);
			return;
		}
		const row = tabled === undefined ? null : readTableRow(text.trimEnd(), tabled);
		if (row !== null) {
			// (`２番　　伊東　隆　　欠席　　公務のため`: a member the 出欠 column marks absent is in the roll of the absent, after this one.)
			if (row.absent) absentRoll(group).members.push(row.member);
			else group.members.push(row.member);
			return;
		}
		// `1　　港 山 實 登　　4　　比 嘉 重 則`: a table's row of seats without 番 and the names beside them, read as the seats they are
		// (the members had been lost).
		const seatCells = trimSpaces(text).split(/[\s\u3000]{2,}/u);
		if (seatCells.length >= 2 && seatCells.length % 2 === 0 && seatCells.every((cell, index) => (index % 2 === 0) === /^[0-9０-９]{1,2}$/u.test(cell))) {
			const seated = seatCells.flatMap((cell, index) => (index % 2 === 0 ? [`${cell}番　${seatCells[index + 1] ?? ''}`] : [])).join('\u3000\u3000');
			group.members.push(...readMembers(seated, group.members));
			return;
		}
		// `１　安藤　正　　２　井上　薫　　３　内田　実`: cells each a seat without 番 and the name a space after it (the seat had
		// become part of the name).
		// (Not a seat with 番 a space after its number, `1 番 熊井元尋`, as a prefecture's web page writes it: 番 had become the name's.)
		if (!POST_ROLLS.has(key) && seatCells.every((cell) => /^[0-9０-９]{1,3}[\s\u3000]+[^\s\u30000-9０-９番]/u.test(cell))) {
			group.members.push(...readMembers(seatCells.map((cell) => cell.replace(/^([0-9０-９]{1,3})[\s\u3000]+/u, '$1番　')).join('\u3000\u3000'), group.members));
			return;
		}
		// `委員長　　１番　　青　木　蒼　太　君`: the chair's post before a member's seat is that member's post.
		const chairSeat = text.length <= ROLL_LINE_MAX ? CHAIR_BEFORE_SEAT.exec(text)?.groups : undefined;
		if (chairSeat?.rest !== undefined) {
			const [first, ...others] = readMembers(chairSeat.rest, group.members);
			if (first) group.members.push({ ...first, text: trimSpaces(text), title: replaceSpaceRuns(chairSeat.post ?? '', '') }, ...others);
			return;
		}
		// A committee's roll may number its members' seats as the assembly's does (`1番   福  永  邦  幸 委員`).
		const seated = SEATED_LINE.test(text);
		const heard = key === 'heard' && !seated ? readHeardMember(text) : null;
		if (heard) group.members.push(heard);
		else if (POST_ROLLS.has(key) && !seated) {
			// `〃　次長　加藤七子君`: the post above written again as a ditto mark; the entry keeps the row as written.
			const written = withDittoPost(text, group.members.at(-1)?.title ?? null);
			// `　　　　　　土　方　健　太　　　　永　田　奈津子` under `委　　員　　須　田　一　馬　…`: a committee's members listed on under
			// the post above (the line had been left out).
			const carried = CARRIED_ROLLS.has(key) && written === null && pending.post === null ? namesUnderPost(text, group, key === 'committee' || key === 'absentCommittee') : null;
			// (Each name under the post whose column it stands in, or after: `　　　　　　　　　吉　川　真　一` under the second
			// of `財政課長　山口恵子　　財政係長　中川翔` is a 財政係長.)
			const columns = carried === null ? undefined : rollColumns.get(group);
			if (carried !== null && columns !== undefined && columns.length > 0) {
				for (const cell of carried.cells) group.members.push(...readPostMembers(cell.text, { post: columns.findLast((column) => column.index <= cell.index)?.post ?? carried.post }));
				return;
			}
			// (`同課長補佐　　中　川　美　穂` under `総務課長　　寺　田　正　博`: 同 before the post is the office of the post above,
			// `総務課課長補佐`; it had been kept as the post `同課長補佐`.)
			const above = group.members.at(-1);
			const read = readPostMembers(written ?? text, carried !== null ? { post: carried.post } : pending);
			const members = above ? withDittoBrackets([above, ...read]).slice(1) : read;
			if (carried === null && members.length > 0) rollColumns.set(group, postColumns(text, members));
			const only = members[0];
			group.members.push(...(written !== null && members.length === 1 && only ? [{ ...only, text: trimSpaces(text) }] : members));
			// A line of the roll that names no one and heads no post below it is kept as a note, never dropped unread.
			if (members.length === 0 && pending.post === null && !isHeadCount(text) && !saysNone(text)) header.notes.push({ text: trimSpaces(text), line });
		} else {
			const vacant: string[] = [];
			group.members.push(...readMembers(text, group.members, vacant));
			for (const seat of vacant) header.notes.push({ text: seat, line });
		}
	};
	const readDate = (text: string, line: number): boolean => {
		const found = findDate(text);
		if (!found) return false;
		if (!found.ok) {
			diagnostics.push(error(found.code, line, found.message));
			return true;
		}
		header.date = found.iso;
		header.dateLine = line;
		header.dateSource = { text, sitting: false };
		for (const problem of found.warnings) diagnostics.push(warning(problem.code, line, problem.message));
		const times = findTimeRange(matchForm(text).slice(found.end));
		if (times?.start && header.start === null) header.start = times.start;
		// (`午前９時３０分～午前１１時１５分`: the end too.)
		if (times?.end && header.end === null) header.end = times.end;
		return true;
	};
	/**
	 * The sitting's own date line (`令和５年３月６日（月曜日）午前１０時開議`) wins over a date read before it from the
	 * session's period (`会期　令和５年２月２７日から…`) or the notice calling it (`招集`), which stays in the header's notes.
	 */
	/** Whether the date read so far is the session's (its period, the day it opened or was called), no sitting's day. */
	const sessionDated = (): boolean => header.dateSource !== null && (header.dateSource.field !== true || header.dateSource.called !== undefined) && sittingDay(unprefixed(header.dateSource.text), null) === null;
	const readSittingDate = (text: string, line: number): boolean => {
		const found = findDate(text);
		// (`第５日（２月28日）` under `会期　令和６年２月20日～３月22日`: the day in the session's year.)
		const yearless = found === null && header.date !== null && !header.dateSource?.sitting && sessionDated() ? sittingDay(text, Number(header.date.slice(0, 4))) : null;
		if (yearless !== null && header.date !== null && yearless > header.date) {
			const before = header.dateLine !== null && header.dateSource ? { text: header.dateSource.called ?? trimSpaces(header.dateSource.text), line: header.dateLine } : null;
			if (before) {
				const at = header.notes.findIndex((note) => note.line > before.line);
				header.notes.splice(at === -1 ? header.notes.length : at, 0, before);
			}
			header.date = yearless;
			header.dateLine = line;
			header.dateSource = { text, sitting: true };
			return true;
		}
		if (!found?.ok || header.dateSource?.sitting || found.iso === header.date) return false;
		const sitting = readSittingTime(matchForm(text).slice(found.end));
		// The day alone with its weekday (`令和６年９月12日（木曜日）`, `第５日　令和６年２月28日（水曜日）`) under the session's
		// period (`会期　令和６年２月20日から３月22日まで`) or a cover's `令和６年９月10日開会`: the sitting's own day as well.
		const day = sitting === null && sessionDated() && sittingDay(text, null) !== null;
		// (`開議` alone over the day and the clock, a header table copied one cell per line, after `招集年月日` and its day: the
		// sitting's day.)
		const opened = untimed !== null && ['開議', '開会'].includes(untimed.event) && untimed.lines < UNTIMED_CELLS && trimSpaces(matchForm(text).slice(found.end)) === '';
		if (!day && !opened && (!sitting || !['開議', '開会'].includes(sitting.event))) return false;
		const before = header.dateLine !== null && header.dateSource ? { text: header.dateSource.called ?? trimSpaces(header.dateSource.text), line: header.dateLine } : null;
		// (In the order of the lines: a cover's `…閉会` read after the `…開会` stays below it.)
		if (before) {
			const at = header.notes.findIndex((note) => note.line > before.line);
			header.notes.splice(at === -1 ? header.notes.length : at, 0, before);
		}
		header.start = null;
		readDate(text, line);
		if (header.dateSource) header.dateSource.sitting = true;
		if (sitting?.clock != null) header.start = sitting.clock;
		return true;
	};
	/** True inside `会議に付した事件` listed after the 議事日程's items (the same business again). */
	let repeated: { text: string; line: number } | null = null;
	// The rolls given by their count on the heading's line (`出席議員　　４６名`), with that count.
	const counts = new Map<ParticipantGroup, string>();
	/** A sitting event written without its clock (`開議`), waiting for the clock in the cells below it. */
	let untimed: { event: SittingEvent; lines: number } | null = null;
	/** The table of the members' attendance (`議員の出欠`), one cell per line or one row per line. */
	const attendance: Attendance = { present: { group: '出席議員', members: [] }, absent: { group: '欠席議員', members: [] }, marks: DEFAULT_MARKS, markFirst: null, pending: null };
	for (const [index, source] of lines.entries()) {
		const { text, line } = source;
		// `[出席委員]`, `［議題］`: a heading in square brackets is the heading.
		const key = headerKey(text);
		// `令和6年10月21日第4回みずなみ町議会臨時会は、みずなみ町議場に招集された。`: the place the sentence calls the session to (the
		// line read on as it is, for the assembly's name and the day).
		const called = header.location === null && current === null ? CALLED_TO.exec(trimSpaces(text))?.groups?.place : undefined;
		if (called !== undefined) header.location = called;
		// An item's number alone takes the line below as its words, whatever they say (`日程第１` / `会議録署名議員の指名`, which had
		// opened the field of the signers), and a table's blank cells end nothing.
		if (current?.key === 'agenda' && (key === '' ? inAgendaTable(header.agenda) : awaitsItemWords(header.agenda))) {
			if (key !== '') readAgendaLine(text, header.agenda);
			continue;
		}
		// The items of the 議事日程 run without a blank line; a blank line ends them, unless the next item follows it (a web copy
		// that sets every line apart by blank lines: `日程第 1 …` / `` / `日程第 2 …`, whose items after the first had been lost).
		if (key === '' && current?.key === 'agenda' && header.agenda.length > 0) {
			const next = lines[nextNonBlank(lines, index + 1)];
			if (!next || !numbersNextItem(next.text, header.agenda)) current = null;
		}
		// The attendance table's cells (a mark alone, `◯`, is a cell, not a line without text).
		if (current?.key === 'attendance' && trimSpaces(text) !== '') {
			if (readWordedAttendance(text, attendance) || readAttendance(text, attendance)) continue;
			current = null;
			attendance.pending = null;
		}
		if (key === '') repeated = null;
		// A rule ends them too, unless the next item follows it: what comes under it is the sitting's own account (`□開会に当たり、
		// 知事 …は、それぞれ次のあいさつを述べた。`, which had been run into the last item's words).
		if (key !== '' && current?.key === 'agenda' && header.agenda.length > 0 && isSeparator(text)) {
			const next = lines[nextNonBlank(lines, index + 1)];
			if (!next || !numbersNextItem(next.text, header.agenda)) current = null;
		}
		if (key === '' || isSeparator(text) || isPageMarker(text)) continue;
		// A sitting's day over its entries in a volume's 目次 (`第２日　９月１３日（金）` over `議案第５０号 ……… 12`) is no day of this
		// sitting, as the 目次's lines are notes (the first sitting had been dated by the last day its contents list).
		if (header.date !== null && headsContents(lines, index)) {
			header.notes.push({ text: trimSpaces(text), line });
			continue;
		}
		if (header.date !== null && readSittingDate(unprefixed(text), line)) continue;
		const dated = findDate(text);
		// (`令和六年二月二十八日　議事日程第三号`: the day's 議事日程, a heading, not the date again.)
		const headsAgenda = dated?.ok === true && /^議事日程/u.test(compact(matchForm(text).slice(dated.end)));
		if (header.date !== null && dated?.ok && !headsAgenda && dated.iso === header.date && compact(matchForm(text).slice(0, dated.end)).length + 2 >= compact(matchForm(unprefixed(text)).slice(0, dated.end)).length) {
			// The date again (with the sitting time after it): only the time is new.
			const times = findTimeRange(matchForm(text).slice(dated.end));
			if (current?.key === 'agenda') {
				header.scheduled ??= times?.start ?? null;
				continue;
			}
			// (`閉　　　会　　令和６年１月２６日　午前１０時１５分`: a field of the sitting's close gives its end.)
			if (times?.start && header.end === null && CLOSE_FIELD.test(compact(matchForm(unprefixed(text))))) {
				header.end = times.start;
				continue;
			}
			if (times?.start && header.start === null) header.start = times.start;
			if (times?.end && header.end === null) header.end = times.end;
			continue;
		}
		// (`３．開　　議　　午前９時３０分`: the event's word spaced out as a field's name, read closed up.)
		// (`開　　　会　　１月２５日　午前９時３０分`: a field of the sitting's opening or close with the sitting's day before the
		// clock, read without the day.)
		const sitting = readSittingTime(withoutSittingDay(unprefixed(text), header.date).replace(SPACED_EVENT, '$<lead>$<first>$<second>'));
		// A sitting time after the items of the 議事日程 is the sitting's own, not the time it was called for.
		if (sitting && current?.key === 'agenda' && header.agenda.length > 0) current = null;
		if (sitting) {
			if (current?.key === 'agenda' && ['開議', '開会'].includes(sitting.event)) header.scheduled ??= sitting.clock;
			if (current?.key !== 'agenda' && header.start === null && ['開議', '開会', '再開'].includes(sitting.event)) header.start = sitting.clock;
			// (`閉　　　会　　１月２５日　午前１０時１５分`: so does a field of its close give its end.)
			if (current?.key !== 'agenda' && header.end === null && sitting.clock !== null && CLOSING_EVENTS.has(sitting.event)) header.end = sitting.clock;
			// `開議` alone, its day and clock in the cells below (a header table copied one cell per line).
			untimed = sitting.clock === null && current?.key !== 'agenda' ? { event: sitting.event, lines: 0 } : null;
			continue;
		}
		// (`３．開会　午前１０時００分　　閉会　午前１０時５５分`: the fields of the opening and the close side by side on one line.)
		const fields = current?.key === 'agenda' ? null : readSittingFields(unprefixed(text));
		if (fields) {
			for (const field of fields) {
				if (header.start === null && ['開議', '開会', '再開'].includes(field.event)) header.start = field.clock;
				if (header.end === null && CLOSING_EVENTS.has(field.event)) header.end = field.clock;
			}
			continue;
		}
		const clock = untimed !== null && untimed.lines < UNTIMED_CELLS ? CLOCK_CELL.exec(compact(text)) : null;
		if (untimed !== null && clock !== null) {
			const time = findTimeRange(compact(text))?.start ?? null;
			if (['開議', '開会'].includes(untimed.event)) header.start ??= time;
			else if (CLOSING_EVENTS.has(untimed.event)) header.end ??= time;
			untimed = null;
			continue;
		}
		if (untimed !== null) untimed.lines++;
		// (The lines of `会議に付した事件` after the 議事日程 up to a blank line or the next heading: notes.)
		// (`議事日程に同じ` under it adds nothing, the heading included.)
		if (repeated && !HEADER_KEYS.some((entry) => entry.pattern.test(key)) && !SAME_AS_AGENDA.test(key)) {
			if (!header.notes.includes(repeated)) header.notes.push(repeated);
			header.notes.push({ text: trimSpaces(text), line });
			continue;
		}
		repeated = null;
		if (SAME_AS_AGENDA.test(key)) continue;
		// The agenda's next numbered item, whatever its words (`3.会議録署名議員の指名` after `2.開  議`), is an item.
		if (current?.key === 'agenda' && isNextAgendaItem(text, header.agenda)) {
			readAgendaLine(text, header.agenda);
			continue;
		}
		// A line of the table of contents (`○日程第１ 会議録署名議員の指名 ……… 3`, `出席議員　………　１`) names no assembly and
		// opens no roll: a note, kept (a volume's 目次 had opened the roll of members with its page numbers).
		if (TOC_LINE.test(text)) {
			header.notes.push({ text: trimSpaces(text), line });
			continue;
		}
		// `出席議員（８名）` / `　応招議員に同じ`: the roll read above again, no other group (`に同じ` had been its member).
		if (current?.group && current.group.members.length === 0 && SAME_ROLL.test(key)) {
			header.participants.splice(header.participants.indexOf(current.group), 1);
			current = null;
			continue;
		}
		// `書　記` alone after those who explain, over entries of post and name (`総務係長　　甲　斐　涼　子`): the staff's heading, as
		// `事務局` alone is (the clerks had been more of those who explain); over a name alone it is that name's post.
		if (key === '書記' && current?.group && current.key !== 'staff' && headsPostedEntries(lines, index)) {
			closeWaiting();
			const staff: ParticipantGroup = { group: ROLL_GROUPS.staff ?? '事務局職員', members: [] };
			current = { key: 'staff', group: staff, pending: { post: null } };
			header.participants.push(staff);
			continue;
		}
		// `議席番号　氏　　名　　議席番号　氏　　名` with no heading over it (a table of seats drawn right under the day): the members
		// present (its rows had been notes).
		if ((current === null || current.group === null) && TABLE_ROLL_HEADS.test(key) && !header.participants.some((group) => group.group === ROLL_GROUPS.present)) {
			closeWaiting();
			const present: ParticipantGroup = { group: ROLL_GROUPS.present ?? '出席議員', members: [] };
			current = { key: 'present', group: present, pending: { post: null } };
			header.participants.push(present);
			continue;
		}
		const opened = HEADER_KEYS.find((entry) => entry.pattern.test(key));
		if (opened) {
			const rest = afterHeading(text, opened.pattern);
			// (A 分科会's rolls keep its word: `出席分科員`, `欠席分科員`.)
			const group = /^(?:出席|欠席)分科員/u.exec(key)?.[0] ?? ROLL_GROUPS[opened.key] ?? WORD_ROLLS[opened.key]?.exec(key)?.[0];
			// `出席議員　　応招議員に同じ`: the roll read above (the members who answered the call) again, no other group.
			if (SAME_ROLL.test(compact(rest))) {
				current = null;
				continue;
			}
			closeWaiting();
			current = { key: opened.key, group: group ? { group, members: [] } : null, pending: { post: null } };
			if (current.group) header.participants.push(current.group);
			if (opened.key === 'date') {
				// (A date on a line of its own above it, the day a 招集告示 was issued (`令和６年３月１２日` under `…を下記により招集する。`),
				// gives way to the field: it stays in the header's notes.)
				// (`３．開議年月日　平成21年９月25日` after `１．開会年月日　平成21年９月11日`: the sitting's own day, not the session's first.)
				const sittingDay = /^開議/u.test(key) && header.dateSource !== null && !header.dateSource.sitting && findDate(rest)?.ok === true;
				const loose = header.dateSource !== null && !header.dateSource.sitting && (header.dateSource.field !== true || sittingDay) && findDate(rest)?.ok === true;
				if (loose && header.dateLine !== null && header.dateSource) header.notes.push({ text: trimSpaces(header.dateSource.text), line: header.dateLine });
				if (header.date === null || loose) {
					readDate(rest, line);
					if (header.dateSource) header.dateSource.field = true;
					if (header.dateSource && /^開議/u.test(key)) header.dateSource.sitting = true;
					if (header.dateSource && /招集/u.test(key)) header.dateSource.called = trimSpaces(unprefixed(text));
				}
				current = null;
			} else if (opened.key === 'name') {
				header.naming.push({ text: rest, line });
				current = null;
			} else if (opened.key === 'location') {
				header.location = rest.replace(/^於[\s\u3000]*/u, '') || null;
				// `招集の場所` alone, the place on the line below (a header table copied one cell per line).
				if (header.location !== null) current = null;
			} else if (opened.key === 'agenda') {
				header.naming.push({ text: key, line });
				// `会議に付した事件` after the 議事日程's items: the same business again, kept as notes (its lines had been run
				// into the agenda's last item).
				if (header.agenda.length > 0 && /会議に付した事件/u.test(key)) {
					current = null;
					repeated = { text: trimSpaces(text), line };
					continue;
				}
				// (`議　事　日　程　第一号　平成五年九月二十八日（火曜日）`: the day of the sitting after the 議事日程's number, the record's
				// only date; it had been passed over, and the record refused as undated.)
				if (rest !== '' && !findDate(rest)?.ok) readAgendaLine(rest, header.agenda);
				else if (rest !== '' && header.date === null) readDate(rest, line);
			} else if (opened.key === 'notes') header.notes.push({ text: trimSpaces(text), line });
			else if (opened.key === 'attendance') {
				header.notes.push({ text: trimSpaces(text), line });
				attendance.marks = attendanceMarks(text);
				if (!header.participants.includes(attendance.present)) header.participants.push(attendance.present, attendance.absent);
			}
			// `欠席議員（なし）`, `不応招議員(なし)`: a roll that says it lists no one ends on its heading's line (the lines after it
			// had been read as its members: the record's own title, a clock time).
			else if (current.group && saysNone(rest)) current = null;
			// `出席議員　　４６名`, `本日の出席議員　議長共104名`: how many came, a note on the roll (a 全員協議会 names no one; it had
			// been a member named 議長共104名, or a roll said to list no one).
			// (`出席議員　　１０名（欠席なし）`: a word on the count in brackets after it, kept with it; it had been a member.)
			else if (current.group && HEAD_COUNT.test(key.replace(opened.pattern, ''))) {
				const said = HEAD_COUNT.exec(key.replace(opened.pattern, ''))?.groups?.note;
				counts.set(current.group, `${replaceSpaceRuns(WRITTEN_COUNT.exec(text)?.[0] ?? '', '')}${said === undefined ? '' : `（${said}）`}`);
			}
			// `欠席議員　１名（１５番　大　川　浩　司）`: the count, then its members in brackets.
			else if (rest !== '' && current.group) readRoll(opened.key, current.group, COUNTED_MEMBERS.exec(rest)?.groups?.members ?? rest, current.pending, line);
			continue;
		}
		// `□開会に当たり、知事 野口昭彦君、議長 岩名秀人君は、それぞれ次のあいさつを述べた。` after the roll: a sentence ends it,
		// and is kept as a note (it had been read as the roll's row and lost).
		if (current?.group && /[。．]$/u.test(trimSpaces(text))) current = null;
		// `開会・開議の宣告`, `諸般の報告` right under the roll: a heading of the sitting's order, kept as a note (it had been read as a
		// member of the roll).
		if (current?.group && SITTING_HEADING.test(compact(text))) {
			current = null;
			header.notes.push({ text: trimSpaces(text), line });
			continue;
		}
		// `議事の経過`, `会議の経過`, `会議録` alone under the roll, as a village's page heads the record: the record's label, kept as a
		// note (it had been read as a member of the roll); so under a committee's list of its business (`８　付託案件` / … /
		// `９　会議の経過`, which had been its last item).
		if ((current?.group || current?.key === 'agenda') && text.length <= 40) {
			const label = matchSectionLine(text);
			if (label?.key === 'body' && label.rest === '') {
				current = null;
				header.notes.push({ text: trimSpaces(text), line });
				continue;
			}
		}
		// `日程第１　議長の選挙` under the roll, no 議事日程 heading above it: the agenda's item, no member (it had been read as one).
		if (current?.group && /^日程第[0-9一二三四五六七八九十]{1,3}[^0-9一二三四五六七八九十号]/u.test(compact(unprefixed(text)))) {
			closeWaiting();
			current = { key: 'agenda', group: null, pending: { post: null } };
			readAgendaLine(text, header.agenda);
			continue;
		}
		// `応招しなかった議員` / `なし`: a roll that says on the line under its heading that it lists no one ends there (the record's
		// title below the rules after it had been read as its member).
		if (current?.group && current.group.members.length === 0 && saysNone(trimSpaces(unprefixed(text)))) {
			current = null;
			continue;
		}
		// `応招しなかった議員` / `木原 大輔君` / rules / `令和5年 第2回(臨時)東 川 町 議 会 会 議 録(第1日)`: the record's title under a
		// roll above it ends the roll and names the record (it had been read as one more member who did not come).
		if (current?.group && current.group.members.length > 0 && RECORD_TITLE.test(compact(unprefixed(text)))) current = null;
		if (current?.group) {
			readRoll(current.key, current.group, text, current.pending, line);
			waiting = current.pending.post === null ? null : { text: trimSpaces(text), line, pending: current.pending };
			continue;
		}
		if (current?.key === 'location') {
			header.location = trimSpaces(unprefixed(text)).replace(/^於[\s\u3000]*/u, '') || null;
			current = null;
			continue;
		}
		if (current?.key === 'agenda') {
			if (header.date === null && findDate(text)?.ok) readDate(text, line);
			else readAgendaLine(text, header.agenda);
			continue;
		}
		// `平成２９年第１回` alone over `みどり川環境衛生組合議会臨時会会議録`: the session's year and number, the title's first line.
		if (header.naming.length === 0 && ERA_SESSION_ALONE.test(compact(key))) {
			header.naming.push({ text: key, line });
			continue;
		}
		if (/議会|定例会|臨時会|定例市会|臨時市会|会議録/u.test(key) || CITY_ASSEMBLY_RE.test(key)) {
			header.naming.push({ text: key, line });
			// A minutes system's title line with the day (`令和4年 第3回定例会(第3号) 本文 2022年09月08日`, `2023.12.14 : …`).
			if (header.date === null && findDate(text)?.ok) readDate(unprefixed(text), line);
			continue;
		}
		if (header.date === null && readDate(unprefixed(text), line)) continue;
		if (header.location === null && /(?:議場|会議室|委員会室|庁舎)$/u.test(key)) {
			header.location = trimSpaces(unprefixed(text)).replace(/^於[\s\u3000]*/u, '');
			continue;
		}
		// `議長                  石川光太郎君` / `副議長                 齋藤正一君` above the roll, as a prefecture sets the chair apart
		// from the members by seat: the chair and the deputy, not notes.
		const chair = current === null ? CHAIR_LINE.exec(text)?.groups : undefined;
		if (chair) {
			let group = header.participants.find((entry) => entry.group === CHAIR_GROUP);
			if (!group) {
				group = { group: CHAIR_GROUP, members: [] };
				header.participants.push(group);
			}
			group.members.push({ text: trimSpaces(text), name: readPaddedName(chair.name ?? '') || null, title: compact(chair.post ?? '') || null, affiliation: null });
			continue;
		}
		header.notes.push({ text: trimSpaces(text), line });
	}
	closeWaiting();
	// A roll given by its count alone is that count, as a note (`出席議員（４６名）`); the same roll listed by name below its count
	// (`本日の出席議員　議長共104名` over `出　席　議　員` / `議　長　…`) takes the count.
	for (const [group, count] of counts) {
		if (group.members.length > 0) continue;
		const listed = header.participants.find((other) => other !== group && other.group === group.group && other.members.length > 0);
		if (listed) listed.note ??= count;
		else group.note = count;
	}
	for (const group of header.participants) {
		if (group.members.length === 0 && !counts.has(group) && !['欠席議員', '欠席委員', '欠席分科員'].includes(group.group)) diagnostics.push(warning('empty-group', null, `participant group "${group.group}" lists no members`));
	}
	header.participants = header.participants.filter((group) => group.members.length > 0 || (group.note !== undefined && counts.has(group)));
	// `応招議員` and `出席議員` (or `不応招議員` and `欠席議員`) listing the same members: one roll, read once.
	const names = (group: ParticipantGroup) => group.members.map((member) => member.name ?? member.text).sort().join('、');
	// (The one that says more of them is kept, in the first one's place: `出席議員` by seat, `1番 石川 和也君`, over the members
	// called above the title, `石川 和也君`, whose seats it had dropped.)
	const written = (group: ParticipantGroup) => group.members.reduce((sum, member) => sum + member.text.length, 0);
	header.participants = header.participants.flatMap((group, index) => {
		if (header.participants.slice(0, index).some((before) => before.group === group.group && names(before) === names(group))) return [];
		const fuller = header.participants.slice(index + 1).filter((after) => after.group === group.group && names(after) === names(group) && written(after) > written(group));
		return [fuller.reduce((best, after) => (written(after) > written(best) ? after : best), group)];
	});
	splitTrailingClerks(header.participants);
	return header;
}

/** A post of the assembly's own office (NFKC, spaceless): `議会事務局長`, `事務局長`, `事務局次長`, `次長`, `係長`, `主査`, `書記`. */
const CLERK_POST = /^(?:(?:議会)?事務局)?(?:長|次長|局長|参事|主幹|係長|主査|主任|主事|書記|書記長)$|^書記/u;

/**
 * The assembly's clerks listed last among those who explain, under no heading of their own (`説明のため出席した者` / `村長 …` …
 * `事務局長　藤　本　　　守` / `書記　松　尾　理　恵`): the staff's roll, when the run ends with a 書記 (a joint body's 事務局長
 * who explains the business stands among the officials, with no clerk after him).
 */
function splitTrailingClerks(participants: ParticipantGroup[]): void {
	if (participants.some((group) => group.group === ROLL_GROUPS.staff)) return;
	const officials = participants.find((group) => group.group === ROLL_GROUPS.officials);
	if (!officials) return;
	const isClerk = (member: Member): boolean => member.title !== null && CLERK_POST.test(compact(member.title));
	let first = officials.members.length;
	while (first > 0 && isClerk(officials.members[first - 1] as Member)) first--;
	const clerks = officials.members.slice(first);
	if (first === 0 || !clerks.some((member) => /^書記/u.test(compact(member.title ?? '')))) return;
	officials.members.splice(first);
	participants.splice(participants.indexOf(officials) + 1, 0, { group: ROLL_GROUPS.staff as string, members: clerks });
}

/** A naming line up to the assembly's name and its session's word, which come before the committee's name. */
const AFTER_ASSEMBLY_NAME = new RegExp(`^.*?${ASSEMBLY_WORD}(?:定例会|臨時会|定例月議会)?`, 'u');
const CITY_ASSEMBLY_RE = new RegExp(CITY_ASSEMBLY, 'u');

/** A municipality's office where a committee met (`もみじ町役場３階`, `あおい市役所　第２委員会室`, NFKC or not), before its words. */
const MUNICIPAL_OFFICE = /^(?:[^\s\u3000]{2,3}[都道府県])?(?<name>[^\s\u3000]{1,10}?[市町村])(?:役場|役所)/u;

/** The assembly of the town whose office a place names (`もみじ町役場３階` → `もみじ町議会`), else null. */
function officeAssembly(place: string): string | null {
	const name = MUNICIPAL_OFFICE.exec(trimSpaces(place))?.groups?.name;
	return name === undefined ? null : `${name}議会`;
}

/** The words a chair opens a sitting with, before the body's name: `ただいまから`, `これより`, as a regex source. */
const CHAIR_OPENING = '(?:ただいまから|ただ今から|只今から|これより|これから)';
/** The chair's words up to where the assembly's name may start. */
const CHAIR_OPENS = new RegExp(`^.*?${CHAIR_OPENING}`, 'u');
/** The committee the chair's words open: `これより議会運営委員会を開会いたします`. */
const OPENED_COMMITTEE = new RegExp(`${CHAIR_OPENING}(?<name>[^\\s、。]{1,20}委員会)を(?:開会|開き)`, 'u');
/** An assembly's word after a session's only (`定例県議会`, `臨時市議会`): no assembly's name. */
const SESSION_ASSEMBLY = /^(?:定例|臨時)?[都道府県市区町村]議会$/u;

/** The assembly, its committee and the session label from the naming lines (then the chair's opening words). */
export function readNaming(naming: readonly string[]): { assembly: string | null; committee: string | null; session: string | null; sitting: string | null } {
	const texts = naming.map((text) => compact(text));
	// `令和6年第1回定例会ひがし区議会会議録`: the name starts after the session.
	// (`令和6年度おみ村子ども議会`: the fiscal year before the name is none of it; 度会町議会 keeps its 度.)
	// (`会議録検索システム　こがね市議会`, `みなと市議会 会議録検索システム`, a minutes system's page title: the system's name
	// is none of the assembly's, which stands before or after it.)
	// (`令和５年９月定例県議会を開会いたします`: a session's words before the assembly's word name no assembly; in the chair's
	// opening words the name starts after them, `ただいまから大月市議会定例会を…` had been ただいまから大月市議会.)
	const assembly = texts.map((text) => ASSEMBLY_NAME.exec(text.replace(CHAIR_OPENS, ' ').replace(/(?:令和|平成|昭和)?[0-9元]{1,4}年度/gu, ' ').replace(/(?:会議録|議事録)(?:検索)?システム/gu, ' '))?.groups?.name?.replace(/^.*(?:定例会|臨時会|月議会)/u, '')).find((name) => name !== undefined && name !== '' && !SESSION_ASSEMBLY.test(name)) ?? null;
	// The committee after the assembly's name; 議会運営委員会 is a committee too (its 議会 is not the assembly's name).
	// `みさと町議会定例会予算決算常任委員会`: the session's word after the assembly's name is no part of the committee's.
	const inHeader = texts.slice(0, -1).map((text) => COMMITTEE.exec(text.replace(AFTER_ASSEMBLY_NAME, ''))?.groups?.name);
	// In the chair's opening words only the committee being opened counts (`これより議会運営委員会を開会いたします`).
	const opened = OPENED_COMMITTEE.exec(texts.at(-1) ?? '')?.groups?.name;
	const committee = [...inHeader, opened].find(Boolean) ?? null;
	let session: string | null = null;
	// (`平成２９年第１回` / `みどり川環境衛生組合議会臨時会会議録`: a title centred on two lines is read as one, after each alone.)
	for (const text of [...texts, ...texts.slice(1).map((text, i) => `${texts[i]}${text}`)]) {
		const match = SESSION.exec(text);
		// (A PDF's running head, `令和６年１２月１０日　　ゆうひ市議会定例会会議録（第３号）`, dates the sitting: its month and day name no
		// session, where `令和6年12月定例会` had been read from it over the title's `第４回`.)
		if (!match?.groups || /[0-9]日/u.test(match[0])) continue;
		const g = match.groups;
		const kind = /定例/u.test(g.kind ?? '') && !/月議会/u.test(g.kind ?? '') ? '定例会' : /臨時/u.test(g.kind ?? '') ? '臨時会' : (g.kind ?? '');
		const digits = (value: string | undefined): string | undefined => (value === undefined ? undefined : String(parseNumeral(value) ?? value));
		const n = digits(g.n ?? g.n2 ?? g.n3);
		const year = g.year === '元' ? '元' : digits(g.year);
		// `平成57年 6月 定例会` over `昭 和 五十七年 熊本県議会六月定例会会議録`: a minutes system files an older era's records
		// under the era it knows; the record's own line naming another era for the same year wins (昭和57年).
		const era = texts.filter((other) => other !== text).flatMap((other) => [...other.matchAll(ERA_YEAR)]).find((found) => found.groups?.era !== g.era && parseNumeral(found.groups?.year === '元' ? '1' : (found.groups?.year ?? '')) === (g.year === '元' ? 1 : parseNumeral(g.year ?? '')))?.groups?.era;
		session = `${era ?? g.era}${year}年${n ? `第${n}回` : g.month ? `${digits(g.month)}月` : ''}${kind}`;
		break;
	}
	for (const text of session === null ? texts : []) {
		const g = SESSION_YEAR_AFTER.exec(text)?.groups;
		if (!g) continue;
		const digits = (value: string | undefined): string => (value === '元' ? '元' : String(parseNumeral(value ?? '') ?? value));
		session = `${g.era}${digits(g.year)}年第${digits(g.n)}回${/定例/u.test(g.kind ?? '') ? '定例会' : /臨時/u.test(g.kind ?? '') ? '臨時会' : g.kind}`;
		break;
	}
	for (const text of session === null ? texts : []) {
		const g = SESSION_SINCE_FIRST.exec(text)?.groups;
		if (!g) continue;
		session = `第${parseNumeral(g.n ?? '') ?? g.n}回${/定例/u.test(g.kind ?? '') ? '定例会' : '臨時会'}`;
		break;
	}
	// A title with the year and no session (`令和六年東京都議会会議録第三号`): the year is the session's label.
	for (const text of session === null ? texts.slice(0, -1) : []) {
		const g = TITLE_YEAR.exec(text)?.groups;
		if (!g) continue;
		session = `${g.era}${g.year === '元' ? '元' : (parseNumeral(g.year ?? '') ?? g.year)}年`;
		break;
	}
	// The record's number (`第1号`) over the session's day (`第1日`) when the lines give both (`…定例会 第1日` over `議事日程（第1号）`).
	const numbers = texts.flatMap((text) => {
		const match = SITTING_NUMBER.exec(text.replace(SESSION, ''));
		return match?.groups ? [`第${parseNumeral(match.groups.n ?? match.groups.dash ?? '')}${match.groups.unit}`] : [];
	});
	const sitting = numbers.find((number) => number.endsWith('号')) ?? numbers[0] ?? null;
	return { assembly, committee, session, sitting };
}

/** How far before the transcript's first line a clock alone may stand for the start (`(午後 4時00分)` / `◎開会及び開議の宣告` / the chair's words). */
const OPENING_CLOCK_BEFORE = 3;

/** The end time: the clock of the last closing sitting line. */
function endTime(lines: readonly SourceLine[]): string | null {
	return closingTime(lines.map((source) => unprefixed(source.text)));
}

/** A numbered item of the agenda as a heading under a rule: `1.議案等について`. */
const NUMBERED_HEADING = /^[0-9０-９]{1,2}[.．][\s\u3000]*\S.{0,60}$/u;

/** What a heading spaced out letter by letter names (`開　議　の　宣　告`, `町 政 一 般 に 対 す る 質 問`): the business of a sitting. */
const SPACED_HEADING_WORD = /(?:宣告|報告|質問|質疑|指名|決定|選挙|日程|議題|休憩|再開|散会|閉会|開会|開議|延会|承認|採決|討論|説明|提出|上程|付託|議決|同意|認定|表決|動議|発言|挨拶|あいさつ|について|の件|事件|案件)$/u;

/**
 * A heading written with a space between its letters, as town assemblies' transcripts centre them (`開     議     の     宣     告`,
 * `議  事  日  程  の  報  告`): three or more letters, each apart, naming business (a padded name, `福  永  邦  幸`, names none).
 * Its title without the spaces, or null.
 */
export function spacedHeading(text: string): string | null {
	if (text.length > 200) return null;
	const letters = trimSpaces(text).split(/[\s\u3000]+/u);
	if (letters.length < 3 || letters.length > 30 || !letters.every((letter) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー0-9０-９]$/u.test(letter))) return null;
	const title = letters.join('');
	return SPACED_HEADING_WORD.test(title) ? title : null;
}

/** A member's name under ◇ and a space, then 君 or 議員: `◇ 北 川 由 佳 君`, `◇ 北川由佳君`, `◇　佐久間　　亮　君` (padded to its cell). */
const MEMBER_HEADING = /^◇[\s\u3000]+(?<name>[\p{Script=Han}々](?:[\s\u3000]{0,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]){1,7})[\s\u3000]*(?<title>君|議員)$/u;

/** `◇ 北 川 由 佳 君`: a minutes system's heading over a member's general questions (a space after ◇, the name and 君 alone), or null. */
function memberHeading(text: string): string | null {
	const member = MEMBER_HEADING.exec(trimSpaces(text))?.groups;
	return member ? `${(member.name ?? '').replace(/[\s\u3000]/gu, '')}${member.title}` : null;
}

/** A heading line of the transcript: `◎開議の宣告`, `△日程第1　会議録署名議員の指名`, `日程第１　…`, `1.議案等について` under a rule, `開　議　の　宣　告`. */
function bodyHeading(text: string, ruled: boolean): string | null {
	const trimmed = trimSpaces(text);
	const spaced = spacedHeading(trimmed);
	if (spaced !== null) return spaced;
	if (ruled && NUMBERED_HEADING.test(trimmed) && !/[。、]/u.test(trimmed)) return trimmed;
	const marked = /^[◎△▽☆〇◯○]\s*(?<title>\S.{0,60})$/u.exec(trimmed);
	if (marked?.groups && !/。$/u.test(trimmed)) return trimSpaces(marked.groups.title ?? '');
	if (/^日程[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十]+/u.test(trimmed) && [...trimmed].length <= 80 && !trimmed.includes('。')) return trimmed;
	return null;
}

/** A line of a 目次: leaders, then the page number (`○開会の宣告 ……… 3`, `日程第２ 会期の決定 ･･････ 12`). */
const TOC_LINE = /(?:[…‥･・.．]{3,}|[-－―]{4,})[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*$/u;

/** Whether the line at `index` is a sitting's day whose next line with text is a line of a 目次 (`第２日　９月１３日（金）` / `議案第５０号 ……… 12`). */
function headsContents(lines: readonly SourceLine[], index: number): boolean {
	if (sittingDay(unprefixed(lines[index]?.text ?? ''), null) === null) return false;
	return TOC_LINE.test(lines[nextNonBlank(lines, index + 1)]?.text ?? '');
}

/** How often a short line naming the 会議録 comes in a transcript before it is taken for a page header. */
const RUNNING_REPEATS = 2;
const RUNNING_MAX = 40;

/** Short lines holding 会議録 and no sentence that the transcript repeats (a PDF's page header), compacted as `running` holds them. */
function repeatedRecordLines(lines: readonly SourceLine[]): string[] {
	const counts = new Map<string, number>();
	for (const source of lines) {
		if (!source.text.includes('録') || source.text.length > RUNNING_MAX * 2) continue;
		const text = compact(unprefixed(source.text));
		if (!/(?:議会|委員会)(?:定例会|臨時会)?会議録/u.test(text) || [...text].length > RUNNING_MAX || /[。、]/u.test(text) || readTurn(source.text) !== null) continue;
		counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	return [...counts].filter(([, count]) => count >= RUNNING_REPEATS).map(([text]) => text);
}

/** Lines next to a page number that a PDF's page header or footer holds: how near, and how long at most. */
const FURNITURE_REACH = 2;

/**
 * Short lines that stand next to the page numbers again and again (`令和６年第２回定例会（第２号）` under each `－ 13 －`): a
 * PDF's running header or footer, compacted. A line seen once, a turn or a sentence is never one.
 */
function pageFurniture(lines: readonly SourceLine[], numbers: ReadonlySet<number> = new Set()): Set<string> {
	const counts = new Map<string, number>();
	const isMarker = (source: SourceLine | undefined): boolean => source !== undefined && (isPageMarker(source.text) || numbers.has(source.line));
	lines.forEach((source, index) => {
		if (!isMarker(source)) return;
		const near = new Set<string>();
		for (let i = Math.max(0, index - FURNITURE_REACH); i <= Math.min(lines.length - 1, index + FURNITURE_REACH); i++) {
			const text = lines[i]?.text ?? '';
			if (i === index || text.trim() === '' || text.length > RUNNING_MAX * 2 || isMarker(lines[i]) || /[。、]/u.test(text) || readTurn(text) !== null) continue;
			// (`（拍手）`, `午前１０時４２分休憩`, a rule: the proceedings', however often they fall by a page number.)
			if (isStageDirection(text) || isSeparator(text) || readSittingTime(text) !== null || bodyHeading(text, false) !== null) continue;
			const key = compact(unprefixed(text));
			if (key !== '' && [...key].length <= RUNNING_MAX) near.add(key);
		}
		for (const key of near) counts.set(key, (counts.get(key) ?? 0) + 1);
	});
	return new Set([...counts].filter(([, count]) => count >= RUNNING_REPEATS).map(([key]) => key));
}

/** A page's number alone on its line, as pdftotext gives a PDF's footer without dashes: `2`, `１２`. */
const BARE_PAGE_NUMBER = /^[\s\u3000]*(?<number>[0-9０-９]{1,4})[\s\u3000]*$/u;
/** How many such numbers, counting up one by one, make the file's page numbers. */
const BARE_PAGES_MIN = 2;

/**
 * The lines of page numbers written bare (`1` … `2` … `3`, pdftotext's footer of a PDF without dashes around them): numbers alone
 * on their lines that count up by one through the file, at least two; none when they do not.
 */
function barePageNumbers(lines: readonly SourceLine[]): Set<number> {
	const found: { line: number; value: number }[] = [];
	for (const source of lines) {
		const number = source.text.length <= 24 ? BARE_PAGE_NUMBER.exec(source.text)?.groups?.number : undefined;
		if (number !== undefined) found.push({ line: source.line, value: Number(matchForm(number)) });
	}
	if (found.length < BARE_PAGES_MIN || !found.every((entry, at) => at === 0 || entry.value === (found[at - 1]?.value ?? 0) + 1)) return new Set();
	return new Set(found.map((entry) => entry.line));
}

/** Title lines looked at for a year written apart from the day. */
const YEAR_LINES = 3;

/** The date of a header that writes the year in its first lines and the day apart from it, or null. */
function yearAndDay(lines: readonly SourceLine[]): string | null {
	const texts = lines.filter((source) => trimSpaces(source.text) !== '');
	// (A sitting's day, `２月28日（水曜日）　第５日`, before a session's period above it, `会期日程　２月20日から３月22日まで`.)
	const days = texts.filter((source) => sittingDay(unprefixed(source.text), null) !== null);
	return findYearAndDay(texts.slice(0, YEAR_LINES), days)?.iso ?? findYearAndDay(texts.slice(0, YEAR_LINES), texts)?.iso ?? null;
}

/** The posts of an assembly's sitting that follow a surname in an unmarked label (`谷議長　…`, `川上議員　…`, `枡富町長　…`). */
const CHAMBER_POST = '(?:副?議長|議員|副?(?:市|町|村|区)長|教育長)';

/**
 * A turn without its mark: a post or a seat, then the member in brackets with 君 (`議長(細川運一君) おはようございます。`,
 * `総務課長(橋爪 晋君) …`; a surname of one letter too, `議員（東）　…`, which had run into the turn before), a member's full name with 君 and a space before the words (`木佐木大助君　日本共産党の…`), or a surname and
 * the sitting's post (`谷議長　ただいまから…`, `川上議員　…`, `枡富町長　…`).
 */
const UNMARKED_TURN = new RegExp(
	`^[\\s\\u3000]*(?=[^\\s\\u3000（()）]{1,20}[（(](?:${BRACKETED_MEMBER}|[\\p{Script=Han}々ヶ]{1,6}(?:[ \\u3000][\\p{Script=Han}々ヶ\\p{Script=Hiragana}]{1,4})?(?=[）)][ \\u3000]))[）)]|[\\p{Script=Han}々ヶ]{2,6}君[ \\u3000]+\\S)`,
	'u',
);
/** (Only in a file already taken for an assembly's, as its recognition does not look for them: a committee's `村上委員長　…` is a council's.) */
const UNMARKED_CHAMBER_TURN = new RegExp(`^[\\s\\u3000]*[\\p{Script=Han}々ヶ]{1,4}${CHAMBER_POST}[ \\u3000]+\\S`, 'u');
/** True when the line's first word is a header field's or roll's heading (`不応招議員　なし`, `出席議員　１０名`). */
function opensHeaderField(text: string): boolean {
	const key = headerKey(trimSpaces(text).split(/[\s\u3000]/u)[0] ?? '');
	return HEADER_KEYS.some((entry) => entry.pattern.test(key));
}

/** How many such lines make a transcript whose turns carry no mark. */
const UNMARKED_TURNS_MIN = 2;

/**
 * The lines of a transcript that writes no turn marks (some exports drop the ○), each turn marked as the readers know it;
 * the lines as they are when any line is a marked turn or fewer than two lines are such turns.
 */
function markUnmarkedTurns(lines: readonly SourceLine[]): readonly SourceLine[] {
	if (lines.some((source) => readTurn(source.text) !== null)) return lines;
	let turns = 0;
	let alone = 0;
	let first = -1;
	const marked = lines.map((source, at) => {
		// (A roll's heading with its word on the line, `不応招議員　なし`, `欠席議員　２名`, is no member's turn.)
		const turn = readUnmarkedTurn(source.text) ?? (UNMARKED_CHAMBER_TURN.test(source.text) && !opensHeaderField(source.text) ? readTurn(`○${trimSpaces(source.text)}`) : null);
		// `番外　大西町長` alone over the words: an official outside the members' seats, by surname and post (as a town's record
		// typed in Word labels them beside `議長（田村君）`); it had run into the chair's words above as their last line.
		const outside = turn === null ? OUTSIDE_SEATS_ALONE.exec(trimSpaces(source.text))?.groups?.label : undefined;
		if (outside !== undefined && parseNameLabel(outside).title !== null && readTurn(`○${outside}`)?.speech === '') {
			turns++;
			alone++;
			if (first < 0) first = at;
			return { ...source, text: `○${outside}` };
		}
		const typed = turn === null ? postNameTurnLine(lines, at) : null;
		if (turn === null && typed === null) return source;
		turns++;
		if (turn?.speech === '' && standsAlone(lines, at)) alone++;
		if (first < 0) first = at;
		return { ...source, text: typed ?? `○${trimSpaces(source.text)}` };
	});
	if (turns < UNMARKED_TURNS_MIN) return lines;
	if (alone < UNMARKED_TURNS_MIN) return marked;
	// A web page that sets each label alone between blank lines (`議長(宮本忠明君)`) sets a member who holds no post there
	// under the bare name (`鈴木真由美さん`): such a line after the first turn is a label too.
	return marked.map((source, at) =>
		at > first && source.text.length <= 20 && bareMemberName(source.text) !== null && standsAlone(lines, at) ? { ...source, text: `○${trimSpaces(source.text)}` } : source,
	);
}

/** A post or a seat, a full-width space and the holder's name, as a label typed without a mark: `議長　岩井　茂`, `３番　今井　修一`, `町長　尾上`. */
const POST_SPACE_NAME = new RegExp(`^${POST_AND_NAME}$`, 'u');
/** How long such a label alone on its line may be. */
const POST_NAME_ALONE_MAX = 16;

/** True when a label reads as a post or a seat and the name of who holds it (`議長　岩井　茂`: 岩井茂, the 議長). */
function isPostAndName(label: string): boolean {
	const found = POST_SPACE_NAME.exec(label)?.groups;
	if (!found) return false;
	const parts = parseNameLabel(label);
	return parts.name !== null && parts.title !== null && parts.affiliation === null && parseNameLabel(found.name ?? '').title === null && !opensHeaderField(label);
}

/**
 * The marked turn (`○議長（岩井　茂）　おはようございます。…`) of a line that a town's minutes typed in Word open with a post or a
 * seat, a full-width space and the name, two spaces and the words (`議長　岩井　茂　　おはようございます。…`), or of such a label
 * alone over the words on the next line (`議長　中谷` / `　ただいまから…`); null for any other line (a roll's row of such pairs,
 * `町長　藤田　勝己　　副町長　加藤　雅`, is none: what follows is another pair, no words).
 */
function postNameTurnLine(lines: readonly SourceLine[], at: number): string | null {
	const text = trimSpaces(lines[at]?.text ?? '');
	const marked = (label: string, speech: string): string => {
		const found = POST_SPACE_NAME.exec(label)?.groups;
		return `○${found?.post ?? ''}（${found?.name ?? ''}）${speech === '' ? '' : `\u3000${speech}`}`;
	};
	if (text.length <= POST_NAME_ALONE_MAX && isPostAndName(text)) {
		const next = trimSpaces(lines[at + 1]?.text ?? '');
		if (next === '' || isPostAndName(next) || opensHeaderField(next) || readTurn(next) !== null || !/[。、？！]/u.test(next)) return null;
		return marked(text, '');
	}
	const gap = /[ \u3000]{2,}/u.exec(text);
	if (!gap) return null;
	const label = text.slice(0, gap.index);
	const speech = text.slice(gap.index + gap[0].length);
	if (!isPostAndName(label) || !/[。、？！]/u.test(speech)) return null;
	const words = /^(?<pair>\S+\u3000\S+)/u.exec(speech)?.groups?.pair;
	return words !== undefined && isPostAndName(words) ? null : marked(label, speech);
}

/** True when the line has a blank line (or the file's edge) above and below it. */
function standsAlone(lines: readonly SourceLine[], at: number): boolean {
	return trimSpaces(lines[at - 1]?.text ?? '') === '' && trimSpaces(lines[at + 1]?.text ?? '') === '';
}

/** The turn a line without a mark holds (`議長(細川運一君) …`), read as its marked form is; null for any other line. */
function readUnmarkedTurn(text: string): ReturnType<typeof readTurn> {
	return UNMARKED_TURN.test(text) ? readTurn(`○${trimSpaces(text)}`) : null;
}

/**
 * Where rolls written after the sitting's close begin (`10時31分閉会`, then `[出席委員]`, `[説明のため出席した者]`, as some
 * committees' records list them at the end), or -1: the first roll heading after the last closing line, with no turn
 * between them.
 */
function trailingRolls(lines: readonly SourceLine[], start: number): number {
	let close = -1;
	for (let i = lines.length - 1; i >= Math.max(start, 0) && close < 0; i--) {
		const sitting = readSittingTime(unprefixed(lines[i]?.text ?? ''));
		if (sitting && CLOSING_EVENTS.has(sitting.event)) close = i;
	}
	if (close < 0) return -1;
	for (let i = close + 1; i < lines.length; i++) {
		const text = lines[i]?.text ?? '';
		if (trimSpaces(text) === '') continue;
		if (readTurn(text) !== null) return -1;
		const key = headerKey(text);
		if (HEADER_KEYS.some((entry) => ROLL_GROUPS[entry.key] !== undefined && entry.pattern.test(key))) return i;
	}
	return -1;
}

/** A roll's row: a post, a wide gap and a name padded apart, no sentence (`　　代表監査委員　　吉　田　久　美`). */
const ROLL_ROW = /^[\s\u3000]*[^\s\u3000。、「」]{1,12}(?:[ \u3000]{2,8}[^\s\u3000。、「」](?:[ \u3000]{1,3}[^\s\u3000。、「」]){0,6}){1,4}[\s\u3000]*$/u;

/**
 * Where the transcript's first turn is, or -1: the first turn line that is no entry of a speakers' index above the transcript
 * (`発言者一覧` / `　○議長（山田 太郎君）` / `　○３番（田中 一郎君）` …: labels without speech, two or more in a row; no transcript
 * puts two speakers' labels one after the other with no words between).
 */
function firstTurn(lines: readonly SourceLine[]): number {
	let run: number[] = [];
	for (const [at, source] of lines.entries()) {
		if (trimSpaces(source.text) === '') continue;
		const turn = readTurn(source.text);
		if (turn && turn.speech === '') run.push(at);
		// (`○監査委員` over `　　代表監査委員　　吉　田　久　美`: a roll's heading over its row, no turn.)
		else if (run.length === 1 && !turn && source.text.length <= 120 && ROLL_ROW.test(source.text)) run = [];
		else if (run.length === 1) return run[0] ?? at;
		else if (turn) return at;
		else run = [];
	}
	return run.length === 1 ? (run[0] ?? -1) : -1;
}

/** A 議事日程's item as the chair reads the list out, a space after its number: `日程第１　会議録署名議員の指名` (never `日程第１、…を行います`). */
const ANNOUNCED_ITEM = /^[\s\u3000]*日程[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]+\S/u;
/** The longest line of such a list (a longer one ends it, never handed to the pattern). */
const ANNOUNCED_MAX = 200;
/** How far into the transcript the chair's reading of the 議事日程 is looked for. */
const ANNOUNCED_LINES = 60;

/**
 * The 議事日程 a record without one in its header gives inside the chair's first words (`本日の議事日程は、次のとおりであります。`
 * over `　　日程第１　会議録署名議員の指名` / `　　日程第２　会期の決定` …, the bills and members under an item with them): read into
 * `agenda`, and the lines of the list returned to be left out of the speech (they had stayed in the chair's remark, the record
 * without an agenda).
 */
function announcedAgenda(lines: readonly SourceLine[], agenda: AgendaItem[]): Set<number> {
	const taken = new Set<number>();
	const near = lines.slice(0, ANNOUNCED_LINES);
	const at = near.findIndex((source, index) => source.text.length <= ANNOUNCED_MAX && ANNOUNCED_ITEM.test(source.text) && index > 0 && /日程/u.test(near[index - 1]?.text ?? '') && !ANNOUNCED_ITEM.test(near[index - 1]?.text ?? ''));
	if (at < 0) return taken;
	const run: SourceLine[] = [];
	for (const source of lines.slice(at)) {
		const text = trimSpaces(source.text);
		if (source.text.length > ANNOUNCED_MAX) break;
		if (ANNOUNCED_ITEM.test(source.text) || (run.length > 0 && (BILL_ITEM.test(text) || (text.length <= QUESTIONER_MAX && QUESTIONER_LINE.test(text))))) run.push(source);
		else break;
	}
	// (One line naming a 日程 is the chair taking it up; a list is two or more.)
	if (run.filter((source) => ANNOUNCED_ITEM.test(source.text)).length < 2) return taken;
	for (const source of run) {
		readAgendaLine(source.text, agenda);
		taken.add(source.line);
	}
	return taken;
}

/** A heading of the transcript that takes up a 日程 by its number, marked as a town's minutes mark it: `◎日程第１　会議録署名議員の指名`, `△日程第２　一般質問`. */
const MARKED_ITEM_HEADING = /^[\s\u3000]*[◎△▽☆][\s\u3000]*(?<item>日程[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]+\S.*)$/u;
/** The longest such heading looked at. */
const MARKED_ITEM_MAX = 200;

/**
 * The 議事日程 a record without one in its header gives in the headings over its transcript's parts (`◎日程第１　会議録署名議員の指名`,
 * `◎日程第２　一般質問`): read into `agenda` (the headings stay the parts' titles; the record had had no agenda).
 */
function headingAgenda(lines: readonly SourceLine[], agenda: AgendaItem[]): void {
	for (const source of lines) {
		if (source.text.length > MARKED_ITEM_MAX) continue;
		const item = MARKED_ITEM_HEADING.exec(source.text)?.groups?.item;
		if (item !== undefined) readAgendaLine(item, agenda);
	}
}

/**
 * A roll's or a field's heading inside a header a web page's copy has run onto one line, with the number the header gives it
 * (`1 出席議員は、12名で次のとおりである。`, `2 欠席議員は、なし`, `3 地方自治法第121条の規定により説明のため会議に出席した者は、`,
 * `4 本会議の書記は、`, `1 出席説明員`, `1 議事日程(第1号)`), maybe glued to the entry before it (`…萩原  剛1 欠席議員`).
 */
const RUN_ON_HEADING = new RegExp(
	`(?:[0-9０-９]{1,2}[ \u3000]+)?(?:出席議員|欠席議員|応招議員|不応招議員|出席委員|欠席委員|出席説明員|説明のため(?:会議に|議場に)?出席した者|地方自治法第[0-9０-９一二三四五六七八九十百]+条[^。○◯〇]{0,40}?出席した者|(?:本会議|会議)の書記|職務のため(?:会議に|議場に)?出席した|出席事務局職員|事務局職員出席者|議事日程|(?:本日の)?会議に付した事件)`,
	'gu',
);
/** How long a line must be to be taken for a header run onto one line. */
const RUN_ON_MIN = 200;
/** A turn's mark after a space in such a line (`… 西 村 遥 ○議長(吉岡秀雄君) ただいまの…`): the transcript begins there. */
const RUN_ON_TURN = /[ \u3000]+(?=[○◯〇][^\s\u3000（()）]{1,30}[（(][^（()）]{1,20}君?[）)])/u;

/**
 * The lines of a header that a web page's copy ran onto one line (the title, the sitting's call, each roll and the first turn:
 * `令和6年第4回…臨時会会議録 … 1 出席議員は、12名で次のとおりである。 1番 河 合 俊 介 … ○議長(吉岡秀雄君) ただいまの…`):
 * a line from each roll's heading and from the first turn, the title's parts (apart by three spaces or more) lines of their
 * own; the lines as they are when no such line opens the file. (The header had been lost, and the chair's first words with it.)
 */
function runOnHeaderLines(lines: readonly SourceLine[]): readonly SourceLine[] {
	const at = lines.findIndex((source) => trimSpaces(source.text) !== '');
	const source = lines[at];
	if (source === undefined || source.text.length < RUN_ON_MIN) return lines;
	const turn = RUN_ON_TURN.exec(source.text);
	const head = turn === null ? source.text : source.text.slice(0, turn.index);
	const starts = [...head.matchAll(RUN_ON_HEADING)].map((found) => found.index);
	if (starts.length < 2 || !/(?:出席議員|応招議員|出席委員)/u.test(head)) return lines;
	const parts: string[] = [];
	const title = head.slice(0, starts[0]);
	parts.push(...title.split(/[ \u3000]{3,}/u));
	// (A 議事日程's items an item a line: `日程第 1 会議録署名議員の指名 日程第 2 会期の決定`.)
	starts.forEach((from, index) => parts.push(...head.slice(from, starts[index + 1] ?? head.length).split(/[ \u3000]+(?=日程[ \u3000]*第[ \u3000]*[0-9０-９一二三四五六七八九十]+[ \u3000])/u)));
	if (turn !== null) parts.push(source.text.slice(turn.index + turn[0].length));
	const split = parts.map((text) => trimSpaces(text)).filter((text) => text !== '').map((text) => ({ text, line: source.line }));
	return [...lines.slice(0, at), ...split, ...lines.slice(at + 1)];
}

/**
 * The sitting's time and the roll's heading a wide gap apart on one line (`12月6日午前10時00分開議　　　　　出席議員18名`, as a
 * town's minutes on a minutes viewer open each sitting's first part, the members below by seat): the heading on a line of its
 * own, after the time. (The heading had been lost with the time, the members kept as text.)
 */
const SITTING_THEN_ROLL = /^(?<sitting>[\s\u3000]*\S.{0,40}?(?:開議|開会|再開))[ \u3000]{3,}(?<roll>(?:出席議員|出席委員|応招議員)[ \u3000]*(?:[（(]?[0-9０-９]{1,3}[名人][）)]?)?)[\s\u3000]*$/u;

/**
 * The record's title with the 議事日程's heading run onto it (`令和5年西山町議会12月第4回会議会議録議事日程(第3号)`, as DiscussNet's
 * copy of a town's minutes opens the sitting): the title and the heading. (The items under it had been kept as text, no agenda.)
 */
const TITLE_THEN_AGENDA = /^(?<title>[\s\u3000]*\S.{0,60}?会議録)[ \u3000]*(?<agenda>議事日程[ \u3000]*(?:[（(]第[0-9０-９一二三四五六七八九十]{1,3}号[）)])?)[\s\u3000]*$/u;

/** The header's lines with a sitting's time and a roll's heading on one line set apart, or a title and the 議事日程's heading (see above); the lines as they are else. */
function withSittingRollApart(lines: readonly SourceLine[]): SourceLine[] {
	return lines.flatMap((source) => {
		const titled = source.text.length <= 120 ? TITLE_THEN_AGENDA.exec(source.text)?.groups : undefined;
		if (titled?.title && titled.agenda) return [{ ...source, text: trimSpaces(titled.title) }, { ...source, text: titled.agenda }];
		const found = source.text.length <= 120 ? SITTING_THEN_ROLL.exec(source.text)?.groups : undefined;
		if (!found?.sitting || !found.roll || readSittingTime(trimSpaces(found.sitting).replace(/^[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[（(][^（()）]{1,3}[）)])?[ \u3000]*/u, '')) === null) return [source];
		return [{ ...source, text: trimSpaces(found.sitting) }, { ...source, text: found.roll }];
	});
}

/** A record's title with the era's year and the assembly (spaces left out): `令和5年第2回(臨時)東川町議会会議録(第1日)`. */
const RECORD_TITLE = /^(?:令和|平成|昭和)(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})年.{0,30}?議会(?:定例会|臨時会)?会議録(?:[（(]第[0-9一二三四五六七八九十]{1,3}[日号][）)])?$/u;

/** Read an assembly transcript into its record (never throws). */
export function readAssembly(document: SourceDocument, options: ParseOptions): ParseResult {
	const lines = markUnmarkedTurns(runOnHeaderLines(document.lines));
	const diagnostics: Diagnostic[] = [];
	let start = firstTurn(lines);
	// Marked headings and page markers right before the first turn (`◎開議の宣告`) belong to the transcript.
	// (So does the part of the sitting numbered as the header's fields are, `１　開会`, right over the first turn: it had been lost
	// with the header's lines.)
	while (start > 0 && (/^[\s\u3000]*(?:[◎△▽☆]|$)|^[\s\u3000]*<\s*PAGE/u.test(lines[start - 1]?.text ?? '') || spacedHeading(lines[start - 1]?.text ?? '') !== null || (numberedPart(lines[start - 1]?.text ?? '', { inRemark: false, lastHeadingNumber: null }) !== null && readTurn(lines[nextNonBlank(lines, start)]?.text ?? '') !== null))) start--;
	while (start >= 0 && start < lines.length && trimSpaces(lines[start]?.text ?? '') === '') start++;
	if (start < 0) return noRecord('assembly', [], [error('no-body', null, 'no speaker turns found: the minutes need lines such as "○議長（鈴木太郎君）　ただいまから本日の会議を開きます。"')]);
	// Rolls written after the sitting's close (`10時31分閉会` / `[出席委員]` …) are the header's too.
	const trailer = trailingRolls(lines, start);
	// Tables set out in columns under their titles (`一般質問通告表`, `議決結果一覧表`): read as tables, wherever they stand.
	const tables = columnTables(lines, (text) => readTurn(text) !== null || isSeparator(text) || readSittingTime(unprefixed(text)) !== null || HEADER_KEYS.some((entry) => entry.pattern.test(headerKey(text))));
	const tabled = new Set(tables.flatMap((table) => [...table.lines]));
	const untabled = (part: readonly SourceLine[]): SourceLine[] => (tabled.size === 0 ? [...part] : part.filter((source) => !tabled.has(source.line)));
	const header = readHeader(withSittingRollApart(untabled(trailer < 0 ? lines.slice(0, start) : [...lines.slice(0, start), ...lines.slice(trailer)])), diagnostics);
	// The title line repeated at the top of every page of a PDF (`令和６年第１回定例会　ひがし区議会会議録（第２号）`) is no part of the speech.
	const running = new Set(header.naming.map((entry) => entry.text).filter((text) => /会議録/u.test(text)));
	// So is a short line naming the 会議録 that comes again and again in the transcript (`あさひ台市議会会議録　第２号` after each page number).
	for (const text of repeatedRecordLines(lines.slice(start))) running.add(text);
	// Such a title holds 会議録, so only a line with 議 and 録 can compact to it (NFKC makes neither of another character).
	const isRunningTitle = (text: string): boolean => running.size > 0 && text.includes('議') && text.includes('録') && running.has(compact(unprefixed(text)));
	// And the lines a PDF sets next to every page number (`令和６年第２回定例会（第２号）`), whatever they say, counted over
	// the whole file: a head that tops the header's page and one page of the transcript is seen once in the transcript.
	const transcriptLines = lines.slice(start, trailer < 0 ? undefined : trailer);
	const pageNumbers = barePageNumbers(lines);
	const furniture = pageFurniture(lines, pageNumbers);
	// (A page turned once, its number with the record's name beside it or on the line next to it, `…会議録（第２号）　　－ 8 －`, is
	// none of the speech either: it had run into the middle of a turn.)
	const turned = pageTurns(transcriptLines);
	const kept = transcriptLines.filter((source, index) => !(turned.has(index) && source.text.trim() !== '') && !tabled.has(source.line) && !pageNumbers.has(source.line) && !isRunningTitle(source.text) && !(furniture.size > 0 && source.text.length <= RUNNING_MAX * 2 && furniture.has(compact(unprefixed(source.text)))));
	// The 議事日程 read out in the chair's first words, when the header gives none, is the agenda.
	const announced = header.agenda.length === 0 ? announcedAgenda(kept, header.agenda) : new Set<number>();
	const spoken = announced.size === 0 ? kept : kept.filter((source) => !announced.has(source.line));
	// (Else the headings that take up each 日程 give it.)
	if (header.agenda.length === 0) headingAgenda(kept, header.agenda);
	const transcript = readTranscript(spoken, diagnostics, { heading: bodyHeading, headingBeforeTurns: memberHeading, bareHeadings: true });
	const body = transcript.body;
	prependNotes(body, header.notes);
	placeTables(body, tables);
	const sections = body.map(({ id, title, line }) => ({ id, title, line }));
	// The year and the day written apart: `令和６年１２月　みさと町議会定例会　一般質問（１２月１０日）`, `平成29年第二回定例会会議録(第4日 6月21日)`.
	if (header.date === null) header.date = yearAndDay(lines.slice(0, start));
	if (header.date === null) {
		diagnostics.push(error('no-date', lines[0]?.line ?? null, 'no date found before the transcript: add a line such as "開催日：令和６年１１月２９日"'));
		return noRecord('assembly', body, diagnostics);
	}
	const opening = transcript.remarks[0]?.text.split('\n')[0] ?? '';
	const naming = readNaming([...header.naming.map((entry) => entry.text), opening]);
	// A committee's record whose title names only the committee (`議会運営委員会会議録`) names the assembly in its place
	// (`開催場所　ひばり町議会　委員会室`), where the file's name had stood for it.
	// (So does the town's office it met in, `開催場所　もみじ町役場３階　第１委員会室`: the town's 議会.)
	const assembly = naming.assembly ?? (header.location === null ? null : (readNaming([header.location]).assembly ?? officeAssembly(header.location)));
	if (assembly === null) diagnostics.push(warning('no-series', header.naming[0]?.line ?? null, 'the assembly is not named: write it in the first line, e.g. "令和６年第４回○○市議会定例会会議録（第２号）"; the file name stands for it'));
	const series = [assembly ?? fileStem(options.source), naming.committee].filter(Boolean).join(' ');
	// (A committee's or a 全員協議会's record named by its year alone, `令和６年　かえで村議会全員協議会会議録`: the year tells none of
	// the year's sittings apart, so the day names it, as it does a record without the year.)
	const yearOnly = naming.committee !== null && naming.sitting === null && naming.session !== null && /^(?:令和|平成|昭和|大正|明治)(?:元|[0-9]{1,2})年$/u.test(naming.session);
	const sessionLabel = yearOnly ? undefined : [naming.session, naming.sitting].filter(Boolean).join(' ') || undefined;
	const title = [series, sessionLabel ?? header.date].join(' ');
	// (A number alone that no words came under is no item.)
	const agenda = header.agenda.filter((item) => item.title !== '').map((item) => ({
		...item,
		section:
			sections.find((section) => new RegExp(`日程[\\s\\u3000]*第[\\s\\u3000]*${item.number}(?![0-9])`, 'u').test(matchForm(section.title)))?.id ??
			// `1.議案等について` under a rule: the item's number and its title.
			sections.find((section) => new RegExp(`^${item.number}\\.`, 'u').test(matchForm(section.title)) && compact(section.title).includes(compact(item.title.split('\u3000')[0] ?? '').slice(0, 8)))?.id ??
			// `3.会議録署名議員の指名` in the list, `△会議録署名議員の指名` over its business: the same words.
			sections.find((section) => compact(section.title) === compact(item.title.split('\u3000')[0] ?? ''))?.id ??
			null,
	}));
	// An item without a section of its own: the chair's turn that takes up its 日程 (`日程第２、会期の決定を議題とします`).
	for (const item of agenda) {
		const remark = item.section === null && !BILL_ITEMS.has(item) && !MARKED_ITEMS.has(item) ? remarkTakingUp(item.number, transcript.remarks) : undefined;
		if (remark !== undefined) item.remark = remark;
	}
	const namingLine = header.naming[0]?.line ?? null;
	const candidate = sittingRecord(options, {
		title,
		series,
		date: header.date,
		// The start when the header gives none: the first sitting line that opens the sitting (`午前10時3分開会` after the
		// greetings), else the chair's opening words stamped or a clock alone just before them.
		// else the clock the 議事日程 called it for (`午前10時開議`).
		start: header.start ?? openingTime([...lines.slice(Math.max(0, start - OPENING_CLOCK_BEFORE), start), ...spoken].map((source) => unprefixed(source.text))) ?? header.scheduled,
		end: endTime(lines) ?? header.end,
		location: header.location,
		participants: spacedBySpeakers(header.participants, transcript.remarks.map((remark) => remark.speaker)),
		agenda,
		sections,
		remarks: transcript.remarks,
		sessionLabel,
	});
	return finishRecord('assembly', candidate, body, diagnostics, { title: namingLine, series: namingLine, date: header.dateLine });
}

const SESSION_KIND = new RegExp(SESSION_KINDS, 'u');

/**
 * The rolls, a name whose letters the roll set evenly apart (`小　川　健　一`, read `小川健一`: where the surname ends is not seen)
 * spelt with the space its speaker's label gives it (`○４番（小川　健一君）`), as the roll's other names are (`青木 翔`), so that
 * one roll spells its names one way and the person reads alike in the roll and as a speaker.
 */
function spacedBySpeakers(groups: readonly ParticipantGroup[], speakers: readonly string[]): ParticipantGroup[] {
	const spaced = new Map<string, string>();
	for (const label of new Set(speakers)) {
		const name = label.length <= 40 ? parseNameLabel(label).name : null;
		const parts = name?.split(/[ \u3000]+/u) ?? [];
		if (parts.length === 2) spaced.set(parts.join(''), parts.join(' '));
	}
	if (spaced.size === 0) return [...groups];
	return groups.map((group) => ({ ...group, members: group.members.map((member) => (member.name !== null && spaced.has(member.name) ? { ...member, name: spaced.get(member.name) ?? member.name } : member)) }));
}

/**
 * A roll's group of an assembly's members seated on another body (`市議会議員　　井上　聡`, `県議会議員（２名）`, `市議会議員：…`),
 * from where a run of letters starts (tried at every letter of a long line without spaces, the run had been read again from each).
 */
const ASSEMBLY_MEMBERS_GROUP = /(?<=^|[\s\u3000])[^\s\u3000]*議会議員(?=[\s\u3000：:（(]|$)/gu;

/** The 議会 of an assembly (not of a 審議会, 協議会 or 評議会), or a city's 市会. */
const CITY_OR_ASSEMBLY = new RegExp(`(?<![審協評合会])議会|(?:組合|広域連合)議会|${CITY_ASSEMBLY}`, 'u');

/** The chair's label with the person in brackets (`議長（池田　勝）`), and a member's by seat (`１番（浅野真一議員）`, `十二番(…)`). */
const CHAIR_TURN = /^副?議長[（(]/u;
const SEAT_TURN = new RegExp(`^${SEAT}[（(]`, 'u');
/** The same written name first, as some minutes systems show a speaker (`白石孝雄 議長`, `田村一郎 議員`): the chair and a member. */
const NAMED_CHAIR_TURN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{2,8}[ \u3000]副?議長$/u;
const NAMED_MEMBER_TURN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{2,8}[ \u3000]議員$/u;
/** Lines looked at for such turns. */
const TURN_LINES = 400;

/** True when one of the first lines is a turn whose label reads so. */
function hasTurn(lines: readonly SourceLine[], label: RegExp): boolean {
	return lines.slice(0, TURN_LINES).some((source) => source.text.length <= 20_000 && label.test(readTurn(source.text)?.label ?? ''));
}

/** An assembly's minutes: 議会 with 定例会/臨時会/会議録 in the first lines, and `出席議員` or bracketed `○…（…）` turns (marked or not); or a 定例会/臨時会 with `出席議員` without 議会. */
function looksLikeAssembly(lines: readonly SourceLine[]): boolean {
	const top = lines.slice(0, RECOGNIZE_LINES);
	const head = top.map((source) => compact(source.text)).join('\n');
	// A sitting of a 定例会 or 臨時会 with its roll of 出席議員: an assembly's, named or not (a minutes system's export
	// writes `会議名：令和 6年第2回定例会（第2号 6月11日）` without the assembly).
	const session = SESSION_KIND.test(head);
	// (A town's or village's roll of the members called, `応招議員`, is its roll too; written so today: a record in old forms,
	// `應招議員` under `…町議會定例會會議録`, is the council reader's, which reads its numbered header in old forms.)
	if (session && (/出席議員/u.test(head) || top.some((source) => source.text.includes('応招議員')))) return true;
	// A page of a 定例会's turns copied from a minutes system without the header (`令和 6年 6月 定例会 － 06月14日－03号`):
	// the chair in brackets and a member by seat (`○議長（池田　勝）`, `◆１番（浅野真一議員）`) speak only in an assembly.
	if (session && SITTING_NUMBER.test(head) && hasTurn(lines, CHAIR_TURN) && hasTurn(lines, SEAT_TURN)) return true;
	// So do the chair and a member named first (`○白石孝雄 議長`, `◆田村一郎 議員`), as other systems show them.
	if (session && SITTING_NUMBER.test(head) && hasTurn(lines, NAMED_CHAIR_TURN) && hasTurn(lines, NAMED_MEMBER_TURN)) return true;
	// 議会 cannot span lines; NFKC makes 会 of 会 and ㍿ only, 議 of 議 only: other lines are not compacted for this test.
	// The 議会 of an assembly (a 一部事務組合's or 広域連合's too), not of a 審議会, 協議会 or 評議会 (a council's 会議録 with
	// `○会長（…）` turns is no assembly's), nor the 会議 of a title run on into 会議録 (`第5回監査委員会議　会議録`), nor an
	// assembly in brackets after a member's post (`監査委員（議会選出）`).
	// (A city's 市会, `横浜市会`, is its assembly too.)
	// (Nor the assembly's members as a group of a 審議会's roll, `市議会議員　　井上　聡、…`: a city's 都市計画審議会 seats them.)
	if (!top.some((source) => /[会㍿]/u.test(source.text) && (source.text.includes('議') || source.text.includes('市')) && CITY_OR_ASSEMBLY.test(compact(source.text.includes('議会議員') ? source.text.replace(ASSEMBLY_MEMBERS_GROUP, '') : source.text).replace(/[（(][^（()）]*[）)]/gu, '')))) return false;
	if (!session && !/会議録/u.test(head)) return false;
	if (/出席議員/u.test(head)) return true;
	// A committee of a 定例会 whose roll numbers the members' seats (`◎出席委員（12名）` / `1番   福  永  邦  幸 委員`).
	if (session && /出席委員/u.test(head) && top.some((source) => SEATED_LINE.test(source.text))) return true;
	if (lines.some((source) => /[（(【]/u.test(readTurn(source.text)?.label ?? ''))) return true;
	// Turns written without a mark, the speech on the label's line (`議長(細川運一君) おはようございます。`), as some systems
	// export them (a web form's label alone on its line, `委員長(守屋亘弘君)`, is the council reader's).
	return lines.filter((source) => (readUnmarkedTurn(source.text)?.speech ?? '') !== '').length >= UNMARKED_TURNS_MIN;
}

/** Local assembly 会議録. */
export const assemblyReader: Reader = {
	family: 'assembly',
	recognize: (document) => looksLikeAssembly(document.lines),
	read: (document, options) => [readAssembly(document, options)],
};
