/**
 * `seeds/series.yml`: maintainers' readable slugs for series, one `series name: slug` line each
 * (`サイバーセキュリティタスクフォース: cybersecurity-task-force`). Read and checked here; every
 * problem is an error with the file's line and the fix, nothing is dropped without one.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { KNOWN_SERIES, seriesKey } from '../parser/series.ts';
import type { Diagnostic } from '../parser/types.ts';

/** The file name inside the seeds folder. */
export const SERIES_FILE = 'series.yml';

/** An ASCII slug: lowercase words of letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/** Longest slug accepted (it becomes part of every entry id and URL of the series). */
export const MAX_SLUG_LENGTH = 64;
/** The form of the slugs the archive gives series without a line (`series-<8 hex>`), kept for them. */
const AUTOMATIC_SLUG = /^series-[0-9a-f]{8}$/u;
/** An example line for messages. */
const EXAMPLE = '"サイバーセキュリティタスクフォース: cybersecurity-task-force"';

/** The slugs read from a series file and the problems found (with their lines in the file). */
export interface SeriesSlugs {
	/** Series name → slug, a null-prototype object (a series called `toString` is just a name). */
	slugs: Record<string, string>;
	diagnostics: Diagnostic[];
}

/** A slug written the accepted way, for the fix hint: `-IP_Network--` → `ip-network`. */
export function suggestSlug(text: string): string {
	const words = text.normalize('NFKC').toLowerCase().split(/[^a-z0-9]+/u).filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (next.length > MAX_SLUG_LENGTH) break;
		slug = next;
	}
	return slug;
}

/** What is wrong with a slug, or null when it is fine. */
function slugProblem(slug: unknown): string | null {
	if (typeof slug !== 'string') return `must be text, got ${slug === null ? 'nothing' : typeof slug === 'object' ? 'a list or mapping' : JSON.stringify(slug)}`;
	if (slug.length > MAX_SLUG_LENGTH) return `is ${slug.length} characters long; at most ${MAX_SLUG_LENGTH} are allowed`;
	if (!SLUG.test(slug)) return 'must be ASCII lowercase letters and digits, words joined by single hyphens ([a-z0-9]+(-[a-z0-9]+)*), no hyphen at either end';
	if (AUTOMATIC_SLUG.test(slug)) return 'has the form of the automatic slugs (series-<8 hex>) another series may get';
	return null;
}

/** The fix for a bad slug: a corrected form when one can be made, else an example. */
function slugFix(series: string, slug: unknown): string {
	const suggestion = typeof slug === 'string' || typeof slug === 'number' ? suggestSlug(String(slug)) : '';
	const usable = suggestion !== '' && slugProblem(suggestion) === null;
	return usable ? `write e.g. "${series}: ${suggestion}"` : `write e.g. "${series}: my-series-name"`;
}

/** Built-in slug → the series name that has it. */
const BUILT_IN = new Map([...KNOWN_SERIES].map(([name, slug]) => [slug, name]));

/** Parse the text of a series file into series name → slug; bad lines are reported as errors and skipped. */
export function readSeriesSlugs(text: string): SeriesSlugs {
	const slugs: Record<string, string> = Object.create(null) as Record<string, string>;
	const diagnostics: Diagnostic[] = [];
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: false });
	const lineAt = (offset: number | undefined): number | null => (offset === undefined ? null : lineCounter.linePos(offset).line);
	const fail = (line: number | null, message: string): void => {
		diagnostics.push({ severity: 'error', code: 'bad-series-file', line, message });
	};
	for (const problem of document.errors) fail(lineAt(problem.pos[0]), `not valid YAML: ${problem.message.split('\n')[0]}; write one ${EXAMPLE} line per series`);
	if (document.errors.length > 0) return { slugs, diagnostics };
	if (document.contents === null) return { slugs, diagnostics };
	if (!isMap(document.contents)) {
		fail(lineAt(document.contents.range?.[0]), `expected one "series name: slug" line per series, e.g. ${EXAMPLE}`);
		return { slugs, diagnostics };
	}
	/** Series (compared like the parser does) and slugs already taken, with their lines and names. */
	const seriesSeen = new Map<string, number | null>();
	const slugSeen = new Map<string, { line: number | null; series: string }>();
	for (const pair of document.contents.items) {
		const key = isScalar(pair.key) ? pair.key : null;
		const line = lineAt(key?.range?.[0] ?? (isSeq(pair.key) || isMap(pair.key) ? pair.key.range?.[0] : undefined));
		const series = typeof key?.value === 'string' ? key.value.trim() : '';
		const slug: unknown = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : {};
		if (series === '') {
			fail(line, `the series name is missing or not text: write it as in the title, e.g. ${EXAMPLE}`);
			continue;
		}
		const problem = slugProblem(slug);
		if (problem !== null || typeof slug !== 'string') {
			fail(line, `the slug of "${series}" ${problem ?? 'must be text'}; ${slugFix(series, slug)}`);
			continue;
		}
		const name = seriesKey(series);
		const sameSeries = seriesSeen.get(name);
		if (sameSeries !== undefined) {
			fail(line, `"${series}" is listed twice (lines ${sameSeries} and ${line}); keep one line`);
			continue;
		}
		const sameSlug = slugSeen.get(slug);
		if (sameSlug !== undefined) {
			fail(
				line,
				`slug "${slug}" is given to "${sameSlug.series}" (line ${sameSlug.line}) and "${series}" (line ${line}); the two series would merge into one series page and feed: give each its own slug`,
			);
			continue;
		}
		const builtIn = BUILT_IN.get(slug);
		if (builtIn !== undefined && builtIn !== name) {
			fail(line, `slug "${slug}" is the built-in slug of "${builtIn}"; the two series would merge into one series page and feed: choose another slug for "${series}"`);
			continue;
		}
		seriesSeen.set(name, line);
		slugSeen.set(slug, { line, series });
		slugs[series] = slug;
	}
	return { slugs, diagnostics };
}
