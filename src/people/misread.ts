/**
 * Persons that are likely one person misread (鵜飼/鶴飼, 葛/蔦: PDF extraction and OCR confuse
 * characters that look alike): two persons whose surnames differ by one visually similar character,
 * in the same series, never in the same meeting, with a role in common. Reported as warnings with a
 * suggested `seeds/people.yml` entry; never merged here (only the alias file merges persons).
 */
import { matchForm } from '../parser/normalize.ts';
import type { PeopleDiagnostic, Person } from './types.ts';

/** Sets of characters that look alike in printed minutes (each set: any two may be mistaken for each other). */
export const CONFUSABLE_SETS: readonly string[] = ['鵜鶴', '葛蔦薦鳶篤', '萩荻', '土士', '末未', '己已巳', '斉斎', '崎埼', '柿杮', '候侯', '微徴', '輪輸', '綱網', '栗粟', '曽會', '瀬瀨', '沢訳', '宮官', '島鳥', '徳穂'];

/** Character → every character of its confusable sets. */
const CONFUSABLE = new Map<string, Set<string>>();
for (const set of CONFUSABLE_SETS) {
	for (const char of set) {
		const others = CONFUSABLE.get(char) ?? new Set<string>();
		for (const other of set) if (other !== char) others.add(other);
		CONFUSABLE.set(char, others);
	}
}

/** The one confusable pair two names differ by (same length, every other character equal), or null. */
export function confusableDifference(a: string, b: string): [string, string] | null {
	const left = [...a];
	const right = [...b];
	if (left.length !== right.length || a === b) return null;
	let found: [string, string] | null = null;
	for (const [index, char] of left.entries()) {
		const other = right[index] as string;
		if (char === other) continue;
		if (found !== null || !CONFUSABLE.get(char)?.has(other)) return null;
		found = [char, other];
	}
	return found;
}

/** The name compared: the surname when known, else the display name. */
function surnameOf(person: Person): string {
	return person.surname ?? person.name;
}

/** The surname compared, old character forms in today's: 齋藤 and 齊藤 differ as 斎藤 and 斉藤 do. */
function comparedSurname(person: Person): string {
	return matchForm(surnameOf(person));
}

/** Series slug → role titles the person held there. */
function rolesBySeries(person: Person): Map<string, Set<string>> {
	const roles = new Map<string, Set<string>>();
	for (const role of person.roles) {
		const titles = roles.get(role.seriesSlug) ?? new Set<string>();
		titles.add(role.title);
		roles.set(role.seriesSlug, titles);
	}
	return roles;
}

/** Meetings a person was listed in or spoke at. */
function meetingsOf(person: Person): Set<string> {
	return new Set([...person.attended, ...person.roles.map((role) => role.meetingId), ...person.remarks.map((remark) => remark.meetingId)]);
}

/** A series and role both persons share, or null. */
function sharedRole(a: Person, b: Person): { series: string; seriesSlug: string; title: string } | null {
	const left = rolesBySeries(a);
	for (const [slug, titles] of rolesBySeries(b)) {
		const title = [...titles].find((one) => left.get(slug)?.has(one));
		if (title !== undefined) return { series: a.roles.find((role) => role.seriesSlug === slug)?.series ?? slug, seriesSlug: slug, title };
	}
	return null;
}

/** The suggested alias entry, in the file's own layout, for a maintainer to paste after checking the minutes. */
function suggestedEntry(kept: Person, misread: Person, seriesSlug: string): string {
	const labels = [...new Set([...kept.labels, ...misread.labels])];
	const lines = [`  - name: ${kept.name}`, '    labels:', ...labels.flatMap((label) => [`      - label: ${label}`, `        series: ${seriesSlug}`])];
	return lines.join('\n');
}

/** Where to point the maintainer: the first remark of the rarer spelling, else its first listed meeting. */
function place(person: Person, sources: ReadonlyMap<string, string>): { file: string; line: number | null } {
	const remark = person.remarks[0];
	if (remark !== undefined) return { file: sources.get(remark.meetingId) ?? remark.meetingId, line: remark.line };
	const meeting = person.roles[0]?.meetingId ?? person.attended[0] ?? '';
	return { file: sources.get(meeting) ?? meeting, line: null };
}

/** One likely misreading: the warning, the two persons (the kept spelling first) and the people.yml entry to paste. */
export interface MisreadReport {
	diagnostic: PeopleDiagnostic;
	persons: [string, string];
	suggestion: string;
}

/**
 * Warnings for pairs of persons that are likely one person misread. `sources` maps meeting ids to
 * their seed file names (for the `seeds/<file>:<line>` of the warning). Persons already joined by
 * the alias file are never reported.
 */
export function findMisreadPersons(persons: readonly Person[], sources: ReadonlyMap<string, string>): MisreadReport[] {
	const reports: MisreadReport[] = [];
	const meetings = new Map(persons.map((person) => [person.id, meetingsOf(person)]));
	// (Each surname's form once, not once for each pair.)
	const surnames = new Map(persons.map((person) => [person.id, comparedSurname(person)]));
	for (const [index, a] of persons.entries()) {
		for (const b of persons.slice(index + 1)) {
			const pair = confusableDifference(surnames.get(a.id) ?? '', surnames.get(b.id) ?? '');
			if (pair === null) continue;
			const together = [...(meetings.get(a.id) ?? [])].some((id) => meetings.get(b.id)?.has(id));
			if (together) continue;
			const role = sharedRole(a, b);
			if (role === null) continue;
			// The spelling seen in more meetings is kept; the other is the likely misreading.
			const [kept, misread] = (meetings.get(a.id)?.size ?? 0) >= (meetings.get(b.id)?.size ?? 0) ? [a, b] : [b, a];
			const count = (person: Person): number => meetings.get(person.id)?.size ?? 0;
			const diagnostic: PeopleDiagnostic = {
				severity: 'warning',
				code: 'likely-misread',
				...place(misread, sources),
				message:
					`"${surnameOf(misread)}" (${count(misread)} meeting${count(misread) === 1 ? '' : 's'}) and "${surnameOf(kept)}" (${count(kept)} meetings) ` +
					`differ only by ${misread === a ? pair[0] : pair[1]}/${misread === a ? pair[1] : pair[0]}, are both ${role.title} of ${role.series} and never in the same meeting: ` +
					'likely one person misread; check the original and, if they are one, add the suggested entry to seeds/people.yml under persons:',
			};
			reports.push({ diagnostic, persons: [kept.id, misread.id], suggestion: suggestedEntry(kept, misread, role.seriesSlug) });
		}
	}
	return reports;
}
