/**
 * Generated meeting bodies stay on the project's fast path (parseMinutesBody), but remain valid MDX:
 * compiled and evaluated by satteri, the MDX compiler @astrojs/mdx uses, each body (the seeds and a
 * body of markup-like seed text) renders to exactly the text the site shows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/converter/content.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { toMdx } from '../../src/converter/mdx.ts';
import { parseMinutes, type ParseResult } from '../../src/parser/index.ts';
import { parseMinutesBody, type BodyPart } from '../../src/archive/minutes-body.ts';
import { HOSTILE_TEXTS } from '../converter/hostile-cases.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();

/** A node of the tiny JSX runtime below: an element or component with its props. */
interface Node {
	type: unknown;
	props: { children?: unknown; [key: string]: unknown };
}

/** A JSX runtime that only builds a tree: enough to read the text MDX would render. */
const runtime = {
	Fragment: Symbol('Fragment'),
	jsx: (type: unknown, props: unknown): Node => ({ type, props: props as Node['props'] }),
	jsxs: (type: unknown, props: unknown): Node => ({ type, props: props as Node['props'] }),
};

/** The text a rendered tree shows; components are called, so their children are what counts. */
function renderText(node: unknown): string {
	if (node === null || node === undefined || typeof node === 'boolean') return '';
	if (typeof node === 'string' || typeof node === 'number') return String(node);
	if (Array.isArray(node)) return node.map(renderText).join('');
	const { type, props } = node as Node;
	if (typeof type === 'function') return renderText((type as (props: unknown) => unknown)(props));
	return renderText(props.children);
}

/** The converter's components as the compiled MDX sees them: wrappers that render their children. */
const components = Object.fromEntries(['Section', 'Remark', 'Note'].map((name) => [name, (props: Node['props']) => props.children ?? null]));

/** Compile and evaluate a body with the MDX compiler; its rendered text. */
function compiledText(body: string): string {
	const exports = evaluate(body, { ...runtime, features: { smartPunctuation: false } }) as Record<string, unknown>;
	const Content = exports['default'] as (props: unknown) => unknown;
	return renderText(Content({ components }));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** The text of the site's rendering (parseMinutesBody's HTML parts, components' children included). */
function siteText(parts: BodyPart[]): string {
	return parts.map((part) => (part.type === 'html' ? htmlText(part.html) : siteText(part.children))).join('');
}

/** The text of one piece of HTML: tags dropped, character references decoded. */
function htmlText(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) =>
			name.toLowerCase().startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity),
		);
}

const squash = (text: string): string => text.replace(/\s+/g, '');

/** Where two texts first differ, with some context (empty when equal): readable failures for long bodies. */
function firstDifference(actual: string, expected: string): string {
	let index = 0;
	while (index < actual.length && actual[index] === expected[index]) index++;
	if (index === actual.length && index === expected.length) return '';
	return `at ${index}: compiled …${actual.slice(Math.max(0, index - 30), index + 30)}… site …${expected.slice(Math.max(0, index - 30), index + 30)}…`;
}

/** A seed's parse result and the body of its generated MDX. */
function generated(name: string): { result: ParseResult; body: string } {
	const bytes = readFileSync(join(SEEDS_DIR, name));
	const result = parseMinutes(bytes.toString('utf8'), { source: name, sourceHash: createHash('sha256').update(bytes).digest('hex') });
	return { result, body: splitFrontmatter(toMdx(result, entryId(result.meeting!))).body };
}

describe('generated bodies are valid MDX and show the same text as the site', () => {
	test.each(seeds)('seed %s', (name) => {
		const { body } = generated(name);
		const text = compiledText(body);
		expect(text.length).toBeGreaterThan(1000);
		const difference = firstDifference(squash(text), squash(siteText(parseMinutesBody(body, name))));
		expect(difference).toBe('');
	});

	test('a body of markup-like seed text (script, expressions, imports, Markdown marks)', () => {
		const { result } = generated(seeds[0]!);
		const paragraphs = HOSTILE_TEXTS.map((text, index) => ({ type: 'paragraph' as const, text, line: index + 2 }));
		const body = splitFrontmatter(toMdx({ ...result, body: [{ id: 's1', title: '', line: 1, children: paragraphs }] }, 'x-001')).body;
		const text = compiledText(body);
		expect(firstDifference(squash(text), squash(siteText(parseMinutesBody(body, 'x-001.mdx'))))).toBe('');
		for (const hostile of HOSTILE_TEXTS) expect(squash(text)).toContain(squash(hostile));
	});
});
