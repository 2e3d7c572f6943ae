import { ERAS } from '../parser/date.ts';

const weekdays = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** Split `YYYY-MM-DD` into numbers; throws on anything else. */
function parseIso(iso: string): { year: number; month: number; day: number } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${iso}"`);
	return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Era and era year of an ISO date (`2019-05-01` → 令和, 1), or null before Meiji. */
export function toEra(iso: string): { era: string; year: number } | null {
	const { year } = parseIso(iso);
	const era = ERAS.find((candidate) => iso >= candidate.start);
	if (!era) return null;
	return { era: era.name, year: year - Number(era.start.slice(0, 4)) + 1 };
}

/** `令和5年` / `令和元年` for an era and its year. */
function eraYear(era: string, year: number): string {
	return `${era}${year === 1 ? '元' : year}年`;
}

/**
 * Western date: `2023-02-01` → `2023年2月1日`; anything that is not `YYYY-MM-DD` is returned as it is
 * (the search page shows dates from the index as they come). Used by pages, citations and the browser.
 */
export function formatJapaneseDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

/** Western date with weekday: `2023-02-01` → `2023年2月1日（水）`. */
export function formatWesternDate(iso: string): string {
	const { year, month, day } = parseIso(iso);
	const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
	return `${formatJapaneseDate(iso)}（${weekday}）`;
}

/** Japanese-calendar date: `2023-02-01` → `令和5年2月1日` (falls back to Western before Meiji). */
export function formatEraDate(iso: string): string {
	const { year, month, day } = parseIso(iso);
	const era = toEra(iso);
	return `${era ? eraYear(era.era, era.year) : `${year}年`}${month}月${day}日`;
}

/** Era label for a Western year, by the era in force at its end: 2019 → `令和元年`, 2024 → `令和6年`. */
export function formatEraYear(year: number): string {
	const era = toEra(`${String(year).padStart(4, '0')}-12-31`);
	return era ? eraYear(era.era, era.year) : `${year}年`;
}

/** Time span `16:00～18:00`, a single time, or '' when neither is known. */
export function formatTimeRange(start: string | null, end: string | null): string {
	if (start && end) return `${start}～${end}`;
	if (start) return `${start}～`;
	if (end) return `～${end}`;
	return '';
}
