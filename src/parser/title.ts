/** Reading the title line: the series (body), the session number and the kind of document. */
import { matchForm, matchFormWithMap, originalSlice, stripDecoration, trimSpaces, withOldForms } from './normalize.ts';
import { parseNumeral } from './numerals.ts';

/** `（第42回）`, `(第９回)`, `第四十二回` on the NFKC form. */
const SESSION = /\(?\s*第\s*(?<number>[0-9]+|[〇一二三四五六七八九十百]+)\s*回\s*\)?/u;
/** Words that name minutes, left out of the series: 議事要旨, 議事録, 議事概要. */
const MINUTES_WORDS = withOldForms(/議事要旨|議事要録|議事録|議事概要/u);
/** Those words at the end of the body's name (`文学部教授会議事録`). */
const TRAILING_MINUTES_WORDS = new RegExp(`[\\s\\u3000]*(?:${MINUTES_WORDS.source})$`, 'u');
/** Words that make a document minutes: those, and the record words of assemblies and committees (`会議録`, `委員会記録`, `速記録`, `会議結果`, `会議要旨`, `議事メモ`). */
const KIND_WORDS = /議事要旨|議事要録|議事録|トランスクリプト|文字起こし|(?<![A-Za-z])Transcript(?![a-z])|トーク履歴|チャット履歴|議事概要|議事の(?:概要|要旨)|会議録|記録|会議概要|会議要旨|会議結果|開催概要|開催結果|審議結果|議事メモ|会議メモ/u;
/** A fiscal year before the session (`令和６年度　第２回　…`): when the meeting is, not who meets. */
const FISCAL_YEAR = withOldForms(/^[\s\u3000]*(?:(?:令和|平成|昭和|大正|明治)[\s\u3000]*(?:[0-9０-９]{1,2}|元|[一二三四五六七八九十]{1,3})|[0-9０-９]{4})[\s\u3000]*年度[\s\u3000]*/u);
/**
 * When the meeting is, inside the body's name: a fiscal year (`令和６年度`, `2023年度`) or a year and month with the
 * term after it (`令和６年１１月（第１期）`), or with 度 as a month's sitting is named (`令和６年７月度　役員会`). A body meets under one name every year, so its series leaves them out.
 */
const PERIOD_INSIDE = withOldForms(/[\s\u3000]*(?:(?:(?:令和|平成|昭和|大正|明治)[\s\u3000]*(?:[0-9０-９]{1,2}|元|[一二三四五六七八九十]{1,3})|[0-9０-９]{4})[\s\u3000]*年度|(?:(?:令和|平成|昭和)[\s\u3000]*(?:[0-9０-９]{1,2}|元)|[0-9０-９]{4})[\s\u3000]*年[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*月(?![\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*日)度?(?:[（(]第[0-9０-９]{1,2}期[）)])?|第[0-9０-９]{1,3}期(?:[（(](?:令和|平成|昭和|[0-9０-９]{4})[^（()）]{0,12}[）)])?(?=[\s\u3000]|$|第[0-9０-９]{1,3}回|(?:定時|臨時|通常)?(?:株主)?総会|理事会|取締役会|役員会))(?=[\s\u3000]|[^\s\u3000]|$)/gu);

/**
 * A whole date inside the body's name (`中央社会保険医療協議会総会平成18年11月15日`, a web page's title), in the Western
 * year too, or as a wiki names its pages (`日本オープンデータ推進協会 : 2024-10-05 理事会議事録`, `2024年10月5日 理事会議事録`); those two
 * not in brackets, which go whole with the time after the day (`(2024-10-08 19:30 GMT+9) の文字起こし`).
 */
const DAY_INSIDE = withOldForms(/(?:(?:令和|平成|昭和)[\s\u3000]*(?:[0-9０-９]{1,2}|元)|(?<![（(][\s\u3000]*)[0-9０-９]{4})[\s\u3000]*年[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*月[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*日(?:[（(][^（）()]{1,4}[）)])?(?:[\s\u3000]*開催)?|(?<![0-9０-９]|[（(][\s\u3000]*)[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])/gu);
/** The year a page of sittings covers, in brackets after the body's name: `(令和6年開催分)`, `（令和６年度）`, `(2024年分)`. */
const YEAR_BRACKET = withOldForms(/[（(][\s\u3000]*(?:(?:令和|平成|昭和)[\s\u3000]*(?:[0-9０-９]{1,2}|元)|[0-9０-９]{4})[\s\u3000]*年度?(?:開催分|開催|分)?[\s\u3000]*[）)]/gu);
/** A body's name, then its day between slashes: `知事記者会見(定例記者会見)/令和6年6月4日/…`. */
const SLASHED_DAY = new RegExp(`^(?<body>[^/／]{2,60}?)[\\s\\u3000]*[/／][\\s\\u3000]*(?:${DAY_INSIDE.source})[\\s\\u3000]*(?:[/／]|$)`, 'u');
/** The body's name without the period it met in (`日本沿岸環境学会　2023年度　通常総会` → `日本沿岸環境学会　通常総会`); unchanged when nothing else is left. */
function withoutPeriod(name: string): string {
	// `知事記者会見(定例記者会見)/令和6年6月4日/庁議報告ほか`: a page's title of body, day and topics between slashes; the body is before the day.
	const slashed = SLASHED_DAY.exec(name)?.groups?.body;
	if (slashed !== undefined && trimSpaces(slashed) !== '') return trimSpaces(slashed);
	const kept = trimSpaces(name.replace(DAY_INSIDE, '').replace(YEAR_BRACKET, '').replace(PERIOD_INSIDE, (period, offset: number) => (offset === 0 ? '' : /^[\s\u3000]/u.test(period) ? period.match(/^[\s\u3000]/u)?.[0] ?? '' : '')));
	// `平成29年度 (2017年度)第11回…`: the brackets around a period written twice go with it.
	// `（定例）さくら市教育委員会`: the kind of sitting before the body's name goes too.
	const unbracketed = trimSpaces(kept.replace(/[（(〔［[][\s\u3000]*[）)〕］\]]/gu, '').replace(/^[（(](?:定例|臨時)会?[）)][\s\u3000]*/u, ''));
	return unbracketed === '' ? name : unbracketed.replace(/([\s\u3000])[\s\u3000]+/gu, '$1');
}
/** A day as an online meeting's app stamps it, maybe with the time and its zone: `2024-11-19 19:00 GMT+09:00`, `2025/01/14 10:00 JST`, `2024.05.18` (a regex source). */
const STAMPED_DAY = '[0-9]{4}[-/／.][0-9]{1,2}[-/／.][0-9]{1,2}(?:[\\s\\u3000]+[0-9]{1,2}:[0-9]{2})?(?:[\\s\\u3000]+(?:(?:GMT|UTC)[+-][0-9]{1,2}(?::?[0-9]{2})?|JST))?';
/** A bracket naming the day of the meeting after the title: `(令和６年６月２０日開催)`, `（2024年1月20日）`, `（R6.5.15）`, `(2024/05/18開催)`, Google Meet's `(2024-11-19 19:00 GMT+09:00)`, `(2024/08/21 14:00 JST)`. */
const DATE_BRACKET = withOldForms(new RegExp(`(?<![\\s\\u3000])[\\s\\u3000]*[（(](?:[^（()）]*[0-9０-９元一二三四五六七八九十]+[\\s\\u3000]*日[^（()）]*|[RHSＲＨＳ]?[0-9０-９]{1,4}[./．／][0-9０-９]{1,2}[./．／][0-9０-９]{1,2}(?:開催|実施)?|${STAMPED_DAY})[）)][\\s\\u3000]*(?:[-‐－―–][\\s\\u3000]*)?$`, 'u'));
/** The day between dashes after the name, as Google Meet names a transcript or notes in Japanese: `運営会議 - 2025/01/14 10:00 JST - 文字起こし`. */
const DASHED_DAY = new RegExp(`[\\s\\u3000]+[-‐－―–—][\\s\\u3000]*${STAMPED_DAY}[\\s\\u3000]*(?:[-‐－―–—][\\s\\u3000]*)?$`, 'u');
/** The day joined by an underscore after the name, as a recording app names its file and the transcript after it: `経営会議_2025.02.20`, `定例_20250220`. */
const UNDERSCORED_DAY = new RegExp(`_(?:${STAMPED_DAY}|[0-9]{8})$`, 'u');
/** The names of the note takers and transcription services that name their notes after the meeting: `tl;dv`, `Otter.ai`, `Notta`. */
const NOTE_TAKER = String.raw`tl;dv|Otter(?:\.ai)?|Notta|Rimo(?:[ ]Voice)?|CLOVA[ ]?Note|PLAUD(?:[ ]NOTE)?|Fireflies(?:\.ai)?|Read\.ai`;
/** Words at the end of a title that name the document, not the body: 審議結果, 会議録 (in brackets too, `地域福祉推進会議（会議録）`, as a town's page titles its record), a committee's questions (`質疑・質問`), `総務委員会記録`, `議会運営委員会速記録`, `広報委員会　議事メモ`, `縣會議事速記録` (old forms too), Teams' recap after a dash (`プロジェクト定例 - 会議の要約`), a note taker's name for its notes after a dash or in brackets (`営業定例 - tl;dv のメモ`, `運営会議 (Otter.ai)`). */
const DOCUMENT_WORDS = withOldForms(new RegExp(String.raw`[\s\u3000]*(?:審議結果|(?:一般)?質問要旨|質疑[・･]?質問|質問文書|審査記録|(?:行政)?視察報告書?|トランスクリプト|(?<![A-Za-z])Transcript|文字起こし|トーク履歴|チャット履歴|会議録|(?<=[会\s\u3000])会議記録|(?:議事)?速記録|記録|会議結果|会議概要|会議要旨|開催概要|開催結果|開催報告|開催状況|議事メモ|会議メモ|(?<=会)メモ|Gemini[\s\u3000]*によるメモ|(?<=[\s\u3000][-‐－―–—][\s\u3000]*)(?:(?:会議|ミーティング)の(?:要約|まとめ)|(?:${NOTE_TAKER})[\s\u3000]*(?:の|による|で作成した)?[\s\u3000]*(?:メモ|ノート|要約|議事録|[Nn]otes))|[\s\u3000]*[（(](?:${NOTE_TAKER})[）)]|[（(【［\[](?:会議録|会議記録|会議要旨|会議概要|会議結果|開催概要|開催結果|議事要旨|議事概要|議事録|議事メモ|会議メモ)[）)】］\]])[\s\u3000]*$`, 'u'));
/**
 * A bracket after the document's word that says what kind of record it is: `会議録（要点記録）`, `委員会記録（要点筆記）`, `（速報版）`,
 * a draft's `（案）`, and who or what wrote it, `議事録（AI要約）`, `（AI生成・未確認）`, `(自動生成)`.
 */
const RECORD_KIND = withOldForms(/[\s\u3000]*[（(](?:要点筆記|要点記録|要点|要旨|概要|抄録|抜粋|速報版?|未定稿|暫定版|確定版|テキスト版|PDF版|ＰＤＦ版|HTML版|ＨＴＭＬ版|音声読み上げ用|読み上げ用|決議の省略|書面決議|みなし決議|案|素案|(?:AI|ＡＩ)[^（()）]{0,12}|自動(?:生成|作成|要約)[^（()）]{0,8})[）)][\s\u3000]*$/u);
/** A title without the document's word at its end (`消費者契約に関する検討会（第１２回）` of `…（第１２回） 議事録`, `…速記録`). */
export function withoutMinutesWord(title: string): string {
	return trimSpaces(title.replace(DOCUMENT_WORDS, '').replace(TRAILING_MINUTES_WORDS, ''));
}

/** A title without such a bracket at its end (`自治会役員会 議事録（AI要約）` → `自治会役員会 議事録`). */
export function withoutRecordKind(title: string): string {
	return title.replace(RECORD_KIND, '');
}
/** The name of a sub-body after the session (`環境審議会第４２回企画部会`, `みなと県立大学　令和６年度第８回教育研究評議会`): part of the series (a 総会 or a 大会 is the body's own sitting, no part of it). */
const SUB_BODY = /(?:部会|分科会|小委員会|委員会|専門調査会|ワーキング・?グループ|WG|作業部会|理事会|役員会|幹事会|評議員会|運営会議|評議会|教授会|審議会|協議会|研究会|検討会|懇談会)$/u;
/** An association's or a company's general meeting: `通常総会`, `定時株主総会`, `臨時社員総会`, `通常総代会`; a union's `定期大会`, `臨時大会`. */
const GENERAL_MEETING = /^(?:(?:通常|定時|定期|臨時|年次)?(?:社員|株主|会員|組合員|代議員)?(?:総会|総代会)|(?:定期|臨時)大会)$/u;
/** An era's year (or fiscal year) at the end of the text before the session: ` 令和６年`, `令和六年度`. */
const TRAILING_YEAR = withOldForms(/(?:令和|平成|昭和)[\s\u3000]*(?:元|[0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})[\s\u3000]*年度?$/u);
/** An issuer line ends with the office that wrote it. */
const ISSUER_SUFFIX = /(?<![\s\u3000])[\s\u3000]*(?:事務局|事務室)$/u;

/** What the title tells about a document. */
export interface TitleInfo {
	/** The title without Markdown decoration. */
	title: string;
	series: string | null;
	session: number | null;
	kind: 'minutes' | 'document';
}

/** The minutes' word before the meeting's name, in brackets or before a colon or a space: `【議事録】`, `＜議事要旨＞`, `議事録：`, `議事録　`. */
const LEADING_DOCUMENT_WORD = /^(?:[【＜<〈《［\[](?:会議)?(?:議事録|議事要旨|議事概要|会議録|議事メモ)[】＞>〉》］\]]|(?:議事録|議事要旨|議事概要|会議録|議事メモ)(?:[\s\u3000]*[：:]|[\s\u3000](?=[\s\u3000]*[^\s\u3000（(])))[\s\u3000]*/u;
/** The stamp Teams gives a recording's transcript saved from Word, after the meeting's name: `-20240710_190012-会議の録音`, `-…-会議の記録`, `-…-会議のレコーディング`. */
const RECORDING_STAMP = /-[0-9]{8}_[0-9]{6}-(?:会議の録音|会議の記録|会議のレコーディング|会議のトランスクリプト|Meeting Recording|Meeting Transcript|Recording)$/iu;

/** The word for minutes in an English title, and `of the` after it: `Minutes of the …`, `… Meeting Minutes`. */
const ENGLISH_MINUTES_WORDS = /^(?:the[ \t]+)?minutes[ \t]+of[ \t]+(?:the[ \t]+)?|(?<=[A-Za-z])[ \t]+minutes$/iu;

/** A title in English without its word for minutes (`Board Meeting, …` of `Minutes of the Board Meeting, …`); any other title as it is. */
export function withoutEnglishMinutesWords(title: string): string {
	// (A bilingual title, `Minutes of the 7th Program Committee Meeting 第7回 プログラム委員会 議事録`, is read by its Japanese.)
	if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title)) return title;
	const english = ENGLISH_MINUTES_WORDS.exec(title);
	return english ? trimSpaces(title.slice(0, english.index) + title.slice(english.index + english[0].length)) : title;
}

/** The record's word spaced out to a line's width at the title's end, as a cover sets it under the name: `議　事　録`, `会 議 録`. */
const SPACED_KIND_WORD = /(?<=[\s\u3000])(?:議[\s\u3000]+事[\s\u3000]+(?:録|要[\s\u3000]+旨|概[\s\u3000]+要)|会[\s\u3000]+議[\s\u3000]+録)$/u;

/** How a copy of the minutes goes round, in brackets before the title: `［回覧］`, `【全戸配布】`, `（班回覧）`, `【保存版】`. */
const CIRCULATION_STAMP = /^[［【〔\[(（＜<〈][\s\u3000]*(?:全戸|班|組|会員)?(?:回[\s\u3000]*覧|配[\s\u3000]*布)(?:用|版)?[\s\u3000]*[］】〕\])）＞>〉][\s\u3000]*|^[［【〔\[][\s\u3000]*(?:保存|掲示)(?:用|版)[\s\u3000]*[］】〕\]][\s\u3000]*/u;
/** A line without such a stamp before it (`［回覧］　　あけぼの台連合自治会` → `あけぼの台連合自治会`). */
export function withoutCirculationStamp(text: string): string {
	return trimSpaces(text).replace(CIRCULATION_STAMP, '');
}

/** A title whole in lenticular brackets, a meeting's name and the record's word inside: `【…連合　第３回評議員会　議事要録】`. */
const ENCLOSED_TITLE = /^【(?<inner>[^【】]{4,100}(?:議事録|議事要録|議事要旨|議事概要|会議録|記録))】$/u;

/** Read series, session and kind from a title line; `issuer` (e.g. `…タスクフォース事務局`) names the series when the title has no session. */
export function readTitle(rawTitle: string, issuer: string | null): TitleInfo {
	const info = readTitleWords(rawTitle, issuer);
	const series = info.series;
	if (series === null) return info;
	// `委員長会議概要`, `部長会議録`: a meeting of the holders of a post, its 会議 read with the minutes word (the series had been
	// the post alone, 委員長); `議長会議 概要`: the word of the summary apart after the name is none of it.
	const at = matchForm(rawTitle).indexOf(`${matchForm(series)}会議`);
	if (/長$/u.test(series) && at >= 0 && !matchForm(series).endsWith('会議')) return { ...info, series: `${series}会議` };
	const unsummarised = series.replace(/[\s\u3000]+(?:概要|要旨|概要版)$/u, '');
	return unsummarised !== series && unsummarised !== '' ? { ...info, series: unsummarised, kind: 'minutes' } : info;
}

/** The reading of `readTitle` before the words it mends. */
function readTitleWords(rawTitle: string, issuer: string | null): TitleInfo {
	// `第 10 回 農 業 委 員 会 議 事 録`: a title set a letter apart (a text file's centred heading) reads and shows without the spaces.
	const letters = rawTitle.length <= 120 ? trimSpaces(rawTitle).split(/[ \u3000]/u) : [];
	if (letters.length >= 6 && letters.every((word) => [...word].length === 1 || /^[0-9０-９]{1,3}$/u.test(word))) return readTitle(letters.join(''), issuer);
	// `第４回　…研究会 議　事　録`: the word read without its spaces (it had been kept in the series); the title shows it as written.
	const spaced = SPACED_KIND_WORD.exec(rawTitle);
	if (spaced !== null) {
		const word = spaced[0].replace(/[\s\u3000]+/gu, '');
		const inner = readTitle(`${rawTitle.slice(0, spaced.index)}${word}`, issuer);
		return inner.title.endsWith(word) ? { ...inner, title: `${inner.title.slice(0, -word.length)}${spaced[0]}` } : inner;
	}
	// `商店会総会-20240710_190012-会議の録音` (Teams' recording saved from Word): a transcript, the stamp none of the body's name
	// nor of the title (the meeting had been titled by the recording's file name).
	const unstamped = rawTitle.replace(RECORDING_STAMP, '');
	if (unstamped !== rawTitle && unstamped.trim() !== '') return { ...readTitle(unstamped, issuer), kind: 'minutes' };
	// `【脳科学関連学会連合　第１回評議員会　議事要録】`: a title set whole in brackets (as a society's page heads its minutes) reads and
	// shows without them (the series had kept the opening bracket).
	const enclosed = ENCLOSED_TITLE.exec(trimSpaces(rawTitle))?.groups?.inner;
	if (enclosed !== undefined) return readTitle(enclosed, issuer);
	// `［回覧］令和６年度　第３回　…町内会　役員会議事録`, `【全戸配布】…`: how the copy goes round the households (a neighbourhood
	// association's minutes passed on the 回覧板), set before the meeting's name, is none of the title nor of the series (the series had
	// been the stamp alone, `［回覧］`).
	const uncirculated = withoutCirculationStamp(rawTitle);
	if (uncirculated !== '' && uncirculated !== trimSpaces(rawTitle)) return readTitle(uncirculated, issuer);
	const title = stripDecoration(rawTitle).text;
	// `【議事録】第3回 商店街振興会 役員会`, `議事録：…`: the document's word before the meeting's name is none of the body's name
	// (when a name follows it: `議事録 第3回` keeps its word as the series).
	const unled = title.replace(LEADING_DOCUMENT_WORD, '');
	if (unled !== title && unled !== '') {
		const inner = readTitle(unled, issuer);
		if (inner.series !== null) return { ...inner, title: unstampedTitle(title), kind: 'minutes' };
	}
	// `Minutes of the Board Meeting, …`, `Board Meeting Minutes`: minutes written in English name the meeting around the word.
	const named = withoutEnglishMinutesWords(title);
	if (named !== title && named !== '') return { ...readTitle(named, issuer), title: unstampedTitle(title), kind: 'minutes' };
	// (`令和 6年 9月12日総務常任委員会－09月12日－01号` is shown as `総務常任委員会 第1号`: the series is read from it as written.)
	const shown = unstampedTitle(title);
	const kind = KIND_WORDS.test(matchForm(title)) ? 'minutes' : 'document';
	const mapped = matchFormWithMap(title);
	const session = SESSION.exec(mapped.text);
	if (session?.groups) {
		const number = parseNumeral(session.groups.number ?? '');
		// `経済財政諮問会議（令和５年第１回）`: a bracket the session opened inside is not part of the body's name.
		let series = trimSpaces(originalSlice(title, mapped, 0, session.index).replace(FISCAL_YEAR, '').replace(LEADING_DAY, '').replace(OPEN_BRACKET_TAIL, ''));
		// `中野区教育委員会会議録 令和6年` / `第20回定例会` (two title lines): the year before the session, and the document's word
		// before the year, are none of the body's name.
		const yearless = trimSpaces(series.replace(TRAILING_YEAR, ''));
		if (yearless !== series && yearless !== '' && /[\s\u3000]$/u.test(series.replace(TRAILING_YEAR, ''))) series = trimSpaces(yearless.replace(MINUTES_WORDS, '').replace(DOCUMENT_WORDS, '')) || yearless;
		// What follows the session, without the minutes words and a bracketed meeting day.
		const after = trimSpaces(originalSlice(title, mapped, session.index + session[0].length).replace(DATE_BRACKET, '').replace(RECORD_KIND, '').replace(MINUTES_WORDS, '').replace(DOCUMENT_WORDS, '').replace(/[・･\-‐－―–][\s\u3000]*$/u, ''));
		// `第42回サイバーセキュリティタスクフォース 議事要旨`: the body follows the session.
		// (`令和 6年第 3回(閉会中)議会運営委員会−08月28日-01号`: a minutes system's sitting after it, and the recess the committee
		// sat in before it, are no part of the name.)
		if (series === '') series = bodyName(after).replace(RECESS, '');
		// `環境審議会第４２回企画部会`: the session sits inside the body's name.
		// (`ひまわり団地自治会　第２１回通常総会`: an association's or a company's general meeting after the session is kept as it is
		// without one, `令和６年度通常総会`, and as its 理事会 is; a committee's 総会, `農業委員会第3回定例総会`, is its ordinary sitting.)
		// (`令和６年度　議会運営委員会` / `第８回委員会（１１月１９日）`: the committee's own sitting, the word it ends with again, adds none.)
		else if (after !== '' && !/[\s\u3000]/u.test(after) && !series.endsWith(after) && (SUB_BODY.test(matchForm(after)) || (GENERAL_MEETING.test(matchForm(after)) && !/委員会$/u.test(series))) && !session[0].startsWith('(')) {
			// (`あおば区選挙管理委員会会議録` / `第4回定例委員会` on two lines: the document's word before it goes.)
			// (`新宿区選挙管理委員会会議録 令和６年` / `第３回定例委員会`: the year before the session is none of the body's name.)
			const before = originalSlice(title, mapped, 0, session.index + session[0].search(/第/u)).replace(TRAILING_YEAR, '');
			const gap = /(?<![\s\u3000])[\s\u3000]*$/u.exec(before)?.[0] ?? '';
			const unyeared = trimSpaces(series.replace(TRAILING_YEAR, ''));
			const body = trimSpaces(unyeared.replace(MINUTES_WORDS, '').replace(DOCUMENT_WORDS, '')) || unyeared || series;
			series = `${body}${gap}${after}`;
		}
		// `議会運営委員会記録（第５回）`: the document's word before the session is no part of the body's name either
		// (`学校運営協議会会議録(令和6年開催分)`: nor is it before the period the page covers).
		// (Nor is `議事録` before the session in brackets, `文学部教授会議事録（第８回）`.)
		series = withoutPeriod(series);
		const named = trimSpaces(series.replace(DOCUMENT_WORDS, '').replace(TRAILING_MINUTES_WORDS, ''));
		if (named !== '') series = named;
		series = tidySeries(series);
		return { title: shown, series: series === '' ? null : series, session: number !== null && number > 0 ? number : null, kind };
	}
	if (issuer) {
		const series = trimSpaces(stripDecoration(issuer).text.replace(ISSUER_SUFFIX, ''));
		if (series !== '') return { title: shown, series, session: null, kind };
	}
	// `決算特別委員会記録（総括質疑）`, `予算特別委員会会議録（部局審査）`: what the sitting did, in brackets after the document's
	// word, is none of the body's name.
	const qualified = QUALIFIED_RECORD.exec(title);
	if (qualified) {
		const inner = readTitle(title.slice(0, qualified.index), issuer);
		if (inner.series !== null) return { ...inner, title: shown, kind };
	}
	const unperiod = withoutPeriod(bodyName(trimSpaces(title.replace(MINUTES_WORDS, ''))));
	// (`学校運営協議会会議録(令和6年開催分)`: the document's word before the period the page covers goes too.)
	const series = tidySeries(trimSpaces(unperiod.replace(DOCUMENT_WORDS, '')) || unperiod);
	// `Weekly Rust-JP #23`: a meetup's or a study group's number after its name, as they number their sittings.
	const hashed = HASH_SESSION.exec(series);
	if (hashed?.groups) return { title: shown, series: trimSpaces(hashed.groups.name ?? ''), session: Number(hashed.groups.n), kind };
	return { title: shown, series: series === '' ? null : series, session: null, kind };
}

/** A bracket after a committee's document word (`…委員会記録（総括質疑）`, `…委員会会議録（第２日）`), with the word kept before it. */
const QUALIFIED_RECORD = /(?<=委員会(?:会議録|会議記録|記録|議事録))[\s\u3000]*[（(][^（()）]{1,30}[）)][\s\u3000]*$/u;

/** A number after a name, `#` before it: `Weekly Rust-JP #23`, `もくもく会 #5`. */
const HASH_SESSION = /^(?<name>[^#＃]{2,60}?)[\s\u3000]*[#＃](?<n>[1-9][0-9]{0,3})$/u;
/** Letters set a space apart, as a form centres a title (`農 業 委 員 会 議 事 録`). */
const SPACED_SERIES = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー][ \u3000]){3,}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;
/** The month's sitting in brackets after a board's name: `教育委員会議（１０月定例会）`, `(5月臨時会)`. */
const MONTH_SITTING = /[\s\u3000]*[（(][\s\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\s\u3000]*月[\s\u3000]*(?:定例会|臨時会|定例|臨時)[\s\u3000]*[）)]$/u;

/**
 * The series once read: letters set apart closed up (`農 業 委 員 会` → 農業委員会, its document word then left out), a
 * month's sitting after a board's name left out (`教育委員会議（１０月定例会）`), as is the kind of sitting after a
 * committee's name (`選挙管理委員会定例会`, `…臨時会`, `農業委員会　定例総会`: one board, whichever it held), and the `の` that named the document
 * (`プロジェクト定例 … の文字起こし`), or the dash before it (`広報委員会 - 文字起こし`). A board meets under one name every month.
 */
function tidySeries(name: string): string {
	let series = SPACED_SERIES.test(name) ? name.replace(/[ \u3000]/gu, '') : name;
	if (series !== name) series = trimSpaces(series.replace(MINUTES_WORDS, '').replace(DOCUMENT_WORDS, '')) || series;
	series = trimSpaces(series.replace(DECISION_OMITTED, '').replace(SESSION_BEFORE_ASSEMBLY, '').replace(OLD_SITTING_KIND, '').replace(MONTH_SITTING, '').replace(/(?<=委員会)(?:定例会|臨時会)$/u, '').replace(/(?<=委員会)[\s\u3000]*(?:定例|臨時)総会$/u, '').replace(MONTH_BEFORE_SITTING, '').replace(TRAILING_DAY, ''));
	// (`広報委員会 - 文字起こし`, as a meeting tool names its transcript: the dash before the document's word goes with it; a
	// wiki's colon between its space and the page, `日本オープンデータ推進協会 : 理事会`, as Confluence titles an exported page, too.)
	series = trimSpaces(series.replace(/(?<=\S)[\s\u3000]+[-‐－―–—|｜:：][\s\u3000]*$/u, '').replace(/(?<=\S)[\s\u3000]+[:：][\s\u3000]+(?=\S)/gu, ' '));
	if (/.[\s\u3000]*の$/u.test(series)) series = trimSpaces(series.replace(/[\s\u3000]*の$/u, '').replace(DATE_BRACKET, ''));
	// (`「医療ＤＸの推進に関する検討会」`, as a ministry quotes the name in `第３回「…検討会」議事録`: the body's name without the quotes.)
	const quoted = QUOTED_NAME.exec(series)?.groups;
	if (quoted) series = quoted.name ?? quoted.name2 ?? series;
	return series === '' ? name : series;
}

/**
 * The session's word left before an assembly's name once its month went (`令和６年２月定例会　みやび府議会　総務委員会`): one
 * committee, whichever session it sat in.
 */
const SESSION_BEFORE_ASSEMBLY = /^(?:定例会|臨時会|定例月議会)[\s\u3000]+(?=[^\s\u3000]{1,24}?[都道府県市区町村]議会)/u;
/** What minutes of a resolution in writing say after the board's name (`理事会決議の省略に関する議事録`, `取締役会の決議の省略に係る…`): the board's own record. */
const DECISION_OMITTED = /(?<=会)[\s\u3000]*の?決議(?:及び報告|並びに報告)?の省略に(?:関する|係る)$/u;
/** The kind of sitting before an old town's or village's assembly (`通常南濱町會`, `臨時東郷村會`): one assembly, whichever it held. */
const OLD_SITTING_KIND = withOldForms(/^(?:通常|臨時)(?=[^\s\u3000]{1,12}(?:市|町|村|区)会$)/u);
/** A name quoted whole (`「…検討会」`, `『…会議』`), no quote inside it. */
const QUOTED_NAME = /^(?:「(?<name>[^「」『』]{2,80})」|『(?<name2>[^「」『』]{2,80})』)$/u;

/**
 * The month before an association's sitting, after its name and a space (`ひばり台町内会　１０月役員会`, `あおば自治会 11月定例理事会`):
 * the body meets every month under one name.
 */
const MONTH_BEFORE_SITTING = /(?<=[\s\u3000])[0-9０-９]{1,2}月(?=(?:定例|臨時)?(?:役員会|理事会|運営委員会|例会|幹事会|執行委員会)$)/u;
/** A day after the name, a space before it: `商店会役員会 2024年8月21日`. */
const TRAILING_DAY = /[\s\u3000]+[0-9０-９]{4}[\s\u3000]*年[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*月[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*日$/u;

const DIGITS = '[0-9０-９]';
const KANJI_DIGITS = '[〇一二三四五六七八九十百]';

/**
 * A minutes system's stamp of the sitting after the title (DiscussNet's and kensakusystem's `－09月12日－01号`, `−08月28日-01号`):
 * its day is the record's date and its number the sitting's 号.
 */
const SYSTEM_STAMP = new RegExp(`[-－−‐―][\\s\u3000]*(?<month>${DIGITS}{1,2})月(?<day>${DIGITS}{1,2})日[\\s\u3000]*[-－−‐―][\\s\u3000]*(?<n>${DIGITS}{1,3})号$`, 'u');
/** A whole day at the start of the title, in the era's years or the Western (`令和 6年 9月12日`, `2024年9月12日`). */
const LEADING_WHOLE_DAY = new RegExp(`^(?:(?:令和|平成|昭和)[\\s\u3000]*(?:元|${DIGITS}{1,2})|${DIGITS}{4})[\\s\u3000]*年[\\s\u3000]*(?<month>${DIGITS}{1,2})[\\s\u3000]*月[\\s\u3000]*(?<day>${DIGITS}{1,2})[\\s\u3000]*日[\\s\u3000]*`, 'u');

/**
 * The title as a reader is shown it: a minutes system's stamp after it (`令和 6年 9月12日総務常任委員会－09月12日－01号`) gives
 * the sitting's number (`総務常任委員会 第1号`), the day it repeats left out at the title's start too (the record's date says it);
 * any other title as written.
 */
function unstampedTitle(title: string): string {
	const stamp = SYSTEM_STAMP.exec(title);
	if (!stamp?.groups) return title;
	const number = Number(matchForm(stamp.groups.n ?? ''));
	let rest = title.slice(0, stamp.index);
	const day = LEADING_WHOLE_DAY.exec(rest);
	const same = (a: string | undefined, b: string | undefined): boolean => Number(matchForm(a ?? '')) === Number(matchForm(b ?? ''));
	if (day?.groups && same(day.groups.month, stamp.groups.month) && same(day.groups.day, stamp.groups.day) && trimSpaces(rest.slice(day[0].length)) !== '') rest = rest.slice(day[0].length);
	rest = trimSpaces(rest);
	return rest === '' ? title : number > 0 ? `${rest} 第${number}号` : rest;
}
/** A bracket left open at the end of the body's name, with the year inside it: `（令和５年`. */
const OPEN_BRACKET_TAIL = /[\s\u3000]*[（(][^（()）]*$/u;

/**
 * The clock after a title's leading day, maybe a span (`2024年10月3日 14:00 広報委員会`, `令和6年5月8日（水）午後2時～ 役員会`, as a
 * meeting tool or a secretary heads the notes): never part of the body's name. After a space or the weekday's bracket only.
 */
const CLOCK_AFTER_DAY = `(?:(?:[\\s\u3000]+|(?<=[）)]))(?:(?:午前|午後|AM|PM)[\\s\u3000]*)?${DIGITS}{1,2}(?:[:：]${DIGITS}{2}|時(?:${DIGITS}{1,2}分|半)?)(?:[\\s\u3000]*[~～〜\\-－](?:[\\s\u3000]*(?:(?:午前|午後)[\\s\u3000]*)?${DIGITS}{1,2}(?:[:：]${DIGITS}{2}|時(?:${DIGITS}{1,2}分|半)?)?)?)?(?=[\\s\u3000]|$))?`;
/** A day before the body's name, as minutes systems title a sitting: `令和 元年11月13日`, `平成29年`, `令和六年`, `令和６年１２月`, `2013年6月26日`, `10/02/12`, `昭和三十年六月十五日`, `大正十五年`, and the day it was held, `令和6年10月7日（月）開催` (開催 had begun the body's name). */
const LEADING_DAY = new RegExp(
	`^(?:${DIGITS}{4}[\\s\u3000]*年[\\s\u3000]*${DIGITS}{1,2}[\\s\u3000]*月[\\s\u3000]*${DIGITS}{1,2}[\\s\u3000]*日|${DIGITS}{2,4}[/.]${DIGITS}{1,2}[/.]${DIGITS}{1,2}(?=[\\s\u3000]|$)|(?:令和|平成|昭和|大正|明治)[\\s\u3000]*(?:元|${DIGITS}{1,2}|[〇一二三四五六七八九十]{1,3})[\\s\u3000]*年(?!度)(?:[\\s\u3000]*(?:${DIGITS}{1,2}|[一二三四五六七八九十]{1,3})[\\s\u3000]*月(?:[\\s\u3000]*(?:${DIGITS}{1,2}|[一二三四五六七八九十]{1,3})[\\s\u3000]*日)?)?)(?:[\\s\u3000]*[（(][月火水木金土日](?:曜日?)?[）)])?${CLOCK_AFTER_DAY}(?:[\\s\u3000]*(?:開催分|開催))?[\\s\u3000]*`,
	'u',
);
/**
 * An assembly's session word left at the start once its day is gone, with a committee's name after it (or glued to it:
 * `定例会産業委員会`, `定例会に係る議会運営委員会`).
 */
const LEADING_SESSION = withOldForms(/^(?:定例会|臨時会)(?:に係る|に関する|における)?(?:[\s\u3000]+(?=\S*委員会)|(?=[^\s\u3000]+委員会))/u);
/** The recess a committee sat in, before its name in a minutes system's title: `(閉会中)`. */
const RECESS = /^[（(](?:閉会中|休会中)[)）][\s\u3000]*/u;
/**
 * The sitting after the body's name: `−11月13日-01号`, `第六号`, `第2号`, `(第1号)`, `（令和６年第14号）`, ` 本文 2017-08-18`, `（2024年12月3日）`,
 * ` 本文 開催日: 2019-02-18` (a minutes system's label of the day), `令和6年2月27日 2ページ` (a day and a page of a record a site splits over several pages).
 */
const TRAILING_SITTING = withOldForms(
	new RegExp(
		`(?:[\\s\u3000]*[-－−‐―][\\s\u3000]*${DIGITS}{1,2}月${DIGITS}{1,2}日[\\s\u3000]*[-－−‐―][\\s\u3000]*${DIGITS}+号|[\\s\u3000]*第[\\s\u3000]*(?:${DIGITS}+|${KANJI_DIGITS}+)[\\s\u3000]*号|[\\s\u3000]*[（(][^（()）]{0,12}第[\\s\u3000]*(?:${DIGITS}+|${KANJI_DIGITS}+)[\\s\u3000]*号[）)]|[\\s\u3000]*${DAY_INSIDE.source}|[\\s\u3000]+${DIGITS}{1,3}[\\s\u3000]*ページ|[\\s\u3000]*(?:本文)?[\\s\u3000]*(?:開催日[:：][\\s\u3000]*)?${DIGITS}{4}-${DIGITS}{2}-${DIGITS}{2}|[\\s\u3000]*本文)$`,
		'u',
	),
);

/** A committee sitting whole, after its name (`予算決算委員会(全体会)`, as against its 分科会): the sitting, not the body. */
const WHOLE_COMMITTEE = /(?<=委員会)[\s\u3000]*[（(]全体会[）)]$/u;

/**
 * The body's name in a title without a session: without the day or sitting that minutes systems put around it
 * (`令和６年１２月　総務委員会－１２月０３日－01号` → 総務委員会) and the document word after it
 * (`総務委員会記録`, `議会運営委員会速記録第六号`, `文教厚生常任委員会記録（要点筆記）` → the committee); the title itself stays as written.
 */
function bodyName(text: string): string {
	let name = text;
	for (let previous = ''; previous !== name; ) {
		previous = name;
		name = trimSpaces(name.replace(TRAILING_SITTING, '').replace(DATE_BRACKET, '').replace(DASHED_DAY, '').replace(UNDERSCORED_DAY, '').replace(RECORD_KIND, '').replace(WHOLE_COMMITTEE, ''));
		const document = name.replace(DOCUMENT_WORDS, '');
		// `会議録` alone is no body: keep what the title names.
		if (trimSpaces(document) !== '') name = trimSpaces(document);
	}
	// `令和６年９月定例会 健康福祉常任委員会`: the session the committee sat in is no part of its name either.
	const undated = trimSpaces(name.replace(FISCAL_YEAR, '').replace(LEADING_DAY, '').replace(LEADING_SESSION, ''));
	return undated === '' ? name : undated;
}
