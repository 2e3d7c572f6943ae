/**
 * A Markdown text as its syntax tree (mdast, by `mdast-util-from-markdown` with GitHub's extensions), parsed in runs of
 * top-level blocks. The parser takes time growing with the square of the block quotes in one text (8,000 quotes, as an
 * Obsidian vault's callouts or a mail thread's quoting give them: 16 s; twice as many: four times as long), so a long text
 * is parsed a run of some kilobytes at a time, each run's positions moved to where it stands in the whole, and the runs'
 * blocks put together: the same tree as the text parsed whole. A run ends only at a blank line that ends every block open
 * at it: never inside a fenced code block or an HTML block that a blank line does not end (a comment, `<pre>`, `<script>`,
 * `<style>`, `<textarea>`, `<?…?>`, `<!…>`, CDATA), nor before an indented line or a list item (a list's item or its
 * paragraphs going on, an indented code block); a text with link reference or footnote definitions, which may be used
 * before they stand, is parsed whole.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** A run is ended at the first blank line where it may end once it holds this many characters. */
export const RUN_CHARACTERS = 8_192;

/** A fence's opening (up to three spaces, then three or more backticks or tildes). */
const FENCE = /^ {0,3}(?<fence>`{3,}|~{3,})/u;
/** HTML blocks that a blank line does not end, by their opening, with the text that ends them. */
const OPEN_HTML: readonly [RegExp, string][] = [
	[/^ {0,3}<!--/u, '-->'],
	[/^ {0,3}<\?/u, '?>'],
	[/^ {0,3}<!\[CDATA\[/u, ']]>'],
	[/^ {0,3}<![A-Za-z]/u, '>'],
];
const RAW_HTML = /^ {0,3}<(?<tag>pre|script|style|textarea)(?:[\s>]|$)/iu;
/** A line that goes on with what stands before a blank line: indented, or a list item. */
const GOES_ON = /^(?:[ \t]| {0,3}(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$))/u;
/** A link reference or footnote definition (`[id]: https://…`, `[^1]: …`). */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/mu;

/**
 * The text with each `[` that no `]` closes in its block (up to a blank line) written `\[`, which reads the same: such a
 * bracket starts no link, and GitHub's autolink extension (`micromark-extension-gfm-autolink-literal`) walks back over every
 * event to it at each later letter that may start an address, so a long block after one took time growing with its square
 * (`- [a a a …`: 3.3 s at 128 K characters, 5 ms escaped). Fenced code and code spans are left as written.
 */
export function escapeUnclosedBrackets(text: string): string {
	if (!text.includes('[')) return text;
	const lines = text.split('\n');
	const open: { line: number; at: number }[] = [];
	let fence: { char: string; length: number } | null = null;
	// (Each line with such brackets is written again once, its pieces joined: one copy a bracket would be quadratic on a line
	// of thousands of them.)
	const flush = (): void => {
		let start = 0;
		while (start < open.length) {
			const line = open[start]?.line ?? 0;
			const written = lines[line] ?? '';
			const pieces: string[] = [];
			let from = 0;
			let next = start;
			for (; next < open.length && open[next]?.line === line; next++) {
				const at = open[next]?.at ?? 0;
				pieces.push(written.slice(from, at));
				from = at;
			}
			pieces.push(written.slice(from));
			lines[line] = pieces.join('\\');
			start = next;
		}
		open.length = 0;
	};
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		const marks = FENCE.exec(line)?.groups?.fence;
		if (fence) {
			if (marks && marks[0] === fence.char && marks.length >= fence.length && line.trim() === marks) fence = null;
			continue;
		}
		if (marks) {
			flush();
			fence = { char: marks[0] ?? '`', length: marks.length };
			continue;
		}
		if (line.trim() === '') {
			flush();
			continue;
		}
		for (let at = 0; at < line.length; at++) {
			const char = line[at];
			if (char === '\\') at++;
			else if (char === '`') {
				// A code span: the same run of backticks closes it on this line; else the run is text.
				let run = 1;
				while (line[at + run] === '`') run++;
				const close = line.indexOf('`'.repeat(run), at + run);
				at = close === -1 ? at + run - 1 : close + run - 1;
			} else if (char === '[') open.push({ line: index, at });
			else if (char === ']') open.pop();
		}
	}
	flush();
	return lines.join('\n');
}

const parse = (text: string): Root => fromMarkdown(escapeUnclosedBrackets(text), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The indexes of lines that start a run: after a blank line where every block ends, once the run is long enough. */
export function runStarts(lines: readonly string[]): number[] {
	const starts = [0];
	let fence: { char: string; length: number } | null = null;
	let html: string | null = null;
	let characters = 0;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		characters += line.length + 1;
		if (fence) {
			const close = FENCE.exec(line)?.groups?.fence;
			if (close && close[0] === fence.char && close.length >= fence.length && line.trim() === close) fence = null;
			continue;
		}
		if (html !== null) {
			if (line.toLowerCase().includes(html)) html = null;
			continue;
		}
		const opening = FENCE.exec(line)?.groups?.fence;
		// (A backtick fence's info string holds no backtick; such a line is no fence.)
		if (opening && !(opening[0] === '`' && line.slice(line.indexOf(opening) + opening.length).includes('`'))) {
			fence = { char: opening[0] ?? '`', length: opening.length };
			continue;
		}
		const raw = RAW_HTML.exec(line)?.groups?.tag;
		if (raw) {
			const end = `</${raw.toLowerCase()}>`;
			if (!line.toLowerCase().includes(end)) html = end;
			continue;
		}
		const other = OPEN_HTML.find(([pattern]) => pattern.test(line));
		if (other) {
			const [pattern, end] = other;
			const match = pattern.exec(line);
			if (!line.slice((match?.index ?? 0) + (match?.[0].length ?? 0)).includes(end)) html = end;
			continue;
		}
		const next = lines[index + 1];
		if (characters >= RUN_CHARACTERS && line.trim() === '' && next !== undefined && next.trim() !== '' && !GOES_ON.test(next)) {
			starts.push(index + 1);
			characters = 0;
		}
	}
	return starts;
}

/** Move a subtree's positions by lines and characters. */
function shift(node: RootContent, lines: number, offset: number): void {
	const position = node.position;
	if (position) {
		position.start = { ...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset };
		position.end = { ...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset };
	}
	if ('children' in node) for (const child of node.children as RootContent[]) shift(child, lines, offset);
}

/** The syntax tree of a Markdown text, parsed in runs of blocks when it is long (the same tree as parsed whole). */
export function markdownTree(text: string): Root {
	if (text.length < RUN_CHARACTERS * 2 || DEFINITION.test(text)) return parse(text);
	const lines = text.split('\n');
	const starts = runStarts(lines);
	if (starts.length === 1) return parse(text);
	const children: RootContent[] = [];
	let offset = 0;
	starts.forEach((start, run) => {
		const end = starts[run + 1] ?? lines.length;
		const part = lines.slice(start, end).join('\n');
		for (const child of parse(part).children) {
			shift(child, start, offset);
			children.push(child);
		}
		offset += part.length + 1;
	});
	const whole = lines.length;
	return {
		type: 'root',
		children,
		position: { start: { line: 1, column: 1, offset: 0 }, end: { line: whole, column: (lines.at(-1)?.length ?? 0) + 1, offset: text.length } },
	};
}
