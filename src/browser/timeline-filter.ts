/**
 * The timeline's series filter in the browser: syncs the checkboxes with `?series=` (an empty `?series=` is no
 * series at all), shows the buttons that need a script (すべて選択, すべて外す, この会議体だけ), hides empty years
 * and says in the status line what is shown. Without a script CSS does the basic filtering.
 */

/** The series the status line names one by one; more are counted (`4 会議体`). */
const NAMED_SERIES = 3;

/** What the status line says is shown: the series ticked (names, as their labels give them) and the entries. */
export function filterStatus(names: string[], total: number, visible: number): string {
	if (names.length === 0) return '会議体が一つも選ばれていません。表示する会議・資料はありません。';
	const which = names.length === total ? 'すべての会議体' : names.length <= NAMED_SERIES ? names.join('、') : `${names.length} 会議体`;
	return `${which}の ${visible} 件を表示しています。`;
}

/** Wire up the series filter of the timeline page. */
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
		if (status) status.textContent = filterStatus(ticked.map((slug) => names.get(slug) ?? slug), boxes.length, visible);
		const url = new URL(location.href);
		url.searchParams.delete('series');
		if (shown.size === 0) url.searchParams.append('series', '');
		else if (shown.size < boxes.length) for (const slug of shown) url.searchParams.append('series', slug);
		history.replaceState(null, '', url);
	};
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
