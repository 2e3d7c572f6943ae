/** Maintainers' series slugs: `seeds/series.yml` read and checked, passed to the parser, used in entry ids. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { readSeriesSlugs } from '../../src/converter/series-slugs.ts';
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
		expect(readSeriesSlugs(text)).toEqual({ slugs, diagnostics: [] });
	});

	test.each([
		{ name: 'upper case and underscore', text: 'テスト研究会: Test_Group\n', line: 1, hint: '[a-z0-9-]+', slugs: {} },
		{ name: 'non-ASCII slug', text: 'テスト研究会: てすと\n', line: 1, hint: '[a-z0-9-]+', slugs: {} },
		{ name: 'missing slug', text: 'テスト研究会:\n', line: 1, hint: 'got null', slugs: {} },
		{ name: 'number as the slug', text: 'テスト研究会: 42\n', line: 1, hint: 'got 42', slugs: {} },
		{ name: 'slug used twice', text: 'テスト研究会: test\n別の研究会: test\n', line: 2, hint: 'line 1', slugs: { テスト研究会: 'test' } },
		{ name: 'series listed twice (spaces and width ignored)', text: 'テスト研究会: test\nテスト 研究会: test-2\n', line: 2, hint: 'listed twice', slugs: { テスト研究会: 'test' } },
		{ name: 'not a mapping', text: '- テスト研究会\n', line: 1, hint: 'series name: slug', slugs: {} },
		{ name: 'broken YAML', text: 'テスト研究会: test\n別の研究会: [broken\n', line: 3, hint: 'not valid YAML', slugs: {} },
	])('$name: error on line $line', ({ text, line, hint, slugs }) => {
		const read = readSeriesSlugs(text);
		expect(read.slugs).toEqual(slugs);
		expect(read.diagnostics).toEqual([{ severity: 'error', code: 'bad-series-file', line, message: expect.stringContaining(hint) }]);
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

	test('a bad line is an error naming the file and line; the seeds still convert', async () => {
		await writeFile(join(root, 'seeds', 'series.yml'), '# slugs\nIPネットワーク設備委員会: IP_Network\n');
		const report = await run();
		expect(report.errors).toBe(1);
		expect(report.lines[0]).toMatch(/seeds\/series\.yml:2: the slug of "IPネットワーク設備委員会" must be ASCII/u);
		expect(report.seeds.flatMap((s) => s.entryIds)).toEqual([`${seriesSlug('IPネットワーク設備委員会')}-050`]);
	});
});
