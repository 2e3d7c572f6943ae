/** Western dates as the site writes them (`2023年2月1日（水）`), free of the era table so the browser can use them. */

const weekdays = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** Split `YYYY-MM-DD` into numbers; throws on anything else. */
export function parseIso(iso: string): { year: number; month: number; day: number } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${iso}"`);
	return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
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

/** Time span `16:00～18:00`, a single time, or '' when neither is known. */
export function formatTimeRange(start: string | null, end: string | null): string {
	if (start && end) return `${start}～${end}`;
	if (start) return `${start}～`;
	if (end) return `～${end}`;
	return '';
}
