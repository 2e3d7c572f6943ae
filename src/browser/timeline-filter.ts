/** Sync the timeline's series checkboxes with `?series=` and hide empty years (browser only; CSS does the basic filtering). */
export function enhanceTimelineFilter(root: Document): void {
	const boxes = [...root.querySelectorAll<HTMLInputElement>('.series-filter input[type="checkbox"]')];
	const status = root.querySelector<HTMLElement>('.series-filter__status');
	const wanted = new URLSearchParams(location.search).getAll('series');
	if (wanted.length > 0) for (const box of boxes) box.checked = wanted.includes(box.value);
	// A filter given in the address shows, also where the list is folded (on phones).
	const fold = root.querySelector<HTMLDetailsElement>('details.series-filter-fold');
	if (wanted.length > 0 && fold) fold.open = true;

	const update = (): void => {
		const shown = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
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
		if (status) status.textContent = `${visible} 件を表示中`;
		const url = new URL(location.href);
		url.searchParams.delete('series');
		if (shown.size < boxes.length) for (const slug of shown) url.searchParams.append('series', slug);
		history.replaceState(null, '', url);
	};
	for (const box of boxes) box.addEventListener('change', update);
	update();
}
