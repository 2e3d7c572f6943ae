/**
 * The council reader: minutes of ministries' councils, research groups and task
 * forces (議事要旨, 議事録, 議事概要), a title line then numbered or labelled header
 * sections (日時, 場所, 出席者, 配付資料, 議題) and the body, as an ordered pipeline:
 * split header → header section handlers → body → agenda → title → record.
 * It is also the reader of last resort before the plain-document fallback.
 */
import type { Handout, Meeting, ParticipantGroup } from '../../schemas/meeting.ts';
import { mergeAgenda, parseHeaderAgenda } from '../agenda.ts';
import { parseBody } from '../body.ts';
import { closingTime, dateInFileName, findDate, findTimeRange, findYearAndDay, openingTime } from '../date.ts';
import { error, warning } from '../diagnostics.ts';
import { opensHandoutList, parseHandouts } from '../handouts.ts';
import { classifyBareLine, introducedMarks, readLegend, recurringSpeakers, splitInlineTurns, tellsWhatWasExplained } from '../lines.ts';
import { isSeparator, joinWrappedLines, matchForm, saysNone, trimSpaces, type SourceLine } from '../normalize.ts';
import { isHeadCount, namedBySpeech, namesOnlyHolders, parseParticipants, withCountsOnNames } from '../participants.ts';
import { isNumberedSpeaker, isOrganisation, isStaffPost, KATAKANA_FULL_NAME, LATIN_FULL_NAME } from '../names.ts';
import { HELD_AT, isDateLine, isDocumentStamp, isHeldOnLine, isIssuerLine, isTitleAgain, matchSectionLine, splitHeader, type HeaderKey, type HeaderSection, type HeaderSplit } from '../sections.ts';
import { seriesKey, seriesSlug } from '../series.ts';
import { readTitle, withoutMinutesWord } from '../title.ts';
import { finishRecord, noRecord } from '../record.ts';
import type { BodySection, Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import { ASSEMBLY_NAME } from './shared.ts';
import type { Reader, SourceDocument } from './types.ts';

/** The example shown when no date can be found. */
const DATE_EXAMPLE = '"1. 日時) 令和5年2月1日（水）16:00～18:00"';

/** What the header handlers fill in. */
interface HeaderRecord {
	date: string | null;
	start: string | null;
	end: string | null;
	location: string | null;
	participants: ParticipantGroup[];
	handouts: Handout[];
	/** The agenda list of the header (`4. 議題`, `議事次第`). */
	agenda: { number: number; title: string }[];
	/** The 日時's month and day when it gives no year (`７月２０日（土）`): the title or the signing date gives the year. */
	dayOnly: { month: number; day: number; text: string; line: number } | null;
}

/** Lines below the title looked at for the day of a title that gives the year alone. */
const DAY_LINES = 3;

/** A month and a day without a year (NFKC): `9月12日`. */
const MONTH_DAY = /(?:^|[^0-9年])(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日/u;

/** The last lines looked at for the date the minutes were signed (`令和６年７月２１日` / `記録者　書記　中村　由紀`). */
const SIGNATURE_LINES = 6;

/**
 * The meeting's date when its 日時 gives the month and day alone (`７月２０日（土）`) and the minutes end with the date they were
 * written (`令和６年７月２１日`): the year of that date, or the year before when the day would fall after it.
 */
function yearFromSignature(day: NonNullable<HeaderRecord['dayOnly']>, lines: readonly SourceLine[]): { iso: string; line: number; text: string } | null {
	const tail = lines.filter((source) => source.text.trim() !== '').slice(-SIGNATURE_LINES);
	for (const source of tail.reverse()) {
		const found = findDate(source.text);
		if (!found?.ok || !isDateLine(source.text)) continue;
		const signedYear = Number(found.iso.slice(0, 4));
		const monthDay = `${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
		const iso = `${monthDay <= found.iso.slice(5) ? signedYear : signedYear - 1}-${monthDay}`;
		return Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso ? null : { iso, line: source.line, text: source.text };
	}
	return null;
}

/** A month and day alone on a line (`1月23日`, `１月２３日（月）`). */
const MONTH_DAY_ALONE = /^(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?:[（(][月火水木金土日](?:曜日?)?[）)])?$/u;

/** True when the line is the month and day of `date` (`YYYY-MM-DD`) alone, the sitting's day said again under the title. */
function isSittingDayAgain(text: string, date: string): boolean {
	const day = MONTH_DAY_ALONE.exec(matchForm(trimSpaces(text)).replace(/\s/gu, ''))?.groups;
	return day !== undefined && `${String(Number(day.month)).padStart(2, '0')}-${String(Number(day.day)).padStart(2, '0')}` === date.slice(5);
}

/** Read a date (and times) from lines; report what is wrong at `line`. */
function readDate(lines: readonly SourceLine[], line: number, record: HeaderRecord, diagnostics: Diagnostic[]): void {
	const text = lines.map((source) => source.text).join(' ');
	const found = findDate(text);
	// `日　時　9月12日(木) 午前10時`, as a notice copied into the record writes it: the title's date (its year), or the date the
	// minutes were signed, stands for it.
	const monthDay = found ? null : MONTH_DAY.exec(matchForm(text));
	if (monthDay) {
		// (Said once the year is found: the title's, or the signing date's.)
		record.dayOnly = { month: Number(monthDay.groups?.month), day: Number(monthDay.groups?.day), text, line };
		// (Its times are the sitting's all the same: `７月２０日（土）１９時００分～２０時３０分`.)
		const times = findTimeRange(matchForm(text).slice(monthDay.index + monthDay[0].length));
		if (times) {
			record.start = times.start;
			record.end = times.end;
		}
		return;
	}
	if (!found) {
		diagnostics.push(error('no-date', line, `no date found in "${trimSpaces(text)}": write it like ${DATE_EXAMPLE}`));
		return;
	}
	if (!found.ok) {
		diagnostics.push(error(found.code, line, found.message));
		return;
	}
	record.date = found.iso;
	for (const problem of found.warnings) diagnostics.push(warning(problem.code, line, problem.message));
	const times = findTimeRange(matchForm(text).slice(found.end));
	if (times) {
		record.start = times.start;
		record.end = times.end;
		for (const problem of times.warnings) diagnostics.push(warning(problem.code, line, problem.message));
	}
	// The opening and closing on lines of their own around the date (`開会 午後 1時30分` / `閉会 午後 2時46分`, a framed header's cell).
	const texts = lines.map((source) => trimSpaces(source.text));
	record.start = openingTime(texts) ?? record.start;
	record.end = closingTime(texts) ?? record.end;
}

/** Set the record's start or end from a line that is only the sitting's opening or closing with its clock; true when it was one. */
function sittingClock(text: string, record: HeaderRecord): boolean {
	const line = [trimSpaces(text)];
	const opening = openingTime(line);
	const closing = opening === null ? closingTime(line) : null;
	if (opening !== null) record.start ??= opening;
	else if (closing !== null) record.end ??= closing;
	return opening !== null || closing !== null;
}

/** Lines a place may take (a long address wraps once) before a warning says that more of the header may have run into it. */
const PLACE_LINES = 2;

/** A role and who holds it after the place, past a wide gap: `…会議室　　司会　伊藤副会長`. */
const PLACE_AND_ROLE = /[ \u3000]{2,}(?<role>司会|進行|記録|書記)[ \u3000:：]+(?<who>\S.*)$/u;

/** How many speakers' turns make a record minutes without a minutes word in its title. */
const MINUTES_TURNS = 2;

/**
 * A group of those present that may follow the absent under no label of the header's own: `事務局`, `説明員`, `説明のため出席した者`,
 * the parties heard by a board of review (`審査申出人`, `処分庁`, as a 固定資産評価審査委員会 lists them after its secretariat);
 * in brackets the secretariat and those who report for the executive (`（執行部からの報告者）`, `（事務局）` after the Bank of
 * Japan's 政府からの出席者), and a ministry or an agency (`【こども家庭庁】`, `【総務省】`), its officials. (`事 務 局`: the word padded
 * to the header's column, as a city's 審議会 PDF sets it under `欠席委員`; its staff had been a group of the absent.)
 */
const PRESENT_GROUP = /^[\s\u3000]*[◇◆■□●○◎・]?[\s\u3000]*(?:[【［\[（(](?<office>事務局(?:職員)?|執行部からの報告者|[^\s\u3000【】［］\[\]（）():：]{1,12}(?:省|庁|府))[】］\]）)][\s\u3000:：]*|(?<word>事[ \u3000]?務[ \u3000]?局(?:職員)?|説明員|出席説明員|説明のため出席した者|出席職員|幹事|オブザーバー|(?<party>審査申出人|審査請求人|処分庁|審査庁))(?:[\s\u3000:：]+|$))/u;

/** Who keeps the record or chairs, before a colon, after a list named as written: `記録：事務局　川上`, `司会：副会長　土屋`. */
const RECORDER_GROUP = /^[\s\u3000]*(?<word>記録者?|書記|司会者?)[\s\u3000]*[:：][\s\u3000]*/u;

/** A member's post on a committee or a board (`委員`, `副委員長`, `理事`, `構成員`, `議員`). */
const MEMBER_POST = /委員|理事$|構成員|議員/u;

/** One handler per header section, gathered in a map. */
/** 出席者 and 欠席者: participant groups; 欠席者 is one more group named as written (its own sub-groups become `欠席者（構成員）`). */
function readPeople(section: HeaderSection, record: HeaderRecord, diagnostics: Diagnostic[]): void {
	// 欠席者 and lists other than 出席者 / 出席委員 (陪席者, 説明員, 理事者側出席者) are groups named as written.
	const label = matchForm(section.label).replace(/\s/gu, '');
	// `懇談会欠席者　な　し` / `事務局` / `　…課長　野中　秀人`: nobody absent, and the groups listed after it are present, each of its own.
	const [first, ...after] = section.lines;
	if (section.key === 'absent' && first && saysNone(first.text) && after.length > 0) {
		record.participants.push({ group: section.label.replace(/[\s\u3000]/gu, ''), note: 'なし', members: [] }, ...parseParticipants(after, diagnostics, null, null, '出席者'));
		return;
	}
	// `欠席委員　梶委員` / `事務局　都市整備部長　菊池、…`: a group of those present after the absent, each group of its own; so
	// after a list named as written (`出席監事：桑原　勝` / `事務局：事務局長　宮本　聡、…`, `【欠席委員】…` / `【事務局】…`).
	// (`記録：事務局　川上` after them too: who keeps the record, before a colon.)
	const groupOf = (text: string) => PRESENT_GROUP.exec(text) ?? RECORDER_GROUP.exec(text);
	const present = section.key === 'absent' || !/^出席(?:者|委員|構成員)?$/u.test(label) ? section.lines.findIndex((source, i) => i > 0 && groupOf(source.text) !== null) : -1;
	if (present > 0) {
		readPeople({ ...section, lines: section.lines.slice(0, present) }, record, diagnostics);
		let [head, ...rest] = section.lines.slice(present);
		while (head) {
			const found = groupOf(head.text);
			const word = (found?.groups?.word ?? found?.groups?.office ?? '').replace(/[ \u3000]/gu, '');
			// (`（執行部からの報告者）` … `（事務局）`: each bracketed group after a bracketed one is one of its own too, and each party
			// after the secretariat or a party, `事務局　…` / `審査申出人　…` / `処分庁　…`.)
			const next = found?.groups?.office !== undefined ? rest.findIndex((source) => PRESENT_GROUP.exec(source.text)?.groups?.office !== undefined) : rest.findIndex((source) => PRESENT_GROUP.exec(source.text)?.groups?.party !== undefined);
			const own = next >= 0 ? rest.slice(0, next) : rest;
			const lines = [{ ...head, text: head.text.slice(found?.[0].length ?? 0) }, ...own].filter((source) => source.text.trim() !== '');
			record.participants.push(...parseParticipants(lines, diagnostics, word, null, word));
			[head, ...rest] = next >= 0 ? rest.slice(next) : [];
		}
		return;
	}
	// `欠席委員` / `　6番委員　鳩 山 隆 史` / a blank line / `　局長　元木勇治　次長　今村好一`: the office staff after the absent
	// with no heading of their own (the section's lines skip the blank one), a group of their own (they had been listed as absent).
	// (Each line read once, from the last: where the run of the staff's lines at the end starts.)
	let staffFrom = section.key === 'absent' ? section.lines.length : 0;
	while (staffFrom > 0 && (section.lines[staffFrom - 1]?.text.trim() === '' || namesOnlyHolders(section.lines[staffFrom - 1]?.text ?? '', isStaffPost))) staffFrom--;
	const staff = section.key === 'absent' ? section.lines.findIndex((source, i) => i > 0 && i >= staffFrom && source.line > (section.lines[i - 1]?.line ?? source.line) + 1) : -1;
	if (staff > 0) {
		readPeople({ ...section, lines: section.lines.slice(0, staff) }, record, diagnostics);
		record.participants.push(...parseParticipants(section.lines.slice(staff), diagnostics, '事務局', null, '事務局'));
		return;
	}
	// ` 欠席委員 四名` / a blank line / `議長川島 忠一君` / `財務局長谷川 健次君`: the absent only counted, then those present by their
	// posts, none a member's (a metropolitan committee's 速記録 lists so who else attends; they had been the absent).
	const [counted, ...others] = section.lines;
	if (section.key === 'absent' && counted !== undefined && counted.line === section.line && isHeadCount(counted.text) && others.length > 0 && (others[0]?.line ?? 0) > section.line + 1 && others.every((source) => namesOnlyHolders(source.text, (post) => !MEMBER_POST.test(post)))) {
		record.participants.push(...parseParticipants([counted], diagnostics, section.label.replace(/[\s\u3000]/gu, ''), section.note ?? null), ...parseParticipants(others, diagnostics, null, null, '出席者'));
		return;
	}
	const own = section.key === 'absent' || !/^出席(?:者|委員|構成員)?$/u.test(label);
	// Members under `出席委員` without a group of their own are the 出席委員.
	record.participants.push(...parseParticipants(section.lines, diagnostics, own ? section.label.replace(/[\s\u3000]/gu, '') : null, section.note ?? null, label === '出席' ? '出席者' : label));
	// (`○欠席委員(0名)`: a head count of none says the list is empty; a list of its own, `欠席委員　（なし）`, is the group noted なし, as
	// `欠席委員　なし` is.)
	if (section.lines.length === 0 && section.nobody === true && own) record.participants.push({ group: section.label.replace(/[\s\u3000]/gu, ''), note: 'なし', members: [] });
	if (section.lines.length === 0 && section.nobody !== true) diagnostics.push(warning('empty-section', section.line, `section "${section.label}" lists nobody`));
}

const HEADER_HANDLERS: Record<Exclude<HeaderKey, 'body'>, (section: HeaderSection, record: HeaderRecord, diagnostics: Diagnostic[]) => void> = {
	date(section, record, diagnostics) {
		readDate(section.lines, section.line, record, diagnostics);
	},
	location(section, record, diagnostics) {
		// `会場　…会議室　　司会　伊藤副会長`: who chairs, after a wide gap on the place's line, is a group of its own.
		const [first, ...others] = section.lines;
		const role = first ? PLACE_AND_ROLE.exec(first.text) : null;
		// (`開会　午後２時００分` / `閉会　午後３時４０分` under the place: the sitting's times, no more of the place.)
		// (`場所：第２委員会室` / `こがね市議会`: the assembly's name on a line of its own under the place is the body's, no more of
		// the place; it names the committee's assembly.)
		const lines = (role?.groups && first ? [{ ...first, text: first.text.slice(0, role.index) }, ...others] : section.lines).filter((source, i) => i === 0 || (!sittingClock(source.text, record) && !(source.text.length <= ASSEMBLY_LINE_MAX && ASSEMBLY_LINE.test(matchForm(source.text)))));
		const text = joinWrappedLines(lines.map((source) => trimSpaces(source.text)));
		if (text === '') diagnostics.push(warning('empty-section', section.line, `section "${section.label}" is empty: write the place, e.g. "2. 場所) オンライン"`));
		// A place is a line or two; more is likely a part of the header under a label this reader does not know.
		else if (lines.length > PLACE_LINES) diagnostics.push(warning('long-place', lines[PLACE_LINES]?.line ?? section.line, `the place "${section.label}" runs on over ${lines.length} lines, taken as one place: if a list or a field under a label of its own follows it, put a label this reader knows before it (出席者, 議題 …) or a blank line after the place`));
		record.location = text === '' ? null : text;
		if (role?.groups && first) readPeople({ key: 'participants', label: role.groups.role ?? '', number: null, rest: '', line: first.line, lines: [{ ...first, text: role.groups.who ?? '' }] }, record, diagnostics);
	},
	participants: readPeople,
	absent: readPeople,
	agenda(section, record, diagnostics) {
		// `参考資料` alone under the items (`議　案` / `〇…について` / `参考資料` / `(事前配布資料)` / `・次第`), as a city's 協議会 議事概要
		// lists its papers: the papers below it are the handouts (they had been more items of the agenda).
		const papers = section.lines.findIndex((source, i) => i > 0 && matchForm(source.text).replace(/[\s\u3000]/gu, '') === '参考資料');
		if (papers > 0) {
			record.handouts.push(...parseHandouts(section.lines.slice(papers + 1), diagnostics));
			HEADER_HANDLERS.agenda({ ...section, lines: section.lines.slice(0, papers) }, record, diagnostics);
			return;
		}
		// (`みどり県議会` past a blank line under the bills: the assembly's name, no more of the last one.)
		const items = parseHeaderAgenda(section.lines.filter((source, i) => i === 0 || !isAssemblyLine(source.text)));
		// `７　付託議案` / `なし`: a list that says it holds nothing is no fault of the record.
		if (items.length === 0 && !section.lines.some((source) => saysNone(source.text))) diagnostics.push(warning('empty-section', section.line, `section "${section.label}" lists no agenda item: write them like "(1) 国際連携について"`));
		for (const item of items) if (!record.agenda.some((known) => known.number === item.number)) record.agenda.push(item);
	},
	handouts(section, record, diagnostics) {
		record.handouts.push(...parseHandouts(section.lines, diagnostics));
	},
};

/**
 * Lines with the cell ends of a copied web table removed (`2 開催場所 |`, `|`: not text); a line that is a
 * Markdown table row (starting with `|`) is kept. String methods, not `/\s*\|$/`: that regex is quadratic on long runs of spaces.
 */
function withoutCellEnds(lines: readonly SourceLine[]): SourceLine[] {
	const ended = withFieldNumbersJoined(lines).map((source) => (source.text.endsWith('|') && !source.text.trimStart().startsWith('|') ? { ...source, text: source.text.slice(0, -1).trimEnd() } : (fieldRow(source) ?? source)));
	// (The head and the rule of such a table, `| 項目 | 内容 |` / `|---|---|` over its fields, are no line of the header.)
	return ended.map((source, index) => {
		const next = ended[index + 1]?.text === lines[index + 1]?.text ? null : ended[index + 1];
		const after = ended[index + 2]?.text === lines[index + 2]?.text ? null : ended[index + 2];
		return (isTableRule(source.text) && next) || (source.text.length <= 2000 && TWO_CELL_ROW.test(source.text) && isTableRule(ended[index + 1]?.text ?? '') && after) ? { ...source, text: '' } : source;
	});
}

/** A field's number alone on its line, as a PDF's form table gives each cell a line of the text layer: `1`, `１２`. */
const FIELD_NUMBER_ALONE = /^[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*$/u;
/** How many numbers over labels make the header such a form. */
const FLATTENED_FIELDS = 3;

/**
 * Lines of a form's table read one cell per line (`1` / `招集日時` / `令和 6 年 3 月 26 日( 火 )` / `2` / `招集場所` / …): each field's
 * number joined to the label under it (`1 招集日時`, on the label's line), so the header reads its numbered fields; the number had
 * been a line of its own, glued to the field above (`町役場303会議室(3階)3`) or a nameless member of a roll. Only when at least
 * three such numbers stand over labels the header knows, counting up; other lines stay as they are.
 */
function withFieldNumbersJoined(lines: readonly SourceLine[]): readonly SourceLine[] {
	const joined: number[] = [];
	let expected = 1;
	for (let index = 0; index < lines.length && index < 400; index++) {
		const source = lines[index];
		// (A short line only: a line of megabytes of spaces overflows the pattern's stack.)
		if (!source || source.text.length > 12 || !FIELD_NUMBER_ALONE.test(source.text)) continue;
		const label = lines[index + 1];
		const number = Number(matchForm(source.text).trim());
		if (!label || number !== expected) continue;
		const section = matchSectionLine(label.text);
		if (section === null || section.rest !== '' || section.number !== null) continue;
		joined.push(index);
		expected++;
	}
	if (joined.length < FLATTENED_FIELDS) return lines;
	const at = new Set(joined);
	return lines.flatMap((source, index) => {
		if (at.has(index)) return [];
		const number = at.has(index - 1) ? matchForm(lines[index - 1]?.text ?? '').trim() : null;
		return number === null ? [source] : [{ ...source, text: `${number}　${trimSpaces(source.text)}` }];
	});
}

/** True for a Markdown table's rule (tested on a short line only: a line of megabytes of spaces overflowed the pattern's stack). */
function isTableRule(text: string): boolean {
	return text.length <= 2000 && TABLE_RULE.test(text);
}

/** A Markdown table's rule under its head: `|---|---|`, `| :--- | --- |`. */
const TABLE_RULE = /^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}[ \t]*$/u;

/** A Markdown table's row of two cells. */
const TWO_CELL_ROW = /^[ \t]*\|(?<label>[^|]{1,40})\|(?<value>[^|]*)\|[ \t]*$/u;

/**
 * A Markdown table's row of a header field and its value (`| ■ 開催日 | 令和6年11月9日（土） |`, as a managing agent's template
 * sets the header in a table) as the field's line (`■ 開催日　令和6年11月9日（土）`); null for any other line.
 */
function fieldRow(source: SourceLine): SourceLine | null {
	const cells = source.text.length <= 2000 ? TWO_CELL_ROW.exec(source.text)?.groups : undefined;
	const label = trimSpaces(cells?.label ?? '');
	const value = trimSpaces(cells?.value ?? '');
	if (label === '' || value === '') return null;
	const field = matchSectionLine(label);
	const header = field?.key === 'date' || field?.key === 'location' || field?.key === 'participants' || field?.key === 'absent' || (field?.key === null && field.field === true);
	return field !== null && field.rest === '' && header ? { ...source, text: `${label}\u3000${value}` } : null;
}

/** A line that only holds a time range (`１５：００～１７：００`), as in the date block of a PDF's first page. */
function isTimeLine(text: string): boolean {
	const bare = matchForm(trimSpaces(text));
	return bare !== '' && [...bare].length <= 30 && findDate(bare) === null && findTimeRange(bare) !== null && !/[。、]/u.test(bare);
}

/** True when a line's date is `iso`. */
function datesTo(text: string, iso: string | null): boolean {
	const found = findDate(text);
	return found?.ok === true && found.iso === iso;
}

/** How a document's name ends, never a place's. */
const NOT_A_PLACE = /(?:メモ|議事録|議事要旨|議事概要|会議録|記録|報告書?|について)$/u;

/**
 * An office under a cover page's date (`環境省環境再生・資源循環局`, `○○県健康福祉部高齢福祉課`): who issued the record, no
 * place (a place names a room, a floor or a hall: `県庁本庁舎５階　大会議室`).
 */
/** The heading over a record's fields (NFKC, spaces left out): `(開催要領)`, `開催概要`, `【開催概要】`. */
const FIELDS_HEADING = /^(?:[(【\[〔<■●◆]?(?:開催要領|開催概要|開催要項|開催の概要|会議の開催概要)[)】\]〕>]?)$/u;
const OFFICE_UNDER_DATE = /^[^\s\u30000-9０-９]{2,40}(?:省|府|局|部|課)$/u;

/** True when only date and time lines stand between the date line and this preamble line, itself no date line. */
function followsDateBlock(preamble: readonly SourceLine[], source: SourceLine, dateSource: SourceLine): boolean {
	const between = preamble.filter((line) => line.line > dateSource.line && line.line < source.line);
	// (A document's name there, `先日の打合せメモ`, `…議事録`, is no place.)
	return source.line > dateSource.line && !isDateLine(source.text) && !NOT_A_PLACE.test(trimSpaces(source.text)) && between.every((line) => isTimeLine(line.text) || isDateLine(line.text));
}

/** How long a title without its minutes word must be to be told as a page's header (no short heading of the text, `理事会`). */
const RUNNING_TITLE_MIN = 8;

/**
 * Body lines without the page headers of a PDF extraction: the title repeated at the top of each page, or its first line alone
 * without the minutes word under it (`消費者契約に関する検討会（第１２回）` over each page of `…（第１２回）` / `議事録`).
 */
function withoutPageHeaders(body: readonly SourceLine[], title: SourceLine | null): { kept: SourceLine[]; dropped: SourceLine[] } {
	const form = (text: string): string => matchForm(text).replace(/[\s\u3000]/gu, '');
	const titleForm = title ? form(title.text) : '';
	const bare = title ? form(withoutMinutesWord(title.text)) : '';
	const running = [...bare].length >= RUNNING_TITLE_MIN && bare !== titleForm ? bare : null;
	const dropped = new Set(
		body.filter((source) => {
			if (titleForm === '' || source.line === title?.line) return false;
			const own = form(source.text);
			return own === titleForm || own === running;
		}),
	);
	return { kept: body.filter((source) => !dropped.has(source)), dropped: [...dropped] };
}

/**
 * A legend of speaker marks: on the body label line (`6. 議  事(◎は委員長、○は委員、●は事務局の発言)`), a bracketed line of the
 * body, or brackets closing a line of it with two marks or more (`…検討がなされた。(○:委員、□:座長、△:事務局)`).
 */
function bodyLegend(lines: readonly SourceLine[], bodyLine: number | null, body: readonly SourceLine[]): Map<string, string> {
	const label = lines.find((source) => source.line === bodyLine);
	const fromLabel = label ? readLegend(label.text) : new Map<string, string>();
	if (fromLabel.size > 0) return fromLabel;
	const own = body.find((source) => /^[（(][^（）()]*[）)]$/u.test(trimSpaces(source.text)) && readLegend(source.text).size > 0);
	if (own) return readLegend(own.text);
	for (const source of body) {
		const closing = /[（(](?<inner>[^（）()]{3,60})[）)]$/u.exec(trimSpaces(source.text))?.groups?.inner;
		const legend = closing === undefined ? null : readLegend(closing);
		if (legend && legend.size >= 2) return legend;
	}
	return fromLabel;
}

/** The label of a turn the minutes mark `○` without naming who speaks. */
export const UNNAMED_SPEAKER = '発言者';
/** Words of someone speaking (`…開催する。`, `…と思う。`, `…いかがか。`), not a summary's point told of someone (`…より説明。`). */
const SPOKEN_PARAGRAPH = /(?:たい|思う|考える|である|だろう|ではないか|いかが|お願い|します|ます|です|しよう|する)[。？?]?$|[か][。？?]$/u;

/**
 * The 議事録 whose speeches are paragraphs marked `○` alone, no one named (厚生労働省's older 研究会 records: `○ ただいまから…
 * 開催する。` / `○ 第1の審査の迅速化について…`): each `○` paragraph is the turn of an unnamed speaker, as a legend
 * `○は委員の発言` would make it one of 委員. Only in a 議事録 (a 議事要旨's `○` are its points), whose text has no named turn at all,
 * with three such paragraphs or more, most of them spoken.
 */
function unnamedCircleLegend(title: string, body: readonly SourceLine[]): Map<string, string> {
	const none = new Map<string, string>();
	const form = matchForm(title).replace(/[\s\u3000]/gu, '');
	if (!/議事録|会議録/u.test(form) || /要旨|概要|要録|要点/u.test(form)) return none;
	// (Most 議事録 have no three paragraphs opening with ○ at all: decided before any line is classified.)
	if (body.filter((source) => /^[\s\u3000]*[○〇◯]/u.test(source.text)).length < 3) return none;
	/** Each `○` paragraph: its first line and the lines that continue it. */
	const paragraphs: string[] = [];
	for (const source of body) {
		const text = trimSpaces(source.text);
		if (text === '') continue;
		const entry = classifyBareLine(text);
		if (entry.kind === 'speaker') return none;
		if (/^[○〇◯]/u.test(text)) paragraphs.push(trimSpaces(text.slice(1)));
		else if (paragraphs.length > 0 && entry.kind === 'paragraph') paragraphs[paragraphs.length - 1] += text;
	}
	if (paragraphs.length < 3) return none;
	const spoken = paragraphs.filter((text) => SPOKEN_PARAGRAPH.test(text) && !tellsWhatWasExplained(text)).length;
	return spoken * 5 >= paragraphs.length * 3 ? new Map([['○', UNNAMED_SPEAKER]]) : none;
}

/** A foreign name in a roll's entry: katakana words joined by ・ or ＝ (`マリア＝ロペス`), or two or three capitalised Latin words (`Kevin Brown`). */
const FOREIGN_NAME_IN_ENTRY = new RegExp(`${KATAKANA_FULL_NAME}|${LATIN_FULL_NAME}`, 'gu');

/** A body and who came for it, its surname in brackets (`あさひコミュニティ（星野）`, `はなみち区商工振興課（土屋）`), as a roll's guests are written. */
const BODY_AND_WHO = /^[^\s\u3000（()）、，,。：:]{2,16}[（(][\p{Script=Han}々]{1,4}[）)]$/u;
/** A short word in brackets after a roll's name (`フロント`, `管理員`), which a label may glue to the surname. */
const AFFILIATION_AFTER_SURNAME = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,6}$/u;

/** The longest roll entry (`５年 岸本`, `校外 安藤`) that labels a turn as written. */
const ENTRY_LABEL_MAX = 12;

/**
 * The participants' names and their leading parts (`石井健` → 石井健, 石井, 石): a bare label `石井：` names one of them; and the
 * surnames of one letter the roll writes apart from the given name (`森　陽介`), which speak alone (`森　…`).
 */
function participantSurnames(groups: readonly ParticipantGroup[]): { surnames: Set<string>; oneLetter: Set<string> } {
	const surnames = new Set<string>();
	const oneLetter = new Set<string>();
	for (const member of groups.flatMap((group) => group.members)) {
		// `代表 福田`, `スタッフ 井上・岡本・坂口`: each word of a list the names did not come out of names someone too.
		if (member.name === null || /[\s\u3000・]/u.test(member.name)) {
			for (const word of member.text.split(/[\s\u3000・･]+/u)) if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,6}$/u.test(word)) surnames.add(word);
		}
		// `指揮者 マリア＝ロペス`, `執行役員 Kevin Brown`, `Oliver Schmidt（QA）`: a foreign name in the entry speaks whole.
		for (const foreign of member.text.matchAll(FOREIGN_NAME_IN_ENTRY)) surnames.add(foreign[0]);
		// An entry as written speaks (`４年 水野：`, `校外 安藤：` of a PTA's `４年 水野、…、校外 安藤`).
		const entry = trimSpaces(member.text).replace(/[\s\u3000]+/gu, ' ');
		if (/ /u.test(entry) && [...entry].length <= ENTRY_LABEL_MAX) surnames.add(entry);
		// (So does a body and who came for it in brackets, `あさひコミュニティ（星野）：` of an observer listed so: it had run into the
		// turn before it.)
		if (BODY_AND_WHO.test(entry)) surnames.add(entry);
		// A listed post speaks by itself (`財政課主幹` of `財政課主幹 片岡`), as a post of the roll.
		if (member.title !== null && [...member.title].length >= 3 && !member.title.startsWith('同')) surnames.add(member.title);
		const name = member.name?.replace(/[\s\u3000]+/gu, ' ') ?? '';
		if (name === '') continue;
		// (`Yuko Fujimoto`, a name in Latin letters, speaks whole: its first word is the given name, no surname.)
		if (/^[A-Za-z]/u.test(name)) {
			surnames.add(name);
			// (Its last word is the surname, by which minutes in English name the speaker: `Sato: …` of `Akiko Sato`.)
			const last = /^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)* (?<surname>[A-Z][a-z'-]{1,20})$/u.exec(name)?.groups?.surname;
			if (last !== undefined) surnames.add(last);
			continue;
		}
		const spaced = name.split(' ');
		if (spaced.length > 1) surnames.add(spaced[0] ?? '');
		if (spaced.length === 2 && /^\p{Script=Han}$/u.test(spaced[0] ?? '')) oneLetter.add(spaced[0]!);
		// `西川指導室長　…`: the surname of `指導室長　西川　直美` before the post the roll gives them (`秋山１班長：…` of `１班長　秋山`,
		// a surname alone, too).
		if (member.title !== null && [...member.title].length >= 2) surnames.add(`${spaced[0] ?? ''}${member.title}`);
		// `高橋フロント：…` of `高橋（フロント）`: the surname before the short word the roll brackets after it (what they do there).
		if (member.affiliation !== null && AFFILIATION_AFTER_SURNAME.test(member.affiliation)) surnames.add(`${spaced[0] ?? ''}${member.affiliation}`);
		const compact = spaced.join('');
		surnames.add(compact);
		// (`鈴木（良）` is labelled as the roll writes it, `鈴木(良)：`, in either width of bracket.)
		if (/[（）]/u.test(compact)) surnames.add(compact.replace(/（/gu, '(').replace(/）/gu, ')'));
		for (let length = 1; length < [...compact].length && length <= 4; length++) surnames.add([...compact].slice(0, length).join(''));
	}
	surnames.delete('');
	return { surnames, oneLetter };
}

/** A body's legal form before or after its name (`一般社団法人`, `株式会社`): a label may leave it out. */
const LEGAL_FORM = /^(?:一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|ＮＰＯ法人|独立行政法人|国立研究開発法人|地方独立行政法人|社会福祉法人|学校法人|医療法人|株式会社|有限会社)|(?:株式会社|有限会社)$/u;

/**
 * The bodies the roll lists by their name alone (`日本放送協会`, `一般社団法人日本民間放送連盟` among the observers or those
 * heard) or as a member's (`一般社団法人日本農泊推進機構　理事長　吉村　健`), as written and without their legal form, spaces
 * removed: labels that speak for them.
 */
function listedBodies(groups: readonly ParticipantGroup[]): Set<string> {
	const bodies = new Set<string>();
	for (const member of groups.flatMap((group) => group.members)) {
		// (A person's body too, `一般社団法人日本農泊推進機構` of `一般社団法人日本農泊推進機構　理事長　吉村　健`.)
		const body = member.name === null && member.title === null ? member.text : member.affiliation;
		const whole = body?.replace(/[\s\u3000]/gu, '') ?? '';
		if (whole === '' || [...whole].length > 40 || !(isOrganisation(whole) || LEGAL_FORM.test(whole))) continue;
		bodies.add(whole);
		const bare = whole.replace(LEGAL_FORM, '');
		if ([...bare].length >= 2) bodies.add(bare);
	}
	return bodies;
}

/** The body label's line without the text after the label (which the body holds), as a heading line; none without a body label. */
function labelHeading(lines: readonly SourceLine[], header: ReturnType<typeof splitHeader>): SourceLine[] {
	const line = header.bodyLabel === null ? undefined : lines.find((source) => source.line === header.bodyLine);
	if (!line) return [];
	const rest = header.body[0]?.line === line.line ? header.body[0].text : '';
	const at = rest === '' ? line.text.length : line.text.lastIndexOf(rest);
	return at <= 0 ? [] : [{ ...line, text: line.text.slice(0, at).trimEnd() }];
}

/** Read a council document (title, header sections, body) into its record, body and diagnostics (never throws). */
/** A Markdown file's name: read here when its header is a council's numbered sections (`## 1. 日時`). */
const MARKDOWN_FILE = /\.(?:md|markdown)$/iu;
/** Markdown's quote marks at a line's start (`> 正会員 南：…`). */
const QUOTE_MARK = /^[ \t]{0,3}(?:>[ \t]?)+/u;
/** Markdown's strong emphasis around words (`**第1号議案**`, `__議長__`). */
const STRONG = /(\*\*|__)(?=[^\s*_])(?<words>[^*_\n]{1,200}?)\1/gu;

/** A turn's words stamped with the time into the recording, as a transcript saved as text writes them: `[00:00:05] …`, `0:03` over them. */
const RECORDING_STAMPED = /^\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?(?:\s|$)/u;

/** A body line of such a file as it shows: no quote marks, strong words as plain words (`**第1号議案** について` → `第1号議案 について`). */
function shownMarkdown(text: string): string {
	return text.replace(QUOTE_MARK, '').replace(STRONG, '$<words>');
}

export function readCouncil(document: SourceDocument, options: ParseOptions): ParseResult {
	const lines = withoutCellEnds(document.lines);
	const diagnostics: Diagnostic[] = [];

	// Header: title, preamble, numbered sections.
	const header = splitHeader(lines);
	if (!header.title) {
		const first = lines.find((source) => source.text.trim() !== '');
		diagnostics.push(
			error('no-title', first?.line ?? null, 'no title found: the first line should be the title, e.g. "サイバーセキュリティタスクフォース（第42回）議事要旨"'),
		);
	}
	const record: HeaderRecord = { date: null, start: null, end: null, location: null, participants: [], handouts: [], agenda: [], dayOnly: null };
	const seen = new Set<HeaderKey>();
	const seenLabels = new Set<string>();
	// Sections the header does not know (`１．開会`, `２．会長挨拶`, `6. 備考`) before the minutes text are part of it: read
	// with the body, in place, their label lines as written (without a body the document is left to the plain reader).
	const unknown: SourceLine[] = [];
	// Whether a section kept as text is a part of the meeting's order (`１．開会`, `２．会長挨拶`), not only a field (`５　傍聴者　２名`).
	let orderKept = false;
	const rows = new Set<number>();
	for (const section of header.sections) {
		if (section.key === null) {
			// `１　開会　午前10時00分`, `２　閉会　午前10時41分`, a web form's `開会時間` / `午前10時00分`: the sitting's
			// times, when the date line gave none.
			const event = /^(?<event>開会|閉会|散会)(?:時間|時刻|日時)?$/u.exec(matchForm(section.label).replace(/\s/gu, ''))?.groups?.event;
			const clock = event ? findTimeRange(matchForm(trimSpaces([section.rest, ...section.lines.filter((source) => source.line !== section.line).map((source) => source.text)].join(' '))))?.start : null;
			// (`○開会  午前10時16分` marked as the header's fields are, not numbered as a part of the order: a field read, no text.)
			// (`午後7時30分　開会　　理事数　18名`: the counts after the time are text, kept.)
			const clockOnly = matchForm(section.rest).replace(/(?:午前|午後)?[0-9]{1,2}(?:時|:)(?:[0-9]{1,2}分?)?|開会|閉会|散会|[\s\u3000]/gu, '') === '';
			// (`２　閉会日時　令和６年１１月２６日（火）午後３時１５分` under the 開会日時: the end read, a field as the date's is.)
			const dated = /^(?:閉会|散会)日時$/u.test(matchForm(section.label).replace(/\s/gu, ''));
			const field = clock && (dated || (clockOnly && section.number === null && /^(?:開会|閉会|散会)$/u.test(section.label.replace(/[\s\u3000]/gu, '')))) && section.lines.every((source) => source.line === section.line);
			const kept = header.hasBody && !field ? [...lines.filter((source) => source.line === section.line), ...section.lines.filter((source) => source.line !== section.line)] : [];
			unknown.push(...kept);
			if (kept.length > 0 && section.field !== true) orderKept = true;
			// A field of counts or names with no sentence in it (`３．組合員総数　　８４名` / `　　出席組合員数　６９名`, `５．議長　　理事長　…`):
			// its lines are rows, each kept apart.
			if (kept.length > 0 && !kept.some((source) => /。/u.test(source.text))) for (const source of kept) rows.add(source.line);
			if (clock && event === '開会') record.start ??= clock;
			else if (clock) record.end ??= clock;
			// `1 開会及び閉会に関する事項` / `• 開会 午前9時30分` / `• 閉会 午前11時05分`: each line a time of the sitting.
			if (/^開会及び閉会/u.test(matchForm(section.label).replace(/\s/gu, ''))) for (const source of section.lines) sittingClock(source.text.replace(/^[\s\u3000]*[•・●][\s\u3000]*/u, ''), record);
			// A field the readers know (`傍聴者`, `理事総数`) is kept as text without a word; an unknown section is named.
			if (section.field && header.hasBody) continue;
			diagnostics.push(
				warning(
					'unknown-section',
					section.line,
					`section "${section.label}" is not a header section (日時, 場所, 出席者, 欠席者, 配付資料, 議題 or 議事概要): ${header.hasBody ? `its ${kept.length} line(s) are kept as minutes text` : `its ${section.lines.length} line(s) are ignored`}`,
				),
			);
			continue;
		}
		if (section.key === 'body') continue;
		// `議事次第` alone over the numbered fields (`１．日時　…`), as a 次第 printed above the record heads them: the page's heading,
		// no list (its items come under `４．議事`).
		const at = header.sections.indexOf(section);
		if (section.key === 'agenda' && /次第$/u.test(matchForm(section.label).replace(/\s/gu, '')) && section.rest === '' && section.lines.every((source) => source.line === section.line || source.text.trim() === '') && header.sections[at + 1]?.key === 'date' && header.sections[at + 1]?.number !== null) continue;
		// `○議事日程` over the record's title alone (`総務常任委員会会議録`), a minutes site's heading of the page above the fields,
		// when the record lists its business under a heading of its own below (`〇本日審査した案件`): no list (the title had been the
		// only item, and the business below left out).
		const titled = section.lines.filter((source) => source.line !== section.line && source.text.trim() !== '');
		if (section.key === 'agenda' && section.rest === '' && titled.length === 1 && /(?:会議録|記録)$/u.test(trimSpaces(titled[0]?.text ?? '')) && header.sections.slice(at + 1).some((later) => later.key === 'agenda')) continue;
		// Several lists of people (出席委員, 出席者, 説明員) are the usual case; the same label twice, or a second date or place, is not.
		const labelKey = `${section.key}:${matchForm(section.label).replace(/\s/gu, '')}`;
		const people = section.key === 'participants' || section.key === 'absent';
		// `日時：令和６年５月２８日…` / `Date: May 28, 2024, …`: a bilingual header's English twin of a date or a place already read
		// says it again (`Venue: Online` under `場所：オンライン`); the first is the record's.
		if ((section.key === 'date' || section.key === 'location') && seen.has(section.key) && /^[A-Za-z]/u.test(section.label)) {
			diagnostics.push(warning('translated-field', section.line, `"${trimSpaces(section.label)}" is read as the English of the ${section.key === 'date' ? 'date' : 'place'} above it: left out`));
			continue;
		}
		// `３．出席者` alone over its lists (`出席委員　…`, `欠席委員　…`, `事務局　…`): their heading, no list of its own lacking names.
		// (So over the counts first, `３．出席者` / `取締役総数　５名　　出席取締役　５名` / `出席取締役　…`, as a company's 取締役会 writes
		// them: it had been warned of as listing nobody.)
		const following = header.sections.slice(at + 1).find((next) => !(next.key === null && next.number === null && /^[^\s\u3000]{1,10}(?:総数|数)$/u.test(matchForm(next.label).replace(/\s/gu, ''))));
		if (people && section.lines.length === 0 && section.nobody !== true && section.rest === '' && (following?.key === 'participants' || following?.key === 'absent') && following.number === null) continue;
		if (people ? seenLabels.has(labelKey) : seen.has(section.key)) diagnostics.push(warning('duplicate-section', section.line, `section "${section.label}" appears twice; both are read`));
		seen.add(section.key);
		seenLabels.add(labelKey);
		HEADER_HANDLERS[section.key](section, record, diagnostics);
	}
	let issuer: string | null = null;
	let organisation: string | null = null;
	let dateSource: SourceLine | null = null;
	for (const source of header.preamble) {
		// A rule around the title (`━━━━`) is layout.
		if (isSeparator(source.text)) continue;
		if (isDateLine(source.text) && record.date === null && !seen.has('date')) {
			readDate([source], source.line, record, diagnostics);
			dateSource = source;
		}
		// `令和六年五月十日(金曜日)、…を教育委員室において開催した。`: the date, and the place when no 場所 section names it.
		else if (isHeldOnLine(source.text) && record.date === null && !seen.has('date')) {
			readDate([source], source.line, record, diagnostics);
			const place = HELD_AT.exec(trimSpaces(source.text))?.groups?.place;
			if (place !== undefined && record.location === null && !seen.has('location')) record.location = place;
		}
		// The sitting's opening or closing on a line of its own under the date (`開会　午前１０時００分` / `閉会　午前１１時３０分`), or
		// under a title that holds the date (`昭和元年十二月二十七日　東谷村會會議録` / `午後一時開會`).
		else if ((dateSource !== null || (header.title !== null && findDate(header.title.text)?.ok === true)) && sittingClock(source.text, record)) continue;
		// The time range on the line after a lone date line (a PDF's first page).
		else if (dateSource !== null && record.start === null && isTimeLine(source.text)) {
			const times = findTimeRange(matchForm(trimSpaces(source.text)));
			record.start = times?.start ?? null;
			record.end = times?.end ?? null;
		}
		// A publication date (`令和6年5月1日` above the title) when the header has the meeting's 日時: the meeting date wins;
		// the date again under a title that holds it (`令和元年11月13日(水)`) is part of the date block.
		else if (isDateLine(source.text) && (seen.has('date') || (dateSource !== null && datesTo(source.text, record.date)))) continue;
		// `１月２３日` alone under `令和 5年議会運営委員会`, as a minutes site heads a committee's day: the day the 日時 gives (it had
		// been warned of as a line not understood).
		else if (record.date !== null && isSittingDayAgain(source.text, record.date)) continue;
		// The place on the line after the date block (a PDF's first page), when no 場所 section names it.
		else if (dateSource !== null && record.location === null && !seen.has('location') && followsDateBlock(header.preamble, source, dateSource) && !(issuer === null && OFFICE_UNDER_DATE.test(trimSpaces(source.text)) && isIssuerLine(source.text))) {
			record.location = trimSpaces(source.text);
		} else if (isIssuerLine(source.text) && issuer === null) {
			issuer = trimSpaces(source.text);
			// (`みなと水産加工協同組合` under `第１２回　理事会議事録`: a co-operative or a company named as the body the meeting is of,
			// under a title with its session too; the series had been 理事会, one for every board.)
			if (organisation === null && header.title !== null && isUnderTitle(header.preamble, source, header.title.line) && ORGANISATION_LINE.test(matchForm(issuer))) organisation = issuer;
		}
		else if (isTitleAgain(source.text) || (header.title !== null && (isTitleWithoutKind(source.text, header.title.text) || isBodysRecordTitle(source.text, header.title.text)))) continue;
		// `市立ひばりが丘小学校PTA` alone under `令和６年度　第２回　PTA運営委員会　議事録`: the body the meeting is of.
		else if (organisation === null && header.title !== null && isUnderTitle(header.preamble, source, header.title.line) && ORGANISATION_LINE.test(matchForm(trimSpaces(source.text)))) organisation = trimSpaces(source.text);
		// `資料１`, `（速報版）` over the title: how the file was handed out, said once.
		// `（開催要領）`, `開催概要`, `【開催概要】` over the fields (as a city's 審議会 heads its 日時, 場所 and roll): the heading of the
		// header, no line of it left unread.
		else if (header.title !== null && source.line > header.title.line && FIELDS_HEADING.test(matchForm(trimSpaces(source.text)).replace(/\s/gu, ''))) continue;
		// `さくら市議会` under a committee's title and its day: the assembly's name, read with the title.
		else if (header.title !== null && source.line > header.title.line && header.title.text.includes('委員会') && isAssemblyLine(source.text)) continue;
		else if (isDocumentStamp(source.text) && header.title !== null && source.line < header.title.line) {
			diagnostics.push(warning('document-stamp', source.line, `"${trimSpaces(source.text)}" over the title says how the file was handed out (a handout's number or the document's status): left out of the title`));
		} else diagnostics.push(warning('unknown-line', source.line, `line not understood in the header: "${trimSpaces(source.text)}"`));
	}
	const undated = record.date === null && !diagnostics.some((d) => d.severity === 'error' && ['no-date', 'invalid-date'].includes(d.code));

	// Body (without the title repeated as each page's header), after the sections the header did not know.
	// Among them the body label (`３．議事`) is a heading of the text too; its text after the label (`２．議事　本日は…`)
	// is the body's first line already.
	// (Only fields before it, `５　傍聴者　２名`, `会議名　…`: the label (`８　会議内容`) heads nothing of the order, and had been a
	// paragraph; one the text reads as a heading on its own, `９．議事の経過の要領及びその結果`, still heads the text under the fields.)
	const label = labelHeading(lines, header);
	const bodyLines = unknown.length === 0 ? header.body : [...unknown, ...(orderKept ? label : label.filter((source) => classifyBareLine(source.text).kind === 'heading')), ...header.body].sort((a, b) => a.line - b.line);
	const pages = withoutPageHeaders(bodyLines, header.title);
	pages.kept = splitInlineTurns(MARKDOWN_FILE.test(options.source) ? pages.kept.map((source) => ({ ...source, text: shownMarkdown(source.text) })) : pages.kept);
	const listed = participantSurnames(record.participants);
	const marked = bodyLegend(lines, header.bodyLine, pages.kept);
	const legend = marked.size > 0 ? marked : unnamedCircleLegend(header.title?.text ?? '', pages.kept);
	if (legend.get('○') === UNNAMED_SPEAKER && marked.size === 0) {
		diagnostics.push(warning('unnamed-speakers', header.bodyLine, `the speeches are paragraphs marked ○ that name no speaker: each is read as a turn of "${UNNAMED_SPEAKER}"; to name their role, add a legend line such as (○は委員の発言) under the body's label`));
	}
	const parsed = parseBody(pages.kept, diagnostics, { legend, surnames: new Set([...listed.surnames, ...recurringSpeakers(pages.kept)]), oneLetterSurnames: listed.oneLetter, bodies: listedBodies(record.participants), introduced: introducedMarks(lines), rows, agenda: record.agenda.map((item) => item.title) });
	/** Where an undated record's date came from, for the warning about a 日時 without its year. */
	let datedBy = 'the title';
	if (undated) {
		// A committee's record with the date in its title line (`総務文教常任委員会　令和６年６月24日（月）`) and speakers'
		// turns below, but no date line: the title dates it. A text without turns (a report, a memo) stays undated here.
		const title = parsed.remarks.length >= 2 ? header.title : null;
		const dated = title !== null && findDate(title.text)?.ok === true;
		// (The year in the title and the day on a line just below it: `平成29年度 議会運営委員会` / `第10回委員会 (1月22日)`.)
		const apart = title && !dated ? findYearAndDay([title], lines.filter((source) => source.line > title.line && source.text.trim() !== '').slice(0, DAY_LINES)) : null;
		if (title && dated) readDate([title], title.line, record, diagnostics);
		else if (title && apart) {
			record.date = apart.iso;
			diagnostics.push(warning('year-apart', apart.dayLine.line, `the date is read from the title's year ("${trimSpaces(title.text)}") and this line's day ("${trimSpaces(apart.dayLine.text)}"); write it like ${DATE_EXAMPLE}`));
		} else {
			const at = header.title?.line ?? lines.find((source) => source.text.trim() !== '')?.line ?? null;
			// The file's name may date it (`20240612_研究室ミーティング.txt`), as a transcript's does.
			const named = dateInFileName(options.source);
			// A 日時 without its year (`７月２０日（土）`) takes it from the date the minutes were signed at their end.
			const signed = record.dayOnly ? yearFromSignature(record.dayOnly, lines) : null;
			if (signed) {
				record.date = signed.iso;
				record.dayOnly = null;
				diagnostics.push(warning('year-from-signature', signed.line, `the meeting's date has no year: the year is taken from the date the minutes were signed ("${trimSpaces(signed.text)}"); write it like ${DATE_EXAMPLE}`));
			} else if (named) {
				record.date = named.iso;
				datedBy = "the file's name";
				diagnostics.push(warning('date-from-file-name', at, `no date in the text: dated ${named.iso} from the file's name; add a line such as ${DATE_EXAMPLE} after the title to say it in the minutes`));
			} else if (parsed.remarks.length >= 2 && (parsed.remarks.every((remark) => RECORDING_STAMPED.test(remark.text)) || parsed.remarks.every((remark) => isNumberedSpeaker(remark.speaker)))) {
				// (A transcript saved as text, each turn stamped with the time into the recording, has no header to add a 日時 to.)
				// (Nor has one whose every turn is a transcription app's numbered speaker, `話者1: …`, `Speaker 2: …`: the error had
				// asked for a 日時 after a title such a file does not have.)
				diagnostics.push(error('no-date', at, `a transcript saved as text holds no date: put the meeting's date in the file's name (e.g. 打合せ_2024-10-07.txt) or a line such as "2024年10月7日" above the first turn (line ${at})`));
			} else diagnostics.push(error('no-date', at, `no date found in a header line this reader knows (日時, 開催日時, 日　時 …): add a line such as ${DATE_EXAMPLE} after the title (line ${at})`));
		}
	}
	// `日　時　9月12日(木) 午前10時`, as a notice copied into the record writes it: the title's date (or the file's name's) stood for it.
	if (record.dayOnly) diagnostics.push(warning('no-year', record.dayOnly.line, `the date "${trimSpaces(record.dayOnly.text)}" has no year: the date of ${datedBy} is used; write it like ${DATE_EXAMPLE}`));
	if (!header.hasBody) {
		const last = header.sections.at(-1)?.line ?? header.title?.line ?? null;
		diagnostics.push(
			error('no-body', last, `no minutes text found: add a line such as "5. 議事概要" followed by the text${last === null ? '' : ` after the header that ends near line ${last}`}`),
		);
	} else if (parsed.body.every((section) => section.children.length === 0)) {
		diagnostics.push(error('empty-body', header.bodyLine, 'the minutes text has nothing recognizable: expected paragraphs, "(1) 開会" sections or "小山構成員)" speaker lines'));
	}
	const agenda = mergeAgenda(record.agenda, parsed.agenda, parsed.sections);
	// `６　配布資料` after the minutes (a prefecture's 会議録 lists them last): its handouts are the record's, when the header
	// listed none; the list stays in the text where it stands.
	if (record.handouts.length === 0) record.handouts.push(...handoutsAfterMinutes(parsed.body, diagnostics));

	// Title, series, session.
	// Only a secretariat (`…タスクフォース事務局`) names the series; a ministry line (`総務省`) does not.
	const info = header.title ? readTitle(header.title.text, issuer !== null && /(?:事務局|事務室)$/u.test(issuer) ? issuer : null) : null;
	// `平成31年 県土整備委員会 本文 …` / `福岡県議会`: the assembly a minutes system names alone under a committee's title goes
	// before the committee, as an assembly's series is named (`福岡県議会 県土整備委員会`).
	const assembly = header.title && info?.series ? assemblyBelow(lines, header.title.line) : null;
	if (info && assembly && info.series && !ASSEMBLY_NAME.test(info.series) && COMMITTEE_NAME.test(info.series)) info.series = `${assembly} ${info.series}`;
	// So does an association's or a school's name under the title (`市立ひばりが丘小学校PTA 運営委員会`): every body has its 理事会.
	if (info && organisation && info.series && !seriesKey(info.series).includes(seriesKey(organisation))) info.series = `${organisation} ${info.series}`;
	// And a line under the title that is the series' own name with the place before it (`教育委員会会議録` / `令和６年３月２３日開催` /
	// `ひがし市教育委員会`): the body's full name, as every city has its 教育委員会 (the series had been one for all of them).
	const fuller = info?.series ? fullerSeries(header.preamble, info.series, header.title?.line ?? 0) : null;
	if (info && fuller !== null) info.series = fuller;
	// `臨時株主総会議事録`, `取締役会議事録` naming no company: the company that signs it (`株式会社あおぞらフーズ　代表取締役　大野　悟　㊞`)
	// holds it.
	if (info?.series && COMPANY_MEETING.test(info.series)) {
		const company = signingCompany(lines);
		if (company !== null) info.series = `${company} ${info.series}`;
	}
	if (header.title && info && info.series === null) {
		diagnostics.push(error('no-series', header.title.line, 'the title names no meeting body: write it like "サイバーセキュリティタスクフォース（第42回）議事要旨"'));
	}

	if (diagnostics.some((d) => d.severity === 'error') || !info || !info.series || !record.date) {
		return noRecord('council', parsed.body, diagnostics);
	}
	const bodyTexts = pages.kept.map((source) => trimSpaces(source.text));
	// Without a start in the header, the sitting's opening line in the text (`(1) 開会  午前10時30分`, `午前10時開会`).
	const start = record.start ?? openingTime(bodyTexts);
	const candidate: Meeting = {
		title: info.title,
		series: info.series,
		seriesSlug: seriesSlug(info.series, options.seriesSlugs),
		session: info.session ?? sittingInHeader(header),
		// A record of speakers' turns is minutes whatever its title line says (`令和 6年総務常任委員会`, a viewer's listing line).
		kind: info.kind === 'document' && ((header.bodyLabel !== null && /議事(?:要旨|録|概要)/u.test(matchForm(header.bodyLabel))) || parsed.remarks.length >= MINUTES_TURNS) ? 'minutes' : info.kind,
		source: options.source,
		sourceHash: options.sourceHash,
		date: record.date,
		start,
		// Without an end in the header, the sitting's closing line at the end of the text (`午後二時四十七分散会`).
		end: record.end ?? (start === null ? null : closingTime(bodyTexts)),
		location: record.location,
		participants: namedBySpeech(withCountsOnNames(record.participants), new Set(parsed.remarks.map((remark) => remark.speaker))),
		handouts: record.handouts,
		agenda,
		sections: parsed.sections,
		remarks: parsed.remarks,
	};
	const titleLine = header.title?.line ?? null;
	const dateLine = header.sections.find((s) => s.key === 'date')?.line ?? null;
	return finishRecord('council', candidate, parsed.body, diagnostics, {
		title: titleLine,
		series: titleLine,
		seriesSlug: titleLine,
		session: titleLine,
		kind: titleLine,
		date: dateLine,
	});
}

/** A sitting named on a line of its own in the header: `令和6年第20回定例会`, `第５回臨時会` (NFKC, no spaces). */
const SITTING_LINE = /^(?:(?:令和|平成|昭和)(?:元|[0-9]{1,2})年度?)?第(?<number>[0-9]{1,3})回(?:定例|臨時)会?$/u;

/**
 * The sitting's number from such a line under a title that gives none (`みどり区教育委員会会議録` over the times and
 * `令和6年第20回定例会`, as a ward's education board heads its record), or null.
 */
function sittingInHeader(header: HeaderSplit): number | null {
	for (const source of [...header.preamble, ...header.sections.flatMap((section) => section.lines)]) {
		if (source.text.length > 40) continue;
		const number = SITTING_LINE.exec(matchForm(source.text).replace(/\s/gu, ''))?.groups?.number;
		if (number !== undefined) return Number(number);
	}
	return null;
}

/** An assembly's name alone on its line: `福岡県議会`, `諫早市議会`, `かわせみ環境衛生組合議会`. */
/**
 * The record's own title under a minutes system's title line, naming the same body with the record's word
 * (`総務常任委員会記録` under `令和 6年 9月12日総務常任委員会－09月12日－01号`): the title again.
 */
function isBodysRecordTitle(text: string, title: string): boolean {
	if (text.length > 60) return false;
	const line = readTitle(text, null);
	return line.kind === 'minutes' && line.series !== null && line.series === readTitle(title, null).series;
}

/** The title again without its minutes word over a 次第 (`消費者委員会　第４３０回本会議` under `…本会議　議事録`). */
function isTitleWithoutKind(text: string, title: string): boolean {
	const form = (line: string): string => matchForm(line).replace(/[\s\u3000]/gu, '');
	const line = form(text);
	const whole = form(title);
	return line.length >= 4 && whole.startsWith(line) && /^(?:議事録|議事要旨|議事概要|会議録)$/u.test(whole.slice(line.length));
}

/** A heading of the handouts in the text (NFKC, no spaces): `配布資料`, `配付資料`, `会議資料`, `資料一覧`. */
const HANDOUTS_HEADING = /^(?:[0-9]{1,2}[.．、]?)?(?:配布資料|配付資料|会議資料|資料)(?:一覧)?$/u;

/** The handouts a section of the text headed `配布資料` lists, one a paragraph (`資料１－１　…`), from its first line on. */
function handoutsAfterMinutes(body: readonly BodySection[], diagnostics: Diagnostic[]): Handout[] {
	const section = body.find((part) => HANDOUTS_HEADING.test(matchForm(part.title).replace(/\s/gu, '')));
	const lines: SourceLine[] = [];
	for (const block of section?.children ?? []) {
		if (block.type !== 'paragraph' || !opensHandoutList(block.text)) break;
		lines.push({ line: block.line, text: block.text });
	}
	return lines.length === 0 ? [] : parseHandouts(lines, diagnostics);
}

const ASSEMBLY_LINE = new RegExp(`^[\\s\\u3000]*${ASSEMBLY_NAME.source}[\\s\\u3000]*$`, 'u');
/**
 * An association's, a company's or a school's name alone on its line (NFKC): `市立ひばりが丘小学校PTA`, `特定非営利活動法人
 * さくら環境ネットワーク`, `ライオンズガーデン東町管理組合`, `株式会社みどり野フーズ`.
 */
const ORGANISATION_LINE = /^(?:[^\s\u3000。、:：]{1,30}[\s\u3000]?){1,2}(?:PTA|法人|組合|協会|学会|連合会|町内会|自治会|町会|商工会|医師会|同窓会|後援会|振興会|友の会|株式会社|有限会社|合同会社|財団|学校|大学|学園|保育園|幼稚園|ネットワーク|クラブ)$|^(?:株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|社会福祉法人|特定非営利活動法人|NPO法人|学校法人|医療法人)[\s\u3000]?\S{1,30}$/u;

/** A date, or an era's year, in what goes before the series' name on a line. */
const DATE_BEFORE_SERIES = /令和|平成|昭和|[0-9０-９][年月日]/u;
/** How many lines under the title may name the body in full. */
const FULLER_SERIES_LINES = 3;

/**
 * A line of the preamble, among the first under the title, that is the series' name with more before it and nothing after
 * (`ひがし市教育委員会` for `教育委員会`): that line, or null.
 */
function fullerSeries(preamble: readonly SourceLine[], series: string, titleLine: number): string | null {
	const key = seriesKey(series);
	const under = preamble.filter((source) => source.line > titleLine && source.text.trim() !== '').slice(0, FULLER_SERIES_LINES);
	for (const source of under) {
		const text = trimSpaces(source.text);
		const line = seriesKey(text);
		const before = line.slice(0, -key.length);
		// (A date before it is no place: `令和 6年11月13日議会運営委員会`, a minutes system's line of the sitting.)
		if ([...text].length <= 40 && line.length > key.length && line.endsWith(key) && /^[^\s\u3000。、，,:：（()）「」]+$/u.test(before) && !DATE_BEFORE_SERIES.test(before)) return text;
	}
	return null;
}

/** The first line under the title (the preamble's first line after it). */
function isUnderTitle(preamble: readonly SourceLine[], source: SourceLine, titleLine: number): boolean {
	return preamble.find((line) => line.line > titleLine && line.text.trim() !== '' && !isSeparator(line.text)) === source;
}

/** A committee's name (`県土整備委員会`, `議会運営委員会`, `予算決算常任委員会`), or a part of one (`決算特別委員会第２分科会`). */
const COMMITTEE_NAME = /委員会$|委員会.{0,6}分科会$/u;

/** The assembly's name alone on a line (`みどり県議会`, as a committee's record sets it under its title or over the first turn). */
const isAssemblyLine = (text: string): boolean => text.length <= ASSEMBLY_LINE_MAX && ASSEMBLY_LINE.test(matchForm(text));
/** How many non-blank lines under the title may come before the assembly's name. */
const ASSEMBLY_BELOW_LINES = 3;
/** How far down a header whose first turn is seen the assembly's name may stand on a line of its own. */
const ASSEMBLY_HEADER_LINES = 60;
/** The longest line that can hold an assembly's name alone (a longer one is never handed to the pattern). */
const ASSEMBLY_LINE_MAX = 80;
/** A line opening with a turn's mark (`○青山委員長　…`). */
const TURN_MARK_FIRST = /^[\s\u3000]*[○◯〇◎●◆◇]/u;

/** A company's meeting named alone: `定時株主総会`, `臨時株主総会`, `取締役会`, `監査役会`. */
const COMPANY_MEETING = /^(?:(?:定時|臨時)?株主総会|取締役会|監査役会)$/u;
/**
 * A company's name opening a line of the signatures, then the signer's post or the meeting (`株式会社みどり商事　代表取締役　…`,
 * `…株式会社　定時株主総会`, `…株式会社　第２５回定時株主総会`, `…株式会社　取締役会`), or alone.
 */
const SIGNING_COMPANY = /^(?<company>(?:株式会社|有限会社|合同会社)[\s\u3000]?[^\s\u3000]{1,30}|[^\s\u3000]{1,30}(?:株式会社|有限会社|合同会社))(?:[\s\u3000]+(?:代表取締役|取締役|(?:第[0-9０-９]{1,3}回)?(?:定時|臨時)?株主総会|取締役会|監査役会)(?:[\s\u3000].*)?)?$/u;
/** The last lines looked at for the signing company: a board's signatures may be six signers under it. */
const SIGNING_COMPANY_LINES = 12;

/** The company named in the signatures at a file's end, or null. */
function signingCompany(lines: readonly SourceLine[]): string | null {
	for (const source of lines.filter((line) => line.text.trim() !== '').slice(-SIGNING_COMPANY_LINES).reverse()) {
		const company = SIGNING_COMPANY.exec(trimSpaces(source.text))?.groups?.company;
		if (company !== undefined) return company;
	}
	return null;
}

/** The assembly's name alone on one of the first lines under the title line, or on a line of the header above the first turn, or null. */
function assemblyBelow(lines: readonly SourceLine[], titleLine: number): string | null {
	const below = lines.filter((source) => source.line > titleLine && source.text.trim() !== '');
	// (`総務常任委員会会議録` / `１　日　時　…` … / `ひばり野市議会` over the first turn: the name on a line of its own further down
	// the header, under the rolls or the place, names the assembly too; the header ends at the first turn.)
	const turn = below.findIndex((source) => TURN_MARK_FIRST.test(source.text.slice(0, ASSEMBLY_LINE_MAX)));
	const header = below.slice(0, turn < 0 ? ASSEMBLY_BELOW_LINES : Math.max(ASSEMBLY_BELOW_LINES, Math.min(turn, ASSEMBLY_HEADER_LINES)));
	for (const source of header) {
		const name = source.text.length <= ASSEMBLY_LINE_MAX ? ASSEMBLY_LINE.exec(matchForm(source.text))?.groups?.name : undefined;
		if (name) return name;
	}
	return null;
}

/** Council minutes: always willing (it is tried after the readers of more particular layouts). */
export const councilReader: Reader = {
	family: 'council',
	recognize: () => true,
	read: (document, options) => [readCouncil(document, options)],
};
