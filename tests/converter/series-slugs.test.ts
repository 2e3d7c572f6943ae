/** Maintainers' series slugs: `seeds/series.yml` read and checked, passed to the parser, used in entry ids. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { readSeriesSlugs, suggestSlug } from '../../src/converter/series-slugs.ts';
import { parseDocuments, parseMinutes, seriesSlug } from '../../src/parser/index.ts';

describe('readSeriesSlugs', () => {
	test.each([
		{ name: 'empty file', text: '', slugs: {} },
		{ name: 'comments only', text: '# 読みやすいスラッグ\n', slugs: {} },
		{
			name: 'one line per series',
			text: '# series name: slug\nIPネットワーク設備委員会: ip-network-committee\n情報通信審議会 電波利用環境委員会: radio-environment\n',
			slugs: { IPネットワーク設備委員会: 'ip-network-committee', '情報通信審議会 電波利用環境委員会': 'radio-environment' },
		},
	])('$name', ({ text, slugs }) => {
		const read = readSeriesSlugs(text);
		expect({ ...read.slugs }).toEqual(slugs);
		expect(read.diagnostics).toEqual([]);
	});

	const long = 'a'.repeat(65);
	test.each([
		{ name: 'upper case and underscore', text: 'テスト研究会: Test_Group\n', line: 1, hint: 'e.g. "テスト研究会: test-group"', slugs: {} },
		{ name: 'non-ASCII slug', text: 'テスト研究会: てすと\n', line: 1, hint: '[a-z0-9]+(-[a-z0-9]+)*', slugs: {} },
		{ name: 'leading hyphen', text: 'テスト研究会: -x\n', line: 1, hint: 'e.g. "テスト研究会: x"', slugs: {} },
		{ name: 'trailing hyphen', text: 'テスト研究会: x-\n', line: 1, hint: 'e.g. "テスト研究会: x"', slugs: {} },
		{ name: 'double hyphen', text: 'テスト研究会: a--b\n', line: 1, hint: 'e.g. "テスト研究会: a-b"', slugs: {} },
		{ name: 'over 64 characters', text: `テスト研究会: ${long}\n`, line: 1, hint: 'at most 64', slugs: {} },
		{ name: 'automatic slug form', text: 'テスト研究会: series-0123abcd\n', line: 1, hint: 'automatic slugs', slugs: {} },
		{ name: 'missing slug', text: 'テスト研究会:\n', line: 1, hint: 'got nothing', slugs: {} },
		{ name: 'slug is a list', text: 'テスト研究会: [a, b]\n', line: 1, hint: 'got a list or mapping', slugs: {} },
		{ name: 'number as the slug', text: 'テスト研究会: 42\n', line: 1, hint: 'got 42', slugs: {} },
		{
			name: 'slug used twice',
			text: 'テスト研究会: test\n別の研究会: test\n',
			line: 2,
			hint: 'slug "test" is given to "テスト研究会" (line 1) and "別の研究会" (line 2); the two series would merge',
			slugs: { テスト研究会: 'test' },
		},
		{ name: 'slug of a built-in series', text: '別の研究会: cybersecurity-task-force\n', line: 1, hint: 'built-in slug of "サイバーセキュリティタスクフォース"', slugs: {} },
		{ name: 'series listed twice (spaces and width ignored)', text: 'テスト研究会: test\nテスト 研究会: test-2\n', line: 2, hint: 'listed twice (lines 1 and 2)', slugs: { テスト研究会: 'test' } },
		{ name: 'not a mapping', text: '- テスト研究会\n', line: 1, hint: 'series name: slug', slugs: {} },
		{ name: 'broken YAML', text: 'テスト研究会: test\n別の研究会: [broken\n', line: 3, hint: 'not valid YAML', slugs: {} },
	])('$name: error on line $line', ({ text, line, hint, slugs }) => {
		const read = readSeriesSlugs(text);
		expect({ ...read.slugs }).toEqual(slugs);
		expect(read.diagnostics).toEqual([{ severity: 'error', code: 'bad-series-file', line, message: expect.stringContaining(hint) }]);
	});

	test('a built-in series may be given its own slug', () => {
		expect({ ...readSeriesSlugs('サイバーセキュリティタスクフォース: cybersecurity-task-force\n').slugs }).toEqual({ サイバーセキュリティタスクフォース: 'cybersecurity-task-force' });
	});

	test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('a series called %s is an ordinary name', (name) => {
		const read = readSeriesSlugs(`${name}: proto-slug\n`);
		expect(read.diagnostics).toEqual([]);
		expect(Object.entries(read.slugs)).toEqual([[name, 'proto-slug']]);
		expect(seriesSlug(name, read.slugs)).toBe('proto-slug');
		expect(seriesSlug(name)).toMatch(/^series-[0-9a-f]{8}$/u);
	});

	test.each([
		{ text: 'IP_Network', expected: 'ip-network' },
		{ text: '-x', expected: 'x' },
		{ text: 'a--b', expected: 'a-b' },
		{ text: 'ＡＢＣ　研究会 2024', expected: 'abc-2024' },
		{ text: `${'word-'.repeat(20)}end`, expected: 'word-'.repeat(12) + 'word' },
	])('suggestSlug($text) → $expected', ({ text, expected }) => {
		expect(suggestSlug(text)).toBe(expected);
	});
});

describe('seriesSlug with maintainers\' slugs', () => {
	test.each([
		{ name: 'IPネットワーク設備委員会', slugs: { IPネットワーク設備委員会: 'ip-network-committee' }, expected: 'ip-network-committee' },
		{ name: 'ＩＰネットワーク 設備委員会', slugs: { IPネットワーク設備委員会: 'ip-network-committee' }, expected: 'ip-network-committee' },
		{ name: 'サイバーセキュリティタスクフォース', slugs: {}, expected: 'cybersecurity-task-force' },
		{ name: '別の委員会', slugs: { IPネットワーク設備委員会: 'ip-network-committee' }, expected: 'series-fbf9f612' },
	])('$name → $expected', ({ name, slugs, expected }) => {
		expect(seriesSlug(name, slugs)).toBe(expected);
	});

	test('parseMinutes uses options.seriesSlugs', () => {
		const text = ['IPネットワーク設備委員会（第５０回）議事録', '１．日時　平成30年４月１７日（火）', '２．議事録', '【相田主査】　開会いたします。'].join('\n');
		const base = { source: 'x.txt', sourceHash: 'a'.repeat(64) };
		expect(parseMinutes(text, base).meeting?.seriesSlug).toMatch(/^series-[0-9a-f]{8}$/u);
		expect(parseMinutes(text, { ...base, seriesSlugs: { IPネットワーク設備委員会: 'ip-network-committee' } }).meeting?.seriesSlug).toBe('ip-network-committee');
	});
});

describe('convertSeeds reads seeds/series.yml', () => {
	let root: string;
	const minutes = ['IPネットワーク設備委員会（第５０回）議事録', '１．日時　平成30年４月１７日（火）', '２．議事録', '【相田主査】　開会いたします。'].join('\n');

	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'series-slugs-'));
		await mkdir(join(root, 'seeds'));
		await writeFile(join(root, 'seeds', '050.txt'), minutes);
	});
	afterEach(async () => {
		await rm(root, { recursive: true, force: true });
	});

	const run = () => convertSeeds({ seedsDir: join(root, 'seeds'), outDir: join(root, 'out'), parse: parseDocuments });

	test('without the file the series keeps its hash slug; with it the entry id is readable; a change of the file re-converts', async () => {
		await run();
		expect(await readdir(join(root, 'out'))).toContain(`${seriesSlug('IPネットワーク設備委員会')}-050.mdx`);
		await writeFile(join(root, 'seeds', 'series.yml'), 'IPネットワーク設備委員会: ip-network-committee\n');
		const report = await run();
		expect(report.errors).toBe(0);
		expect(report.seeds.flatMap((s) => s.entryIds)).toEqual(['ip-network-committee-050']);
		expect((await readdir(join(root, 'out'))).filter((f) => f.endsWith('.mdx'))).toEqual(['ip-network-committee-050.mdx']);
	});

	test('a series.yml that is a folder is one error line; the seeds still convert', async () => {
		await mkdir(join(root, 'seeds', 'series.yml'));
		const report = await run();
		expect(report.errors).toBe(1);
		expect(report.lines[0]).toMatch(/seeds\/series\.yml: a folder, not a file: put the side file itself into seeds\/ under this name/u);
		expect(report.lines[0]).not.toContain('\n');
		expect(report.seeds.map((s) => [s.name, s.status])).toEqual([
			['050.txt', 'written'],
			['series.yml', 'failed'],
		]);
	});

	test('a bad line is an error naming the file and line; the seeds still convert', async () => {
		await writeFile(join(root, 'seeds', 'series.yml'), '# slugs\nIPネットワーク設備委員会: IP_Network\n');
		const report = await run();
		expect(report.errors).toBe(1);
		expect(report.lines[0]).toMatch(/seeds\/series\.yml:2: the slug of "IPネットワーク設備委員会" must be ASCII/u);
		expect(report.seeds.flatMap((s) => s.entryIds)).toEqual([`${seriesSlug('IPネットワーク設備委員会')}-050`]);
	});
});
