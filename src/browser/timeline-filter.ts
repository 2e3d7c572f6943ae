/**
 * The timeline in the browser: the series filter syncs its checkboxes with `?series=` (an empty `?series=` is no
 * series at all), the order newest or oldest first with `?order=oldest` (the page comes newest first), the
 * buttons that need a script show (すべて選択, すべて外す, この会議体だけ, 並び順), empty years leave, and the
 * status line says what is shown. Without a script CSS does the basic filtering, newest first.
 */

/** Which way the entries and years run: the page as built is newest first. */
export type TimelineOrder = 'newest' | 'oldest';

/** The series the status line names one by one; more are counted (`4 会議体`). */
const NAMED_SERIES = 3;

/** What the status line says is shown: the series ticked (names, as their labels give them), the entries and their order. */
export function filterStatus(names: string[], total: number, visible: number, order: TimelineOrder = 'newest'): string {
	if (names.length === 0) return '会議体が一つも選ばれていません。表示する会議・資料はありません。';
	const which = names.length === total ? 'すべての会議体' : names.length <= NAMED_SERIES ? names.join('、') : `${names.length} 会議体`;
	return `${which}の ${visible} 件を、${order === 'newest' ? '新しい順' : '古い順'}に表示しています。`;
}

/** The page's years, their links and each year's entries, in the order the page was built (newest first). */
interface Built {
	years: HTMLElement[];
	links: HTMLElement[];
	entries: Map<HTMLElement, HTMLElement[]>;
}

/** Put the years, the year list and each year's entries in `order` (moving the elements, so reading and tabbing follow). */
function arrange(built: Built, order: TimelineOrder): void {
	const inOrder = <T>(list: T[]): T[] => (order === 'newest' ? list : [...list].reverse());
	built.years[0]?.parentElement?.append(...inOrder(built.years));
	built.links[0]?.parentElement?.append(...inOrder(built.links));
	for (const [list, items] of built.entries) list.append(...inOrder(items));
}

/** Wire up the timeline page's series filter and order. */
export function enhanceTimelineFilter(root: Document): void {
	const boxes = [...root.querySelectorAll<HTMLInputElement>('.series-filter input[type="checkbox"]')];
	const status = root.querySelector<HTMLElement>('.series-filter__status');
	const names = new Map(boxes.map((box) => [box.value, box.dataset['name'] ?? box.value]));
	const wanted = new URLSearchParams(location.search).getAll('series');
	if (wanted.length > 0) for (const box of boxes) box.checked = wanted.includes(box.value);
	// A filter given in the address shows, also where the list is folded (on phones).
	const fold = root.querySelector<HTMLDetailsElement>('details.series-filter-fold');
	if (wanted.length > 0 && fold) fold.open = true;
	for (const element of root.querySelectorAll<HTMLElement>('.timeline-page .js-only')) element.hidden = false;

	const built: Built = {
		years: [...root.querySelectorAll<HTMLElement>('.timeline-year')],
		links: [...root.querySelectorAll<HTMLElement>('.year-nav li')],
		entries: new Map([...root.querySelectorAll<HTMLElement>('ol.timeline')].map((list) => [list, [...list.children] as HTMLElement[]])),
	};
	const orders = [...root.querySelectorAll<HTMLInputElement>('.timeline-order input[name="order"]')];
	let order: TimelineOrder = new URLSearchParams(location.search).get('order') === 'oldest' ? 'oldest' : 'newest';
	for (const radio of orders) radio.checked = radio.value === order;
	if (order === 'oldest') {
		arrange(built, order);
		// A year asked for in the address (`#y2019`) may have been scrolled to before the years moved.
		if (location.hash.length > 1) root.getElementById(location.hash.slice(1))?.scrollIntoView();
	}

	const update = (): void => {
		const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
		const shown = new Set(ticked);
		let visible = 0;
		for (const year of root.querySelectorAll<HTMLElement>('.timeline-year')) {
			const items = [...year.querySelectorAll<HTMLElement>('li[data-series]')];
			const count = items.filter((item) => shown.has(item.dataset['series'] ?? '')).length;
			year.hidden = count === 0;
			// The year's link in the year list goes with it (it would lead nowhere).
			const link = root.querySelector(`.year-nav a[href="#${year.id}"]`)?.closest('li');
			if (link instanceof HTMLElement) link.hidden = year.hidden;
			visible += count;
		}
		if (status) status.textContent = filterStatus(ticked.map((slug) => names.get(slug) ?? slug), boxes.length, visible, order);
		const url = new URL(location.href);
		url.searchParams.delete('series');
		if (shown.size === 0) url.searchParams.append('series', '');
		else if (shown.size < boxes.length) for (const slug of shown) url.searchParams.append('series', slug);
		url.searchParams.delete('order');
		if (order === 'oldest') url.searchParams.set('order', 'oldest');
		history.replaceState(null, '', url);
	};
	for (const radio of orders) {
		radio.addEventListener('change', () => {
			if (!radio.checked) return;
			order = radio.value === 'oldest' ? 'oldest' : 'newest';
			arrange(built, order);
			update();
		});
	}
	/** Tick the boxes `keep` says yes to, untick the others. */
	const tick = (keep: (box: HTMLInputElement) => boolean): void => {
		for (const box of boxes) box.checked = keep(box);
		update();
	};
	for (const box of boxes) box.addEventListener('change', update);
	for (const button of root.querySelectorAll<HTMLButtonElement>('.series-filter [data-tick]')) {
		const all = button.dataset['tick'] === 'all';
		button.addEventListener('click', () => tick(() => all));
	}
	for (const button of root.querySelectorAll<HTMLButtonElement>('.series-filter__only')) {
		button.addEventListener('click', () => {
			tick((box) => box.value === button.value);
			// The reader asked for that series' meetings: fold the list away where it folds (a phone; wider
			// screens show it open and its label takes no tap) and bring them the status line over the list.
			const summary = fold?.querySelector('summary');
			if (fold && summary && getComputedStyle(summary).pointerEvents !== 'none') fold.open = false;
			status?.focus();
		});
	}
	update();
}
