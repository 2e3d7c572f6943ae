/** Japanese-calendar dates (令和5年2月1日) from the parser's era table; Western dates are in western-date.ts. */
import { ERAS } from '../parser/date.ts';
import { parseIso } from './western-date.ts';

export { formatJapaneseDate, formatTimeRange, formatWesternDate } from './western-date.ts';

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
