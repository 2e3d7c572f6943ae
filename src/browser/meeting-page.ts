/**
 * The meeting page's script, loaded only when the page is used (src/components/MeetingScripts.astro):
 * marks `?highlight=` words, puts the reader's day and origin into the citations, adds a remark's
 * BibTeX when its citation is opened (the same builder the site uses) with copy buttons and a close button, and
 * copies a remark's link when its `#` is tapped (saying so in one line fixed at the screen's foot: no row grows), or on a
 * phone that can share hands it to the phone's share sheet with the speaker and the remark's opening words.
 */
import { accessedPart, bibtexCitation, localDay, quotedIn, type CitationInput } from '../format/citation.ts';
import { highlightPage } from '../search/client/highlight.ts';

/** What every citation on the page shares, from `#cite-meta`: the page URL (a path when built without SITE_URL) and the build day as 閲覧日. */
type CiteMeta = Pick<CitationInput, 'meeting' | 'kind' | 'title' | 'date' | 'url' | 'accessed'> & { id: string };

/** The page's state: citation data, the reader's day and page URL, the status line (shown for a moment, and read by screen readers). */
interface PageState {
	meta: CiteMeta;
	today: string;
	pageUrl: string;
	status: HTMLElement;
}

/** Read `#cite-meta` (null when the page has none). */
function readMeta(): CiteMeta | null {
	const data = document.getElementById('cite-meta')?.dataset;
	if (!data) return null;
	const field = (name: keyof CiteMeta): string => data[name] ?? '';
	return { id: field('id'), meeting: field('meeting'), kind: field('kind'), title: field('title'), date: field('date'), url: field('url'), accessed: field('accessed') };
}

/** Citations carry the build day and, built without SITE_URL, a path: put in the reader's day and this page's origin. */
function updateCitations(state: PageState): void {
	const { meta, today, pageUrl } = state;
	for (const cite of document.querySelectorAll<HTMLElement>('[data-cite="ja"]')) {
		let text = cite.textContent ?? '';
		if (meta.accessed !== today) text = text.replaceAll(accessedPart(meta.accessed), accessedPart(today));
		if (pageUrl !== meta.url) text = text.replaceAll(`${meta.url}#`, `${pageUrl}#`);
		if (text !== cite.textContent) cite.textContent = text;
	}
}

/** The BibTeX entry of a remark, from its speaker and the quote in its Japanese citation. */
function remarkBibtex(state: PageState, remark: HTMLElement, japanese: string): string {
	const { meta, today, pageUrl } = state;
	const speaker = remark.dataset['speaker'] ?? '';
	const author = remark.dataset['author'] || undefined;
	const anchor = remark.dataset['remarkId'] ?? '';
	// The quote is already the remark's opening, cut as the page cut it: it is used as it is.
	const quote = quotedIn(japanese, speaker, `${meta.meeting} ${meta.kind}`);
	return bibtexCitation({ speaker, author, text: quote, quote, meeting: meta.meeting, kind: meta.kind, title: meta.title, date: meta.date, url: `${pageUrl}#${anchor}`, accessed: today, key: `${meta.id}-${anchor}` });
}

/** Say `message` in the status line for a moment. */
function announce(state: PageState, message: string): void {
	state.status.textContent = message;
	clearTimeout(Number(state.status.dataset['timer']));
	state.status.dataset['timer'] = String(setTimeout(() => (state.status.textContent = ''), 2000));
}

/** A button that copies `text()` and says so for a moment (and to screen readers). */
function copyButton(state: PageState, label: string, text: () => string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-link';
	button.textContent = label;
	button.onclick = () =>
		navigator.clipboard
			.writeText(text())
			.then(
				() => announce(state, (button.textContent = 'コピーしました')),
				() => (button.textContent = 'コピーできませんでした'),
			)
			.finally(() => setTimeout(() => (button.textContent = label), 2000));
	return button;
}

/** A small label above a citation form. */
function citeLabel(text: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'cite__label';
	p.textContent = text;
	return p;
}

/**
 * On a citation's first opening: labels, copy buttons, the BibTeX entry folded under its own toggle (opened, it is
 * taller than a phone's screen and pushed the words a screen down) and, at the end, a button that closes the citation
 * from where its reader is (the toggle stands at the remark's top, a screen up).
 */
function openCitation(state: PageState, details: HTMLDetailsElement): void {
	if (!details.open || details.querySelector('[data-cite="bibtex"]')) return;
	const remark = details.closest<HTMLElement>('.remark');
	const ja = details.querySelector<HTMLElement>('[data-cite="ja"]');
	if (!remark || !ja) return;
	const bib = document.createElement('p');
	bib.className = 'cite__text cite__text--code';
	bib.dataset['cite'] = 'bibtex';
	bib.textContent = remarkBibtex(state, remark, ja.textContent ?? '');
	const bibFold = document.createElement('details');
	bibFold.className = 'cite__bibtex';
	const bibSummary = document.createElement('summary');
	bibSummary.textContent = 'BibTeX';
	bibFold.append(bibSummary, bib);
	ja.before(citeLabel('日本語'));
	details.append(bibFold);
	if (navigator.clipboard) {
		ja.after(copyButton(state, 'コピー', () => ja.textContent ?? ''));
		bib.after(copyButton(state, 'コピー', () => bib.textContent ?? ''));
	}
	details.append(closeButton(details));
}

/** 「引用を閉じる」: closes the citation, the remark's words staying where they are on the screen; the focus goes back to its toggle. */
function closeButton(details: HTMLDetailsElement): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'quiet-button cite__close';
	button.textContent = '引用を閉じる';
	button.onclick = () => {
		const after = details.nextElementSibling;
		const before = after?.getBoundingClientRect().top;
		details.open = false;
		if (after && before !== undefined) window.scrollBy(0, after.getBoundingClientRect().top - before);
		details.querySelector('summary')?.focus({ preventScroll: true });
	};
	return button;
}

/**
 * What a shared remark's message says beside its link: the speaker and the remark's opening words as its citation quotes them
 * (`小山構成員「松原さんと…」`), and the meeting as the title. A link's preview can only show the meeting's card (the part after
 * `#` never reaches the site), so the words go in the message itself.
 */
function shareData(state: PageState, link: HTMLAnchorElement): ShareData {
	const { meta } = state;
	const remark = link.closest<HTMLElement>('.remark');
	const speaker = remark?.dataset['speaker'] ?? '';
	const quote = quotedIn(remark?.querySelector('[data-cite="ja"]')?.textContent ?? '', speaker, `${meta.meeting} ${meta.kind}`);
	return { title: document.title, text: quote ? `${speaker}「${quote}」` : speaker, url: link.href.replace(/\?[^#]*/, '') };
}

/**
 * A remark's `#` copies its link (without the `?highlight=` query) when tapped, and still goes to the remark; the status line says so.
 * On a touch screen that can share (a phone), it opens the share sheet instead, whose message names the speaker and quotes the
 * remark (the sheet offers copying too): a copied link had reached its reader as the meeting's card alone.
 */
function copyPermalinks(state: PageState): void {
	const sharing = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
	if (!sharing && !navigator.clipboard) return;
	const suffix = sharing ? '（共有できます）' : '（コピーされます）';
	for (const label of document.querySelectorAll('.remark a.permalink > .visually-hidden')) {
		if (!label.textContent?.endsWith(suffix)) label.textContent = `${label.textContent ?? ''}${suffix}`;
	}
	const copy = (link: HTMLAnchorElement) =>
		navigator.clipboard.writeText(link.href.replace(/\?[^#]*/, '')).then(
			() => announce(state, 'この発言へのリンクをコピーしました'),
			() => announce(state, 'リンクをコピーできませんでした'),
		);
	document.addEventListener('copy-permalink', (event) => {
		const link = event.target;
		if (!(link instanceof HTMLAnchorElement)) return;
		if (!sharing) {
			void copy(link);
			return;
		}
		// (Closed by the reader, the sheet says nothing; refused, as when the tap's permission has lapsed, the link is copied.)
		navigator.share(shareData(state, link)).catch((error: unknown) => {
			if (!(error instanceof DOMException && error.name === 'AbortError') && navigator.clipboard) void copy(link);
		});
	});
}

/** The fold a fragment (`#agenda-items`, as written in an address) points into: the `<details class="fold">` holding its target. */
function foldAt(fragment: string): HTMLDetailsElement | null {
	let id = fragment;
	// An address may hold a malformed escape (`#%E3`): no fold then, and the page's other scripts still run.
	try {
		id = decodeURIComponent(fragment);
	} catch {
		return null;
	}
	const fold = id === '' ? null : document.getElementById(id)?.closest('details.fold');
	return fold instanceof HTMLDetailsElement ? fold : null;
}

/**
 * A link into a folded list (the bar's 「議題」 → `#agenda-items`, on a phone) opens it, for browsers that do not open a
 * closed `<details>` for a fragment's target inside it themselves (Chromium does, also for an address ending so).
 */
function openFoldsOnJump(): void {
	const open = (id: string) => {
		const fold = foldAt(id);
		if (fold && !fold.open) fold.open = true;
	};
	open(location.hash.slice(1));
	document.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
		if (link) open(link.hash.slice(1));
	});
}

/** Set the page up: highlight, citations (also the one whose opening loaded this script), copying links. */
function enhanceMeetingPage(): void {
	openFoldsOnJump();
	const highlight = new URLSearchParams(location.search).get('highlight');
	if (highlight) highlightPage(highlight);
	const meta = readMeta();
	if (!meta) return;
	const status = document.createElement('p');
	status.className = 'copy-status';
	status.setAttribute('role', 'status');
	document.body.append(status);
	const state: PageState = { meta, today: localDay(), pageUrl: meta.url.startsWith('/') ? new URL(meta.url, location.href).href : meta.url, status };
	updateCitations(state);
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details.cite[open]')) openCitation(state, details);
	document.addEventListener('toggle', (event) => event.target instanceof HTMLDetailsElement && event.target.matches('.cite') && openCitation(state, event.target), true);
	copyPermalinks(state);
}

enhanceMeetingPage();
