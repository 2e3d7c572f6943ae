/**
 * What the index adds to a meeting page's indexed HTML (never to the page served): the agenda item of
 * each remark and the title as the page writes it (Pagefind metadata read from attributes, so they keep
 * their full-width brackets), and the page's spelling variants folded (`foldVariants`) in a block of
 * its own at the end, so that a query in one spelling finds pages written in another.
 */
import { decodeEntities } from '../../format/escape.ts';
import { foldVariants, matchKey, mayFold, normalizeText, VARIANTS_ANCHOR } from '../query.ts';

const AGENDA_NAV = /<nav\b[^>]*\bid="agenda"[^>]*>([\s\S]*?)<\/nav>/i;
const AGENDA_LINK = /<a\b[^>]*\bhref="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi;
const SECTION_HEADING = /<h2\b[^>]*\bid="([^"]+)-h"[^>]*>([\s\S]*?)<\/h2>/gi;
const SECTION_OR_REMARK = /<section\b[^>]*\bid="([^"]+)"[^>]*\bclass="minutes-section"|\bdata-remark-id="([^"]+)"/gi;
const TITLE = /<h1\b[^>]*\bdata-pagefind-meta="title"[^>]*>([\s\S]*?)<\/h1>/i;

/** The text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
	// (A `<wbr>`, where a heading may break inside a word, is no word boundary.)
	return decodeEntities(html.replace(/<wbr\b[^>]*>/gi, '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Escape a value for a double-quoted attribute. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page's agenda navigation (left out of the indexed part, read for the agenda items), or ''. */
export function agendaNav(page: string): string {
	return AGENDA_NAV.exec(page)?.[1] ?? '';
}

/** Remark id → the agenda item it falls under (the agenda's link to the remark's section, else the section's title), from a built meeting page. */
export function agendaByRemark(page: string): Record<string, string> {
	const labels = new Map<string, string>();
	for (const match of agendaNav(page).matchAll(AGENDA_LINK)) {
		const [, section = '', label = ''] = match;
		if (!labels.has(section)) labels.set(section, htmlText(label));
	}
	for (const [, section = '', title = ''] of page.matchAll(SECTION_HEADING)) if (!labels.has(section)) labels.set(section, htmlText(title));
	const agenda: Record<string, string> = {};
	let section = '';
	for (const [, opened, remark] of page.matchAll(SECTION_OR_REMARK)) {
		if (opened) section = opened;
		else if (remark && labels.get(section)) agenda[remark] = labels.get(section) ?? '';
	}
	return agenda;
}

/** Clauses of `text` (cut at punctuation and spaces) whose folded form differs from their plain form, folded, each once. */
export function foldedClauses(text: string): string[] {
	const clauses = new Set<string>();
	for (const clause of normalizeText(text).split(/[\s。、，．,.!?！？「」『』（）()【】・：:]+/)) {
		if (!mayFold(clause)) continue;
		const folded = foldVariants(clause);
		if (folded && folded !== matchKey(clause)) clauses.add(folded);
	}
	return [...clauses];
}

/**
 * Add the search data to the indexable HTML of a page (`indexable`, cut from `page`): the metadata
 * (`agenda`: remark id → agenda item as JSON; `heading`: the title as written) and the folded-spellings
 * block, both inside the element with `data-pagefind-body`. Pages without that element are returned as they are.
 */
export function withSearchData(page: string, indexable: string): string {
	const bodyEnd = indexable.lastIndexOf('</body>');
	const at = indexable.lastIndexOf('</', bodyEnd - 1);
	if (bodyEnd === -1 || at === -1 || !indexable.includes('data-pagefind-body')) return indexable;
	const agenda = agendaByRemark(page);
	// (The title's inline spans, which keep a 第N回 on one line, are no word boundary.)
	const title = htmlText((TITLE.exec(page)?.[1] ?? '').replace(/<\/?span\b[^>]*>/gi, ''));
	const metas = Object.entries({ agenda: Object.keys(agenda).length > 0 ? JSON.stringify(agenda) : '', heading: title }).filter(([, value]) => value);
	const values = metas.map(([key, value]) => `data-search-${key}="${attribute(value)}"`).join(' ');
	const meta = metas.length === 0 ? '' : `<span ${values} data-pagefind-meta="${metas.map(([key]) => `${key}[data-search-${key}]`).join(', ')}"></span>`;
	const clauses = foldedClauses(htmlText(indexable.slice(0, bodyEnd)));
	const variants = clauses.length === 0 ? '' : `<h6 id="${VARIANTS_ANCHOR}"></h6><p>${clauses.map((clause) => clause.replace(/[<>&]/g, ' ')).join(' ')}</p>`;
	return indexable.slice(0, at) + meta + variants + indexable.slice(at);
}
