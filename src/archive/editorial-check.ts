/** Checking what hand-written MDX points at against the archive (pure: no Astro). */
/** A hand-written file that points at something the archive does not hold. */
export class EditorialReferenceError extends Error {}

/** Where a note or link points, checked against the meetings: null when it exists, else what is wrong. */
export function referenceProblem(meetings: ReadonlyMap<string, { remarks: readonly { id: string }[] }>, meeting: string, remark?: string): string | null {
	const target = meetings.get(meeting);
	if (!target) return `meeting "${meeting}" does not exist (use the id at the end of the meeting's URL, e.g. meetings/cybersecurity-task-force-042/)`;
	if (remark !== undefined && !target.remarks.some((known) => known.id === remark)) {
		return `meeting "${meeting}" has no remark "${remark}" (it has r1–r${target.remarks.length}; the id is the #… of the remark's permalink)`;
	}
	return null;
}
