/** Series names and their ASCII slugs (the shared contract for entry ids and URLs). */
import { replaceSpaceRuns } from './normalize.ts';

/** Known series and their slugs; keys are compared without spaces, NFKC-normalized. A Map, so a series called `toString` or `__proto__` is just a name. */
export const KNOWN_SERIES: ReadonlyMap<string, string> = new Map([
	['サイバーセキュリティタスクフォース', 'cybersecurity-task-force'],
	['ICTサイバーセキュリティ政策分科会', 'ict-cybersecurity-subcommittee'],
]);

/** The form of a series name used for comparing and hashing: NFKC, without whitespace. */
export function seriesKey(name: string): string {
	return replaceSpaceRuns(name.normalize('NFKC'), '');
}

/** 32-bit FNV-1a of the UTF-8 bytes of a string, as 8 lowercase hex digits. */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/**
 * ASCII slug of a series name: the maintainers' slug from `slugs` (series name → slug, e.g. read from
 * `seeds/series.yml`; names compared like `seriesKey`), else a known slug, else `series-<FNV-1a of the NFKC name without spaces>`.
 */
export function seriesSlug(name: string, slugs: Readonly<Record<string, string>> = {}): string {
	const key = seriesKey(name);
	const mapped = Object.entries(slugs).find(([series]) => seriesKey(series) === key)?.[1];
	return mapped ?? KNOWN_SERIES.get(key) ?? `series-${fnv1a(key)}`;
}
