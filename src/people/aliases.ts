/**
 * The hand-kept alias file `seeds/people.yml`: persons the automatic rules cannot decide,
 * each with a display name and the labels (participant entries or speaker labels, as written)
 * that belong to it, optionally limited to one series or one meeting.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROLE_KINDS, type PeopleDiagnostic, type RoleKind } from './types.ts';

const labelSchema = z.union([
	z.string().min(1),
	z.object({
		label: z.string().min(1),
		/** Series slug or name the label is limited to. */
		series: z.string().min(1).optional(),
		/** Meeting entry id or seed file name the label is limited to. */
		meeting: z.string().min(1).optional(),
	}),
]);

/** One person in the alias file. */
export const aliasPersonSchema = z.object({
	name: z.string().min(1),
	affiliation: z.string().min(1).optional(),
	kind: z.enum(ROLE_KINDS as [RoleKind, ...RoleKind[]]).optional(),
	labels: z.array(labelSchema).min(1),
});

/** The whole alias file. */
export const aliasFileSchema = z.object({ persons: z.array(aliasPersonSchema).default([]) });

/** One label of an alias, normalized. */
export interface AliasLabel {
	label: string;
	series: string | null;
	meeting: string | null;
}

/** One person of the alias file, ready for matching. */
export interface Alias {
	index: number;
	name: string;
	affiliation: string | null;
	kind: RoleKind | null;
	labels: AliasLabel[];
}

/** The form labels are compared in: NFKC, spaces collapsed. */
export function labelForm(text: string): string {
	return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Parse and check the text of `people.yml`; problems become diagnostics, never exceptions. */
export function parseAliasFile(text: string, file = 'people.yml'): { aliases: Alias[]; diagnostics: PeopleDiagnostic[] } {
	const diagnostics: PeopleDiagnostic[] = [];
	let raw: unknown;
	try {
		raw = parseYaml(text) ?? {};
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
		diagnostics.push({ file, line, code: 'alias-file', message: `cannot read the alias file: ${(error as Error).message.split('\n')[0]}` });
		return { aliases: [], diagnostics };
	}
	const parsed = aliasFileSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			diagnostics.push({
				file,
				line: null,
				code: 'alias-file',
				message: `${issue.path.join('.') || '(top)'}: ${issue.message}; expected "persons: [{ name, labels: [...] }]"`,
			});
		}
		return { aliases: [], diagnostics };
	}
	const aliases = parsed.data.persons.map((person, index) => ({
		index,
		name: person.name,
		affiliation: person.affiliation ?? null,
		kind: person.kind ?? null,
		labels: person.labels.map((entry) =>
			typeof entry === 'string'
				? { label: labelForm(entry), series: null, meeting: null }
				: { label: labelForm(entry.label), series: entry.series ?? null, meeting: entry.meeting ?? null },
		),
	}));
	return { aliases, diagnostics };
}
