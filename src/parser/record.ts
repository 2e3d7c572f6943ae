/** Building the record every reader ends with: validated once against the one meeting schema, problems tied to lines. */
import { meetingSchema, type Meeting } from '../schemas/meeting.ts';
import { error } from './diagnostics.ts';
import { linkAgendaToRemarks } from './agenda.ts';
import type { BodySection, Diagnostic, LayoutFamily, ParseResult } from './types.ts';

/** Where a field of the record was read, for messages about it. */
export type FieldLines = Partial<Record<keyof Meeting, number | null>>;

/**
 * Validate a candidate record with the meeting schema and wrap it as the reader's result; schema
 * problems become `invalid-record` errors on the line the field was read from (no record then).
 */
export function finishRecord(
	family: LayoutFamily,
	candidate: Meeting,
	body: BodySection[],
	diagnostics: Diagnostic[],
	lines: FieldLines = {},
): ParseResult {
	// Items without a section of their own link to the turn that takes them up.
	linkAgendaToRemarks(candidate.agenda, candidate.remarks);
	const checked = meetingSchema.safeParse(candidate);
	if (checked.success) return { family, meeting: checked.data, body, diagnostics };
	for (const issue of checked.error.issues) {
		const field = String(issue.path[0] ?? '') as keyof Meeting;
		diagnostics.push(error('invalid-record', lines[field] ?? null, `${issue.path.join('.') || 'record'}: ${issue.message}`));
	}
	return { family, meeting: null, body, diagnostics };
}

/** A result without a record (the reader's errors say why). */
export function noRecord(family: LayoutFamily | null, body: BodySection[], diagnostics: Diagnostic[]): ParseResult {
	return { family, meeting: null, body, diagnostics };
}
