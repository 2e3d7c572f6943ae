/**
 * Minutes kept in a wiki and saved as text: Redmine's Textile (`h1.`, `# item`, `|_. head |`), PukiWiki (`*見出し [#a1b2c3d4]`,
 * `-item`, `|~head|h`, `#contents`) and Backlog's wiki, which writes PukiWiki's marks with a space (`* 見出し`, `** 議事`),
 * Scrapbox (Cosense: the page's title on its first line, `[** 見出し]`, items by their indent, `[山口.icon]` for a person)
 * and Emacs org-mode (`#+TITLE:`, `* heading`, `- term :: text`). Each line is written as the Markdown line that means
 * the same, line for line (so diagnostics still name the file's own lines), and the Markdown reader reads the result:
 * headings, lists, a table's two-column rows as fields (`- 日時：…`), other rows as items of their cells, plugin and option
 * lines dropped.
 */
import type { SourceLine } from '../normalize.ts';

export type WikiDialect = 'textile' | 'pukiwiki' | 'org' | 'scrapbox';

const TEXTILE_HEADING = /^h(?<level>[1-6])\.[ \t]+(?<text>\S.*)$/u;
const PUKIWIKI_HEADING = /^(?<marks>\*{1,3})[ \t]*(?<text>[^*\s].*)$/u;
/** PukiWiki's anchor after a heading (`[#a1b2c3d4]`), at the end of the line once its spaces are trimmed. */
const ANCHOR_AT_END = /\[#[A-Za-z0-9_-]{1,16}\]$/u;

/** A line without its trailing spaces and PukiWiki's anchor (string operations, so that no run of spaces is scanned twice). */
function withoutAnchor(text: string): string {
	const trimmed = text.trimEnd();
	const at = trimmed.lastIndexOf('[#');
	return at >= 0 && ANCHOR_AT_END.test(trimmed.slice(at)) ? trimmed.slice(0, at).trimEnd() : trimmed;
}

/** True for a line ending with PukiWiki's 8-character anchor. */
const hasAnchor = (text: string): boolean => /\[#[a-z0-9]{8}\]$/u.test(text.trimEnd().slice(-11));
const ORG_KEYWORD = /^#\+(?<key>[A-Za-z_]+):[ \t]*(?<value>.*)$/u;
const ORG_HEADING = /^(?<stars>\*+)[ \t]+(?<text>\S.*)$/u;

/** Non-blank lines of a document, at most `count` of them. */
function firstLines(lines: readonly SourceLine[], count: number): string[] {
	const found: string[] = [];
	for (const source of lines) {
		if (source.text.trim() === '') continue;
		found.push(source.text);
		if (found.length >= count) break;
	}
	return found;
}

/**
 * The wiki dialect a document is written in, or null: Textile when it opens with `h1.`–`h3.` and has another `hN.` heading;
 * PukiWiki when it opens with a `*` heading and has another, with PukiWiki's anchors (`[#a1b2c3d4]`) or its `#contents`;
 * org-mode when its file's name ends in `.org` or one of its first lines is an org keyword (`#+TITLE:`, `#+DATE:`,
 * `#+AUTHOR:`, `#+OPTIONS:` …: no other format writes `#+` lines).
 */
export function wikiDialect(lines: readonly SourceLine[], source = ''): WikiDialect | null {
	const head = firstLines(lines, 8);
	const first = head[0];
	if (first === undefined) return null;
	if (/\.org$/iu.test(source) || head.some((text) => ORG_KEYWORD.test(text))) return 'org';
	if (isScrapbox(first, lines)) return 'scrapbox';
	// (Only a document that opens as one of them is looked at further, in its first few thousand lines.)
	const sample = (): string[] => lines.slice(0, 5000).map((source) => source.text);
	if (/^h[1-3]\.[ \t]+\S/u.test(first)) return sample().filter((text) => TEXTILE_HEADING.test(text)).length >= 2 ? 'textile' : null;
	if (PUKIWIKI_HEADING.test(first) && !/^\*[ \t]/u.test(first)) {
		const texts = sample();
		return texts.filter((text) => /^\*{1,3}[^*\s]/u.test(text)).length >= 2 && texts.some((text) => hasAnchor(text) || /^#contents\b/u.test(text)) ? 'pukiwiki' : null;
	}
	// Backlog's wiki, PukiWiki's notation with a space after the marks (`* 見出し`, `** 開催概要`, `- 項目`, `+ 番号`): a
	// first `* ` line is a Markdown bullet too, so a second-level heading (`** 議事`, which Markdown never writes) must follow.
	if (/^\*[ \t]+[^*\s]/u.test(first)) {
		const texts = sample();
		return texts.some((text) => /^\*\*[ \t]+[^*\s]/u.test(text) && !/\*\*[ \t]*$/u.test(text)) && texts.some((text) => /^[-+]{1,3}[ \t]+\S/u.test(text)) ? 'pukiwiki' : null;
	}
	return null;
}

/** Scrapbox's heading: a bracket of stars over a line of its own (`[** 議事]`, `[*** 概要]`). */
const SCRAPBOX_HEADING = /^\[\*{1,5}[ \t]+(?<text>[^\[\]]*[^\[\]\s])[ \t]*\]$/u;
/** Scrapbox's mark for a person, their icon (`[山口.icon]`, `[yamada.icon*2]`). */
const SCRAPBOX_ICON = /\[(?<name>[^\[\]\s.][^\[\]]{0,30}?)\.icon(?:\*[0-9]{1,2})?\]/gu;

/**
 * True for a Scrapbox page copied as text: its title alone on the first line (no mark of its own), then two headings of
 * stars in brackets, or one and two people's icons.
 */
function isScrapbox(first: string, lines: readonly SourceLine[]): boolean {
	if (/^[\s\[#*>|-]/u.test(first)) return false;
	let headings = 0;
	let icons = 0;
	for (const source of lines.slice(0, 5000)) {
		const text = source.text.trim();
		if (SCRAPBOX_HEADING.test(text)) headings += 1;
		else if (text.includes('.icon')) icons += [...text.matchAll(SCRAPBOX_ICON)].length;
		if (headings >= 2 || (headings >= 1 && icons >= 2)) return true;
	}
	return false;
}

/** A Scrapbox line's brackets as Markdown's: icons their person's name (a run of them a list, `山口、小野`), links their text. */
function scrapboxInline(text: string): string {
	return text
		.replace(/(?:\[[^\[\]\s.][^\[\]]{0,30}?\.icon(?:\*[0-9]{1,2})?\][ \t]*){2,}/gu, (run) => [...run.matchAll(SCRAPBOX_ICON)].map((icon) => icon.groups?.name ?? '').join('、') + (/[ \t]$/u.test(run) ? ' ' : ''))
		.replace(SCRAPBOX_ICON, '$<name>')
		.replace(/\[(?<url>https?:\/\/[^\s\[\]]{1,500})[ \t]+(?<label>[^\[\]]{1,200})\]/gu, '[$<label>]($<url>)')
		.replace(/\[(?<label>[^\[\]]{1,200}?)[ \t]+(?<url>https?:\/\/[^\s\[\]]{1,500})\]/gu, '[$<label>]($<url>)')
		.replace(/\[[*\/\-_]{1,5}[ \t]+(?<text>[^\[\]]{1,200})\]/gu, '$<text>')
		.replace(/\[\/?(?<page>[^\[\]\s][^\[\]]{0,200})\]/gu, '$<page>');
}

/**
 * A Scrapbox line as Markdown: the first line the title, a bracketed heading a section, an indented line an item nested
 * by its indent (`[山口.icon] …` opening it that person's turn, `山口: …`), a line at the margin a paragraph.
 */
function scrapboxLine(text: string, first: boolean, afterItem: boolean): string {
	if (first) return `# ${scrapboxInline(text.trim())}`;
	const heading = SCRAPBOX_HEADING.exec(text.trim())?.groups;
	if (heading) return `## ${scrapboxInline(heading.text ?? '')}`;
	const indent = /^[ \t\u3000]*/u.exec(text)?.[0].length ?? 0;
	const body = text.slice(indent);
	if (body === '') return '';
	// (A person's icon opening the line, then words: that person's turn.)
	const turn = /^\[(?<name>[^\[\]\s.][^\[\]]{0,30}?)\.icon(?:\*[0-9]{1,2})?\][ \t\u3000]*(?<rest>[^\s\[].*)$/u.exec(body)?.groups;
	const line = turn ? `${turn.name}: ${scrapboxInline(turn.rest ?? '')}` : scrapboxInline(body);
	const numbered = /^(?<number>[0-9]{1,3})[.．][ \t\u3000]*(?<rest>\S.*)$/u.exec(line)?.groups;
	// (Nested at most eight levels deep: a line indented by thousands of spaces is no deeper an item for it.)
	if (indent > 0) return `${'    '.repeat(Math.min(indent, 8) - 1)}${numbered ? `${numbered.number}. ${numbered.rest}` : `- ${line}`}`;
	// (A line at the margin right under an item, a page's tags `#議事録 #運営会議` as often as not, would be read as more of
	// the item's words: it is an item of its own, which keeps the line for line numbering.)
	return afterItem ? `+ ${line}` : line;
}

/** A table row's cells (`|a|b|`, `| a | b |`), without Textile's or PukiWiki's cell marks. */
function cells(text: string): string[] {
	return text
		.replace(/^\|/u, '')
		.replace(/\|[ \t]*[hcf]?[ \t]*$/u, '')
		.split('|')
		.map((cell) => cell.replace(/^(?:_\.|~)/u, '').replace(/^[<>=]+\.?/u, '').trim());
}

/** A table row as Markdown: a header row goes (its cells are column names), two cells are a field, more an item of them all. */
function tableRow(text: string, header: boolean): string {
	if (header) return '';
	const values = cells(text);
	if (values.every((value) => value === '')) return '';
	if (values.length === 2) return `- ${values[0]}：${values[1]}`;
	return `- ${values.filter((value) => value !== '').join(' / ')}`;
}

/** Textile's and PukiWiki's inline marks as Markdown's: links and strong text. */
function inline(text: string, dialect: WikiDialect): string {
	if (dialect === 'textile') return text.replace(/"(?<label>[^"]{1,200})":(?<url>https?:\/\/[^\s<>"]{1,500})/gu, '[$<label>]($<url>)');
	if (dialect === 'pukiwiki') {
		return text
			.replace(/\[\[(?<label>[^\[\]>]{1,200})>(?<url>https?:\/\/[^\[\]\s]{1,500})\]\]/gu, '[$<label>]($<url>)')
			.replace(/\[\[(?<page>[^\[\]]{1,200})\]\]/gu, '$<page>')
			.replace(/'''(?<text>[^']+)'''/gu, '$<text>')
			.replace(/''(?<text>[^']+)''/gu, '**$<text>**')
			.replace(/&br;/gu, '');
	}
	return text.replace(/\[\[(?<url>https?:\/\/[^\[\]]{1,500})\]\[(?<label>[^\[\]]{1,200})\]\]/gu, '[$<label>]($<url>)').replace(/\[\[(?<target>[^\[\]]{1,200})\]\]/gu, '$<target>');
}

/** An org timestamp (`<2024-09-10 火 18:30-20:15>`) as a Japanese date and times, or the text as it is. */
function orgDate(value: string): string {
	const match = /^[<[](?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[ \t]+[^\s\d>\]]+)?(?:[ \t]+(?<from>\d{1,2}:\d{2})(?:-(?<to>\d{1,2}:\d{2}))?)?[>\]]/u.exec(value.trim())?.groups;
	if (!match) return value.trim();
	const day = `${match.y}年${Number(match.m)}月${Number(match.d)}日`;
	return match.from ? `${day} ${match.from}${match.to ? `～${match.to}` : ''}` : day;
}

/**
 * The indent of a list item nested as deep as its marks are many (`--`, `++`, `**`): four spaces a level, which nest it under
 * a bullet's item and a number's item alike (two spaces had left an item under `1. …` a list of its own, and the numbered
 * list after it counting from 1 again).
 */
const nesting = (marks: string | undefined): string => '    '.repeat((marks?.length ?? 1) - 1);

function textileLine(text: string): string {
	const heading = TEXTILE_HEADING.exec(text)?.groups;
	if (heading) return `${'#'.repeat(Number(heading.level))} ${heading.text}`;
	if (/^\{\{[^}]*\}\}[ \t]*$/u.test(text)) return '';
	const ordered = /^(?<marks>#+)[ \t]+(?<text>\S.*)$/u.exec(text)?.groups;
	if (ordered) return `${nesting(ordered.marks)}1. ${ordered.text}`;
	const bullet = /^(?<marks>\*+)[ \t]+(?<text>\S.*)$/u.exec(text)?.groups;
	if (bullet) return `${nesting(bullet.marks)}- ${bullet.text}`;
	if (/^\|/u.test(text)) return tableRow(text, /^\|[ \t]*_\./u.test(text));
	const block = /^(?<tag>bq|p)\.[ \t]+(?<text>.*)$/u.exec(text)?.groups;
	if (block) return block.tag === 'bq' ? `> ${block.text}` : (block.text ?? '');
	return text;
}

function pukiwikiLine(text: string): string {
	if (/^\/\//u.test(text) || /^#[a-z_]+(?:\(.*\))?[ \t]*$/u.test(text)) return '';
	if (/^-{4,}[ \t]*$/u.test(text)) return '---';
	const heading = PUKIWIKI_HEADING.exec(text)?.groups;
	if (heading) return `${'#'.repeat(heading.marks?.length ?? 1)} ${withoutAnchor(heading.text ?? '')}`;
	const bullet = /^(?<marks>-{1,3})[ \t]*(?<text>[^-\s].*)$/u.exec(text)?.groups;
	if (bullet) return `${nesting(bullet.marks)}- ${bullet.text}`;
	const ordered = /^(?<marks>\+{1,3})[ \t]*(?<text>[^+\s].*)$/u.exec(text)?.groups;
	if (ordered) return `${nesting(ordered.marks)}1. ${ordered.text}`;
	const term = /^:(?<term>[^|]+)\|(?<text>.*)$/u.exec(text)?.groups;
	if (term) return `- ${term.term?.trim()}：${term.text?.trim()}`;
	if (/^\|.*\|[ \t]*[hcf]?[ \t]*$/u.test(text)) return tableRow(text, /\|[ \t]*[hc][ \t]*$/u.test(text));
	// A line starting with a space is preformatted in PukiWiki: its text, at the margin.
	return text.replace(/^[ \t]+/u, '');
}

/** An org heading without its tags (`:会議:議事:` at its end). */
function withoutTags(text: string): string {
	const trimmed = text.trimEnd();
	const at = trimmed.lastIndexOf(' :');
	return at > 0 && /^:[\w@:]+:$/u.test(trimmed.slice(at + 1)) ? trimmed.slice(0, at).trimEnd() : trimmed;
}

function orgLine(text: string, titled: boolean): string {
	const keyword = ORG_KEYWORD.exec(text)?.groups;
	if (keyword) {
		const key = keyword.key?.toUpperCase();
		if (key === 'TITLE') return `# ${keyword.value}`;
		if (key === 'DATE') return `- 日時：${orgDate(keyword.value ?? '')}`;
		return '';
	}
	if (/^[ \t]*#\+(?:BEGIN|END)_/iu.test(text) || /^[ \t]*:(?:PROPERTIES|END):[ \t]*$/u.test(text)) return '';
	const heading = ORG_HEADING.exec(text)?.groups;
	if (heading) return `${'#'.repeat(Math.min(6, (heading.stars?.length ?? 1) + (titled ? 1 : 0)))} ${withoutTags(heading.text ?? '')}`;
	// Org indents a heading's text; Markdown would read four spaces as code. Lists are read at one level.
	const body = text.replace(/^[ \t]+/u, '');
	// `- term :: text` (a description list): a field or a turn. (Found with indexOf: no pattern scans the spaces twice.)
	const marker = /^[-+][ \t]+/u.exec(body)?.[0];
	const at = marker ? body.indexOf(' ::', marker.length) : -1;
	if (marker && at > marker.length && (body.length === at + 3 || /[ \t]/u.test(body[at + 3] ?? ''))) return `- ${body.slice(marker.length, at).trim()}：${body.slice(at + 3).trim()}`;
	return body;
}

/** The document's lines written as Markdown, line for line. */
export function wikiToMarkdown(lines: readonly SourceLine[], dialect: WikiDialect): SourceLine[] {
	if (dialect === 'scrapbox') {
		const title = lines.findIndex((source) => source.text.trim() !== '');
		let afterItem = false;
		return lines.map((source, index) => {
			const text = scrapboxLine(source.text.trimEnd(), index === title, afterItem);
			if (text !== '') afterItem = /^[ \t]*(?:[-+]|[0-9]{1,3}\.)[ \t]/u.test(text);
			return { text, line: source.line };
		});
	}
	const titled = dialect === 'org' && lines.some((source) => ORG_KEYWORD.exec(source.text)?.groups?.key?.toUpperCase() === 'TITLE');
	return lines.map((source) => {
		const text = source.text.trimEnd();
		const line = dialect === 'textile' ? textileLine(text) : dialect === 'pukiwiki' ? pukiwikiLine(text) : orgLine(text, titled);
		return { text: inline(line, dialect), line: source.line };
	});
}
