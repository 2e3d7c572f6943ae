/**
 * Minutes kept in a wiki and saved as text: Redmine's Textile (`h1.`, `# item`, `|_. head |`), PukiWiki (`*見出し [#a1b2c3d4]`,
 * `-item`, `|~head|h`, `#contents`) and Emacs org-mode (`#+TITLE:`, `* heading`, `- term :: text`). Each line is written
 * as the Markdown line that means the same, line for line (so diagnostics still name the file's own lines), and the
 * Markdown reader reads the result: headings, lists, a table's two-column rows as fields (`- 日時：…`), other rows as
 * items of their cells, plugin and option lines dropped.
 */
import type { SourceLine } from '../normalize.ts';

export type WikiDialect = 'textile' | 'pukiwiki' | 'org';

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
	// (Only a document that opens as one of them is looked at further, in its first few thousand lines.)
	const sample = (): string[] => lines.slice(0, 5000).map((source) => source.text);
	if (/^h[1-3]\.[ \t]+\S/u.test(first)) return sample().filter((text) => TEXTILE_HEADING.test(text)).length >= 2 ? 'textile' : null;
	if (PUKIWIKI_HEADING.test(first) && !/^\*[ \t]/u.test(first)) {
		const texts = sample();
		return texts.filter((text) => /^\*{1,3}[^*\s]/u.test(text)).length >= 2 && texts.some((text) => hasAnchor(text) || /^#contents\b/u.test(text)) ? 'pukiwiki' : null;
	}
	return null;
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

function textileLine(text: string): string {
	const heading = TEXTILE_HEADING.exec(text)?.groups;
	if (heading) return `${'#'.repeat(Number(heading.level))} ${heading.text}`;
	if (/^\{\{[^}]*\}\}[ \t]*$/u.test(text)) return '';
	const ordered = /^(?<marks>#+)[ \t]+(?<text>\S.*)$/u.exec(text)?.groups;
	if (ordered) return `${'   '.repeat((ordered.marks?.length ?? 1) - 1)}1. ${ordered.text}`;
	const bullet = /^(?<marks>\*+)[ \t]+(?<text>\S.*)$/u.exec(text)?.groups;
	if (bullet) return `${'  '.repeat((bullet.marks?.length ?? 1) - 1)}- ${bullet.text}`;
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
	if (bullet) return `${'  '.repeat((bullet.marks?.length ?? 1) - 1)}- ${bullet.text}`;
	const ordered = /^(?<marks>\+{1,3})[ \t]*(?<text>[^+\s].*)$/u.exec(text)?.groups;
	if (ordered) return `${'   '.repeat((ordered.marks?.length ?? 1) - 1)}1. ${ordered.text}`;
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
	const titled = dialect === 'org' && lines.some((source) => ORG_KEYWORD.exec(source.text)?.groups?.key?.toUpperCase() === 'TITLE');
	return lines.map((source) => {
		const text = source.text.trimEnd();
		const line = dialect === 'textile' ? textileLine(text) : dialect === 'pukiwiki' ? pukiwikiLine(text) : orgLine(text, titled);
		return { text: inline(line, dialect), line: source.line };
	});
}
