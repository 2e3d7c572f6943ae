/**
 * The people list in the browser: a box that keeps only the people whose name or affiliation holds the typed words
 * (each word, NFKC, spaces and case ignored), hides a role's table that keeps no one, and says how many are shown.
 * Without a script the box stays hidden and the whole list shows.
 */

/** A text in the form the filter compares: NFKC, no spaces, lower case. */
function comparable(text: string): string {
	return text.normalize('NFKC').replace(/\s/gu, '').toLowerCase();
}

/** Whether a person's text (name, affiliation) holds every word of the query; an empty query keeps everyone. */
export function matchesPerson(text: string, query: string): boolean {
	const words = query.normalize('NFKC').split(/\s+/u).map(comparable).filter((word) => word !== '');
	const own = comparable(text);
	return words.every((word) => own.includes(word));
}

/** What the status line says for a query and the number of people it keeps (nothing without a query). */
export function peopleFilterStatus(query: string, shown: number): string {
	if (query.trim() === '') return '';
	return shown === 0 ? `「${query.trim()}」に当てはまる人物はいません。` : `「${query.trim()}」に当てはまる ${shown} 人を表示しています。`;
}

/** Show the filter box and keep the list to the people it matches as the reader types. */
export function enhancePeopleFilter(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('#people-filter');
	const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
	const status = root.querySelector<HTMLElement>('#people-filter-status');
	if (!form || !input || !status) return;
	form.hidden = false;
	const rows = [...root.querySelectorAll<HTMLTableRowElement>('.people-table tbody tr')].map((row) => ({ row, text: [...row.cells].slice(0, 2).map((cell) => cell.textContent ?? '').join(' ') }));
	const sections = [...root.querySelectorAll<HTMLElement>('section[id^="kind-"]')];
	const update = (): void => {
		let shown = 0;
		for (const { row, text } of rows) {
			const keep = matchesPerson(text, input.value);
			row.hidden = !keep;
			if (keep) shown++;
		}
		for (const section of sections) section.hidden = [...section.querySelectorAll('tbody tr')].every((row) => (row as HTMLElement).hidden);
		status.textContent = peopleFilterStatus(input.value, shown);
	};
	form.addEventListener('submit', (event) => event.preventDefault());
	input.addEventListener('input', update);
	// (A value the browser restored on going back filters at once.)
	if (input.value !== '') update();
}
