/**
 * The search page (browser only): Pagefind loads on first use, the state of a search lives in the URL,
 * and each round checks candidate pages against the query (verify.ts) before showing their hits.
 * One `state` object is passed to small named steps, as mdast-util-to-markdown passes its state to handlers.
 */
import { pagefindUrl, searchPersonShardUrl, searchPersonsUrl } from '../../site/urls.ts';
import { foldVariants, normalizeQuery, queryWords } from '../query.ts';
import { showPersons, suggestPersons } from './person-card.ts';
import { FIRST_BATCH, loadIndex, loadSpeakers, takeEarlySearch, widenIndex, type IndexState, type PagefindResult } from './pagefind.ts';
import { rankItems, type SearchItem } from './rank.ts';
import { describeProgress, renderItem, unfilteredSearch, type CountState } from './render.ts';
import { COUNT_PAGES, countPlan } from './count.ts';
import { pageHits, sortByDate } from './verify.ts';

const FILTERS = ['series', 'year', 'kind', 'speaker'] as const;
/** Shown when `pagefind/pagefind.js` cannot be loaded. */
const NO_INDEX = '検索索引がありません。開発サーバー（npm run dev）では検索できません。npm run build でサイトを構築し、npm run preview で開いてください。';
/** Pages checked per batch after the first (FIRST_BATCH). */
const PAGE_BATCH = 8;
/** Pages checked per round (a search, or a "more" click) at most, to bound the bytes fetched. */
const ROUND_PAGES = 16;
/** Remark hits shown per round. */
const ITEMS_SHOWN = 10;
/** Pages checked before hits are shown in date order (the order holds across everything checked). */
const DATE_ROUND_PAGES = 120;
const DATE_BATCH = 24;

/** The page's elements. */
interface SearchElements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	list: HTMLOListElement;
	status: HTMLElement;
	more: HTMLButtonElement;
	/** "全体の件数を数える": counts every matching remark when asked (count.ts). */
	count: HTMLButtonElement | null;
	/** Below an empty result under filters: the link that searches the same words without them. */
	unfilter: HTMLAnchorElement | null;
	others: HTMLOListElement | null;
	othersBox: HTMLElement | null;
	speakers: HTMLDataListElement | null;
	persons: HTMLElement | null;
	personList: HTMLElement | null;
	suggestions: HTMLDataListElement | null;
}

/** The current query as the rounds use it. */
interface Query {
	q: string;
	words: string[];
	byDate: boolean;
	ascending: boolean;
	speaker: string;
	filters: Record<string, string>;
}

/** Everything a search keeps between steps. */
interface SearchState {
	elements: SearchElements;
	index: IndexState;
	/** Bumped by every new search; a step whose token is stale stops. */
	token: number;
	query: Query;
	candidates: PagefindResult[];
	/** The searches of the query's other forms still running (gather). */
	gathering: Promise<void>;
	/** Ids of the candidates taken from earlier searches of this query (a wider search returns them again). */
	seen: Set<string>;
	/** Candidates checked so far. */
	cursor: number;
	/** Verified remark hits not shown yet: in date order when sorted by date, else a page's hits past a round's share, in rank order. */
	buffered: SearchItem[];
	shown: number;
	/** Called once the first batch of a search is checked (then cleared): the persons index waits for it. */
	firstBatchChecked: (() => void) | null;
	/** Where the count of every matching remark stands (render.ts CountState). */
	count: CountState;
	/** Persons the query names, shown in their cards over the results. */
	named: number;
}

/** The elements of the search page, or null when one is missing. */
function findElements(form: HTMLFormElement): SearchElements | null {
	const input = form.querySelector<HTMLInputElement>('#search-input');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const status = document.querySelector<HTMLElement>('#search-status');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	if (!input || !list || !status || !more) return null;
	return {
		form,
		input,
		list,
		status,
		more,
		count: document.querySelector<HTMLButtonElement>('#search-count'),
		unfilter: document.querySelector<HTMLAnchorElement>('#search-unfilter'),
		others: document.querySelector<HTMLOListElement>('#search-other'),
		othersBox: document.querySelector<HTMLElement>('#search-other-box'),
		speakers: document.querySelector<HTMLDataListElement>('#speaker-list'),
		persons: document.querySelector<HTMLElement>('#search-persons'),
		personList: document.querySelector<HTMLElement>('#search-persons-list'),
		suggestions: document.querySelector<HTMLDataListElement>('#person-suggestions'),
	};
}

/** Fill the speaker box's suggestions. */
function speakersOf(state: SearchState): Promise<Set<string>> {
	const { speakers } = state.elements;
	return loadSpeakers(state.index, (names) => speakers?.append(...names.map((name) => Object.assign(document.createElement('option'), { value: name }))));
}

/**
 * The queries Pagefind gets: the query as typed, then, when folding changes it, its folded form (the index
 * holds each page's folded spellings) and that form without its kana (ご指摘 → 指摘), since Pagefind may cut
 * a kana prefix apart in one place and not in another; every candidate is checked against the remark text.
 */
function pagefindQueries(query: Query): (string | null)[] {
	if (!query.q) return [null];
	const folded = query.words.map(foldVariants).join(' ');
	if (!folded || folded === query.q.toLowerCase()) return [query.q];
	const loose = folded.replace(/[\u3041-\u309f]+/g, ' ').replace(/\s+/g, ' ').trim();
	return [...new Set([query.q, folded, loose].filter(Boolean))];
}

/** Keep the results not taken before as new candidates, in their order. */
function addCandidates(state: SearchState, results: readonly PagefindResult[]): void {
	for (const result of results) {
		if (state.seen.has(result.id)) continue;
		state.seen.add(result.id);
		state.candidates.push(result);
	}
}

/**
 * Search the parts in use with each form of the query (`pagefindQueries`), one after another (Pagefind loads the
 * index chunks a search needs, and concurrent searches have come back short), keeping new candidates, the query's
 * own form first. Resolves once the query as typed has answered (false when superseded), so that its first pages
 * are checked while the other forms are searched; `state.gathering` settles when every form has answered.
 */
async function gather(state: SearchState, mine: number): Promise<boolean> {
	await state.gathering;
	const { api, merged } = await loadIndex(state.index);
	const [first = null, ...others] = pagefindQueries(state.query);
	const searchOne = async (q: string | null): Promise<boolean> => {
		// The first may have been started by the page's head already (the same query, before this script loaded).
		const search = (await takeEarlySearch(state.index, q, state.query.filters, merged)) ?? (await api.search(q, { filters: state.query.filters }));
		if (mine !== state.token || !search) return false;
		addCandidates(state, search.results);
		return true;
	};
	if (!(await searchOne(first))) return false;
	state.gathering = (async () => {
		for (const q of others) if (!(await searchOne(q))) return;
	})();
	return true;
}

/** Read the form into URL parameters (empty values left out). */
function formParams(form: HTMLFormElement): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
	return params;
}

/** Mark the results list busy or done. */
function setBusy(state: SearchState, busy: 'loading' | 'done'): void {
	state.elements.list.setAttribute('aria-busy', String(busy === 'loading'));
	state.elements.list.dataset['state'] = busy;
}

/** The status line for the state of the round. */
function describe(state: SearchState, final: boolean): string {
	return describeProgress({ shown: state.shown, checked: state.cursor, unfinished: !state.elements.more.hidden, byDate: state.query.byDate, count: state.count, named: state.named > 0 }, final);
}

/** Whether a hit belongs in the results list: remarks, or, for a filter alone, meetings (other text is listed apart). */
function isMain(state: SearchState, item: SearchItem): boolean {
	return item.kind === 'remark' || state.query.words.length === 0;
}

/**
 * Count every matching remark (all index parts, up to COUNT_PAGES candidate pages), so that the status line can
 * say `12 件中 10 件`; beyond the budget it says that the count was not made.
 */
async function countAll(state: SearchState, mine: number): Promise<void> {
	state.count = { kind: 'counting' };
	showStatus(state);
	await widenIndex(state.index, true);
	if (mine !== state.token || !(await gather(state, mine))) return;
	await state.gathering;
	if (mine !== state.token) return;
	if (state.candidates.length > COUNT_PAGES) {
		state.count = { kind: 'too-many', candidates: state.candidates.length };
		showStatus(state);
		return;
	}
	let total = 0;
	for (const [rank, result] of state.candidates.entries()) {
		const page = await result.data();
		if (mine !== state.token) return;
		total += pageHits(page, state.query.words, state.query.speaker, rank).filter((item) => isMain(state, item)).length;
	}
	state.count = { kind: 'known', total };
	// Every matching remark is shown already (none, maybe): nothing more to fetch, and an empty search under filters gets its way out.
	if (total <= state.shown) {
		state.elements.more.hidden = true;
		offerUnfiltered(state);
	}
	showStatus(state);
}

/** Rewrite the status line for the count, unless a round is running (it writes the line when it ends). */
function showStatus(state: SearchState): void {
	if (state.elements.list.dataset['state'] === 'done') state.elements.status.textContent = describe(state, true);
}

/** After a round: the total is known, counted now (cheap), or one click away (count.ts). */
function planCount(state: SearchState, index: { merged: number; parts: string[] }, mine: number): void {
	const { more, count } = state.elements;
	if (count) count.hidden = true;
	if (state.count.kind !== 'unknown') return;
	const plan = countPlan({ finished: more.hidden === true, merged: index.merged, parts: index.parts.length, candidates: state.candidates.length, checked: state.cursor });
	if (plan === 'known') state.count = { kind: 'known', total: state.shown };
	else if (plan === 'auto') void countAll(state, mine);
	else if (count) count.hidden = false;
}

/** Check one page's hits: remarks go to the results (or the date buffer), other text to the list apart. Returns the remarks to show now. */
function takeHits(state: SearchState, items: SearchItem[]): SearchItem[] {
	const { others, othersBox } = state.elements;
	// The results list holds remarks (or, for a filter alone, meetings); text outside remarks is listed apart.
	const remarks = rankItems(items.filter((item) => isMain(state, item)));
	const rest = items.filter((item) => !isMain(state, item));
	if (others && othersBox && rest.length > 0) {
		others.append(...rest.map((item) => renderItem(item, state.query.q, false)));
		othersBox.hidden = false;
	}
	if (!state.query.byDate) return remarks;
	state.buffered = sortByDate([...state.buffered, ...remarks], state.query.ascending);
	return [];
}

/** Check the next batch of candidates, showing hits as each page arrives; false when superseded. */
async function checkBatch(state: SearchState, mine: number, show: (items: SearchItem[]) => void): Promise<number | false> {
	const size = Math.min(state.query.byDate ? DATE_BATCH : state.cursor === 0 ? FIRST_BATCH : PAGE_BATCH, state.candidates.length - state.cursor);
	const firstRank = state.cursor;
	// Fetched together, checked in rank order as each arrives (the first hits show before the batch is in).
	const pages = state.candidates.slice(state.cursor, state.cursor + size).map((result) => result.data());
	for (const [index, pending] of pages.entries()) {
		const page = await pending;
		if (mine !== state.token) return false;
		show(takeHits(state, pageHits(page, state.query.words, state.query.speaker, firstRank + index)));
	}
	state.cursor += size;
	state.firstBatchChecked?.();
	state.firstBatchChecked = null;
	return size;
}

/** One round: check candidate pages until ITEMS_SHOWN new remark hits or ROUND_PAGES pages; show hits as they are confirmed. */
async function round(state: SearchState, mine: number): Promise<void> {
	const { list, more, status } = state.elements;
	setBusy(state, 'loading');
	more.hidden = true;
	let added = 0;
	let checked = 0;
	// Hits holding the form asked go before this round's spelling-variant hits (ご指摘 for 御指摘), as they arrive.
	let firstVariant: HTMLLIElement | null = null;
	const show = (items: SearchItem[]) => {
		for (const item of items) {
			const li = renderItem(item, state.query.q);
			if (item.exact && firstVariant) list.insertBefore(li, firstVariant);
			else list.append(li);
			if (!item.exact) firstVariant ??= li;
		}
		state.shown += items.length;
		added += items.length;
	};
	// A page's hits past the round's ITEMS_SHOWN wait, in rank order, for the next round ("さらに表示"): a long sitting that says
	// the words a hundred times had listed every one of its remarks at once, a phone's fifty screens before any other meeting.
	const offer = (items: SearchItem[]) => {
		const room = state.buffered.length > 0 ? 0 : Math.max(0, ITEMS_SHOWN - added);
		show(items.slice(0, room));
		state.buffered.push(...items.slice(room));
	};
	if (!state.query.byDate) show(state.buffered.splice(0, ITEMS_SHOWN));
	// By relevance: stop at ITEMS_SHOWN new hits. By date: check every candidate (up to the budget) before the
	// first hits are shown, then only when the checked hits run out.
	const wanted = () =>
		state.query.byDate ? checked < DATE_ROUND_PAGES && (state.shown === 0 || state.buffered.length < ITEMS_SHOWN) : added < ITEMS_SHOWN && checked < ROUND_PAGES;
	while (wanted()) {
		if (state.cursor >= state.candidates.length) {
			// The query's other forms may still bring candidates; then older parts.
			await state.gathering;
			if (mine !== state.token) return;
			if (state.cursor < state.candidates.length) continue;
			if (!(await widenIndex(state.index, false)) || mine !== state.token || !(await gather(state, mine))) break;
			continue;
		}
		const size = await checkBatch(state, mine, offer);
		if (size === false) return;
		checked += size;
		status.textContent = describe(state, false);
	}
	if (mine !== state.token) return;
	// By date: the hits checked so far, in date order across all index parts.
	if (state.query.byDate) show(state.buffered.splice(0, ITEMS_SHOWN));
	const index = await loadIndex(state.index);
	await state.gathering;
	if (mine !== state.token) return;
	more.hidden = state.cursor >= state.candidates.length && state.buffered.length === 0 && index.merged >= index.parts.length;
	setBusy(state, 'done');
	planCount(state, index, mine);
	status.textContent = describe(state, true);
	offerUnfiltered(state);
}

/** Nothing found under filters, all checked: a link to the same words without them. */
function offerUnfiltered(state: SearchState): void {
	const { unfilter, more } = state.elements;
	const way = state.shown === 0 && more.hidden ? unfilteredSearch(state.query.q, shownFilters(state.elements.form), location.pathname) : null;
	if (unfilter && way) {
		unfilter.href = way.href;
		unfilter.textContent = way.text;
		unfilter.hidden = false;
	}
}

/** The form's filters as it shows them: each control's label and its value (a select's chosen option, `2024年`). */
function shownFilters(form: HTMLFormElement): { label: string; value: string }[] {
	return FILTERS.flatMap((name) => {
		const control = form.elements.namedItem(name);
		if (!(control instanceof HTMLSelectElement || control instanceof HTMLInputElement) || control.value === '') return [];
		const label = control.closest('label')?.querySelector('span')?.textContent?.trim() ?? name;
		const value = control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.textContent?.trim() ?? control.value) : control.value.trim();
		return [{ label, value }];
	});
}

/** Start over: empty lists, no candidates, a new token. */
function reset(state: SearchState): number {
	const { list, others, othersBox, more, count, unfilter } = state.elements;
	list.replaceChildren();
	if (unfilter) unfilter.hidden = true;
	others?.replaceChildren();
	if (othersBox) othersBox.hidden = true;
	more.hidden = true;
	if (count) count.hidden = true;
	state.candidates = [];
	state.seen = new Set();
	state.cursor = 0;
	state.buffered = [];
	state.shown = 0;
	state.count = { kind: 'unknown' };
	state.named = 0;
	return ++state.token;
}

/** Where the reader was on a search when they left it (to open a result): how many results were shown, and the scroll. */
interface ReturnPoint {
	shown: number;
	y: number;
}

/** The key of the return point in the history entry's state. */
const RETURN_KEY = 'searchReturn';

/** The return point kept in this history entry, if any (coming back to a search, or reloading it). */
function savedReturn(): ReturnPoint | null {
	const saved = (history.state as Record<string, Partial<ReturnPoint> | undefined> | null)?.[RETURN_KEY];
	return saved && Number.isFinite(saved.shown) && Number.isFinite(saved.y) ? (saved as ReturnPoint) : null;
}

/** Keep in this history entry how many results are shown and where the page is scrolled, for `returnTo`. */
function saveReturn(state: SearchState): void {
	if (state.shown === 0) return;
	const kept = history.state && typeof history.state === 'object' ? (history.state as Record<string, unknown>) : {};
	history.replaceState({ ...kept, [RETURN_KEY]: { shown: state.shown, y: Math.round(window.scrollY) } satisfies ReturnPoint }, '');
}

/**
 * Back on a search after reading a result: the results are found again, so show as many rounds as were shown
 * ("さらに表示" pressed as the reader had) and scroll to where the reader was, instead of the top of the list.
 */
async function returnTo(state: SearchState, mine: number, point: ReturnPoint): Promise<void> {
	while (state.shown < point.shown && !state.elements.more.hidden && mine === state.token) await round(state, mine);
	if (mine === state.token) window.scrollTo(0, point.y);
}

/** Run the search the form describes: put it in the URL (`push` for a new history entry), then the first round; `back`: the place to return to. */
async function run(state: SearchState, push: boolean, back: ReturnPoint | null = null): Promise<void> {
	const { form, list, status } = state.elements;
	const params = formParams(form);
	const url = new URL(location.href);
	url.search = params.toString();
	if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
	const q = normalizeQuery(params.get('q') ?? '');
	const filters: Record<string, string> = {};
	for (const name of FILTERS) {
		const value = params.get(name);
		if (value) filters[name] = value;
	}
	const sortParam = params.get('sort');
	const mine = reset(state);
	if (!q && Object.keys(filters).length === 0) {
		status.textContent = '';
		list.removeAttribute('aria-busy');
		delete list.dataset['state'];
		return;
	}
	setBusy(state, 'loading');
	status.textContent = '検索しています…';
	try {
		await loadIndex(state.index);
	} catch {
		status.textContent = NO_INDEX;
		setBusy(state, 'done');
		return;
	}
	// A partial speaker name (小山) is no filter value: match it against the remark headings instead.
	const speaker = filters['speaker'] ?? '';
	if (speaker && !(await speakersOf(state)).has(speaker)) delete filters['speaker'];
	const byDate = sortParam === 'date' || sortParam === 'date-asc';
	state.query = { q, words: queryWords(q), byDate, ascending: sortParam === 'date-asc', speaker, filters };
	// Pagefind orders the results of merged index parts by score, even with a sort: the date order is made
	// here, across all parts (merged at once), from the pages checked (all of them up to DATE_ROUND_PAGES).
	if (byDate || !q) await widenIndex(state.index, true);
	if (mine !== state.token || !(await gather(state, mine))) return;
	performance.mark('search:candidates');
	// A query that names a person shows that person first, next to the remarks that mention the name. The query's
	// file of the split persons index is fetched and read once the first candidates are checked, not while they are.
	// (Not under a filter or a speaker: the cards know no series or year, and had stood over 「見つかりませんでした。」 for
	// persons of other bodies.)
	const { persons, personList } = state.elements;
	const filtered = speaker !== '' || Object.keys(filters).length > 0;
	const showNamed = () => {
		if (!persons || !personList) return;
		// (A card shown, the status line under it says what was not found: the remarks holding the name, not the person.)
		void showPersons(persons, personList, filtered ? '' : q, searchPersonShardUrl, () => mine === state.token).then((named) => {
			if (mine !== state.token || named === 0) return;
			state.named = named;
			showStatus(state);
		});
	};
	// With no candidate in the newest part (a name no remark there mentions), at once.
	if (state.candidates.length === 0) showNamed();
	else state.firstBatchChecked = showNamed;
	await round(state, mine);
	if (back) await returnTo(state, mine, back);
}

/** Fill the form from the URL (on load and on back/forward); the folded filters open when one is set, so it shows. */
function fromUrl(form: HTMLFormElement): void {
	const params = new URLSearchParams(location.search);
	for (const element of form.elements) {
		if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
			if (element.name && element.type !== 'submit') element.value = params.get(element.name) ?? '';
		}
	}
	const folded = form.querySelector<HTMLDetailsElement>('details.search-filters');
	if (folded && [...FILTERS, 'sort'].some((name) => (params.get(name) ?? '') !== '')) folded.open = true;
}

/**
 * What the reader types into shows its effect: a phone's keyboard covers the lower half of the screen, and the results start
 * under the box, the hint and the status line (331 px down a 360 × 740 phone, whose keyboard leaves 370 px of the page), so the
 * first result's words found had stayed under the keyboard (its heading's one line above it) and nothing seemed to change. When
 * the first result's words found (its heading when none are marked; none found, the status line) lie outside what the screen shows (the visual viewport, which the keyboard shrinks), the box's row goes to
 * the top of the screen, the status and the first result under it. Only while the box has the focus: a search asked for
 * (the keyboard let go) or a filter changed moves nothing.
 */
function revealResults(state: SearchState): void {
	const { input, list, status } = state.elements;
	// (Not while a newer search, typed since, is loading: it reveals its own results.)
	if (document.activeElement !== input || input.value.trim() === '' || list.dataset['state'] !== 'done') return;
	const first = list.querySelector<HTMLElement>(':scope > li:first-child mark') ?? list.querySelector<HTMLElement>(':scope > li .result__heading') ?? status;
	const box = first.getBoundingClientRect();
	const view = window.visualViewport;
	const top = view ? view.offsetTop : 0;
	const bottom = view ? view.offsetTop + view.height : window.innerHeight;
	// (The box's top is its row's; with the text enlarged the row is no box of its own, its box and button laid out with the fold: search.astro.)
	if (box.top < top || box.bottom > bottom) input.scrollIntoView({ block: 'start' });
}

/** Listen to the form: submit, typing (debounced), filter changes, focus (loads the index), "more", back/forward. */
function wire(state: SearchState): void {
	const { form, input, more, status } = state.elements;
	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		// On a touch screen the keyboard would cover the results: let it go once the search is asked for.
		if (window.matchMedia('(pointer: coarse)').matches) input.blur();
		void run(state, true);
	});
	const typed = (): void => {
		if (state.elements.suggestions) void suggestPersons(state.elements.suggestions, input.value, searchPersonsUrl());
		clearTimeout(timer);
		timer = setTimeout(() => void run(state, false).then(() => revealResults(state)), 300);
	};
	// Kana still being converted by the input method (`せきゅりてぃ` before it becomes `セキュリティ`) is no query yet:
	// the search waits for the conversion to end.
	input.addEventListener('input', (event) => {
		if ((event as InputEvent).isComposing) {
			clearTimeout(timer);
			return;
		}
		typed();
	});
	input.addEventListener('compositionend', typed);
	form.addEventListener('change', (event) => {
		if (event.target !== input) void run(state, false);
	});
	// Load the index on first focus; without one (the dev server, or before `npm run build`) say so at once.
	input.addEventListener('focus', () => void loadIndex(state.index).catch(() => (status.textContent = NO_INDEX)), { once: true });
	// The speaker list is only fetched when the speaker box is used.
	form.querySelector<HTMLInputElement>('input[name="speaker"]')?.addEventListener('focus', () => void speakersOf(state), { once: true });
	// The button hides while the round loads, which dropped the focus to the page: it goes to the first result the round adds
	// (next to where the button was), so the keyboard and a screen reader go on from there.
	more.addEventListener('click', () => {
		const mine = state.token;
		const before = state.shown;
		void round(state, mine).then(() => {
			if (mine !== state.token || state.shown === before) return;
			if (document.activeElement === document.body || document.activeElement === more) state.elements.list.children[before]?.querySelector<HTMLAnchorElement>('a.search-result')?.focus({ preventScroll: true });
		});
	});
	const { count } = state.elements;
	count?.addEventListener('click', () => {
		// The button goes once pressed; keyboard focus moves on to "さらに表示" rather than to the page's start.
		count.hidden = true;
		if (!more.hidden) more.focus();
		if (state.count.kind === 'unknown') void countAll(state, state.token);
	});
	window.addEventListener('popstate', () => {
		fromUrl(form);
		void run(state, false, savedReturn());
	});
	// Leaving for a result (or anywhere): keep the place, so that coming back shows the same results at the same spot.
	window.addEventListener('pagehide', () => saveReturn(state));
}

/** Wire the search page: Pagefind loads on first use, state lives in the URL (browser only). */
export function setupSearch(form: HTMLFormElement): void {
	// Marks of a search's steps (`search:…`) for the bench's waterfall (scripts/bench/waterfall.ts).
	performance.mark('search:script');
	const elements = findElements(form);
	if (!elements) return;
	const options = JSON.parse(form.dataset['pagefindOptions'] ?? '{}') as Record<string, unknown>;
	const state: SearchState = {
		elements,
		index: { indexBase: pagefindUrl(), options, widening: Promise.resolve(false) },
		token: 0,
		query: { q: '', words: [], byDate: false, ascending: false, speaker: '', filters: {} },
		candidates: [],
		gathering: Promise.resolve(),
		seen: new Set(),
		cursor: 0,
		buffered: [],
		shown: 0,
		firstBatchChecked: null,
		count: { kind: 'unknown' },
		named: 0,
	};
	wire(state);
	fromUrl(form);
	// The results come after the page has loaded, so the browser's own scroll restoration would find a short page.
	const back = savedReturn();
	if (back) history.scrollRestoration = 'manual';
	if (location.search) void run(state, false, back);
	// The head's mark of a search in the address (search.astro) has done its work: the form and the list say it from here.
	delete document.documentElement.dataset['search'];
}
