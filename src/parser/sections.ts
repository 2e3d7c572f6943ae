/**
 * Splitting the header part of a document into its title, a preamble (issuer,
 * date) and numbered sections such as `1. 日時)`, `２．場所`, `3. 出席者)`,
 * `4. 配付資料`, up to the body label `5. 議事概要`.
 */
import { findDate, readSittingTime } from './date.ts';
import { classifyBareLine, isMotionHeading, isSpeakerLabel, isToolLine, pointByName, quotedTurn, recurringColonNames, tellsWhatWasExplained, timedTurn } from './lines.ts';
import { BRACKETED_MEMBER, TURN_MARKS, TURN_OPENING } from './turn-line.ts';
import { parseNumeral } from './numerals.ts';
import { withoutCirculationStamp } from './title.ts';
import { EDITORIAL_WORDS } from './participants.ts';
import { isNumberedSpeaker, isOrganisation, isSpacedFullName, isStaffPost, ROLE_TITLES } from './names.ts';
import { atMostCharacters, isSeparator, matchForm, matchFormWithMap, memoByText, nextNonBlank, originalSlice, stripDecoration, trimSpaces, type SourceLine } from './normalize.ts';
import { isWebChrome } from './web-chrome.ts';

/** What a header section holds. */
export type HeaderKey = 'date' | 'location' | 'participants' | 'absent' | 'handouts' | 'agenda' | 'body';

/** A label written with spaces between its characters (`日 時`, `場　所`), as a regex source. */
const spaced = (word: string): string => [...word].join('\\s*');
/** Several labels, as one regex source. */
const anyOf = (...words: string[]): string => words.map(spaced).join('|');

/** English labels (`Date:`, `Venue / 場所:`), as bilingual and international minutes write them: any case, maybe with their Japanese twin after a slash. */
const english = (...words: string[]): string => `(?:${words.map((word) => word.replace(/[A-Za-z]/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).replace(/ /gu, '\\s+')).join('|')})(?:\\s*/\\s*[^\\s/:]{1,8})?`;

/** The labels that open the text of a talk with residents (`４．懇　談`), yet name an agenda's item too (`３．意見交換` under `議事`). */
const TALK_LABELS: readonly string[] = ['懇談', '懇談内容', '懇談の内容', '意見交換', '意見交換内容'];

/** A person's name alone (NFKC form): a surname and maybe the given name after a space (`荻野 進`, `古川洋子`). */
const WHO_ALONE = '[\\p{Script=Han}々ヶ]{1,4}(?:\\s[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ー]{1,5})?';

/** The day before a sitting's time in a field of the header (NFKC form): `十二月二十日`, `昭和三十年六月十五日(水)`, `同日`. */
const FIELD_DAY = '(?:(?:(?:令和|平成|昭和|大正|明治)(?:元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:\\s*\\([^()]{1,4}\\))?\\s*|同日\\s*)?';

/**
 * Labels of header sections (regex sources on the NFKC form), longest first.
 * `loose`: also without a number when followed by spaces (`日時　令和…`); `資料` needs a number or `：`.
 */
const LABELS: readonly { key: HeaderKey | null; pattern: string; loose: boolean; numberedOnly?: boolean; markedToo?: boolean; bracketedOnly?: boolean }[] = [
	{ key: 'date', pattern: anyOf('開催年月日', '開会年月日', '開催日時', '開催月日', '会議月日', '開催日', '開会日時', '開会日', '日時', '期日', '視察日', '視察期日', '視察日時', '調査日', '会見日時', '会見日', '質疑・質問日', '質問日', '招集年月日', '招集日時'), loose: true },
	// A wiki's meeting notes (Confluence's template): `日付` over the day, `日付：2024/10/02` (a colon or the line alone).
	{ key: 'date', pattern: anyOf('日付'), loose: false },
	// A prefectural committee's page of one member's questions: `質疑・質問者:中川 次郎 議員`, `会派名:…`.
	{ key: 'participants', pattern: anyOf('質疑・質問者'), loose: true },
	{ key: null, pattern: anyOf('会派名'), loose: true },
	// A press conference's record (会見録): `会見場所：県庁西棟889会議室`, `会見者：宮坂知事`.
	{ key: 'location', pattern: anyOf('会見場所'), loose: true },
	{ key: 'participants', pattern: anyOf('会見者'), loose: true },
	// An education board's page: `<開会>` / `令和６年１０月２４日` / `１４時００分` dates the meeting, `<閉会>` ends it.
	{ key: 'date', pattern: anyOf('開会'), loose: true, bracketedOnly: true },
	{ key: null, pattern: anyOf('閉会'), loose: true, bracketedOnly: true },
	// A web form's times on lines of their own (`開会時間` / `午前10時00分`): the sitting's start and end, kept as text.
	{ key: null, pattern: anyOf('開会時間', '開会時刻', '閉会時間', '閉会時刻', '散会時間', '散会時刻'), loose: true },
	// An education board's 会議録 under `開会日時　令和６年１１月２６日（火）午後２時００分`: `閉会日時　…午後３時１５分`, its end.
	{ key: null, pattern: anyOf('閉会日時', '散会日時'), loose: true },
	{ key: 'location', pattern: anyOf('開催場所', '開会場所', '会議場所', '招集場所', '招集の場所', '開催の場所', '会議の場所', '場所', '会場'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席した構成員', '欠席した委員', '欠席した議員', '欠席した者', '欠席構成員', '欠席分科員', '欠席分科会委員', '欠席委員', '欠席議員', '欠席者', '欠席'), loose: true },
	// Officers of associations and companies (理事会, 総会, 取締役会): `出席理事`, `欠席監事`, `出席取締役`.
	// A religious corporation's 責任役員会: `出席責任役員　代表役員　住職　大谷　隆光` / `欠席責任役員　なし`.
	{ key: 'participants', pattern: anyOf('出席責任役員', '出席総代'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席責任役員', '欠席総代'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席理事', '欠席役員', '欠席監事', '欠席取締役', '欠席監査役', '欠席評議員', '欠席代議員', '欠席幹事'), loose: true },
	{ key: 'participants', pattern: anyOf('出席理事の氏名', '出席役員の氏名', '出席監事の氏名'), loose: true },
	// A co-operative's 理事会 on its central federation's form: `７　議長の氏名` / `代表理事理事長　石原　健一` (it had been read as one
	// more absent director, the label a member), and `３　理事数及び出席理事数` over `（１）理事数　９人`, counts kept as text (they
	// had been read as more of the place above).
	{ key: 'participants', pattern: anyOf('議長の氏名', '議長氏名'), loose: true },
	{ key: null, pattern: anyOf('理事数及び出席理事数', '理事の数及び出席理事の数', '役員数及び出席役員数', '監事数及び出席監事数'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席理事の氏名', '欠席役員の氏名'), loose: true },
	{ key: 'participants', pattern: anyOf('出席取締役及び監査役', '出席取締役および監査役', '出席取締役及び出席監査役', '出席理事及び監事', '出席理事', '出席役員', '出席監事', '出席取締役', '出席監査役', '出席評議員', '出席代議員', '出席幹事', '出席社員', '出席会員'), loose: true },
	// The same written the other way round, the officers before the word (a union's 大会: `役員出席` over `中央執行委員長　大西　健吾`,
	// `代議員出席　７８名（定数８５名）`, `役員欠席　なし`).
	{ key: 'participants', pattern: anyOf('役員出席', '理事出席', '監事出席', '評議員出席', '代議員出席', '取締役出席', '監査役出席', '幹事出席', '総代出席'), loose: true },
	{ key: 'absent', pattern: anyOf('役員欠席', '理事欠席', '監事欠席', '評議員欠席', '代議員欠席', '取締役欠席', '監査役欠席', '幹事欠席', '総代欠席'), loose: true },
	// A company's 株主総会 as the Companies Act's rules word it: `出席した取締役および監査役` / `欠席した取締役および監査役`.
	{ key: 'participants', pattern: anyOf('出席した取締役および監査役', '出席した取締役及び監査役', '出席した取締役、監査役', '出席した取締役', '出席した監査役', '出席した役員'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席した取締役および監査役', '欠席した取締役及び監査役', '欠席した取締役', '欠席した監査役', '欠席した役員'), loose: true },
	// Counts and officers of the record that are no list of people: kept as text.
	{ key: null, pattern: anyOf('責任役員定数', '責任役員総数', '理事定数', '監事定数', '役員定数', '委員定数', '正会員総数', '正会員数', '会員数', '出席者数', '出席理事数', '出席監事数', '理事総数', '役員総数', '取締役総数', '監査役総数', '出席株主数および議決権数', '出席株主数及び議決権数', '議決権を行使することができる株主の数', '議決権を有する株主の数', '議決権を有する総株主の議決権の数', '出席株主の議決権の数', '出席株主数', '発行済株式の総数', '組合員総数', '出席組合員数', '代議員総数', '代議員定数', '代議員数', '総代数', '組合員数', '出席代議員数', '総代の定数', '総代定数', '総代総数', '出席総代数', '会員世帯数', '加入世帯数', '議事録署名人選任の件', '評議員総数', '社員総数', '会員総数', '総社員数', '議決権総数', '定足数', '議長の選任', '議長の選出', '議長選出', '議長選任', '評議員の数', '理事の数', '議事録署名人の選任', '議事録署名人', '議事録署名者', '議事録作成者', '会議録署名人', '会議録署名者', '会議録署名委員', '会議録署名議員', '議事録署名委員', '付議案件及びその結果', '付議事件及びその結果'), loose: true },
	// (And with の, as a company's 取締役会 counts its board under the Companies Act's words: `取締役の総数　５名`, `出席取締役の数　５名`,
	// `監査役の総数　１名`; they had been unknown sections, warned about one by one.)
	{ key: null, pattern: '(?:出席)?(?:取締役|監査役|理事|監事|評議員|社員|代議員|総代|役員)の(?:総数|数|定数|員数)', loose: true },
	// An owners' association's 総会 (`３．区分所有者総数　８４名`, `５．総会の成立　…`, `６．議　　長　理事長　笠原　俊彦`,
	// `９．議　案`): counts and the chair as text, the numbered 議案 the agenda.
	// A prefecture's form (様式3 of 審議会等の審議結果): the body's name and the next sitting, kept as text.
	// A wiki's meeting notes (Confluence's template): `目的` over what the meeting is for, a field kept as text (no member of the roll above).
	{ key: null, pattern: anyOf('会議の目的', '目的'), loose: false },
	// (Its fields on how it was held, when the answers were due and how many came: `１　開催方法　書面による開催`,
	// `３　意見提出期限　…`, `３　回答委員数　委員１０名中９名`, kept as text.)
	// (The day the papers went out, or the days the members had to answer, dates it: `２　資料送付日　…`, `１　書面開催期間　…から…まで`.)
	{ key: 'date', pattern: anyOf('書面開催期間', '書面審議期間', '資料送付日', '書面送付日', '資料発送日'), loose: true, numberedOnly: true },
	{ key: null, pattern: anyOf('開催方法', '開催形式', '意見提出期限', '回答期限', '提出期限', '回答委員数', '回答者数'), loose: true, numberedOnly: true },
	{ key: null, pattern: anyOf('審議会等名称', '審議会等の名称', '次回開催予定日', '次回開催予定', '次回開催日'), loose: true },
	{ key: null, pattern: anyOf('区分所有者総数', '出席区分所有者数', '出席区分所有者', '総会の成立', '理事会の成立', '会議の成立'), loose: true },
	// (A company's form names whose chair: `5.取締役会の議長　　代表取締役社長　…`, `株主総会の議長`.)
	{ key: null, pattern: anyOf('取締役会の議長', '株主総会の議長', '理事会の議長', '評議員会の議長', '総会の議長', '議長'), loose: true, numberedOnly: true },
	{ key: 'agenda', pattern: anyOf('議案'), loose: true, numberedOnly: true, markedToo: true },
	// A board's or a general meeting's motions listed under what they are (`７．決議事項` / `　第１号議案　…`): the agenda.
	{ key: 'agenda', pattern: anyOf('決議事項', '議決事項'), loose: true, numberedOnly: true },
	// A co-op's 総代会 lists the motions put to the vote under `７．採決` (`採決事項`, `付議議案` likewise): the agenda.
	{ key: 'agenda', pattern: anyOf('採決事項', '採決議案', '付議議案', '採決'), loose: true, numberedOnly: true },
	// A ward's committee page (`○主査署名`, `審査日程`, `○議案`): who signs, kept as text; the business of the day, the agenda.
	{ key: null, pattern: anyOf('主査署名', '委員長署名', '分科会長署名', '会長署名', '会議録署名委員', '会議録署名者', '会議録署名人'), loose: true },
	{ key: 'agenda', pattern: anyOf('審査日程'), loose: true },
	// The fields of a municipality's standard form (附属機関等の会議録): `出席委員の氏名`, `出席職員の職・氏名`, `会議の公開・非公開`.
	{ key: 'absent', pattern: anyOf('欠席委員の氏名', '欠席者の氏名', '欠席者氏名'), loose: true },
	{ key: 'participants', pattern: anyOf('出席委員の氏名', '出席者の氏名', '出席者氏名', '出席職員の職・氏名', '出席職員の職氏名', '出席職員等', '出席職員', '事務局職員の職・氏名'), loose: true },
	// A prefectural committee's 会議記録 (`3 委員氏名`, `5 執行部出席者職氏名`, `6 議会事務局出席者職氏名`): its members, and each
	// side's officials by post and name (the members had run into the place above, the officials into the list before them).
	{ key: 'participants', pattern: anyOf('出席委員氏名', '委員氏名'), loose: true },
	{ key: 'participants', pattern: '[\\p{Script=Han}]{1,10}出席者の?職・?氏名', loose: true },
	{ key: null, pattern: anyOf('附属機関等の名称', '附属機関の名称', '会議の名称', '会議名', '会議の公開の可否及び非公開の場合の理由', '会議の公開の可否', '会議の庶務を行う課名', '庶務担当課', '会議の公開・非公開', '公開・非公開の別', '公開・非公開', '会議の公開', '公開の有無', '公開区分', '非公開の理由', '傍聴者人数', '傍聴者数', '傍聴人数', '傍聴者', '傍聴人', '傍聴', '会議録の作成方法', '出席並びに欠席委員', '出席及び欠席委員', 'その他必要な事項'), loose: true },
	// An education board's 会議録 in numbered items: `1 開会及び閉会に関する事項` (its times below), `3 事務局等の出席者`, `4 傍聴者等`.
	{ key: null, pattern: anyOf('開会及び閉会に関する事項', '開会及び閉会', '傍聴者等', '傍聴人等'), loose: true },
	// (A town's education board lists its form's other fields by number, the text itself `別紙`: `6 教育長事務報告`, `7 議題及び議事の大要`.)
	{ key: null, pattern: anyOf('教育長事務報告', '議題及び議事の大要'), loose: true },
	{ key: 'participants', pattern: anyOf('事務局等の出席者', '事務局出席者', '説明のため出席した者'), loose: true },
	// (`地方自治法第百二十一條により説明のため出席した者`, `地方自治法第121条の規定により説明のため出席した者の職氏名`: the law that calls them first.)
	{ key: 'participants', pattern: `地方自治法第[^\\s]{1,16}?(?:により|に基づき)(?:${anyOf('説明のため出席した者', '説明のため出席した職員')})(?:の職氏名|の職・氏名)?`, loose: true },
	{ key: 'participants', pattern: anyOf('委員出欠', '出席並びに欠席委員の詳細', '出席及び欠席委員の詳細', '会議の書記'), loose: true },
	// A committee's members who are not on it, and the chair of the assembly and the deputy (`○委員外議員(2名)`, `○議長・副議長`).
	{ key: 'participants', pattern: anyOf('委員外出席議員', '委員外議員', '議長・副議長', '正副議長'), loose: true },
	{ key: 'participants', pattern: anyOf('出席委員等', '出席者等', '出席構成員', '出席分科員', '出席分科会委員', '出席委員', '出席議員', '出席者', '役員出欠席者', '出欠席者', '出欠状況', '出欠席', '出欠', '参加者', '出席'), loose: true },
	// The executive's side at a committee of an assembly: `県側出席者　県土整備局長ほか関係職員`, and at a board's or a hearing's
	// meeting with residents: `４　市出席者　市長　佐々木　博、…` (its line had been lost, or read as more of the roll above).
	{ key: 'participants', pattern: anyOf('政府からの出席者', '県側出席者', '市側出席者', '区側出席者', '町側出席者', '村側出席者', '県出席者', '市出席者', '区出席者', '町出席者', '村出席者', '執行部出席者', '当局出席者'), loose: true },
	// A broadcaster's 放送番組審議会 (`放送事業者側出席者名` under `欠席委員の氏名`, `事業者側出席者`): the station's staff, a roll of its own
	// (they had been read as more absent members, the label one of them), as `委員の出席` heads the members' counts and rolls.
	{ key: 'participants', pattern: `[\\p{Script=Han}]{1,8}側(?:${anyOf('出席者名', '出席者氏名', '出席者の氏名', '出席者')})`, loose: true },
	{ key: 'participants', pattern: anyOf('委員の出席', '委員の出欠'), loose: true },
	{ key: null, pattern: anyOf('委員総数', '出席委員数', '委員の総数', '出席委員の数'), loose: true },
	// `５　事務局　都市整備部長　松本　浩`: only numbered, since `事務局` alone on a line is also a turn's label.
	// `３　司会　浜田委員長` likewise (`司会` alone heads a chair's turn).
	{ key: 'participants', pattern: anyOf('事務局', '司会'), loose: true, numberedOnly: true },
	// A 都市計画審議会's officials who serve it (`○幹事等　　都市政策部長、都市計画課長`, `５　幹事　…`): a roll of its own, where the
	// line had been a member of the roll above (`幹事` alone, a turn's label too, only numbered).
	{ key: 'participants', pattern: anyOf('幹事等'), loose: true, numberedOnly: true, markedToo: true },
	{ key: 'participants', pattern: anyOf('幹事'), loose: true, numberedOnly: true },
	// An agricultural committee's two rolls, numbered in its header with their head counts (`３　農業委員（１２名）`,
	// `５　農地利用最適化推進委員（３名）`): the second had been read as a group of the roll above, its number in its name.
	{ key: 'participants', pattern: anyOf('農地利用最適化推進委員', '推進委員', '農業委員'), loose: true, numberedOnly: true },
	// `４　委員` over the members by the part of the public each stands for (`被保険者代表委員　　杉本　和子`), as a 協議会 held in
	// writing lists those it asked: its roll (the rows had been lines not understood, the label the place).
	{ key: 'participants', pattern: anyOf('委員'), loose: true, numberedOnly: true },
	// `１　開会　午前10時00分`, `２　閉会　午前10時41分`: the sitting's times as numbered fields of the header, kept as text
	// (`１．開会` without a time is a part of the meeting's order, a section of the text); marked as the header's other
	// fields too (`○開会  午前10時16分`, as a ward's 会議記録 writes them under `○場所`).
	// (With the day before the time, in kanji too, as older records write them: `一　開會　十二月二十日午前十時　議長宣告`,
	// `一、開會　昭和三十年六月十五日（水）午後一時三十分`, `一、閉會　同日午後四時十分`.)
	{ key: null, pattern: `(?:${anyOf('開会', '閉会', '散会')})(?=\\s*${FIELD_DAY}(?:午前|午後)?\\s*[0-9]|\\s*${FIELD_DAY}(?:午前|午後)\\s*[〇一二三四五六七八九十])`, loose: true, numberedOnly: true, markedToo: true },
	// A PTA's or a residents' group's bare `出席　北後会長、伊藤副会長、…` (a space or a colon after it, never a sentence),
	// and `【欠席】(班長)古川` (only in brackets: `欠席：…` under 出席者 is one of its groups).
	{ key: 'participants', pattern: anyOf('出席'), loose: true },
	{ key: 'absent', pattern: anyOf('欠席'), loose: true, bracketedOnly: true },
	// A board's resolution without a meeting (決議の省略, 一般法人法第96条): its numbered fields name the date the resolution is deemed
	// made, what was resolved, who proposed it and who wrote the minutes (a shareholders' one, 会社法第319条, names who proposed it
	// `前号の事項の提案をした者の氏名`).
	{ key: 'date', pattern: '[^\\s\\u3000:：]{0,12}(?:決議|報告)があったものとみなされた日', loose: true, numberedOnly: true },
	{ key: 'agenda', pattern: '[^\\s\\u3000:：]{0,12}(?:決議|報告)があったものとみなされた事項(?:の内容)?', loose: true, numberedOnly: true },
	{ key: 'participants', pattern: '[^\\s\\u3000:：]{0,40}(?:提案をした|提案した|職務を行った)(?:理事|取締役|社員|評議員|株主|者)(?:の氏名)?', loose: true, numberedOnly: true },
	// Who keeps the record and who chairs the proceedings, after the roll (`書記：佐藤`, `記録者：…`, `司　会：副会長 土屋`):
	// present, never one of the roll above's groups.
	{ key: 'participants', pattern: anyOf('書記', '記録者', '記録係', '司会', '司会者', '司会進行', '議長'), loose: false },
	// (After a space too, when the numbered 組 or 班 they stand for and who follow: `議長　7組　荻野 進`,
	// `書記　2組　古川 洋子`, as a residents' association's 総会 lists them under its counts; such a line had been the chair's turn,
	// the fields and the agenda below it its words.)
	{ key: 'participants', pattern: `(?:${anyOf('書記', '記録者', '司会', '司会者', '議長')})(?=\\s+[0-9]{1,2}(?:組|班|区)\\s+${WHO_ALONE}$)`, loose: true },
	// (And before the post the chair holds and the name, as a company's or an association's header gives them under the roll:
	// `議長　　代表取締役　須藤　光一`, `議長　理事長　森　明`; the line had been two members of the roll above, one of them named no one.)
	{ key: 'participants', pattern: `(?:${anyOf('議長')})(?=\\s+(?:代表取締役(?:社長|会長)?|取締役社長|代表理事(?:理事長|会長)?|理事長|会長|組合長|委員長|社長)\\s+${WHO_ALONE}$)`, loose: true },
	// A convention's two or three co-chairs (`議長団　山田　太郎（第一支部）、石井　由美（第三支部）`): a roll, as a chair is.
	{ key: 'participants', pattern: anyOf('議長団', '大会議長団', '総会議長団'), loose: true },
	// An owners' association's managing agent and caretaker before a colon (`管理会社：…　フロント担当 大西`, `管理員：大川`): present, a
	// list of their own, never a group of the absent above them.
	{ key: 'participants', pattern: anyOf('管理会社', '管理受託会社', '管理員', '管理人'), loose: false },
	// A circle's or a club's notes: `参加：井上（会長）、西村（副会長）、…`.
	{ key: 'participants', pattern: anyOf('参加', '参加メンバー', 'メンバー'), loose: false },
	{ key: 'participants', pattern: anyOf('出席した構成員', '出席した委員', '出席した議員', '出席した職員', '出席した者'), loose: true },
	{ key: 'participants', pattern: anyOf('出席した関係職員', '出席関係職員', '委員の出席状況', '出席状況'), loose: true },
	// Those present besides the board (`７　その他出席者` under `出席監事`), a list of its own, never a group of the one above.
	// (And in old records those who sit in (`列席者　町長　廣瀬　德太郎`) and the members who came at the call (`應招議員`) or not.)
	{ key: 'absent', pattern: anyOf('不応招議員'), loose: true },
	{ key: 'participants', pattern: anyOf('列席者', '列席', '応招議員'), loose: true },
	// (And those who sit in by the body's rules, numbered as an education board's 会議録 lists them: `５　…会議規則第４条により列席したもの`;
	// the heading had been a nameless member of the roll above.)
	{ key: 'participants', pattern: '[^\\s\\u3000:：]{0,40}(?:により|に基づき|に基づいて)(?:列席|出席)した(?:もの|者)', loose: true, numberedOnly: true },
	// The clerk who keeps the record, under a ○ of its own (`○担当書記` over the name): a roll, never more of the officials above.
	{ key: 'participants', pattern: anyOf('担当書記', '会議録作成者', '会議録調製者'), loose: true },
	{ key: 'participants', pattern: anyOf('その他出席者', 'その他の出席者', 'その他出席した者', '同席者', '陪席者', '陪席'), loose: true },
	// Those a committee hears, numbered in its header (`６　参考人`, `７　請願者`, `１　陳情者`): a roll of their own, never more of the
	// officials above (its heading had been read as two members without a name).
	{ key: 'participants', pattern: anyOf('参考人', '請願者', '陳情者', '請願人', '陳情人', '公述人'), loose: true, numberedOnly: true },
	// (`説明のために出席した事務局職員の職、氏名`, as a city's education board heads its officials: the heading had been cut at
	// the 、 into a nameless member and one named 氏名.)
	{ key: 'participants', pattern: '説明のため(?:に)?出席した(?:事務局)?(?:職員|者)の職[、,・]?氏名', loose: true },
	// (So `４．議事説明員・職・氏名`, as an agricultural committee's 総会議事録 heads its staff: it had been an unknown section, the
	// staff who answer kept as minutes text and their turns matched to no one.)
	{ key: 'participants', pattern: '(?:議事)?説明員(?:[・、,]|の)?職[・、,]?氏名', loose: true },
	// Those who sit in without a seat and those who come with a member, numbered in the header (`４．オブザーバー`, `５．随行`): a
	// roll of their own (the heading had been an unknown section, its names kept as minutes text).
	{ key: 'participants', pattern: anyOf('オブザーバー', 'オブザーバ', '随行', '随行員', '同行者'), loose: true, numberedOnly: true },
	// A union's or an association's officers and guests before a colon (`役員：執行委員長 北島 誠、…`, `来賓：連合地協 事務局長 片山 修 様`):
	// rolls of their own (they had been unknown sections, kept as text).
	// (Not `オブザーバー` alone: `【オブザーバー】` under `【構成員】` is a group of the roll, as `【発表者】` after it is.)
	{ key: 'participants', pattern: anyOf('役員', '来賓', '来賓者'), loose: false },
	// A federation's or a society's secretariat listed after the absent (`準備事務局` / `（名簿順、敬称略）` / `川島隆、野村由紀`): a roll
	// of its own, as `事務局` is (its people had been more of the last part's absent).
	{ key: 'participants', pattern: anyOf('準備事務局', '運営事務局', '大会事務局', '学会事務局', '連合事務局', '本部事務局'), loose: true },
	{ key: 'participants', pattern: anyOf('説明のため出席した職員', '説明のため出席した者', '説明のため出席した者の職氏名', '説明のため出席した職員の職氏名', '職務のため出席した事務局職員', '職務のため出席した職員', '職務のため出席した者', '理事者側出席者', '出席した理事者', '出席理事者', '出席した執行部', '出席執行部', '執行部出席者', '市執行部', '町執行部', '村執行部', '区執行部', '県執行部', '議会事務局出席者', '事務局職員出席者', '出席事務局職員', '事務局出席職員', '会議に出席した事務局職員', '出席した事務局職員', '出席した議会事務局職員', '事務局出席者', '議事説明員', '出席説明員', '陪席者', '随行者', '説明員', '事務局職員', '事務局員', '区議会事務局', '市議会事務局', '町議会事務局', '村議会事務局', '県議会事務局', '議会事務局', '議会局職員', '議会局'), loose: true },
	// A panel's and a hearing's people: `コーディネーター　加藤　哲也（…）`, `パネリスト　…`, `４　聞き手　保育課長　…`, `３　対　象　…協議会`
	// (a hearing's interviewees, only numbered), and a roll named after the body (`懇談会出席者`, `懇談会欠席者　な　し`).
	{ key: 'participants', pattern: anyOf('コーディネーター', 'コーディネータ', 'ファシリテーター', 'パネリスト', 'パネラー', '聞き手', '報告者', '登壇者'), loose: true },
	{ key: 'participants', pattern: anyOf('対象', '対象者', '対象団体'), loose: true, numberedOnly: true },
	{ key: 'participants', pattern: '[\\p{Script=Han}]{2,8}出席者', loose: true },
	{ key: 'absent', pattern: '[\\p{Script=Han}]{2,8}欠席者', loose: true },
	// A 合併協議会's rolls named after it, the towns joined by 中黒 (`東浦・南原合併協議会出席者`, `…合併協議会欠席者　柚 木 昭 男　1名`,
	// `…合併協議会事務局`, `…合併協議会幹事会`): its members, the absent, its office and its officials (they had been kept as text).
	{ key: 'participants', pattern: '(?:[\\p{Script=Han}]{1,8}・){1,4}[\\p{Script=Han}]{1,12}(?:協議会|審議会|委員会)出席者', loose: true },
	{ key: 'absent', pattern: '(?:[\\p{Script=Han}]{1,8}・){1,4}[\\p{Script=Han}]{1,12}(?:協議会|審議会|委員会)欠席者', loose: true },
	{ key: 'participants', pattern: '(?:[\\p{Script=Han}]{1,8}・){0,4}[\\p{Script=Han}]{1,12}合併協議会(?:事務局|幹事会)', loose: true },
	// `6.農業委員会事務局職員`, `５　教育委員会事務局出席者`: a board's own staff, named with the board (only numbered, as a header writes it).
	{ key: 'participants', pattern: '[^\\s\\u3000:：（(【]{1,12}(?:委員会|協議会|審議会|組合)事務局(?:職員|出席者|出席職員)', loose: true, numberedOnly: true },
	// (And a web page's heading over its list of files, `資料一覧`, `配布資料一覧`: under the agenda, the files had been read as its items.)
	// (`会議資料の名称　資料１　…`: a city's form for the record of a council names its field so.)
	{ key: 'handouts', pattern: anyOf('会議資料の名称', '配付資料の名称', '配布資料の名称', '会議資料名', '配付資料一覧', '配布資料一覧', '会議資料一覧', '資料一覧', '配付資料', '配布資料', '会議資料'), loose: true },
	{ key: 'handouts', pattern: anyOf('資料'), loose: false },
	// `資　料　資料１　…`: the word, spaces, then the first handout by its number (it had been read as members of the roll above).
	{ key: 'handouts', pattern: `(?:${anyOf('資料')})(?=\\s+(?:参考|当日|追加|机上)?資料\\s*[0-9])`, loose: true },
	{ key: 'agenda', pattern: anyOf('日程及び提出議案の題目', '日程及び提出議案', '提出議案の題目', '会議次第', '大会次第', '総会次第', '本日の会議に付した事件', '会議に付した事件', '本日の会議に付した案件', '会議に付した案件', '本日審査した案件', '審査した案件', '審査した議案', '審査した事件', '付議事件', '付議案件', '審査事件', '審査案件', '調査事件', '調査案件', '審議案件', '審議事件', '審議事項', '協議・調整事項', '協議調整事項', '協議事項', '議事次第', '議事日程', '付託議案', '付託案件', '付託事件', '審査事項', '議事項目', '主な議題', '議題'), loose: true },
	// A board's matters (`５　会議事項`, as an audit commission heads them; `６　諮問事項`, what the mayor asks a council; `付議事項`):
	// its agenda, never more of the roll above (the heading and the items had been read as members without a name).
	{ key: 'agenda', pattern: anyOf('会議事項', '諮問事項', '付議事項'), loose: true },
	{ key: 'agenda', pattern: anyOf('次第', '案件'), loose: false },
	// The day's business said as such (`４．本日の案件`, `本日の議題`): the agenda (it had been an unknown section, its items text).
	{ key: 'agenda', pattern: `(?:本日|今回|今日)の(?:${anyOf('案件', '議題', '次第', '議事日程', '審議事項', '協議事項')})`, loose: true },
	// A press conference's topics: `3 知事発表項目(10時01分~10時05分)`, `4 質疑項目`, `●会見内容●`.
	{ key: 'agenda', pattern: anyOf('知事発表項目', '市長発表項目', '発表項目', '質疑項目', '会見内容'), loose: false },
	{ key: 'agenda', pattern: anyOf('議案'), loose: true, bracketedOnly: true },
	// (And before a colon, as a prefecture's 審議会 writes its header: `議　　案：` / `議第１号　…`, or alone on its line over the
	// items, as a board's header lists them: `議案` / `１　年末売出しについて`, `議　案` / `　第1号議案　…`, a city's 都市計画審議会
	// under its roll `議　　案` / `議案第１号　…`.)
	{ key: 'agenda', pattern: anyOf('議案'), loose: false },
	{
		key: 'body',
		pattern: anyOf('議事の経過の概要及び議決の結果', '議事の大要', '議事の顛末', '会議の顛末', '議事顛末', '議案及び議事内容', '議事の経過の概要及びその結果', '議事の経過の要領及びその結果', '議事の経過の要領およびその結果', '議事の経過の要領及び結果', '議事の経過の要領および結果', '議事の経過及びその結果', '議事の経過及び結果', '会議の経過及び結果', '会議の経過及びその結果', '審議の経過及び結果', '審議経過及び結果', '審査の経過', '審査経過', '審査の概要', '審査の内容', '調査の経過', '審議の経過', '質疑の概要', '質疑の要旨', '議事概要', '議事要旨', '議事録', '議事内容', '議事経過', '議事の概要', '議事の要旨', '議事の内容', '議事の経過', '協議内容', '協議の内容', '協議の概要', '会議の概要', '会議概要', '会議要旨', '会議の要旨', '審議状況', '審議の状況', '会議の模様', '会議の結果', '会議の内容', '会議の経過', '公聴会の経過', '公聴会の概要', '会議経過', '会議内容', '審議の概要', '審議の内容', '審議経過', '審議内容', '委員からの主な意見', '主な意見', '主な発言', '主な議論', '主な質疑', '主なやりとり', '主なやり取り', '意見交換の概要', '意見交換の内容', '発言要旨', '発言の要旨', '発言の概要', '議案の概要と審議結果', '議案の審議結果', '協議・報告等', '協議・報告事項', '報告・協議事項'),
		loose: true,
	},
	{ key: 'body', pattern: anyOf('議事', '内容', '概要'), loose: false },
	// A council held in writing (書面開催) numbers its header on to what came of it (`８　結果` / `議事（１）及び（２）について、全委員
	// から承認する旨の回答があった。`), whether or not the members' opinions follow it (`９　委員の意見`): the record's text.
	{ key: 'body', pattern: anyOf('結果', '審議結果', '審議の結果', '書面審議の結果', '書面開催の結果', '回答結果', '回答の結果'), loose: true, numberedOnly: true },
	// A page's heading over the turns, under its table of the header (`会議録` alone, as a prefecture's 審議会 page heads them).
	{ key: 'body', pattern: anyOf('会議録'), loose: false },
	// A press conference's text: the governor's or minister's statement, then the questions (`知事発表`, `1.冒頭発言`, `質疑応答`).
	{ key: 'body', pattern: anyOf('知事発表', '市長発表', '町長発表', '大臣発表', '冒頭発言', '質疑応答', '質疑'), loose: false },
	// A town meeting's or a mayor's talk with residents: `４．懇　談`, `懇談内容`, `意見交換` over the turns.
	{ key: 'body', pattern: anyOf(...TALK_LABELS), loose: false },
	// Google Meet's transcript saved as text: `文字起こし` alone after the attendees, then the time marks and the turns.
	{ key: 'body', pattern: anyOf('文字起こし', 'トランスクリプト'), loose: false },
	// (And in English, `Transcript` alone after `Attendees`, or `Proceedings` over the record of a meeting held in English.)
	{ key: 'body', pattern: english('Transcript', 'Proceedings'), loose: false },
	{ key: 'date', pattern: english('Date and time', 'Date & time', 'Date'), loose: false },
	{ key: 'location', pattern: english('Venue', 'Place', 'Location'), loose: false },
	{ key: 'absent', pattern: english('Absent', 'Apologies', 'Regrets'), loose: false },
	{ key: 'participants', pattern: english('Members present', 'Attendees', 'Attendance', 'Participants', 'Present', 'Members', 'Secretariat', 'Observers', 'Guests'), loose: false },
	{ key: 'agenda', pattern: english('Agenda'), loose: false },
];

/** Parts of a meeting's order that a numbered line names alone (NFKC, spaces removed). */
const ORDER_PART = /^(?:開会|閉会|開議|散会|閉議|開会挨拶|開会あいさつ|閉会挨拶|閉会あいさつ|挨拶|あいさつ)$/u;

/** `1.`, `１．`, `3、`, `一、`, `１　` before a label (a bare space counts only before a known label). */
const NUMBER_PREFIX = /^(?:(?<number>[0-9]{1,2}|[一二三四五六七八九十]{1,3}|(?<roman>[IVX]{1,4})(?=\s*[.、]))(?:\s*(?<mark>[.、。])|(?=\s))|\((?<paren>[0-9]{1,2})\)(?=\S))\s*/u;
/** Roman numerals (NFKC: `Ⅳ` → `IV`) as header numbers. */
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
/** After the label: `)`, `：` (or `；`, as some pages type it), spaces, or the end of the line. */
const SEPARATOR = '(?:\\s*[):;]\\s*|\\s+|$)';
/**
 * After an unnumbered label: `)`, `：`, `；`, a tab (a table's cell, as a Word template's `内容<TAB>…` row is copied) or the end
 * of the line.
 */
const TIGHT_SEPARATOR = '(?:\\s*[):;]\\s*| ?\\t\\s*|$)';
/** A list's bullet before a header field: `・`, `･`, `•`, and `-` or `*` with a space after (`**日時**` is Markdown's bold). */
const LABEL_BULLET = /^(?:[・･•‣∙]|[*＊\-－](?=[\s\u3000])|一(?=[\s\u3000]))[\s\u3000]*(?=\S)/u;
/** A ○ or ◎ before a header label (`○出席者`, `〇日時`, `○場　所`, `◎出席委員（３名）`, as PDFs and assemblies' records write them), not a speaker's mark. */
const CIRCLED_LABEL = new RegExp(`^[\\s\\u3000]*[○〇◯◎](?=[\\s\\u3000]*(?:${LABELS.map((label) => label.pattern).join('|')})(?:[\\s\\u3000:：(（]|$))`, 'u');
/** A label in brackets: `【日時】`, `［場所］`, `＜出席者＞` (NFKC form). */
const BRACKETS = [
	['【', '】'],
	['[', ']'],
	['<', '>'],
	['〔', '〕'],
	['〈', '〉'],
] as const;
/** Minutes words that may sit alone on the line after the title (`第３回○○研究会` / `議事要旨`, `…環境審議会` / `会　議　録`, `…部会（第１０回）` / `速　記　録`). */
const TITLE_TAIL = /^(?:議事要旨|議事録|議事概要|会議録|(?:議事)?速記録)$/u;
/** What marks the main title line (NFKC): a session number or a minutes word. */
const TITLE_MARK = /第\s*(?:[0-9]+|[〇一二三四五六七八九十百]+)\s*回|議事要旨|議事録|議事概要/u;
/** An assembly's or a committee's record by its own word (NFKC, no spaces): `みなと市議会文教子ども委員会記録`, `…分科会会議録`. */
const BODY_RECORD = /(?:委員会|議会|分科会|協議会)(?:会議録|会議記録|記録)$/u;
/** A stamp's or a mark's word above a title: a few letters, no sentence (`受付`, `取扱注意`, `公開`, `写`, `資料２`). */
const STAMP_WORD = /^[^\s。、]{1,6}$/u;
/**
 * A handout's number or a document's status set over a title (NFKC, no spaces): `資料１`, `参考資料２－１`, `速報版`, `未定稿`,
 * a running head with the status, `議事要旨（速報版）`,
 * `（案）`, `【速報】`, `委員限り`, `机上配布資料` — how the file was handed out, never the name of the body above the meeting's.
 */
const DOCUMENT_STAMP = /^[(【\[]?(?:(?:議事要旨|議事録|議事概要|会議録)[(【\[](?:速報版?|暫定版|未定稿|案)[)】\]]|(?:参考|当日|追加|机上)?資料(?:[0-9]{1,2}|[A-Z])(?:[-‐―−ー–—][0-9]{1,2}){0,2}|速報版?|未定稿|案|暫定版|確定版|修正版|取扱注意|取扱厳重注意|取扱い注意|委員限り|構成員限り|委員限|机上配[布付](?:資料)?|机上資料|会議後回収|公開|非公開)[)】\]]?$/u;
/** True for such a line: a handout's number or a document's status (`資料１`, `（速報版）`, `未定稿`). */
export function isDocumentStamp(text: string): boolean {
	return DOCUMENT_STAMP.test(titleForm(text));
}
/** Lines looked at for the title block at the top of a document. */
const TITLE_BLOCK_LINES = 6;
/** A piece of a title set on a line of its own over the record's name: the year (`令和6年`, `2024年度`) or the number (`第4回`, `第4回定例会`). */
const TITLE_PIECE = /^(?:(?:令和|平成|昭和)(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})年度?|[0-9]{4}年度?|第(?:[0-9]{1,3}|[〇一二三四五六七八九十百]{1,4})回(?:定例会?|臨時会?)?|[(（]?(?:定例|臨時)会?[)）]?)$/u;
/** The record's name under such pieces: a body and the record's word (`教育委員会会議録`, `農業委員会総会議事録`). */
const RECORD_NAME = /^[^。、，,：:\s]{2,40}(?:会議録|議事録|議事要旨|議事概要|会議記録)$/u;
/** A meeting body's name alone on a title's line (NFKC, no spaces): `…審議会…部会`, `…小委員会`, `合同会議`. */
const STACKED_NAME = /^[^。、，,：:]{2,60}(?:会議|会合|部会|分科会|委員会|審議会|検討会|研究会|懇談会|協議会|ワーキング・?グループ|WG)$/u;
/** A ministry or office line above the title (`総務省`, `内閣府`, `…事務局`): never part of the meeting's name. */
const OFFICE_LINE = /(?:省|庁|府|局|課|室|事務局)$/u;
/** A transcript's speech: a sentence end. */
const SENTENCE = /[。？！?!]/u;
/** An item of a numbered list: `1. 夏祭りの準備`, `（２）防犯灯の更新`, `３）その他`. */
const NUMBERED_ITEM = /^[\s\u3000]*(?:[0-9０-９]{1,2}[.．、)）][\s\u3000]*|[（(][0-9０-９]{1,2}[）)][\s\u3000]*)\S/u;
/** A turn written as its speaker, a colon and words: `今井：夏祭りの準備状況を確認します。`. */
const COLON_TURN = /^[\s\u3000]*[^\s\u3000：:。、]{1,15}[：:][\s\u3000]*\S.*[。？！?!]/u;

/** A field line of the header that no label names: `取締役総数：３名`, `会議の公開：公開` (a short word, then a colon). */
const OTHER_FIELD = /^(?<label>[\p{Script=Han}\p{Script=Katakana}ー・]{2,12})[\s\u3000]*[：:][\s\u3000]*(?<rest>.*)$/u;

/**
 * A field line apart from its value by spaces (`構成員　　４８名`, `議　長　　学部長　小田切　浩`, `代議員定数　62名`, and a count
 * worded with kana and a note in brackets, as a 株主総会 words them: `議決権を有する株主数　1,240名`, `出席株主数（委任状及び書面
 * による行使を含む）　912名`): after the place only.
 */
const SPACED_FIELD = /^(?<label>[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}|\p{Script=Han}[ \u3000]{1,2}\p{Script=Han}|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,24}数(?:[（(][^（()）]{1,30}[）)])?)(?:\u3000|[ ]{2,})[\s\u3000]*(?<rest>\S.*)$/u;
/** Words of those who chair, sit in, or keep the record, as a header lists them apart (`陪　席　学部事務長　村瀬`). */
const ROLL_ROLE = /^(?:議長|副議長|司会|進行|陪席|記録|書記|事務局|オブザーバー)$/u;
/** Who kept the record, after a colon, a name or two and no sentence: `記　録：佐伯`, `書記：戸田、森`, `記録者：総務部　浜田`. */
const RECORD_KEEPER = /^(?<label>記[ \u3000]{0,2}録(?:者)?|書[ \u3000]{0,2}記)[ \u3000]*[：:][ \u3000]*(?<rest>[^\s\u3000。．？！?!「」][^。．？！?!「」]{0,24})$/u;
/** The roles of a chair, which a roll may list first by role (`議長　小松　弘` / `副議長　熊谷　由紀`). */
const CHAIR_ROLE = /^(?:議長|副議長)$/u;
/** A field's value that names someone, no words said: short, no sentence's end, a post or a group apart from the name (`５班　宮田　和夫`). */
const NAMED_PERSON = /^[^\s\u3000。．？！?!、，,「」]{1,12}[\s\u3000]+[^\s\u3000。．？！?!、，,「」]{1,8}(?:[\s\u3000][^\s\u3000。．？！?!、，,「」]{1,8})?$/u;
/** The sitting's time opening a line of counts after the place (`午後7時30分　開会　　理事数　18名　　出席理事　16名`). */
const TIMED_FIELD = /^(?<label>(?:午前|午後)?[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*時(?:[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*分)?[\s\u3000]*開(?:会|議))(?:[\s\u3000]+(?<rest>\S.*))?$/u;

/** Lines from the title within which a date line alone dates the header, and below it within which its list of people stands. */
const DATE_NEAR_TOP = 12;

/** Header sections after which a paragraph of prose (past a blank line) is the minutes text. */
const PROSE_AFTER: ReadonlySet<HeaderKey> = new Set(['date', 'location', 'participants', 'absent', 'handouts']);
/** Characters of a paragraph of prose, at least. */
const PROSE_LENGTH = 25;

/** Characters of a summary's ○ point that opens the text, at least. */
const POINT_SENTENCE_LENGTH = 12;

/** A paragraph of prose: sentences (a 。), long, not in brackets and not a list item. */
function isProse(text: string): boolean {
	const bare = trimSpaces(text);
	return [...bare].length >= PROSE_LENGTH && bare.includes('。') && !/^[（(【［\[〔<＜・●○◯〇\-*]/u.test(bare);
}

/** Characters of a heading over the record's prose, at most. */
const HEADING_LENGTH = 20;

/**
 * A short unnumbered heading at the line's start with a paragraph of prose right under it (`議長団選出` / `司会から…選出された。`),
 * as the record's text heads what it tells.
 */
function headingOverProse(lines: readonly SourceLine[], index: number): boolean {
	const text = lines[index]?.text ?? '';
	const bare = trimSpaces(text);
	if (/^[\s\u3000]/u.test(text) || !atMostCharacters(bare, HEADING_LENGTH) || SENTENCE.test(bare) || NUMBERED_ITEM.test(bare) || /^[・･●•○〇◯\-*（(【［\[〔<＜第]/u.test(bare) || /[：:]/u.test(bare)) return false;
	// (The prose on the very next line: a list's item past a blank line stands apart from what follows it.)
	const next = lines[index + 1]?.text ?? '';
	return isProse(next) && /。$/u.test(trimSpaces(next));
}

/** The first part of a text's outline, `１　開会`, `1. 開会`: the number one, a short title, nothing else on its line. */
const FIRST_PART = /^(?:[1１](?:[.．、][\s\u3000]*|[\s\u3000]+))(?<title>[^\s\u3000。、：:（()）]{2,12})$/u;

/**
 * The first part of the text's outline at the line's start, `１　開会`, with the record's prose right under it (indented or not):
 * `　司会の副会長（藤井）が開会を宣言した。`.
 */
function firstPartOverProse(lines: readonly SourceLine[], index: number): boolean {
	const text = lines[index]?.text ?? '';
	if (/^[\s\u3000]/u.test(text) || !FIRST_PART.test(trimSpaces(text))) return false;
	// (A short sentence too, `司会が開会を宣言した。`, as under a heading of the text: never an item's bracketed note.)
	const next = trimSpaces(lines[index + 1]?.text ?? '');
	return /。$/u.test(next) && [...next].length >= 8 && !/^[（(【［\[〔<＜・●○◯〇\-*]/u.test(next);
}

/** `山田:`, `西野(大)`, `（会長）`, `【宮下】`: a label at a line's start (before a colon, alone, or in brackets), with any text after it. */
const LEADING_LABEL = /^(?:[（(【〔［\[](?<bracketed>[^（）()【】〔〕［］\[\]]{1,10})[）)】〕］\]]|(?<label>[^\s\u3000：:（(）)]{1,10})(?:[（(][^（）()]{1,10}[）)])?)[\s\u3000]*(?:[：:][\s\u3000]*)?(?<text>.*)$/u;

/** Longest leading part of a listed entry kept for matching labels. */
const ROLL_PREFIX = 10;

/** Add the entries of one line of a list of people (`永岡(個)、西野(大)`, `山田一郎　佐藤花子`) and their leading parts. */
function addRollNames(names: Set<string>, text: string): void {
	for (const entry of text.split(/[、,，;；\s\u3000]+/u)) {
		const chars = [...entry.replace(/^[・•\-*]+/u, '')];
		for (let length = 1; length <= Math.min(chars.length, ROLL_PREFIX); length++) names.add(chars.slice(0, length).join(''));
	}
}

/** A turn marked as an assembly's are, who speaks in brackets: `○議長（廣瀬德太郎君）`, `○三番（宇佐美傳君）`, `○議長（村長小林與四郎）`. */
const MARKED_BRACKETED_TURN = /^[○〇◯][^\s\u3000（(]{1,12}[（(][^（()）]{1,20}[）)][\s\u3000]+\S/u;

/** A sentence in Latin letters closed by a full stop: `Good morning, let's begin.` */
const LATIN_SENTENCE = /[A-Za-z]{2}[.]["'”’)]?$/u;

/**
 * A speaker's turn with a sentence of speech on its line (`細谷理事長：修繕委員会から…答申がありました。`), or a turn marked
 * and bracketed as an assembly's are, whose words old records print without a 。 (`○議長（…君）　只今ヨリ開會致シマス`).
 */
function isSpokenTurn(text: string): boolean {
	const trimmed = trimSpaces(text);
	const entry = classifyBareLine(trimmed);
	// (A turn stamped with its time, its words in English, `[0:00:01] Mary-Anne O'Neil: Welcome to the committee.`, is spoken too:
	// under the roll it had been read as a group of the roll.)
	const stampedInEnglish = entry.kind === 'speaker' && entry.text !== null && LATIN_SENTENCE.test(entry.text) && timedTurn(trimmed) !== null;
	return entry.kind === 'speaker' && entry.text !== null && (SENTENCE.test(entry.text) || MARKED_BRACKETED_TURN.test(trimmed) || stampedInEnglish);
}

/**
 * Whether the minutes go on within the two lines with text after `index` (a heading may stand between two turns): another
 * speaker's turn, a label over speech, or prose, and no field of the header before it.
 */
function textFollows(lines: readonly SourceLine[], index: number): boolean {
	for (let next = nextNonBlank(lines, index + 1), seen = 0; next !== -1 && seen < 2; next = nextNonBlank(lines, next + 1), seen++) {
		const text = lines[next]?.text ?? '';
		if (matchSectionLine(text) !== null) return false;
		if (isSpokenTurn(text) || isLabelOverSpeech(lines, next) || isProse(text)) return true;
	}
	return false;
}

/** Words of speech: hiragana, which names and a roll's posts seldom hold. */
const SPOKEN_KANA = /\p{Script=Hiragana}/u;

/** `「会長」`, `事務局`, `委員長（前田）` or `久我 浩二   0:05` alone on its line, the speech on the next line: a turn. */
function isLabelOverSpeech(lines: readonly SourceLine[], index: number): boolean {
	const entry = classifyBareLine(trimSpaces(lines[index]?.text ?? ''));
	const nextText = trimSpaces(lines[index + 1]?.text ?? '');
	// (A name and its time into the recording over words in English, `Mary-Anne O'Neil   0:03` / `Good morning, let's begin.`,
	// is a turn as one over Japanese words is: the words had been read as a roll of names split at the comma.)
	const stamped = entry.kind === 'speaker' && entry.bare === true && entry.text !== null;
	// (So is one over words cut mid-sentence, `話者 2 00:19` / `三社から見積もりが出ておりまして、`, as an app cuts its cues: the
	// turn had been read as a group of the roll, and the turns down to the first whole sentence with it.)
	const cut = stamped && nextText.length <= 400 && SPOKEN_KANA.test(nextText);
	return entry.kind === 'speaker' && (entry.text === null || entry.bare === true) && (SENTENCE.test(nextText) || (stamped && LATIN_SENTENCE.test(nextText)) || cut) && matchSectionLine(nextText) === null;
}

/** Whether the chair's label alone at `index` stands over the sitting's clock and then a sentence, or over a sentence. */
function chairOverWords(lines: readonly SourceLine[], index: number): boolean {
	const below = lines.slice(index + 1).filter((source) => source.text.trim() !== '').slice(0, 2).map((source) => trimSpaces(source.text));
	const [first = '', second = ''] = below;
	return readSittingTime(first) !== null ? SENTENCE.test(second) : SENTENCE.test(first) && matchSectionLine(first) === null;
}

/**
 * Whether a line is a row of the same table as the line above it: three cells or more, as many as that line's, a tab apart; or
 * cells padded apart as the line above's are, each starting in the same column (`書記　　　　　山口　恵　　　○` under
 * `会長　　　　　西村　由美　　○`).
 */
function isRollTableRow(text: string, above: string): boolean {
	const cells = text.split('\t').length;
	if (cells >= 3 && above.split('\t').length === cells) return true;
	// (A body in the first cell, `事務局　　村上　達也　　…課長` under `委員　　…`, heads a list of its own as before.)
	if (ROLL_BODY.test(trimSpaces(text).split(/[ \u3000]{2,}/u)[0] ?? '')) return false;
	const starts = paddedCellStarts(text);
	const aboveStarts = paddedCellStarts(above.trimEnd());
	return starts.length >= 2 && starts.length === aboveStarts.length && starts.every((start, at) => start === aboveStarts[at]);
}

/** The roll's roles that name a body rather than a post someone holds: `事務局`, `オブザーバー`. */
const ROLL_BODY = /^(?:事務局|オブザーバー)$/u;

/** Where each cell of a row padded into columns starts (by characters; a gap is two spaces or more). */
function paddedCellStarts(text: string): number[] {
	if (/\t/u.test(text)) return [];
	return [...text.matchAll(/(?:^|[ \u3000]{2,})(?=\S)/gu)].map((gap) => [...text.slice(0, gap.index + gap[0].length)].length);
}

/** How many headings in a row (an outline of the meeting's parts) may stand over the text's first line. */
const OUTLINE_DEPTH = 5;

/** How a topic of business ends: `…の件`, `…について`. */
const TOPIC_END = /(?:の件|について)$/u;

/**
 * Whether the minutes text starts at `index` (past the header's last list, without a body label): a paragraph
 * of prose, the sitting's time (`午後１時００分　開会`), a turn the line reader knows (`（企画課長）　…`, `○…`),
 * a label naming someone of the header's lists (`山田:開会します。`, `西野(大)` with speech below), or a
 * heading (`〈内容〉`) with such a line after it.
 */
function startsText(lines: readonly SourceLine[], index: number, roll: ReadonlySet<string>, depth = 0, outline = true): boolean {
	const text = trimSpaces(lines[index]?.text ?? '');
	if (text === '') return false;
	// (A numbered `１　開会　午前10時00分` is a field of the header, not the text's first line.)
	// (`〇午前10時開会`: the sitting's time marked as the header's labels are.)
	if (isProse(text) || readSittingTime(text.replace(/^[〇○◯]/u, ''))?.item === false) return true;
	// (Under a heading, `第1号議案　事業報告`, a short sentence is the text too: `西田会長より説明があった。`.)
	if (depth > 0 && /。$/u.test(text) && [...text].length >= 8 && !/^[（(【［\[〔<＜・●○◯〇\-*]/u.test(text)) return true;
	// (A memo's points, `・次回の講演会は5月を目標に準備する。`: a bullet and a sentence, never a roll's entry.)
	const entry = classifyBareLine(text);
	// (So is a point with who said it, `・やぐらの設営は若手にお願いしたい(浅野会長)`.)
	const saidBy = /^[・･●•].{4,}[（(](?<who>[^（()）]{1,12})[）)]$/u.exec(text)?.groups?.who;
	if (/^[・･●•]/u.test(text) && (/。$/u.test(text) || (saidBy !== undefined && (isSpeakerLabel(saidBy) || roll.has(saidBy))))) return true;
	// (And casual notes' points of who said what, `・田中：参加者28人で過去最多！`, `→山田さん：…`, by names that open such lines again and again.)
	const pointed = pointByName(text);
	if (pointed && roll.has(pointed.name) && /\p{Script=Hiragana}/u.test(pointed.text)) return true;
	// (A summary's ○ point, a sentence, `○　事務局から、…について説明を行った。`: never a field the header marks ○, which holds none.)
	if (/^[○〇◯]/u.test(text) && /。$/u.test(text) && [...text].length >= POINT_SENTENCE_LENGTH && matchSectionLine(text) === null) return true;
	// (A transcription tool's line, `森本 拓也 が文字起こしを開始しました`, is the text's first line: never a name of the roll.)
	if (isSpokenTurn(text) || isToolLine(text)) return true;
	// (`開会の言葉(鴨井副会長)`: a part of the meeting and who speaks in it, never a roll's entry.)
	if (entry.kind === 'speaker' && entry.heading !== undefined) return true;
	let next = index + 1;
	while (next < lines.length && (lines[next]?.text.trim() ?? '') === '') next++;
	const nextText = trimSpaces(lines[next]?.text ?? '');
	if (isLabelOverSpeech(lines, index)) return true;
	// (`井上「今年も…」`: a name of the roll and its words in quotation brackets.)
	const said = quotedTurn(text);
	if (said && roll.has(said.label)) return true;
	const label = LEADING_LABEL.exec(text)?.groups;
	const name = label?.bracketed ?? label?.label ?? '';
	if (name !== '' && roll.has(name) && matchSectionLine(text) === null) {
		if ((label?.text ?? '') !== '') return SENTENCE.test(label?.text ?? '');
		return SENTENCE.test(nextText) && matchSectionLine(nextText) === null;
	}
	// (A heading the line reader does not know as one, short and alone, `総 会`, goes before the text too.)
	const shortTitle = [...text].length <= 12 && !/[。、，．：:（()）]/u.test(text);
	// (Nor does a topic, `1️⃣夏祭り実行委員会の立ち上げの件`, over the points said on it: a roll's entry never ends so.)
	const topic = atMostCharacters(text, 40) && !text.includes('。') && TOPIC_END.test(text);
	// (An outline of the meeting's parts, `第１　会長挨拶` / `第２　報告事項` / `(1) ごみ集積所の管理について`, heads the text however deep
	// it goes: a run of headings the line reader knows, from this line on, is looked through further than other short lines.)
	const heading = outline && entry.kind === 'heading';
	const within = heading ? depth < OUTLINE_DEPTH : depth < 2;
	if (within && (entry.kind === 'heading' || entry.kind === 'note' || shortTitle || topic) && next < lines.length) return startsText(lines, next, roll, depth + 1, heading);
	return false;
}

/** A header section line as recognized. */
export interface SectionLine {
	key: HeaderKey | null;
	/** The label as written (for messages), without number and separator. */
	label: string;
	number: number | null;
	/** Text after the label on the same line, as written. */
	rest: string;
	/** A field the readers know and keep as text (`傍聴者　３名`, `理事総数　７名`, `会議の公開・非公開`): no warning. */
	field?: boolean;
	/** An editorial bracket right after the label, without brackets: `敬称略` for `出席者（敬称略）`. */
	note?: string;
	/** A roll whose head count says nobody: `○欠席委員(0名)`, `欠席委員（なし）`. */
	nobody?: boolean;
}

/** One header section: its label line and the lines under it (the label line's rest first). */
export interface HeaderSection extends SectionLine {
	line: number;
	lines: SourceLine[];
}

/** The header split of a document. */
export interface HeaderSplit {
	title: SourceLine | null;
	/** Lines between the title and the first section (issuer, date). */
	preamble: SourceLine[];
	sections: HeaderSection[];
	/** The body's lines (empty when no body was found). */
	body: SourceLine[];
	/** True when a body label (議事概要) or the start of a summary document's text was found. */
	hasBody: boolean;
	/** Line of the body label, or of the first body line of a summary document. */
	bodyLine: number | null;
	/** The body label as written (`議事要旨`), null for a summary document. */
	bodyLabel: string | null;
}

/** A regex source matching one character literally. */
const literal = (char: string): string => char.replace(/[[\]\\^$.|?*+(){}]/gu, '\\$&');

/**
 * An editorial bracket right after a label (NFKC form): `(敬称略)`, `(五十音順、敬称略)`, `(50音順)`; or the words bare after a
 * head count (`出席委員(10名)五十音順`).
 */
const EDITORIAL = `(?:\\s*\\([^()]*(?:${EDITORIAL_WORDS})[^()]*\\)|(?<=\\))\\s*(?:${EDITORIAL_WORDS}))?`;
/** The editorial bracket (or bare words) inside a matched label, for reading its note. */
const EDITORIAL_NOTE = new RegExp(`\\((?<note>[^()]*(?:${EDITORIAL_WORDS})[^()]*)\\)|(?<=\\)\\s*)(?<bare>${EDITORIAL_WORDS})`, 'u');

/**
 * A head count after a roll's label: `出席委員（３名）`, `出席者 (15人)`, `出席者（十一名）`, of how many of the body came
 * (`出席委員（１４名中１１名出席）`, `出席者（委員20名中16名）`), or that it lists none, `欠席委員（なし）` (NFKC form).
 */
const HEAD_COUNT = '(?:\\s*\\(\\s*(?:(?:[^()0-9]{0,6}[0-9〇一二三四五六七八九十百]{1,4}\\s*(?:名|人)\\s*(?:中|のうち|うち))?[0-9〇一二三四五六七八九十百]*\\s*(?:名|人)(?:\\s*(?:出席|参加))?|なし|無し)\\s*\\))?';

/** How old records head a roll, after its label: `出席議員左ノ如シ`, `出席者ハ左ノ如シ`, `出席委員は左のとおり` (NFKC form). */
const ROLL_TAIL = '(?:\\s*[はハ]?\\s*左\\s*[のノ]\\s*(?:如\\s*[しシくク]|とおり|通り))?';

/**
 * The group a roll lists in brackets after its label, as a municipality's form heads the members and the staff apart
 * (`出席者氏名（委員）` / `出席者氏名（事務局）`, `出席者（委員）`, `欠席者氏名（委員）`; NFKC form): the members' kind of the body
 * or the office's side, never a count or an editorial note.
 */
const ROLL_GROUP = '(?:\\s*[(\\[【]\\s*(?<group>(?:委員|構成員|部会員|分科会委員|専門委員|臨時委員|幹事|事務局|事務局職員|職員|関係職員|説明員|執行部|理事者|市|町|村|区|県|市側|町側|村側|区側|県側|オブザーバー|関係者|参与|顧問|アドバイザー))\\s*[)\\]】])?';

/** The times of a part after its label: `知事発表項目(10時01分~10時05分)`, `質疑(10:05~10:43)` (NFKC form). */
const TIME_NOTE = '(?:\\s*\\(\\s*[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2})\\s*[~〜～\\-]\\s*[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2})\\s*\\))?';

/** A legend of speaker marks after the body label: `議  事(◎は委員長、○は委員、●は事務局の発言)`, closed or not. */
const LEGEND = '(?:\\s*\\(\\s*[◎○●◇◆■□△▲☆★][^()]*\\)?)?';
/**
 * What kind of record a body label heads, in brackets after it: `審査の経過（要点）`, `議事の経過（要旨）`, and as a city's
 * form writes it, `審議経過（主な発言要旨）`, `会議の経過（発言の要旨）`, `議事内容（主な意見）` (NFKC form).
 */
const BODY_KIND = '(?:\\s*\\((?:主な)?(?:(?:発言|意見|質疑|議論)の?)?(?:要点|要旨|概要|抄録|要約|要点筆記|要点記録|意見|発言|質疑)\\))?';

/**
 * A label's English twin after a slash, as bilingual minutes write their header (`出席者 / Participants:`, `議事／Agenda`,
 * NFKC form): part of the label.
 */
const TRANSLATION = '(?:\\s*/\\s*[A-Za-z][A-Za-z&\\- ]{0,30}[A-Za-z])?';

/** A label's pattern with `ノ` for `の` too, as old records write their labels (`議事ノ顛末`, `會議ノ經過`). */
const oldKana = (pattern: string): string => pattern.replace(/の/gu, '[のノ]');

/**
 * The letters a label's pattern can start with, or null when any can (an alternative opening with a class, a group or an
 * escape): the first letter of each piece between `|`s, a piece inside a group too (a letter too many only means a pattern tried).
 */
function firstLetters(pattern: string): ReadonlySet<string> | null {
	const letters = new Set<string>();
	for (const piece of pattern.split('|')) {
		const first = String.fromCodePoint(piece.codePointAt(0) ?? 0);
		// (Nor a letter that may be left out, `第?…`.)
		if (piece === '' || '[(\\.^$'.includes(first) || '?*{'.includes(piece.charAt(first.length))) return null;
		letters.add(first);
	}
	return letters;
}

/** Each label's patterns, compiled once: in brackets, then followed by a loose or a tight separator. */
const COMPILED = LABELS.map((entry) => ({ ...entry, pattern: oldKana(entry.pattern) })).map((label) => ({
	key: label.key,
	firsts: firstLetters(label.pattern),
	numberedOnly: label.numberedOnly === true,
	markedToo: label.markedToo === true,
	bracketedOnly: label.bracketedOnly === true,
	bracketed: new RegExp(`^(?:${BRACKETS.map(([open, close]) => `${literal(open)}\\s*(?<label${BRACKETS.findIndex(([o]) => o === open)}>${label.pattern})${EDITORIAL}\\s*${literal(close)}`).join('|')})\\s*[:：]?\\s*`, 'u'),
	loose: new RegExp(`^(?<label>${label.pattern})${TRANSLATION}${label.key === 'participants' || label.key === 'absent' ? ROLL_GROUP : ''}${HEAD_COUNT}${label.key === 'participants' || label.key === 'absent' ? ROLL_TAIL : ''}${TIME_NOTE}${EDITORIAL}${label.key === 'body' ? `${BODY_KIND}${LEGEND}` : ''}${SEPARATOR}`, 'u'),
	tight: new RegExp(`^(?<label>${label.pattern})${TRANSLATION}${label.key === 'participants' || label.key === 'absent' ? ROLL_GROUP : ''}${HEAD_COUNT}${label.key === 'participants' || label.key === 'absent' ? ROLL_TAIL : ''}${TIME_NOTE}${EDITORIAL}${label.key === 'body' ? `${BODY_KIND}${LEGEND}` : ''}${label.loose ? SEPARATOR : TIGHT_SEPARATOR}`, 'u'),
	// The body's, the agenda's or the handouts' label alone in round brackets (`（議事概要）`, `（議事次第）`, `（配布資料）`, as a
	// ministry's page heads them); other round brackets hold groups (`（構成員）`) and notes.
	round: label.key === 'body' || label.key === 'agenda' || label.key === 'handouts' ? new RegExp(`^\\(\\s*(?<label>${label.pattern})\\s*\\)\\s*$`, 'u') : null,
	// A numbered date label run into its date, or the body's label into its first line, as a web page's table copied as
	// text joins its cells (`1 日時令和6年2月7日…`, `8 会議の内容都市計画課長(今泉伸也君) 本日は…`: a body label of four
	// letters or more, then a turn's label and a space; `2 議事録署名人の指名` is an item of business).
	glued: label.key === 'date' ? new RegExp(`^(?<label>${label.pattern})(?=(?:令和|平成|昭和|[0-9]{4}\\s*年))`, 'u') : label.key === 'body' ? new RegExp(`^(?<label>${label.pattern})(?<=^.{4,})(?=[^\\s:：)）\\]】\\p{Script=Hiragana}]\\S{0,29}[ \\u3000]+\\S)`, 'u') : null,
}));

/** A label found at the start of a line: its key, its span, the length to skip and the span of an editorial note. */
interface LabelMatch {
	/** Null for a field the header knows but does not read (`会議の公開・非公開`): a section of its own, kept as text. */
	key: HeaderKey | null;
	label: [number, number];
	length: number;
	note: [number, number] | null;
}

/** The span of the editorial note inside a matched label text starting at 0, or null. */
function noteSpan(matched: string): [number, number] | null {
	const found = EDITORIAL_NOTE.exec(matched);
	if (!found?.groups) return null;
	if (found.groups.bare !== undefined) return [found.index, found.index + found.groups.bare.length];
	const from = found.index + 1;
	return [from, from + (found.groups.note ?? '').length];
}

/** The opening brackets of `BRACKETS`, with which a label in brackets starts. */
const BRACKET_OPENERS: ReadonlySet<string> = new Set(BRACKETS.map(([open]) => open));
/** The first letter inside a line's opening bracket, after any spaces (as the bracketed patterns allow them); none past 64 spaces, and then every label is tried. */
const INNER_FIRST = /^.\s{0,64}(\S)/u;

/** The label at the start of `after` (NFKC), bracketed or followed by a separator: its key, its span and the length to skip. */
function matchLabel(after: string, numbered: boolean, marked = false): LabelMatch | null {
	// (A label in brackets, `【日時】`, `（議事概要）`, needs its bracket first: a line that opens with none is not tried for one.)
	const opener = after.charAt(0);
	const inBrackets = BRACKET_OPENERS.has(opener);
	const inRound = opener === '(';
	// (Each label is tried only where the line, or the words inside its bracket, start with a letter the label can start with.)
	const first = String.fromCodePoint(after.codePointAt(0) ?? 0);
	const inner = inBrackets || inRound ? (INNER_FIRST.exec(after)?.[1] ?? null) : null;
	for (const label of COMPILED) {
		if (label.numberedOnly && !numbered && !(marked && label.markedToo)) continue;
		const plain = label.firsts === null || label.firsts.has(first);
		const enclosed = inner === null || label.firsts === null || label.firsts.has(inner);
		if (!plain && !enclosed) continue;
		const bracketed = inBrackets && enclosed ? label.bracketed.exec(after) : null;
		if (bracketed?.groups) {
			const inner = Object.values(bracketed.groups).find((value) => value !== undefined) ?? '';
			const from = bracketed[0].indexOf(inner);
			return { key: label.key, label: [from, from + inner.length], length: bracketed[0].length, note: noteSpan(bracketed[0]) };
		}
		if (label.bracketedOnly) continue;
		const round = inRound && enclosed ? label.round?.exec(after) : null;
		if (round?.groups) {
			const from = round[0].indexOf(round.groups.label ?? '');
			return { key: label.key, label: [from, from + (round.groups.label ?? '').length], length: round[0].length, note: null };
		}
		if (!plain) continue;
		const match = (numbered ? label.loose : label.tight).exec(after);
		// (Those present named by their group in brackets, `出席者氏名（委員）`, are that group: the label is the bracket's word.)
		const group = label.key === 'participants' ? match?.groups?.group : undefined;
		if (match?.groups && group !== undefined) {
			const from = match[0].indexOf(group, (match.groups.label ?? '').length);
			return { key: label.key, label: [from, from + group.length], length: match[0].length, note: noteSpan(match[0]) };
		}
		if (match?.groups) return { key: label.key, label: [0, (match.groups.label ?? '').length], length: match[0].length, note: noteSpan(match[0]) };
		const glued = numbered ? label.glued?.exec(after) : null;
		if (glued?.groups) return { key: label.key, label: [0, glued[0].length], length: glued[0].length, note: null };
	}
	return null;
}

/** The fields that name who chairs or keeps the record (`議長：佐伯学部長`, `司　会：副会長 土屋`, `書記：教務課　村井`), and the officers and guests (`役員：…`, `来賓：…`). */
const CHAIR_FIELD = /^(?:議長|司会|司会者|司会進行|書記|記録者|記録係|役員|来賓|来賓者)$/u;
/** What follows such a label when it is someone's words, not a name: a sentence's end, a comma of speech, or a run of kana. */
const FIELD_SPEECH = /[。！？!?]|[\p{Script=Hiragana}]{4}/u;

/** A section line read as if unnumbered. */
function withoutNumber(section: SectionLine | null): SectionLine | null {
	return section === null ? null : { ...section, number: null };
}

/** Recognize a header section line (`1. 日時) …`, `**２．場所**`, `■日時：…`, `【日時】…`, `日時　…`), or null; remembered by the line's text. */
export const matchSectionLine = memoByText(readSectionLine);

/** A header section line, read (`matchSectionLine`). */
function readSectionLine(raw: string): SectionLine | null {
	// `参加者 3 01:52` over the words: a transcript's unnamed speaker, no list of participants.
	if (isNumberedSpeaker(trimSpaces(raw), true)) return null;
	// (The pattern sees the line without its leading spaces: run over megabytes of them it would overflow the stack.)
	const unindented = raw.trimStart();
	// `・日時：令和6年4月7日`, `- 場所：…`: a header field as an item of a list, when a label this reader knows follows the bullet.
	const bullet = LABEL_BULLET.exec(unindented);
	if (bullet) {
		// (`一　議　　長　理事長　中島恵子`: 一 numbers the fields of a corporation's minutes, so a label read only when numbered counts.)
		const inner = matchSectionLine(unindented.slice(bullet[0].length)) ?? (unindented.startsWith('一') ? withoutNumber(matchSectionLine(`1 ${unindented.slice(bullet[0].length)}`)) : null);
		return inner && inner.number === null && (inner.key !== null || inner.field === true) ? inner : null;
	}
	const marked = CIRCLED_LABEL.test(unindented);
	const { text } = stripDecoration(unindented.replace(CIRCLED_LABEL, ''));
	const mapped = matchFormWithMap(text);
	const prefix = NUMBER_PREFIX.exec(mapped.text);
	const start = prefix ? prefix[0].length : 0;
	const after = mapped.text.slice(start);
	// `(1)日時`, as older ministry pages number their header (a known label must follow: `(1) 国際連携について` stays text).
	const number = prefix ? (prefix.groups?.roman ? (ROMAN[prefix.groups.roman] ?? null) : parseNumeral(prefix.groups?.number ?? prefix.groups?.paren ?? '')) : null;
	// A number in brackets (`(1)日時`) counts as no number for the labels that need one (`資料`, and `事務局`, which
	// `（２）事務局` inside a list of people heads a group of): only the labels read without a number follow it.
	const found = matchLabel(after, prefix !== null && prefix.groups?.paren === undefined, marked && prefix === null);
	if (found) {
		const section: SectionLine = {
			key: found.key,
			label: trimSpaces(originalSlice(text, mapped, start + found.label[0], start + found.label[1])),
			number,
			rest: trimSpaces(originalSlice(text, mapped, start + found.length)),
		};
		if (found.note) section.note = trimSpaces(originalSlice(text, mapped, start + found.note[0], start + found.note[1]));
		if (/^[^(]*\(\s*(?:0\s*(?:名|人)|なし|無し)\s*\)/u.test(after.slice(0, found.length))) section.nobody = true;
		// `出席者 5名、欠席者1名、…により本理事会は成立した。`: a sentence counting those present is the text's, no roll.
		if ((found.key === 'participants' || found.key === 'absent') && /[0-9０-９]{1,4}[\s\u3000]*名/u.test(section.rest) && /。$/u.test(section.rest)) return { ...section, key: null, field: true };
		if (found.key === null) section.field = true;
		// `議長：ただいまから…`, `司会：それでは…`: the chair's or the host's words after the roll, a turn, never a field naming them.
		if (found.key === 'participants' && CHAIR_FIELD.test(section.label.replace(/[\s\u3000]/gu, '')) && FIELD_SPEECH.test(section.rest)) return null;
		// (`○議長` alone over the words, as a hearing's record marks every turn: the chair's label, no field naming who chairs.)
		if (found.key === 'participants' && marked && prefix === null && section.rest === '' && CHAIR_FIELD.test(section.label.replace(/[\s\u3000]/gu, ''))) return null;
		return section;
	}
	// An unknown numbered section needs a real mark (`6. 備考`), not only a space (`1 国際連携について`), unless it is a
	// part of the meeting's order (`１ 開会`, `３ 閉会`): never a member of the list above it.
	if ((prefix?.groups?.mark || (prefix && ORDER_PART.test(after.replace(/\s/gu, '')))) && after.trim() !== '') {
		const label = /^[^\s):]+/u.exec(after)?.[0] ?? after;
		const restStart = start + label.length;
		return {
			key: null,
			label: trimSpaces(originalSlice(text, mapped, start, restStart)),
			number,
			rest: trimSpaces(originalSlice(text, mapped, restStart).replace(/^[\s)）:：]+/u, '')),
		};
	}
	return null;
}

/**
 * A sentence saying the meeting was quorate, with the count of those present: `出席者５名、欠席者１名、管理規約第５３条により本理事会は
 * 成立した。`, `理事７名中６名が出席し、理事会は有効に成立しております。`.
 */
const QUORUM_SENTENCE = /^(?=.{8,120}$)(?=.*[0-9０-９一二三四五六七八九十]{1,4}[\s\u3000]*名).*(?:成立|有効に成立)(?:した|しました|している|しています|しております|する)。$/u;

/** Whether the next line with text is the label of the agenda or of the minutes text (`■審議事項`, `■議事内容`). */
function businessLabelNext(lines: readonly SourceLine[], index: number, sectionAt: (i: number) => SectionLine | null): boolean {
	const next = nextNonBlank(lines, index + 1);
	const key = next < 0 ? null : sectionAt(next)?.key;
	return key === 'agenda' || key === 'body';
}

/** A line that is a word and a head count alone, maybe bulleted (NFKC): `・委任状　30名`, `書面表決　12名`, `合計：87名（定足数61名）`. */
const COUNT_LINE = /^(?:[・･•\-*]\s*)?[^\s0-9、。:：()（）]{1,12}\s*[:：]?\s*[0-9]{1,6}\s*(?:名|人|個|票|世帯|株)(?:\s*\([^()]{1,30}\))?$/u;

/**
 * A roll's label over a head count alone among lines that count how the meeting came together (`出席者　45名` between
 * `・正会員総数　120名` and `・委任状　30名`, `出席代議員　54名` over `委任状　4名`, as a 総会's or a convention's check of its quorum
 * writes them): a count kept as text, no roll (the counts below it had been read as its nameless members).
 */
function countAmongCounts(lines: readonly SourceLine[], at: number, section: SectionLine | null): SectionLine | null {
	if (section === null || (section.key !== 'participants' && section.key !== 'absent') || !isHeadCountOnly(section.rest)) return section;
	const next = nextNonBlank(lines, at + 1);
	const text = next < 0 ? '' : matchForm(trimSpaces(lines[next]?.text ?? ''));
	if (!COUNT_LINE.test(text)) return section;
	const below = matchSectionLine(lines[next]?.text ?? '');
	return below?.key === 'participants' || below?.key === 'absent' ? section : { ...section, key: null, field: true };
}

/** True when a field's value is a head count and nothing else (`45名`, `５４名`, `12 人`). */
function isHeadCountOnly(text: string): boolean {
	return /^[0-9]{1,6}\s*(?:名|人)$/u.test(matchForm(trimSpaces(text)));
}

/** The parts of the business a board or a faculty meeting heads its text with: `審議事項`, `協議事項`, `報告事項`, `決議事項`. */
const BUSINESS_PART = /^(?:審議事項|協議事項|報告事項|決議事項|議決事項|連絡事項|確認事項)$/u;
/** The parts of a 議事次第 numbered as its header is (NFKC, spaces removed): `開会`, `議事`, `報告`, `協議事項`, `その他`. */
const AGENDA_PART = /^(?:開会|閉会|開議|散会|挨拶|あいさつ|\S{0,6}(?:挨拶|あいさつ)|議事|議題|報告|報告事項|協議|協議事項|審議|審議事項|説明|質疑|質疑応答|意見交換|その他|連絡事項|事務連絡)$/u;

/**
 * A line numbered as the header's next section (`８　審査の経過` after `７　審査事件`), with a short label the header
 * does not know: a section of its own (its lines are kept as minutes text), never an item of the list above it.
 */
function nextNumberedSection(raw: string, last: number): SectionLine | null {
	const { text } = stripDecoration(raw);
	const mapped = matchFormWithMap(text);
	const prefix = NUMBER_PREFIX.exec(mapped.text);
	if (!prefix || prefix.groups?.paren !== undefined || prefix.groups?.roman !== undefined) return null;
	if (parseNumeral(prefix.groups?.number ?? '') !== last + 1) return null;
	const after = mapped.text.slice(prefix[0].length);
	const label = /^[^\s():：]+(?:\([^()]{1,10}\))?/u.exec(after)?.[0] ?? '';
	// A part of the meeting (`３　報　告`, `４　閉会`) is the next item of a 議事次第's own numbering.
	if (label === '' || !atMostCharacters(label, 12) || /[。、]/u.test(after) || AGENDA_PART.test(after.replace(/\s/gu, ''))) return null;
	return {
		key: null,
		label: trimSpaces(originalSlice(text, mapped, prefix[0].length, prefix[0].length + label.length)),
		number: last + 1,
		rest: trimSpaces(originalSlice(text, mapped, prefix[0].length + label.length).replace(/^[\s)）:：]+/u, '')),
	};
}

/** A short line holding only a date (and maybe a weekday or time), as in a summary document's header. */
export function isDateLine(text: string): boolean {
	const { text: bare } = stripDecoration(text);
	return bare !== '' && [...bare].length <= 40 && !bare.includes('。') && findDate(bare) !== null;
}

/**
 * The record telling when and where the meeting was held, in one sentence opening with the date above the header's
 * sections (`令和六年五月十日(金曜日)、令和6年第5回教育委員会議(定例会)を教育委員室において開催した。`, as a city's
 * education board writes its 会議録): a date line of the header.
 */
export function isHeldOnLine(text: string): boolean {
	const { text: bare } = stripDecoration(text);
	if (!atMostCharacters(bare, 160) || !/。$/u.test(bare)) return false;
	const found = findDate(bare);
	return found?.ok === true && matchForm(bare).trimStart().startsWith(found.written) && HELD.test(bare);
}
/** How such a sentence ends: the meeting held, opened or called. */
const HELD = /(?:開催|開会|招集)(?:した|された|しました|されました)。$/u;
/** The place in such a sentence: `…を教育委員室において開催した。`, `…を教育委員会室に招集した。` (never the hour it was called for). */
export const HELD_AT = /[をは](?!(?:午前|午後)?[0-9０-９〇一二三四五六七八九十]{1,3}時)(?<place>[^、。をは]{2,30}?)(?:(?:において|にて|で)(?:開催|開会|招集)|に招集)/u;

/**
 * The title written again in another form under it (`令和6年第5回さくら川市教育委員会議会議録` under
 * `令和6年第5回教育委員会議(5月定例会)会議録`): a line of the title block naming the kind of record, no sentence.
 */
export function isTitleAgain(text: string): boolean {
	const { text: bare } = stripDecoration(text);
	return atMostCharacters(bare, 60) && !/[。、]/u.test(bare) && /(?:会議録|議事録|議事要旨|議事概要)$/u.test(bare);
}

/** A city's or a ministry's post over a name in a roll (`交通政策課長`, `都市整備部長`, `企画係長`, `課長補佐`). */
const OFFICIAL_POST = /^\S{1,16}(?:部長|課長|局長|室長|所長|係長|補佐|主幹|主査|主事|主任|参事)$/u;

/** A short line naming the issuing body: `サイバーセキュリティタスクフォース事務局`, `総務省`, `内閣府政策統括官（政策調整担当）`. */
export function isIssuerLine(text: string): boolean {
	const { text: bare } = stripDecoration(text);
	return bare !== '' && [...bare].length <= 40 && !/[。、]/u.test(bare) && (isOrganisation(bare) || MINISTRY_OFFICE.test(bare));
}
/**
 * A ministry's office named by its secretariat or its head's post, what it is in charge of in brackets (`内閣府大臣官房`,
 * `内閣府政策統括官（政策調整担当）`, `…統括官付`), as a PDF's cover names who issued the record.
 */
const MINISTRY_OFFICE = /^(?:内閣官房|[^\s\u3000（()）]{1,10}?[省庁府])[^\s\u3000（()）]{0,16}?(?:官房|官)(?:[（(][^\s\u3000（()）]{1,16}担当[）)])?付?$/u;

/** True for a bare `議事` label (`2. 議事`), which names the agenda when a fuller body label (議事録, 議事概要, …) follows. */
function isBareProceedings(section: SectionLine): boolean {
	return section.key === 'body' && matchForm(section.label).replace(/\s/gu, '') === '議事';
}

/** Leading spaces of a line (ASCII and ideographic). */
function indentOf(text: string): number {
	return /^[\s\u3000]*/u.exec(text)?.[0].length ?? 0;
}

/**
 * A bare `議事` that is a part of the 議事次第 above it, not the body's label: `５．議事` numbered as the list's next item
 * (`１．開会あいさつ` … `４．来賓あいさつ`), or unnumbered after an unnumbered part (`開会` / `議事` / `閉会`). When the list's next
 * number is also the header's next (`３　議題` / `１ …` `２ …` / `４　議事`), only a line indented under the label is an item.
 */
function orderItem(current: HeaderSection | null, section: SectionLine, source: SourceLine, lastItem: number, lines: readonly SourceLine[]): boolean {
	if (current?.key !== 'agenda' || current.lines.length === 0) return false;
	if (section.number === null) {
		const previous = current.lines.at(-1)?.text ?? '';
		return AGENDA_PART.test(matchForm(stripDecoration(previous).text).replace(/\s/gu, ''));
	}
	// (The list's last item numbered as the header is, its words no label the header knows: `２　会長あいさつ` before `３　議事`.)
	const previous = NUMBER_PREFIX.exec(matchForm(stripDecoration(current.lines.at(-1)?.text ?? '').text).trimStart())?.groups?.number;
	const last = Math.max(lastItem, previous === undefined ? -1 : (parseNumeral(previous) ?? -1));
	if (last < 1 || section.number !== last + 1) return false;
	if (current.number === null || section.number !== current.number + 1) return true;
	const label = lines.find((line) => line.line === current.line);
	return label !== undefined && indentOf(source.text) > indentOf(label.text);
}

/** Whether the line after `index` starts a header section or a date line (so a lone 議事要旨 before it belongs to the title). */
function headerFollows(lines: readonly SourceLine[], index: number): boolean {
	// Bracketed lines between (`（２０２４年３月１８、１９日開催分）`, `（開催要領）`) are notes on the title or the header.
	let skipped = 0;
	for (const source of lines.slice(index + 1)) {
		// (So is a rule under the title, `議事録` / `────` / `日　時：…`.)
		if (source.text.trim() === '' || (skipped < BRACKETED_NOTES && source.text.length <= 400 && isSeparator(source.text))) continue;
		// (So is the issuing office under the title, `議事録` / `農林水産省畜産局` / `１　日時：…`.)
		if (skipped < BRACKETED_NOTES && (BRACKETED_LINE.test(trimSpaces(source.text)) || isIssuerLine(source.text))) {
			skipped++;
			continue;
		}
		return isDateLine(source.text) || (matchSectionLine(source.text)?.key ?? 'body') !== 'body';
	}
	return false;
}
/** How many one-line header fields may stand between a lone `議事録` and the first turn under it. */
const FIELDS_BEFORE_TURNS = 6;
/**
 * True when the line at `index` is the sitting's time (`午後1時30分 開会`) with more of the header after it and any more
 * such times (`午後2時41分 閉会`): a web copy's date section, its lines apart by blank lines, not the text's first line.
 */
function timesOfHeader(lines: readonly SourceLine[], index: number): boolean {
	let at = index;
	while (at < lines.length && ((lines[at]?.text.trim() ?? '') === '' || readSittingTime(trimSpaces(lines[at]?.text ?? '').replace(/^[〇○◯]/u, '')) !== null)) at++;
	return at > index && at < lines.length && readSittingTime(trimSpaces(lines[index]?.text ?? '').replace(/^[〇○◯]/u, '')) !== null && headerFollows(lines, at - 1);
}

/** A line that is one bracket, and how many of them may stand between a title and its header. */
const BRACKETED_LINE = /^[（(][^（）()]{1,40}[）)]$/u;
const BRACKETED_NOTES = 3;

/** An agenda item written again as a heading of the text: the same title, or the first half of a bilingual one (`1. Budget / 予算` → `1. Budget`). */
function sameItem(item: string, heading: string): boolean {
	// (The item's number in any of its forms: `1.`, `1`, `（1）`, `1、` the same.)
	// (So is a bill's number in brackets before its title, `【第1号議案】新工場…` of `第1号議案　新工場…`.)
	const numbered = (text: string) => titleForm(text).replace(/^[【\[](?<bill>第[0-9]{1,3}号議案)[】\]]/u, '$<bill>').replace(/^[(]?(?<n>[0-9]{1,2})(?:[).、]|(?=\D))/u, '$<n>.');
	const listed = numbered(item);
	const again = numbered(heading);
	return listed === again || (again.length >= 4 && listed.startsWith(`${again}/`));
}

/** The bare text of a line for title matching: decoration stripped, NFKC, no spaces. */
function titleForm(text: string): string {
	return matchForm(stripDecoration(text).text).replace(/\s/gu, '');
}

/** True when the title begins with this line's words (the page's heading over its title, said again in it). */
function beginsTitle(text: string, title: string): boolean {
	const form = titleForm(text);
	return form !== '' && titleForm(title).startsWith(form);
}

/** The title found at the top of a document, with the lines around it that belong to the preamble. */
interface TitleBlock {
	title: SourceLine;
	preamble: SourceLine[];
	/** Index of the first line after the block. */
	next: number;
}

/**
 * The title block at the top of a document when it is more than one title line: a publication date and
 * the ministry before the title (`令和6年5月1日` / `総務省`), the parent body's name on the line before it
 * (`情報通信審議会` / `情報通信技術分科会（第120回）議事録`), a lone `議事要旨` heading above it. The main
 * title line carries a session number or a minutes word; null when there is none (the first line is the title).
 */
function readTitleBlock(lines: readonly SourceLine[], start: number): TitleBlock | null {
	const candidates: { source: SourceLine; index: number }[] = [];
	for (let i = start; i < lines.length && candidates.length < TITLE_BLOCK_LINES; i++) {
		const source = lines[i];
		if (!source || source.text.trim() === '') continue;
		const bare = stripDecoration(source.text).text;
		const section = matchSectionLine(source.text);
		const lone = TITLE_TAIL.test(titleForm(source.text));
		if ((section && !lone) || SENTENCE.test(bare) || [...bare].length > 80) break;
		candidates.push({ source, index: i });
	}
	// (`令和 6 年` / `第 4 回` / `教育委員会会議録`, as a PDF's cover sets the year and the number over the record's name, each a
	// line of the text layer: one title, `令和6年第4回教育委員会会議録`; the year alone had been the title.)
	const pieces = candidates.findIndex(({ source }) => !TITLE_PIECE.test(titleForm(source.text)));
	const named = candidates[pieces];
	if (pieces > 0 && named && RECORD_NAME.test(titleForm(named.source.text)) && !isDateLine(named.source.text)) {
		const text = [...candidates.slice(0, pieces), named].map(({ source }) => trimSpaces(stripDecoration(source.text).text).replace(/[\s\u3000]/gu, '')).join('');
		return { title: { text, line: candidates[0]?.source.line ?? 0 }, preamble: [], next: named.index + 1 };
	}
	// (`議事要旨（速報版）` over `第４回…検討会　議事録`: a running head with the document's status, not the title.)
	const marked = candidates.findIndex(({ source }) => !TITLE_TAIL.test(titleForm(source.text)) && TITLE_MARK.test(titleForm(source.text)) && !isDocumentStamp(source.text) && !/^[【\-・•]/u.test(stripDecoration(source.text).text));
	// (`みなと市議会文教子ども委員会記録` under the day and the committee set to the right, as a city's committee record heads its
	// first page: a body's record is the title too, when only the day and words it says stand over it.)
	const recordAt = marked >= 0 ? -1 : candidates.findIndex(({ source }) => BODY_RECORD.test(titleForm(source.text)));
	const overRecord = candidates.slice(0, Math.max(recordAt, 0)).every(({ source }) => (isDateLine(source.text) && !/会/u.test(source.text)) || titleForm(candidates[recordAt]?.source.text ?? '').includes(titleForm(source.text)));
	const mainAt = marked >= 0 ? marked : recordAt > 0 && overRecord ? recordAt : -1;
	// (The names of the bodies of a joint meeting stacked over the record's word, without a number: `…審議会…部会` /
	// `…審議会…小委員会` / `合同会議` / `議事録`: one title of them all; the first line alone had been the title.)
	const tailAt = candidates.findIndex(({ source }) => TITLE_TAIL.test(titleForm(source.text)));
	const stacked = candidates.slice(0, Math.max(tailAt, 0));
	if (mainAt < 0 && stacked.length >= 2 && stacked.every(({ source }) => STACKED_NAME.test(titleForm(source.text))) && headerFollows(lines, candidates[tailAt]?.index ?? 0)) {
		const text = joinTitleLines([...stacked, candidates[tailAt]].flatMap((found) => (found ? [trimSpaces(stripDecoration(found.source.text).text)] : [])));
		return { title: { text, line: stacked[0]?.source.line ?? 0 }, preamble: [], next: (candidates[tailAt]?.index ?? 0) + 1 };
	}
	const main = candidates[mainAt];
	if (!main || mainAt === 0) return null;
	const preamble: SourceLine[] = [];
	let name: SourceLine | null = null;
	let tail: SourceLine | null = null;
	for (const [at, { source }] of candidates.slice(0, mainAt).entries()) {
		const bare = stripDecoration(source.text).text;
		if (TITLE_TAIL.test(titleForm(source.text))) tail = source;
		else if (isDateLine(source.text)) preamble.push(source);
		// (`資料１`, `速報版`, `未定稿` right over the title: how the file was handed out, no body's name.)
		else if (isDocumentStamp(source.text)) preamble.push(source);
		// (The page's heading over a title that begins with it, `交通政策審議会 地域公共交通部会` over
		// `交通政策審議会地域公共交通部会 （令和5年度第4回）議事要旨`: the title says it, so the line is left out.)
		// (Nor is the committee's name set over the title that names it, `文教子ども委員会` over `みなと市議会文教子ども委員会記録`.)
		// (A circulation stamp before that name, `［回覧］　　あけぼの台連合自治会`, is none of it: the title read the name twice.)
		else if (at === mainAt - 1 && !OFFICE_LINE.test(trimSpaces(bare)) && (beginsTitle(source.text, main.source.text) || (titleForm(withoutCirculationStamp(source.text)) !== '' && titleForm(main.source.text).includes(titleForm(withoutCirculationStamp(source.text)))))) continue;
		else if (at === mainAt - 1 && !OFFICE_LINE.test(trimSpaces(bare))) name = source;
		else if (isIssuerLine(source.text)) preamble.push(source);
		// A stamp or a mark set above the title (`受　付` of a 受付印, `取扱注意`, `公開`): a short word, no part of the name.
		else if (at < mainAt - 1 && STAMP_WORD.test(bare.replace(/[\s\u3000]/gu, ''))) preamble.push(source);
		else return null;
	}
	let next = main.index + 1;
	const after = candidates[mainAt + 1];
	if (!tail && after && TITLE_TAIL.test(titleForm(after.source.text)) && !TITLE_TAIL.test(titleForm(main.source.text).replace(TITLE_MARK, '')) && headerFollows(lines, after.index)) {
		tail = after.source;
		next = after.index + 1;
	}
	const text = joinTitleLines([name, main.source, tail].flatMap((source) => (source ? [trimSpaces(stripDecoration(source.text).text)] : [])));
	return { title: { text, line: (name ?? main.source).line }, preamble, next };
}

/** The lines of a title as one: a space between them, none after a line that ends joining the next (`…小委員会／`, `…部会・`). */
function joinTitleLines(pieces: readonly string[]): string {
	return pieces.reduce((text, piece) => (text === '' ? piece : /[／/・･＆&]$/u.test(text) ? `${text}${piece}` : `${text} ${piece}`), '');
}

/** A member's label without a mark, as a web page of an assembly's minutes sets it (`議長(宮本忠明君)`, `市長（後藤好人君）`). */
const UNMARKED_MEMBER_LABEL = new RegExp(`^[^\\s\\u3000（()）]{1,20}[（(]${BRACKETED_MEMBER}[）)]`, 'u');

/** A label of two to four letters padded apart at a line's start, then a space: `議　　長　…`, `事 務 局　…`. */
const PADDED_LABEL_START = /^\S(?:[\s\u3000]{1,4}\S){1,3}[\s\u3000]/u;

/**
 * A transcript's first speech inside the header (`○相田分科会長　それでは、…。`): a ○ or 【】 speaker, a member's label
 * without a mark (`議長(宮本忠明君)`) or a post in brackets (`(久保都市計画課長) …`), whose words (on the line or, but for
 * the bracketed post, the next one) make a sentence. Verbatim minutes often start it without a body label.
 */
function startsTranscript(lines: readonly SourceLine[], index: number): boolean {
	const source = lines[index];
	if (!source) return false;
	const trimmed = trimSpaces(source.text);
	// (`(久保都市計画課長) お待たせいたしました。…`: a post in brackets with the words on its line, right under the roll.)
	const bracketed = /^[（(]/u.test(trimmed);
	// (`議　　長　報告第1号について…`: a label padded to a column's width.)
	if (!TURN_OPENING.test(trimmed) && !UNMARKED_MEMBER_LABEL.test(trimmed) && !bracketed && !PADDED_LABEL_START.test(trimmed.slice(0, 20))) return false;
	const entry = classifyBareLine(source.text);
	if (entry.kind !== 'speaker') return false;
	if (bracketed) return entry.text !== null && SENTENCE.test(entry.text) && [...entry.text].length >= 10;
	// (`○議長（廣瀬德太郎君）　只今ヨリ開會致シマス`: old records print the words without a 。.)
	if (entry.text !== null && (SENTENCE.test(entry.text) || MARKED_BRACKETED_TURN.test(trimmed))) return true;
	// The speech goes on on the next line (alone on its line, or wrapped by a PDF extraction).
	let next: SourceLine | undefined;
	for (let at = index + 1; at < lines.length && next === undefined; at++) if ((lines[at]?.text ?? '').trim() !== '') next = lines[at];
	return next !== undefined && matchSectionLine(next.text) === null && SENTENCE.test(next.text) && (entry.text === null || !TURN_OPENING.test(trimSpaces(next.text)));
}

/** A heading line just before a transcript's first speech (`開　会`, `≪1.開会≫`, `（１）開会`) that belongs to the body. */
function isBodyHeading(text: string, section: HeaderSection | null): boolean {
	const entry = classifyBareLine(text);
	// An item of the agenda (`議案第１号　…`) right before the first speech is the agenda's last item.
	if (section?.key === 'agenda' && isMotionHeading(text)) return false;
	return entry.kind === 'heading' && (entry.number === null || section?.key !== 'agenda');
}

/**
 * A numbered heading's number and words, however it is numbered and marked (`（１）開会`, `≪１．開会≫`: `1:開会`), or null for
 * any other line.
 */
function numberedHeadingKey(text: string): string | null {
	const entry = classifyBareLine(text);
	if (entry.kind !== 'heading') return null;
	// (`≪１．開会≫`: the marks are the heading's, the number is inside them.)
	const inner = entry.number === null ? classifyBareLine(entry.title) : entry;
	return inner.kind === 'heading' && inner.number !== null ? `${inner.number}:${matchForm(inner.title).replace(/\s/gu, '')}` : null;
}

/**
 * True when the numbered lines under a bare `議事` (`（１）…`, `議案第１号　…`) come again further down as the body's headings, as
 * written or numbered and marked otherwise (`（１）開会` / … / `≪１．開会≫`, as the 次第 above a record lists its parts).
 */
function listedAgain(lines: readonly SourceLine[], index: number): boolean {
	let first: string | null = null;
	let firstKey: string | null = null;
	let at = index + 1;
	for (; at < lines.length; at++) {
		const text = lines[at]?.text ?? '';
		if (text.trim() === '') {
			if (first !== null) break;
			continue;
		}
		const entry = classifyBareLine(text);
		// (Items of business by their own numbers, `議案第１号　…` / `報告第１号　…`, as a board of education's 議事 lists them.)
		if (entry.kind !== 'heading' || (entry.number === null && !isMotionHeading(text))) break;
		if (first === null) {
			first = titleForm(text);
			firstKey = numberedHeadingKey(text);
		}
	}
	return first !== null && lines.slice(at).some((source) => titleForm(source.text) === first || (firstKey !== null && numberedHeadingKey(source.text) === firstKey));
}

/** An item of business numbered with a space after its number and no mark (NFKC, trimmed): `1　保育所の待機児童の状況について`. */
const SPACE_NUMBERED_ITEM = /^(?<number>[0-9]{1,2})[ \u3000]+[^\s\u30000-9、。：:]{2}[^。]{0,60}$/u;

/**
 * True when the line at `index` opens items numbered from 1 past a blank line under the roll, no label over them (`欠席　…` / (blank)
 * / `１　会長あいさつ` / `２　学校より` / `３　報告` / `　(1) 各委員会報告` / …, as a PTA's 運営委員会 lists its order of business),
 * two or more items and no sentence, and the text heads its parts with them again below (`１　会長あいさつ` / `松浦会長　…`): the
 * items are the agenda (they had been more members of the roll, the agenda empty and the items' sub-points groups of their own).
 */
function itemsUnderRoll(lines: readonly SourceLine[], index: number): boolean {
	if ((lines[index - 1]?.text.trim() ?? '') !== '') return false;
	const itemNumber = (text: string): number | null => {
		const form = matchForm(trimSpaces(text));
		const spaced = SPACE_NUMBERED_ITEM.exec(form)?.groups?.number;
		if (spaced !== undefined) return parseNumeral(spaced);
		const marked = /^(?<number>[0-9]{1,2})[.．、][\s\u3000]*[^\s\u30000-9。]/u.exec(form)?.groups?.number;
		return marked === undefined ? null : parseNumeral(marked);
	};
	if (itemNumber(lines[index]?.text ?? '') !== 1) return false;
	let count = 1;
	let at = index + 1;
	for (; at < lines.length; at++) {
		const text = lines[at]?.text ?? '';
		if (text.trim() === '') break;
		if (text.includes('。')) return false;
		const number = /^[\s\u3000]/u.test(text) ? null : itemNumber(text);
		if (number === count + 1) count++;
		else if (number !== null || !/^[\s\u3000]*[(（][0-9０-９]{1,2}[)）]/u.test(text)) return false;
	}
	return count >= 2 && lines.slice(at).some((source) => sameItem(lines[index]?.text ?? '', source.text));
}

/**
 * True when a bare `議事` (`議事：`) lists numbered lines run together (`(1) 前回の議論の整理` / `(2) 骨子案について` / `(3) その
 *他`, two or more, from 1 on, nothing between them) and the speakers' turns follow them (`森下座長：おはようございます。…`),
 * or another field of the header (`配付資料`): the lines are the items of business, the turns the text (the items had become empty headings, every turn under the last).
 */
function listedBeforeTurns(lines: readonly SourceLine[], index: number): boolean {
	let count = 0;
	let at = index + 1;
	for (; at < lines.length; at++) {
		const text = lines[at]?.text ?? '';
		if (text.trim() === '') {
			if (count > 0) break;
			continue;
		}
		const entry = classifyBareLine(text);
		// (Or items numbered with a space after the number and no mark, `１　保育所の待機児童の状況について`, a line the body
		// reads as a paragraph.)
		const spaced = entry.kind === 'heading' ? null : SPACE_NUMBERED_ITEM.exec(matchForm(trimSpaces(text)))?.groups?.number;
		if (spaced !== undefined && spaced !== null && parseNumeral(spaced) === count + 1) {
			count++;
			continue;
		}
		// (Or items of business by their own numbers, `議案第１号　…` / `議案第２号　…` / `報告第１号　…`.)
		if (entry.kind !== 'heading' || (entry.number !== count + 1 && !(entry.number === null && isMotionHeading(text)))) break;
		count++;
	}
	const end = at;
	while (at < lines.length && (lines[at]?.text ?? '').trim() === '') at++;
	// (Or another field of the header follows them, `配付資料` / `資料１　…`, the turns further down: the header's order.)
	const field = matchSectionLine(lines[at]?.text ?? '')?.key;
	const headerField = field === 'handouts' || field === 'participants' || field === 'absent' || field === 'location';
	// (One item alone, `議　事` / `（１）再評価対象事業の審議について`, is the agenda when a blank line sets it apart from the first
	// turn marked ○ below it, as a 委員会's record sets its header; it had been the agenda's only item lost.)
	const lone = count === 1 && at > end && MARKED_TURN_START.test(lines[at]?.text ?? '') && isSpokenTurn(lines[at]?.text ?? '');
	return (count >= 2 || lone) && at < lines.length && (headerField || isSpokenTurn(lines[at]?.text ?? '') || startsTranscript(lines, at) || isLabelOverSpeech(lines, at));
}

/** A heading of the text naming an item by its number alone, bracketed (NFKC): `【議題(1)】`, `≪議題1≫`, `[議事2]`. */
const ITEM_NUMBER_HEADING = /^[【〔［\[<≪《〈]議[題事][\s]*(?:\([\s]*[0-9]{1,2}[\s]*\)|[0-9]{1,2})[】〕］\]>≫》〉]$/u;

/** A turn marked as a record marks its speakers: `○濱田委員長　…`, `◎議長　…`. */
const MARKED_TURN_START = new RegExp(`^[\\s\\u3000]*[${TURN_MARKS}]`, 'u');

/** How far below a numbered body label another one may show that the first named the items of business. */
const LATER_LABEL_LINES = 40;
/** How many non-blank lines after a date block's line may come before the first header section. */
const DATE_BLOCK_REACH = 3;

/**
 * A line of the date block of a PDF's first page (`１５：００～１７：００`, the place) after a date line,
 * when a header section (`○出席者`) follows within a few lines: a header line, not the body's first text.
 */
function isDateBlockLine(lines: readonly SourceLine[], index: number, preamble: readonly SourceLine[], sectionAt: (i: number) => SectionLine | null): boolean {
	const text = stripDecoration(lines[index]?.text ?? '').text;
	if (!preamble.some((source) => isDateLine(source.text)) || text === '' || [...text].length > 40 || /[。、]/u.test(text)) return false;
	let seen = 0;
	for (let i = index + 1; i < lines.length && seen < DATE_BLOCK_REACH; i++) {
		if ((lines[i]?.text ?? '').trim() === '') continue;
		seen++;
		const found = sectionAt(i);
		// (A bare `議事` too, `ＷＥＢ会議` / `議　事` / `（１）…`: the items of business, or the body's label under the header.)
		if (found) return found.key !== null && (found.key !== 'body' || isBareProceedings(found));
	}
	return false;
}

/** The split with its body starting at `index` (a line of text the header does not hold). */
function startBody(split: HeaderSplit, lines: readonly SourceLine[], index: number): HeaderSplit {
	split.body = lines.slice(index);
	split.hasBody = true;
	split.bodyLine = lines[index]?.line ?? null;
	return split;
}

/** The meeting's name as a field of the header: `会議名　…`, `名 称　…`, `会議の名称：…`, `件名：…`, `<会議名>　…`. */
const MEETING_NAME_FIELD = /^[\s\u3000]*[<＜〈【［\[]?(?:会[\s\u3000]*議[\s\u3000]*名|名[\s\u3000]*称|会[\s\u3000]*議[\s\u3000]*の[\s\u3000]*名[\s\u3000]*称|件[\s\u3000]*名|会議体)[>＞〉】］\]]?[\s\u3000]*[:：]?[\s\u3000]*(?<name>[^\s\u3000].{0,80})$/u;

/**
 * The meeting's name as the first field of a form with no title above it (`会議の名称　令和６年度第２回…審議会`, a 様式's
 * first row): the label, then a space or a colon, then the name; a label in brackets needs neither, and a mark may head it,
 * as minutes typed or written by an AI note taker label their fields (`【会議名】…`, `＜会議名＞…`, `■会議名：…`,
 * `会議タイトル：…`, a transcription app's `タイトル：…`).
 */
const FIRST_NAME_FIELD = /^[\s\u3000]*[■□◆◇●]?[\s\u3000]*(?:[<＜〈【［\[](?:会[\s\u3000]*議[\s\u3000]*名|会[\s\u3000]*議[\s\u3000]*の[\s\u3000]*名[\s\u3000]*称|名[\s\u3000]*称|会議体|会議タイトル|ミーティング名|タイトル)[>＞〉】］\]][\s\u3000]*[:：]?|(?:会[\s\u3000]*議[\s\u3000]*名|会[\s\u3000]*議[\s\u3000]*の[\s\u3000]*名[\s\u3000]*称|名[\s\u3000]*称|会議体|会議タイトル|ミーティング名)(?:[\s\u3000]*[:：]|[\s\u3000])|タイトル[\s\u3000]*[:：])[\s\u3000]*(?<name>[^\s\u3000].{0,80})$/u;

/** The number of the form (様式) minutes are written on, alone on its line: `様式第３号`, `別記様式第1号（第5条関係）`, `第２号様式`. */
/** A notice's sentence atop a council's record: `次の審議会等を下記のとおり開催した。`, `下記のとおり会議を開催しました。`. */
const NOTICE_OPENING = /^[^。]{0,30}下記の?(?:とおり|通り)[^。]{0,10}開催(?:した|しました|いたしました)。$/u;
/** A number before a field of a form: `１　`, `2.`, `（３）`. */
const FIELD_NUMBER = /^[\s\u3000]*(?:[0-9０-９]{1,2}[.．、]?|[（(][0-9０-９]{1,2}[）)])[\s\u3000]*/u;

/** The meeting's name as a form's (numbered) field under a notice's sentence, `記` maybe between: the title and the line after it. */
function namedUnderNotice(lines: readonly SourceLine[], index: number): { title: SourceLine; next: number } | null {
	let at = lines.findIndex((source, i) => i >= index && source.text.trim() !== '');
	if (at >= 0 && (lines[at]?.text ?? '').replace(/[\s\u3000]/gu, '') === '記') at = lines.findIndex((source, i) => i > at && source.text.trim() !== '');
	const source = at >= 0 ? lines[at] : undefined;
	const name = source ? MEETING_NAME_FIELD.exec(source.text.slice(0, 200).replace(FIELD_NUMBER, ''))?.groups?.name : undefined;
	return source && name !== undefined ? { title: { ...source, text: trimSpaces(name) }, next: at + 1 } : null;
}
const FORM_NUMBER = /^[\s\u3000]*[（(]?(?:別記|別紙)?(?:様式[\s\u3000]*第?[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*号?|第[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*号[\s\u3000]*様式)[）)]?(?:[\s\u3000]*[（(][^）)\n]{1,20}関係[）)])?[\s\u3000]*$/u;

/** A body label that is the minutes' own word, which a first line may put before the meeting's name (`【議事録】…`). */
const MINUTES_LABEL = /^(?:議事録|議事要旨|議事概要|会議録|議事メモ)$/u;
/** The document's word alone on its line, its letters spaced or not: `会　議　録`, `会議記録`, a company's `議事メモ`. */
const DOCUMENT_WORD = /^[\s\u3000]*(?:会[\s\u3000]*議[\s\u3000]*(?:記[\s\u3000]*)?録|議事メモ|打合せメモ|打ち合わせメモ|打合せ記録|打合せ議事録)[\s\u3000]*$/u;

/**
 * The title written again (`社会保障審議会 第6回介護保険部会議事録` under `03/11/20 第6回社会保障審議会介護保険部会議事録`):
 * the same document word at the end, the same letters in another order or spacing.
 */
function sameTitle(text: string, title: string): boolean {
	const form = (value: string) => matchForm(value).replace(/[\s\u3000]/gu, '');
	const [a, b] = [form(text), form(title)];
	if (a === b) return true;
	const word = /(?:議事録|会議録|議事要旨|議事概要)$/u;
	if (!word.test(a) || !word.test(b) || a.includes('。') || a.length !== b.length) return false;
	return [...a].sort().join('') === [...b].sort().join('');
}

/** The first of a document's parts numbered in Roman numerals, with its title: `Ⅰ．執行部からの報告の概要`. */
const FIRST_ROMAN_PART = /^Ⅰ[．.、\s\u3000]+\S/u;


/** A first line that starts with the day the file was posted, `03/02/14 `, before the title. */
const POSTING_STAMP = /^[0-9]{2}\/[0-9]{2}\/[0-9]{2}[ \u3000]+(?<title>\S.*)$/u;

/** Split the document into title, preamble, header sections and body lines. */
export function splitHeader(lines: readonly SourceLine[]): HeaderSplit {
	const split: HeaderSplit = { title: null, preamble: [], sections: [], body: [], hasBody: false, bodyLine: null, bodyLabel: null };
	// (A page number alone above the title, `1`, as a PDF's first page prints it, is no title, nor is the number of the form
	// the minutes are written on, `様式第３号（第５条関係）`.)
	let index = lines.findIndex((source) => source.text.trim() !== '' && !isWebChrome(source.text) && !/^[\s\u3000]*[-－―]?[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*[-－―]?[\s\u3000]*$/u.test(source.text) && !FORM_NUMBER.test(source.text));
	if (index === -1) return split;
	// (Nor is a handout's number or a status stamp over it, `資料１`, `未定稿`: the preamble's, read as such.)
	const stampedAt = isDocumentStamp(lines[index]?.text ?? '') ? lines.findIndex((source, i) => i > index && source.text.trim() !== '') : -1;
	if (stampedAt >= 0) {
		split.preamble.push(lines[index] as SourceLine);
		index = stampedAt;
	}
	const first = lines[index];
	// (The document's word alone atop it, `会　議　録` over a form's fields or the meeting's name, is no label of a part, though
	// `会議録` alone heads the turns under a page's table of the header.)
	const firstSection = first && !DOCUMENT_WORD.test(first.text) ? matchSectionLine(first.text) : null;
	// A lone `議事要旨` with header sections after it is a title (without a meeting name), not the body.
	// (So is the document's word before the meeting's name on the first line, `【議事録】第3回 商店街振興会 役員会` over `日時：…`, as
	// minutes typed or written by an AI open: it had been read as the body's label, the file kept as a plain document.)
	const bareTitle = firstSection?.key === 'body' && (firstSection.rest === '' || MINUTES_LABEL.test(firstSection.label.replace(/[\s\u3000]/gu, ''))) && headerFollows(lines, index);
	const block = readTitleBlock(lines, index);
	// `議事録` (or `議 事 録`) alone over the meeting's name as a field (`会議名　…`, `名 称　…`): the name is the title.
	// (`会　議　録` too, the word a form prints atop its fields.)
	const word = firstSection?.key === 'body' && firstSection.rest === '' ? firstSection.label : first && DOCUMENT_WORD.test(first.text) ? first.text : null;
	const namedAt = word !== null ? lines.findIndex((source, i) => i > index && source.text.trim() !== '') : -1;
	const named = namedAt < 0 ? null : MEETING_NAME_FIELD.exec(lines[namedAt]?.text.slice(0, 200) ?? '')?.groups?.name;
	// `03/02/14 ○○研究会(第15回)議事録` over the same title centred (the 厚生労働省's older text files): the day of posting before
	// the first line is no part of the title, and the title again below it is no header line.
	const stamped = first ? POSTING_STAMP.exec(first.text)?.groups?.title : undefined;
	// (A form's first field names the meeting, no title above it: its name is the title, without the label.)
	const nameFirst = word === null && first ? FIRST_NAME_FIELD.exec(first.text.slice(0, 200))?.groups?.name : undefined;
	// `次の審議会等を下記のとおり開催した。` / `記` / `１　会議名　　あおば市都市計画審議会（第１２３回）`: a city's form for the
	// record of a council, its notice's sentence atop the fields: the meeting's name is the title (the sentence had been, and `記` a
	// line not understood).
	const noticed = word === null && first && NOTICE_OPENING.test(trimSpaces(first.text)) ? namedUnderNotice(lines, index + 1) : null;
	if (noticed) {
		split.title = noticed.title;
		index = noticed.next;
	} else if (named && first) {
		split.title = { text: `${trimSpaces(named)} ${word?.replace(/[\s\u3000]/gu, '') ?? ''}`.trim(), line: lines[namedAt]?.line ?? first.line };
		index = namedAt + 1;
	} else if (nameFirst !== undefined && first) {
		split.title = { text: trimSpaces(nameFirst), line: first.line };
		index++;
	} else if (stamped !== undefined && first) {
		const title = trimSpaces(stamped);
		split.title = { text: title, line: first.line };
		index++;
		const again = lines.findIndex((source, i) => i >= index && source.text.trim() !== '');
		if (again >= 0 && sameTitle(trimSpaces(lines[again]?.text ?? ''), title)) index = again + 1;
	} else if (block) {
		split.title = block.title;
		split.preamble.push(...block.preamble);
		index = block.next;
	} else if (first && (!firstSection || bareTitle)) {
		split.title = first;
		index++;
		// `第３回○○研究会` / `議事要旨` on two lines: one title.
		const nextIndex = lines.findIndex((source, i) => i >= index && source.text.trim() !== '');
		const next = lines[nextIndex];
		const isTail = (source: SourceLine | undefined): boolean => source !== undefined && TITLE_TAIL.test(matchForm(stripDecoration(source.text).text).replace(/\s/gu, ''));
		if (next && isTail(next) && headerFollows(lines, nextIndex)) {
			split.title = { text: `${trimSpaces(first.text)} ${trimSpaces(next.text)}`, line: first.line };
			index = nextIndex + 1;
		} else if (next && nextIndex >= 0) {
			// `政策委員会` / `金融政策決定会合` / `議事録` on three lines: the body, its meeting and the minutes word, one title.
			const lastIndex = lines.findIndex((source, i) => i > nextIndex && source.text.trim() !== '');
			const bare = stripDecoration(next.text).text;
			if (lastIndex >= 0 && isTail(lines[lastIndex]) && atMostCharacters(bare, 30) && !SENTENCE.test(bare) && matchSectionLine(next.text) === null && headerFollows(lines, lastIndex)) {
				split.title = { text: `${trimSpaces(first.text)} ${trimSpaces(next.text)} ${trimSpaces(lines[lastIndex]?.text ?? '')}`, line: first.line };
				index = lastIndex + 1;
			}
		}
	}
	// Every header section line up to the body label, read once.
	const matched = new Map<number, SectionLine | null>();
	const sectionAt = (i: number): SectionLine | null => {
		if (!matched.has(i)) matched.set(i, countAmongCounts(lines, i, matchSectionLine(lines[i]?.text ?? '')));
		return matched.get(i) ?? null;
	};
	/** Any body label after `from`, a bare `議事` too. */
	const bodyLabelAfter = (from: number): boolean => {
		for (let i = from + 1; i < lines.length; i++) if (sectionAt(i)?.key === 'body') return true;
		return false;
	};
	/** Whether header fields of one line each follow the line at `from`, then a speaker's turn (no body label between). */
	const turnsAfterFields = (from: number): boolean => {
		for (let i = from + 1, fields = 0; i < lines.length && fields <= FIELDS_BEFORE_TURNS; i++) {
			if ((lines[i]?.text.trim() ?? '') === '') continue;
			const found = sectionAt(i);
			if (found === null || found.key === 'body' || found.rest === '') return fields > 0 && found === null && startsText(lines, i, roll);
			fields++;
		}
		return false;
	};
	const fullBodyLabelAfter = (from: number): boolean => {
		for (let i = from + 1; i < lines.length; i++) {
			const found = sectionAt(i);
			if (found?.key === 'body' && !isBareProceedings(found)) return true;
		}
		return false;
	};
	/**
	 * A numbered body label that the header's numbering carries past to another body label (`6 議事内容` / its items /
	 * `7 資料` / … / `8 会議の結果`): the first names the items of business, the later one opens the text.
	 */
	const laterBodyLabel = (from: number, number: number): boolean => {
		for (let i = from + 1; i < Math.min(lines.length, from + LATER_LABEL_LINES); i++) {
			const found = sectionAt(i);
			if (found?.key === 'body' && found.number !== null && found.number > number && found.number <= number + 3 && !isBareProceedings(found)) return true;
		}
		return false;
	};
	/** The sitting's opening over the roll, before any section (`午後一時開會` / `出席議員　八名`, as old village records open): the header's. */
	const openingOverRoll = (at: number): boolean => {
		if (split.sections.length > 0 || readSittingTime(trimSpaces(lines[at]?.text ?? ''))?.item !== false) return false;
		const next = lines.findIndex((line, i) => i > at && line.text.trim() !== '');
		const key = next < 0 ? null : sectionAt(next)?.key;
		return key === 'participants' || key === 'absent';
	};
	const peopleBelow = (from: number): boolean => {
		for (let j = from + 1; j < Math.min(lines.length, from + DATE_NEAR_TOP); j++) if (sectionAt(j)?.key === 'participants') return true;
		return false;
	};
	// With a 日時 section further down, stray lines before it are header lines, not a summary's text.
	let dated = false;
	for (let i = index; i < lines.length && !dated; i++) {
		const found = sectionAt(i);
		if (found?.key === 'body' && !isBareProceedings(found)) break;
		// The date on a line of its own near the top with a list of people below it (a committee record's page:
		// `令和５年３月３日（金曜日）` … `出席委員（７名）`) dates the header as a 日時 section does.
		dated = found?.key === 'date' || (i - index < DATE_NEAR_TOP && isDateLine(lines[i]?.text ?? '') && peopleBelow(i));
	}
	let current: HeaderSection | null = null;
	/** The names the header's lists of people hold so far and their leading parts (a `山田:` turn names one of them). */
	// (Minutes without a roll: the names that open lines before a colon again and again, `中田:…`, are its speakers.)
	const roll = recurringColonNames(lines);
	const people = (section: HeaderSection | null): boolean => section?.key === 'participants' || section?.key === 'absent';
	/** Whether a list of people has no entry yet, or its last entry is led by a role (`議長　小松　弘`, `副会長　熊谷　由紀`). */
	const byRole = (section: HeaderSection | null): boolean => {
		const last = section?.lines.at(-1);
		if (last === undefined) return true;
		const label = SPACED_FIELD.exec(trimSpaces(last.text))?.groups?.label?.replace(/[\s\u3000]/gu, '') ?? '';
		return ROLL_ROLE.test(label) || ROLE_TITLES.includes(label);
	};
	/** Number of the last numbered item inside the current agenda section. */
	let lastItem = -1;
	/** Whether a section's lines so far hold a sentence (a line with 。): read once per line as the section grows. */
	const sentences = new WeakMap<HeaderSection, { seen: number; found: boolean }>();
	const holdsSentence = (section: HeaderSection): boolean => {
		const memo = sentences.get(section) ?? { seen: 0, found: false };
		for (; !memo.found && memo.seen < section.lines.length; memo.seen++) memo.found = section.lines[memo.seen]?.text.includes('。') ?? false;
		sentences.set(section, memo);
		return memo.found;
	};
	/**
	 * Minutes written under their agenda's label (`■報告事項` / … / `■審議事項` / … / `【その他】`): the first agenda section
	 * after the header's last list of people, date or place whose lines hold a sentence opens the text, its label the text's
	 * first heading; null when there is none.
	 */
	const openWrittenAgenda = (): HeaderSplit | null => {
		const lastHeader = split.sections.findLastIndex((found) => found.key !== null && found.key !== 'agenda');
		const written = split.sections.findIndex((found, at) => at > lastHeader && found.key === 'agenda' && found.lines.some((source) => SENTENCE.test(source.text)));
		const opening = written < 0 ? undefined : split.sections[written];
		if (!opening) return null;
		// (Numbered items alone under the label, then a blank line and a turn, `議題` / `1. 夏祭りの準備` / `` / `今井：…`: the items
		// are the agenda and the text starts at the turn; they had headed the text, every turn under the last of them.)
		const count = opening.lines.findIndex((source) => !NUMBERED_ITEM.test(source.text) || SENTENCE.test(source.text));
		const next = count > 0 ? opening.lines[count] : undefined;
		const at = next ? lines.findIndex((source) => source.line === next.line) : -1;
		if (next && at > 0 && (lines[at - 1]?.text.trim() ?? '') === '' && COLON_TURN.test(next.text)) {
			opening.lines = opening.lines.slice(0, count);
			split.sections = split.sections.slice(0, written + 1);
			return startBody(split, lines, at);
		}
		split.sections = split.sections.slice(0, written);
		const from = lines.findIndex((source) => source.line === opening.line);
		return startBody(split, lines, from + 1);
	};
	/**
	 * A part of the business (`【審議事項】`) over one item, then the first turn (`１．…について` / `遠藤学部長：…`): the text has
	 * begun under the part's label, which is its first heading and the item the part's first, as well as the agenda's (the
	 * label and the item had been the header's agenda alone, lost from the text); null when the last section is no such part.
	 */
	const openPartUnderway = (): HeaderSplit | null => {
		const part = split.sections.at(-1);
		if (!part || part !== current || part.key !== 'agenda' || part.rest !== '' || !BUSINESS_PART.test(matchForm(part.label).replace(/[\s\u3000]/gu, ''))) return null;
		const items = part.lines.filter((source) => source.text.trim() !== '');
		if (items.length !== 1 || classifyBareLine(items[0]?.text ?? '').kind !== 'heading') return null;
		return startBody(split, lines, lines.findIndex((source) => source.line === part.line));
	};
	for (; index < lines.length; index++) {
		const source = lines[index];
		if (!source || source.text.trim() === '') continue;
		let section = sectionAt(index);
		if (isWebChrome(source.text)) continue;
		// `出席者５名、欠席者１名、管理規約第５３条により本理事会は成立した。` under the roll, the business's label right below it
		// (`■審議事項`, as an owners' association's template writes it): the record of the quorum, kept as text where it stands; the
		// header goes on (the text had begun there, the items of business read as empty headings and the agenda lost).
		if (section === null && people(current) && QUORUM_SENTENCE.test(trimSpaces(source.text)) && businessLabelNext(lines, index, sectionAt)) section = { key: null, label: trimSpaces(source.text), number: null, rest: '', field: true };
		// `・次第`, `・会議次第` among the papers under `配布資料` (`・次第` / `・委員名簿` / `・資料１　…`, as a prefecture's 部会 lists
		// them): the order of business handed out, a paper, never the agenda's label (the list had been cut there, every paper lost).
		if (section?.key === 'agenda' && section.rest === '' && current?.key === 'handouts' && /次第$/u.test(section.label.replace(/[\s\u3000]/gu, '')) && LABEL_BULLET.test(source.text.trimStart())) section = null;
		// `議　長` alone over the sitting's clock and the chair's words (`午後２時００分開議` / `定刻となりましたので、…`), as a town's
		// record typed in Word labels every turn: the chair's first turn opens the text, no field naming who chairs (the words had
		// been text of no one's, the clock a member of a roll named 議長).
		if (section?.key === 'participants' && section.rest === '' && CHAIR_FIELD.test(section.label.replace(/[\s\u3000]/gu, '')) && chairOverWords(lines, index)) return startBody(split, lines, index);
		// A row of the roll's table (`書記⇥柴田　美穂⇥○` under `会長⇥岩田　智子⇥○`, as a Word table's rows are read, its cells a
		// tab apart): a member, never a field of the header named by the post in its first cell (`書記`, `司会`, `議長`; a roll's
		// own label there, `欠席者⇥農業委員⇥…`, still heads a list).
		if (section !== null && ROLL_ROLE.test(section.label.replace(/[\s\u3000]/gu, '')) && people(current) && isRollTableRow(source.text, current?.lines.at(-1)?.text ?? '')) section = null;
		// A rule under the date or the place (`場所　本会議場` / `━━━━`) ends the header: the text starts below it, never more of
		// the place.
		// (Not over the roll, nor over a lone `議事録` with more of the header below it: `―――` / `議事録` / `出席：…`.)
		if (section === null && (current?.key === 'date' || current?.key === 'location') && isSeparator(source.text) && lines.some((line, i) => i > index && line.text.trim() !== '')) {
			const next = lines.findIndex((line, i) => i > index && line.text.trim() !== '');
			const label = sectionAt(next);
			if (!((label?.key === 'body' && label.rest === '' && headerFollows(lines, next)) || label?.key === 'participants')) return startBody(split, lines, index + 1);
			continue;
		}
		// `８　審査の経過` after `７　審査事件` and its items: the header's next number ends the list above it, whatever its label.
		if (section === null && current?.key === 'agenda' && current.number !== null) section = nextNumberedSection(source.text, current.number);
		// (So does it after the place, `２　場　所　…` / `３　評議員の現在数及び定足数`: a field kept as text, no more of the place.)
		if (section === null && current?.key === 'location' && current.number !== null && /^[0-9０-９]/u.test(trimSpaces(source.text))) {
			const next = nextNumberedSection(source.text, current.number);
			if (next !== null) section = { ...next, field: true };
		}
		if (section && isBareProceedings(section) && (fullBodyLabelAfter(index) || listedAgain(lines, index) || listedBeforeTurns(lines, index) || orderItem(current, section, source, lastItem, lines))) section = { ...section, key: 'agenda' };
		// The agenda's first item written again (`（１）…` under `議事`): the body starts with it; so does the text's heading of an
		// item by its number alone under the items (`【議題（１）】`, `≪議題１≫`), which had been one more line of the list, lost.
		if ((section === null || section.key === null) && current?.key === 'agenda' && (current.lines.some((line) => sameItem(line.text, source.text)) || (current.lines.some((line) => line.text.trim() !== '') && ITEM_NUMBER_HEADING.test(matchForm(trimSpaces(source.text)))))) {
			return startBody(split, lines, index);
		}
		// Inside an agenda list, `1. 開会` / `2. 議題` lines are items, not sections; the header's next number
		// (`5. その他` after `4. 議題`) starts a section unless it continues the list's own numbering.
		const nextHeader = current?.number != null && section?.number === current.number + 1 && section.number !== lastItem + 1;
		// An unnumbered field the header knows (`出席並びに欠席委員` on a line of its own after the items) is no item.
		const field = section?.key === null && section.field === true && section.number === null;
		// (`３．意見交換` among `議事`'s items is an item, not the text's start: only past the list does it open the text.)
		const itemLike = section?.key === 'body' && TALK_LABELS.includes(matchForm(section.label).replace(/[\s\u3000]/gu, '')) && !nextHeader;
		const inAgenda = current?.key === 'agenda' && section !== null && (section.key === null || section.key === 'agenda' || itemLike) && !(section.key === null && nextHeader) && !field;
		if (inAgenda) lastItem = section?.number ?? lastItem;
		if (section === null && (current !== null || split.preamble.length > 0) && startsTranscript(lines, index)) {
			// (Under an agenda label whose items are told in sentences, `【審議事項】` / `１．…について` / `…承認された。` / `（質疑）` /
			// `三浦教授：…`: the minutes are written under their agenda, and the text starts at its label, as below; the items' accounts
			// had been taken into their titles or lost.)
			const written = openWrittenAgenda() ?? openPartUnderway();
			if (written) return written;
			// The heading just before the first speech (`開　会`), or the sitting's time (`（開会 午後 1時30分）`), opens the body too.
			const heading = current?.lines.at(-1);
			const from = heading && heading.line < source.line && (isBodyHeading(heading.text, current) || readSittingTime(trimSpaces(heading.text)) !== null) ? heading : source;
			if (from !== source) current?.lines.pop();
			split.body = lines.filter((line) => line.line >= from.line);
			split.hasBody = true;
			split.bodyLine = from.line;
			return split;
		}
		// A Markdown table right under an agenda's label (`■ 審議事項` / `| 議事 | 内容 |`, each row an item and what was decided):
		// the minutes text from the label on, the table read as one.
		if (section === null && current?.key === 'agenda' && current.rest === '' && current.lines.length === 0 && /^[ \t]*\|.*\|[ \t]*$/u.test(source.text)) {
			const label = lines.findIndex((line) => line.line === current?.line);
			if (label !== -1) {
				split.sections.pop();
				return startBody(split, lines, label);
			}
		}
		// The sitting's time past a blank line after the agenda (`午前１０時００分開会`) opens the minutes text.
		if (section === null && current?.key === 'agenda' && (lines[index - 1]?.text.trim() ?? '') === '' && readSittingTime(trimSpaces(source.text))?.item === false) {
			return startBody(split, lines, index);
		}
		// So does a heading past a blank line after the items, the record's sentences under it (`議事日程` / `１．開会` / … /
		// `６．閉会` / `` / `議長団選出` / `司会から…選出された。`): the text has begun (it had been more of the agenda, every line
		// up to the first bill's heading lost).
		if (section === null && current?.key === 'agenda' && current.lines.length > 0 && !holdsSentence(current) && (lines[index - 1]?.text.trim() ?? '') === '' && headingOverProse(lines, index)) {
			return startBody(split, lines, index);
		}
		// (So does the text's own outline numbered from １ again after a blank line, `第１号議案　…` / `【報告事項】` / (blank) / `１　開会`
		// / `　司会の副会長が開会を宣言した。`, as an association's 総代会 heads what it tells: the items had run on into the outline, each
		// part's account taken into an item's title and lost from the text.)
		if ((section === null || (section.key === null && section.number === 1)) && current?.key === 'agenda' && current.lines.length > 0 && !holdsSentence(current) && (lines[index - 1]?.text.trim() ?? '') === '' && firstPartOverProse(lines, index)) {
			return startBody(split, lines, index);
		}
		// A speaker's turn under an agenda item (`【協議事項】` / `１．…について` / `細谷理事長：…。`) is the minutes text, never
		// more of the item's title.
		// (Only under a list of items: an agenda section that already holds sentences is minutes read as items, left as before.)
		// So is a speaker's label alone past a blank line, the speech below it (`委員長（前田）` / `　ただいまから…`).
		const labelOverSpeech = () => (lines[index - 1]?.text.trim() ?? '') === '' && isLabelOverSpeech(lines, index);
		// So is the record telling who explained the item (`○議事` / `○第５次計画の骨子案について` / `事務局から資料１に基づき説明があった。`).
		const told = () => /。$/u.test(trimSpaces(source.text)) && !/^[・･●•○〇◯\-*]/u.test(trimSpaces(source.text)) && tellsWhatWasExplained(source.text);
		if (section === null && current?.key === 'agenda' && current.lines.length > 0 && !holdsSentence(current) && (isSpokenTurn(source.text) || labelOverSpeech() || told())) {
			return openPartUnderway() ?? startBody(split, lines, index);
		}
		// Minutes without a body label (a company's 取締役会議事録, an association's 総会, a PTA's 運営委員会): after a blank
		// line that ends the date, place or people, the text starts with prose, a speaker's turn or the sitting's time.
		if (
			(section === null || (section.key === null && section.number !== null)) &&
			current !== null &&
			(current.key === null || PROSE_AFTER.has(current.key)) &&
			(lines[index - 1]?.text.trim() ?? '') === '' &&
			startsText(lines, index, roll) &&
			!timesOfHeader(lines, index)
		) {
			return startBody(split, lines, index);
		}
		// Text taken from a PDF has no blank lines: a sentence ending in 。 after the place or the people (`司会より、…報告あり。`)
		// is the text already, never another place or name. (Under a speaker's label alone, the label's own reading decides;
		// a list that holds sentences already is minutes read as a list, which the reader takes apart later.)
		const clean = () => current !== null && current.lines.length > 0 && !holdsSentence(current);
		if (section === null && (current?.key === 'location' || current?.key === 'participants' || current?.key === 'absent') && clean() && isProse(source.text) && /。$/u.test(trimSpaces(source.text)) && !isLabelOverSpeech(lines, index - 1)) {
			return startBody(split, lines, index);
		}
		// So is a speaker's turn right under the people or the place, no blank line between (`出席者：山田座長、鈴木委員` /
		// `山田座長：それでは…開会します。` / `鈴木委員：…`, as a web page or a Word document writes its paragraphs), when more of the
		// text follows it; it had been read as more of the header, the text lost and the roll with it.
		if (section === null && (current?.key === 'location' || current?.key === 'participants' || current?.key === 'absent') && (current.rest !== '' || current.lines.length > 0) && !holdsSentence(current) && isSpokenTurn(source.text) && textFollows(lines, index)) {
			return startBody(split, lines, index);
		}
		// `Ⅰ．執行部からの報告の概要` after the header's fields (a 議事要旨 in parts numbered in Roman numerals, as the Bank of
		// Japan's policy meetings write theirs): the first part opens the text.
		if ((section === null || section.key === null) && current !== null && FIRST_ROMAN_PART.test(trimSpaces(source.text))) return startBody(split, lines, index);
		if (section?.key === 'body' && !inAgenda && section.number !== null && section.rest === '' && laterBodyLabel(index, section.number)) section = { ...section, key: 'agenda' };
		// `議事録` alone over more of the header (`出席者:` / … / `欠席者:` / … / `議事`, a university's 経営協議会): a heading of the
		// record, the header goes on.
		// (So over the roll alone when the turns follow it: `議事録` / `出席：…` / `欠席：なし` / `河合団長：…`.)
		// (And `概要` alone right under the title over the fields, `<開会>` / … / `議案及び議事内容`, as a prefecture's education
		// board heads its page: the page's heading of the fields, the record's text under the later label.)
		if (section?.key === 'body' && !inAgenda && section.rest === '' && headerFollows(lines, index) && (split.sections.length > 0 ? bodyLabelAfter(index) || turnsAfterFields(index) : bodyLabelAfter(index))) continue;
		if (section?.key === 'body' && !inAgenda) {
			// (An indented `（質疑）` under an item told in sentences is a part of that item's account: the minutes are written under
			// their agenda, which opens the text.)
			const written = current?.key === 'agenda' && section.number === null && /^[\s\u3000]/u.test(source.text) && holdsSentence(current) ? openWrittenAgenda() : null;
			if (written) return written;
			const rest = section.rest === '' ? [] : [{ text: section.rest, line: source.line }];
			split.body = [...rest, ...lines.slice(index + 1)];
			split.hasBody = true;
			split.bodyLine = source.line;
			split.bodyLabel = section.label;
			return split;
		}
		// `取締役総数：３名` after the place: a field of its own (kept as text), not more of the place.
		// So are `構成員　　４８名`, `議　長　　学部長　小田切　浩`, `代議員定数　62名　　出席代議員　58名` and `午後7時30分　開会　　理事数　18名`
		// once the place has its value: a label apart from its value by spaces, on a line of its own that is not indented
		// (an indented line goes on with the place: `場所　市役所本庁舎` / `　　　３階第１会議室`), or the sitting's time.
		if (section === null && (current?.key === 'location' || current?.key === 'date')) {
			const trimmed = trimSpaces(source.text);
			const placed: boolean = current.key === 'location' && (current.rest !== '' || current.lines.length > 0) && !/^[\s\u3000]/u.test(source.text);
			const field = OTHER_FIELD.exec(trimmed);
			const spaced: RegExpExecArray | null = placed && !field ? SPACED_FIELD.exec(trimmed) : null;
			const timed: RegExpExecArray | null = placed && !field && !spaced ? TIMED_FIELD.exec(trimmed) : null;
			// (`議長：５班　宮田　和夫`, `議長：会長　関口　恵美`: who chairs, a list of people of its own; never a turn of the chair's.)
			if (field?.groups && ROLL_ROLE.test(field.groups.label ?? '') && NAMED_PERSON.test(trimSpaces(field.groups.rest ?? ''))) section = { key: 'participants', label: field.groups.label ?? '', number: null, rest: trimSpaces(field.groups.rest ?? '') };
			else if (field?.groups) section = { key: null, label: field.groups.label ?? '', number: null, rest: trimSpaces(field.groups.rest ?? '') };
			// (Who chairs, sits in or keeps the record, `議　長`, `陪　席`, `記　録`: a list of people of its own; a count, a field kept as text.)
			else if (spaced?.groups) {
				const label: string = spaced.groups.label ?? '';
				// (`公述人　2名`: a count of people who speak, a list read as such, never text that a turn label would open.)
				const people: boolean = ROLL_ROLE.test(label.replace(/[\s\u3000]/gu, '')) || isSpeakerLabel(label.replace(/[\s\u3000]/gu, ''));
				section = { key: people ? 'participants' : null, label, number: null, rest: trimSpaces(spaced.groups.rest ?? ''), ...(people ? {} : { field: true }) };
			}
			// (The sitting's time read as the header's `開会` field, its counts kept as text.)
			else if (timed?.groups) section = { key: null, label: '開会', number: null, rest: trimmed };
		}
		// After a list of people, `陪　席　　学部事務長　村瀬、…` / `記　録　　総務係　坂口`: a list of its own, no more members of the one above.
		// (Not in a roll that lists its members by role, `出席委員` / `議長　小松　弘` / `副議長　熊谷　由紀`, as a Word table's cell
		// holds them a line each: its first entry, or one after an entry led by a role, is one more member.)
		if (section === null && people(current) && !/^[\s\u3000]/u.test(source.text)) {
			const spaced = SPACED_FIELD.exec(trimSpaces(source.text));
			const label = spaced?.groups?.label ?? '';
			const role = label.replace(/[\s\u3000]/gu, '');
			// (Past a blank line, `議長　代表取締役社長　藤井　直人` under a board's roll is who chaired, a list of its own.)
			const blankBefore = (lines[index - 1]?.text.trim() ?? '') === '';
			// (Nor under a list of one role, `司会　副会長　斎藤　美樹` / `議長　会長　長谷川　浩`: each its own.)
			const roleList = ROLL_ROLE.test((current?.label ?? '').replace(/[\s\u3000]/gu, ''));
			const oneMore = CHAIR_ROLE.test(role) && !roleList && (current?.lines.length === 0 || (byRole(current) && !blankBefore));
			// (Nor a row of a table padded into columns, `書記　　　　　山口　恵　　　○` under `会長　　　　　西村　由美　　○`.)
			const tableRow = isRollTableRow(source.text, current?.lines.at(-1)?.text ?? '');
			// (Nor the clerk under the head of the office, `書記　　前川　理沙` under `事務局長　　岡　直人`, as a board's roll lists its
			// staff a post and a name a line: one more of the staff, where it had headed a group 書記 of its own.)
			const aboveLabel = SPACED_FIELD.exec(trimSpaces(current?.lines.at(-1)?.text ?? ''))?.groups?.label?.replace(/[\s\u3000]/gu, '') ?? '';
			// (So under a city's official, `書記　　石黒　綾` under `交通政策課長　　森田　早苗`: the clerk of the same office.)
			const clerk = role === '書記' && !blankBefore && aboveLabel !== '書記' && (isStaffPost(aboveLabel) || OFFICIAL_POST.test(aboveLabel)) && isSpacedFullName(trimSpaces(spaced?.groups?.rest ?? ''));
			if (spaced?.groups && ROLL_ROLE.test(role) && !oneMore && !tableRow && !clerk) section = { key: 'participants', label, number: null, rest: trimSpaces(spaced.groups.rest ?? '') };
			// (So is who kept the record after a colon, `記　録：佐伯` under `欠席者：…`, as a neighbourhood association's minutes close
			// their header: it had been a group of the absent, `欠席者（記録）`.)
			const kept = spaced?.groups ? undefined : RECORD_KEEPER.exec(trimSpaces(source.text))?.groups;
			if (kept && section === null) section = { key: 'participants', label: kept.label ?? '', number: null, rest: trimSpaces(kept.rest ?? '') };
		}
		if (section === null && people(current) && itemsUnderRoll(lines, index)) section = { key: 'agenda', label: '', number: null, rest: trimSpaces(source.text) };
		// `【議決事項】` under a roll (`(委 員)竹内委員長、…` / `(事務局)…` / `【議決事項】`): a part of the business, never a group of
		// the roll; the text opens with it (it had been a group without members, and its heading lost).
		if (section === null && people(current) && BUSINESS_PART.test(matchForm(trimSpaces(source.text)).replace(/[\s\u3000]/gu, '').replace(/^[【［\[〔<〈(■◆●]|[】］\]〕>〉)]$/gu, ''))) return startBody(split, lines, index);
		// `〔開会〕` over the first turn when the header has its date already (`開会日時　…`): the text's first heading.
		// (So over the record's sentence past the agenda's items and a blank line, `大会次第` / `１．開会` / … / (blank) / `【開会】` /
		// `　…が開会を宣言した。`: it had been read as a second date, and the file kept as a plain document.)
		const afterItems = () => current?.key === 'agenda' && current.lines.length > 0 && (lines[index - 1]?.text.trim() ?? '') === '' && /。$/u.test(trimSpaces(lines[index + 1]?.text ?? ''));
		if (section?.key === 'date' && section.rest === '' && /^[〔<＜〈【［\[(（]/u.test(trimSpaces(source.text)) && split.sections.some((found) => found.key === 'date') && (startsTranscript(lines, lines.findIndex((line, i) => i > index && line.text.trim() !== '')) || afterItems())) {
			return startBody(split, lines, index);
		}
		if (section && !inAgenda) {
			current = { ...section, line: source.line, lines: section.rest === '' ? [] : [{ text: section.rest, line: source.line }] };
			// `1.議 題 1.議案第71号 …`: the list's first item on the label's line, so `2.所管事務調査事項…` below is its second.
			lastItem = section.key === 'agenda' ? (matchSectionLine(section.rest)?.number ?? -1) : -1;
			split.sections.push(current);
			if (people(current)) addRollNames(roll, section.rest);
		} else if (current) {
			current.lines.push(source);
			if (people(current)) addRollNames(roll, source.text);
		} else if (dated || isDateLine(source.text) || isHeldOnLine(source.text) || isIssuerLine(source.text) || (split.sections.length === 0 && isTitleAgain(source.text)) || isDateBlockLine(lines, index, split.preamble, sectionAt) || openingOverRoll(index)) {
			split.preamble.push(source);
		} else {
			// A document without header sections (a summary): its text starts here.
			return startBody(split, lines, index);
		}
	}
	// Minutes written under their agenda's label to the end (`<議題>` / `1.地区連協会報告` / `・…を回覧した。`): with no
	// other text, the items and what was said under them are the minutes text, the label its heading.
	// The first such label after the header's last list of people, date or place starts the text (`■報告事項` / … /
	// `■審議事項` / … / `【その他】`); what follows it is the text's.
	return openWrittenAgenda() ?? split;
}
