/** Small pieces shared by the readers: the seed's file stem, header notes put before the body. */
import type { BodySection, Block } from '../types.ts';

/** The seed's file name without folder and extension (a last-resort title or series). */
export function fileStem(source: string): string {
	return source.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '') || source;
}

/** Put the header's leftover lines as notes at the top of the body (into `s0`, opened when missing). */
export function prependNotes(body: BodySection[], notes: readonly { text: string; line: number }[]): void {
	if (notes.length === 0) return;
	const children: Block[] = notes.map((note) => ({ type: 'note', text: note.text, line: note.line }));
	const first = body[0];
	if (first?.id === 's0') first.children.unshift(...children);
	else body.unshift({ id: 's0', title: '', line: notes[0]?.line ?? 1, children });
}
