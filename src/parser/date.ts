/** Dates (和暦・西暦) and start/end times as written in minutes headers. */
import { matchForm } from './normalize.ts';
import { NUMERAL_SOURCE, parseNumeral } from './numerals.ts';

/** Japanese eras, newest first, with the Gregorian date each began. */
export const ERAS: readonly { name: string; start: string }[] = [
	{ name: '令和', start: '2019-05-01' },
	{ name: '平成', start: '1989-01-08' },
	{ name: '昭和', start: '1926-12-25' },
	{ name: '大正', start: '1912-07-30' },
	{ name: '明治', start: '1868-10-23' },
];

const ERA_NAMES = ERAS.map((era) => era.name).join('|');

/** The Western year of an era's year (`令和`, 5 → 2023; 元年 is 1), or null for a name that is no era. */
export function eraToWestern(eraName: string, eraYear: number): number | null {
	const era = ERAS.find((candidate) => candidate.name === eraName);
	return era ? Number(era.start.slice(0, 4)) + eraYear - 1 : null;
}
const WEEKDAYS = '日月火水木金土';

/** After a day's 日, the 市 or 町 of a place whose name the 日 began (`四日市市`, `十日町市`, `五日市町`): no day then. */
const PLACE_AFTER_DAY = '(?![市町][市町])';
/**
 * The other reckoning of the year in brackets, as assemblies write it: `令和7年（2025年）`, `2025年（令和7年）`;
 * read for a check against the year before it.
 */
const OTHER_YEAR = `(?:\\s*\\(\\s*(?<otherEra>${ERA_NAMES})?\\s*(?<otherYear>元|[0-9]+)\\s*年?\\s*\\))?`;
/**
 * `令和5年2月1日（水）`, `2024年3月27日`, `令和元年`, `令和7年（2025年）1月24日`, kanji numerals, the era's initial (`R6年10月16日`,
 * as notes abbreviate it), a meeting of two days by its first (`2024年9月19、20日`, `9月19・20日`, `19～20日`); matched on the NFKC form.
 * A numeral's 日 that begins a place's name before its 市 or 町 is no day (`令和5年8月四日市市議会`, `十日町市`).
 */
const JAPANESE_DATE = new RegExp(
	`(?<era>${ERA_NAMES}|(?<![A-Za-z])[RHS](?=\\s*[0-9元]))?\\s*(?<year>元|${NUMERAL_SOURCE})\\s*年${OTHER_YEAR}\\s*(?<month>${NUMERAL_SOURCE})\\s*月\\s*(?<day>${NUMERAL_SOURCE})(?:\\s*[、,・～~〜\\-－]\\s*(?:${NUMERAL_SOURCE}))?\\s*日${PLACE_AFTER_DAY}`,
	'u',
);
/** Era initials of a numeric date (`R6.12.3`, `H31.4.1`), as forms and notes abbreviate the era. */
const ERA_INITIALS: Readonly<Record<string, string>> = { R: '令和', H: '平成', S: '昭和', T: '大正', M: '明治', 令: '令和', 平: '平成', 昭: '昭和' };
/** `R6.12.3`, `H31/4/1`, `令和6.12.3`, `令6.10.16`: an era (or its initial, Latin or its first kanji) and year, month, day with one separator. */
const ERA_NUMERIC_DATE = new RegExp(
	`(?<![A-Za-z0-9])(?<era>${ERA_NAMES}|[RHSTM]|(?<!\\p{Script=Han})[令平昭])\\s*(?<year>元|[0-9]{1,2})\\s*(?<sep>[/.-])\\s*(?<month>[0-9]{1,2})\\s*\\k<sep>\\s*(?<day>[0-9]{1,2})(?![0-9])`,
	'u',
);
/** `2024/3/27`, `2024-03-27`, `2024.3.27`. */
const NUMERIC_DATE = /(?<![0-9])(?<year>[0-9]{4})\s*(?<sep>[/.-])\s*(?<month>[0-9]{1,2})\s*\k<sep>\s*(?<day>[0-9]{1,2})(?![0-9])/u;
/**
 * `06/27/2022`: month, day and the year last, as forms exported from some assemblies' document systems write it (a day
 * over 12 first, `27/06/2022`, is read day first).
 */
const YEAR_LAST_DATE = /(?<![0-9/])(?<month>[0-9]{1,2})\s*\/\s*(?<day>[0-9]{1,2})\s*\/\s*(?<year>[0-9]{4})(?![0-9/年])/u;
/** English month names and their abbreviations, in calendar order. */
const MONTH_NAMES = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'];
const MONTH_NAME = `(?<monthName>${MONTH_NAMES.join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** `14 March 2024`, `14th Mar. 2024` (English minutes of associations and international meetings). */
const ENGLISH_DAY_MONTH = new RegExp(`(?<![A-Za-z0-9])(?<day>[0-9]{1,2})${ORDINAL}\\s+${MONTH_NAME},?\\s+(?<year>[0-9]{4})(?![0-9])`, 'iu');
/** `March 14, 2024`, `Mar 14th 2024`. */
const ENGLISH_MONTH_DAY = new RegExp(`(?<![A-Za-z])${MONTH_NAME}\\s+(?<day>[0-9]{1,2})${ORDINAL},?\\s+(?<year>[0-9]{4})(?![0-9])`, 'iu');

/** Each month's name, whole. */
const MONTH_PATTERNS = MONTH_NAMES.map((pattern) => new RegExp(`^(?:${pattern})$`, 'iu'));

/** The month (1–12) of an English month name or abbreviation. */
function monthOfName(name: string): number | null {
	const index = MONTH_PATTERNS.findIndex((pattern) => pattern.test(name));
	return index === -1 ? null : index + 1;
}

/** A weekday in any brackets right after the date: （水）, (水曜日), 【水】. */
const WEEKDAY_SOURCE = `[(\\[【〔<〈《]\\s*(?<weekday>[${WEEKDAYS}])(?:曜日?)?\\s*[)\\]】〕>〉》]`;
const WEEKDAY = new RegExp(`^\\s*${WEEKDAY_SOURCE}`, 'u');
/** A weekday in brackets that closes a text: `…28日（水曜日）`, `…（水）`. */
const WEEKDAY_LAST = new RegExp(`${WEEKDAY_SOURCE}\\s*$`, 'u');

/** True when a text ends with a weekday in brackets (`令和６年９月12日（木曜日）`, `２月28日(水)`), as a sitting's day line does. */
export function endsWithWeekday(text: string): boolean {
	return WEEKDAY_LAST.test(matchForm(text));
}

/** A date found in a line of text. */
export type DateFinding =
	| {
			ok: true;
			/** `YYYY-MM-DD` */
			iso: string;
			/** The date as matched (NFKC form), for messages. */
			written: string;
			/** Offset in the NFKC text right after the date and its weekday. */
			end: number;
			/** Problems that do not stop the date being used. */
			warnings: { code: string; message: string }[];
	  }
	| { ok: false; code: string; message: string };

/** Dates are four-digit years (YYYY-MM-DD). */
const MAX_YEAR = 9999;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The era a Gregorian date falls in, or null before the table begins. */
function eraOf(iso: string): string | null {
	return ERAS.find((era) => era.start <= iso)?.name ?? null;
}

/** Find the first date in a text (NFKC form is taken inside) and validate it. */
export function findDate(raw: string): DateFinding | null {
	const text = matchForm(raw);
	// The earliest of the three forms in the text (the first listed wins a tie).
	const yearLast = YEAR_LAST_DATE.exec(text);
	const match = [JAPANESE_DATE.exec(text), NUMERIC_DATE.exec(text), ERA_NUMERIC_DATE.exec(text), ENGLISH_DAY_MONTH.exec(text), ENGLISH_MONTH_DAY.exec(text), yearLast].reduce<RegExpExecArray | null>(
		(first, next) => (next && (!first || next.index < first.index) ? next : first),
		null,
	);
	if (!match?.groups) return null;
	const groups = match.groups;
	const written = match[0].trim();
	const eraName = groups.era ? (ERA_INITIALS[groups.era] ?? groups.era) : undefined;
	const era = eraName ? ERAS.find((entry) => entry.name === eraName) : undefined;
	const yearNumber = groups.year === '元' ? 1 : parseNumeral(groups.year ?? '');
	let month = groups.monthName !== undefined ? monthOfName(groups.monthName) : parseNumeral(groups.month ?? '');
	let day = parseNumeral(groups.day ?? '');
	if (match === yearLast && month !== null && day !== null && month > 12 && day <= 12) [month, day] = [day, month];
	if (yearNumber === null || month === null || day === null) {
		return { ok: false, code: 'invalid-date', message: `cannot read the numbers in "${written}"` };
	}
	if (groups.year === '元' && !era) {
		return { ok: false, code: 'invalid-date', message: `"${written}" uses 元年 without an era name such as 令和` };
	}
	if (!era && yearNumber < 1000) {
		return {
			ok: false,
			code: 'invalid-date',
			message: `"${written}" has no era name: write 令和${yearNumber}年… or a four-digit year`,
		};
	}
	if (era && yearNumber < 1) {
		return { ok: false, code: 'invalid-date', message: `"${written}": era years start at 元年 (1)` };
	}
	const year = era ? (eraToWestern(era.name, yearNumber) ?? yearNumber) : yearNumber;
	if (year > MAX_YEAR) {
		return { ok: false, code: 'invalid-date', message: `"${written}": year ${year} is out of range: write a four-digit year (or an era year such as 令和5年)` };
	}
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return {
			ok: false,
			code: 'invalid-date',
			message: `"${written}" is not a calendar date (${year}-${pad(month)} has ${month >= 1 && month <= 12 ? daysInMonth(year, month) : 'no'} days)`,
		};
	}
	const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	const warnings: { code: string; message: string }[] = [];
	if (groups.otherYear !== undefined) {
		// The bracketed year must name the same year: 令和7年（2025年）, 2025年（令和7年）.
		const otherNumber = groups.otherYear === '元' ? 1 : Number(groups.otherYear);
		const other = groups.otherEra ? (eraToWestern(groups.otherEra, otherNumber) ?? otherNumber) : otherNumber;
		if (other !== year) {
			warnings.push({ code: 'date-years-differ', message: `"${written}": the year in brackets is ${other}, the date's is ${year}; check which is right` });
		}
	}
	if (era && eraOf(iso) !== era.name) {
		warnings.push({
			code: 'date-outside-era',
			message: `"${written}" (${iso}) is not within ${era.name}; check the era or the year`,
		});
	}
	let end = match.index + match[0].length;
	const weekday = WEEKDAY.exec(text.slice(end));
	if (weekday?.groups?.weekday) {
		end += weekday[0].length;
		const actual = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
		if (actual !== weekday.groups.weekday) {
			warnings.push({
				code: 'weekday-mismatch',
				message: `${iso} is a ${actual}曜日 but the text says ${weekday.groups.weekday}`,
			});
		}
	}
	return { ok: true, iso, written, end, warnings };
}

/** A year without its day (`平成29年`, `令和元年`, `2017年`, or with the month: `令和６年１２月` of a 定例会), never a fiscal year (`年度`). */
const YEAR_ALONE = new RegExp(`(?<era>${ERA_NAMES})?\\s*(?<year>元|${NUMERAL_SOURCE})\\s*年(?!度)(?:\\s*(?<month>${NUMERAL_SOURCE})\\s*月(?!\\s*(?:${NUMERAL_SOURCE})\\s*日))?`, 'u');
/** A month and day without a year (`六月二十一日`, `6月21日`). */
const MONTH_DAY = new RegExp(`(?<![0-9年])(?<month>${NUMERAL_SOURCE})\\s*月\\s*(?<day>${NUMERAL_SOURCE})\\s*日${PLACE_AFTER_DAY}`, 'u');

/**
 * The date of a text that is a month and day alone, maybe with its weekday after it (`2月28日`, `二月二十八日(水曜日)`), in
 * `year`; null for any other text or a day the month has not.
 */
export function yearlessDay(text: string, year: number): string | null {
	const form = matchForm(text).trim();
	const day = MONTH_DAY.exec(form);
	if (day?.index !== 0 || !day.groups) return null;
	const rest = form.slice(day[0].length);
	if (rest !== '' && WEEKDAY.exec(rest)?.[0] !== rest) return null;
	const found = findDate(`${year}年${day.groups.month}月${day.groups.day}日`);
	return found?.ok ? found.iso : null;
}

/**
 * The date of a sitting whose lines give the year and the day apart (`平成29年第二回定例会会議録(第4日 6月21日)`, or
 * the year in the title and `六月二十一日(水曜日)` below): the first year written alone in `yearText`, with the first
 * month and day in `dayText`; null when either is missing or they make no date.
 */
export function combineYearAndDay(yearText: string, dayText: string): { iso: string } | null {
	const year = YEAR_ALONE.exec(matchForm(yearText));
	if (!year?.groups) return combineFiscalYearAndDay(yearText, dayText);
	const day = MONTH_DAY.exec(matchForm(dayText));
	if (!day?.groups) return null;
	// `令和６年１２月定例会` with `（１２月１０日）`: the day must fall in the month the year line names.
	if (year.groups.month !== undefined && parseNumeral(year.groups.month) !== parseNumeral(day.groups.month ?? '')) return null;
	const found = findDate(`${year.groups.era ?? ''}${year.groups.year}年${day.groups.month}月${day.groups.day}日`);
	return found?.ok ? { iso: found.iso } : null;
}

/**
 * The first date made of a year on one of `yearLines` and a month and day on one of `dayLines` (`combineYearAndDay`, tried
 * year line by year line, day line by day line), with the two lines it came from; null when no pair makes one. Every
 * reader that finds a year and a day written apart asks this.
 */
export function findYearAndDay<T extends { text: string }>(yearLines: readonly T[], dayLines: readonly T[]): { iso: string; yearLine: T; dayLine: T } | null {
	for (const yearLine of yearLines) {
		for (const dayLine of dayLines) {
			const combined = combineYearAndDay(yearLine.text, dayLine.text);
			if (combined) return { iso: combined.iso, yearLine, dayLine };
		}
	}
	return null;
}

/** A fiscal year alone (`平成29年度`, `令和6年度`): April of that year to March of the next. */
const FISCAL_YEAR = new RegExp(`(?<era>${ERA_NAMES})?\\s*(?<year>元|${NUMERAL_SOURCE})\\s*年度`, 'u');

/**
 * The date of a sitting whose title gives only the fiscal year (`平成29年度 議会運営委員会` over `第10回委員会 (1月22日)`,
 * as some committees' pages write it): January to March fall in the next calendar year.
 */
function combineFiscalYearAndDay(yearText: string, dayText: string): { iso: string } | null {
	const fiscal = FISCAL_YEAR.exec(matchForm(yearText))?.groups;
	const day = fiscal ? MONTH_DAY.exec(matchForm(dayText))?.groups : undefined;
	if (!fiscal || !day) return null;
	const start = findDate(`${fiscal.era ?? ''}${fiscal.year}年4月1日`);
	const month = parseNumeral(day.month ?? '');
	if (!start?.ok || month === null || month < 1 || month > 12) return null;
	const calendar = Number(start.iso.slice(0, 4)) + (month <= 3 ? 1 : 0);
	const found = findDate(`${calendar}年${day.month}月${day.day}日`);
	return found?.ok ? { iso: found.iso } : null;
}

/** An hour or minute in digits or kanji numerals (十時, 四時五分, 零時). */
const CLOCK_NUMBER = '[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3}';
/** One clock time: `16:00`, `10：00`, `7:00 PM` and `7:00午後` (the meridiem after it, as Teams and English apps write it), `午後2時`, `14時30分`, `2時半`, `午後三時`, `午前十時五分`, `午後零時`. */
const CLOCK_SOURCE = `(?<AP>午前|午後|(?<![A-Za-z])[AaPp]\\.?[Mm]\\.?(?![A-Za-z]))?\\s*(?<H>${CLOCK_NUMBER})\\s*(?::\\s*(?<M>[0-9]{2})(?:[ \\t]?(?<PA>午前(?!中)|午後|[AaPp]\\.?[Mm]\\.?(?![A-Za-z])))?|時\\s*(?:(?<N>${CLOCK_NUMBER})\\s*分|(?<half>半))?)`;
/** A clock time that closes the meeting: `午後３時１０分閉会`, `15時散会`, `16:00終了`. */
const CLOSING_CLOCK = new RegExp(`${CLOCK_SOURCE}\\s*(?:閉会|散会|閉議|終了)`, 'u');
/** Start and optional end, separated by ～ ~ 〜 - ― から. */
const TIME_RANGE = new RegExp(
	`${CLOCK_SOURCE.replace(/<(AP|PA|H|M|N|half)>/g, '<start$1>')}(?:\\s*(?:[~〜\\-‐―−ー–—]|から)\\s*${CLOCK_SOURCE.replace(/<(AP|PA|H|M|N|half)>/g, '<end$1>')})?`,
	'u',
);

/** A start/end time pair (`HH:MM`), either possibly null. */
export interface TimeRange {
	start: string | null;
	end: string | null;
	warnings: { code: string; message: string }[];
}

function toClock(
	ampm: string | undefined,
	hourText: string | undefined,
	minuteText: string | undefined,
	half: boolean,
	inheritedAmpm?: string,
): { clock: string | null; error?: string } {
	let hour = parseNumeral(hourText ?? '') ?? Number.NaN;
	const minute = half ? 30 : (parseNumeral(minuteText ?? '0') ?? Number.NaN);
	// `PM 6:30` (an app's export) as `午後6:30`.
	const meridiem = ampm === undefined ? inheritedAmpm : /^[Pp]/u.test(ampm) ? '午後' : /^[Aa]/u.test(ampm) ? '午前' : ampm;
	if (meridiem === '午後' && hour < 12) hour += 12;
	if (meridiem === '午前' && hour === 12) hour = 0;
	if (Number.isNaN(hour) || Number.isNaN(minute) || hour > 24 || minute > 59 || (hour === 24 && minute > 0)) {
		return { clock: null, error: `${hourText}:${minuteText ?? '00'}` };
	}
	return { clock: `${pad(hour)}:${pad(minute)}` };
}

/** Find a start time and optional end time in a text (NFKC form is taken inside). */
export function findTimeRange(raw: string): TimeRange | null {
	// `午前10時00分から正午まで`: noon is 12時 (正午 in a range only; never inside a word such as 正午前).
	const text = matchForm(raw).replace(/(?<=から|[~〜\-‐―−ー–—]\s{0,2})正午(?![前後])/u, '12時');
	const match = TIME_RANGE.exec(text);
	if (!match?.groups) return null;
	const g = match.groups;
	const warnings: TimeRange['warnings'] = [];
	const start = toClock(g.startAP ?? g.startPA, g.startH, g.startM ?? g.startN, g.starthalf !== undefined);
	// 午後2時～4時: the end inherits 午後 when it has none and would otherwise come before the start.
	const endHourRaw = g.endH === undefined ? undefined : (parseNumeral(g.endH) ?? undefined);
	const inherit = g.endAP === undefined && g.endPA === undefined && /^(?:午後|[Pp])/u.test(g.startAP ?? g.startPA ?? '') && endHourRaw !== undefined && endHourRaw < 12 ? '午後' : undefined;
	let end: { clock: string | null; error?: string } = g.endH === undefined ? { clock: null } : toClock(g.endAP ?? g.endPA, g.endH, g.endM ?? g.endN, g.endhalf !== undefined, inherit);
	// `午後２時００分開会　午後３時１０分閉会`: the closing written apart from the opening.
	if (g.endH === undefined) {
		const closing = CLOSING_CLOCK.exec(text.slice(match.index + match[0].length))?.groups;
		if (closing) end = toClock(closing.AP ?? closing.PA, closing.H, closing.M ?? closing.N, closing.half !== undefined);
	}
	for (const part of [start, end]) {
		if (part.error) warnings.push({ code: 'invalid-time', message: `"${part.error}" is not a time of day` });
	}
	if (start.clock && end.clock && end.clock < start.clock) {
		warnings.push({ code: 'time-order', message: `the end time ${end.clock} is before the start time ${start.clock}` });
	}
	return { start: start.clock, end: end.clock, warnings };
}

/** What a sitting-time line of a transcript says: the sitting opened, closed, adjourned or resumed. */
export const SITTING_EVENTS = ['開議', '開会', '散会', '閉会', '閉議', '延会', '休憩', '再開'] as const;
export type SittingEvent = (typeof SITTING_EVENTS)[number];

/** The events as a regex source, a space allowed between their two characters (`開　会`, `散　会`). */
const SPACED_EVENTS = SITTING_EVENTS.map((event) => [...event].join('\\s?')).join('|');
/**
 * `午後三時開議`, `午前10時00分 開会`, `午前９時30分 開 会`, `○午前10時00分 開 会` (a mark before it), `=開会 午前10時0分=`, `（午後零時三分休憩）`, `開 会（午後一時四分）`, `散会`: the whole line
 * is the event; an item of a numbered list of the proceedings (`(1) 開会  午前10時30分`, `５　閉会　午後３時`) when it gives a clock.
 */
const SITTING_LINE = new RegExp(
	`^(?:[○◯〇◎△◇◆●□■]\\s*)?(?<item>\\(\\s*[0-9]{1,2}\\s*\\)\\s*|[0-9]{1,2}(?:[.、]\\s*|\\s+))?[\\s=＝(（〔]*(?:(?<before>${SPACED_EVENTS})\\s*(?:[(（]\\s*(?=(?:午前|午後)?\\s*[0-9〇零一二三四五六七八九十]))?)?(?:${CLOCK_SOURCE})?\\s*(?<after>${SPACED_EVENTS})?(?:\\s*[、,・]\\s*(?:${SPACED_EVENTS}))?[\\s=＝)）〕]*$`,
	'u',
);

/** A sitting-time line read: its event and clock time (`HH:MM`, null when the line gives none). */
export interface SittingTime {
	event: SittingEvent;
	clock: string | null;
	/** True when the line is an item of a numbered list (`(1) 開会  午前10時30分`), as a header's fields are. */
	item: boolean;
}

/** Events that end a sitting. */
export const CLOSING_EVENTS: ReadonlySet<SittingEvent> = new Set(['散会', '閉会', '閉議', '延会']);

/** Events that open a sitting. */
const OPENING_EVENTS: ReadonlySet<SittingEvent> = new Set(['開会', '開議']);

/** The chair's words that open or close the sitting with the clock after them, as some cities' records stamp them: `…を開会いたします。(10:00)`. */
const STAMPED_SITTING = /(?<event>開会|開議|閉会|散会|延会)(?:いた)?します[。.]?[(（](?<H>[0-9]{1,2})[:：](?<M>[0-9]{2})[)）]$/u;

/** The close as the chair says it with the clock: `これをもって午後三時十五分散会いたします。`. */
const CLOSE_IN_WORDS = new RegExp(`${CLOCK_SOURCE}\\s*(?<event>散会|閉会|延会)(?:いた)?します[。.]?$`, 'u');
/** The closes a record sets in brackets after the chair's last words, or the chair says with the clock. */
const CLOSES_STAMPED: ReadonlySet<SittingEvent> = new Set(['散会', '閉会', '延会']);

/**
 * The event and clock of a line ending in the chair's stamped words (`委員長(宮坂君):…を閉会いたします。(10:40)`), in the
 * record's close in brackets after them, read as a sitting-time line is (`…散会いたします。（午後３時１５分散会）`,
 * `…閉会いたします。（閉会　午前１１時３０分）`), or in the chair's own words with the clock; else null.
 */
function stampedSitting(line: string): { event: SittingEvent; clock: string | null } | null {
	const tail = matchForm(line.slice(-40));
	const g = STAMPED_SITTING.exec(tail)?.groups;
	if (g) return { event: g.event as SittingEvent, clock: toClock(undefined, g.H, g.M, false).clock };
	const open = Math.max(tail.lastIndexOf('('), tail.lastIndexOf('〔'));
	const sitting = open === -1 ? null : readSittingTime(tail.slice(open));
	if (sitting?.clock && !sitting.item && CLOSES_STAMPED.has(sitting.event)) return { event: sitting.event, clock: sitting.clock };
	const closed = CLOSE_IN_WORDS.exec(tail)?.groups;
	if (!closed?.event) return null;
	return { event: closed.event as SittingEvent, clock: toClock(closed.AP ?? closed.PA, closed.H, closed.M ?? closed.N, closed.half !== undefined).clock };
}

/** A line that is a clock time alone, in brackets or not (`(午後 4時00分)`, `（午前１０時４２分）`): the record's stamp of a moment. */
const BARE_CLOCK = new RegExp(`^[\\s(（〔]*${CLOCK_SOURCE}[\\s)）〕]*$`, 'u');

/** The clock of a line that is a clock time alone, or null. */
function bareClock(line: string): string | null {
	const text = line.trim();
	if (text.length > 40) return null;
	const g = BARE_CLOCK.exec(matchForm(text))?.groups;
	return g ? toClock(g.AP ?? g.PA, g.H, g.M ?? g.N, g.half !== undefined).clock : null;
}

/** The chair's words that open the sitting, and those that close it. */
const OPENING_WORDS = /(?:開会|開議)(?:いた)?します|会議を開きます/u;
const CLOSING_WORDS = /(?:閉会|散会|延会)(?:いた)?します|(?:閉会|散会|延会)とします|会議を閉じます/u;
/** How many lines after a clock alone the chair's opening words may come (a heading such as `◎開会及び開議の宣告` between). */
const OPENING_WORDS_WITHIN = 3;

/**
 * The clock time of the first line that opens the sitting (`開会 午後 1時30分`, `午前10時開議`) among `lines`, else of the first
 * that stamps the chair's opening words (`…開会いたします。(10:00)`), else of a clock alone on its line just before them
 * (`(午後 4時00分)` / `◎開会及び開議の宣告` / `○議長（…）　ただいまから…を開会いたします。`), or null.
 */
export function openingTime(lines: readonly string[]): string | null {
	for (const line of lines) {
		const sitting = readSittingTime(line) ?? readSittingFields(line)?.find((field) => OPENING_EVENTS.has(field.event));
		if (sitting?.clock && OPENING_EVENTS.has(sitting.event)) return sitting.clock;
	}
	for (const line of lines) {
		const stamped = stampedSitting(line);
		if (stamped?.clock && OPENING_EVENTS.has(stamped.event)) return stamped.clock;
	}
	for (const [index, line] of lines.entries()) {
		const clock = bareClock(line);
		if (clock !== null && lines.slice(index + 1, index + 1 + OPENING_WORDS_WITHIN).some((next) => OPENING_WORDS.test(next))) return clock;
	}
	return null;
}

/**
 * The clock time of the last line that closes the sitting (`午後四時五分散会`, `閉会`, `延会`) among `lines`, else of the last that
 * stamps the chair's closing words (`…閉会いたします。(10:40)`), else of a clock alone on the line after them, or null.
 */
export function closingTime(lines: readonly string[]): string | null {
	for (let i = lines.length - 1; i >= 0; i--) {
		const sitting = readSittingTime(lines[i] ?? '') ?? readSittingFields(lines[i] ?? '')?.findLast((field) => CLOSING_EVENTS.has(field.event));
		if (sitting && CLOSING_EVENTS.has(sitting.event)) return sitting.clock;
	}
	for (let i = lines.length - 1; i >= 0; i--) {
		const stamped = stampedSitting(lines[i] ?? '');
		if (stamped && CLOSING_EVENTS.has(stamped.event)) return stamped.clock;
	}
	// A clock alone on the line after the chair's closing words (`…を閉会いたします。` / `（午前１０時４２分）`).
	for (let i = lines.length - 1; i > 0; i--) {
		const clock = bareClock(lines[i] ?? '');
		if (clock === null) continue;
		let before = i - 1;
		while (before > 0 && (lines[before] ?? '').trim() === '') before--;
		if (CLOSING_WORDS.test(lines[before] ?? '')) return clock;
	}
	return null;
}

/** Five letters or more, each apart from the next by spaces: `午 前 十 一 時 零 分 開 会`. */
const SPACED_LETTERS = /^[\s\u3000]*[^\s\u3000](?:[\s\u3000]+[^\s\u3000]){4,}[\s\u3000]*$/u;

/**
 * The first letters of the sitting's events (開議, 散会, 閉会, 延会, 休憩, 再開) and every other character whose match form
 * holds one (`㊡`, `🈞`, the compatibility forms of 開 and 再): a line without any is no sitting time, and is not normalized to
 * find so.
 */
const EVENT_LETTER = new RegExp(`[${[...new Set(SITTING_EVENTS.map((event) => event[0]))].join('')}㉁㊡🈞\\u{2F815}\\u{2F9EE}]`, 'u');

/** Read a line that is only a sitting time (`午後四時五分散会`, `午前10時開議`); null for any other line. */
export function readSittingTime(raw: string): SittingTime | null {
	if (!EVENT_LETTER.test(raw)) return null;
	// `午 前 十 一 時 零 分 開 会`: a time set a letter apart, as some prefectures' records centre it, is read without the spaces
	// (when it holds a clock; `開　会` alone stays a heading).
	if (raw.length <= 80 && SPACED_LETTERS.test(raw)) {
		const sitting = readSittingTime(raw.replace(/[\s\u3000]+/gu, ''));
		return sitting?.clock ? sitting : null;
	}
	// `正午開議`, `正午散会`: noon, as the Diet writes it.
	// (`午前十時四十二分開會`, `散會`: the old form of 会, as the Imperial Diet's records write it.)
	const match = SITTING_LINE.exec(matchForm(raw).replace(/正午/u, '午後零時').replace(/會/gu, '会'));
	const g = match?.groups;
	const written = g?.before ?? g?.after;
	const event = written?.replace(/\s/gu, '') as SittingEvent | undefined;
	// A spaced event without a clock (`開　会`) is a heading of the order of business, not a sitting time.
	if (!g || !event || (g.before && g.after) || ((written !== event || g.item !== undefined) && g.H === undefined)) return null;
	const clock = g.H === undefined ? null : toClock(g.AP ?? g.PA, g.H, g.M ?? g.N, g.half !== undefined).clock;
	return { event, clock, item: g.item !== undefined };
}

/** The gap between fields set side by side on one line: two ideographic spaces or more, or three spaces of any width. */
const FIELD_GAP = /\u3000{2,}|[\s\u3000]{3,}/u;

/**
 * Read a line of sitting times set side by side as fields (`３．開会　午前１０時００分　　閉会　午前１０時５５分`): each field's
 * event and clock, in order; null unless the line holds two fields or more and each is a sitting time with its clock.
 */
export function readSittingFields(raw: string): SittingTime[] | null {
	if (!EVENT_LETTER.test(raw) || raw.length > 120) return null;
	const fields = raw.trim().split(FIELD_GAP).filter((field) => field !== '');
	if (fields.length < 2) return null;
	const times = fields.map((field) => readSittingTime(field));
	return times.every((time): time is SittingTime => time?.clock != null) ? times : null;
}

/** A date in a file's name: `2024-10-07`, `2024_10_07`, `2024.10.07`, `20241007`, Zoom's `GMT20241114-050012` (UTC). */
export const FILE_NAME_DATE = /(?<gmt>GMT)?(?<y>(?:19|20)[0-9]{2})(?<sep>[-_.]?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12][0-9]|3[01])(?:-(?<H>[01][0-9]|2[0-3])(?<M>[0-5][0-9])[0-5][0-9])?(?![0-9])/u;

/**
 * The date a seed's file name gives (`20240612_研究室ミーティング.txt`, `企画会議_2024-10-07.vtt`; for Zoom's UTC stamp also the
 * start in Japan's time), as an ISO date and as a `日時` value (`2024年6月12日`, `2024年11月14日 14:00`); null when it gives none.
 * Eight digits run together count only apart from other letters and digits (a hash in a name, `4b9a20240612e`, is none).
 */
export function dateInFileName(source: string): { iso: string; text: string } | null {
	const name = source.replace(/^.*[\\/]/u, '');
	const found = FILE_NAME_DATE.exec(name);
	const parts = found?.groups;
	if (!found || !parts) return writtenDateInFileName(name);
	if (!parts.gmt && /[0-9A-Za-z]/u.test(name[found.index - 1] ?? '')) return null;
	let date = new Date(Date.UTC(Number(parts.y), Number(parts.m) - 1, Number(parts.d), Number(parts.H ?? 0), Number(parts.M ?? 0)));
	if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(parts.d)) return null;
	const zoned = parts.gmt !== undefined && parts.H !== undefined;
	if (zoned) date = new Date(date.getTime() + 9 * 3600_000);
	const iso = date.toISOString().slice(0, 10);
	const day = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
	return { iso, text: zoned ? `${day} ${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, '0')}` : day };
}

/**
 * A date written out in a file's name, as people name the files they save (`企画会議_2024年10月7日.vtt`, `理事会（令和6年10月7日）.txt`,
 * `企画会議 R6.10.7.vtt`); null when the name holds none.
 */
function writtenDateInFileName(name: string): { iso: string; text: string } | null {
	const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/u, '');
	const found = stem.length <= 300 ? findDate(stem) : null;
	if (found?.ok !== true) return null;
	const [y = 0, m = 0, d = 0] = found.iso.split('-').map(Number);
	return { iso: found.iso, text: `${y}年${m}月${d}日` };
}
