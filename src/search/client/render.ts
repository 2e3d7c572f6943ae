/** The search page's results as DOM: one list item per hit (text only, never HTML) and the status line. */
import { formatJapaneseDate } from '../../format/western-date.ts';
import { meetingUrl } from '../../site/urls.ts';
import type { ExcerptPart, SearchItem } from './rank.ts';

/** How many letters before the first word found stay shown on a narrow column with the text enlarged (search.astro). */
export const NEAR_LEAD = 5;

/**
 * Text and `<mark>` nodes for excerpt parts (text only, never HTML). The text before the first word found, when longer than
 * NEAR_LEAD letters, begins with its far part in a `.result__far` span, which the search page hides from the eye (not from a screen
 * reader) on a phone with the text enlarged, so that the word found stands on the excerpt's first line.
 */
export function partsToNodes(parts: ExcerptPart[]): Node[] {
	const split = splitLead(parts);
	if (split === null) return plainNodes(parts);
	const far = document.createElement('span');
	far.className = 'result__far';
	far.textContent = split.far;
	return [far, document.createTextNode(split.near), ...plainNodes(split.rest)];
}

/**
 * The text before an excerpt's first word found cut into its far part and its last NEAR_LEAD letters, and the parts from that
 * word on; null when that text is no longer than NEAR_LEAD letters or nothing is found. Letters, not UTF-16 units: a kanji
 * outside the basic plane (𠮷) is never cut in two.
 */
export function splitLead(parts: readonly ExcerptPart[]): { far: string; near: string; rest: ExcerptPart[] } | null {
	const firstMark = parts.findIndex((part) => part.mark);
	if (firstMark < 0) return null;
	const lead = [...parts.slice(0, firstMark).map((part) => part.text).join('')];
	if (lead.length <= NEAR_LEAD) return null;
	return { far: lead.slice(0, -NEAR_LEAD).join(''), near: lead.slice(-NEAR_LEAD).join(''), rest: parts.slice(firstMark) };
}

function plainNodes(parts: ExcerptPart[]): Node[] {
	return parts.map((part) => {
		if (!part.mark) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

/** The link of a hit: its meeting page, with `?highlight=` the query and the hit's anchor. */
export function hitHref(item: SearchItem, query: string): string {
	const url = new URL(meetingUrl(item.meeting), location.href);
	if (query) url.searchParams.set('highlight', query);
	if (item.anchor) url.hash = item.anchor;
	return url.pathname + url.search + url.hash;
}

/** Results rendered in this page, for the ids that tie a result's link to its excerpt. */
let rendered = 0;

/**
 * One result: heading link (remark speaker, `見出し：` section, or meeting), excerpt, meeting title and date. Other hits (`main` false) get a
 * smaller heading. The link is named by its label and the excerpt (read once, as the link's name): by the label alone, a screen
 * reader's list of links had read one speaker's name, 「北村委員」, for each of their remarks found.
 */
export function renderItem(item: SearchItem, query: string, main = true): HTMLLIElement {
	const id = `hit-${++rendered}`;
	const li = document.createElement('li');
	li.className = `result result--${item.kind}`;
	const link = document.createElement('a');
	link.className = main ? 'search-result' : 'search-other__link';
	link.href = hitHref(item, query);
	link.id = id;
	const label = document.createElement('span');
	label.className = 'result__label';
	label.textContent = item.kind === 'section' ? `見出し：${item.label}` : item.label;
	link.append(label);
	const heading = document.createElement(main ? 'h2' : 'h3');
	heading.className = 'result__heading';
	heading.append(link);
	const excerpt = document.createElement('p');
	excerpt.className = 'result__excerpt';
	excerpt.append(...partsToNodes(item.excerpt));
	if (excerpt.textContent?.trim()) {
		excerpt.id = `${id}-text`;
		excerpt.setAttribute('aria-hidden', 'true');
		link.setAttribute('aria-labelledby', `${id} ${excerpt.id}`);
		// (The heading keeps the label alone as its name, as a remark's heading on the meeting page does.)
		label.id = `${id}-label`;
		heading.setAttribute('aria-labelledby', label.id);
	}
	const meta = document.createElement('p');
	meta.className = 'result__meta';
	const time = document.createElement('time');
	time.dateTime = item.date;
	time.textContent = formatJapaneseDate(item.date);
	meta.append(item.meetingTitle, '　', time);
	if (item.agenda) {
		const agenda = document.createElement('span');
		agenda.className = 'result__agenda';
		agenda.textContent = item.agenda;
		meta.append('　', agenda);
	}
	li.append(heading, excerpt, meta);
	return li;
}

/** Shown when nothing matched. */
export const NOTHING = '見つかりませんでした。';
/**
 * Shown under the cards of the persons a query names when no remark holds the words: the person was found, the remarks naming them
 * were not (「見つかりませんでした。」 under a card offering the person's remarks had read as a contradiction).
 */
export const NOTHING_NAMED = 'この名前を含む発言は見つかりませんでした。';

/**
 * The way out of a search that found nothing under filters: the same words over the whole archive (`search/?q=…` at the
 * search page's path `path`), named with the filters it leaves out (each as the form labels it and shows its value);
 * null without a filter or without words.
 */
export function unfilteredSearch(q: string, filters: readonly { label: string; value: string }[], path: string): { href: string; text: string } | null {
	const active = filters.filter(({ value }) => value !== '');
	if (active.length === 0 || q.trim() === '') return null;
	const named = active.map(({ label, value }) => `${label}：${value}`).join('、');
	return { href: `${path}?${new URLSearchParams({ q }).toString()}`, text: `絞り込み（${named}）を外して「${q}」を探す` };
}

/** Where the count of every matching remark stands: unknown, being counted, known (`total`), or too many candidates to count. */
export type CountState = { kind: 'unknown' } | { kind: 'counting' } | { kind: 'known'; total: number } | { kind: 'too-many'; candidates: number };

/** What the status line says during a round (`final` false) and after it. */
export function describeProgress(
	progress: { shown: number; checked: number; unfinished: boolean; byDate: boolean; count?: CountState; named?: boolean },
	final: boolean,
): string {
	const { shown, checked, unfinished, byDate, count = { kind: 'unknown' }, named = false } = progress;
	if (shown === 0) {
		if (!final) return '検索しています…';
		// (Counted over the whole archive: nothing, said as plainly as when every page was checked in a round.)
		if (!unfinished || (count.kind === 'known' && count.total === 0)) return named ? NOTHING_NAMED : NOTHING;
		if (count.kind === 'counting') return 'まだ見つかっていません。アーカイブ全体を確かめています…';
		if (count.kind === 'too-many') return `まだ見つかっていません（語を含む会議・資料が ${count.candidates} 件あり、全体は確かめていません）。「さらに表示」で続きを確かめます。`;
		return `まだ見つかっていません（会議・資料 ${checked} 件まで確かめました）。「さらに表示」で続きを確かめます。`;
	}
	if (final && count.kind === 'known') return count.total > shown ? `${count.total} 件中 ${shown} 件を表示しています。続きは「さらに表示」で。` : `${count.total} 件中 ${count.total} 件を表示しています。`;
	const found = `${shown} 件の発言を表示しています`;
	if (!final || !unfinished) return `${found}。`;
	// (For a moment only, and no longer than two lines of a 320 px phone, as long as the status line stays: see search.astro.)
	if (count.kind === 'counting') return `${found}（件数を数えています）。`;
	if (count.kind === 'too-many') return `${found}（語を含む会議・資料が ${count.candidates} 件あり、全体の件数は数えていません）。続きは「さらに表示」で。`;
	return `${found}（会議・資料 ${checked} 件まで確かめました${byDate ? '、日付順はその範囲で' : ''}）。続きは「さらに表示」で。`;
}
