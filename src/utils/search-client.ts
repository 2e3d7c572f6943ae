import { containsPhrase, markPhrase, parseExcerpt, rankItems, trimExcerpt, type ExcerptPart, type SearchItem } from './search-rank.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	anchor?: { element: string; id: string; text: string };
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	locations: number[];
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const FILTERS = ['series', 'year', 'kind', 'speaker'] as const;
/** Shown when `pagefind/pagefind.js` cannot be loaded. */
const NO_INDEX = '検索索引がありません。開発サーバー（npm run dev）では検索できません。npm run build でサイトを構築し、npm run preview で開いてください。';
/** Pages whose data is fetched (and ranked together) at a time. */
const PAGE_BATCH = 10;
/** Hits shown per "more" click. */
const ITEMS_SHOWN = 20;

/** Wire the search page: Pagefind loads on first use, state lives in the URL (browser only). */
export function setupSearch(form: HTMLFormElement): void {
	const base = form.dataset['base'] ?? '/';
	const input = form.querySelector<HTMLInputElement>('#search-input');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const status = document.querySelector<HTMLElement>('#search-status');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	const speakers = document.querySelector<HTMLDataListElement>('#speaker-list');
	if (!input || !list || !status || !more) return;

	let pagefind: Promise<Pagefind> | undefined;
	let token = 0;
	let pending: { data(): Promise<PagefindData> }[] = [];
	let rank = 0;
	let buffered: SearchItem[] = [];
	/** Speaker labels known to the index (exact values of the `speaker` filter). */
	const speakerNames = new Set<string>();
	let current = { q: '', byDate: false, speaker: '' };

	const load = (): Promise<Pagefind> => {
		pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (api) => {
			await api.options({ excerptLength: 120 });
			await api.init();
			if (speakers) {
				const filters = await api.filters();
				for (const name of Object.keys(filters['speaker'] ?? {}).sort((a, b) => a.localeCompare(b, 'ja'))) {
					speakerNames.add(name);
					const option = document.createElement('option');
					option.value = name;
					speakers.append(option);
				}
			}
			return api;
		});
		return pagefind;
	};

	/** Read the form into URL parameters (empty values left out). */
	const formParams = (): URLSearchParams => {
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
		return params;
	};

	const renderItem = (item: SearchItem): HTMLLIElement => {
		const li = document.createElement('li');
		li.className = `result result--${item.kind}`;
		const link = document.createElement('a');
		link.className = 'search-result';
		const url = new URL(`${base}meetings/${item.meeting}/`, location.href);
		if (current.q) url.searchParams.set('highlight', current.q);
		if (item.anchor) url.hash = item.anchor;
		link.href = url.pathname + url.search + url.hash;
		const label = document.createElement('span');
		label.className = 'result__label';
		label.textContent = item.kind === 'section' ? `見出し：${item.label}` : item.label;
		link.append(label);
		const heading = document.createElement('h2');
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

	const showMore = async (mine: number): Promise<void> => {
		while (buffered.length < ITEMS_SHOWN && pending.length > 0) {
			const batch = pending.splice(0, PAGE_BATCH);
			const pages = await Promise.all(batch.map((result) => result.data()));
			if (mine !== token) return;
			buffered.push(...rankItems(pages.flatMap((page) => toItems(page, current.q, current.speaker, rank++)), current.byDate));
		}
		list.append(...buffered.splice(0, ITEMS_SHOWN).map(renderItem));
		more.hidden = buffered.length === 0 && pending.length === 0;
	};

	const run = async (push: boolean): Promise<void> => {
		const params = formParams();
		const url = new URL(location.href);
		url.search = params.toString();
		if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
		const q = params.get('q') ?? '';
		const filters: Record<string, string> = {};
		for (const name of FILTERS) {
			const value = params.get(name);
			if (value) filters[name] = value;
		}
		const sortParam = params.get('sort');
		const mine = ++token;
		list.replaceChildren();
		more.hidden = true;
		if (!q && Object.keys(filters).length === 0) {
			status.textContent = '';
			return;
		}
		status.textContent = '検索しています…';
		let api: Pagefind;
		try {
			api = await load();
		} catch {
			status.textContent = NO_INDEX;
			return;
		}
		// A partial speaker name (小山) is no filter value: match it against the remark headings instead.
		const speaker = filters['speaker'] ?? '';
		if (speaker && !speakerNames.has(speaker)) delete filters['speaker'];
		const sort = sortParam === 'date' ? { date: 'desc' } : sortParam === 'date-asc' ? { date: 'asc' } : undefined;
		const search = await api.search(q || null, { filters, ...(sort ? { sort } : {}) });
		if (mine !== token || !search) return;
		current = { q, byDate: Boolean(sort), speaker };
		pending = [...search.results];
		buffered = [];
		rank = 0;
		status.textContent = search.results.length > 0 ? `${search.results.length} 件の会議・資料で見つかりました（発言ごとに表示）。` : '見つかりませんでした。';
		await showMore(mine);
		if (mine === token && list.children.length === 0) status.textContent = '見つかりませんでした。';
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
	more.addEventListener('click', () => void showMore(token));
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

/** Remark-level hits of one page: sub-results under remark/section headings, else the page itself. */
function toItems(page: PagefindData, query: string, speaker: string, pageRank: number): SearchItem[] {
	const common = {
		meeting: page.meta['id'] ?? '',
		meetingTitle: page.meta['title'] ?? '',
		date: page.meta['date'] ?? '',
		series: page.filters['series']?.[0] ?? '',
		pageRank,
	};
	const items: SearchItem[] = [];
	for (const sub of page.sub_results) {
		const id = sub.anchor?.id ?? null;
		if (!id) continue;
		const kind = /^r\d+$/.test(id) ? 'remark' : 'section';
		const label = sub.title.trim();
		if (speaker && (kind !== 'remark' || !label.includes(speaker))) continue;
		const parts = dropLeadingLabel(parseExcerpt(sub.excerpt), label);
		const text = parts.map((part) => part.text).join('');
		const hasPhrase = containsPhrase(text, query);
		items.push({ ...common, anchor: id, label, kind, excerpt: trimExcerpt(markPhrase(parts, query)), hasPhrase, hits: sub.locations.length });
	}
	if (items.length === 0 && !(speaker && query)) {
		const parts = dropLeadingLabel(parseExcerpt(page.excerpt), common.meetingTitle);
		items.push({
			...common,
			anchor: null,
			label: common.meetingTitle,
			kind: 'page',
			excerpt: trimExcerpt(markPhrase(parts, query)),
			hasPhrase: containsPhrase(parts.map((part) => part.text).join(''), query),
			hits: page.locations.length,
		});
	}
	return items;
}

/** Pagefind starts an excerpt that begins at the heading with the heading (`小山構成員.`): drop that repeat; mark a cut start with …. */
function dropLeadingLabel(parts: ExcerptPart[], label: string): ExcerptPart[] {
	const first = parts[0];
	if (!first || !label) return parts;
	const trimmed = first.text.trimStart();
	// Pagefind cut the excerpt somewhere inside the text: say so.
	if (first.mark || !trimmed.startsWith(label)) return [{ text: '…', mark: false }, ...parts];
	const rest = trimmed.slice(label.length).replace(/^[.。]?\s*/, '');
	return rest ? [{ text: rest, mark: false }, ...parts.slice(1)] : parts.slice(1);
}
