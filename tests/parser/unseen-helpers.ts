/**
 * Shared checks of the tests of layouts written after real minutes the readers were not written against:
 * parse a fixture, gather every text its body keeps, count speakers, collect notes, find lost lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes, type Block, type ParseResult } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

/** A text parsed as the seed `source`. */
export function parseText(text: string, source: string): ParseResult {
	return parseMinutes(text, { source, sourceHash: 'e'.repeat(64) });
}

/** A fixture of tests/fixtures/layouts/ (`family/file`) parsed as the seed of that name. */
export function parseLayout(file: string): ParseResult {
	return parseText(readFileSync(join(import.meta.dirname, '../fixtures/layouts', file), 'utf8'), file);
}

/** The record of a fixture of tests/fixtures/layouts/; an error naming the file and its diagnostics when there is none. */
export function meetingOf(file: string): Meeting {
	const { meeting, diagnostics } = parseLayout(file);
	if (!meeting) throw new Error(`${file}: no record (${diagnostics.map((d) => d.message).join('; ')})`);
	return meeting;
}

/** A participant entry as [text, name, title, affiliation]. */
export type MemberRow = [string, string | null, string | null, string | null];

/** Parse one fixture of tests/fixtures/layouts/<family>/. */
export function parseFixture(family: string, file: string): { result: ParseResult; lines: string[] } {
	const text = readFileSync(join(import.meta.dirname, '../fixtures/layouts', family, file), 'utf8');
	return { result: parseMinutes(text, { source: file, sourceHash: 'a'.repeat(64) }), lines: text.split('\n') };
}

/** A text folded for containment checks: no spaces, no list, bracket, table or emphasis marks. */
export function fold(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/\[[ xX]\]/gu, '')
		.replace(/[\s○〇◯◎●【】()（）《》≪≫〈〉＜＞<:：|*#>\-・[\]`_]/gu, '');
}

/** Every text of the body: section titles, paragraphs, notes, list items, speakers and their words. */
export function bodyText(result: ParseResult): string {
	const parts: string[] = [];
	const block = (b: Block): void => {
		if (b.type === 'remark') {
			parts.push(b.speaker);
			b.children.forEach(block);
		} else if (b.type === 'list') {
			for (const item of b.items) {
				parts.push(item.text);
				item.children?.forEach(block);
			}
		} else parts.push(b.text);
	};
	for (const section of result.body) {
		parts.push(section.title);
		section.children.forEach(block);
	}
	return fold(parts.join(''));
}

/** The fixture's lines from `from` (1-based) that the body must keep: not blank, not matched by `skip`. */
export function lostLines(result: ParseResult, lines: readonly string[], from: number, skip: RegExp | null = null): string[] {
	const kept = bodyText(result);
	return lines
		.slice(from - 1)
		.filter((line) => line.trim() !== '' && !(skip?.test(line) ?? false))
		// A heading's numbering (`（１）`, `1.`, `１ 開会`) lives in the section and agenda numbers.
		.filter((line) => !kept.includes(fold(line.replace(/^[\s\u3000]*(?:[（(][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[0-9０-９]{1,2}[\s\u3000]+(?=(?:開会|閉会|散会|議題|議事|報告|その他)$))/u, ''))));
}

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

/** The transcript lines (turn or heading mark dropped, the label kept) that appear nowhere in the body. */
export function lostTranscriptLines(result: ParseResult, lines: readonly string[]): string[] {
	const kept = bodyText(result);
	return lines.filter((line) => {
		const folded = fold(line.replace(/^[\s\u3000]*[○◯〇◎◆◇●△▽]/u, ''));
		return folded !== '' && !kept.includes(folded);
	});
}

/** The transcript lines of a text document: from the first turn on, minus the lines no reader keeps (page markers, separators, …). */
export function transcriptLines(text: string, dropped: (line: string) => boolean): string[] {
	const lines = text.split('\n');
	const first = lines.findIndex((line) => /^[\s\u3000]*[○◯〇◎◆]/u.test(line) && /[（(君]/u.test(line));
	return lines.slice(first).filter((line) => !dropped(line.trim()));
}

/** Parse minutes given as their lines (an inline fixture). */
export function parseLines(lines: readonly string[], source = 'a.txt'): ParseResult {
	return parseMinutes(lines.join('\n'), { source, sourceHash: '0'.repeat(64) });
}

/** Each remark of a parse as [speaker, text]. */
export function turnsOf(result: ParseResult): [string, string][] {
	return result.meeting?.remarks.map((remark) => [remark.speaker, remark.text]) ?? [];
}

/** Each participant group as [its name, its members as `title name`], to compare a record's rolls at a glance. */
export function rollsOf(result: ParseResult): [string, string[]][] {
	return (result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => `${member.title} ${member.name}`)]);
}
