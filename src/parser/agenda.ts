/** Agenda items: each 議題（N）「…」 introduced in the body, in order, one per number. */
import type { AgendaItem } from '../schemas/meeting.ts';
import { matchFormWithMap, originalSlice } from './normalize.ts';
import { parseNumeral } from './numerals.ts';
import type { BodySection } from './types.ts';

/** `議題（1）「`, `議題(2)「`, `議事（３）「` on the NFKC form; the title runs to the matching 」. */
const AGENDA_START = /(?:議題|議事)\s*\(\s*(?<number>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*\)\s*「/gu;

/** Every `議題（N）「title」` in a text, with the title as written (nested 「」 kept). */
export function findAgendaItems(text: string): { number: number; title: string }[] {
	const mapped = matchFormWithMap(text);
	const items: { number: number; title: string }[] = [];
	for (const match of mapped.text.matchAll(AGENDA_START)) {
		const number = parseNumeral(match.groups?.number ?? '');
		const open = (match.index ?? 0) + match[0].length;
		let depth = 1;
		let close = -1;
		for (let i = open; i < mapped.text.length; i++) {
			const char = mapped.text[i];
			if (char === '「') depth++;
			else if (char === '」' && --depth === 0) {
				close = i;
				break;
			}
		}
		if (number === null || close === -1) continue;
		const title = originalSlice(text, mapped, open, close).trim();
		if (title !== '') items.push({ number, title });
	}
	return items;
}

/** Agenda items from the section-level paragraphs of the body (not from remarks), de-duplicated by number. */
export function collectAgenda(body: readonly BodySection[]): AgendaItem[] {
	const agenda: AgendaItem[] = [];
	for (const section of body) {
		for (const block of section.children) {
			if (block.type !== 'paragraph') continue;
			for (const item of findAgendaItems(block.text)) {
				if (!agenda.some((known) => known.number === item.number)) agenda.push({ ...item, section: section.id });
			}
		}
	}
	return agenda;
}
