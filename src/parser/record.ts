/** Building the record every reader ends with: validated once against the one meeting schema, problems tied to lines. */
import { meetingSchema, type Meeting } from '../schemas/meeting.ts';
import { cleanReading, entryReading } from '../format/reading.ts';
import { error, warning } from './diagnostics.ts';
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
	oneLineFields(candidate);
	readings(candidate, diagnostics);
	const checked = meetingSchema.safeParse(candidate);
	if (checked.success) return { family, meeting: checked.data, body, diagnostics };
	for (const issue of checked.error.issues) {
		const field = String(issue.path[0] ?? '') as keyof Meeting;
		diagnostics.push(error('invalid-record', lines[field] ?? null, `${issue.path.join('.') || 'record'}: ${issue.message}`));
	}
	return { family, meeting: null, body, diagnostics };
}

/** A tab, as a document's list number or table gives it before the words (`第１号議案⇥大規模修繕工事…`), is a space in a field shown on one line. */
// (Matched from the tab on, so a long run of spaces is passed once: `[ \t]*\t` before it would try the run from each space.)
const oneLine = (text: string): string => (text.includes('\t') ? text.replace(/\t[\t ]*/gu, ' ') : text);

/** The record's one-line fields without tabs: its title, place, the agenda's, sections' and handouts' titles, names and posts. */
function oneLineFields(candidate: Meeting): void {
	candidate.title = oneLine(candidate.title);
	if (candidate.location !== null) candidate.location = oneLine(candidate.location);
	for (const item of [...candidate.agenda, ...candidate.sections]) item.title = oneLine(item.title);
	for (const handout of candidate.handouts) {
		handout.title = oneLine(handout.title);
		if (handout.note !== null) handout.note = oneLine(handout.note);
	}
	for (const group of candidate.participants) {
		for (const member of group.members) {
			if (member.name !== null) member.name = oneLine(member.name);
			if (member.title !== null) member.title = oneLine(member.title);
			if (member.affiliation !== null) member.affiliation = oneLine(member.affiliation);
		}
	}
}

/**
 * The readings of names the record keeps: a named roll entry's reading in brackets after the name, and each remark's reading
 * as its reader took it from the source (`speakerYomi`), kept as given (NFKC) when it is kana only; any other is dropped with
 * a warning at the remark's line.
 */
function readings(candidate: Meeting, diagnostics: Diagnostic[]): void {
	for (const group of candidate.participants) {
		for (const member of group.members) {
			if (member.reading !== undefined || member.name === null) continue;
			const reading = entryReading(member.text);
			if (reading !== null) member.reading = reading;
		}
	}
	for (const remark of candidate.remarks) {
		if (remark.speakerYomi === undefined) continue;
		const reading = cleanReading(remark.speakerYomi);
		if (reading !== null) {
			remark.speakerYomi = reading;
			continue;
		}
		if (remark.speakerYomi.trim() !== '') diagnostics.push(warning('invalid-reading', remark.line, `the reading "${remark.speakerYomi}" of "${remark.speaker}" is not in kana: it is left out`));
		delete remark.speakerYomi;
	}
}

/** A result without a record (the reader's errors say why). */
export function noRecord(family: LayoutFamily | null, body: BodySection[], diagnostics: Diagnostic[]): ParseResult {
	return { family, meeting: null, body, diagnostics };
}
