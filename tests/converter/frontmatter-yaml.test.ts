/**
 * The direct frontmatter writer gives exactly the text of `yaml`'s `stringify` with the same options,
 * on the five real seeds' records, on hostile strings and on every shape of collection; it refuses
 * (returns null, so the writer falls back to `stringify`) what it does not cover.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseFrontmatterYaml } from '../../src/converter/content.ts';
import { FRONTMATTER_YAML_OPTIONS, writeFrontmatterYaml } from '../../src/converter/frontmatter-yaml.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { orderBySchema } from '../../src/schemas/order.ts';
import { HOSTILE_TEXTS } from './hostile-cases.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();

/** Strings that YAML escapes, folds or would read as something else. */
const TRICKY_STRINGS = [
	'',
	' ',
	'plain',
	'null',
	'true',
	'42',
	'-0',
	'---',
	'--- inside',
	'...',
	'%YAML 1.2',
	'# comment',
	'a: b',
	'- item',
	'"double" and \'single\'',
	'back\\slash',
	'tab\there',
	'NUL\u0000BEL\u0007VT\u000bESC\u001bDEL\u007f',
	'NEL\u0085NBSP\u00a0LS\u2028PS\u2029',
	'lone \ud800 surrogate',
	'short\nbreak',
	// Around the length from which `\n` is written as a line break rather than escaped.
	...Array.from({ length: 8 }, (_, i) => `${'あ'.repeat(31 + i)}\nい`),
	`${'長い発言の一行目です。'.repeat(4)}\n二行目`,
	`${'段落の終わりに空白 '.repeat(4)}\n 次の行は空白で始まる`,
	`${'空行を挟む段落です。'.repeat(4)}\n\n\n三つ目の段落`,
	`${'末尾の改行'.repeat(10)}\n`,
	'\n先頭の改行のあとに続く十分に長い文章がここにあります。これは四十文字を超えます。',
	'CR\rLF\nCRLF\r\n',
	...HOSTILE_TEXTS,
];

/** Records of every shape: scalars of each kind, empty and nested collections, undefined values left out. */
const SHAPES: [string, Record<string, unknown>][] = [
	['scalars', { s: 'x', n: 3, f: 0.5, big: 1e21, negativeZero: -0, yes: true, no: false, none: null }],
	['undefined values', { a: undefined, b: 'kept', c: [1, null] }],
	['empty collections', { list: [], map: {}, nested: [[], {}], inner: { list: [] } }],
	['sequences of sequences', { rows: [[1, 2], [['deep']], ['x', { k: 'v' }]] }],
	['maps in sequences', { items: [{ a: 1, b: [{ c: 'd' }], e: {} }, { f: { g: [1] } }] }],
	['first key a collection', { items: [{ list: ['a', 'b'], after: 1 }, { map: { k: 'v' } }] }],
	['strings at every depth', { s: TRICKY_STRINGS, m: [{ t: TRICKY_STRINGS.at(-1) }], deep: { deeper: { text: TRICKY_STRINGS[22] } } }],
];

/** The records the parser makes of the real seeds, keys in schema order (what src/converter/mdx.ts writes). */
function seedRecord(name: string): unknown {
	const decoded = decodeSeed(new Uint8Array(readFileSync(join(SEEDS_DIR, name))));
	if (!decoded.ok) throw new Error(`${name} does not decode`);
	const [result] = parseDocuments(decoded.text, { source: name, sourceHash: '0'.repeat(64) });
	return orderBySchema(meetingSchema, result?.meeting);
}

describe('writeFrontmatterYaml', () => {
	test.each(seeds)('the record of seeds/%s is written as stringify writes it', (name) => {
		const record = seedRecord(name);
		expect(writeFrontmatterYaml(record)).toBe(stringify(record, FRONTMATTER_YAML_OPTIONS));
	});

	test.each(TRICKY_STRINGS.map((text) => [JSON.stringify(text).slice(0, 60), text]))('string %s, at the top and nested', (_label, text) => {
		const record = { text, list: [text, { text }], map: { inner: { text } } };
		expect(writeFrontmatterYaml(record)).toBe(stringify(record, FRONTMATTER_YAML_OPTIONS));
	});

	test.each(SHAPES)('%s', (_label, record) => {
		expect(writeFrontmatterYaml(record)).toBe(stringify(record, FRONTMATTER_YAML_OPTIONS));
	});

	const shared = { a: 'x' };
	const cyclic: Record<string, unknown> = { a: 1 };
	cyclic['self'] = cyclic;
	test.each<[string, unknown]>([
		['a shared object (stringify writes an alias)', { p: shared, q: [shared] }],
		['a cycle', cyclic],
		['a key YAML reads as null', { null: 1 }],
		['a key YAML reads as a boolean', { True: 1 }],
		['a key with a space', { 'a b': 1 }],
		['a key that is a number', { 1: 'x' }],
		['a date', { d: new Date(0) }],
		['NaN', { n: Number.NaN }],
		['infinity', { n: Number.POSITIVE_INFINITY }],
		['a bigint', { n: 1n }],
		['a sparse array', { list: [1, , 3] }],
		['not an object', 'text'],
		['an array at the top', [1]],
	])('refuses %s', (_label, record) => {
		expect(writeFrontmatterYaml(record)).toBeNull();
	});
});

describe('parseFrontmatterYaml (js-yaml) reads what the writer writes as `yaml` does', () => {
	test.each(seeds)('the record of seeds/%s', (name) => {
		const record = seedRecord(name);
		const text = writeFrontmatterYaml(record)!;
		expect(parseFrontmatterYaml(text)).toEqual(parse(text));
		expect(parseFrontmatterYaml(text)).toEqual(record);
	});

	test.each(TRICKY_STRINGS.map((text) => [JSON.stringify(text).slice(0, 60), text]))('string %s, at the top and nested', (_label, text) => {
		const record = { text, list: [text, { text }], map: { inner: { text } } };
		const yaml = writeFrontmatterYaml(record)!;
		expect(parseFrontmatterYaml(yaml)).toStrictEqual(parse(yaml));
		expect(parseFrontmatterYaml(yaml)).toStrictEqual(record);
	});

	test.each(SHAPES)('%s', (_label, record) => {
		const yaml = writeFrontmatterYaml(record)!;
		// Through JSON, which writes -0 as 0 (below).
		expect(parseFrontmatterYaml(yaml)).toStrictEqual(JSON.parse(JSON.stringify(parse(yaml))));
	});

	test('the one difference: `-0` reads as 0 (a record holds counts and line numbers, never -0)', () => {
		expect(Object.is(parse('n: -0').n, -0)).toBe(true);
		expect(Object.is((parseFrontmatterYaml('n: -0') as { n: number }).n, 0)).toBe(true);
	});
});
