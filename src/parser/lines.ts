/**
 * Classifying one body line: section heading, speaker, editorial note, agenda
 * introduction, list item or plain paragraph text. Structure is matched on a
 * decoration-stripped NFKC form; returned texts are the original characters.
 */
import { isAgendaLeadForm, MOTION_NUMBER } from './agenda.ts';
import { CHARGE_AFTER_POST, FLOOR_ROLES, isCommitteePost, isCompoundRole, isDescribedAnonymous, isMaskedLabel, isNumberedSpeaker, isOfficerInCharge, isOrganisation, isOutsideMember, isPersonLabel, isSectionName, isSpacedFullName, isTypedTurn, KATAKANA_FULL_NAME, LATIN_FULL_NAME, parseNameLabel, speaksBeforeColon, typedTurnWho, ROLE_TITLES } from './names.ts';
import { parseNumeral } from './numerals.ts';
import { readSittingTime } from './date.ts';
import { atMostCharacters, isSeparator, isSpaceCode, matchForm, matchFormWithMap, memoByText, nextNonBlank, originalSlice, PAGE_NUMBER, stripDecoration, trimSpaces, type SourceLine } from './normalize.ts';
import { NAMED_POST, splitTurnLine, unpadded, withoutTurnNumber } from './turn-line.ts';
import { isWebChrome } from './web-chrome.ts';

/** What one non-blank body line is. */
export type BodyLine =
	| { kind: 'heading'; title: string; number: number | null; asker?: string }
	/**
	 * `bare`: an unmarked label alone on its line (`大橋座長`, `（Ａ）`): a speaker only when speech follows on the next line,
	 * else a paragraph, or the `heading` it names (`【議長挨拶】` over `議長：…`); `stage`: a stage direction written right
	 * after the label (`登壇`, `〔登壇〕`), a note of the turn.
	 * `attributed`: a point with its speaker named after it (`・…。（長谷川部会長）`): the point is the whole turn.
	 */
	| { kind: 'speaker'; label: string; text: string | null; bare?: true; heading?: string; section?: string; stage?: string; attributed?: true }
	/** `aside`: a stage direction such as （資料説明） that stays inside the open remark. */
	| { kind: 'note'; text: string; chat: 'start' | 'end' | null; aside?: true }
	/** A heading line that starts the chat region (`◆時間内にご発表できなかったチャット欄のコメント`): a section of its own. */
	| { kind: 'chat'; title: string }
	| { kind: 'agenda'; text: string }
	/** A page number left by the PDF extraction (`- 3 -`, `3/12`): not text. */
	| { kind: 'page'; text: string }
	| { kind: 'item'; text: string }
	| { kind: 'paragraph'; text: string };

/** What the classifier needs to know about its surroundings. */
export interface LineContext {
	/** A remark is open (numbered headings inside remarks need a keyword or the next number). */
	inRemark: boolean;
	/** Number of the last numbered heading, if any. */
	lastHeadingNumber: number | null;
	/** The document's legend of speaker marks (`◎は委員長、○は委員、●は事務局の発言`): mark → the role that speaks. */
	legend?: ReadonlyMap<string, string>;
	/** Surnames of the meeting's participants: `石井：…` at a line's start is 石井 speaking. */
	surnames?: ReadonlySet<string>;
	/** One-letter surnames the roll writes apart from the given name (`森　陽介`): `森　…` at a line's start is 森 speaking. */
	oneLetterSurnames?: ReadonlySet<string>;
	/**
	 * Bodies the roll lists by their name alone (observers, those heard: `一般社団法人日本民間放送連盟`), without spaces, also
	 * without their legal form (`日本民間放送連盟`): `【日本民間放送連盟】`, `（日本農泊推進機構）…` is that body speaking.
	 */
	bodies?: ReadonlySet<string>;
	/** Circled numbers that introduced people earlier (`①　子どもは１歳３か月。` under `出席者紹介`): alone over the words, the mark speaks. */
	introduced?: ReadonlySet<string>;
	/** The member whose label stands alone over a block of typed lines (`○鈴木委員` / `（質疑）…` / `（答弁：企画課長）…`). */
	asker?: string | null;
	/** The open remark's label stood alone and the remark holds nothing but points so far (`【事務局】` / `◆…` / `◆…`). */
	pointsOnly?: boolean;
}

/** One entry of a legend of marks: `◎は委員長`, `●は事務局の発言`, `○:委員`, `□：座長`. */
const LEGEND_ENTRY = /(?<mark>[◎○〇◯●◇◆■□△▲☆★])(?:印?は|[ \u3000]?[:：=＝][ \u3000]?)(?<role>[^、，,。()（）◎○〇◯●◇◆■□△▲☆★]{1,12}?)(?:の発言)?(?=[、，,。)）]|$)/gu;

/** The marks a legend line declares, as mark → role; empty when the text holds none. */
export function readLegend(text: string): Map<string, string> {
	const legend = new Map<string, string>();
	for (const match of text.matchAll(LEGEND_ENTRY)) {
		const mark = match.groups?.mark ?? '';
		const role = trimSpaces(match.groups?.role ?? '');
		if (mark !== '' && role !== '') legend.set(mark === '〇' || mark === '◯' ? '○' : mark, role);
	}
	return legend;
}

/** A part of the meeting by its number, alone or with its title: `第２部　協議事項`, `第1部` (on the NFKC form). */
const MEETING_PART_HEADING = /^第(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})部(?:\s+(?<title>\S{1,20}))?$/u;
/** `(1) 開会`, `（３）閉会`, `(2) 議題`, `１．開会`, `第１　開会` (Word's numbering `第%1`; on the NFKC form). */
const NUMBERED_HEADING = /^(?:\((?<number>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\)|(?<dotted>[0-9]{1,2})\.|第(?<dai>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?=\s))\s*(?<title>\S.*)$/u;
/** A keycap digit (`1️⃣`, the digit, U+FE0F, U+20E3) before a short title. */
const KEYCAP_TOPIC = /^(?<number>[0-9])\uFE0F?\u20E3[\s\u3000]*(?<title>[^\s\u3000].{0,39})$/u;
/** A numbered part of an association, a town or a building: `3組`, `５班`, `1部`, `2地区`, `１丁目`, `305号室`. */
const NUMBERED_PART = '[0-9０-９]{1,4}(?:組|班|区|地区|丁目|部|ブロック|号室|号棟)';
/** Who speaks for such a part, before a colon (NFKC): `3組 組長`, `５班 会員`, `305号室`. */
const PART_MEMBER = new RegExp(`^${NUMBERED_PART}(?:[ \\u3000]?(?:組長|班長|区長|会員|代表|住民|役員|組合員|区分所有者|所有者|居住者))?$`, 'u');
/** Such a part and who speaks for it in brackets: `1部(岩崎部長)`. */
const PART_SPEAKER = new RegExp(`^(?<part>${NUMBERED_PART})[（(](?<who>[^（()）、。\\s\\u3000]{2,12})[）)]$`, 'u');
/**
 * A whole line that names a part of the meeting, maybe spaced out: `開　会`, `閉会`, `議　題`, and what was decided or is to
 * be done after the turns (`決定事項`, `今後の対応`, `次回`, as a Word heading sets them).
 */
const PART_WORDS = /^(?:開会|閉会|散会|議長選出|議長選任|議長の選出|議長の選任|議題|議事|報告|審議事項|報告事項|協議事項|連絡事項|決議事項|議決事項|質疑応答|質疑|意見交換|自由討議|その他|決定事項|確認事項|合意事項|今後の対応|今後の課題|宿題事項|次回|次回予定|次回日程|次回の日程|次回開催|次回開催予定|次回の予定|今後の予定|今後の日程|配付資料|配布資料|会議資料|配付資料一覧|配布資料一覧|資料一覧)$/u;
/** The longest of `PART_WORDS`, in UTF-16 units: a line with more letters than that besides its spaces is none of them. */
const PART_WORD_LENGTH = Math.max(...PART_WORDS.source.slice(4, -2).split('|').map((word) => word.length));

/** Whether a text holds at most `limit` UTF-16 units besides its spaces (counted only until the limit is passed). */
function fewLetters(text: string, limit: number): boolean {
	let letters = 0;
	for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++letters > limit) return false;
	return true;
}

/**
 * The next meeting's date as a field after the text (`次回日程：令和６年１２月上旬`, and named by the body, `次回理事会：12月14日（土）
 * 10時`, `次回役員会の日程：…`): a note, no speaker's words.
 */
const NEXT_MEETING = /^(?:次回(?:の)?(?:日程|開催(?:日時|日|予定日?)?|会議|予定|[^\s\u3000：:。、]{0,8}会(?:の)?(?:日程|日時|開催日?|予定)?)|今後の(?:日程|予定))[\s\u3000]*[：:][\s\u3000]*\S/u;
/** Words after an item's number that only point to the item (`（１）について`, `(2)に関して`, `３．関係`). */
const ABOUT_ITEM = /^(?:について|に関して|に係る(?:件|こと)|関係)$/u;
/** An item of business that heads a line (NFKC): `第1号議案 …`, `議案第2号 …`, `報告第3号 …`, or stands alone (`第２号議案`). */
const MOTION_HEADING = new RegExp(`^${MOTION_NUMBER}(?:[\\s:：]+\\S|(?:について|に関して)(?:[（(][^（()）]{1,20}[）)])?$|$)`, 'u');
/**
 * True for an item of business alone on its line (`第１号議案　…の件`, `議案第２号　…`, `第３号議案について（特別決議）`), as a
 * heading of the text writes it.
 */
export function isMotionHeading(text: string): boolean {
	const bare = trimSpaces(text);
	return atMostCharacters(bare, 60) && !bare.includes('。') && MOTION_HEADING.test(matchForm(bare));
}
/** `≪1.開会≫`, `《2.議題》`: a web page's section heading. */
const DOUBLE_ANGLE = /^[≪《](?<inner>[^≪≫《》]{1,60})[≫》]$/u;
/**
 * An anonymised speaker (NFKC): `A`, `AB`, `A委員`, `B構成員`, `委員A`, and an association's or a company's officers and members
 * so (`理事A`, `株主B`, `評議員C`, `代議員1`), a hearing's and a town meeting's speakers from the floor (`公述人1`, `市民2`,
 * `住民A`); the question and the answer of a Q&A record (`問`, `答`).
 */
const ANONYMOUS = /^(?:[A-Z]{1,2}(?:委員|構成員|専門委員|臨時委員|会員|正会員|組合員|氏|理事|監事|評議員|社員|株主|代議員|役員|取締役)?|(?:委員|構成員|会員|正会員|組合員|参加者|理事|監事|評議員|社員|株主|代議員|役員|取締役|公述人|意見陳述人|陳述人|市民|住民|区民|町民|村民|発言者|発話者|話者|質問者|回答者)(?:[A-Z]{1,2}|[0-9]{1,2})|問|答)$/u;

/** A post or a seat, a full-width space and the holder's name (a surname, or a full name with its space), as a regex source: `議長　岩井　茂`, `町長　尾上`. */
export const POST_AND_NAME = '(?<post>[^\\s\\u3000（()）]{1,12})\\u3000(?<name>[\\p{Script=Han}々ヶ]{1,4}(?:\\u3000[\\p{Script=Han}々ヶ\\p{Script=Hiragana}]{1,4})?)';

/**
 * An unmarked speaker written as a post, a full-width space and the holder's name (a surname, or a full name with its space),
 * then two spaces or more before the words: `議長　山田　　ただいまから…`, `総務課長　青木　　それでは…` (a village's 全員協議会 typed in Word).
 */
const POST_NAME_THEN_WORDS = new RegExp(`^${POST_AND_NAME}[ \\u3000]{2,}(?<text>\\S.*)$`, 'u');
/** An assembly's member by that word or by seat, before a name: `議員`, `３番`. */
const CHAMBER_SEAT = /^(?:議員|[0-9０-９一二三四五六七八九十]{1,3}番)$/u;
/** An unmarked speaker at the start of a paragraph, before a full-width space: `大橋座長　ただいまから…`. */
const UNMARKED = /^(?<label>[^\s\u3000（()）]{1,20}[（(][^（()）]{1,15}[）)]|[^\s\u3000]{1,30})\u3000+(?<text>\S.*)$/u;
/**
 * A name set apart from より or から after it, as the record tells who reported (`渡辺　昌平 より…`, `吉田 より報告。`), or a surname
 * right before より and what they gave (`今井より提案。`, `今井より説明があった。`): no words said.
 */
const NAME_APART_THEN_FROM = /^\p{Script=Han}{1,4}(?:[ \u3000]+\p{Script=Han}{1,4})?[ \u3000]+(?:より|から)|^\p{Script=Han}{1,4}(?:より|から)(?:提案|説明|報告|補足)(?:。|があった|がなされた|が行われた)/u;
/** The labels of a Q&A record's turns: `質問`, `回答`, `問`, `答`, `Ｑ１`, `A2`. */
const QA_LABEL = /^(?:質問|回答|問|答|[QＱAＡ][0-9０-９]{0,3})$/u;
/** A question or an answer numbered with a dot or a space before its words: `質問1.雨天の場合は…`, `回答１．…`, `問１　…`; or a letter with a dot (`Q. …`, `A1. …`). */
const NUMBERED_QA = /^(?:(?<word>質問|回答|問|答)[0-9０-９]{1,2}(?:[.．][\s\u3000]*|[\s\u3000]+)|(?<letter>[QＱAＡ][0-9０-９]{0,3})[.．][\s\u3000]*)(?<text>\S.*)$/u;
/** Those in words, which mark a turn even in brackets with the words right after them (`（問）小学校の…`); a letter so set is an item (`（Ａ）案`). */
const QA_WORD = /^(?:質問|回答|問|答)$/u;
/** A question or an answer after a list's number (`①　問　…`, `(1) 質問：…`, `1. 答　…`): the turn after the number. */
const LISTED_QA = /^(?:[①-⑳]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）])[\s\u3000]*(?<turn>(?:質問|回答|問|答)[\s\u3000：:（(].*)$/u;
/** What residents or a city say, in brackets alone on a line over the words: `(意見)`, `(要望)`, `(市の答弁)`, `(回答)`. */
const SAID_ALONE = /^(?:意見|要望|質問|回答|答弁|提案|(?:[^\s\u3000（()）の]{1,6}の)(?:答弁|回答|意見))$/u;

/** A name, then its words in quotation brackets to the line's end: `井上「…」`, `森「わかりました。…作ります」`. */
const QUOTED_TURN = /^(?<label>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,12})「(?<text>[^「」]*(?:「[^「」]*」[^「」]*)*)」$/u;
/** A line that is a name and its words in quotation brackets (`井上「…」`), as name and words; null for any other line. */
export function quotedTurn(line: string): { label: string; text: string } | null {
	const said = line.length <= 20_000 ? QUOTED_TURN.exec(line)?.groups : undefined;
	return said ? { label: said.label ?? '', text: said.text ?? '' } : null;
}

/** The posts an association's or a company's officers are elected to, as a row of them opens: `理事`, `監事`, `代表取締役`. */
export const ELECTED_POSTS = '代表理事|副理事長|理事長|専務理事|常務理事|理事|代表監事|監事|代表取締役|取締役|監査役|評議員';
/** A row of officers by post, two or more names in ideographs after it and nothing else: `理事　村瀬伝吉　大杉友蔵`, `監事　今泉源次郎、木暮与一`. */
const ELECTED_ROW = new RegExp(`^(?:${ELECTED_POSTS})[ \\u3000]+[\\p{Script=Han}々ヶ]{2,6}(?:[ \\u3000、，,]+[\\p{Script=Han}々ヶ]{2,6})+$`, 'u');

/** A surname: a short run of ideographs. */
const SURNAME = /^[\p{Script=Han}々]{1,4}$/u;
/**
 * Who asks or answers after a bracketed kind, alone on its line with the words below (`(質問)北部支店 山本 修一総代`,
 * `(答弁)代表理事専務 小松 康弘`): a post or a branch, a space, a name; no sentence.
 */
const QA_WHO_ALONE = /^(?<who>[^\s\u3000、。，,：:（）()「」！？]{1,14}(?:[ \u3000][^\s\u3000、。，,：:（）()「」！？]{1,8}){1,3})$/u;

/** A question's or an answer's summary headed by who gives it, alone on its line: `質問要旨（Ｂ氏）`, `回答内容:(鈴木取締役)`. */
const TYPED_WHO_ALONE = /^(?:質問|質疑|回答|答弁|意見|要望)(?:の?要旨|の?内容)?[\s\u3000]*[：:]?[\s\u3000]*[（(](?<who>[^（()）\s\u3000]{1,20})[）)][\s\u3000]*[：:]?$/u;

/** A shareholder asking at a 株主総会 (NFKC): `株主`, `株主A`, `出席株主`, `株主1`. */
const SHAREHOLDER = /^(?:出席)?株主(?:[A-Z]{1,2}|[0-9]{1,2})?(?:様|さん)?$/u;

/** A typed turn in brackets, maybe with who speaks after a colon: `答弁：企画課長`, `質疑`, `意見`. */
const TYPED_QA = /^(?<word>質疑|再質疑|答弁|質問|回答|意見|要望)(?:[：:][\s\u3000]*(?<who>[^：:（()）\s\u3000]{1,20}))?$/u;

/** A news outlet asking at a press conference (NFKC): `NHK`, `NST`, `雪国日報`, `時事通信`, `みなと新聞社`, `西海テレビ`. */
const OUTLET = /^(?:[A-Z]{2,6}|[^\s\u3000、。，,：:（）()「」]{1,12}(?:新聞|新聞社|日報|新報|通信|通信社|放送|テレビ|タイムス|タイムズ|ジャーナル))$/u;

/** Who answers, by post: `町長`, `建設課長`, `教育委員会`, `担当`. */
const ANSWERER = /^[^\s\u3000。、]{0,10}(?:長|官|大臣|知事|補佐|委員会|事務局|担当|係)$/u;
/** A role and who holds it, a colon between (`防災担当:岡島`, `副会長:庄野`), as an association's minutes bracket them. */
const ROLE_COLON_NAME = /^(?<role>[^:：\s\u3000（()）、。，,]{1,10})[:：](?<name>[\p{Script=Han}々]{1,4})$/u;

/**
 * `防災担当:岡島`, `副会長:庄野`: the role's holder as a speaker's label, the name and then the role (`岡島防災担当`,
 * `庄野副会長`, read as name and title) or, when the two do not read so, the role in brackets (`岡島（広報）`); null for any
 * other text.
 */
function roleHolder(text: string): string | null {
	const held = ROLE_COLON_NAME.exec(trimSpaces(text))?.groups;
	if (!held) return null;
	const role = held.role ?? '';
	const name = held.name ?? '';
	if (!(ROLE_TITLES.includes(role) || isPostLabel(role) || ANSWERER.test(role) || isSpeakerLabel(role))) return null;
	const parts = parseNameLabel(`${name}${role}`);
	return parts.name === name && parts.title === role ? `${name}${role}` : `${name}（${role}）`;
}

/** A role or an office, a space, then a surname (`正会員　佐野`, `事務局 加藤`), as a Q&A brackets who asks or answers after the words. */
const ROLE_SPACE_SURNAME = /^(?<role>[^\s\u3000（()）、。，,:：]{1,10})[ \u3000]+[\p{Script=Han}々]{1,4}$/u;

/**
 * A question or an answer, who gives it in brackets and the words right after, maybe after a bullet or an answer's arrow:
 * `・質問（正会員　吉田）…`, `→回答（理事長）…`, `意見（３０５号室）…`.
 */
const BRACKETED_WHO_TURN = /^(?:[・･●•→⇒][\s\u3000]*)?(?<word>質問|回答|意見|要望|質疑|答弁|問|答)[（(](?<who>[^（()）]{1,20})[）)][\s\u3000]*(?<text>[^\s\u3000：:（(].*)$/u;

/** True for who asks or answers in a Q&A record: a speaker's label or a post, a member of the floor, a part's member, a role and a surname. */
function asksOrAnswers(who: string, context?: LineContext): boolean {
	const form = matchForm(who);
	return speaksAs(who, context) || ANSWERER.test(who) || PUBLIC_SPEAKER.test(form) || PART_MEMBER.test(form) || isRoleThenSurname(who);
}

/** A member of the floor by a word no surname is confused with, then the surname with no space: `正会員南`, `組合員小池`. */
const GLUED_FLOOR_MEMBER = /^(?<role>(?:正|賛助|特別|個人|法人|名誉)会員|組合員|代議員|区分所有者|株主)(?<name>[\p{Script=Han}々]{1,3})$/u;
/** What follows a floor's word and is no surname: a count or a part of them (`正会員数`, `組合員総数`, `株主各位`, `代議員定数`). */
const FLOOR_COUNT = /^(?:数|総|各|一同|全|以外|有志|多数|定数|名簿|代表|資格|番号|区分)/u;

/** An association's officer by a post in kanji ending in a board's role: `会計担当理事`, `広報担当理事`, `代表監事`. */
const OFFICER_POST = /^\p{Script=Han}{1,8}(?:理事|監事|幹事|役員)$/u;

/** True for a role that asks or answers in a record's questions: the floor's (`正会員`), an office's (`事務局`), one who answers. */
function asksOrAnswersAs(role: string): boolean {
	return PUBLIC_SPEAKER.test(role) || OFFICE_SPEAKERS.test(role) || ANSWERER.test(role);
}

/** True for `正会員　佐野`, `事務局 加藤`: a role of the meeting or the floor, then who. */
function isRoleThenSurname(text: string): boolean {
	const role = ROLE_SPACE_SURNAME.exec(trimSpaces(text))?.groups?.role;
	return role !== undefined && asksOrAnswersAs(role);
}

/** Who gives a turn as a role with the surname in brackets, a gap, then the words: `会員（八木）　…`, `事務局（西尾）　…`. */
const ROLE_WITH_SURNAME = /^(?<role>[^\s\u3000、。（()）「」]{1,10})[（(](?<who>[^（()）\s\u3000、。]{1,10})[）)][\s\u3000]+(?<rest>\S.*)$/u;

/** Such a role (one of the floor, an office or one who answers) and surname (no number: `会員（３班）` names no one), and the words. */
function roleWithSurname(text: string): { role: string; who: string; rest: string } | null {
	const found = text.length <= 20_000 ? ROLE_WITH_SURNAME.exec(text)?.groups : undefined;
	const role = found?.role ?? '';
	if (!found || !asksOrAnswersAs(role) || /^[0-9０-９]/u.test(found.who ?? '')) return null;
	return { role, who: found.who ?? '', rest: trimSpaces(found.rest ?? '') };
}

/** A question or an answer, with the answerer in brackets after the label taken into it (`回答：（建設課長）…` → `回答（建設課長）`). */
function qaTurn(label: string, text: string, asker: string | null = null, context?: LineContext): BodyLine {
	// `Ｑ　谷口委員` / `Ａ　北廣知事室長` alone on their line, the words below (a prefectural committee's 要点筆記).
	// (`Ｑ　雪国日報`, `Q NHK`: a news outlet asks at a press conference.)
	// (`問　小山　太郎　議員`: the member's name closed up in the bracket.)
	if (isWhoAlone(label, text)) return { kind: 'speaker', label: `${label}（${ASKING_MEMBER.test(text) ? text.replace(/[ \u3000]/gu, '') : text}）`, text: null };
	const answerer = /^[（(](?<who>[^（）()]{1,20})[）)][\s\u3000]*(?<rest>\S.*)$/u.exec(text)?.groups;
	if (answerer && (speaksAs(answerer.who ?? '') || ANSWERER.test(answerer.who ?? ''))) {
		return { kind: 'speaker', label: `${label}（${answerer.who ?? ''}）`, text: answerer.rest ?? '' };
	}
	// `答　市長　　女性や…`, `答　健康福祉部長　　現在…`: who answers, a wide gap before the words.
	const gapped = /^(?<who>[^\s\u3000、。（()）「」]{1,20})(?:\u3000|[ \u3000]{2,})(?<rest>\S.*)$/u.exec(text)?.groups;
	// (`（質問）３０４号室　修繕積立金の…`: a room or a part of the body asks so too.)
	// (`（回答）会計担当理事　…`: an officer whose post ends in an association's role.)
	// (`（質問）清水評議員　奨学金の…`: a member by surname and post, as a foundation's 評議員会 writes who asks.)
	// (Not when who asks runs on to a colon, `（質問）３班　会員：…`: the part and its member ask, read below.)
	const partOrOfficer = (PART_MEMBER.test(matchForm(gapped?.who ?? '')) || OFFICER_POST.test(gapped?.who ?? '') || isPersonLabel(gapped?.who ?? '')) && !ASKER.test(text);
	if (gapped && (ANSWERER.test(gapped.who ?? '') || isPostLabel(gapped.who ?? '') || partOrOfficer) && !/[。、]/u.test(gapped.who ?? '')) {
		return { kind: 'speaker', label: `${label}（${gapped.who}）`, text: trimSpaces(gapped.rest ?? '') };
	}
	// `（質問）会員（八木）　…`, `（回答）事務局（西尾）　…`: who asks or answers as a role with the surname in brackets, then a
	// gap (a 商店会's 総会 writes its questions so: the role had been read as the words' start, the turn no one's).
	const bracketed = roleWithSurname(text);
	if (bracketed) return { kind: 'speaker', label: `${label}（${bracketed.role}　${bracketed.who}）`, text: bracketed.rest };
	// `Ｑ：…把握しているか。（沖田教授）`, `Ａ：…変更はない。（学部長）`: who asks or answers, in brackets after the words.
	const after = attributedPoint(text);
	// (`Ｑ：…変わりましたか。（大島）`: a surname the record closes its questions and answers with again and again.)
	if (after && (speaksAs(after.label, context) || ANSWERER.test(after.label))) return { kind: 'speaker', label: `${label}（${after.label}）`, text: after.text };
	// `Q:…行うのか。(7組 会員)`, `A:…予定。(防災担当:岡島)`: a numbered group's member, a role and who holds it.
	if (after && PART_MEMBER.test(matchForm(after.label))) return { kind: 'speaker', label: `${label}（${trimSpaces(after.label)}）`, text: after.text };
	// (`Ｑ：…原因は何か。（正会員　佐野）`, `Ａ：…加入しています。（事務局 加藤）`: a role or an office, a space, and who.)
	if (after && isRoleThenSurname(after.label)) return { kind: 'speaker', label: `${label}（${trimSpaces(after.label)}）`, text: after.text };
	const holder = after ? roleHolder(after.label) : null;
	if (after && holder !== null) return { kind: 'speaker', label: `${label}（${holder}）`, text: after.text };
	// `（質問）会員 森下：…`, `（回答）上原理事：…`, `（意見）３班 会員：…`: who asks or answers, then a colon.
	const named = ASKER.exec(text)?.groups;
	if (named) return { kind: 'speaker', label: `${label}（${trimSpaces(named.who ?? '')}）`, text: trimSpaces(named.rest ?? '') };
	// A question under the member's heading (`◇　佐藤　花子　議員` / `問　…`): that member asks it.
	if (asker && QUESTION_WORD.test(label)) return { kind: 'speaker', label: `${label}（${asker}）`, text };
	return { kind: 'speaker', label, text };
}

/** True when the words after a Q&A label name who asks or answers alone (`谷口委員`, `北廣知事室長`, `雪国日報`), the words on the lines below. */
function isWhoAlone(label: string, text: string): boolean {
	return atMostCharacters(text, 30) && !/[。、？！]/u.test(text) && (isSpeakerLabel(text) || isPostLabel(text) || (QUESTION_WORD.test(label) && (OUTLET.test(matchForm(text)) || ASKING_MEMBER.test(text))));
}

/** A member who asks, by full name with 議員, its parts maybe spaced out (`小山　太郎　議員`, as a 議会だより sets who asks). */
const ASKING_MEMBER = /^\p{Script=Han}{1,4}[ \u3000]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,5}[ \u3000]?議員$/u;

/** The words of a Q&A record that ask: `問`, `質問`, `Ｑ`, `Q1`. */
const QUESTION_WORD = /^(?:問|質問|[QＱ][0-9０-９]{0,3})$/u;
/** A question block's heading naming the member who asks (`◇　佐藤　花子　議員（市民クラブ）`, `◆山本一郎議員`), as 一般質問要旨 write them. */
const ASKER_HEADING = /^[◇◆■●][\s\u3000]*(?<name>\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー \u3000]{0,10}?)[\s\u3000]*(?<role>議員|委員)[\s\u3000]*(?:[（(][^（()）]{1,20}[）)])?$/u;

/** Who asks or answers before a colon in a Q&A record: a short label without punctuation (`会員 森下`, `堀江会長`, `６班 会員`). */
const ASKER = /^(?<who>[^、。，,：:（）()「」]{1,15})[：:][\s\u3000]*(?<rest>\S.*)$/u;

/** A speaker's label and a tab before the words. */
const TABBED = /^(?<label>[^\s\u3000]{1,30})\t+(?<text>\S.*)$/u;
/** A to-do list's task, its box ticked or not, maybe after a bullet: `- [ ] …`, `* [x] …`, `[ ] …`. */
const TASK_ITEM = /^(?:[-*・•][ \u3000]*)?\[([ xX✓✔])\][ \u3000]+(?=\S)/u;
/** True for a to-do list's task (`- [ ] 井上：…`, `* [x] …`). */
export function isTaskItem(text: string): boolean {
	return TASK_ITEM.test(trimSpaces(text));
}
/** The time into the recording a transcript stamps a turn with, as a regex source: `0:05`, `00:01:23`, `1:02:13`. */
const TURN_TIME = '[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?';
/** A time into the recording alone, as a regex source: `0:05`, `00:05:00` (hours, minutes, seconds; the hours may be left out). */
export const RECORDING_TIME = '(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}';
/** A speaker's label with the time into the recording after it, in brackets, a colon and the words: `話者 1 (00:00:01): …`, `山田 太郎 [00:01:23]: …`. */
const NAME_TIME_TURN = new RegExp(`^(?<label>[^\\s\\[(（:：][^\\[(（:：]{0,24}?)[ \\u3000]*[\\[(（](?<time>${TURN_TIME})[\\])）][ \\u3000]*[:：][ \\u3000]*(?<text>\\S.*)$`, 'u');
/** A transcript's turn: its time in brackets or not, a name (spaces allowed, no colon), a colon, the words. */
const TIMED_TURN = new RegExp(`^(?<time>[\\[(（]?${TURN_TIME}(?:\\.[0-9]{1,3})?[\\])）]?)\\s+(?<label>[^:：\\s][^:：]{0,29}?)\\s*[:：]\\s*(?<text>\\S.*)$`, 'u');
/**
 * The recorder's line of a decision: an arrow before the outcome (a weekday or a time in it, `８月１７日（土）`, `19:00`, but no
 * speaker in brackets at its end, which `attributedPoint` reads), or the outcome of the deliberation in the passive (also as
 * the chair put it to the meeting, `議長が議場に諮ったところ、全員賛成で原案どおり承認された。`), what the deliberation came to
 * (`審議の結果、企画案を修正のうえ次回理事会に提案することとした。`), a vote's tally after its word (`採決　賛成５４、反対０、保留２　→　承認`); or the
 * close told of the chair (`…議長は午前10時50分閉会を宣した。`, `議長が閉会となった。`), as a 株主総会議事録 ends, or of the meeting
 * alone in the past (`以上をもって大会を終了し、午後４時１０分に閉会した。`), as a union's or an association's record ends.
 */
const OUTCOME = /^(?:[→⇒][\s\u3000]*(?:[^（(：:]|[（(][^（()）：:]{1,10}[）)](?=[^。\s\u3000])|(?<=[0-9０-９])[：:](?=[0-9０-９])){2,80}$|(?:審議|採決|協議|質疑|審査)の結果[、,，]?.{0,60}(?:承認|可決|否決|決定|了承|採択|認定|同意|不承認|確認)(?:された|した|することとした|することとなった|とした|となった)?。$|(?:(?:全員賛成|賛成全員|賛成多数|全会一致|満場一致|挙手全員|異議なし)(?:により|で|と認め)?[、,，]?)?原案の?(?:とおり|どおり|通り)[、,，]?(?:承認|可決|否決|決定|了承|採択|認定|同意|許可)(?:された|とした|となった|と決定した|することに決定した)?。?$|(?:全員|出席者全員|全会一致で|満場一致で|賛成多数で)?異議なく.{0,30}(?:承認|了承|可決|決定|採択)(?:された|した|となった)。$|.{0,30}継続(?:審議|審査)(?:とする|とした|となった|とすることとした)。$|(?:全員|出席者全員)?異議なく(?:承認|了承|可決|決定|採択)。?$|(?:採決[\s\u3000]*[:：]?[\s\u3000]*)?賛成[\s\u3000]*[0-9０-９]{1,5}[名人票]?[、,，\s\u3000].{0,40}(?:可決|否決|承認|採択|不採択)(?:された|した|となった)?。?$|(?:審議|採決|協議|審査)の結果[、,，].{0,60}(?:こととした|こととなった|ことになった|ことに決定した)。$|(?:以上により|以上|よって)、?.{0,60}(?:承認|可決|決定|了承)された。$|.{0,40}(?:諮った|はかった|諮り|はかり)(?:ところ)?、.{0,60}(?:承認|可決|否決|決定|了承|採択|同意)(?:された|した|とした|となった)。$|.{0,80}(?:閉会|散会|閉議)を宣(?:言)?(?:した|す)。$|.{0,40}(?:議長|会長|座長|委員長|司会者?|理事長)(?:は|が|により).{0,40}(?:閉会|散会)(?:した|となった)。$|(?:以上を?もって|これをもって|以上で)[^。]{0,60}(?:閉会|散会|閉議)(?:した|となった|とした)。$)/u;
/** A word every outcome holds (an arrow first, a decision's or a close's word, or what the deliberation came to): looked for before `OUTCOME`, whose alternatives each try their own way. */
const OUTCOME_WORD = /^[→⇒]|承認|可決|否決|決定|了承|採択|認定|同意|確認|許可|継続|閉会|散会|閉議|の結果/u;

/** Two or more stage directions on one line, one of them in 〔〕: `〔岩田智子さん登壇〕（拍手）` (never a long line: the pattern's lookahead would run over all of it). */
export function isStageDirectionPair(line: string): boolean {
	return line.length <= 200 && (line[0] === '〔' || line[0] === '（' || line[0] === '(') && /^(?=[^〔]*〔)(?:〔[^〔〕]{1,60}〕[\s\u3000]*|[（(][^（()）。]{1,20}[）)][\s\u3000]*){2,4}$/u.test(line);
}

/** Words a speech ends with when its last sentence lacks its full stop (`以上です`, `お願いします`, `はい`): never a heading's end. */
const SPOKEN_END = /[すたいるんかよねぞわ]$/u;

/**
 * A heading written without a mark or a number (`一般質問`, `バス路線の再編について`, as a saved web page's or a Word document's
 * heading element reads in text), by its shape: a short line with no sentence in it (no 。、 or quotes, not opening with a bracket,
 * not ending as speech does, at the margin) after a line that ends a sentence. Its title, or null; whether a turn follows is the reader's to say.
 */
export function bareHeadingShape(text: string, before: string | null): string | null {
	// (An indented line goes on with the turn: `　中村理事長　次の議案を読み上げます。` / `　第２号議案　…の件`.)
	if (/^[\s\u3000]/u.test(text)) return null;
	const title = trimSpaces(text);
	const length = [...title].length;
	// (Nor is the floor's stage direction at a vote without its brackets, `賛成者起立`: it had headed a part of its own.)
	if (length < 2 || length > 30 || /[。、，．「」『』？！?!：:]/u.test(title) || /^[（(〔［[【<＜・●○◯〇◎△▽◇◆■□\-*]/u.test(title) || SPOKEN_END.test(title) || BARE_STAGE.test(title)) return null;
	return before !== null && /[。？！」』）)]$/u.test(trimSpaces(before)) ? title : null;
}

/**
 * The sentence that opens the signatures under a 会議録 (`地方自治法第１２３条第２項の規定により、ここに署名する。`, `上記のとおり
 * 相違ないことを証するため、ここに署名する。`, `…記名押印する。`, `…議長及び議事録署名人が署名押印する。`, and in 文語 `右會議ノ顛末ヲ記シ茲ニ署名ス`): what
 * follows it is who signed, no one's words.
 */
const SIGNATURE_OPENING = /(?:ここに|茲[にニ]|以下に|下記に|次に|これに|証するため[、,，]?)(?:署名|記名押印|署名押印|署名捺印|記名捺印|押印)(?:する|します|いたします|ス)。?$/u;
/**
 * The closing sentence naming who signs, alone: `以上、議事の経過…を明確にするため、議長及び議事録署名人が署名押印する。`, and without the
 * particle, as records of old write it (`右議事の経過を明確にするため議長並びに議事録署名人記名捺印する。`).
 */
const SIGNERS_SIGN = /^(?:以上|上記|右)[^。]{0,80}(?:人|長|者|員|事|役)(?:が|は)?(?:署名|記名押印|署名押印|署名捺印|記名捺印)(?:する|します|いたします)。?$/u;

/** True for the line that opens a 会議録's signatures (a line of a sentence's length). */
export function opensSignatures(text: string): boolean {
	const bare = trimSpaces(text);
	return atMostCharacters(bare, 100) && (SIGNATURE_OPENING.test(bare) || SIGNERS_SIGN.test(bare) || SIGNERS_HEADING.test(bare.replace(/[\s\u3000]/gu, '')) || SIGNERS_HEADING_FIRST.test(bare));
}

/** The heading of the signers alone on its line under the minutes (`会議録署名委員`, `会議録署名議員`, `会議録署名`, `議事録署名人`), the signers below it unsealed. */
const SIGNERS_HEADING = /^(?:会議録|議事録)?署名(?:委員|議員|人|者)?[:：]?$/u;
/** That heading with the first signer after it on its line (`議事録署名人　　代議員　森　一郎`), the others below it. */
const SIGNERS_HEADING_FIRST = /^(?:会議録|議事録)署名(?:委員|議員|人|者)[\s\u3000:：]+[^\s\u3000。、，,:：]{1,10}(?:[\s\u3000]+[^\s\u3000。、，,:：]{1,10}){0,3}$/u;

/** A signature with its seal (`議事録署名人　　森　　健　　　㊞`, `理事長（議長）　　三好　健太郎　　印`): a post and a name, then 印 or ㊞ apart. */
const SEALED_SIGNATURE = /^[^。、]{1,40}?[\s　]+(?:㊞|印|[(（]印[)）])$/u;

/** True for such a line: who signed, no one's words. */
export function isSealedSignature(text: string): boolean {
	const bare = trimSpaces(text);
	return atMostCharacters(bare, 60) && SEALED_SIGNATURE.test(bare);
}

/**
 * A key of what the meeting decided or left to do, before a colon at a line's start (`決定事項：…`, `結論：…`, `TODO: …`, and in
 * English, as a wiki's or a note app's template writes them, `Decision: …`, `Action: …`, `Next steps: …`).
 */
const RECORD_KEY = /^(?:決定事項|決定|結論|合意事項|確認事項|宿題|TODO|ToDo|To Do|アクションアイテム|アクション|Decisions?|Decided|Actions?|Action items?|Outcomes?|Resolutions?|Resolved|Conclusions?|Agreed|Next steps?|Follow-ups?)[ \u3000]*[:：]/iu;

/** True for a line opening with such a key: the record's own, never more of the last speaker's words. */
export function opensRecordKey(line: string): boolean {
	return RECORD_KEY.test(trimSpaces(line));
}

/** An outcome the recorder marks with an arrow: `→拍手多数で承認。`, `⇒ 継続審議`. */
export function isArrowOutcome(line: string): boolean {
	return /^[→⇒]/u.test(line) && isOutcome(line);
}

/** True for a line that records what was decided (`→焼きそばと唐揚げの2ブースとする。`), no one's words. */
export function isOutcome(line: string): boolean {
	return atMostCharacters(line, 90) && OUTCOME_WORD.test(line) && OUTCOME.test(line) && attributedPoint(line) === null;
}

/**
 * The mark a meeting app puts after the display name of someone outside the organization's directory: Teams'
 * `佐々木 花子 (ゲスト)`, `Ken Tanaka (Guest)`, `(外部)`, `(External)`, `(未確認)`, `(Unverified)`. It says how the account
 * joined, not who speaks: the same person joins as a guest one day and signed in the next.
 */
const ACCOUNT_MARK = /[ \t\u3000]*[(（](?:ゲスト|ゲスト ユーザー|Guest|外部|External|未確認|Unverified)[)）]$/iu;

/** A display name without its app's account mark (`ACCOUNT_MARK`); the name as it is when nothing else would be left. */
export function withoutAccountMark(name: string): string {
	return name.replace(ACCOUNT_MARK, '') || name;
}

/** A speaker's name and the time into the recording, alone on a line: `久我 浩二   0:05`, `Mika Sato  1:02:13`, `岡田 真一 (00:00:12)` (an AI note taker's), `[田中 一郎] 19:02:11` (Zoom's saved captions). */
const STAMPED_NAME = new RegExp(`^(?:\\[(?<squared>[^\\[\\]\\s:：0-9０-９][^\\[\\]:：。、]{0,24})\\]|(?<label>[^\\s:：0-9０-９（(【\\[][^:：。、]{0,24}?))[ \\u3000]{1,20}(?:(?<time>${TURN_TIME})|[(（\\[](?<bracketed>${TURN_TIME})[)）\\]])$`, 'u');
/** A time into the recording alone on its line (`00:05:00`, `0:05`). */
export const RECORDING_TIME_ALONE = new RegExp(`^${RECORDING_TIME}$`, 'u');
/**
 * The time into the recording, then who speaks, alone on a line: `00:00:12 話者 2`, as Word's transcription exports it, the time
 * in brackets or a dash after it too (`[00:00:00] Speaker 1`, `00:00:04 - 川村 翼`, as recorders' and note takers' apps write it).
 */
const TIME_THEN_NAME = new RegExp(`^(?:(?<time>${TURN_TIME})|\\[(?<squared>${TURN_TIME})\\])(?:[ \\u3000]+[-‐–—])?[ \\u3000]+(?<label>[^\\s:：0-9０-９（(【\\[\\-‐–—][^:：。、]{0,24})$`, 'u');

/**
 * A speaker's name and the time into the recording alone on a line (`久我 浩二   0:05`, `岡田 真一 (00:00:12)`,
 * `[田中 一郎] 19:02:11`, `00:00:12 話者 2`): who speaks (a speaker's label, a person's name, a name in Latin letters or a
 * numbered speaker) and the time; null for any other line.
 */
export function stampedName(line: string): { label: string; time: string } | null {
	if (line.length > 60) return null;
	const named = STAMPED_NAME.exec(line)?.groups;
	// (The time first is a schedule's line as often, `19:00 受付`: only a numbered speaker, a full name or a speaker's label so.)
	const timed = named ? undefined : TIME_THEN_NAME.exec(line)?.groups;
	// (A name written surname first with a comma, `Brown, Emily   0:15` as Teams' transcript from a company's directory writes
	// it, is that person: such a line had been read as more of the turn before.)
	const written = withoutAccountMark(trimSpaces(named?.label ?? named?.squared ?? timed?.label ?? ''));
	const label = surnameFirstName(written) ?? written;
	// (A part of the meeting and its time, `開会 (10:00)`, `休憩　14:30`, is no one.)
	if ((!named && !timed) || HEADING_WORDS.test(label) || /休憩|再開/u.test(label)) return null;
	const person = named ? parseNameLabel(label).name !== null : isSpacedFullName(label);
	// (So is one kept anonymous by a letter after a word, `話者A   0:03`, as a numbered one is.)
	const lettered = label.length >= 2 && /[A-ZＡ-Ｚ]$/u.test(label) && isAnonymousLabel(label);
	if (!(isSpeakerLabel(label) || person || LATIN_NAME.test(label) || isNumberedSpeaker(label) || lettered)) return null;
	return { label, time: named?.time ?? named?.bracketed ?? timed?.time ?? timed?.squared ?? '' };
}

/**
 * Who speaks a transcript's line stamped with the time into the recording, the words after a colon (`[00:00:05] 中島 浩平: …`,
 * `話者 1 (00:00:01): …`, `[0:03] 話者A：…`), and the time; null for any other line (a schedule's `13:00 開会：…`, a caption's
 * words holding a clock time).
 */
export function timedTurn(line: string): { label: string; time: string } | null {
	if (line.length > 20_000) return null;
	const timed = TIMED_TURN.exec(line)?.groups;
	const label = trimSpaces(timed?.label ?? '');
	if (timed && !HEADING_WORDS.test(label) && !/休憩|再開/u.test(label) && speaksBeforeColon(label, timed.text ?? '') && (isSpeakerLabel(label) || parseNameLabel(label).name !== null || LATIN_NAME.test(label) || isNumberedSpeaker(label) || isAnonymousLabel(label))) return { label, time: timed.time ?? '' };
	const named = nameTimeTurn(line);
	return named && { label: named.label, time: named.time };
}

/**
 * A speaker's name, the time into the recording after it and the words after a colon (`林 浩二 (00:00:04): …`, `話者A [0:03]: …`):
 * a numbered or lettered speaker, a full name, a speaker's label or a name in Latin letters (`集合 (9:00): …` is a schedule's line).
 */
function nameTimeTurn(line: string): { label: string; time: string; text: string } | null {
	const named = NAME_TIME_TURN.exec(line.slice(0, 20_000))?.groups;
	const label = trimSpaces(named?.label ?? '');
	if (!named || HEADING_WORDS.test(label) || !(isNumberedSpeaker(label) || isAnonymousLabel(label) || isSpacedFullName(label) || isSpeakerLabel(label) || LATIN_NAME.test(label))) return null;
	return { label, time: named.time ?? '', text: trimSpaces(named.text ?? '') };
}
/** A display name written surname first, a comma between (`田中, 一郎`, `Tanaka, Ichiro`), as a company's directory gives names. */
const LAST_FIRST = /^(?<last>[^,，、\s][^,，、]{0,19}?)[ \t\u3000]*[,，][ \t\u3000]*(?<first>[^,，、\s][^,，、]{0,19})$/u;
const JAPANESE_NAME_PART = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,10}$/u;
const LATIN_NAME_PART = /^[A-Za-z][A-Za-z'-]{0,19}$/u;

/**
 * A display name written surname first with a comma between, as a company's directory gives names, in the order it is said:
 * `田中, 一郎` → `田中 一郎`, `Brown, Emily` → `Emily Brown`; null for any other name.
 */
export function surnameFirstName(name: string): string | null {
	const parts = name.length <= 60 ? LAST_FIRST.exec(name)?.groups : undefined;
	const last = parts?.last?.trim() ?? '';
	const given = parts?.first?.trim() ?? '';
	if (JAPANESE_NAME_PART.test(last) && JAPANESE_NAME_PART.test(given)) return `${last} ${given}`;
	if (LATIN_NAME_PART.test(last) && LATIN_NAME_PART.test(given)) return `${given} ${last}`;
	return null;
}
/** Who a point is attributed to by the office they hold in a group (`PTA会長`, `見守り隊代表`, `自治会長`), after the point. */
const POINT_SPEAKER = /^[^\s\u3000]{1,10}(?:会長|代表|委員長|部長|課長|校長|教頭|園長|館長|理事長|隊長|班長|区長)$/u;
/** A name in Latin letters: `Mika Sato`, `J. Smith`. */
const LATIN_NAME = /^[A-Z][a-zA-Z.'-]*(?: [A-Z][a-zA-Z.'-]*){0,3}$/u;
/**
 * A point whose speaker is named after its last sentence, in brackets: `・…おそれがある。（長谷川部会長）` → the label
 * and the text without its bullet; null for any other line. Read from the end without a backtracking pattern (a line
 * of a megabyte would overflow the regex engine's stack).
 */
function attributedPoint(line: string): { label: string; text: string } | null {
	// `…べきではないか(関理事)。`: the speaker's bracket before the sentence's full stop, as many 要旨 write it.
	const inside = /[）)]。$/u.test(line);
	const point = inside ? line.slice(0, -1) : line;
	if (!/[）)]$/u.test(point)) return null;
	const open = Math.max(point.lastIndexOf('（'), point.lastIndexOf('('));
	if (open <= 0) return null;
	const label = point.slice(open + 1, -1);
	if (label.length === 0 || label.length > 20 || /[（()）、。]/u.test(label)) return null;
	const before = point.slice(0, open).trimEnd();
	if (inside ? /[。．、，！？」]$/u.test(before) : !/[。．！？」]$/u.test(before)) return null;
	// (`（１）発表「洋上風力発電の現状と課題」（研究所　小松主任研究員）`: a numbered part of the record with who presents it, no words said.)
	if (/^[\s\u3000]*(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．])/u.test(line) && !/[。．！？]$/u.test(before)) return null;
	const text = trimSpaces(before.replace(POINT_BULLET, ''));
	return text === '' ? null : { label, text: inside ? `${text}。` : text };
}
/**
 * A point of hand-written notes without its full stop, a participant of the roll named after it (`・実行委員長は中川さんに
 * お願いしたい(福島会長)`, `→了解しました(中川様)`): that participant's words when they end as said words do (in kana); a
 * task with who does it (`・会場予約(原)`, `・防犯灯の見積り依頼(田中さん)`) ends in a noun and stays a point.
 */
function unstoppedPoint(line: string, context: LineContext): { label: string; text: string } | null {
	if (!/^[・･●•→⇒]/u.test(line) || !/[）)]$/u.test(line)) return null;
	const bracket = /(?<before>\p{Script=Hiragana})[（(](?<label>[^（()）、。\s\u3000]{1,20})[）)]$/u.exec(line);
	if (!bracket?.groups || !isParticipant(bracket.groups.label ?? '', context)) return null;
	const text = trimSpaces(line.slice(0, bracket.index + 1).replace(POINT_BULLET, ''));
	return text === '' || bracketBalance(text) !== 0 ? null : { label: bracket.groups.label ?? '', text };
}
/** An interviewer's question after two dashes (`――…`, `——…`, `──…`), speech after them. */
const INTERVIEW_QUESTION = /^(?:[―—─]{2})[\s\u3000]*(?<text>[^―—─◇◆\s\u3000-].*)$/u;
/** The label of an interviewer's question, and of the unlabelled answer after it. */
export const INTERVIEWER = '聞き手';
export const INTERVIEWEE = '回答者';
/** Who wrote the minutes, in brackets: `記録　大野書記`, `文責：事務局`, `議事録作成者　山田`. */
const RECORDER = /^(?:記録|記録者|文責|作成|作成者|議事録作成者)[\s\u3000:：]/u;
/**
 * Where to ask about the minutes, under them: `問い合わせ先：環境政策課　電話…`, `（問い合わせ先）`, `【問合せ先】総務課　TEL …`, `照会先：…`,
 * `担当：福祉課　青木　TEL 045-…` (who is in charge, with a telephone or a mail address). The office's, never a speaker's words.
 */
const CONTACT = /^(?:[（(【［\[〔＜<〈《][\s\u3000]*(?:お)?問(?:い)?合(?:わ)?せ(?:先)?[\s\u3000]*[）)】］\]〕＞>〉》](?:[\s\u3000]*[^\s\u3000。][^。]{0,100})?|(?:お)?問(?:い)?合(?:わ)?せ先|(?:(?:お)?問(?:い)?合(?:わ)?せ先|照会先)(?:[\s\u3000]*[：:]|[\s\u3000])[\s\u3000]*[^\s\u3000。].{0,100}|(?:(?:お)?問(?:い)?合(?:わ)?せ|担当(?:課|者|部署|係)?|連絡先)[\s\u3000]*[：:][^。]{0,60}(?:TEL|Tel|tel|電話(?:番号)?|内線|☎|℡|E-?mail|e-?mail|メール)[\s\u3000.:：]*[(（]?[0-9０-９A-Za-z][^。]{0,60})$/u;
/**
 * The floor's stage direction at a vote, or its voices, without brackets: `賛成者起立`, `全員挙手`, `「異議なし」と呼ぶ者あり`,
 * `「なし」の声あり`, and as an old record writes the floor answering the chair, the words unquoted (`賛成の声多数`, `異議なしの声あり`,
 * `異議なしと呼ぶ者あり`, `拍手多数`).
 */
const BARE_STAGE = /^(?:(?:賛成者|賛成議員|賛成委員|全員|総員|出席者全員|一同)(?:起立|挙手)|「[^「」]{1,15}」(?:と(?:呼ぶ|言う|いう)(?:者|人)|の声)(?:あり|多し|多数|起こる)|(?:異議なし|異議あり|異議なき|賛成|反対|了承|なし)(?:の声|と呼ぶ者)(?:多数|あり|起こる|多し)?|(?:拍手|賛成|異議なし)多数)$/u;
/** True for the floor's stage direction at a vote alone on its line without its brackets (`賛成者起立`, `「異議なし」と呼ぶ者あり`). */
export function isBareStage(text: string): boolean {
	const bare = trimSpaces(text);
	return bare.length <= 40 && BARE_STAGE.test(bare);
}
/** What a stage direction says: the floor applauds or laughs, someone goes up, stands or leaves, voices from the seats. */
const STAGE_WORDS = /拍手|登壇|降壇|自席|起立|着席|退席|退場|入場|挙手|笑|呼ぶ者|する者|者あり|声あり|騒然|離席/u;
/** What a recording lacks or holds besides words, as transcription apps mark it: `音声なし`, `聞き取れず`, `同時発話`, `inaudible`. */
const RECORDING_GAP = /^(?:音声(?:なし|無し|途切れ|不良)|音声が途切れ.{0,6}|無音|沈黙|通信(?:断|途切れ|障害)|聞き取れず|聞き取り(?:不能|不可|困難)|聞き取れない|不明瞭|判読不能|音楽|雑音|効果音|同時(?:発話|発言)|複数(?:人|名)(?:が)?(?:同時に)?(?:発言|発話)|inaudible|crosstalk|silence|no audio|music|laughter|applause)$/iu;
/** A text wholly in one bracket: `（拍手）`, `〔「異議なし」と呼ぶ者あり〕`. */
const WHOLE_BRACKET = /^(?:〔[^〔〕]*〕|[（(][^（）()]*[）)]|［[^［］]*］|\[[^[\]]*\])$/u;
/** A post and a stage direction glued in its bracket, as a label with who holds it is written: `議長（拍手）`. */
const POST_GLUED_STAGE = /^(?<post>[^\s\u3000（()）]{1,15})[（(](?<stage>[^（()）]{1,30})[）)]$/u;

/**
 * What the floor answers the chair: no objection, agreement, assent (`一同異議なし`, `「異議なし」の声あり`, `全員了承`, `賛成多数`),
 * or nothing to add in the floor's words (`「なし」の声あり`, `「はい」と呼ぶ者あり`).
 */
const FLOOR_ANSWER = /異議|異論|了承|賛成|同意|承認|一同|「(?:なし|はい|ありません|ございません)」|(?:全員|総員|多数)(?:挙手|起立)|(?:挙手|起立)(?:全員|総員|多数)/u;

/**
 * A stage direction alone on its line, wholly in brackets: the floor answering the chair (`（一同異議なし）`, `（全員了承）`:
 * `answer`, the turn before it has ended) or another (`（拍手）`, `（資料を配付）`, `〔登壇〕`: `stage`, a note of the turn); null
 * for any other line.
 */
export function bracketedDirection(text: string): 'answer' | 'stage' | null {
	const bare = trimSpaces(text);
	if (!atMostCharacters(bare, 40) || !WHOLE_BRACKET.test(bare)) return null;
	const inner = trimSpaces(bare.slice(1, -1));
	if (!STAGE_DIRECTION.test(inner)) return null;
	if (FLOOR_ANSWER.test(inner)) return 'answer';
	return STAGE_WORDS.test(inner) ? 'stage' : null;
}

/**
 * A turn's mark and a post with only a stage direction after it (`○議長　（拍手）`, `○議長（拍手）`): no one's words and no
 * heading, a note of the proceedings. (A post with who holds it, `○議長（山田太郎君）　（拍手）`, is a turn.)
 */
export function isLabelledStage(text: string): boolean {
	const turn = splitTurnLine(text);
	if (!turn) return false;
	const glued = turn.speech === '' ? POST_GLUED_STAGE.exec(turn.label)?.groups : undefined;
	const post = glued ? (glued.post ?? '') : turn.label;
	const stage = glued ? `（${glued.stage ?? ''}）` : turn.speech;
	const parts = parseNameLabel(post);
	return parts.name === null && parts.title !== null && WHOLE_BRACKET.test(stage) && STAGE_WORDS.test(stage);
}

/** True for such a line (trimmed). */
export function isContactLine(line: string): boolean {
	return atMostCharacters(line, 200) && CONTACT.test(line);
}
/** An officer's role, maybe with a surname after a space: `評議員　江藤`, `業務執行理事`. */
const BRACKETED_OFFICER = /^\p{Script=Han}{2,8}(?:[\s\u3000]+\p{Script=Han}{1,4})?$/u;
/** The bullet of a summary's point (an answer's arrow too: `→　…検討する。（事務局）`). */
const POINT_BULLET = /^(?:[・･●•○〇◯→⇒]|[-‐](?=[\s\u3000]))?[\s\u3000]*/u;
/** A speaker in square brackets at the start of a line, the speech after it or on the next lines. */
const SQUARED_TURN = /^(?:[\[［](?<label>[^\[\]［］]{1,30})[\]］]|〔(?<shell>[^〔〕]{1,30})〕|[＜<](?<angle>[^＜＞<>]{1,30})[＞>]|〈(?<single>[^〈〉]{1,30})〉|《(?<double>[^《》]{1,30})》)[\s\u3000]*(?<text>.*)$/u;
/** The sitting's time as a field of a form: `閉会時間　　午後３時４５分`, `開会時刻：午前１０時` (the event, then 時間 or 時刻, then the clock). */
const SITTING_TIME_FIELD = /^(?<event>開会|閉会|散会|開議|閉議)(?:時間|時刻)[\s\u3000]*[:：]?[\s\u3000]*(?<clock>(?:午前|午後)?[\s\u3000]*[0-9０-９一二三四五六七八九十〇零]{1,3}[\s\u3000]*[時:：].{0,8})$/u;
/** A seat padded apart by single spaces (`９　番`, `１２　番`), then a colon or a wide space and the speech. */
const PADDED_SEAT = /^(?<seat>[0-9０-９]{1,3})[ \u3000]番(?:[ \u3000]*[：:][ \u3000]*|\u3000+|[ ]{2,})(?<text>\S.*)$/u;
/** A label padded apart to a column's width (`議　　長`, `主　　事`, `４　　番`), two or more spaces, then the speech. */
const PADDED_LABEL = /^(?<label>[^\s\u3000](?:[\s\u3000]{1,4}[^\s\u3000]){1,3})[\s\u3000]{2,}(?<text>[^\s\u3000].*)$/u;
/** A post padded to a column's width with who holds it in brackets, then the speech: `議　長(三浦房)　ほかに…`, `会　長（三浦）　…`. */
const PADDED_BRACKETED_LABEL = /^(?<post>[^\s\u3000（()）](?:[\s\u3000]{1,4}[^\s\u3000（()）]){1,3})(?<who>[（(][^（()）\s\u3000]{1,15}[）)])[\s\u3000]+(?<text>[^\s\u3000].*)$/u;
/** The same with a half-width space, read only after a person's label or a post (`荒井委員長 それでは…`). */
const HALF_LABEL = /^(?<label>[^\s\u3000]{1,30}) +(?=\S)/u;
/** Speech in Japanese: kana in its first words, and punctuation or a length no name in a roll has (`松川 たけゆき` is a name). */
const JAPANESE_SPEECH = /^(?=[^。]{0,20}[\p{Script=Hiragana}\p{Script=Katakana}])(?=.*[。、？！]|.{20})/u;
/** Words that make a short numbered line a section heading even inside a remark. */
const HEADING_WORDS = /開会|閉会|議題|議事|決定事項|確認事項|合意事項|説明|報告|意見交換|討議|質疑|その他|挨拶|あいさつ|発表|審議|事務連絡|自由討論/u;
/** A speaker, then the kind of words that follow: `校長より`, `会長あいさつ`, `会長挨拶`, `会長まとめ`, `事務局から`. */
const SPOKEN_KIND = /^(?<who>[^\s\u3000【】]{1,20}?)(?:より|から|あいさつ|挨拶|まとめ|講評|所感)$/u;
/** A bulleted point with who said it in brackets before it: `・【安田委員】…`, `・（北条委員）…`. */
const POINTED_BRACKET_TURN = /^[・･●•][\s\u3000]*(?:【(?<lenticular>[^【】]{1,30})】|[（(](?<round>[^（()）]{1,30})[）)])[\s\u3000]*(?<rest>\S.*)$/u;
/** `【総論・その他】` topic headings (or `【後藤座長】` speakers), with optional text after. */
const LENTICULAR = /^【(?<inner>[^【】]{1,60})】[\s\u3000]*(?<rest>.*)$/u;
/** `<議事（1）について>` editorial markers (not `<https://…>`). */
const ANGLE_NOTE = /^[<＜〈](?!https?:)[^<>＜＞〈〉]{1,60}[>＞〉]$/u;
/** A speaker's label in quotation brackets alone on its line: `「会長」`, `『事務局』`. */
const QUOTED_LABEL = /^[「『](?<inner>[^「」『』]{1,30})[」』]$/u;
/** Words of spoken sentences: an undecorated `議題（2）…` line inside a remark with these is speech, not a new item. */
const SPOKEN = /(?:ます|です|ください|でしょう|たい)[。、]?/u;
/** The inside of a bracketed stage direction: short Japanese words, no sentence end, not a bare number. */
const STAGE_DIRECTION = /^(?=.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[^。．.]{2,30}$/u;
/** A stage direction in brackets after the time into the recording in brackets: `[1:02] （音声途切れ）`, `[00:01:02] ［音声なし］`. */
const STAMPED_STAGE = new RegExp(`^[\\[(（]${TURN_TIME}[\\])）][ \\u3000]*[（(［〔\\[](?<inner>[^（()）［］〔〕\\[\\]]{1,30})[）)］〕\\]]$`, 'u');
/** The record telling what someone explained or reported (`事務局より資料1について説明。`, `資料2について事務局から報告があった。`). */
const TOLD_EXPLAINED = /^[^（()）。]{1,30}?(?:より|から)[、，]?.{0,100}(?:説明|報告|紹介|発言)(?:があった|があり|あり|した|された)?。?$/u;

/**
 * The record telling, in one sentence, what one speaker said (`小川委員から、「…」旨の質問があった。`, `これに対し、事務局から、…旨の
 * 回答があった。`, `○　石田委員より、…との発言があった。`, `山田主任から「…」との説明があった。`): who, after a point's mark and a
 * connective (or a point's number, `（３）最後に、座長より…`, which the text keeps), then から or より, what was said closed by 旨, と or よう (`…進めるよう発言があった。`, `…作成するよう事務局に指示があった。`), the kind of words and `があった。`;
 * or what it was about, a question or an opinion (`佐野委員より、観測網の維持について質問があった。`).
 */
const NARRATED = /^(?:[○〇◯・･●][\s\u3000]*|[（(][0-9０-９]{1,2}[）)][\s\u3000]*|[0-9０-９]{1,2}[.．)）][\s\u3000]*)?(?<lead>(?:これに対し(?:て)?|これを受け(?:て)?|続いて|次に|また|最後に|さらに)[、，][\s\u3000]*)?(?<who>[^\s\u3000、，。「」『』（()）【】［］〔〕：:]{1,24}?)(?:から|より)[、，]?[\s\u3000]*(?<said>\S.*)(?:(?:旨|と|よう(?:に)?(?:[^、，。「」]{1,15}?に)?)の?(?:発言|質問|意見|回答|説明|答弁|報告|指摘|要望|提案|質疑|連絡|補足|指示|依頼|コメント)|について(?:の)?(?:質問|意見|指摘|要望|提案|質疑|コメント))が(?:あった|なされた|出された)。$/u;
/** Members or people of the floor as a whole (`委員から、…`), or several (`堀田委員及び三宅委員`, `複数の委員`): no one speaker. */
const NO_ONE_SPEAKER = /^(?:委員|構成員|議員|出席者|参加者|各委員|委員等)$|[及並等・]|ほか|\p{Script=Hiragana}/u;
/** One member with a foreign name and their post (`ジョン・スミス委員`): the dot is inside the name, no list of several. */
const FOREIGN_NAMED_SPEAKER = new RegExp(`^${KATAKANA_FULL_NAME}(?:委員|構成員|委員長|座長|会長|部会長|主査|専門委員|臨時委員|氏)$`, 'u');
/** A sentence of the record joining what several said (`…質問があり、事務局から、…`): the words outside quotation brackets. */
const JOINED_TELLING = /(?:があり|があって|がなされ|に対し(?:て)?)[、，]/u;

/** The members of a body named by their role alone (`委員から、…`, `構成員より、…`): one of them, whom a summary does not name. */
const ROLE_AS_WHOLE = /^(?:委員|構成員|専門委員|臨時委員)$/u;

/** A sentence of the record telling what one speaker said: who, and the sentence as written; else null (also when it joins another speaker). */
function narratedSentence(line: string): { who: string; text: string } | null {
	if (!atMostCharacters(line, 2_000) || !/(?:から|より)/u.test(line)) return null;
	const found = NARRATED.exec(line)?.groups;
	if (!found) return null;
	// (Quoted words are the speaker's own and may hold anything; the record's sentence around them may not join another speaker.)
	const unquoted = (found.said ?? '').replace(/「[^「」]*」/gu, '「」');
	if (JOINED_TELLING.test(unquoted)) return null;
	const pieces = unquoted.split(/(?:から|より)[、，「]/u);
	for (const piece of pieces.slice(0, -1)) {
		const other = /[^\s\u3000、，。「」（()）]{1,24}$/u.exec(piece)?.[0];
		if (other !== undefined && isSpeakerLabel(other)) return null;
	}
	return { who: trimSpaces(found.who ?? ''), text: trimSpaces(line.replace(/^[○〇◯・･●][\s\u3000]*/u, '')) };
}

/** A sentence of the record telling what one speaker said, read as that speaker's remark: who, and the sentence as written; else null. */
export function narratedRemark(line: string): { label: string; text: string } | null {
	const told = narratedSentence(line);
	const who = told?.who ?? '';
	// (A post alone tells one official too: `気象防災監から、…旨の回答があった。`.)
	if (!told || (NO_ONE_SPEAKER.test(who) && !FOREIGN_NAMED_SPEAKER.test(who)) || !(isSpeakerLabel(who) || isPostLabel(who))) return null;
	return { label: who, text: told.text };
}

/** A sentence of the record telling what the members said, naming only their role (`○委員から、…との意見があった。`): the role and the sentence; else null. */
export function narratedByRole(line: string): { label: string; text: string } | null {
	const told = narratedSentence(line);
	return told && ROLE_AS_WHOLE.test(told.who) ? { label: told.who, text: told.text } : null;
}

/** Whether a paragraph is the record telling what someone explained or reported: narration, no words of a speaker. */
export function tellsWhatWasExplained(text: string): boolean {
	return TOLD_EXPLAINED.test(trimSpaces(text));
}
const CHAT_END = /ここまで|以上|終わり|終了/u;
const OPENING = '（(「【［[〔<＜『〈';
const CLOSING = '）)」】］]〕>＞』〉';

/** The end mark of a transcript: `―了―`, `－了－`, `－ 以上 －`, `（了）`, `（以上）`, `以上`. */
const END_MARK = /^(?:[-‐―−ー–—─━－]+[\s\u3000]*(?:了|以[\s\u3000]*上)[\s\u3000]*[-‐―−ー–—─━－]+|[（(][\s\u3000]*(?:了|以上)[\s\u3000]*[）)]|以[\s\u3000]*上)$/u;
/** True for a line that is the end mark of the minutes (`以上`, `（了）`, `―了―`). */
export const isEndMark = (line: string): boolean => END_MARK.test(trimSpaces(line));
/**
 * Offices and roles that speak without a personal name, maybe with the person in brackets: 事務局（佐藤）,
 * `【委員】` (an anonymised member), `（校長）`, `教頭：`; a press conference's `記者（NHK）`, `幹事社`, `大臣`; an association's
 * officers (`会計：`, `監事：`, `管理会社：`); a city's `（担当課）` answering its council; the sides of an appeal before a review
 * board (`○審査請求人　…`, `処分庁：`, a 固定資産評価審査委員会's `審査申出人　…`, a labour board's `被申立人`); a city's audit commissioners (`○代表監査委員　…`) and who acts for the head of a board
 * (`○教育長職務代理者　…`, `○委員長職務代理者　…`); at a workshop or a briefing, the city's staff (`市職員（都市計画課）：…`) and who
 * leads the talk (`ファシリテーター：…`).
 */
const OFFICE_SPEAKERS =
	/^(?:事務局(?:長|次長)?|司会|議長|副議長|座長|座長代理|副座長|主査|委員長|委員長代理|副委員長|委員|構成員|専門委員|臨時委員|オブザーバー|会長|会長代理|副会長|部会長|説明者|事業者|申請者|事業者側|執行部|当局|理事者|市長|副市長|町長|副町長|村長|副村長|区長|副区長|知事|副知事|助役|収入役|教育長|関係人|参考人|公述人|説明員|校長|副校長|教頭|園長|学長|副学長|理事長|専務理事|常務理事|会頭|副会頭|書記長|書記|幹事長|主事|主任|主幹|技師|参事|専門員|記者|幹事社|代表幹事|幹事|大臣|副大臣|大臣政務官|政務官|長官|副長官|官房長官|総理|副総理|首相|広報官|報道官|総裁|副総裁|院長|病院長|副院長|会計|監事|理事|班長|副班長|顧問|庶務|代表|代表理事|社長|副社長|専務|常務|組合長|副組合長|支部長|副支部長|副理事長|常任理事|業務執行理事|評議員|代議員|総代|会計監査|監査役|相談役|執行委員長|副執行委員長|執行委員|副書記長|書記次長|管理員|管理人|管理会社|担当課|担当者|所管課|審査請求人|請求人|審査申出人|申出人|申立人|被申立人|代理人|処分庁|審査庁|陳述人|代表監査委員|監査委員|識見監査委員|議選監査委員|(?:教育長|委員長|会長|議長|座長|部会長|理事長|組合長)職務代理者?|(?:市|町|村|区|県|都|府)職員|ファシリテーター|ファシリテータ)(?:[（(][^（()）]{1,20}[）)])?$/u;

/** Everyone speaking at once, before a colon: `役員一同：異議なし`, `一同：賛成`, `委員全員：…`. */
const COLLECTIVE_SPEAKER = /^\p{Script=Han}{0,6}(?:一同|全員)$/u;
/**
 * The public at a briefing, before a colon: `住民 : …`, `市民：…`, `参加者A：…`, `来場者：…`; and the floor of an association's or a
 * company's general meeting so (`会員：…`, `組合員：…`, `株主Ａ：…`).
 */
const PUBLIC_SPEAKER = /^(?:住民|市民|町民|区民|村民|地元|参加者|来場者|質問者|フロア|公述人|発表者|会員|正会員|組合員|株主|社員|代議員)(?:[A-ZＡ-Ｚ0-9０-９]{1,2})?$/u;
/** The local government answering them, before a colon: `市：…`, `町：…`, `県：…`. */
const GOVERNMENT_SIDE = /^(?:市|町|村|区|県|都|府|道|国|行政|当局)$/u;

/**
 * A body's name and a post in one run, a space, then who (`一般社団法人…協議会デジタル基盤整備委員会副委員長兼事務局長 五百旗頭構成員`):
 * longer than other labels, read by the name after the space.
 */
const AFFILIATED_LABEL = /^[^\s\u3000、，,。：:「」『』（()）【】［］]{20,60}[ \u3000][^\s\u3000、，,。：:「」『』【】［］]{1,20}$/u;

/** True when a label can be a speaker: a person with a role (小山構成員, NTT 松原氏) or 事務局. */
export function isSpeakerLabel(label: string): boolean {
	const text = trimSpaces(label);
	// (Over 40 letters only a body's name and post before a person's label: `…副委員長兼事務局長 五百旗頭構成員`.)
	if (!atMostCharacters(text, 40)) return atMostCharacters(text, 80) && AFFILIATED_LABEL.test(text) && !/について|に関する/u.test(text) && isPersonLabel(text);
	// `藤原調査課長、岡本課長補佐`: a list of people (outside brackets) is a roll's line, never one speaker.
	if (/[、，,]/u.test(text.replace(/[（(][^（()）]*[）)]/gu, ''))) return false;
	// `２．令和6年度前期の学生数について（教務委員長）`: an item of business with who reports it, a heading.
	if (/^[0-9０-９]{1,2}[.．、]|について|に関する/u.test(text)) return false;
	// (`組合員（４０２号室）`, `会員（３組・野口）`: a member of the floor, where they live or which part they are of in brackets.)
	// (`会計理事`, `代表取締役会長`: two roles one after another, a post alone as `理事長` is; `会計担当理事`, an officer in charge.)
	return text !== '' && atMostCharacters(text, 40) && (OFFICE_SPEAKERS.test(text) || FLOOR_SPEAKER.test(text) || SEAT_LABEL.test(matchForm(text)) || isPersonLabel(text) || isDescribedAnonymous(text) || isOutsideMember(text) || isCompoundRole(text) || isOfficerInCharge(text) || isCommitteePost(text) || PART_REPRESENTATIVE.test(matchForm(text)) || SURNAMED_OFFICE.test(text));
}

/**
 * A field naming who speaks, then who (a post or a name), the speech after a space or on the next lines: `(発言者)市長`, `発言者：防災部会長`,
 * `【発言者】議長（竹下　修）` (a name in the bracket with one space between surname and given name, as minutes systems print it).
 */
const SPEAKER_FIELD = /^(?:[（(【［\[]発言者[)）】］\]]|発言者[:：])[\s\u3000]*(?<label>[^\s\u3000（(：:]{1,30}(?:[（(][^（()）\s]{1,10}(?:[ \u3000][^（()）\s]{1,10})?[)）])?)(?:[\s\u3000]+(?<text>\S.*))?$/u;

/** A bracketed office after a space, the words right after it: where a turn begins inside a line (`… (委員)問題量が…`). */
const INLINE_TURN = /(?<=[\s\u3000])[（(](?<label>[^（()）\s\u3000]{1,10})[）)](?=[^\s\u3000（(])/gu;
/** How the words before such a turn end: a sentence, a quotation or bracket, or the dashes around the record's own note. */
const BEFORE_INLINE_TURN = /[。」）)\-－―]$/u;

/**
 * Turns run together on one line, as a web page's text copied flat (`(1)意識調査について -…事務局より説明- (事務局)…お伺い
 * したい。 (委員)問題量が多いとは思わなかった。 (会長)他の委員はいかがか。`): each office in brackets after a space, past the end
 * of a sentence (or a short heading), starts a line of its own, of the same line number.
 */
export function splitInlineTurns(lines: readonly SourceLine[]): SourceLine[] {
	return lines.flatMap((source) => {
		if (!source.text.includes('(') && !source.text.includes('（')) return [source];
		const pieces: SourceLine[] = [];
		let start = 0;
		for (const match of source.text.matchAll(INLINE_TURN)) {
			const before = trimSpaces(source.text.slice(start, match.index));
			const label = match.groups?.label ?? '';
			if (before === '' || !OFFICE_SPEAKERS.test(label) || !(BEFORE_INLINE_TURN.test(before) || (atMostCharacters(before, 20) && !before.includes('。') && pieces.length === 0 && /^[（(]?[0-9０-９]{1,2}[）).．]/u.test(before)))) continue;
			pieces.push({ ...source, text: source.text.slice(start, match.index).trimEnd() });
			start = match.index;
		}
		return pieces.length === 0 ? [source] : [...pieces, { ...source, text: source.text.slice(start) }];
	});
}

/** The sides of a table (labour and management, residents and the town). */
const SIDES = '組合|会社|労|使|労側|使側|組合側|会社側|労働者側|使用者側|労働側|経営側|住民|地元|住民側|地元側|事業者|受注者|発注者|市側|町側|村側|県側|区側|行政|行政側|当局';
/** A side of the table (or everyone at once, `(一同)異議なし。`) in brackets at the start of a line, then its words (or none: they follow on the next lines). */
const SIDE_TURN = new RegExp(`^[（(](?<side>${SIDES}|\\p{Script=Han}{0,6}(?:一同|全員))[)）][\\s\\u3000]*(?<text>.*)$`, 'u');
/** A side with who speaks for it in brackets, before a colon: `会社(森田)`, `組合（村上）`. */
const SIDE_AND_WHO = new RegExp(`^(?<side>${SIDES})[（(](?<who>[\\p{Script=Han}々]{1,4})[)）]$`, 'u');

/**
 * A member named by the seat (agricultural and education committees, assemblies): `５番委員`, `１０番`, `２番・３番委員`, in kanji
 * as older records number them (`三番`, `二十一番`); and `番外`, an official who holds no seat, as old village records label them.
 */
const SEAT_LABEL = /^(?:第?(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})番(?:[・、](?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})番)*(?:委員|議員)?|番外)$/u;

/** A label naming one of the meeting's participants by name (`西野(大)` when the list holds 西野(大)). */
function isParticipant(label: string, context: LineContext): boolean {
	if (!atMostCharacters(label, 20) || !context.surnames?.size) return false;
	const name = parseNameLabel(label).name;
	return name !== null && context.surnames.has(name);
}

/** A part of the meeting with who speaks in it in brackets: `開会の言葉(遠藤副会長)`, `会長 挨拶(石田会長)`. */
const HEADED_SPEAKER = /^(?<title>[^（()）。、「」]{2,40}?)[\s\u3000]*[（(](?<who>[^（()）、。\s\u3000]{2,15}(?:[ \u3000][^（()）、。\s\u3000]{1,8})?)[）)]$/u;
/** How such a part's title ends: the opening and closing words, a greeting, a report, an explanation, a nomination. */
const PROCEEDING_END = /(?:言葉|ことば|挨拶|あいさつ|報告|説明|指名|紹介|講評|謝辞|提案|選出|選任|改選)$/u;
/** Or how it begins: a motion (`第1号議案 …`). */
const MOTION_START = /^第[0-9０-９一二三四五六七八九十]{1,3}号議案/u;

/** Words that go on a name to tell of someone rather than speak: `正樹会長より,`, `典子会計担当理事から、`. */
const TOLD_OF = /^[^\s\u3000、。,，「」]{0,12}(?:長|理事|監事|委員|担当|員|官|氏|さん|事務局)(?:より|から)[、,，]/u;

/** True when a surname, a space and the text open with a participant's full name as the roll writes it (`岡野 健司`). */
function opensWithFullName(surname: string, text: string, context: LineContext): boolean {
	if (!context.surnames) return false;
	const line = `${surname} ${text}`;
	for (const entry of context.surnames) if (entry.length > surname.length + 1 && entry.startsWith(`${surname} `) && line.startsWith(entry)) return true;
	return false;
}

/** True for an anonymised speaker label (`Ａ`, `（A）`'s inside, `Ａ委員`, `委員Ｂ`). */
export function isAnonymousLabel(label: string): boolean {
	const form = matchForm(trimSpaces(label));
	if (ANONYMOUS.test(form) || isMaskedLabel(label) || isDescribedAnonymous(trimSpaces(label))) return true;
	// `Ｃ委員（バス事業者）`, `委員Ｂ（公募）`: a member anonymised by a letter, with the body they stand for in brackets.
	const head = form.replace(AFFILIATION_AFTER, '');
	if (head !== form && ANONYMOUS_MEMBER.test(head) && ANONYMOUS.test(head)) return true;
	// `Ｅ委員ほか：…`, `委員Ｂ外２名：…`: such a member and others with them, who said the same (a summary's 質疑).
	const named = form.replace(OTHERS_AFTER, '');
	return named !== form && ANONYMOUS_MEMBER.test(named) && ANONYMOUS.test(named);
}
/** The others after a member's label (NFKC): `ほか`, `外2名`, `ほか2名`. */
const OTHERS_AFTER = /(?:ほか|外)(?:[0-9]{1,2}名)?$/u;
/** A bracket after an anonymised member's label (NFKC): `(バス事業者)`. */
const AFFILIATION_AFTER = /\([^()\s]{1,15}\)$/u;
/** The anonymised labels that name a member, not a letter alone or a Q&A's turn. */
const ANONYMOUS_MEMBER = /委員|構成員|会員|組合員|参加者|氏|理事|監事|評議員|社員|株主|代議員|役員|取締役/u;

/** Such a label padded with two spaces or more between its letters, then one space before the speech: `議　　長　報告第1号…`. */
const PADDED_LABEL_NARROW_GAP = /^(?<label>[^\s\u3000](?:[\s\u3000]{2,4}[^\s\u3000]){1,2})[\s\u3000](?<text>[^\s\u3000].*)$/u;

/** Two or three letters apart by single spaces, then a colon or a wide gap, then the words: `議　長：…`, `会　長　　…`. */
const PADDED_SHORT_LABEL = /^(?<label>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]){1,2})(?:[ \u3000]*(?<colon>[：:])[ \u3000]*|\u3000{1,}|[ ]{2,})(?<text>\S.*)$/u;

/** `番外　三宅町長` alone on its line: 番外 (outside the members' seats), a space and who speaks. */
export const OUTSIDE_SEATS_ALONE = /^番[ \u3000]?外[ \u3000]+(?<label>[^\s\u3000]{2,20})$/u;
/** `４　番　藤井議員` alone on its line: a seat, maybe padded to the column, and the member by surname or name with 議員 or 君. */
const PADDED_SEAT_ALONE = /^(?<seat>[0-9０-９]{1,2})[ \u3000]*番[ \u3000]+(?<who>\p{Script=Han}{1,4}(?:[ \u3000]?\p{Script=Han}{1,4})?(?:議員|君))$/u;
/** A label of two or three letters set apart by single spaces, alone on its line: `議　長`, `会　長`, `委 員 長`. */
const PADDED_LABEL_ALONE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]){1,2}$/u;

/** A post's letters padded apart to a column, alone on its line: `議   長` (three half-width spaces), `事 務 局 次 長`. */
const WIDE_PADDED_POST_ALONE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:(?: {1,3}|\u3000{1,2})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]){1,5}$/u;

/**
 * A surname before the office the person speaks for (`川島事務局`, `森本事務局員`, `高橋代表`), as a federation's or an
 * association's minutes label who of the secretariat or which representative answers.
 */
const SURNAMED_OFFICE = /^[\p{Script=Han}々]{1,4}(?:事務局員?|代表)$/u;

/**
 * A part of the body's representative, the part before 代表: `1年代表`, `３組代表`, `５班代表`, `北ブロック代表`, `青年部代表`,
 * as a PTA's or a neighbourhood's minutes label the member who speaks for a year, a class or a block.
 */
const PART_REPRESENTATIVE = /^(?:(?:第)?[0-9０-９一二三四五六七八九十]{1,3}(?:年生?|学年|組|班|区|丁目|号棟|号館|分団|支部|地区|ブロック)|[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:地区|ブロック|支部|部会|学年|班|組|部|丁目))代表$/u;

/** A member of the floor and, in brackets, their room, part or name: `組合員（４０２号室）`, `会員（３組・野口）`, `会員（３丁目　石田）`. */
const FLOOR_SPEAKER = new RegExp(`^(?:${FLOOR_ROLES})[（(][^（()）\\s\\u3000]{1,16}(?:[ \\u3000]\\p{Script=Han}{1,4})?[）)]$`, 'u');

/** A masked speaker's turn: `○○会長：…`, `□□理事　…` (the mask's first symbol is no turn mark). */
const MASKED_TURN = /^(?<label>[^\s\u3000:：]{2,20}?)(?:[ \u3000]*[:：][ \u3000]*|\u3000+)(?<text>\S.*)$/u;

/** True when the text after an unmarked label is itself a row of names (`後藤座長　鶴飼構成員`), not speech. */
function isNameRow(text: string): boolean {
	const pieces = text.split(/[\s\u3000]+/u);
	if (pieces.every((piece) => isSpeakerLabel(piece))) return true;
	if (/[。！？]/u.test(text)) return false;
	// `藤野　敦子　　委員　　　長谷部　亮`: a roll's cells, kanji names and roles apart, after its first role.
	if (pieces.length >= 3 && pieces.every((piece) => /^\p{Script=Han}{1,4}$/u.test(piece))) return true;
	// `大　島　やよい`, `渡　邉　　　仁`: one name padded to a column's width.
	if (pieces.length >= 2 && atMostCharacters(text, 24) && /^[\p{Script=Han}々ヶ]/u.test(text) && [...pieces.join('')].length <= 7 && pieces.every((piece) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+$/u.test(piece))) return true;
	// `臨時委員　粟生木　千佳、大迫　政浩`: a roll's names after its role.
	const names = text.split(/[、，,]/u).map(trimSpaces);
	if (names.length >= 2 && names.every((name) => atMostCharacters(name, 12) && parseNameLabel(name).name !== null)) return true;
	// `議長　代表取締役　鈴木一郎`: a signature, a post and a name after the label.
	return atMostCharacters(text, 24) && !text.includes('、') && /[\s\u3000]/u.test(text) && isPersonLabel(text);
}

/**
 * How a post that speaks without a name ends: `地域医療計画課長`, `審議官`, `課長補佐`, `企画課主幹`, `会計管理者`; in charge of some
 * business, `参事水道担当`.
 */
const POST_ENDING = new RegExp(`(?:長|官|監|補佐|主幹|参事|主査|管理者|大臣|大臣（[^（）]{1,12}）|${CHARGE_AFTER_POST})$`, 'u');

/** True for a body the roll lists by its name alone, as the label writes it (`日本民間放送連盟` of `一般社団法人日本民間放送連盟`). */
function isListedBody(label: string, context?: LineContext): boolean {
	return context?.bodies?.has(label.replace(/[\s\u3000]/gu, '')) === true;
}

/** A label that can head a turn on its own: a person with a role, an office, a post without a name, or someone of the lists. */
function speaksAs(label: string, context?: LineContext): boolean {
	return isSpeakerLabel(label) || isPostLabel(label) || inRoll(label, context);
}

/**
 * A surname of the roll, also with the number of the member's 組 or seat after it as the roll writes them (`岡部(3)` of
 * `秋山(1),岡部(3),橋爪(7)`), or two to four of them joined by ・ as the record writes those who say the same at once
 * (`今井・中山：では、九時集合で。`).
 */
function inRoll(label: string, context?: LineContext): boolean {
	if (context?.surnames?.has(label) === true) return true;
	const together = label.includes('・') && atMostCharacters(label, 30) ? label.split('・') : [];
	if (together.length >= 2 && together.length <= 4 && together.every((part) => part !== '' && inRoll(part, context))) return true;
	const numbered = /^(?<name>[^\s\u3000（()）]{1,8})[（(][0-9０-９]{1,2}[）)]$/u.exec(label)?.groups?.name;
	return numbered !== undefined && context?.surnames?.has(numbered) === true;
}

/** How the post of a label naming an official of the roll ends: `…課長`, `…企画官`, `…理事`, `…技監`. */
const LISTED_OFFICIAL_POST = /(?:長|官|監|補佐|主幹|参事|主査|理事)$/u;

/**
 * A label naming one of the roll by surname with an office and a post no word list knows: the surname first
 * (`村上ひばり消防署予防課長` with `村上　修` in the roll), or after the body they speak for (`日本通信販売協会万代理事` with
 * `万代　一郎`). The label reads as written; no name is guessed from it.
 */
function isListedOfficial(label: string, context?: LineContext): boolean {
	if (!context?.surnames?.size || !atMostCharacters(label, 24) || !LISTED_OFFICIAL_POST.test(label) || /[。、「」（()）\s\u3000・]/u.test(label)) return false;
	// (Each run of two to four kanji in the label is looked up in the roll, never the roll walked: it may list thousands.)
	const letters = [...label];
	for (let at = 0; at < letters.length; at++) {
		for (let length = 2; length <= 4 && at + length <= letters.length - 2; length++) {
			const surname = letters.slice(at, at + length).join('');
			if (!/^\p{Script=Han}+$/u.test(surname) || !context.surnames.has(surname)) continue;
			const before = letters.slice(0, at).join('');
			const post = letters.slice(at + length).join('');
			if (before === '' || (isOrganisation(before) && ROLE_TITLES.includes(post))) return true;
		}
	}
	return false;
}

/**
 * The post of a section or an official (`議事課長`, `議事係長`, `審議官`): a word of the order of business inside it (議事,
 * 審議) names the section, not a part of the meeting.
 */
const SECTION_OR_OFFICIAL_POST = /(?:部|課|局|室|係|所|センター|事務局)(?:長|次長|補佐|参事|主幹|主査)$|官$/u;

/** A post and a surname joined by ・ (`防犯部長・木下`, `３班長・松井`, `子ども会・平田`), as a residents' association labels turns. */
const POST_DOT_SURNAME = /^[^・･\s\u3000]{0,9}(?:長|員|会|係|役|局|課|班|組|者|事|代表)[・･]\p{Script=Han}{1,4}$/u;

/**
 * A label in brackets with speech after it on its line: a surname of the roll (`【宮下】`), a post and a surname joined
 * by ・ (`〔防犯部長・木下〕`), an official's post (`〔産業振興課長〕`), or a person and a post that joins two sections' names
 * with ・ (`【郷家地震・防災研究課長】`); never a heading's word (`【議題】`, `〔拍手〕`) nor a label without speech after it.
 */
function speaksInBrackets(inner: string, rest: string, context?: LineContext): boolean {
	if (rest === '' || !JAPANESE_SPEECH.test(rest) || !atMostCharacters(inner, 24) || /[。、「」]/u.test(inner) || HEADING_WORDS.test(inner)) return false;
	if (inRoll(inner, context) || POST_DOT_SURNAME.test(inner) || isPostLabel(inner) || isListedOfficial(inner, context)) return true;
	const joined = inner.replace(/[・･]/gu, '');
	return joined !== inner && (isSpeakerLabel(joined) || isPostLabel(joined));
}

/** A post in 【】 that speaks (`【総務課長】`, `【議事課長】`), never a part of the meeting so bracketed (`【議事進行】`). */
function isLenticularPost(inner: string): boolean {
	return isPostLabel(inner) && (!HEADING_WORDS.test(inner) || SECTION_OR_OFFICIAL_POST.test(inner));
}

/** A post that speaks without a name (`企画課長`, `地域医療計画課長`, `就農・女性課長`): the whole label is the post. */
function isPostLabel(label: string): boolean {
	if (!atMostCharacters(label, 30) || /[。、「」]/u.test(label)) return false;
	// A post that joins two sections' names with ・ is read as one word.
	const post = label.replace(/(?<=\p{Script=Han})・(?=\p{Script=Han})/gu, '');
	const parts = parseNameLabel(post);
	if (parts.name === null && parts.affiliation === null && parts.title === post && POST_ENDING.test(post)) return true;
	// `守屋信用制度参事官`, `藤本市場機能参事官`: a surname and a bureau's post that no word list knows is still an official who
	// speaks; the label reads as a whole (no name is guessed from it).
	return parts.name === null && parts.title === null && parts.affiliation === null && UNREAD_OFFICIAL.test(post);
}

/**
 * A label in kanji ending as an official's post does (`…参事官`, `…企画官`, `…課長`, `…室長補佐`), 4 to 20 letters; a section's
 * name in katakana inside it too (`片山料金サービス課企画官`, `森エネルギー政策課長`), after two letters in kanji.
 */
const UNREAD_OFFICIAL = /^(?=.{4,20}$)\p{Script=Han}{2}[\p{Script=Han}\p{Script=Katakana}ー]{0,16}\p{Script=Han}(?:官|(?:部|課|局|室|係|所)(?:長|次長|補佐)|参事)$/u;

/** A name, one half-width space and the post (`石垣 財政局長`, `小形香織 委員長`), as 札幌's committee records label turns. */
const NAME_SPACE_POST = new RegExp(`^[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]{1,8} ${NAMED_POST}$`, 'u');

/**
 * After a ○ mark a shorter label suffices: a name with an affiliation (山田（総務省）), an organisation,
 * a post without a name (`○地域医療計画課長　…`), a member numbered instead of named (`○委員11　…`), a name and
 * its post apart (`◎石垣 財政局長　…`), or what the turn is before a post (`◯答弁(住宅課長)　…`).
 */
function isCircleSpeaker(label: string): boolean {
	if (isSpeakerLabel(label) || isAnonymousLabel(label) || NAME_SPACE_POST.test(label)) return true;
	if (!atMostCharacters(label, 30) || /[。、「」]/u.test(label)) return false;
	// A name and a post that joins two sections' names with ・ (`西尾子供・子育て支援部長`), read as one word.
	const joined = label.replace(/(?<=\p{Script=Han})・(?=\p{Script=Han})/gu, '');
	if (joined !== label && isSpeakerLabel(joined)) return true;
	const parts = parseNameLabel(label);
	// `答弁(道路企画課長)`: what the turn is, then who speaks, a post without a name included.
	if (isTypedTurn(label)) return parts.title !== null;
	return (parts.name !== null && parts.affiliation !== null) || isOrganisation(label) || isPostLabel(label);
}

/**
 * A turn marked ○ ◎ ◆ ◇ (committee records mark the chair ◎, members ◆, staff ◇), maybe numbered by the page it
 * was copied from: `○後藤座長　…`, `◆星野委員`, `○山田（総務省）`, `2 ◯議長(柏木 豊) …`. The label ends at a space
 * (a summary's `○山田（総務省）から説明があった。` is a point, not a turn); ● is a bullet here, but for a speaker's
 * label alone on its line.
 */
function markedTurn(line: string): BodyLine | null {
	// `○上田委員：…`, `●前島説明者：…`: a marked label and a colon before the words (a review board's 議事要旨).
	const colon = line.length <= 20_000 ? MARKED_COLON.exec(line)?.groups : undefined;
	if (colon && isSpeakerLabel(colon.label ?? '')) return { kind: 'speaker', label: colon.label ?? '', text: trimSpaces(colon.text ?? '') };
	const turn = splitTurnLine(line);
	if (!turn || !turn.spaced) return null;
	// `●松本財政課長` alone on its line, the speech below (鳥取's records mark officials ●): a bullet holds text, not a speaker.
	// (`●北廣知事室長説明`: what the turn is after the label, as 要点筆記 write an official's explanation.)
	if (turn.mark === '●') {
		const explained = EXPLAINED.exec(turn.label)?.groups?.label;
		const label = explained !== undefined && isSpeakerLabel(explained) ? explained : turn.label;
		return turn.speech === '' && isSpeakerLabel(label) ? { kind: 'speaker', label, text: null } : null;
	}
	if (!isCircleSpeaker(turn.label)) return null;
	const text = turn.speech === '' ? null : turn.speech;
	return turn.stage === undefined ? { kind: 'speaker', label: turn.label, text } : { kind: 'speaker', label: turn.label, text, stage: turn.stage };
}

/** A turn marked ○ with a name alone before a space and the words: `○内田市藏　異議ナシ`. */
const LISTED_NAME_TURN = /^[○〇◯](?<label>[^\s\u3000（()）、。]{2,8})[\s\u3000]+(?<text>\S.*)$/u;

/** The names of a set without their spaces, made once per set. */
const UNSPACED = new WeakMap<ReadonlySet<string>, Set<string>>();
function unspacedNames(names: ReadonlySet<string>): Set<string> {
	let unspaced = UNSPACED.get(names);
	if (unspaced === undefined) {
		unspaced = new Set([...names].filter((name) => / |\u3000/u.test(name)).map((name) => name.replace(/[ \u3000]+/gu, '')));
		UNSPACED.set(names, unspaced);
	}
	return unspaced;
}

/** A label and what the turn is, glued: `北廣知事室長説明`, `前田危機管理部長答弁`. */
const EXPLAINED = /^(?<label>.{2,20}?)(?:説明|答弁|報告)$/u;

/** A marked turn whose label ends at a colon: `○上田委員：提供者への…`, `○Raj Patel委員：…` (a Latin name's space is the name's). */
const MARKED_COLON = new RegExp(`^[○〇◯◎●◆◇](?<label>${LATIN_FULL_NAME}[^\\s\\u3000：:。、]{1,10}|[^\\s\\u3000：:。、]{1,24})[：:][\\s\\u3000]*(?<text>\\S.*)$`, 'u');

/**
 * Where the first closing bracket that closes nothing opened stands, when it is a round one (`鈴木(行)委員長)…`: after 委員長)
 * and within the first `within` characters (a label's length with room for spaces: the rest of a long line is not read); else -1.
 */
function unopenedClose(text: string, within: number): number {
	const head = text.slice(0, within + 1);
	if (!head.includes(')') && !head.includes('）')) return -1;
	let depth = 0;
	for (let at = 0; at < head.length; at++) {
		const char = head[at] ?? '';
		if (OPENING.includes(char)) depth++;
		else if (CLOSING.includes(char)) {
			if (depth === 0) return ')）'.includes(char) ? at : -1;
			depth--;
		}
	}
	return -1;
}

/** Bracket depth after the text; -1 as soon as a closing bracket has no opening one. */
function bracketBalance(text: string): number {
	let depth = 0;
	for (const char of text) {
		if (OPENING.includes(char)) depth++;
		else if (CLOSING.includes(char)) {
			depth--;
			if (depth < 0) return -1;
		}
	}
	return depth;
}

/** The most characters of a bare `label)` (spaces around it aside). */
const BARE_LABEL_LENGTH = 40;

/** A bare `label)` line: short, no sentence punctuation, balanced, not a bracketed aside or numbering. */
function isBareSpeakerLabel(label: string): boolean {
	const text = trimSpaces(label);
	if (text === '' || !atMostCharacters(text, BARE_LABEL_LENGTH)) return false;
	if (OPENING.includes(text[0] ?? '')) return false;
	if (/[。、「」]/u.test(text) || /^(?:- |[・●•])/u.test(text)) return false;
	if (/^[0-9０-９a-zA-Zａ-ｚＡ-Ｚア-ンｱ-ﾝⅰ-ⅻⅠ-Ⅻ一二三四五六七八九十]{1,2}$/u.test(text)) return false;
	return bracketBalance(text) === 0;
}

function chatMarker(text: string): 'start' | 'end' | null {
	if (!text.includes('チャット')) return null;
	return CHAT_END.test(text) ? 'end' : 'start';
}

/**
 * What a transcription tool writes about itself between or after the turns: Otter's `Transcribed by https://otter.ai`,
 * Teams' `渡辺 修 が文字起こしを停止しました`, `会議の記録が開始されました`, `Ichiro Tanaka started transcription`, and Google Meet's
 * `録音を開始しました` / `録画を終了しました` between the turns, with no one named and no 。 (said in a turn, `録音を開始しました。`, it stays
 * the speaker's words).
 */
const TOOL_LINE = /^(?:Transcribed by (?:https?:\/\/)?(?:www\.)?otter\.ai\/?|[^\s\u3000。、！？][^。、！？]{0,40}?[ \u3000]+が(?:文字起こし|トランスクリプト|レコーディング|録画|記録)を(?:開始|停止|終了)しました|(?:会議の)?(?:記録|レコーディング|録画|文字起こし)が(?:開始|停止|終了)されました|[^\s\u3000].{0,40}? (?:started|stopped) (?:transcription|recording))[。.]?$|^(?:録音|録画|レコーディング|文字起こし)を(?:開始|停止|終了)しました$/u;

/** Whether a line is a transcription tool's line about itself (`森本 拓也 が文字起こしを開始しました`, `Transcribed by https://otter.ai`). */
export function isToolLine(line: string): boolean {
	return line.length <= 200 && TOOL_LINE.test(line);
}

/**
 * A chat app's notice of a member who joins or leaves the channel, copied between the messages of a meeting held in it:
 * Slack's `森田 さくらさんがチャンネルに参加しました`, `…さんが #proj に参加しました`, LINE's `田中 健二がグループに参加しました。`, LINE
 * WORKS' `中野 翼がトークルームに参加しました。`, `小林 由美さんが参加しました。`. A notice without a place names the member with the app's `さん`
 * (`先月の交流会には四十名が参加しました。` is someone's words).
 */
const MEMBER_NOTICE = /^[^\s\u3000。、「」『』（）()]{1,20}(?:[ \u3000][^\s\u3000。、「」『』（）()]{1,20})?(?:さんが(?:[ \u3000]?#[^\s\u3000]{1,40}[ \u3000]?に)?|が(?=チャンネル|トークルーム|グループ|ルーム|トーク|チャット))(?:(?:チャンネル|トークルーム|グループ|ルーム|トーク|チャット)(?:に|から|を))?(?:参加しました|退出しました|退室しました|退会しました|招待しました)[。.]?$/u;

/** Whether a line is a chat app's notice that a member joined or left (`…さんがチャンネルに参加しました`). */
export function isMemberNotice(line: string): boolean {
	return line.length <= 100 && MEMBER_NOTICE.test(line);
}

/**
 * An AI note taker's notice under its notes that they may be wrong: Zoom's `AIが生成したコンテンツは不正確な場合や誤解を招く場合が
 * あります。…`, Gemini's `Gemini が作成したメモは不正確な場合があります。`, `AI-generated content may be inaccurate or misleading. …`.
 */
const AI_NOTICE = /^(?:(?:AI|Gemini|Copilot|AI[ ]?Companion)[ \u3000]?(?:が|で|により|によって)?[ \u3000]?(?:生成|作成)(?:した|された|の)?(?:コンテンツ|メモ|内容|要約|議事録|テキスト)?(?:は|には)[^。]{0,40}不正確[^。]{0,40}。(?:[^。]{0,60}。)?|(?:AI-generated content|Notes by Gemini|Gemini's notes|AI notes) (?:may|might|can) (?:be|contain) (?:inaccurate|errors)[^.]{0,80}\.(?: [^.]{0,80}\.)?)$/iu;

/**
 * What a chat app shows under a message, copied with the messages of a meeting held in its channel: the reactions and
 * their counts (`:+1: 2`, `:tada: 3  :eyes: 1`, `👍 2`), the count of replies in its thread (`2件の返信`, `3 replies`) and
 * the mark of an edit alone (`(編集済み)`, `(edited)`): no words of the message.
 */
const CHAT_ANNOTATION = /^(?:(?::[a-z0-9_+-]{1,40}:|\p{Extended_Pictographic}\uFE0F?)[ \u3000]*[0-9]{1,3}[ \u3000]*)+$|^(?:[0-9]{1,3}[ \u3000]?件の返信|返信[ \u3000]?[0-9]{1,3}[ \u3000]?件|[0-9]{1,3} repl(?:y|ies)|[(（](?:編集済み|edited)[)）])$/u;

/**
 * A head count after a post, on a line of its own (`執行委員　１５名中１４名出席`, `理事　１０名出席`, `監事　２名`, NFKC form): how many
 * of them came, never that post's words.
 */
const POST_HEAD_COUNT = /^(?<post>[^\s\u3000]{1,12})[ \u3000]+[0-9]{1,4}名(?:中[0-9]{1,4}名)?(?:出席|欠席|参加)?(?:[(][^()]{0,30}[)])?$/u;

/** A count after a field's label and a colon (NFKC form): `理事総数:8名`, `社員総数:7名(うち委任状1名)`. */
const COUNT_FIELD = /^[^\s:：]{1,12}(?:総数|定数|の数|数)[\s]*:[\s]*[0-9]{1,5}[\s]*(?:名|人|世帯|株|個)(?:[(][^()]{0,30}[)])?$/u;

/**
 * A part of the meeting numbered with a space only (`１　開会`), read as it would be after the heading numbered one less: its
 * heading, or null. `classifyLine` reads such a line as a heading only inside a remark or after that heading (a list of the
 * order of business stays text); readers take it so right over the first turn too.
 */
export function numberedPart(raw: string, context: LineContext): Extract<BodyLine, { kind: 'heading' }> | null {
	const number = /^[0-9０-９]{1,2}(?=[\s\u3000])/u.exec(trimSpaces(raw))?.[0];
	if (number === undefined) return null;
	const entry = classifyLine(raw, { ...context, lastHeadingNumber: Number(matchForm(number)) - 1 });
	return entry.kind === 'heading' ? entry : null;
}

/** `classifyLine` outside any remark, after no numbered heading and with nothing known of the meeting: a function of the line alone, remembered. */
export const classifyBareLine = memoByText((text: string): BodyLine => classifyLine(text, { inRemark: false, lastHeadingNumber: null }));

/** Classify one non-blank body line (its text already right-trimmed). */
export function classifyLine(raw: string, context: LineContext): BodyLine {
	// `8103【吉清総合政策部長】　…`: a minutes system's speech number before the speaker's 【】 is no part of the turn
	// (a marked turn keeps its number for `splitTurnLine`, which tells a speakers' index entry from a turn by it).
	const trimmed = trimSpaces(raw);
	const unnumbered = withoutTurnNumber(trimmed);
	const line = unnumbered.startsWith('【') ? unnumbered : trimmed;
	const { text: bare } = stripDecoration(line);
	const mapped = matchFormWithMap(bare);
	const folded = mapped.text;

	// The sitting's time (`10時41分閉会`, `午後３時　散会`, a numbered `(1) 開会  午前10時30分`): a note that ends the remark before it.
	if (readSittingTime(line)?.clock != null) return { kind: 'note', text: line, chat: null };
	// `監事　今泉源次郎　木暮与一` under an association's 役員選任 (the officers elected, by post): a row of names, never a turn of the
	// post's (the names had been the words of a speaker `監事`).
	if (ELECTED_ROW.test(line)) return { kind: 'paragraph', text: line };
	// (So is the time as a field of the record's form, after the turns: `閉会時間　　午後３時４５分`, `散会時刻：午後４時`.)
	const timeField = SITTING_TIME_FIELD.exec(line)?.groups;
	if (timeField && readSittingTime(`${timeField.event}　${timeField.clock}`)?.clock != null) return { kind: 'note', text: line, chat: null };
	// (Only after a post that speaks alone: a count under its own label, `出席組合員数　６９名`, stays a line of the text.)
	const counted = folded.length <= 60 ? POST_HEAD_COUNT.exec(folded)?.groups?.post : undefined;
	if (counted !== undefined && OFFICE_SPEAKERS.test(counted)) return { kind: 'note', text: line, chat: null };
	// (Nor is a header's count before a colon kept as text, `理事総数：８名`, `出席者数：４２名（構成員５０名）`, anyone's words.)
	if (folded.length <= 60 && COUNT_FIELD.test(folded)) return { kind: 'note', text: line, chat: null };
	// A transcription tool's line about itself (`Transcribed by https://otter.ai`, `… が文字起こしを停止しました`): a note, no one's words.
	if (isToolLine(line)) return { kind: 'note', text: line, chat: null };
	// (So is an AI note taker's notice that its notes may be wrong: it had been the last point's paragraph.)
	if (line.length <= 200 && AI_NOTICE.test(line)) return { kind: 'note', text: line, chat: null };
	// (So is a chat app's notice that a member joined the channel: it had been a paragraph of the message before it.)
	if (isMemberNotice(line)) return { kind: 'note', text: line, chat: null };
	// `賛成者起立`, `全員挙手`, `「異議なし」と呼ぶ者あり` alone on their line: the floor's stage direction at a vote whose brackets a
	// web page made from the record's PDF left out; a note beside the words, as it is in brackets (it had headed a part of its own
	// over the chair's next turn, or run into the chair's words).
	if (isBareStage(line)) return { kind: 'note', text: line, chat: null, aside: true };
	if (line.length <= 200 && CHAT_ANNOTATION.test(line)) return { kind: 'note', text: line, chat: null, aside: true };
	// `問い合わせ先：環境政策課　電話…` or `【お問い合わせ先】` under the last turn: the record's closing note, not words of that turn.
	if (isContactLine(line)) return { kind: 'note', text: line, chat: null };
	// `・質問（正会員　吉田）学習支援の…`, `→回答（理事長）延べ人数で…`: what the turn is and who gives it in brackets, the words
	// right after (an association's 総会 listing its questions and answers, maybe bulleted): that turn, never an outcome's arrow.
	const typedWho = line.length <= 20_000 ? BRACKETED_WHO_TURN.exec(line)?.groups : undefined;
	if (typedWho && asksOrAnswers(trimSpaces(typedWho.who ?? ''), context) && JAPANESE_SPEECH.test(typedWho.text ?? '')) {
		return { kind: 'speaker', label: `${typedWho.word ?? ''}（${trimSpaces(typedWho.who ?? '')}）`, text: trimSpaces(typedWho.text ?? '') };
	}
	// What the meeting decided, as the recorder writes it after the turns (`→継続審議とする。`, `審議の結果、原案のとおり承認された。`):
	// a note that ends the remark before it, never the last speaker's words.
	// (The recorder's arrow marks an outcome wherever it stands, `→拍手多数で承認。` under the record's own prose too: one reading,
	// a note, where it had been a paragraph there.)
	if ((context.inRemark || isArrowOutcome(line)) && isOutcome(line)) return { kind: 'note', text: line, chat: null };

	if (line.length <= 200 && NEXT_MEETING.test(line)) return { kind: 'note', text: line, chat: null };
	// `- [ ] 井上：テントの手配（6/20まで）`, `* [x] 佐藤 花子さん: 見積もりを取る。`: a task of a to-do list with who does it, as
	// AI note takers list what follows the meeting: an item, never a turn (its box and bullet had become the speaker's label).
	// (Shown as a Markdown file's task is, the box drawn: `☐ 井上：…`, `☑ …`.)
	const task = TASK_ITEM.exec(line);
	if (task) return { kind: 'item', text: `${task[1] === ' ' ? '☐' : '☑'} ${trimSpaces(line.slice(task[0].length))}` };
	// `小川委員から、「…」旨の質問があった。`: the record telling what one speaker said is that speaker's remark, the sentence its
	// words as written (a whole turn: the record's next sentence is no more of it).
	const narrated = narratedRemark(line);
	if (narrated) return { kind: 'speaker', label: narrated.label, text: narrated.text, attributed: true };

	const masked = line.length <= 20_000 ? MASKED_TURN.exec(line)?.groups : undefined;
	if (masked && isMaskedLabel(masked.label ?? '')) return { kind: 'speaker', label: masked.label ?? '', text: trimSpaces(masked.text ?? '') };

	// `井上「今年も…出したいと思います」`: a listed member's words in quotation brackets right after the name, as a circle's or a
	// club's notes write a conversation (also `井上部長「…」`, a person's label).
	const said = quotedTurn(line);
	if (said && (context.surnames?.has(said.label) === true || isSpeakerLabel(said.label))) return { kind: 'speaker', label: said.label, text: said.text };

	// `――本日はありがとうございます。…`: the interviewer's question in a hearing's or an interview's record (the answers below
	// it unlabelled, `body.ts` gives them to 回答者); never a rule of dashes (`――◇――`).
	const asked = INTERVIEW_QUESTION.exec(line)?.groups?.text;
	if (asked !== undefined && JAPANESE_SPEECH.test(asked)) return { kind: 'speaker', label: INTERVIEWER, text: trimSpaces(asked) };

	// `(発言者)市長` over the speech, `発言者：防災部会長　…`: a web page's field naming who speaks.
	const field = line.length <= 400 ? SPEAKER_FIELD.exec(line)?.groups : undefined;
	if (field) {
		const text = trimSpaces(field.text ?? '');
		return { kind: 'speaker', label: trimSpaces(field.label ?? ''), text: text === '' ? null : text, ...(text === '' ? { bare: true } : {}) };
	}

	// `（組合）年末一時金については…`, `(地元)` over the speech: a side of the table speaking (labour and management, residents
	// and the town), the words after the bracket with or without a space.
	const side = line.length <= 20_000 ? SIDE_TURN.exec(line)?.groups : undefined;
	if (side) {
		const text = trimSpaces(side.text ?? '');
		return { kind: 'speaker', label: side.side ?? '', text: text === '' ? null : text, ...(text === '' ? { bare: true } : {}) };
	}

	// `1️⃣夏祭り実行委員会の立ち上げの件`: a topic numbered with a keycap emoji, as notes typed on a phone number them.
	const keycap = KEYCAP_TOPIC.exec(line)?.groups;
	if (keycap && !keycap.title?.includes('。')) return { kind: 'heading', title: trimSpaces(keycap.title ?? ''), number: Number(keycap.number) };

	// `①　問　カラス除けネットの…`, `(1) 質問：…`: a question or an answer numbered as a list numbers it (a word processor's list
	// number written before it): that turn, its number no part of the words.
	const listedQa = bare.length <= 20_000 ? LISTED_QA.exec(bare)?.groups?.turn : undefined;
	if (listedQa !== undefined) {
		const read = classifyLine(listedQa, context);
		if (read.kind === 'speaker' && read.text !== null) return read;
	}

	// `第２部　協議事項`, `第１部`: a part of the meeting whose items are numbered again from 1, a heading of its own (it had run
	// into the last turn of the part before, and the first item under it with it); under a turn only alone or with the kind of
	// business it takes.
	const meetingPart = MEETING_PART_HEADING.exec(folded)?.groups;
	if (meetingPart && (meetingPart.title === undefined || PART_WORDS.test(meetingPart.title) || (!context.inRemark && !/[。、]/u.test(meetingPart.title)))) return { kind: 'heading', title: bare, number: null };
	const numbered = NUMBERED_HEADING.exec(folded);
	if (numbered?.groups) {
		const title = trimSpaces(originalSlice(bare, mapped, numbered.index + numbered[0].length - (numbered.groups.title ?? '').length));
		const number = parseNumeral(numbered.groups.number ?? numbered.groups.dotted ?? numbered.groups.dai ?? '');
		// A dotted number (`１．開会`) heads a section only with a plain title (`1. 日時) …` is a header line).
		// (A `)` that closes no bracket of the title, a colon, a wide gap or a bracket after a space makes a dotted line a
		// field: `1. 日時) …`, `３．組合員総数　　８４名（…）`, `２．開催形式　ハイブリッド（…）`; a reporter in brackets right after
		// the item, `２．…について（教務委員長）`, does not.)
		const plausible = atMostCharacters(title, 30) && !title.includes('。') && (numbered.groups.dotted === undefined || !/^[^(]*\)|:|\s{2}|\s.*\(/u.test(matchForm(title)));
		const expected = number !== null && context.lastHeadingNumber !== null && number === context.lastHeadingNumber + 1;
		// (Under a turn, a part of the meeting the header's numbers go on to, `７．今後の予定`, `８．次回予定`, is one too: it had
		// become more of the last speaker's words.)
		if (plausible && (!context.inRemark || HEADING_WORDS.test(title) || PART_WORDS.test(title.replace(/[\s\u3000]/gu, '')) || expected)) {
			// `（１）について`: the item of the agenda numbered so, which the words after the number do not name; the number stays
			// in the heading (it had been `について` alone).
			return { kind: 'heading', title: ABOUT_ITEM.test(title) ? trimSpaces(bare) : title, number };
		}
	}

	// `Ⅱ．金融経済情勢に関する委員会の検討の概要`: a part numbered in Roman numerals, a heading over its own numbered items
	// (kept as written, its numeral with it; `Ⅱ、場所 北町会館`, a field and its value, is none).
	const roman = /^[Ⅰ-Ⅻ][．.、\s\u3000]+(?<title>\S.{0,39})$/u.exec(bare)?.groups?.title;
	if (roman !== undefined && !context.inRemark && !/[。、\s\u3000]/u.test(roman)) return { kind: 'heading', title: trimSpaces(bare), number: null };
	if (fewLetters(folded, PART_WORD_LENGTH) && PART_WORDS.test(folded.replace(/\s/gu, '')) && !/^[○〇◯・●•-]/u.test(line)) return { kind: 'heading', title: bare, number: null };
	// `○議事（３）`, `○議事（１）（２）`, `○報告事項（２）`: a part of the meeting marked ○ with the numbers of the items it takes (a
	// chamber of commerce's 議事概要 heading each item of its 次第 so), a heading; never a speaker or a line of the turn before.
	const numberedPart = /^[○〇◯](?<title>[^（()）\s\u3000]{2,8})(?:[（(][0-9０-９]{1,2}[）)]){1,4}$/u.exec(line)?.groups?.title;
	if (numberedPart !== undefined && PART_WORDS.test(numberedPart)) return { kind: 'heading', title: trimSpaces(line.slice(1)), number: null };
	// `９　その他` after a remark (or after the heading numbered 8): a part of the meeting numbered with a space only, as
	// the header numbered its fields (a list of the order of business, `１ 開会` / `２ 議事`, before any remark stays text).
	const part = /^(?<number>[0-9]{1,2})\s+(?<title>\S+)$/u.exec(folded)?.groups;
	if (part && PART_WORDS.test(part.title ?? '') && (context.inRemark || context.lastHeadingNumber === Number(part.number) - 1)) return { kind: 'heading', title: trimSpaces(bare.replace(/^\S+[\s\u3000]+/u, '')), number: Number(part.number) };
	// `第１号議案　第１８期事業報告…承認の件`, `議案第２号　令和６年度予算`: an association's or a committee's item of business
	// on a line of its own, outside a remark (a turn may read an item out).
	// (A motion indented under a numbered line, `４．報告事項` / `　　　報告第１号　…`, is an entry of a listed order of business.)
	if (!context.inRemark && isMotionHeading(bare) && !/^[\s\u3000]{2}/u.test(raw)) return { kind: 'heading', title: bare, number: null };
	// A rule between parts (`──────`, `－－－－`): a line of its own that ends the remark before it, never joined to its words.
	if (isSeparator(line)) return { kind: 'note', text: line, chat: null };
	// A time alone on its line (`00:05:00`, Google Meet's mark every five minutes of its transcript): a note, no one's words.
	if (line.length <= 8 && RECORDING_TIME_ALONE.test(line)) return { kind: 'note', text: line, chat: null };

	// `[出席委員]`, `［議長・副議長］` alone on a line: a heading, as 【】 heads one.
	const squared = /^[\[［](?<inner>[^\[\]［］]{1,30})[\]］]$/u.exec(line)?.groups?.inner;
	// (`[音声なし]`, `［聞き取れず］`, `[拍手]`: what the recording lacks or a sound, as transcription apps mark them between the
	// turns, is a note beside the words; it had headed a part of its own.)
	if (squared !== undefined && (RECORDING_GAP.test(trimSpaces(squared)) || STAGE_WORDS.test(squared))) return { kind: 'note', text: line, chat: null, aside: true };
	if (squared !== undefined && !isSpeakerLabel(squared) && !isAnonymousLabel(squared) && !/[。]/u.test(squared)) return { kind: 'heading', title: trimSpaces(squared), number: null };
	// `[議長]　ただ今から…`, `［事務局］`, `[推進委員（平井）]`: a speaker in square brackets, as agricultural committees' records write them.
	// (`〔委員長〕`, `〔事務局〕　…`: in tortoise-shell brackets too, as some committees write them, or angle brackets,
	// `＜山田会長＞　…`, `〈事務局〉`, `《佐藤委員》`; `〔拍手〕` and `＜委員の意見＞` name no speaker.)
	const squaredTurn = SQUARED_TURN.exec(line)?.groups;
	const squaredLabel = trimSpaces(squaredTurn?.label ?? squaredTurn?.shell ?? squaredTurn?.angle ?? squaredTurn?.single ?? squaredTurn?.double ?? '');
	if (squaredTurn && (isSpeakerLabel(squaredLabel) || isAnonymousLabel(squaredLabel))) {
		const text = trimSpaces(squaredTurn.text ?? '');
		return { kind: 'speaker', label: squaredLabel, text: text === '' ? null : text };
	}
	// (`〔防犯部長・木下〕　…`, `〔産業振興課長〕　…`, `［宮下］　…` of the roll: with speech after it.)
	if (squaredTurn && squaredLabel !== '' && speaksInBrackets(squaredLabel, trimSpaces(squaredTurn.text ?? ''), context)) return { kind: 'speaker', label: squaredLabel, text: trimSpaces(squaredTurn.text ?? '') };
	const angled = DOUBLE_ANGLE.exec(bare);
	if (angled?.groups) return { kind: 'heading', title: trimSpaces(angled.groups.inner ?? ''), number: null };

	// `・【安田委員】運転士の確保が難しく、…`, `・（北条委員）通院の時間帯の便は…`: a point of a 議事要旨 with its speaker in brackets, the
	// bullet a Word list's (the points had been a list of no one's words).
	const pointed = POINTED_BRACKET_TURN.exec(bare)?.groups;
	const pointLabel = trimSpaces(pointed?.lenticular ?? pointed?.round ?? '');
	const pointText = trimSpaces(pointed?.rest ?? '');
	if (pointed && JAPANESE_SPEECH.test(pointText) && (isSpeakerLabel(pointLabel) || isAnonymousLabel(pointLabel))) return { kind: 'speaker', label: pointLabel, text: pointText };
	const lenticular = LENTICULAR.exec(bare);
	if (lenticular?.groups) {
		const inner = trimSpaces(lenticular.groups.inner ?? '');
		const rest = trimSpaces(lenticular.groups.rest ?? '');
		// (`【Ａ委員】`, `【委員Ｂ】`: a member a record keeps anonymous by a letter, as a label it had headed a section of its words.)
		if (isSpeakerLabel(inner) || isAnonymousLabel(inner) || isListedBody(inner, context)) return { kind: 'speaker', label: inner, text: rest === '' ? null : rest };
		// `【総務課長】　それでは、定刻となりましたので…`: an official's post with the speech after it.
		if (rest !== '' && isLenticularPost(inner) && JAPANESE_SPEECH.test(rest)) return { kind: 'speaker', label: inner, text: rest };
		// `【宮下】現在の空き区画は…` of the roll, `【郷家地震・防災研究課長】　資料1－1に基づき…`: with speech after it.
		if (speaksInBrackets(inner, rest, context)) return { kind: 'speaker', label: inner, text: rest };
		// `【畜産局総務課長】` over its words: an official's post speaks, as a member's label does.
		if (rest === '' && isLenticularPost(inner)) return { kind: 'speaker', label: inner, text: null };
		// `【校長より】`, `【会長あいさつ】`, `【会長まとめ】` over the words: who speaks, and what kind of word it is.
		const kind = rest === '' ? SPOKEN_KIND.exec(inner)?.groups : undefined;
		if (kind && isSpeakerLabel(kind.who ?? '')) return { kind: 'speaker', label: kind.who ?? '', text: null, bare: true, heading: inner };
		if (rest === '') return { kind: 'heading', title: inner, number: null };
		// `【議題3】令和6年度役員選出` alone on its line: an item of business heads a section (even after a turn: no words of it).
		if (/^議題[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}$/u.test(inner) && atMostCharacters(rest, 40) && !/[。「」]/u.test(rest)) return { kind: 'heading', title: bare, number: null };
	}

	// `◇　佐藤　花子　議員（市民クラブ）`: the heading of a member's questions, who asks the `問` below it.
	const asking = ASKER_HEADING.exec(line)?.groups;
	if (asking) return { kind: 'heading', title: trimSpaces(line.slice(1)), number: null, asker: `${(asking.name ?? '').replace(/[ \u3000]/gu, '')}${asking.role ?? ''}` };
	if (/^[■□◆◇]/u.test(line) && bare !== '' && atMostCharacters(bare, 80) && !bare.includes('。') && chatMarker(line) === 'start') {
		return { kind: 'chat', title: bare };
	}
	// `■町長　皆さん、…`, `■米田委員　…`, `■事務局（柴田総務課長）　…`: a turn marked ■, as some towns' Word templates mark every
	// speaker, read as one marked ○ (the label a speaker's, the words a sentence after it).
	if (line.startsWith('■') && line.length <= 20_000) {
		const read = classifyLine(`○${trimSpaces(line.slice(1))}`, context);
		if (read.kind === 'speaker' && read.text !== null && JAPANESE_SPEECH.test(read.text) && (isSpeakerLabel(read.label) || isPostLabel(read.label) || isParticipant(read.label, context))) return read;
	}
	if (/^[■□]/u.test(line) && bare !== '' && atMostCharacters(bare, 80) && !bare.includes('。')) {
		// `■相沢構成員` over that member's points (a 議事概要 grouping the opinions by who gave them): a speaker, not a heading.
		if (isSpeakerLabel(bare) && !/[\s\u3000]/u.test(bare)) return { kind: 'speaker', label: bare, text: null };
		return { kind: 'heading', title: bare, number: null };
	}

	if (/^[◆◇]/u.test(line)) {
		const chat = chatMarker(line);
		if (chat) return { kind: 'note', text: line, chat };
		// `◇　資料２のとおり…` under a legend that names the mark (`◇は事務局の発言`): the mark names the speaker's role.
		const marked = context.legend?.get(line[0] ?? '');
		if (marked !== undefined && trimSpaces(line.slice(1)) !== '') return { kind: 'speaker', label: marked, text: trimSpaces(line.slice(1)) };
		if (/^[◆◇][\s\u3000]*[（(]?[\s\u3000]*(?:議題|議事)/u.test(line)) return { kind: 'agenda', text: line };
		// ◆星野委員　… : committee records mark members' turns with ◆ (and staff with ◇), the chair's with ◎.
		const turn = markedTurn(line);
		if (turn) return turn;
		// `【事務局】` / `◆後継者不在率は…確認する。`: under a speaker's label, a point of what they said, as `●` points are.
		if (context.pointsOnly === true && /[。？?]$/u.test(line)) return { kind: 'item', text: line };
		return { kind: 'note', text: line, chat: null };
	}
	if (PAGE_NUMBER.test(folded) || isWebChrome(line)) return { kind: 'page', text: line };

	const first = line[0] ?? '';
	if ('(（'.includes(first) && ')）'.includes(line.at(-1) ?? '') && chatMarker(line)) {
		return { kind: 'note', text: line, chat: chatMarker(line) };
	}
	if (ANGLE_NOTE.test(line)) {
		// `＜小林構成員＞` alone on its line heads that member's points (`○ …` items below), as ministries' summaries write them.
		const inner = trimSpaces(line.slice(1, -1));
		if (isSpeakerLabel(inner)) return { kind: 'speaker', label: inner, text: null };
		// `〈報告事項〉`, `＜協議事項＞`, `<その他>` between the turns: a part of the meeting, as `【報告事項】` is (a ward's education
		// board marks its parts so: it had been a note, the turns under it in the part before).
		// (Numbered too, `<議題(1)>`, and the kinds of bills, `＜議決案件＞`.)
		const part = inner.length <= 20 ? matchForm(inner).replace(/\s/gu, '').replace(/[(]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)]?$/u, '') : '';
		if (part !== '' && (PART_WORDS.test(part) || /^(?:議決|審議|報告|協議|付議)案件$/u.test(part))) return { kind: 'heading', title: inner, number: null };
		return { kind: 'note', text: line, chat: null };
	}
	// `「会長」` / `「Ａ委員」` alone on its line, speech on the next lines.
	const quoted = QUOTED_LABEL.exec(line)?.groups?.inner;
	if (quoted !== undefined && (isSpeakerLabel(quoted) || isAnonymousLabel(quoted))) return { kind: 'speaker', label: trimSpaces(quoted), text: null };
	// `質問要旨（Ｂ氏）` / `回答内容:(鈴木取締役)` alone on its line over the words (a company's 株主総会 or an association's 総会
	// minutes summing up each question and answer): who asks or answers speaks.
	const typed = TYPED_WHO_ALONE.exec(line)?.groups?.who;
	if (typed !== undefined && line === bare && (isSpeakerLabel(typed) || isAnonymousLabel(typed) || isPostLabel(typed) || ROLE_TITLES.includes(typed) || SHAREHOLDER.test(matchForm(typed)))) return { kind: 'speaker', label: trimSpaces(typed), text: null, bare: true };
	if (END_MARK.test(line)) return { kind: 'note', text: line, chat: null };

	if (isAgendaLeadForm(folded) && (!context.inRemark || !SPOKEN.test(matchForm(line)))) return { kind: 'agenda', text: line };

	// ●本日は…。 under a legend (`●は事務局の発言`): the mark names the speaker's role.
	const role = context.legend?.get(first === '〇' || first === '◯' ? '○' : first);
	const speech = trimSpaces(line.slice(1));
	if (role !== undefined && speech !== '') return { kind: 'speaker', label: role, text: speech };

	// `○議長　（拍手）`, `○会長（拍手）`: a post with only a stage direction after it, a note of the proceedings.
	if (isLabelledStage(line)) return { kind: 'note', text: line, chat: null };
	// ○後藤座長　発言本文 / ○後藤座長 / ○山田（総務省） / ◎道下委員長　…
	const turn = markedTurn(line);
	if (turn) return turn;
	// `○村上ひばり消防署予防課長　…`, `○日本通信販売協会万代理事　…`: one of the roll by surname, an office and a post.
	const officialTurn = context.surnames?.size ? splitTurnLine(line) : null;
	if (officialTurn?.spaced && officialTurn.speech !== '' && isListedOfficial(officialTurn.label, context)) return { kind: 'speaker', label: officialTurn.label, text: officialTurn.speech };
	// `○内田市藏　異議ナシ`: a member the roll lists, by the name alone (as old village records label turns), the roll writing it
	// with or without a space (`内田　市藏`).
	const byName = context.surnames?.size ? LISTED_NAME_TURN.exec(line)?.groups : undefined;
	if (byName?.label && context.surnames && (context.surnames.has(byName.label) || unspacedNames(context.surnames).has(byName.label))) return { kind: 'speaker', label: byName.label, text: trimSpaces(byName.text ?? '') };

	// （後藤座長）本文 / （後藤座長）
	const matched = /^[（(](?<label>[^（()）]{1,40})[）)][\s\u3000]*(?<text>.*)$/u.exec(bare);
	// (`(委 員)…`, `(議 長)…`: a form's fixed-width column pads the label one character to a word.)
	const paren = matched?.groups ? { groups: { label: unpadded(trimSpaces(matched.groups.label ?? '')), text: matched.groups.text ?? '' } } : null;
	// `（記録　大野書記）`, `（文責：事務局）` at the end: who wrote the minutes, not a turn.
	if (paren?.groups && bare === line && trimSpaces(paren.groups.text ?? '') === '' && RECORDER.test(trimSpaces(paren.groups.label ?? ''))) return { kind: 'note', text: line, chat: null };
	// `記録者　公民館主事　工藤` on a line of its own (set to the right under the minutes): who wrote them, not words of the last turn.
	if (RECORDER.test(line) && atMostCharacters(line, 40) && !/[。、？！]/u.test(line)) return { kind: 'note', text: line, chat: null };
	// (`（大野）検品で…`: a surname of the meeting's roll in brackets speaks too.)
	// (`（日本農泊推進機構）現場では…`: a body the roll lists, with its words.)
	const worded = trimSpaces(paren?.groups.text ?? '') !== '';
	// (`（委員Ａ）中高生の…`, `（Ｂ委員）…`, `（委員１）…`: a member the summary keeps unnamed, with their words; never a letter alone,
	// `（Ａ）…`, which numbers a list.)
	const unnamedMember = worded && ANONYMOUS_MEMBER.test(paren?.groups.label ?? '') && isAnonymousLabel(trimSpaces(paren?.groups.label ?? ''));
	if (paren?.groups && (isSpeakerLabel(paren.groups.label ?? '') || isPostLabel(trimSpaces(paren.groups.label ?? '')) || unnamedMember || ((context.surnames?.has(trimSpaces(paren.groups.label ?? '')) === true || isListedBody(paren.groups.label ?? '', context)) && worded))) {
		const text = trimSpaces(paren.groups.text ?? '');
		return { kind: 'speaker', label: trimSpaces(paren.groups.label ?? ''), text: text === '' ? null : text };
	}
	// `（答弁：企画課長）…`: an answer with who gives it in the bracket; `（質疑）…`, `（意見）…` under a member's label alone
	// (`○鈴木委員`): that member's question or opinion. Labelled as typed turns are (`答弁（企画課長）`, `質疑（鈴木委員）`).
	const typedQa = TYPED_QA.exec(trimSpaces(paren?.groups?.label ?? ''))?.groups;
	if (paren?.groups && typedQa && trimSpaces(paren.groups.text ?? '') !== '') {
		const who = trimSpaces(typedQa.who ?? '') || context.asker;
		if (who && (speaksAs(who) || ANSWERER.test(who))) return { kind: 'speaker', label: `${typedQa.word}（${who}）`, text: trimSpaces(paren.groups.text ?? '') };
	}
	// （問）小学校の統合は… / （答）（副町長）保護者や…: a Q&A record's question and answer, the answerer after it;
	// `（意見）３班 会員：…` an opinion in such a record, when it names who gives it.
	const qaWord = trimSpaces(paren?.groups?.label ?? '');
	// (`（意見）会員（吉川）　…` too, who gives it a role with the surname in brackets.)
	if (paren?.groups && qaWord === '意見' && (ASKER.test(trimSpaces(paren.groups.text ?? '')) || roleWithSurname(trimSpaces(paren.groups.text ?? '')) !== null)) return qaTurn(qaWord, trimSpaces(paren.groups.text ?? ''));
	// `(質問)北部支店 山本 修一総代` / `(答弁)代表理事専務 小松 康弘` alone on their line, the words below.
	const alone = paren?.groups && (QA_WORD.test(qaWord) || typedQa) ? QA_WHO_ALONE.exec(trimSpaces(paren.groups.text ?? ''))?.groups : undefined;
	if (alone && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(alone.who ?? '') && !/(?:す|た|か|る|い|ね|よ)$/u.test(alone.who ?? '')) {
		return { kind: 'speaker', label: `${typedQa?.word ?? qaWord}（${alone.who}）`, text: null };
	}
	if (paren?.groups && QA_WORD.test(trimSpaces(paren.groups.label ?? '')) && trimSpaces(paren.groups.text ?? '') !== '') {
		return qaTurn(trimSpaces(paren.groups.label ?? ''), trimSpaces(paren.groups.text ?? ''), context.asker ?? null, context);
	}
	// （農林水産省）　標準処理期間は… : a ministry or an organisation answering in a summary, a space before its words.
	if (paren?.groups && bare === line && isOrganisation(trimSpaces(paren.groups.label ?? '')) && /^[\s\u3000]/u.test(line.slice(line.search(/[）)]/u) + 1)) && trimSpaces(paren.groups.text ?? '') !== '') {
		return { kind: 'speaker', label: trimSpaces(paren.groups.label ?? ''), text: trimSpaces(paren.groups.text ?? '') };
	}
	// （評議員　江藤）　…, （業務執行理事）　…: an officer in brackets, alone or with a surname, a space before the words.
	const officer = trimSpaces(paren?.groups?.label ?? '');
	if (paren?.groups && bare === line && BRACKETED_OFFICER.test(officer) && ROLE_TITLES.includes(officer.split(/[\s\u3000]+/u)[0] ?? '') && /^[\s\u3000]/u.test(line.slice(line.search(/[）)]/u) + 1)) && trimSpaces(paren.groups.text ?? '') !== '') {
		return { kind: 'speaker', label: officer, text: trimSpaces(paren.groups.text ?? '') };
	}
	// （Ａ）　発言本文 / （Ａ） alone, speech on the next lines.
	if (paren?.groups && bare === line && isAnonymousLabel(paren.groups.label ?? '')) {
		const after = line.slice(line.search(/[）)]/u) + 1);
		const text = trimSpaces(after);
		if (text === '') return { kind: 'speaker', label: trimSpaces(paren.groups.label ?? ''), text: null, bare: true };
		if (/^[\s\u3000]/u.test(after)) return { kind: 'speaker', label: trimSpaces(paren.groups.label ?? ''), text };
	}
	// `(意見)`, `(要望)`, `(市の答弁)` alone on their line over the words (a town meeting's residents and the city answering):
	// who speaks by what they say, when words follow (a stage direction otherwise).
	if (paren?.groups && bare === line && trimSpaces(paren.groups.text ?? '') === '' && SAID_ALONE.test(trimSpaces(paren.groups.label ?? ''))) {
		return { kind: 'speaker', label: trimSpaces(paren.groups.label ?? ''), text: null, bare: true };
	}
	// `00:05:00` alone: a transcript's time mark between turns, kept beside the words.
	if (/^[0-9]{1,2}:[0-9]{2}:[0-9]{2}$/u.test(line)) return { kind: 'note', text: line, chat: null, aside: true };
	// `[1:02] （音声途切れ）`, `[00:01:02] ［音声なし］`: a stage direction stamped with the time into the recording between a
	// transcript's turns, kept beside the words as one alone is (it had been read as the words of the turn above).
	const stampedStage = line.length <= 60 ? STAMPED_STAGE.exec(line)?.groups?.inner : undefined;
	if (stampedStage !== undefined && STAGE_DIRECTION.test(stampedStage)) return { kind: 'note', text: line, chat: null, aside: true };
	// 〔「異議なし」と呼ぶ者あり〕, 〔拍手〕: a shorthand record's stage direction alone on its line; `〔議案第３０号　…について〕`, an item
	// of business so set, heads its part.
	if (/^〔[^〔〕]{1,60}〕$/u.test(line)) return isMotionHeading(line.slice(1, -1)) ? { kind: 'heading', title: line.slice(1, -1), number: null } : { kind: 'note', text: line, chat: null, aside: true };
	if (isStageDirectionPair(line)) return { kind: 'note', text: line, chat: null, aside: true };
	// （資料説明）, （拍手）, （「異議なし」の声あり）: a stage direction alone on its line.
	if (paren?.groups && bare === line && trimSpaces(paren.groups.text ?? '') === '' && STAGE_DIRECTION.test(paren.groups.label ?? '')) {
		return { kind: 'note', text: line, chat: null, aside: true };
	}
	// `(事務局より中間整理(素案)修正案説明。本日欠席の委員の意見についても紹介。)`: the record telling, in brackets between the
	// words, what someone explained or reported; no words of the speaker.
	const bracketed = /^[（(](?<inner>.{1,160})[）)]$/u.exec(line)?.groups?.inner;
	if (bracketed !== undefined && tellsWhatWasExplained(bracketed)) return { kind: 'note', text: line, chat: null, aside: true };

	// `開会の言葉(遠藤副会長)`, `第1号議案 令和5年度活動報告(坂井総務部長)` alone on their line over the words: a part of
	// the meeting titled, and who speaks in it (a residents' association's 総会); without words below, only the heading.
	const headed = line.length <= 60 ? HEADED_SPEAKER.exec(trimSpaces(line))?.groups : undefined;
	if (headed && (isSpeakerLabel(headed.who ?? '') || isPostLabel(headed.who ?? '')) && (PROCEEDING_END.test(headed.title ?? '') || MOTION_START.test(headed.title ?? ''))) {
		const title = trimSpaces(line);
		return { kind: 'speaker', label: headed.who ?? '', text: null, bare: true, heading: title, section: title };
	}
	// `7.閉会挨拶(副会長:庄野)`: the same with the role and who holds it (庄野, 副会長), the part numbered as the header's are.
	// (`１　開会のことば（副会長　永井）`: the role and its holder a space apart, the part's number a space before it.)
	const heldBy = headed ? roleHolder((headed.who ?? '').replace(/[ \u3000]/u, ':')) : null;
	const withoutNumber = (text: string): string => trimSpaces(text).replace(/^[0-9０-９]{1,2}(?:[.．、][\s\u3000]*|[\s\u3000]+)/u, '');
	const partTitle = headed ? withoutNumber(headed.title ?? '') : '';
	if (heldBy !== null && (PROCEEDING_END.test(partTitle) || MOTION_START.test(partTitle))) {
		const title = withoutNumber(line);
		return { kind: 'speaker', label: heldBy, text: null, bare: true, heading: title, section: title };
	}

	// 小山構成員) / NTT 松原氏) / 後藤主査) コメント
	if (')）'.includes(bare.at(-1) ?? '') && isBareSpeakerLabel(bare.slice(0, -1))) {
		return { kind: 'speaker', label: trimSpaces(bare.slice(0, -1)), text: null };
	}
	// (`鈴木(行)委員長)ただ今から…`: a surname told apart in brackets before the post; the label ends at the bracket it opened not.)
	const close = unopenedClose(bare, 2 * BARE_LABEL_LENGTH);
	if (close >= 0) {
		const label = bare.slice(0, close);
		const text = trimSpaces(bare.slice(close + 1));
		// `問）資料の字が…`, `答）…開催する。（野口主任）`: a Q&A record's question and answer, the bracket closed only.
		if (QA_WORD.test(trimSpaces(label)) && text !== '') return qaTurn(trimSpaces(label), text, context.asker ?? null, context);
		// (`市長)本日は…`, `総務部次長)それでは…`: a post alone speaks so too, when its words are speech; so does the
		// corporation answering its board, `法人) 看護栄養学部で…`, and an anonymised member, `Ａ委員）　…`.)
		const speaker = trimSpaces(label);
		if (isBareSpeakerLabel(label) && (isSpeakerLabel(label) || isAnonymousLabel(label) || ((isPostLabel(speaker) || (isOrganisation(speaker) && atMostCharacters(speaker, 12))) && JAPANESE_SPEECH.test(text))) && text !== '') return { kind: 'speaker', label: speaker, text };
	}

	// `生涯学習課` alone over its answer, or `生涯学習課 そのとおり。…`: a section of the local government answering by its name.
	const section = bare.length <= 12 || /[ \u3000]/u.test(bare.slice(3, 13)) ? /^(?<name>[^\s\u3000]{3,12})(?:[ \u3000]+(?<text>\S.*))?$/u.exec(bare)?.groups : undefined;
	if (section && bare === line && isSectionName(section.name ?? '') && (section.text === undefined || JAPANESE_SPEECH.test(section.text))) {
		return { kind: 'speaker', label: section.name ?? '', text: section.text === undefined ? null : trimSpaces(section.text) };
	}

	// 後藤座長：本文 / 石井：本文 (a participant's surname)
	// `議　長：ただいまより…`, `荻　原：…`, `会　長　本日は…`: a label of two or three letters padded apart by single spaces,
	// as an owners' association's minutes set them, reads as the label without the spaces.
	const shortLabel = bare.length <= 20_000 ? PADDED_SHORT_LABEL.exec(bare)?.groups : undefined;
	if (shortLabel) {
		const label = (shortLabel.label ?? '').replace(/[ \u3000]/gu, '');
		const read = classifyLine(`${label}${shortLabel.colon ? '：' : '\u3000'}${shortLabel.text ?? ''}`, context);
		if (read.kind === 'speaker' && read.label === label) return read;
	}
	// `９　番　地元の者として…`: a member's seat padded as the column's other labels are (`議　長`), read as `９番` is.
	const paddedSeat = bare.length <= 20_000 ? PADDED_SEAT.exec(bare)?.groups : undefined;
	if (paddedSeat) {
		const label = `${paddedSeat.seat ?? ''}番`;
		const read = classifyLine(`${label}\u3000${paddedSeat.text ?? ''}`, context);
		if (read.kind === 'speaker' && read.label === label) return read;
	}
	// `質問1.雨天の場合は…` / `回答1.会館内で…`: a Q&A record's numbered question and answer.
	const numberedQa = bare.length <= 20_000 ? NUMBERED_QA.exec(bare)?.groups : undefined;
	// (A letter so is an outline's item, `A. 事業の概要`, unless its words are sentences.)
	if (numberedQa && JAPANESE_SPEECH.test(numberedQa.text ?? '') && (numberedQa.letter === undefined || /[。？?！]/u.test(numberedQa.text ?? ''))) {
		return qaTurn(numberedQa.word ?? numberedQa.letter ?? '', trimSpaces(numberedQa.text ?? ''), context.asker ?? null, context);
	}
	const colon = /[：:]/u.test(bare.slice(1, 31)) ? /^(?<label>[^：:]{1,30})[：:][\s\u3000]*(?<text>.*)$/u.exec(bare) : null;
	const colonLabel = trimSpaces(colon?.groups?.label ?? '');
	const surname = inRoll(colonLabel, context) || COLLECTIVE_SPEAKER.test(colonLabel) || ((PUBLIC_SPEAKER.test(colonLabel) || GOVERNMENT_SIDE.test(colonLabel) || PART_MEMBER.test(matchForm(colonLabel))) && JAPANESE_SPEECH.test(trimSpaces(colon?.groups?.text ?? '')));
	if (colon?.groups && QA_LABEL.test(colonLabel) && trimSpaces(colon.groups.text ?? '') !== '') return qaTurn(colonLabel, trimSpaces(colon.groups.text ?? ''), context.asker ?? null, context);
	// `正会員南：子ども食堂の…`: a member of the floor and their surname written as one word, read as `正会員 南` is.
	const gluedFloor = colon?.groups ? GLUED_FLOOR_MEMBER.exec(colonLabel)?.groups : undefined;
	if (gluedFloor && !FLOOR_COUNT.test(gluedFloor.name ?? '') && !ROLE_TITLES.some((role) => (gluedFloor.name ?? '').endsWith(role)) && JAPANESE_SPEECH.test(trimSpaces(colon?.groups?.text ?? ''))) {
		return { kind: 'speaker', label: `${gluedFloor.role ?? ''} ${gluedFloor.name ?? ''}`, text: trimSpaces(colon?.groups?.text ?? '') };
	}
	// `Q1(5班 会員)：…`, `質問(305号室)：…`, `回答(吉岡)：…`, `意見(612号室)：…`: what the turn is, and who in brackets (a
	// residents' group's or an owners' association's Q&A); `吉岡(管理会社)：…`: a surname and the organisation it speaks for.
	const colonText = trimSpaces(colon?.groups?.text ?? '');
	if (colon?.groups && isTypedTurn(colonLabel) && JAPANESE_SPEECH.test(colonText)) return { kind: 'speaker', label: colonLabel, text: colonText };
	const colonParts = colon?.groups && /[（(]/u.test(colonLabel) ? parseNameLabel(colonLabel) : null;
	if (colonParts?.name && colonParts.affiliation && colonParts.title === null && isOrganisation(colonParts.affiliation) && SURNAME.test(colonParts.name) && JAPANESE_SPEECH.test(colonText)) {
		return { kind: 'speaker', label: colonLabel, text: colonText };
	}
	// `会社(森田)：4月の時間外は…`, `組合(村上)：…`: a side of the table and who speaks for it (a labour-management council's
	// record): that person, of that side (`森田（会社）`).
	const forSide = colon?.groups ? SIDE_AND_WHO.exec(colonLabel)?.groups : undefined;
	if (forSide && JAPANESE_SPEECH.test(colonText)) return { kind: 'speaker', label: `${forSide.who ?? ''}（${forSide.side ?? ''}）`, text: colonText };
	// `1部(岩崎部長):…`, `2班(古賀班長)：…`: a part of the body and who speaks for it in brackets, as an association's 総会
	// records each part's report: that person, of that part (`岩崎部長（1部）`).
	const forPart = colon?.groups ? PART_SPEAKER.exec(colonLabel)?.groups : undefined;
	if (forPart && isSpeakerLabel(forPart.who ?? '') && parseNameLabel(forPart.who ?? '').name !== null && JAPANESE_SPEECH.test(colonText)) {
		return { kind: 'speaker', label: `${forPart.who ?? ''}（${forPart.part ?? ''}）`, text: colonText };
	}
	// `まちづくり推進部長:` alone on its line over the words: an official's post speaks as a label alone does.
	if (colon?.groups && colonText === '' && line === bare && isPostLabel(colonLabel)) return { kind: 'speaker', label: colonLabel, text: null, bare: true };
	// `話者 1 (00:00:01): …`, `山田 太郎 [00:01:23]: …` (a transcription app's export): who speaks, the time into the recording
	// after the name, then the words; the time stays at their start, as it does after `[00:00:05] 中島 浩平:`.
	// (Only a numbered speaker, a full name, a speaker's label or a name in Latin letters: `集合 (9:00): …` is a schedule's line.)
	// (A speaker kept anonymous by a letter, `話者A [0:03]: …`, speaks as a numbered one does.)
	const nameTime = nameTimeTurn(bare);
	if (nameTime) return { kind: 'speaker', label: nameTime.label, text: `${nameTime.time} ${nameTime.text}` };
	// (`市長: 松下 恭一`, a post and who holds it, is a roll's entry.)
	// (`話者1: …`, `Speaker 2: …`: a transcription app's numbered speaker speaks so.)
	if (colon?.groups && !isSpacedFullName(trimSpaces(colon.groups.text ?? '')) && (surname || isAnonymousLabel(colonLabel) || (isNumberedSpeaker(colonLabel) && colonText !== '') || (isPostLabel(colonLabel) && JAPANESE_SPEECH.test(trimSpaces(colon.groups.text ?? ''))) || (isSpeakerLabel(colon.groups.label ?? '') && (parseNameLabel(colon.groups.label ?? '').name !== null || OFFICE_SPEAKERS.test(trimSpaces(colon.groups.label ?? '')) || FLOOR_SPEAKER.test(colonLabel) || SEAT_LABEL.test(matchForm(colonLabel)) || SURNAMED_OFFICE.test(colonLabel))))) {
		const text = trimSpaces(colon.groups.text ?? '');
		return { kind: 'speaker', label: trimSpaces(colon.groups.label ?? ''), text: text === '' ? null : text };
	}

	// `議　長(三浦房)　ほかに…`: the post padded as the column's other labels are, who holds it in brackets.
	const paddedWho = PADDED_BRACKETED_LABEL.exec(raw.trimEnd())?.groups;
	if (paddedWho) {
		const label = `${(paddedWho.post ?? '').replace(/[\s\u3000]/gu, '')}${paddedWho.who ?? ''}`;
		const text = trimSpaces(paddedWho.text ?? '');
		if (isSpeakerLabel(label) && JAPANESE_SPEECH.test(text) && !isNameRow(text)) return { kind: 'speaker', label, text };
	}
	// `議　　長　　皆様…`, `４　　番　　２件目の…`: a label padded to the width of the column, then a wide gap and the speech.
	// (`議　　長　報告第1号について…`: padded wider than the gap after it, as an agricultural committee's 総会 sets its labels.)
	const padded = (PADDED_LABEL.exec(raw.trimEnd()) ?? PADDED_LABEL_NARROW_GAP.exec(raw.trimEnd()))?.groups;
	if (padded) {
		const label = (padded.label ?? '').replace(/[\s\u3000]/gu, '');
		const text = trimSpaces(padded.text ?? '');
		if ((isSpeakerLabel(label) || isPostLabel(label)) && JAPANESE_SPEECH.test(text) && !isNameRow(text)) return { kind: 'speaker', label, text };
	}
	// `議長　山田　　ただいまから…`: a post and its holder's name, then a wider gap and the words: the label `議長（山田）` (the name had
	// opened the words of a turn of the post alone).
	const postName = POST_NAME_THEN_WORDS.exec(raw.trimEnd())?.groups;
	if (postName) {
		const parts = parseNameLabel(`${postName.post}\u3000${postName.name}`);
		const label = `${postName.post}（${postName.name}）`;
		const text = trimSpaces(postName.text ?? '');
		// (A surname of one letter, `議員　関`, that the roll lists: the words as well read so.)
		const listed = context.surnames?.has(postName.name ?? '') === true && (!atMostCharacters(postName.name ?? '', 1) || context.oneLetterSurnames?.has(postName.name ?? '') === true);
		const held = ((parts.name !== null && parts.title !== null && parts.affiliation === null) || listed) && parseNameLabel(postName.name ?? '').title === null;
		if (held && (isSpeakerLabel(postName.post ?? '') || isPostLabel(postName.post ?? '') || ROLE_TITLES.includes(postName.post ?? '') || CHAMBER_SEAT.test(postName.post ?? '')) && JAPANESE_SPEECH.test(text) && !isNameRow(text)) return { kind: 'speaker', label, text };
	}
	// 大橋座長　本文 / Ａ委員　本文 (unmarked: a full-width space after the label, at the start of the line, maybe indented
	// as a 要点筆記 indents its `　委員　…` / `　執行部　…` lines).
	const indented = /^[ \u3000]/u.test(raw);
	// (Looked for only where a full-width space stands within a label's reach: the pattern reads the words to the line's end.)
	const unmarked = raw.slice(1, 40).includes('\u3000') ? UNMARKED.exec(raw.trimEnd().replace(/^[ \u3000]{1,2}(?=\S)/u, '')) : null;
	// (Indented, the words must be speech: `　理事　佐野　博之（重任）` is a roll's line, and words going on with a particle,
	// `　山田座長　の御提案どおり…`, text that names someone.)
	const spoken = (text: string) => JAPANESE_SPEECH.test(text) && !/^[のをにがはとへでもや、]/u.test(text);
	// (Nor is a sentence of the record that names who did what: `代表理事　渡辺　昌平 より資料に基づき報告があった。`, `理事　吉田 より
	// 報告。`, the post before a name set apart from より; `議長に代議員　岸本…を選出した。`, a label with a particle between its words.)
	const told = (label: string, text: string) => NAME_APART_THEN_FROM.test(text) || !speaksBeforeColon(label, text);
	if (unmarked?.groups && (!indented || spoken(trimSpaces(unmarked.groups.text ?? ''))) && !told(unmarked.groups.label ?? '', trimSpaces(unmarked.groups.text ?? ''))) {
		const label = unmarked.groups.label ?? '';
		const text = trimSpaces(unmarked.groups.text ?? '');
		if (QA_LABEL.test(label) && text !== '') return qaTurn(label, text, context.asker ?? null, context);
		// (`環境課長　資料1について…`, `答（高齢者福祉課長）　…`: an official's post alone speaks so too, when its words are speech.)
		// (So does one of the public numbered or lettered, `公述人1　…`, `参加者Ａ　…`.)
		// (And a question or an answer by a role or the office answering, unnamed: `Ｑ（委員）　…`, `Ａ（事務局）　…`, as a 部会's 議事要旨
		// sets its 質疑; they had been paragraphs.)
		const who = typedTurnWho(label) ?? '';
		const post = (isPostLabel(label) || isPostLabel(who) || (who !== '' && (ROLE_TITLES.includes(who) || ANSWERER.test(who))) || (PUBLIC_SPEAKER.test(label) && /[A-ZＡ-Ｚ0-9０-９]$/u.test(label))) && spoken(text);
		if ((isSpeakerLabel(label) || isAnonymousLabel(label) || post || (context.surnames?.has(label) === true && (!atMostCharacters(label, 1) || context.oneLetterSurnames?.has(label) === true))) && !isNameRow(text)) return { kind: 'speaker', label, text };
	}
	// 会長<TAB>本日は… (a table's columns copied as text: the speaker in the first).
	const tabbed = raw.slice(1, 31).includes('\t') ? TABBED.exec(raw.trimEnd())?.groups : undefined;
	if (tabbed && speaksAs(tabbed.label ?? '', context)) return { kind: 'speaker', label: tabbed.label ?? '', text: trimSpaces(tabbed.text ?? '') };
	// [00:00:05] 中島 浩平: おはようございます。 (an online meeting's transcript: the time, the speaker's name, the words; the time stays with them).
	const timed = TIMED_TURN.exec(line)?.groups;
	// A schedule's line (`13:00 開会：挨拶`, `14:30 休憩：10分`) names a part of the meeting, not a speaker.
	// (Nor do words with a clock time in them, `[0:00:03] 当日の集合は15:30で…`, a caption without a speaker.)
	if (timed && !HEADING_WORDS.test(timed.label ?? '') && !/休憩|再開/u.test(timed.label ?? '') && speaksBeforeColon(trimSpaces(timed.label ?? ''), timed.text ?? '')) return { kind: 'speaker', label: trimSpaces(timed.label ?? ''), text: `${timed.time ?? ''} ${trimSpaces(timed.text ?? '')}` };
	// `久我 浩二   0:05` over the words (an online meeting's transcript as Teams writes it): the name speaks, the time stays
	// at the start of the words.
	const stamped = line === bare ? stampedName(line) : null;
	if (stamped) return { kind: 'speaker', label: stamped.label, text: stamped.time, bare: true };
	// 荒井委員長 それでは… (a PDF's text or a typed record: a half-width space after a person's label, Japanese speech after it).
	// (The label found on the line's start alone: a pattern over the whole of a megabyte's line overflows the stack.)
	const halfLabel = HALF_LABEL.exec(raw.slice(0, 64));
	if (halfLabel) {
		const label = halfLabel.groups?.label ?? '';
		const text = trimSpaces(raw.slice(halfLabel[0].length));
		// (`岡野 健司庶務担当理事より,…報告された。`: the space is inside a participant's full name, and the line tells of them.)
		// (`宇野 正樹会長より,…報告された。`: the rest of a full name and a post, then より or から: the minutes tell of them.)
		if (speaksAs(label, context) && JAPANESE_SPEECH.test(text) && !isNameRow(text) && !TOLD_OF.test(text) && !opensWithFullName(label, text, context)) return { kind: 'speaker', label, text };
		// `Q 代表幹事(時事通信)` / `A 知事` alone over the words (a press conference's record): who asks or answers.
		if (QA_LABEL.test(label) && isWhoAlone(label, text)) return qaTurn(label, text, context.asker ?? null, context);
	}
	// `・…おそれがある。（長谷川部会長）`, `→　…検討する。（事務局）`, `・…。（就農・女性課長）`: a summary's point with its
	// speaker (a person, or a post alone) after it (before
	// the bare label below, which would take a point without a comma for a label with a bracket).
	const attributed = attributedPoint(line) ?? unstoppedPoint(line, context);
	// (An answer after an arrow may be an organisation's: `→　約３割である。（データ流通推進協議会）`.)
	const answering = attributed !== null && /^[→⇒]/u.test(line) && isOrganisation(attributed.label);
	if (attributed && (isSpeakerLabel(attributed.label) || isAnonymousLabel(attributed.label) || isPostLabel(attributed.label) || POINT_SPEAKER.test(attributed.label) || answering)) return { kind: 'speaker', label: trimSpaces(attributed.label), text: attributed.text, attributed: true };
	// 大橋座長 / 事務局 / Ａ委員 / 西野(大) (a participant) alone on its line (speech on the next lines).
	// (A point of a list, `・防犯灯の見積り依頼(田中さん)`, is never one.)
	// (A post alone too, `都市整備部長` over the city's answer, as a blog's copy of a member's questions writes it.)
	if (line === bare && !/^[・･●•]/u.test(line) && (isSpeakerLabel(line) || isAnonymousLabel(line) || isParticipant(line, context) || isPostLabel(line) || context.introduced?.has(line) === true) && !/[\s\u3000]/u.test(line)) return { kind: 'speaker', label: line, text: null, bare: true };
	// `番外　三宅町長`, `番外　岡田総務課長` alone over the words: one who speaks from outside the members' seats, as a town's
	// record typed in Word labels the officials (the label without 番外, as `○番外（市長…君）` reads); `４　番　藤井議員`, a member
	// by seat padded to the column and the name (`４番（藤井議員）`). (They had run into the chair's words above.)
	const outside = line === bare ? OUTSIDE_SEATS_ALONE.exec(line)?.groups : undefined;
	if (outside?.label && (isSpeakerLabel(outside.label) || isPostLabel(outside.label))) return { kind: 'speaker', label: outside.label, text: null, bare: true };
	const seatAlone = line === bare ? PADDED_SEAT_ALONE.exec(line)?.groups : undefined;
	if (seatAlone) return { kind: 'speaker', label: `${seatAlone.seat}番（${seatAlone.who}）`, text: null, bare: true };
	// `議　長` / `会　長` alone, the words below (an agricultural committee's template sets the post a letter apart in its
	// column): the post without the spaces, as `議　長：…` reads.
	if (line === bare && PADDED_LABEL_ALONE.test(line)) {
		const label = line.replace(/[ \u3000]/gu, '');
		if (isSpeakerLabel(label) || isPostLabel(label)) return { kind: 'speaker', label, text: null, bare: true };
	}
	// `議   長`, `事 務 局 次 長` alone, the words below after a blank line (a 合併協議会's web page, each post padded to its
	// column by half-width spaces): a post alone, no one named, as `議　長` reads (they had run into the turn above).
	if (line === bare && line.length <= 24 && WIDE_PADDED_POST_ALONE.test(line)) {
		const label = line.replace(/[ \u3000]/gu, '');
		if (parseNameLabel(label).name === null && (isSpeakerLabel(label) || isPostLabel(label))) return { kind: 'speaker', label, text: null, bare: true };
	}
	// `委員一同` / `異議なし。`: the members answering at once, alone over their words (as `(一同)異議なし。` is everyone's).
	if (line === bare && line.length >= 3 && COLLECTIVE_SPEAKER.test(line)) return { kind: 'speaker', label: line, text: null, bare: true };
	// ○ 主な意見 (not a speaker): a point of a summary.
	if (/^[○〇◯]/u.test(line)) return { kind: 'item', text: line };
	// `- 大臣:` over `- 本日の閣議ですが…` (a page's list of who speaks and what, saved as text): the label alone, the words below.
	const listed = /^-[\s\u3000]+(?<label>[^\s\u3000:：]{1,20})[:：]$/u.exec(line)?.groups?.label;
	if (listed !== undefined && isSpeakerLabel(listed)) return { kind: 'speaker', label: listed, text: null };
	if (/^-[\s\u3000]/u.test(line)) return { kind: 'item', text: trimSpaces(line.slice(1)) };
	// `● 次回開催について`: a topic's heading marked ● (the item of business it names), not a bullet of the remark above it.
	const topic = /^[●◆][\s\u3000]*(?<title>[^\s\u3000。、].{0,29})$/u.exec(line)?.groups?.title;
	if (topic && !topic.includes('。') && /(?:について|の件|その他|報告|連絡事項|予定)$/u.test(topic)) return { kind: 'heading', title: trimSpaces(topic), number: null };
	if (/^[・●•]/u.test(line)) return { kind: 'item', text: line };
	return { kind: 'paragraph', text: line };
}

/**
 * A short name before a colon at a line's start: `中田:定刻となりました。`, `小林：事務局の小林でございます。`, `住民 : …`,
 * `みなみ野市 : …`, or a full name with a space in it (`田中 一郎：…`, as notes typed without a roll write it); casual notes'
 * points too, after a bullet or an arrow and with an honorific (`・田中：…`, `→山田さん：…`).
 */
const COLON_NAME = /^[\s\u3000]*(?:[・･•→⇒][\s\u3000]*)?(?<name>[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,5}|[\p{Script=Han}々ヶ]{1,4}|[\p{Script=Katakana}ー]{2,8}|[\p{Script=Hiragana}\p{Script=Han}々ヶ]{1,5}[\p{Script=Han}])(?:さん|くん)?[ \u3000]?[:：][ \u3000]?(?=\S)/u;
/** A point of casual notes by a name before a colon, after a bullet or an arrow, maybe with an honorific: `・田中：…`, `→山田さん：…`. */
const POINT_BY_NAME = /^[ \t\u3000]*[•・･→⇒][ \t\u3000]*(?<name>[^\s\u3000:：（()）]{1,8}?)(?:さん|くん|君|氏)?[ \t\u3000]*[:：][ \t\u3000]*(?<text>\S.*)$/u;

/** Who made a point of casual notes and the words (`・田中：参加者28人で過去最多！` → 田中), or null for any other line. */
export function pointByName(line: string): { name: string; text: string } | null {
	const found = line.length <= 20_000 ? POINT_BY_NAME.exec(line)?.groups : undefined;
	return found ? { name: found.name ?? '', text: found.text ?? '' } : null;
}

/** How often a name must open a line before a colon, and how many names must, for them to be the text's speakers. */
const COLON_TURNS = { each: 2, names: 2, lines: 4 };
/** … or, in a short record, how many lines of speech: one name twice and another at least once (`田中一郎：…` / `佐藤花子：…` / `田中一郎：…`). */
const SHORT_COLON_TURNS = 3;

/**
 * The names that open lines before a colon, when some do again and again (`中田:…`, `望月:…`, `小林:…`), as minutes that list
 * no roll write their speakers: two names twice at least, four lines in all, and then every such name of two letters or
 * more; or, for a short record, one name twice and another once, each of the three lines speech (a sentence after the
 * colon); empty otherwise. A header's field (`日時:`, `会場:`) is none of them.
 */
export function recurringColonNames(lines: readonly SourceLine[]): Set<string> {
	const counts = new Map<string, number>();
	/** Lines of speech (a sentence after the colon) per name. */
	const spoken = new Map<string, number>();
	for (const source of lines) {
		const head = COLON_NAME.exec(source.text.slice(0, 20));
		const name = head?.groups?.name;
		// (Nor is a count's label, `理事総数：８名`.)
		if (!name || isFieldWord(name) || (source.text.length <= 60 && COUNT_FIELD.test(matchForm(trimSpaces(source.text))))) continue;
		counts.set(name, (counts.get(name) ?? 0) + 1);
		if (source.text.length <= 20_000 && JAPANESE_SPEECH.test(source.text.slice(head[0].length))) spoken.set(name, (spoken.get(name) ?? 0) + 1);
	}
	const recurring = [...counts].filter(([, count]) => count >= COLON_TURNS.each);
	const total = recurring.reduce((sum, [, count]) => sum + count, 0);
	// Then a name that speaks once in such minutes (`山内:岐阜県の山内です。…`) is a speaker too; a one-letter name only if it recurs.
	const named = (): Set<string> => new Set([...counts].filter(([name, count]) => count >= COLON_TURNS.each || [...name].length >= 2).map(([name]) => name));
	if (recurring.length >= COLON_TURNS.names && total >= COLON_TURNS.lines) return named();
	const speakers = [...spoken].filter(([name, count]) => count >= COLON_TURNS.each || [...name].length >= 2);
	const short = speakers.some(([, count]) => count >= COLON_TURNS.each) && speakers.length >= 2 && speakers.reduce((sum, [, count]) => sum + count, 0) >= SHORT_COLON_TURNS;
	return short ? new Set(speakers.map(([name]) => name)) : new Set();
}

/**
 * The circled numbers that introduce people (`①　子どもは１歳３か月。ひろさき出身。` … `⑤　…` under `出席者紹介`, as a town's
 * talk with residents numbers them) and later stand alone on a line over what that person says (`①` / `転勤で来たので…`).
 * Two introduced at least, one of them alone later.
 */
export function introducedMarks(lines: readonly SourceLine[]): Set<string> {
	const introduced = new Set<string>();
	const alone = new Set<string>();
	for (const source of lines) {
		const text = trimSpaces(source.text);
		const opening = /^(?<mark>[①-⑳])[\s\u3000]+\S/u.exec(text)?.groups?.mark;
		if (opening !== undefined && !alone.has(opening)) introduced.add(opening);
		if (/^[①-⑳]$/u.test(text) && introduced.has(text)) alone.add(text);
	}
	return introduced.size >= 2 ? alone : new Set();
}

/**
 * The names a text without a roll writes its speakers with: before a colon (`中田:…`), alone over the words (`大橋ゆう`), or
 * before an ideographic space and the words (`森下　時間になりましたので…`).
 */
export function recurringSpeakers(lines: readonly SourceLine[]): Set<string> {
	return new Set([...recurringColonNames(lines), ...recurringLoneNames(lines), ...recurringSpacedNames(lines), ...closingQaNames(lines)]);
}

/** A question or an answer closed by a name of two to four letters in brackets: `Q：…変わりましたか。（大島）`, `回答：…行います。（高島）`. */
const QA_CLOSED_BY_NAME = /^(?:[QＱAＡ][0-9０-９]{0,3}|質問|回答|問|答)[\s\u3000]*[：:．.][^（()）]*?[。？?！!][\s\u3000]*[（(](?<name>[\p{Script=Han}々ヶ]{2,4})[）)][\s\u3000]*$/u;
/** How many such lines, with how many names, make them the record's way of saying who asks and answers. */
const QA_CLOSING = { lines: 3, names: 2 } as const;

/**
 * The names a Q&A record closes its questions and answers with (`Q：…（大島）` / `A：…（吉永）` / `Q：…（今村）`), when at least
 * three lines and two names are so written: who asks or answers, though the roll lists no one by name. A word that closes an
 * answer as its state (`（検討中）`) is none of them: such lines name no second word.
 */
function closingQaNames(lines: readonly SourceLine[]): Set<string> {
	const names: string[] = [];
	for (const source of lines) {
		if (source.text.length > 2_000) continue;
		const name = QA_CLOSED_BY_NAME.exec(trimSpaces(source.text))?.groups?.name;
		if (name && !isFieldWord(name)) names.push(name);
	}
	return names.length >= QA_CLOSING.lines && new Set(names).size >= QA_CLOSING.names ? new Set(names) : new Set();
}

/** A surname at a line's start, an ideographic space, then the words (`森下　時間になりましたので…`, as a society's 総会記録 writes turns). */
const SPACED_NAME = /^(?<name>[\p{Script=Han}々ヶ]{2,4})\u3000(?=[^\s\u3000])/u;
/** How many names must recur, how often each, and over how many lines, for such lines to be turns. */
const SPACED_TURNS = { names: 2, each: 2, lines: 5 } as const;

/**
 * The surnames that open lines before an ideographic space and a sentence again and again, in a record whose roll is a
 * head count (`出席者：212名`): two names twice at least, five such lines in all, and then every name so written.
 * A header's field word is none of them.
 */
function recurringSpacedNames(lines: readonly SourceLine[]): Set<string> {
	const counts = new Map<string, number>();
	for (const source of lines) {
		const head = SPACED_NAME.exec(source.text.slice(0, 8));
		const name = head?.groups?.name;
		if (!name || isFieldWord(name) || source.text.length > 20_000 || !JAPANESE_SPEECH.test(source.text.slice(head[0].length)) || !/[。？?]/u.test(source.text)) continue;
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	const recurring = [...counts].filter(([, count]) => count >= SPACED_TURNS.each);
	const total = [...counts].reduce((sum, [, count]) => sum + count, 0);
	return recurring.length >= SPACED_TURNS.names && total >= SPACED_TURNS.lines ? new Set(counts.keys()) : new Set();
}

/** A name alone on its line (`大橋ゆう`): letters of a Japanese name only, no mark, no sentence. */
const LONE_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{2,8}$/u;
/** How often a lone name must stand over the words to be a speaker. */
const LONE_NAME_TURNS = 3;

/**
 * Names alone on their lines between blank lines, each over words (a sentence), that recur at least three times: a
 * blog's or a web page's copy of a committee's questions (`大橋ゆう` / blank / the question / … / `(市の答弁)` / …).
 * A header's field word is none of them.
 */
function recurringLoneNames(lines: readonly SourceLine[]): Set<string> {
	const counts = new Map<string, number>();
	lines.forEach((source, index) => {
		const name = trimSpaces(source.text);
		if (!LONE_NAME.test(name) || isFieldWord(name) || (lines[index - 1]?.text.trim() ?? '') !== '' || (lines[index + 1]?.text.trim() ?? '') !== '') return;
		const next = lines[nextNonBlank(lines, index + 1)];
		if (next && /[。？?]/u.test(next.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
	});
	return new Set([...counts].filter(([, count]) => count >= LONE_NAME_TURNS).map(([name]) => name));
}

/** A header field's or a note's word, never a speaker's name: `日時`, `場所`, `備考`, `注`. */
function isFieldWord(name: string): boolean {
	// (`審議結果：承認`, `決定事項：…`, `配付資料：…`: a field's word ends as a name does not; nor do a board's counts, `定足数：…`,
	// `出席者数：…`, `委任状：…`, `議決権：…`.)
	if (/(?:結果|事項|内容|資料|方法|予定|状況|理由|方針|課題|意見|要望|質問|回答|報告|説明|議題|議案|決定|確認|件名|番号|時間|日時|場所|会場|数|委任状|議決権)$/u.test(name)) return true;
	return /^(?:備考|注|注記|補足|結論|決定|決定事項|議題|内容|質問|回答|意見|要望|報告|説明|結果|理由|目的|趣旨|概要|対象|期間|期限|場所|会場|時間|日時|開催日|開催日時|会議名|日程|参加|参加者|出席|出席者|欠席|欠席者|記録|記録者|書記|司会|議長|連絡|問|答|次回|今後|開会|閉会|議事|協議|審議|配布|配付|添付|別紙|参考|担当|期日|日付|時刻|会議|題名|名称|宿題|課題|事務連絡|その他)$/u.test(name);
}
