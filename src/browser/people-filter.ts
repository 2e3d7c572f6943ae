/**
 * The people list in the browser: a box that keeps only the people whose name, affiliation or a spelling of their name in the
 * minutes (a speaker's label, a roll's entry) holds the typed words
 * (each word, compared as the search page compares: NFKC, spaces and Latin case aside), or whose name's reading holds a word
 * typed in kana (`たかはし`, `タカハシ`, `ﾀｶﾊｼ`: katakana read as hiragana, spaces and `・` aside), hides a role's table that
 * keeps no one (and its link at the top, which had led nowhere), counts in each role's link the people it keeps, and says how
 * many are shown.
 * Without a script the box stays hidden and the whole list shows.
 */
import { isReadingQuery, readingKey } from '../format/reading.ts';
import { matchKey, queryWords } from '../search/query.ts';

/**
 * Whether a person's text (name, affiliation) holds every word of the query, compared as the search compares, a word in kana
 * also matching in the name's reading when the person has one; an empty query keeps everyone.
 */
export function matchesPerson(text: string, query: string, reading: string | null = null): boolean {
	const own = matchKey(text);
	const read = reading ? readingKey(reading) : '';
	return queryWords(query).every((word) => own.includes(matchKey(word)) || (read !== '' && isReadingQuery(word) && read.includes(readingKey(word))));
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
	// Each role's table and its people, with the text the filter reads (name and affiliation), read once.
	const sections = [...root.querySelectorAll<HTMLElement>('section[id^="kind-"]')].map((section) => ({
		section,
		// The role's link at the top (`構成員・座長・主査（45）`) and its name without the count.
		link: root.querySelector<HTMLAnchorElement>(`a[href="#${section.id}"]`),
		name: root.querySelector(`a[href="#${section.id}"]`)?.textContent?.replace(/（\d+）$/u, '') ?? '',
		// (And the person's every spelling in the minutes, `NTT 松原氏`, `薦構成員`: the name alone had not found them by what a reader saw.)
		rows: [...section.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => ({
			row,
			text: [...[...row.cells].slice(0, 2).map((cell) => cell.textContent ?? ''), row.dataset['labels'] ?? ''].join(' '),
			// (The name's reading, which the list does not show: `data-reading`.)
			reading: row.dataset['reading'] ?? null,
		})),
	}));
	const update = (): void => {
		let shown = 0;
		for (const { section, link, name, rows } of sections) {
			let kept = 0;
			for (const { row, text, reading } of rows) {
				row.hidden = !matchesPerson(text, input.value, reading);
				if (!row.hidden) kept++;
			}
			section.hidden = kept === 0;
			if (link) {
				link.textContent = `${name}（${kept}）`;
				(link.closest('li') ?? link).hidden = section.hidden;
			}
			shown += kept;
		}
		status.textContent = peopleFilterStatus(input.value, shown);
	};
	// What the reader types into must show its effect: a phone's keyboard covers the lower half of the screen, where the list
	// starts under the box, so the first person kept (or the line saying none is) had stayed under the keyboard and nothing
	// seemed to change. When it lies outside what the screen shows (the visual viewport, which the keyboard shrinks), the box
	// goes to the top of the screen, the line and the first people under it. Where the box, the line, the roles' links and the
	// role's heading leave no room for the first person (a phone with the text enlarged, or held sideways), the box stays at
	// the screen's top while it is typed into (`data-filtering`, the page's style) and the page goes on to the first person
	// kept under it, its role's heading with it where both fit: the line and the links above had put that person at 801–925
	// px of the 370 px a 360 × 740 phone at 200 % shows above its keyboard, with the box at the top.
	const reveal = (): void => {
		form.toggleAttribute('data-filtering', input.value.trim() !== '');
		if (input.value.trim() === '') return;
		const firstRow = sections.flatMap(({ rows }) => rows).find(({ row }) => !row.hidden)?.row;
		const first = firstRow ?? status;
		const view = root.defaultView?.visualViewport;
		const top = view ? view.offsetTop : 0;
		const bottom = view ? view.offsetTop + view.height : (root.defaultView?.innerHeight ?? 0);
		const box = first.getBoundingClientRect();
		const formBox = form.getBoundingClientRect();
		// (Under the box, which may stand at the screen's top over the list.)
		if (box.top >= Math.max(top, formBox.bottom) && box.bottom <= bottom) return;
		// (The box at the screen's top, as scrollIntoView's `start` puts it, less its room above: see the page's style.)
		const margin = parseFloat(getComputedStyle(form).scrollMarginTop) || 0;
		if (box.bottom - formBox.top + margin <= bottom - top) {
			form.scrollIntoView({ block: 'start' });
			return;
		}
		const heading = firstRow?.closest('section')?.querySelector('h2');
		const under = formBox.height + 8;
		const headingTop = heading?.getBoundingClientRect().top ?? box.top;
		const from = box.bottom - headingTop + under <= bottom - top ? headingTop : box.top;
		root.defaultView?.scrollBy({ top: from - (top + under), behavior: 'instant' });
	};
	form.addEventListener('submit', (event) => event.preventDefault());
	input.addEventListener('input', () => {
		update();
		reveal();
	});
	// (A value the browser restored on going back filters at once.)
	if (input.value !== '') update();
}
