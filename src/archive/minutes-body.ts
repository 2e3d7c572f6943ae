/**
 * The body of a converted meeting (`content/<id>.mdx`) as a tree the meeting page renders:
 * the converter's three components (`<Section>`, `<Remark>`, `<Note>`) with their attributes,
 * and everything between them as ready HTML (paragraphs, lists nested in list items, links).
 * The MDX is parsed by satteri (the Markdown/MDX parser Astro's Markdown processor uses) and the
 * HTML written by hast-util-to-html, which escapes text; raw HTML in the MDX is not passed through,
 * and links must point to http(s) or mailto addresses as the converter writes them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';

/** A component the converter writes, with the attributes it may carry. (A `<Table>` is drawn as its rows are, `markTables`.) */
export const BODY_COMPONENTS = { Section: ['id', 'meeting'], Remark: ['id', 'meeting', 'chat'], Note: [], Table: ['head'] } as const;

/** Name of one of the body components. */
export type BodyComponent = keyof typeof BODY_COMPONENTS;

/** One piece of a body: HTML to emit as is, or a component around more pieces. */
export type BodyPart = { type: 'html'; html: string } | { type: 'component'; name: BodyComponent; props: Record<string, string>; children: BodyPart[] };

/** A body that is not what the converter writes (an MDX expression, import, unknown component). */
export class MinutesBodyError extends Error {}

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: JsxAttribute[];
	children: RootContent[];
}

const isComponent = (name: string | null): name is BodyComponent => name !== null && Object.hasOwn(BODY_COMPONENTS, name);

/** Props of a component element; only plain string attributes the converter writes are allowed. */
function componentProps(element: JsxElement & { name: BodyComponent }): Record<string, string> {
	const allowed: readonly string[] = BODY_COMPONENTS[element.name];
	const props: Record<string, string> = {};
	for (const attribute of element.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name) || typeof attribute.value !== 'string') {
			throw new MinutesBodyError(`<${element.name}> has an attribute the converter does not write (${attribute.name ?? attribute.type})`);
		}
		props[attribute.name] = attribute.value;
	}
	return props;
}

/** Turn a list of hast nodes into parts, joining runs of plain HTML into one part. */
function toParts(nodes: RootContent[]): BodyPart[] {
	const parts: BodyPart[] = [];
	let run: RootContent[] = [];
	const flush = () => {
		if (run.length === 0) return;
		const html = toHtml({ type: 'root', children: run });
		if (html.trim()) parts.push({ type: 'html', html });
		run = [];
	};
	for (const node of nodes) {
		const type = (node as { type: string }).type;
		if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
			const element = node as unknown as JsxElement;
			if (!isComponent(element.name)) throw new MinutesBodyError(`unknown component <${element.name ?? ''}>`);
			flush();
			parts.push({ type: 'component', name: element.name, props: componentProps(element as JsxElement & { name: BodyComponent }), children: toParts(element.children) });
		} else if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
			throw new MinutesBodyError(`an MDX ${type === 'mdxjsEsm' ? 'import/export' : 'expression'} (the converter writes none)`);
		} else if (type === 'element') {
			// MDX inside ordinary markup (never written by the converter) would lose its meaning as HTML.
			const inner = mdxDescendant((node as { children: ElementContent[] }).children);
			if (inner) throw new MinutesBodyError(inner.endsWith('Expression') ? 'an MDX expression (the converter writes none)' : 'a component inside a paragraph or list');
			const unsafe = unsafeElement(node as ElementContent);
			if (unsafe) throw new MinutesBodyError(unsafe);
			run.push(node);
		} else {
			run.push(node);
		}
	}
	flush();
	return parts;
}

/** Link addresses the converter writes. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/iu;

/** Why an element (or one inside it) is not what the converter writes: a link elsewhere than http(s)/mailto, an image. */
function unsafeElement(node: ElementContent): string | undefined {
	if (node.type !== 'element') return undefined;
	if (node.tagName === 'img') return 'an image (the converter writes none)';
	if (node.tagName === 'a') {
		const href = String(node.properties.href ?? '');
		if (!SAFE_HREF.test(href)) return `a link to "${href.slice(0, 40)}" (the converter writes http(s) and mailto links only)`;
	}
	for (const child of node.children) {
		const inner = unsafeElement(child);
		if (inner) return inner;
	}
	return undefined;
}

/** The type of the first descendant that is MDX syntax, if any. */
function mdxDescendant(nodes: readonly { type: string; children?: unknown }[]): string | undefined {
	for (const node of nodes) {
		if (node.type.startsWith('mdx')) return node.type;
		const inner = Array.isArray(node.children) ? mdxDescendant(node.children) : undefined;
		if (inner) return inner;
	}
	return undefined;
}

/**
 * A paragraph with tabs in its text is a row of a table (the converter writes a table's row so, html-text.ts and the Markdown
 * reader): its cells become `<span class="cell">`, the tabs kept between them (its text is the record's, copied or indexed),
 * and the paragraph `class="cells"`, which global.css draws as a row with a rule before each cell. (The tabs had shown as spaces,
 * a 12-column table's rows as runs of words whose columns no one could tell apart.) Only this code writes the spans: the text
 * itself, tabs included, is still text. The row is a table's row to assistive technology (`role="row"`, its cells `cell`, or
 * `columnheader` in the row that names the columns: see `markTables`).
 */
function markRow(node: Element, header: boolean): void {
	const cells: ElementContent[][] = [[]];
	for (const child of node.children) {
		if (child.type !== 'text' || !child.value.includes('\t')) {
			cells[cells.length - 1]!.push(child);
			continue;
		}
		child.value.split('\t').forEach((piece, index) => {
			if (index > 0) cells.push([]);
			if (piece !== '') cells[cells.length - 1]!.push({ type: 'text', value: piece });
		});
	}
	node.properties = { ...node.properties, className: header ? ['cells', 'cells--head'] : ['cells'], role: 'row' };
	// (The tab between two cells is no cell: hidden from assistive technology, it stays in the text copied.)
	const tab = (): Element => ({ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '\t' }] });
	node.children = cells.flatMap((children, index): ElementContent[] => [
		...(index > 0 ? [tab()] : []),
		{ type: 'element', tagName: 'span', properties: { className: ['cell'], role: header ? 'columnheader' : 'cell' }, children },
	]);
}

/** True for a paragraph that is a row of a table (tabs in its own text). */
const isRow = (node: { type: string }): node is Element =>
	isElement(node) && node.tagName === 'p' && node.children.some((child) => child.type === 'text' && child.value.includes('\t'));

/** True for the line breaks between blocks. */
const isBlank = (node: { type: string; value?: unknown }): boolean => node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '';

/** A table of rows: `<div class="cells-table" role="table">`, its first row the columns' names when `header`. */
function table(rows: Element[], header: boolean): Element {
	rows.forEach((row, index) => markRow(row, header && index === 0));
	return { type: 'element', tagName: 'div', properties: { className: ['cells-table'], role: 'table' }, children: rows };
}

/**
 * The rows of the minutes' tables (`markRow`), each run of rows one after the other a table to assistive technology, which
 * reads a cell with its row and column (they had been paragraphs whose cells it could not tell apart). A `<Table head="1">`
 * that the converter writes around a table whose head the record marks (a Markdown table's) makes its first row the
 * columns' headers, read with each cell under them; a run of rows without it has no header row, as the record gives none.
 */
function markTables(node: { type: string; children?: unknown }): void {
	if (!Array.isArray(node.children)) return;
	const children = node.children as RootContent[];
	const out: RootContent[] = [];
	for (let index = 0; index < children.length; index++) {
		const child = children[index]!;
		if ((child.type as string) === 'mdxJsxFlowElement' && (child as unknown as JsxElement).name === 'Table') {
			const element = child as unknown as JsxElement;
			const head = element.attributes.length === 1 && element.attributes[0]?.type === 'mdxJsxAttribute' && element.attributes[0].name === 'head' && element.attributes[0].value === '1';
			const rows = element.children.filter((row) => !isBlank(row));
			if (!head || rows.length === 0 || !rows.every(isRow)) throw new MinutesBodyError('a <Table> that is not the rows of a table with its head, as the converter writes it');
			out.push(table(rows, true));
			continue;
		}
		if (isRow(child)) {
			// (The line breaks between the rows go with them.)
			const rows = [child];
			let next = index + 1;
			while (next < children.length && (isRow(children[next]!) || (isBlank(children[next]!) && next + 1 < children.length && isRow(children[next + 1]!)))) {
				if (isRow(children[next]!)) rows.push(children[next] as Element);
				next++;
			}
			out.push(table(rows, false));
			index = next - 1;
			continue;
		}
		// (Into components too: a remark's paragraphs are inside its `<Remark>`.)
		markTables(child);
		out.push(child);
	}
	node.children = out;
}

const isElement = (node: { type: string }): node is Element => node.type === 'element';

/** A mark a record writes before each item of its own lists (`・`, `●`, `○`, `◆`, `※`, `→`, a task's `☐`/`☑`). */
const OWN_MARK = /^[\s\u3000]*[・･•●○◦◯〇▪■□◆◇◎※→⇒►▶➢✓✔☐☑]/u;

/** The text an element starts with (its first text, however deep). */
function leadingText(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	for (const child of node.children) {
		const text = leadingText(child);
		if (text.trim() !== '') return text;
	}
	return '';
}

/**
 * A list whose every item starts with the record's own mark (`- ・…との意見があった`, as a 議事概要 bullets its points): the
 * list is drawn without a bullet of its own (`class="own-marks"`, global.css), so that each item shows one mark, the record's
 * (two had stood before each: the list's and the record's). The text keeps its mark, as written.
 */
function markOwnBullets(node: { type: string; children?: unknown }): void {
	if (!Array.isArray(node.children)) return;
	for (const child of node.children as RootContent[]) {
		if (isElement(child) && child.tagName === 'ul') {
			const items = child.children.filter((item): item is Element => isElement(item) && item.tagName === 'li');
			if (items.length > 0 && items.every((item) => OWN_MARK.test(leadingText(item)))) child.properties = { ...child.properties, className: ['own-marks'] };
		}
		markOwnBullets(child);
	}
}

/** Parse a converted meeting's MDX body into parts; `file` names the content file in errors. */
export function parseMinutesBody(body: string, file: string): BodyPart[] {
	try {
		const tree = mdxToHast(body, { features: { smartPunctuation: false } }) as unknown as Root;
		markTables(tree);
		markOwnBullets(tree);
		return toParts(tree.children);
	} catch (error) {
		const reason = error instanceof MinutesBodyError ? error.message : `not valid MDX: ${(error as Error).message}`;
		throw new MinutesBodyError(`${file}: ${reason}. Files in the content folder are written by \`npm run convert\`; run it again.`);
	}
}
