/**
 * A web page saved as HTML (a ministry's 議事要旨 page, a city's 会議録 page, an assembly's `<pre>` page): its bytes decoded
 * as the page declares them, and its content as the text a browser's copy gives, which the parser then reads like any
 * copied page. The markup is parsed by parse5 (`hast-util-from-html`) and turned into text by the `innerText` algorithm
 * (`hast-util-to-text`: block elements and `<br>` end lines, `<p>` leaves a blank line, table cells are separated by a tab
 * and rows end lines, `<pre>` keeps its lines); nothing of the markup reaches the text but its words.
 *
 * Before that, what is no part of the page's content is left out by the page's own structure: scripts, styles, the head,
 * navigation (`<nav>`, `role="navigation"`), the page's own `<header>` and `<footer>` (not an article's), hidden elements
 * (`hidden`, `aria-hidden="true"`, an inline `display:none`), form controls, ruby readings (`<rt>`), and, when the page marks
 * its main content (`<main>`, `role="main"`, or the `id` a CMS gives it: `tmp_contents`, `main-content`, `contents` …), all
 * but that. The `<title>` is kept apart, for a page whose content has no heading of its own.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { ASSEMBLY_NAME } from '../parser/readers/shared.ts';
import { matchSectionLine } from '../parser/sections.ts';
import { SPEAKER_COLUMN, SPEECH_COLUMN } from '../parser/speech-sheet.ts';
import { FOOTNOTE_RULE } from './clean-text.ts';

/** Elements never read: not shown, or controls and embedded media with no text of the minutes. */
const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'head',
	'nav',
	'rt',
	'rp',
	'button',
	'select',
	'input',
	'textarea',
	'iframe',
	'object',
	'embed',
	'video',
	'audio',
	'canvas',
	'svg',
	'map',
	'img',
]);
/** ARIA roles of a page's furniture. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);
/**
 * The `id`s and classes of a page's furniture in templates without landmarks (a ministry's or a city's CMS): its
 * menus, breadcrumbs, skip links, "page top" links and side columns (`gnav`, `l-globalNav`, `m-breadcrumb__list`,
 * `breadCrumbs`, `sideNavi`, `c-pagetop`, `tmp_lnavi`), compared as `furnitureName` gives them. Only outside the marked content.
 */
const FURNITURE_NAMES = new Set(['gnav', 'gnavi', 'globalnav', 'globalnavi', 'globalnavigation', 'globalmenu', 'lnav', 'lnavi', 'localnav', 'localnavi', 'localnavigation', 'localmenu', 'snav', 'snavi', 'sidenav', 'sidenavi', 'sidebar', 'side', 'sidemenu', 'sidecolumn', 'subnav', 'subnavi', 'submenu', 'subcontents', 'subcontent', 'contentsub', 'contentssub', 'breadcrumb', 'breadcrumbs', 'pankuzu', 'topicpath', 'skip', 'skiplink', 'skipnav', 'pagetop', 'sitemenu', 'headernav', 'headernavi', 'headermenu', 'footernav', 'footernavi', 'footermenu', 'logo', 'sitelogo', 'headerlogo', 'sitetitle', 'sitename', 'siteid']);
/**
 * The page's own header and footer by `id` or class (`header`, `footerArea`, `l-header`, `tmp_footer`, `siteHeader`):
 * with no prefix or a layout's (`l-`, `g-`, `tmp_`, `js-`) only, since a module's `m-header` or `c-header` is a
 * heading block, the page's title in it.
 */
const FRAME_NAMES = new Set(['header', 'footer', 'hdr', 'ftr', 'siteheader', 'sitefooter', 'globalheader', 'globalfooter', 'commonheader', 'commonfooter']);
/** A template's prefix before a class's words (`l-` layout, `m-` module, `c-` component, `tmp_`), and the layout's own. */
const NAME_PREFIX = /^(?<prefix>[a-z]{1,3}|tmp)[-_](?=[a-z])/u;
const LAYOUT_PREFIXES = new Set(['l', 'g', 'ly', 'lyt', 'tmp', 'js']);
/** A wrapper's word after a class's own (`headerArea`, `breadcrumbList`, `footer-wrap`, `sideInner`). */
const WRAPPER_WORD = /(?<=.)(?:area|wrap|wrapper|inner|outer|block|box|list|container|column)$/u;

/**
 * An `id`'s or class's words as furniture is told by: lowercased without separators, a BEM element or modifier (`__logo`,
 * `--fixed`) left out, each with and without a wrapper's word; `rest` the same without a template's prefix. Null for none.
 */
function nameForms(name: string): { whole: string[]; rest: string[]; prefix: string | undefined } | null {
	const lower = name.toLowerCase().split(/__|--/u)[0] ?? '';
	if (lower === '') return null;
	const prefix = NAME_PREFIX.exec(lower)?.groups?.prefix;
	const words = (text: string) => {
		const joined = text.replace(/[-_]/gu, '');
		return [joined, joined.replace(WRAPPER_WORD, '')];
	};
	return { whole: words(lower), rest: prefix === undefined ? [] : words(lower.slice(prefix.length + 1)), prefix };
}

/**
 * True when an `id` or class names a page's furniture: its words compared lowercased without separators, a BEM element or
 * modifier (`__logo`, `--fixed`), a template's prefix and a wrapper's word left out.
 */
function furnitureName(name: string): boolean {
	const forms = nameForms(name);
	if (forms === null) return false;
	const { whole, rest, prefix } = forms;
	if ([...whole, ...rest].some((word) => FURNITURE_NAMES.has(word))) return true;
	return whole.some((word) => FRAME_NAMES.has(word)) || (prefix !== undefined && LAYOUT_PREFIXES.has(prefix) && rest.some((word) => FRAME_NAMES.has(word)));
}
/**
 * The `id`s and classes of furniture a template sets inside the content too, compared as `furnitureName` gives them: a blog
 * post's meta and foot (`entry-meta`, `entry-footer`: when it was posted, by whom, its categories and tags, never the
 * meeting's), its comments and the form to leave one (`comments-area`, `comment-respond`), its related posts
 * (`jp-relatedposts`, `related-posts`), share buttons (`sharedaddy`, `share-buttons`, `sns-share`), and the breadcrumbs a
 * ministry's template sets inside `<main>` (`m-breadcrumb__list`). (A page-top link, `m-pageTop`, stays for the readers: it marks
 * where the page's foot begins.)
 */
const CONTENT_FURNITURE_NAMES = new Set(['entrymeta', 'entryfooter', 'postmeta', 'postfooter', 'articlemeta', 'commentsarea', 'commentrespond', 'commentlist', 'commentform', 'relatedposts', 'relatedpost', 'relatedentries', 'relatedarticles', 'sharedaddy', 'share', 'sharebuttons', 'sharebutton', 'snsshare', 'sns', 'snsbuttons', 'socialshare', 'breadcrumb', 'breadcrumbs', 'pankuzu', 'topicpath']);

/** True when an element's `id` or a class of it names one of `words`, with or without a template's prefix and a wrapper's word. */
function namedAs(node: Element, words: ReadonlySet<string>): boolean {
	return [property(node, 'id'), ...property(node, 'className').split(' ')].some((name) => {
		const forms = nameForms(name);
		return forms !== null && [...forms.whole, ...forms.rest].some((word) => words.has(word));
	});
}
/** The `id`s and classes of a block of links to related pages (`m-related`, `relatedLinks`, `kanren`), compared as `furnitureName` gives them. */
const RELATED_NAMES = new Set(['related', 'relatedlinks', 'relatedlink', 'relatedinfo', 'relatedpages', 'relatedpage', 'kanren', 'kanrenlink', 'kanrenlinks', 'kanrenjoho']);

/**
 * True for a block of links to related pages inside the content (`<section class="m-related"><h2>関連リンク</h2>…`): the site's,
 * never the minutes (with no line of the page's foot near it, the readers had kept it after the last turn). A block with a
 * link to a file is a list of handouts, kept.
 */
function relatedLinks(node: Element): boolean {
	if (!namedAs(node, RELATED_NAMES)) return false;
	const links = [...elements(node)].filter((child) => child.tagName === 'a');
	return links.length > 0 && !links.some((link) => FILE_LINK.test(property(link, 'href')));
}
/** Blocks that, outside the marked content, are a menu when they hold nothing but links to other pages. */
const MENU_BLOCKS = new Set(['div', 'ul', 'ol', 'p', 'center', 'dl', 'td', 'th']);
/** Elements inside which a `<header>` or `<footer>` is that section's, not the page's. */
const SECTIONING = new Set(['article', 'aside', 'main', 'section']);
/** The `id`s (and classes) Japanese CMSs and common templates give the main content, most specific first. */
const MAIN_IDS = ['tmp_contents', 'contents-wrapper', 'main-content', 'main-contents', 'contents-main', 'content-main', 'honbun', 'contents', 'content', 'main'];
/** Elements whose text keeps its line breaks and spaces. */
const PRESERVING = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);
/** A wide character (kana, CJK, full-width forms and punctuation): a line break in the source between two of them is no space. */
const WIDE = '[\\u2e80-\\u2fdf\\u3000-\\u30ff\\u3190-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff01-\\uff60\\uffe0-\\uffe6]';
/** A source line break (with the spaces around it) between two wide characters. */
const WIDE_BREAK = new RegExp(`(?<=${WIDE})[ \\t]*\\r?\\n[ \\t\\r\\n]*(?=${WIDE})`, 'gu');

/** Inside a table cell, what makes the table a page's layout rather than a table of data: another table, a rule, preformatted text, a heading, a form. */
const LAYOUT_INSIDE = new Set(['table', 'hr', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form']);
/** A cell of this many characters or lines or more is a page's column, not a datum. */
const LAYOUT_CELL_LENGTH = 500;
const LAYOUT_CELL_LINES = 10;
/** Text between a menu's links: separators only (`トップ | 検索 | 一覧`, `[前へ] [次へ]`). */
const LINK_SEPARATORS = /^[\s\u3000|｜/／・,、>＞»›\[\]［］()（）\-－:：]*$/u;
/** A link to a file (a handout), not to another page. */
const FILE_LINK = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|zip|jpe?g|png)(?:[?#].*)?$/iu;

/** The text of a saved web page: its content as a browser's copy gives it, and its `<title>` (null when it has none). */
export interface PageText {
	text: string;
	title: string | null;
	/** True when the content has a heading element of its own (`<h1>`–`<h3>`). */
	heading: boolean;
	/** True when the page is made of frames (`<frameset>`, `<iframe>`), whose documents are files of their own. */
	frames: boolean;
	/** A word processor's document: the struck-through words left out of its text, each with its line (`STRUCK_TAGS`). */
	struck?: { line: number; text: string }[];
}

/** How many of the text's first lines may hold the page's title when the content has no heading. */
const TITLE_WITHIN = 3;
/** Characters a first line shares in a row with the `<title>` for it to name the same meeting (`図書館協議会会議録`). */
const TITLE_SHARED = 6;
/** Characters of a line or title compared, at most. */
const TITLE_COMPARED = 200;

/** The length of the longest run of characters two short strings share. */
function sharedRun(a: string, b: string): number {
	let best = 0;
	let previous = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const current = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			if (a[i - 1] !== b[j - 1]) continue;
			current[j] = (previous[j - 1] ?? 0) + 1;
			best = Math.max(best, current[j] ?? 0);
		}
		previous = current;
	}
	return best;
}

/** Characters a `<title>` holds at least to name a meeting by shortening a first line. */
const TITLE_SHORTENED = 4;
/** What parts a `<title>`'s page name from the site's name after it (`第18回 議事録 | みなみ市`, `… - みなみ市`). */
const SITE_SEPARATOR = /\s*[|｜]\s*|\s+[-–—－]\s+/u;

/**
 * True when `title` is `line` shortened: its characters all found in the line in their order (`第18回議事録` in
 * `第18回みどり市地域公共交通協議会議事録`, the page's title leaving out the body's name the content's first line gives).
 */
function shortens(title: string, line: string): boolean {
	if ([...title].length < TITLE_SHORTENED) return false;
	let at = 0;
	for (const char of title) {
		at = line.indexOf(char, at);
		if (at === -1) return false;
		at += char.length;
	}
	return true;
}

/** How many of the text's first lines are looked through for the assembly the `<title>` names. */
const ASSEMBLY_WITHIN = 30;

/**
 * The assembly a page's `<title>` names when the content's first lines do not (`令和 6年 9月定例会（第3号） 本文 |
 * みずほ市議会会議録検索システム` over a record that names its session only): the minutes system's name is none of it.
 */
function assemblyOnlyInTitle(title: string, text: string, compact: (text: string) => string): boolean {
	const name = ASSEMBLY_NAME.exec(compact(title).replace(/(?:会議録|議事録)(?:検索)?システム/gu, ' '))?.groups?.name?.replace(/^.*(?:定例会|臨時会|月議会)/u, '');
	if (name === undefined || name === '') return false;
	return !compact(text.split('\n').slice(0, ASSEMBLY_WITHIN).join('')).includes(name);
}

/**
 * True when the text opens with a field of the header (`日時`, `場所`, `出席者` …): its headings are the fields', and the
 * page's title heading was none of its content (a wiki's export keeps it in the page's header, `<div id="main-header">`).
 */
function opensWithField(text: string): boolean {
	const first = text.split('\n').find((line) => line.trim() !== '');
	const field = first === undefined ? null : matchSectionLine(first);
	return field !== null && field.key !== null && field.key !== 'body';
}

/**
 * The page's text with its `<title>` as the first line when the content neither has a heading (other than a field's, as
 * `<h2>日時</h2>` opening it) nor names the meeting in its first lines as the title does (`令和6年6月定例会（第2号）` under
 * the title `令和6年6月定例会（第2号） 本文`, or more fully than the title, `第18回　みどり市地域公共交通協議会　議事録` under
 * `第18回 議事録 | みどり市`), or when the title alone names the assembly (`… 本文 | みずほ市議会会議録検索システム` over
 * `令和 6年 9月定例会（第3号） 本文`): the readers take the first line for the title, and the assembly from it.
 */
export function withPageTitle(page: PageText): string {
	if ((page.heading && !opensWithField(page.text)) || page.title === null) return page.text;
	const compact = (text: string) => text.replace(/[\s\u3000]+/gu, '');
	const title = compact(page.title).slice(0, TITLE_COMPARED);
	const first = page.text.split('\n').map((line) => compact(line).slice(0, TITLE_COMPARED)).filter((line) => line !== '').slice(0, TITLE_WITHIN);
	const name = compact(page.title.split(SITE_SEPARATOR)[0] ?? '').slice(0, TITLE_COMPARED);
	if (first.some((line) => title.includes(line) || line.includes(title) || sharedRun(line, title) >= TITLE_SHARED || shortens(name, line)) && !assemblyOnlyInTitle(title, page.text, compact)) return page.text;
	return `${page.title}\n\n${page.text}`;
}

/** A property of an element as a string (class names joined by spaces). */
function property(node: Element, name: string): string {
	const value = node.properties[name];
	return Array.isArray(value) ? value.join(' ') : value === undefined || value === null || value === false ? '' : String(value);
}

/** True when an element is hidden by its own attributes: `hidden`, `aria-hidden="true"`, an inline `display:none` or `visibility:hidden`. */
function hidden(node: Element): boolean {
	if (node.properties.hidden !== undefined && node.properties.hidden !== false) return true;
	if (property(node, 'ariaHidden').toLowerCase() === 'true') return true;
	const style = property(node, 'style').toLowerCase().replace(/\s+/gu, '');
	return style.includes('display:none') || style.includes('visibility:hidden');
}

/** True when an element is no part of the page's content. */
function furniture(node: Element, inSection: boolean): boolean {
	if (DROPPED.has(node.tagName) || hidden(node)) return true;
	if (FURNITURE_ROLES.has(property(node, 'role').toLowerCase())) return true;
	if (namedAs(node, CONTENT_FURNITURE_NAMES) || relatedLinks(node)) return true;
	if (inSection) return false;
	if (node.tagName === 'header' || node.tagName === 'footer') return true;
	const names = [property(node, 'id'), ...property(node, 'className').split(' ')];
	return names.some(furnitureName) || (MENU_BLOCKS.has(node.tagName) && linkMenu(node)) || siteLogo(node);
}

/** A link to the site's home page (`/`, `https://www.town.example.jp/`, `/index.html`, `index.html`). */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.(?:html?|php|jsp|aspx?))?$/iu;

/**
 * True for the site's name set as a heading that links home (`<h1><a href="/">かわせみ町</a></h1>`, a template's logo in
 * words): the site's, never the minutes' title (it had been read as the title, and the town as the series).
 */
function siteLogo(node: Element): boolean {
	if (!/^h[1-6]$/u.test(node.tagName)) return false;
	const links = [...elements(node)].filter((child) => child.tagName === 'a');
	if (links.length !== 1 || !HOME_HREF.test(property(links[0]!, 'href').trim()) || property(links[0]!, 'href').trim() === '') return false;
	return toText(node).trim() === toText(links[0]!).trim();
}

/** The children of a parent with furniture left out and source line breaks between wide characters removed, recursively. */
function prune<T extends Root | Element>(parent: T, inSection: boolean, preserving: boolean): void {
	const kept: (RootContent | ElementContent)[] = [];
	for (const child of parent.children) {
		if (child.type === 'comment' || child.type === 'doctype') continue;
		if (child.type === 'text') {
			if (!preserving && child.value.includes('\n')) child.value = child.value.replace(WIDE_BREAK, '');
			// The source's line break and indent after a `<br>` begin the next line, where a browser shows no space.
			const previous = kept.at(-1);
			if (!preserving && previous?.type === 'element' && previous.tagName === 'br') child.value = child.value.replace(/^[ \t\r\n]+/u, '');
			if (child.value !== '') kept.push(child);
			continue;
		}
		if (child.type !== 'element') continue;
		if (furniture(child, inSection)) continue;
		// A `<template>`'s content is a fragment of its own (already dropped above).
		prune(child, inSection || SECTIONING.has(child.tagName), preserving || PRESERVING.has(child.tagName));
		kept.push(child);
	}
	parent.children = kept as T['children'];
}

/** Every element of a tree, in document order. */
function* elements(parent: Root | Element): Generator<Element> {
	for (const child of parent.children) {
		if (child.type !== 'element') continue;
		yield child;
		yield* elements(child);
	}
}

/** The cells of a table's own rows (not of a table inside a cell), row by row. */
function rows(table: Element): Element[][] {
	const found: Element[][] = [];
	const visit = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'tr') found.push(child.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')));
			else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child);
		}
	};
	visit(table);
	return found;
}

/** True when a table lays out the page (a column of menus beside a column of text) rather than holding data. */
function layoutTable(table: Element): boolean {
	return rows(table).some((cells) =>
		cells.some((cell) => {
			if ([...elements(cell)].some((node) => LAYOUT_INSIDE.has(node.tagName))) return true;
			const text = toText(cell).trim();
			return text.length >= LAYOUT_CELL_LENGTH || text.split('\n').length >= LAYOUT_CELL_LINES;
		}),
	);
}

/** True when a block holds nothing but links to other pages (two or more): a menu. Links to files are a handout list, kept. */
function linkMenu(block: Element): boolean {
	// (Text outside the links is looked for first: it stops at the first word, where counting the links walks the whole block.)
	const outside = (node: Element | Root): boolean =>
		node.children.some((child) => (child.type === 'text' ? !LINK_SEPARATORS.test(child.value) : child.type === 'element' && child.tagName !== 'a' && outside(child)));
	if (outside(block)) return false;
	const links = [...elements(block)].filter((node) => node.tagName === 'a' && property(node, 'href') !== '');
	return links.length >= 2 && !links.some((link) => FILE_LINK.test(property(link, 'href')));
}

/**
 * How many columns make one record of a table whose header repeats its columns side by side (`役職 氏名 役職 氏名`, a roll
 * set in two pairs of columns: 2); the header's own width when it does not.
 */
function recordWidth(header: readonly string[]): number {
	for (let width = 1; width <= header.length / 2; width++) {
		if (header.length % width === 0 && header.every((name, i) => name !== '' && name === header[i % width])) return width;
	}
	return header.length;
}

/** True when a cell is a header field's label alone (`日時`, `場　所`, `欠席委員`), on one line. */
function fieldLabel(cell: readonly string[]): boolean {
	if (cell.length !== 1) return false;
	const section = matchSectionLine(cell[0] ?? '');
	return section !== null && (section.key !== null || section.field === true) && section.rest.trim() === '';
}

/**
 * How many columns make one record of a row: 2 when it sets header fields side by side, a label then its value twice or
 * more (`日時 | 令和６年３月５日 | 場所 | 町役場`, as a form's table sets them), so each field is a line of its own (the
 * place had been read as more of the date); the row's own width otherwise.
 */
function rowRecordWidth(cells: readonly (readonly string[])[]): number {
	if (cells.length < 4 || cells.length % 2 !== 0) return cells.length;
	return cells.every((cell, index) => index % 2 === 1 || fieldLabel(cell)) ? 2 : cells.length;
}

/**
 * A header cell naming a column of a roll of people or a list of items or papers (`役職`, `氏名`, `所属`, `区分`, `番号`,
 * `件名`, `資料名`, `備考`), which the readers take the rows below for without it.
 */
const LIST_COLUMN = /^(?:No\.?|Ｎｏ[.．]?|番号|議席番号?|席次|区分|選出区分|役職名?|職名?|職氏名|役名|氏名|名前|委員名|議員名|出席者(?:名|氏名)?|所属(?:団体|機関|会派)?(?:名|等)?|団体名|会派名?|出欠|出席|欠席|備考|件名|議題|案件名?|議案(?:番号|名)?|事件名|付議事件|資料(?:番号|名)?|配付資料|内容|摘要)$/u;

/** The most rows a cell merged down is taken to span (`rowspan="3"`). */
const ROWSPAN_MAX = 1_000;

/**
 * The rows' cells with an empty cell where a cell merged down from a row above stands (`<td rowspan="2">学識経験者</td>`), so
 * that the rows under it keep their columns (`⇥佐藤　花子`, as a roll typed in a spreadsheet leaves the merged cell), where the
 * name had moved into the category's column.
 */
function withMergedCells(grid: readonly (readonly Element[])[], texts: string[][][]): string[][][] {
	/** How many more rows each column's merged cell covers. */
	const covered: number[] = [];
	return texts.map((cells, row) => {
		const out: string[][] = [];
		let next = 0;
		for (let column = 0; next < cells.length || covered.slice(column).some((rows) => rows > 0); column++) {
			if ((covered[column] ?? 0) > 0) {
				covered[column] = (covered[column] ?? 0) - 1;
				out.push([]);
				continue;
			}
			const span = Number.parseInt(String(grid[row]?.[next]?.properties?.rowSpan ?? '1'), 10);
			if (Number.isFinite(span) && span > 1) covered[column] = Math.min(span, ROWSPAN_MAX) - 1;
			out.push(cells[next] ?? []);
			next++;
		}
		// (Cells merged down past the last row below them cover nothing.)
		while (out.length > 0 && (out.at(-1)?.length ?? 0) === 0 && out.length > cells.length) out.pop();
		return out;
	});
}

/**
 * A table's rows as lines: the first line of each cell, tab-separated (as a roll typed in a spreadsheet), then the cells'
 * further lines. A header row that names a roll's or a list's columns (`役職 氏名`, `番号 件名`) is left out, so the
 * readers see the entries alone; any other header row, a table of figures' (`路線 起点 終点 2023年度 前年度比`), is its
 * first line, as are a speech table's (`発言者 発言内容`), by which the readers know the table as the turns; a table whose header repeats its columns (`役職 氏名 役職 氏名`) gives
 * each record of a row a line of its own, and so does a row of header fields side by side (`日時 … 場所 …`).
 */
function tableLines(table: Element): string {
	const grid = rows(table);
	// (A tab inside a cell is a space: the cells are what a tab parts here.)
	const texts = withMergedCells(grid, grid.map((cells) => cells.map((cell) => copiedText(cell).split('\n').map((line) => line.replaceAll(DOCUMENT_TAB, ' ').trim()).filter((line) => line !== ''))));
	const headed = grid.length > 1 && (grid[0] ?? []).length > 1 && (grid[0] ?? []).every((cell) => cell.tagName === 'th');
	const width = headed ? recordWidth((texts[0] ?? []).map((cell) => cell.join(' '))) : Number.POSITIVE_INFINITY;
	const names = headed ? (texts[0] ?? []).map((cell) => cell.join('')) : [];
	const speech = names.some((name) => SPEAKER_COLUMN.test(name)) && names.some((name) => SPEECH_COLUMN.test(name));
	// A speech table's speaker cell set on two lines (`事務局` / `（小池課長）`, `委員` / `（保健医代表）`) is one label, which
	// the readers know as the row's speaker (the second line had become a turn of its own, or words of the turn). The
	// header row names the columns, marked as a header or not.
	const heads = (texts[0] ?? []).map((cell) => cell.join(''));
	const speakerColumn = heads.some((name) => SPEECH_COLUMN.test(name)) ? heads.findIndex((name) => SPEAKER_COLUMN.test(name)) : -1;
	if (speakerColumn !== -1) {
		for (const cells of texts.slice(1)) {
			const cell = cells[speakerColumn];
			if (cell && cell.length > 1) cells[speakerColumn] = [cell.reduce((label, line) => `${label}${/^[（(【［[〔]/u.test(line) ? '' : '　'}${line}`)];
		}
	}
	const lines: string[] = [];
	texts.forEach((cells, index) => {
		if (headed && index === 0 && !speech && names.some((name) => LIST_COLUMN.test(name.replace(/[\s\u3000]+/gu, '')))) return;
		const recordWidth = headed ? width : rowRecordWidth(cells);
		for (let start = 0; start < cells.length; start += recordWidth) {
			const record = cells.slice(start, start + recordWidth);
			const first = record.map((cell) => cell[0] ?? '');
			while (first.length > 0 && first.at(-1) === '') first.pop();
			lines.push(...[first.join('\t'), ...record.flatMap((cell) => cell.slice(1))].filter((line) => line !== ''));
			// (The header's repeats name the same columns again.)
			if (headed && index === 0) break;
		}
	});
	return lines.join('\n');
}

/** A heading's words without its number or mark (`３．出席者`, `■出席者`, `【出席者】`), to tell a caption that repeats it. */
function headingWords(text: string): string {
	return text.replace(/[\s\u3000]+/gu, '').replace(/^(?:[0-9０-９一二三四五六七八九十]+[.．、)）]|[（(][0-9０-９]+[)）]|[○◯〇●■□◆◇・【［\[])+/u, '').replace(/[】］\]]$/u, '');
}

/** The last line of text an element gives, or '' when it gives none. */
function lastLine(node: ElementContent | RootContent): string {
	if (node.type === 'text') return node.value.trim();
	if (node.type !== 'element') return '';
	return toText(node).trim().split('\n').at(-1)?.trim() ?? '';
}

/**
 * Tables read as a page's text: a table of data becomes its lines (`tableLines`, in a `<pre>` so they are kept as they
 * are), under its caption unless the caption repeats the line before the table (`３．出席者` over a table captioned
 * `出席者`); a layout table's rows and cells become blocks, a cell that is a menu of links left out. `before` gives
 * the last line of text before `parent`, looked up only for a caption.
 */
function readTables(parent: Root | Element, before: () => string = () => ''): void {
	const children = parent.children;
	const preceding = (index: number): string => {
		for (let i = index - 1; i >= 0; i--) {
			const line = lastLine(children[i]!);
			if (line !== '') return line;
		}
		return before();
	};
	parent.children = children.flatMap((child, index): (RootContent | ElementContent)[] => {
		if (child.type !== 'element') return [child];
		if (child.tagName !== 'table') {
			readTables(child, () => preceding(index));
			return [child];
		}
		if (!layoutTable(child)) {
			const caption = child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'caption');
			const title = caption ? copiedText(caption).replace(/\s+/gu, ' ').trim() : '';
			const repeated = title !== '' && headingWords(title) === headingWords(preceding(index));
			const text = [repeated ? '' : title, tableLines(child)].filter((part) => part !== '').join('\n');
			return text === '' ? [] : [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: text }] }];
		}
		const blocks: ElementContent[] = rows(child).flatMap((cells) =>
			cells.filter((cell) => !linkMenu(cell)).map((cell): ElementContent => ({ ...cell, tagName: 'div' })),
		);
		const layout: Element = { type: 'element', tagName: 'div', properties: {}, children: blocks };
		readTables(layout, () => preceding(index));
		return [layout];
	}) as typeof parent.children;
}

/** The element the page marks as its main content, or null: `<main>`, `role="main"`, else the first of the CMS ids found. */
function mainContent(tree: Root): Element | null {
	const all = [...elements(tree)];
	const marked = all.find((node) => node.tagName === 'main' || property(node, 'role').toLowerCase() === 'main');
	if (marked) return marked;
	// (Compared without separators: `contentsMain`, `contents-main` and `contents_main` are one.)
	const bare = (id: string) => id.toLowerCase().replace(/[-_]/gu, '');
	for (const id of MAIN_IDS) {
		const found = all.find((node) => bare(property(node, 'id')) === bare(id));
		if (found) return found;
	}
	return null;
}

/** The page's title element's text, spaces collapsed, or null. */
function pageTitle(tree: Root): string | null {
	const title = [...elements(tree)].find((node) => node.tagName === 'title');
	const text = title ? toText(title, { whitespace: 'pre' }).replace(/\s+/gu, ' ').trim() : '';
	return text === '' ? null : text;
}

/**
 * A tab of a word processor's document while its text is read: a tab is kept as the document's text gives it
 * (`日時\t令和６年…`, a roll aligned by tabs, `委員\t山田　太郎\t\t委員\t…`), where the `innerText` algorithm would
 * make every run of spaces and tabs one space. (A noncharacter: no text of a document; any the document holds is left out.)
 */
const DOCUMENT_TAB = '\ufdd0';

/**
 * Struck-through words of a word processor's document (`<s>`, as mammoth writes a run of `w:strike`, and the `.odt`,
 * `.rtf` readers theirs): a correction kept struck in the minutes (見え消し, `予算は~~５００万円~~６００万円`), which is
 * no longer the text. While the document is read, each is a noncharacter (`STRUCK`), its index in noncharacters
 * U+FDE0–U+FDEF (a hexadecimal digit each) and `STRUCK_END`; then left out, its words and line kept for a warning.
 */
const STRUCK_TAGS = new Set(['s', 'strike', 'del']);
const STRUCK = '\ufdd1';
const STRUCK_END = '\ufdd2';
const STRUCK_MARK = /\ufdd1([\ufde0-\ufdef]*)\ufdd2/gu;
/** A document's own noncharacters, which it cannot show: left out, as the marks above are no text of it (but `PAGE_FIELD`). */
const NONCHARACTERS = /[\ufdd0-\ufdd4\ufdd6-\ufdef]/gu;

/**
 * Where a word processor's document shows the number of the page or of pages (a `PAGE` or `NUMPAGES` field, an
 * `.odt`'s `text:page-number`): a noncharacter before the number, put in by the document's reader. A paragraph of such
 * numbers and nothing but their dress (`－ 1 －`, `2ページ`, `(3/5)`, `Page 4 of 5`) is a page's footer pasted into
 * the body, no one's words: it is left out, where it had ended the turn before it.
 */
export const PAGE_FIELD = '\ufdd5';
/** The fields that show the number of the page or of pages (`PAGE`, `NUMPAGES`, `SECTIONPAGES`), as in a page's footer. */
export const PAGE_NUMBER_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/iu;
/** What dresses a page's number: words (`ページ`, `頁`, `Page`, `of`), then punctuation, symbols and digits only. */
const PAGE_WORDS = /ページ|頁|枚|総|中|第|page|of|p/giu;
const PAGE_DRESS = /^[\s\p{P}\p{S}0-9０-９]*$/u;

/** The text without its lines that show only page numbers (`PAGE_FIELD`), the marks left out of the others. */
function withoutPageNumbers(text: string): string {
	if (!text.includes(PAGE_FIELD)) return text;
	return text
		.split('\n')
		// (A line with struck words is kept for them to be named, `withoutStruck`.)
		.filter((line) => !line.includes(PAGE_FIELD) || line.includes(STRUCK) || !PAGE_DRESS.test(line.replaceAll(PAGE_FIELD, '').replace(PAGE_WORDS, '')))
		.join('\n')
		.replaceAll(PAGE_FIELD, '');
}

/**
 * The document's struck-through elements replaced by their marks (`STRUCK`), their words in order; the document's own
 * noncharacters left out first, and its optional hyphens (U+00AD, Word's `w:softHyphen`: shown only where a line breaks
 * at them, so never in its copied text). A struck paragraph's mark is its whole line.
 */
function markStruck(parent: Root | Element, struck: string[]): void {
	for (const [index, child] of parent.children.entries()) {
		if (child.type === 'text') {
			child.value = child.value.replace(NONCHARACTERS, '').replaceAll('\u00ad', '');
			continue;
		}
		if (child.type !== 'element') continue;
		const words = STRUCK_TAGS.has(child.tagName) ? toText(child).replace(NONCHARACTERS, '').replace(/\s*\n\s*/gu, ' ').trim() : '';
		if (words === '') {
			markStruck(child, struck);
			continue;
		}
		const digits = [...struck.length.toString(16)].map((digit) => String.fromCharCode(0xfde0 + Number.parseInt(digit, 16))).join('');
		parent.children[index] = { type: 'text', value: `${STRUCK}${digits}${STRUCK_END}` };
		struck.push(words);
	}
}

/**
 * The text without its struck-through words' marks, and each struck word's line (1-based): a line that held nothing
 * else is left out, its words given the line that follows it.
 */
function withoutStruck(text: string, words: readonly string[]): { text: string; struck: { line: number; text: string }[] } {
	const kept: string[] = [];
	const struck: { line: number; text: string }[] = [];
	for (const line of text.split('\n')) {
		if (!line.includes(STRUCK)) {
			kept.push(line);
			continue;
		}
		const found: string[] = [];
		const rest = line.replace(STRUCK_MARK, (_, digits: string) => {
			found.push(words[Number.parseInt([...digits].map((digit) => (digit.charCodeAt(0) - 0xfde0).toString(16)).join('') || 'x', 16)] ?? '');
			return '';
		});
		const whole = rest.replace(/[\s\u3000]+/gu, '') === '';
		if (!whole) kept.push(trimLineEnd(rest.replace(NONCHARACTERS, '')));
		for (const words of found) struck.push({ line: whole ? kept.length + 1 : kept.length, text: words });
	}
	return { text: kept.join('\n'), struck: struck.map((one) => ({ ...one, line: Math.max(1, Math.min(one.line, kept.length)) })) };
}

/** A line without the spaces and tabs it ends with (a loop: a pattern anchored at the end backtracks over a long run of spaces). */
function trimLineEnd(line: string): string {
	let end = line.length;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
	return line.slice(0, end);
}

/** The text a browser's copy gives of an element: non-breaking spaces as spaces, no spaces at line ends, at most one blank line in a row, none around. */
function copiedText(node: Root | Element): string {
	const lines = toText(node).replace(/\u00a0/gu, ' ').split('\n').map(trimLineEnd);
	const kept: string[] = [];
	for (const line of lines) {
		if (line === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
		kept.push(line);
	}
	while (kept.at(-1) === '') kept.pop();
	return kept.join('\n');
}

/**
 * A word processor's document as HTML (a paragraph a `<p>`, the list numbers its own, as mammoth writes a .docx): each
 * paragraph one line and an empty one a blank line, as the document's text reads when copied, and each list item with
 * a number or bullet (`1.`, `・`), which the HTML leaves to the browser: a list whose numbering `docx-numbering.ts` could not
 * write in as the document shows it (a numbering the document does not define).
 */
function asDocumentLines(tree: Root): string[] {
	const struck: string[] = [];
	markStruck(tree, struck);
	// The mark each note's reference shows in the text (`[1]` linking to `#footnote-2`, as mammoth numbers the notes of a
	// document whose note ids do not start at 1, as LibreOffice writes them): the note is led by the same mark.
	const shown = new Map<string, string>();
	for (const node of elements(tree)) {
		const target = node.tagName === 'a' ? /^#((?:footnote|endnote)-[0-9]+)$/u.exec(property(node, 'href'))?.[1] : undefined;
		const mark = target === undefined ? undefined : /^\[([^\[\]]{1,20})\]$/u.exec(toText(node).trim())?.[1];
		if (target !== undefined && mark !== undefined && !shown.has(target)) shown.set(target, mark);
	}
	for (const node of elements(tree)) {
		for (const child of node.children) if (child.type === 'text') child.value = child.value.replaceAll('\t', DOCUMENT_TAB);
		// A check box (a content control's, a form field's: `会議の公開　☐公開　☒非公開`) as the box Word shows, ticked or not.
		if (node.tagName === 'input' && property(node, 'type').toLowerCase() === 'checkbox') {
			const checked = node.properties.checked !== undefined && node.properties.checked !== false;
			Object.assign(node, { tagName: 'span', properties: {}, children: [{ type: 'text', value: checked ? '☒' : '☐' }] });
		}
		// The footnotes and endnotes after the text (mammoth's list of `<li id="footnote-1">`) go under the rule that ends the
		// last turn, as a PDF's do: no one's words.
		if (node.tagName === 'ol' && node.children.some((item) => item.type === 'element' && /^(?:footnote|endnote)-/u.test(property(item, 'id')))) {
			node.children.unshift({ type: 'element', tagName: 'div', properties: {}, children: [{ type: 'text', value: FOOTNOTE_RULE }] });
		}
		// A footnote or endnote: one line led by the mark its reference shows in the text (`[1]`), without the link back to it (`↑`).
		const note = /^(?:footnote|endnote)-(?<number>[0-9]+)$/u.exec(property(node, 'id'))?.groups?.number;
		if (node.tagName === 'li' && note !== undefined) {
			node.tagName = 'div';
			const back = (parent: Element) => {
				parent.children = parent.children.filter((child) => child.type !== 'element' || child.tagName !== 'a' || !/^#(?:footnote|endnote)-ref-/u.test(property(child, 'href')));
				for (const child of parent.children) if (child.type === 'element') back(child);
			};
			back(node);
			const first = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p') ?? node;
			const lead = first.children[0];
			if (lead?.type === 'text') lead.value = lead.value.trimStart();
			// (Its mark the one the document gives it, `data-mark` as an OpenDocument text's notes are written, `※`, `i`, else
			// the one its reference shows.)
			first.children.unshift({ type: 'text', value: `[${property(node, 'dataMark').trim() || shown.get(property(node, 'id')) || note}] ` });
		}
		if (node.tagName === 'p') {
			node.tagName = 'div';
			if (toText(node).trim() === '') node.children = [{ type: 'element', tagName: 'br', properties: {}, children: [] }];
		}
		if (node.tagName === 'ol' || node.tagName === 'ul') {
			let number = Number(property(node, 'start')) || 1;
			for (const item of node.children) {
				if (item.type !== 'element' || item.tagName !== 'li' || /^(?:footnote|endnote)-/u.test(property(item, 'id'))) continue;
				const first = toText(item).trimStart();
				const mark = node.tagName === 'ol' ? `${number++}. ` : /^[・･●•◯○〇■□◆◇※-]/u.test(first) ? '' : '・';
				if (mark !== '') item.children.unshift({ type: 'text', value: mark });
			}
		}
	}
	return struck;
}

/** A note's mark leading its line (`※1`, `注1`, `（注2）`, `*3`, `[4]`), as a page's notes under a rule begin. */
const NOTE_LEAD = /^[\s\u3000]*(?<mark>[（(［\[]?(?:※|＊|\*|注|†)?[0-9０-９]{1,2}[)）］\]]?)(?=[\s\u3000]|[^0-9０-９])/u;
/** The most lines of notes under a page's last rule. */
const NOTES_MAX_LINES = 30;

/**
 * A page's notes under its last rule (`<hr>` / `<sup>※1</sup> 資料１参照。`), each led by a mark the text above cites as a
 * superscript (`…必要がある<sup>注1</sup>。`): the rule becomes the one written above a document's footnotes (`FOOTNOTE_RULE`),
 * which ends the last turn, so the notes go after the minutes (they had been read as the last speaker's words).
 */
function markNotes(root: Root | Element): void {
	let found: { parent: Root | Element; index: number } | null = null;
	const visit = (parent: Root | Element) => {
		parent.children.forEach((child, index) => {
			if (child.type !== 'element') return;
			if (child.tagName === 'hr') found = { parent, index };
			else visit(child);
		});
	};
	visit(root);
	if (found === null) return;
	const { parent, index } = found as { parent: Root | Element; index: number };
	const after = parent.children.slice(index + 1);
	const lines = after
		.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? toText(child) : ''))
		.join('\n')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	if (lines.length === 0 || lines.length > NOTES_MAX_LINES) return;
	const notes = new Set(after.flatMap((child) => (child.type === 'element' ? [...elements(child)] : [])));
	const cited = new Set([...elements(root)].filter((node) => node.tagName === 'sup' && !notes.has(node)).map((node) => toText(node).trim().normalize('NFKC')));
	const marks = lines.map((line) => NOTE_LEAD.exec(line)?.groups?.mark?.normalize('NFKC') ?? null);
	if (marks.some((mark) => mark === null) || !marks.some((mark) => mark !== null && cited.has(mark))) return;
	parent.children[index] = { type: 'element', tagName: 'div', properties: {}, children: [{ type: 'text', value: FOOTNOTE_RULE }] };
}

/** A saved web page's content as text (see the module's comment); `document`: the HTML of a word processor's document. */
export function pageText(html: string, options: { document?: boolean } = {}): PageText {
	const tree = fromHtml(html);
	const struck = options.document === true ? asDocumentLines(tree) : [];
	const title = pageTitle(tree);
	const frames = [...elements(tree)].some((node) => node.tagName === 'frameset' || node.tagName === 'frame' || node.tagName === 'iframe');
	// Inside the marked content, a `<header>` or `<footer>` is the content's (its heading, its date), never the page's.
	const main = mainContent(tree);
	if (main) {
		prune(main, true, false);
		readTables(main);
		if (options.document !== true) markNotes(main);
	}
	const mainText = main ? copiedText(main) : '';
	// (A marked content with no text, a script's empty shell, gives way to the whole page.)
	const content: Root | Element = main && mainText.trim() !== '' ? main : tree;
	if (content === tree) {
		prune(tree, false, false);
		readTables(tree);
		if (options.document !== true) markNotes(tree);
	}
	const copied = content === tree ? copiedText(tree) : mainText;
	const tabbed = options.document === true && copied.includes(DOCUMENT_TAB) ? copied.replaceAll(DOCUMENT_TAB, '\t').split('\n').map(trimLineEnd).join('\n') : copied;
	const paged = options.document === true ? withoutPageNumbers(tabbed) : tabbed;
	const heading = [...elements(content)].some((node) => /^h[1-3]$/u.test(node.tagName));
	if (struck.length === 0) return { text: paged, title, heading, frames };
	return { ...withoutStruck(paged, struck), title, heading, frames };
}
