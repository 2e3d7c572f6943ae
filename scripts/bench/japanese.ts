/** Japanese number, date and clock forms the verbatim generator writes (kanji numerals, full-width digits, 令和 dates). */

const UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
const REIWA_FIRST_YEAR = 2019;

/** Kanji numeral of 0–999 as the Diet writes it: 零, 七, 十, 二十三, 百九十六. */
export function kanjiNumber(value: number): string {
	if (!Number.isInteger(value) || value < 0 || value > 999) throw new Error(`${value} is outside 0–999`);
	if (value === 0) return '零';
	const hundreds = Math.floor(value / 100);
	const tens = Math.floor((value % 100) / 10);
	const units = value % 10;
	const part = (digit: number, mark: string) => (digit === 0 ? '' : `${digit === 1 ? '' : UNITS[digit]}${mark}`);
	return `${part(hundreds, '百')}${part(tens, '十')}${UNITS[units]}`;
}

/** Full-width digits: `12` → `１２`. */
export function fullWidth(value: number | string): string {
	return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

/** The parts of an ISO date with its 令和 year and weekday. */
export function dateParts(iso: string): { era: number; month: number; day: number; weekday: string } {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	if (year < REIWA_FIRST_YEAR || iso < '2019-05-01') throw new Error(`${iso} is before 令和`);
	return { era: year - REIWA_FIRST_YEAR + 1, month, day, weekday: WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '' };
}

/** `令和五年二月一日（水曜日）` (the Diet's form; 元年 for the first year). */
export function kanjiDate(iso: string): string {
	const { era, month, day, weekday } = dateParts(iso);
	return `令和${era === 1 ? '元' : kanjiNumber(era)}年${kanjiNumber(month)}月${kanjiNumber(day)}日（${weekday}曜日）`;
}

/** `令和６年１１月２９日` in full-width digits, with `（金）` when `weekday` is set. */
export function wideDate(iso: string, weekday = false): string {
	const { era, month, day, weekday: name } = dateParts(iso);
	return `令和${era === 1 ? '元' : fullWidth(era)}年${fullWidth(month)}月${fullWidth(day)}日${weekday ? `（${name}）` : ''}`;
}

/** Minutes since midnight → `HH:MM`, the form the parser stores. */
export function clock(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Split minutes since midnight into 午前/午後, the 12-hour hour (午後零時 for noon) and the minute. */
function twelveHour(minutes: number): { half: '午前' | '午後'; hour: number; minute: number } {
	const hour = Math.floor(minutes / 60);
	return { half: hour < 12 ? '午前' : '午後', hour: hour % 12, minute: minutes % 60 };
}

/** `午後一時二分`, `午前九時`, `午後零時三分` (the Diet's sitting times). */
export function kanjiClock(minutes: number): string {
	const { half, hour, minute } = twelveHour(minutes);
	return `${half}${kanjiNumber(hour)}時${minute === 0 ? '' : `${kanjiNumber(minute)}分`}`;
}

/** `午前10時`, `午前11時32分` (the assemblies' sitting times, ASCII digits). */
export function arabicClock(minutes: number): string {
	const { half, hour, minute } = twelveHour(minutes);
	return `${half}${hour}時${minute === 0 ? '' : `${minute}分`}`;
}
