/**
 * `seeds/series.yml`: maintainers' readable slugs for series, one `series name: slug` line each
 * (`サイバーセキュリティタスクフォース: cybersecurity-task-force`). Read and checked here; every
 * problem is reported with the file and line, valid lines are still used.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { seriesKey } from '../parser/series.ts';
import type { Diagnostic } from '../parser/types.ts';

/** The file name inside the seeds folder. */
export const SERIES_FILE = 'series.yml';

/** An ASCII slug: lowercase letters, digits and hyphens. */
const SLUG = /^[a-z0-9-]+$/u;

/** The slugs read from a series file and the problems found (with their lines in the file). */
export interface SeriesSlugs {
	slugs: Record<string, string>;
	diagnostics: Diagnostic[];
}

/** Parse the text of a series file into series name → slug; bad lines are reported and skipped. */
export function readSeriesSlugs(text: string): SeriesSlugs {
	const slugs: Record<string, string> = {};
	const diagnostics: Diagnostic[] = [];
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: false });
	const lineAt = (offset: number | undefined): number | null => (offset === undefined ? null : lineCounter.linePos(offset).line);
	const fail = (line: number | null, message: string): void => {
		diagnostics.push({ severity: 'error', code: 'bad-series-file', line, message });
	};
	for (const problem of document.errors) fail(lineAt(problem.pos[0]), `not valid YAML: ${problem.message.split('\n')[0]}`);
	if (document.errors.length > 0) return { slugs, diagnostics };
	if (document.contents === null) return { slugs, diagnostics };
	if (!isMap(document.contents)) {
		fail(lineAt(document.contents.range?.[0]), 'expected one "series name: slug" line per series, e.g. "サイバーセキュリティタスクフォース: cybersecurity-task-force"');
		return { slugs, diagnostics };
	}
	/** Series (compared like the parser does) and slugs already taken, with their lines. */
	const seriesSeen = new Map<string, number | null>();
	const slugSeen = new Map<string, number | null>();
	for (const pair of document.contents.items) {
		const key = isScalar(pair.key) ? pair.key : null;
		const line = lineAt(key?.range?.[0]);
		const series = typeof key?.value === 'string' ? key.value.trim() : '';
		const slug = isScalar(pair.value) ? pair.value.value : null;
		if (series === '') {
			fail(line, 'the series name is missing or not text: write it as in the title, e.g. "サイバーセキュリティタスクフォース: cybersecurity-task-force"');
			continue;
		}
		if (typeof slug !== 'string' || !SLUG.test(slug)) {
			fail(line, `the slug of "${series}" must be ASCII lowercase letters, digits and hyphens ([a-z0-9-]+), got ${JSON.stringify(slug ?? null)}`);
			continue;
		}
		const name = seriesKey(series);
		const sameSeries = seriesSeen.get(name);
		if (sameSeries !== undefined) {
			fail(line, `"${series}" is listed twice (first on line ${sameSeries}); keep one line`);
			continue;
		}
		const sameSlug = slugSeen.get(slug);
		if (sameSlug !== undefined) {
			fail(line, `slug "${slug}" is already used on line ${sameSlug}; each series needs its own slug`);
			continue;
		}
		seriesSeen.set(name, line);
		slugSeen.set(slug, line);
		slugs[series] = slug;
	}
	return { slugs, diagnostics };
}
