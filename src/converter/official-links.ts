/**
 * `seeds/sources.yml`: links to the official originals of meetings whose seeds do not carry them.
 * One line per seed (`<seed file name>: https://…` for the official page, or `{ url: …, pdf: … }`),
 * and per-series defaults under `series:` (series name as in the title, or its slug) used when a
 * meeting has no link of its own. Read and checked here like series.yml: every problem is an error
 * with the file's line and the fix.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { seriesKey, seriesSlug } from '../parser/series.ts';
import type { Diagnostic } from '../parser/types.ts';

/** The file name inside the seeds folder. */
export const SOURCES_FILE = 'sources.yml';

/** The key that holds per-series defaults (no seed is called `series`: seeds have an extension). */
const SERIES_KEY = 'series';

/** An example line for messages. */
const EXAMPLE = '"001_minutes.txt: https://www.example.go.jp/minutes/001.html"';

/** The official page and/or PDF of one seed's meetings or one series. */
export interface OfficialLink {
	url?: string;
	pdf?: string;
}

/** The links read from a sources file and the problems found (with their lines in the file). */
export interface OfficialLinks {
	/** Seed file name → its links (a null-prototype object). */
	seeds: Record<string, OfficialLink>;
	/** Series name or slug as written → its default links (a null-prototype object). */
	series: Record<string, OfficialLink>;
	diagnostics: Diagnostic[];
}

/** What is wrong with a URL, or null when it is an absolute http(s) URL without spaces or quotes. */
function urlProblem(value: unknown): string | null {
	if (typeof value !== 'string' || value.trim() === '') return 'must be an http(s) URL';
	if (!/^https?:\/\/[^\s"<>]+$/u.test(value)) return `"${value}" is not an http(s) URL (only http:// and https:// links without spaces are published)`;
	if (!URL.canParse(value)) return `"${value}" is not a valid URL`;
	return null;
}

/** A link value: a URL string (the official page), or `{ url, pdf }` with at least one of them. */
function readLink(node: unknown, name: string, fail: (message: string) => void): OfficialLink | null {
	if (isScalar(node)) {
		const problem = urlProblem(node.value);
		if (problem !== null) {
			fail(`the link of "${name}" ${problem}; write e.g. "${name}: https://www.example.go.jp/minutes.html"`);
			return null;
		}
		return { url: String(node.value) };
	}
	if (!isMap(node)) {
		fail(`the link of "${name}" is missing; write a URL or { url: https://…, pdf: https://….pdf }`);
		return null;
	}
	const link: OfficialLink = {};
	for (const pair of node.items as Pair<Node, Node>[]) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if (key !== 'url' && key !== 'pdf') {
			fail(`"${name}" has an unknown field "${key}"; only url (the official page) and pdf (the official PDF) are read`);
			return null;
		}
		const value = isScalar(pair.value) ? pair.value.value : null;
		const problem = urlProblem(value);
		if (problem !== null) {
			fail(`the ${key} of "${name}" ${problem}`);
			return null;
		}
		link[key] = String(value);
	}
	if (link.url === undefined && link.pdf === undefined) {
		fail(`"${name}" gives neither url nor pdf; write { url: https://…, pdf: https://….pdf }`);
		return null;
	}
	return link;
}

/** The line of a node in the file, or null. */
type LineAt = (node: Node | null | undefined) => number | null;

/** Read the entries of one mapping (seeds, or series under `series:`), reporting duplicates by their lines. */
function readEntries(
	map: Node,
	lineAt: LineAt,
	fail: (line: number | null, message: string) => void,
	compareKey: (name: string) => string,
	onEntry: (name: string, link: OfficialLink, line: number | null) => void,
	skip: (name: string) => boolean = () => false,
): void {
	if (!isMap(map)) {
		fail(lineAt(map), `expected one "name: URL" line per entry, e.g. ${EXAMPLE}`);
		return;
	}
	const seen = new Map<string, number | null>();
	for (const pair of map.items as Pair<Node, Node>[]) {
		const line = lineAt(pair.key);
		const name = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value.trim() : '';
		if (name === '') {
			fail(line, `the name is missing or not text; write e.g. ${EXAMPLE}`);
			continue;
		}
		if (skip(name)) continue;
		const key = compareKey(name);
		const first = seen.get(key);
		if (first !== undefined) {
			fail(line, `"${name}" is listed twice (lines ${first} and ${line}); keep one entry`);
			continue;
		}
		seen.set(key, line);
		const link = readLink(pair.value, name, (message) => fail(line, message));
		if (link !== null) onEntry(name, link, line);
	}
}

/**
 * Parse the text of a sources file. `seedNames` are the seeds in the folder: an entry for any other
 * name is reported with its line (a typo would otherwise leave a meeting without its link).
 */
export function readOfficialLinks(text: string, seedNames: readonly string[]): OfficialLinks {
	const seeds = Object.create(null) as Record<string, OfficialLink>;
	const series = Object.create(null) as Record<string, OfficialLink>;
	const diagnostics: Diagnostic[] = [];
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: false });
	const lineAt: LineAt = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : null);
	const fail = (line: number | null, message: string): void => {
		diagnostics.push({ severity: 'error', code: 'bad-sources-file', line, message });
	};
	for (const problem of document.errors) fail(lineCounter.linePos(problem.pos[0]).line, `not valid YAML: ${problem.message.split('\n')[0]}; write one ${EXAMPLE} line per seed`);
	if (document.errors.length > 0 || document.contents === null) return { seeds, series, diagnostics };
	const known = new Set(seedNames.map((name) => name.normalize('NFC')));
	readEntries(
		document.contents,
		lineAt,
		fail,
		(name) => name.normalize('NFC'),
		(name, link, line) => {
			if (known.has(name.normalize('NFC'))) seeds[name.normalize('NFC')] = link;
			else fail(line, `"${name}" is not a seed in this folder; write the seed's file name exactly (e.g. ${EXAMPLE}), or remove the line`);
		},
		(name) => name === SERIES_KEY,
	);
	const seriesNode = isMap(document.contents) ? (document.contents.items as Pair<Node, Node>[]).find((pair) => isScalar(pair.key) && pair.key.value === SERIES_KEY) : undefined;
	if (seriesNode) {
		readEntries(seriesNode.value ?? seriesNode.key, lineAt, fail, seriesKey, (name, link) => {
			series[name] = link;
		});
	}
	return { seeds, series, diagnostics };
}

/** The part of a meeting record the links are filled into. */
export interface LinkedMeeting {
	series: string;
	officialUrl?: string | undefined;
	officialPdfUrl?: string | undefined;
}

/** The default links of a series: an entry naming the series (compared like the parser does) or its slug. */
export function seriesOfficialLink(links: Pick<OfficialLinks, 'series'>, name: string, slug: string): OfficialLink | undefined {
	const key = seriesKey(name);
	return Object.entries(links.series).find(([entry]) => seriesKey(entry) === key || entry === slug)?.[1];
}

/**
 * Fill a meeting's official links: a meeting with links of its own (from the seed, e.g. the NDL JSON's
 * meetingURL/pdfURL) keeps them; else the seed's entry gives them, else its series' default.
 */
export function applyOfficialLinks(meeting: LinkedMeeting, source: string, links: OfficialLinks, slugs: Readonly<Record<string, string>> = {}): void {
	const ownLinks = meeting.officialUrl !== undefined || meeting.officialPdfUrl !== undefined;
	if (ownLinks) return;
	const link = links.seeds[source.normalize('NFC')] ?? seriesOfficialLink(links, meeting.series, seriesSlug(meeting.series, slugs));
	if (link?.url !== undefined) meeting.officialUrl = link.url;
	if (link?.pdf !== undefined) meeting.officialPdfUrl = link.pdf;
}
