/**
 * The hand-kept alias file `seeds/people.yml`: persons the automatic rules cannot decide,
 * each with a display name and the labels (participant entries or speaker labels, as written)
 * that belong to it, optionally limited to one series or one meeting. Every problem is an
 * error with its line in the file and the fix; a bad entry is left out, the others are used.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { ROLE_KINDS, type PeopleDiagnostic, type RoleKind } from './types.ts';
import { replaceSpaceRuns } from '../parser/normalize.ts';

/** The file name inside the seeds folder. */
export const ALIAS_FILE = 'people.yml';

const labelSchema = z.union([
	z.string().trim().min(1),
	z
		.object({
			label: z.string().trim().min(1),
			/** Series slug or name the label is limited to. */
			series: z.string().trim().min(1).optional(),
			/** Meeting entry id or seed file name the label is limited to. */
			meeting: z.string().trim().min(1).optional(),
		})
		.strict(),
]);

/** One person in the alias file. */
export const aliasPersonSchema = z
	.object({
		name: z.string().trim().min(1),
		affiliation: z.string().trim().min(1).optional(),
		kind: z.enum(ROLE_KINDS as [RoleKind, ...RoleKind[]]).optional(),
		labels: z.array(labelSchema).min(1),
	})
	.strict();

/** One label of an alias, normalized. */
export interface AliasLabel {
	label: string;
	series: string | null;
	meeting: string | null;
	/** Line of the label in the alias file. */
	line: number | null;
}

/** One person of the alias file, ready for matching. */
export interface Alias {
	index: number;
	name: string;
	affiliation: string | null;
	kind: RoleKind | null;
	labels: AliasLabel[];
	/** Line of the entry (its first key) in the alias file. */
	line: number | null;
}

/** The shape of an entry, for fix hints. */
const ENTRY_HINT = 'an entry is "- name: 氏名" with "labels:" listing labels as written (小山構成員) or "{ label, series, meeting }"';

/** The form labels are compared in: NFKC, spaces collapsed. */
export function labelForm(text: string): string {
	return replaceSpaceRuns(text.normalize('NFKC'), ' ').trim();
}

/** The form names are compared in: NFKC without spaces. */
function nameForm(text: string): string {
	return replaceSpaceRuns(text.normalize('NFKC'), '');
}

/** A zod issue as a readable reason: the field and what is wrong. */
function issueText(issue: z.core.$ZodIssue): string {
	const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the entry';
	if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')} (allowed: name, affiliation, kind, labels; in a label: label, series, meeting)`;
	if (issue.code === 'invalid_value' && issue.path.at(-1) === 'kind') return `kind must be one of ${ROLE_KINDS.join(', ')}`;
	if (issue.code === 'invalid_union') return `${field} must be a label as written (text) or "{ label: …, series: …, meeting: … }"`;
	if (issue.code === 'too_small') return `${field} is empty`;
	if (issue.code === 'invalid_type') return `${field} is missing or not ${issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : issue.expected}`;
	return `${field}: ${issue.message}`;
}

/** Do two label limits overlap (could one label seen in a meeting match both)? */
function sameScope(a: AliasLabel, b: AliasLabel): boolean {
	const series = a.series === null || b.series === null || labelForm(a.series) === labelForm(b.series);
	const meeting = a.meeting === null || b.meeting === null || a.meeting === b.meeting;
	return series && meeting;
}

/** Line of a node of the document at a path (the nearest existing parent when it is missing). */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | null {
	for (let length = path.length; length >= 0; length--) {
		const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
		const offset = node?.range?.[0];
		if (offset !== undefined) return lineCounter.linePos(offset).line;
	}
	return null;
}

/** Line of a key in the mapping at a path (for unknown keys), else the mapping's line. */
function keyLine(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[], key: unknown): number | null {
	const node = path.length === 0 ? document.contents : document.getIn(path as unknown[], true);
	const pair = isMap(node) ? node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key) : undefined;
	const offset = (pair?.key as { range?: [number, number, number] } | null | undefined)?.range?.[0];
	return offset === undefined ? lineOf(document, lineCounter, path) : lineCounter.linePos(offset).line;
}

/** Parse and check the text of `people.yml`; problems become error diagnostics with their lines, never exceptions. */
export function parseAliasFile(text: string, file = ALIAS_FILE): { aliases: Alias[]; diagnostics: PeopleDiagnostic[] } {
	const diagnostics: PeopleDiagnostic[] = [];
	const fail = (line: number | null, message: string, code: PeopleDiagnostic['code'] = 'alias-file'): void => {
		diagnostics.push({ severity: 'error', file, line, code, message });
	};
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true });
	for (const problem of document.errors) {
		fail(lineCounter.linePos(problem.pos[0]).line, `not valid YAML: ${problem.message.split('\n')[0]}; the file is "persons:" followed by a list of entries`);
	}
	if (document.errors.length > 0) return { aliases: [], diagnostics };
	const line = (path: readonly PropertyKey[]): number | null => lineOf(document, lineCounter, path);
	if (document.contents === null) return { aliases: [], diagnostics };
	if (!isMap(document.contents)) {
		fail(line([]), `expected "persons:" followed by a list of entries; ${ENTRY_HINT}`);
		return { aliases: [], diagnostics };
	}
	for (const pair of document.contents.items) {
		const key = (pair.key as { value?: unknown } | null)?.value;
		if (key !== 'persons') fail(keyLine(document, lineCounter, [], key), `unknown key ${JSON.stringify(key ?? null)}: the file has only "persons:" (a list of entries)`);
	}
	const personsNode = document.get('persons', true);
	const persons: unknown = (document.toJS() as { persons?: unknown }).persons;
	if (persons === undefined || persons === null) return { aliases: [], diagnostics };
	if (!isSeq(personsNode) || !Array.isArray(persons)) {
		fail(line(['persons']), `"persons:" must be a list of entries; ${ENTRY_HINT}`);
		return { aliases: [], diagnostics };
	}
	const aliases: Alias[] = [];
	for (const [index, raw] of (persons as unknown[]).entries()) {
		const parsed = aliasPersonSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const name = typeof (raw as { name?: unknown } | null)?.name === 'string' ? `"${(raw as { name: string }).name}": ` : '';
				const where = issue.code === 'unrecognized_keys' ? keyLine(document, lineCounter, ['persons', index, ...issue.path], issue.keys[0]) : line(['persons', index, ...issue.path]);
				fail(where, `${name}${issueText(issue)}; this entry is left out until fixed (${ENTRY_HINT})`);
			}
			continue;
		}
		const person = parsed.data;
		aliases.push({
			index,
			name: person.name,
			affiliation: person.affiliation ?? null,
			kind: person.kind ?? null,
			line: line(['persons', index]),
			labels: person.labels.map((entry, position) =>
				typeof entry === 'string'
					? { label: labelForm(entry), series: null, meeting: null, line: line(['persons', index, 'labels', position]) }
					: { label: labelForm(entry.label), series: entry.series ?? null, meeting: entry.meeting ?? null, line: line(['persons', index, 'labels', position]) },
			),
		});
	}
	return { aliases: checkOverlaps(aliases, fail), diagnostics };
}

/**
 * Two entries with one name would silently become one person, and one label in two entries would
 * join both: each is an error naming both lines; the later label (or entry) is left out.
 */
function checkOverlaps(aliases: Alias[], fail: (line: number | null, message: string, code: PeopleDiagnostic['code']) => void): Alias[] {
	const kept: Alias[] = [];
	const names = new Map<string, Alias>();
	for (const alias of aliases) {
		const same = names.get(nameForm(alias.name));
		if (same) {
			fail(
				alias.line,
				`"${alias.name}" is also the entry on line ${same.line}; two entries with one name become one person: merge their labels into the entry on line ${same.line}, or tell the persons apart by name`,
				'duplicate-person',
			);
			continue;
		}
		names.set(nameForm(alias.name), alias);
		const labels: AliasLabel[] = [];
		for (const label of alias.labels) {
			const other = kept.find((candidate) => candidate.labels.some((known) => known.label === label.label && sameScope(known, label)));
			const known = other?.labels.find((candidate) => candidate.label === label.label && sameScope(candidate, label));
			if (other && known) {
				fail(
					label.line,
					`label "${label.label}" is also given to "${other.name}" on line ${known.line}; one label would join "${other.name}" and "${alias.name}" into one person: keep it in one entry, or limit each with "series:" or "meeting:"`,
					'duplicate-label',
				);
				continue;
			}
			labels.push(label);
		}
		if (labels.length > 0) kept.push({ ...alias, labels });
	}
	return kept;
}
