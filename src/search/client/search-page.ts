import { normalizeQuery, queryWords } from '../query.ts';
import { rankItems, trimExcerpt, type ExcerptPart, type SearchItem } from './rank.ts';
import { containsAllWords, countWords, fragmentRegions, markWords, sortByDate } from './verify.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindData {
	url: string;
	content: string;
	raw_content?: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors?: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
	search(query: string | null, options: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const FILTERS = ['series', 'year', 'kind', 'speaker'] as const;
/** Shown when `pagefind/pagefind.js` cannot be loaded. */
const NO_INDEX = '検索索引がありません。開発サーバー（npm run dev）では検索できません。npm run build でサイトを構築し、npm run preview で開いてください。';
const NOTHING = '見つかりませんでした。';
/** Pages checked in the first batch (small, so that the first hits show early), then per batch. */
const FIRST_BATCH = 4;
const PAGE_BATCH = 8;
/** Pages checked per round (a search, or a "more" click) at most, to bound the bytes fetched. */
const ROUND_PAGES = 16;
/** Remark hits shown per round. */
const ITEMS_SHOWN = 10;
/** Pages checked before hits are shown in date order (the order holds across everything checked). */
const DATE_ROUND_PAGES = 120;
const DATE_BATCH = 24;

/** Wire the search page: Pagefind loads on first use, state lives in the URL (browser only). */
export function setupSearch(form: HTMLFormElement): void {
	const base = form.dataset['base'] ?? '/';
	const input = form.querySelector<HTMLInputElement>('#search-input');
	const speakerInput = form.querySelector<HTMLInputElement>('input[name="speaker"]');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const others = document.querySelector<HTMLOListElement>('#search-other');
	const othersBox = document.querySelector<HTMLElement>('#search-other-box');
	const status = document.querySelector<HTMLElement>('#search-status');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	const speakers = document.querySelector<HTMLDataListElement>('#speaker-list');
	if (!input || !list || !status || !more) return;

	/** Pagefind with the index parts merged so far (`parts` newest first, the first `merged` of them in use). */
	let pagefind: Promise<{ api: Pagefind; parts: string[]; merged: number }> | undefined;
	let widening: Promise<boolean> = Promise.resolve(false);
	let speakerList: Promise<Set<string>> | undefined;
	let token = 0;
	let candidates: PagefindResult[] = [];
	/** Ids of the candidates taken from earlier searches of this query (a wider search returns them again). */
	let seen = new Set<string>();
	let cursor = 0;
	/** Verified remark hits not shown yet (date order only). */
	let buffered: SearchItem[] = [];
	let shown = 0;
	let current = { q: '', words: [] as string[], byDate: false, ascending: false, speaker: '', filters: {} as Record<string, string> };

	const indexBase = `${base}pagefind/`;
	const load = (): Promise<{ api: Pagefind; parts: string[]; merged: number }> => {
		pagefind ??= (async () => {
			const parts: Promise<string[]> = fetch(`${indexBase}parts.json`)
				.then((response) => (response.ok ? (response.json() as Promise<{ parts?: string[] }>) : { parts: [] }))
				.then((manifest) => manifest.parts ?? [])
				.catch(() => []);
			// Started by the page's inline script when the address holds a query (same options), else here.
			const started = (window as { pagefindStart?: Promise<Pagefind> }).pagefindStart;
			const api = started ? await started : ((await import(/* @vite-ignore */ `${indexBase}pagefind.js`)) as Pagefind);
			if (!started) {
				// On the main thread: a worker costs another script and a slower start than the search itself.
				await api.options({ excerptLength: 30, noWorker: true, ...(form.dataset['indexTag'] ? { metaCacheTag: form.dataset['indexTag'] } : {}) });
				await api.init();
			}
			return { api, parts: await parts, merged: 0 };
		})();
		return pagefind;
	};

	/**
	 * The index is written in parts of older and older meetings (bounded memory at build time). A search
	 * starts in the newest part and merges the others as more results are needed: one more part, then
	 * twice as many each time (or all at once). Resolves false when every part is in use already.
	 */
	const widen = (all: boolean): Promise<boolean> => {
		widening = widening.then(async () => {
			const index = await load();
			if (index.merged >= index.parts.length) return false;
			const next = all ? index.parts.length : Math.min(index.parts.length, 2 * index.merged + 1);
			await Promise.all(index.parts.slice(index.merged, next).map((part) => index.api.mergeIndex(`${indexBase}${part}`)));
			index.merged = next;
			return true;
		});
		return widening;
	};

	/** Search the parts in use; keep the results not taken before as new candidates (false when superseded). */
	const gather = async (mine: number): Promise<boolean> => {
		const { api } = await load();
		const search = await api.search(current.q || null, { filters: current.filters });
		if (mine !== token || !search) return false;
		for (const result of search.results) {
			if (seen.has(result.id)) continue;
			seen.add(result.id);
			candidates.push(result);
		}
		return true;
	};

	/** Speaker filter values, fetched only when the speaker box is used. */
	const loadSpeakers = (): Promise<Set<string>> => {
		speakerList ??= fetch(`${indexBase}speakers.json`)
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
			.catch(() => [] as string[])
			.then((names) => {
				if (speakers) speakers.append(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
				return new Set(names);
			});
		return speakerList;
	};

	/** Read the form into URL parameters (empty values left out). */
	const formParams = (): URLSearchParams => {
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
		return params;
	};

	const setState = (state: 'loading' | 'done') => {
		list.setAttribute('aria-busy', String(state === 'loading'));
		list.dataset['state'] = state;
	};

	const renderItem = (item: SearchItem, main = true): HTMLLIElement => {
		const li = document.createElement('li');
		li.className = `result result--${item.kind}`;
		const link = document.createElement('a');
		link.className = main ? 'search-result' : 'search-other__link';
		const url = new URL(`${base}meetings/${item.meeting}/`, location.href);
		if (current.q) url.searchParams.set('highlight', current.q);
		if (item.anchor) url.hash = item.anchor;
		link.href = url.pathname + url.search + url.hash;
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
		const meta = document.createElement('p');
		meta.className = 'result__meta';
		const time = document.createElement('time');
		time.dateTime = item.date;
		time.textContent = item.date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
		meta.append(item.meetingTitle, '　', time);
		li.append(heading, excerpt, meta);
		return li;
	};

	/** The status line: during a round (`final` false) and after it. */
	const describe = (final: boolean) => {
		const unfinished = !more.hidden;
		if (shown === 0) {
			if (!final) return '検索しています…';
			return unfinished ? `まだ見つかっていません（候補の会議・資料 ${cursor} 件を確認済み）。「さらに表示」で続きを確かめます。` : NOTHING;
		}
		const found = `${shown} 件の発言を表示しています`;
		if (!final || !unfinished) return `${found}。`;
		return `${found}（候補の会議・資料 ${cursor} 件を確認済み${current.byDate ? '、日付順はその範囲で' : ''}）。続きは「さらに表示」で。`;
	};

	/** One round: check candidate pages until ITEMS_SHOWN new remark hits or ROUND_PAGES pages; show hits as they are confirmed. */
	const round = async (mine: number): Promise<void> => {
		setState('loading');
		more.hidden = true;
		let added = 0;
		let checked = 0;
		const show = (items: SearchItem[]) => {
			list.append(...items.map((item) => renderItem(item)));
			shown += items.length;
			added += items.length;
		};
		// By relevance: stop at ITEMS_SHOWN new hits. By date: check every candidate (up to the budget) before the
		// first hits are shown, then only when the checked hits run out.
		const wanted = () =>
			current.byDate ? checked < DATE_ROUND_PAGES && (shown === 0 || buffered.length < ITEMS_SHOWN) : added < ITEMS_SHOWN && checked < ROUND_PAGES;
		while (wanted()) {
			if (cursor >= candidates.length) {
				if (!(await widen(false)) || mine !== token || !(await gather(mine))) break;
				continue;
			}
			const size = Math.min(current.byDate ? DATE_BATCH : cursor === 0 ? FIRST_BATCH : PAGE_BATCH, candidates.length - cursor);
			const batch = candidates.slice(cursor, cursor + size);
			const firstRank = cursor;
			// Fetched together, checked in rank order as each arrives (the first hits show before the batch is in).
			const pages = batch.map((result) => result.data());
			for (const [index, pending] of pages.entries()) {
				const page = await pending;
				if (mine !== token) return;
				const items = toItems(page, current.words, current.speaker, firstRank + index);
				// The results list holds remarks (or, for a filter alone, meetings); text outside remarks is listed apart.
				const isMain = (item: SearchItem) => item.kind === 'remark' || current.words.length === 0;
				const remarks = rankItems(items.filter(isMain));
				const rest = items.filter((item) => !isMain(item));
				if (others && othersBox && rest.length > 0) {
					others.append(...rest.map((item) => renderItem(item, false)));
					othersBox.hidden = false;
				}
				if (current.byDate) buffered = sortByDate([...buffered, ...remarks], current.ascending);
				else show(remarks);
			}
			cursor += size;
			checked += size;
			status.textContent = describe(false);
		}
		if (mine !== token) return;
		// By date: the hits checked so far, in date order across all index parts.
		if (current.byDate) show(buffered.splice(0, ITEMS_SHOWN));
		const index = await load();
		if (mine !== token) return;
		more.hidden = cursor >= candidates.length && buffered.length === 0 && index.merged >= index.parts.length;
		status.textContent = describe(true);
		setState('done');
	};

	const run = async (push: boolean): Promise<void> => {
		const params = formParams();
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
		const mine = ++token;
		list.replaceChildren();
		others?.replaceChildren();
		if (othersBox) othersBox.hidden = true;
		more.hidden = true;
		candidates = [];
		seen = new Set();
		cursor = 0;
		buffered = [];
		shown = 0;
		if (!q && Object.keys(filters).length === 0) {
			status.textContent = '';
			list.removeAttribute('aria-busy');
			delete list.dataset['state'];
			return;
		}
		setState('loading');
		status.textContent = '検索しています…';
		try {
			await load();
		} catch {
			status.textContent = NO_INDEX;
			setState('done');
			return;
		}
		// A partial speaker name (小山) is no filter value: match it against the remark headings instead.
		const speaker = filters['speaker'] ?? '';
		if (speaker && !(await loadSpeakers()).has(speaker)) delete filters['speaker'];
		const byDate = sortParam === 'date' || sortParam === 'date-asc';
		current = { q, words: queryWords(q), byDate, ascending: sortParam === 'date-asc', speaker, filters };
		// Pagefind orders the results of merged index parts by score, even with a sort: the date order is made
		// here, across all parts (merged at once), from the pages checked (all of them up to DATE_ROUND_PAGES).
		if (byDate || !q) await widen(true);
		if (mine !== token || !(await gather(mine))) return;
		await round(mine);
	};

	/** Fill the form from the URL (on load and on back/forward). */
	const fromUrl = (): void => {
		const params = new URLSearchParams(location.search);
		for (const element of form.elements) {
			if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
				if (element.name && element.type !== 'submit') element.value = params.get(element.name) ?? '';
			}
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(true);
	});
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(false), 300);
	});
	form.addEventListener('change', (event) => {
		if (event.target !== input) void run(false);
	});
	// Load the index on first focus; without one (the dev server, or before `npm run build`) say so at once.
	input.addEventListener('focus', () => void load().catch(() => (status.textContent = NO_INDEX)), { once: true });
	// The speaker list is only fetched when the speaker box is used.
	speakerInput?.addEventListener('focus', () => void loadSpeakers(), { once: true });
	more.addEventListener('click', () => void round(token));
	window.addEventListener('popstate', () => {
		fromUrl();
		void run(false);
	});
	fromUrl();
	if (location.search) void run(false);
}

/** Text and `<mark>` nodes for excerpt parts (text only, never HTML). */
function partsToNodes(parts: ExcerptPart[]): Node[] {
	return parts.map((part) => {
		if (!part.mark) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

/** Confirmed hits of one page: remarks (and section/opening text) that contain every query word, or, without words, the remarks of the filtered speaker or the page. */
function toItems(page: PagefindData, words: string[], speaker: string, pageRank: number): SearchItem[] {
	const common = {
		meeting: page.meta['id'] ?? '',
		meetingTitle: page.meta['title'] ?? '',
		date: page.meta['date'] ?? '',
		series: page.filters['series']?.[0] ?? '',
		pageRank,
	};
	const items: SearchItem[] = [];
	for (const region of fragmentRegions(page)) {
		if (speaker && (region.kind !== 'remark' || !region.label.includes(speaker))) continue;
		if (words.length > 0 && !containsAllWords(region.text, words)) continue;
		if (words.length === 0 && !speaker) continue;
		const label = region.kind === 'page' ? common.meetingTitle : region.label;
		items.push({ ...common, anchor: region.anchor, label, kind: region.kind, excerpt: trimExcerpt(markWords(region.text, words)), hits: countWords(region.text, words) });
	}
	// A filter without words or speaker lists the meetings themselves.
	if (words.length === 0 && !speaker) items.push({ ...common, anchor: null, label: common.meetingTitle, kind: 'page', excerpt: [], hits: 0 });
	return items;
}
