/** Dates and file names of a generated archive: dates rise with the meeting's index over the real seeds' span. */
import type { Random } from './prng.ts';

/** Days between two ISO dates. */
function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Draws the date of meeting `index` of an archive of `meetings` spread over the seeds' first to last date; later indexes (extra meetings) come after it. */
export function archiveCalendar(dates: readonly string[], meetings: number): (random: Random, index: number) => string {
	const first = dates[0] ?? '2020-01-06';
	const last = dates.at(-1) ?? first;
	const span = Math.max(daysBetween(first, last), 1);
	return (random, index) => {
		const day = Math.floor((index * span) / meetings) + random.int(0, Math.max(0, Math.floor(span / meetings) - 1));
		return new Date(Date.parse(`${first}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
	};
}

/** `NNNNN_<16 hex>.txt`, the real seeds' naming. */
export function seedFileName(random: Random, index: number): string {
	const hex = Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join('');
	return `${String(index).padStart(5, '0')}_${hex}.txt`;
}
