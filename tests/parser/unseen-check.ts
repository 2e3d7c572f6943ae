/**
 * Checks shared by the tests of layouts written after real minutes the readers were not written against:
 * speakers counted, notes collected, and that no line of the transcript is lost on the way to the body.
 */
import type { ParseResult } from '../../src/parser/types.ts';
import type { Block } from '../../src/parser/types.ts';

/** Remarks per speaker label, in order of first appearance. */
export function speakerCounts(result: ParseResult): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const remark of result.meeting?.remarks ?? []) counts[remark.speaker] = (counts[remark.speaker] ?? 0) + 1;
	return counts;
}

/** Every note of the body, inside remarks or between them. */
export function notesOf(result: ParseResult): string[] {
	const walk = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'note' ? [block.text] : block.type === 'remark' ? walk(block.children) : []));
	return result.body.flatMap((section) => walk(section.children));
}

/** All text the body holds (titles, paragraphs, notes, list items), spaces removed, for containment checks. */
function bodyText(result: ParseResult): string {
	const walk = (blocks: readonly Block[]): string[] =>
		blocks.flatMap((block) => {
			if (block.type === 'remark') return [block.speaker, ...walk(block.children)];
			if (block.type === 'list') return block.items.map((item) => item.text);
			return [block.text];
		});
	return result.body.flatMap((section) => [section.title, ...walk(section.children)]).join('').replace(/[\s\u3000]+/gu, '');
}

/** The lines of `lines` (spaces removed, the turn or heading mark dropped, the label kept) that appear nowhere in the body. */
export function lostLines(result: ParseResult, lines: readonly string[]): string[] {
	const text = bodyText(result);
	return lines.map((line) => line.replace(/^[\s\u3000]*[○◯〇◎◆◇●△▽]/u, '').replace(/[\s\u3000]+/gu, '')).filter((line) => line !== '' && !text.includes(line));
}

/** The transcript lines of a text document: from the first turn on, minus the lines no reader keeps (page markers, separators, …). */
export function transcriptLines(text: string, dropped: (line: string) => boolean): string[] {
	const lines = text.split('\n');
	const first = lines.findIndex((line) => /^[\s\u3000]*[○◯〇◎◆]/u.test(line) && /[（(君]/u.test(line));
	return lines.slice(first).filter((line) => !dropped(line.trim()));
}
