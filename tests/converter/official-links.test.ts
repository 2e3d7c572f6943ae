/** Official links: `seeds/sources.yml` read and checked, filled into the records by the converter. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { applyOfficialLinks, readOfficialLinks, type LinkedMeeting } from '../../src/converter/official-links.ts';
import { parseDocuments, seriesSlug } from '../../src/parser/index.ts';

const seeds = ['050.txt', '051.txt'];

describe('readOfficialLinks', () => {
	test.each([
		{ name: 'empty file', text: '', seedLinks: {}, series: {} },
		{ name: 'a page per seed', text: '# seed: page\n050.txt: https://www.example.go.jp/050.html\n', seedLinks: { '050.txt': { url: 'https://www.example.go.jp/050.html' } }, series: {} },
		{
			name: 'page and PDF',
			text: '050.txt: { url: "https://a.example/050.html", pdf: "http://a.example/050.pdf" }\n051.txt:\n  pdf: https://a.example/051.pdf\n',
			seedLinks: { '050.txt': { url: 'https://a.example/050.html', pdf: 'http://a.example/050.pdf' }, '051.txt': { pdf: 'https://a.example/051.pdf' } },
			series: {},
		},
		{
			name: 'series defaults by name and slug',
			text: 'series:\n  IPネットワーク設備委員会: https://a.example/ip/\n  cybersecurity-task-force: { pdf: https://a.example/ctf.pdf }\n',
			seedLinks: {},
			series: { IPネットワーク設備委員会: { url: 'https://a.example/ip/' }, 'cybersecurity-task-force': { pdf: 'https://a.example/ctf.pdf' } },
		},
	])('$name', ({ text, seedLinks, series }) => {
		const read = readOfficialLinks(text, seeds);
		expect(read.diagnostics).toEqual([]);
		expect({ ...read.seeds }).toEqual(seedLinks);
		expect({ ...read.series }).toEqual(series);
	});

	test.each([
		{ name: 'not http(s)', text: '050.txt: javascript:alert(1)\n', line: 1, message: /the link of "050\.txt" "javascript:alert\(1\)" is not an http\(s\) URL/u },
		{ name: 'relative link', text: '\n050.txt: /minutes/050.html\n', line: 2, message: /is not an http\(s\) URL/u },
		{ name: 'unknown seed', text: '050.txt: https://a.example/\n052.txt: https://a.example/\n', line: 2, message: /"052\.txt" is not a seed in this folder/u },
		{ name: 'duplicate seed', text: '050.txt: https://a.example/1\n051.txt: https://a.example/\n050.txt: https://a.example/2\n', line: 3, message: /"050\.txt" is listed twice \(lines 1 and 3\)/u },
		{ name: 'duplicate series (same name, other width)', text: 'series:\n  ICT委員会: https://a.example/1\n  ＩＣＴ委員会: https://a.example/2\n', line: 3, message: /listed twice \(lines 2 and 3\)/u },
		{ name: 'unknown field', text: '050.txt: { page: https://a.example/ }\n', line: 1, message: /unknown field "page"/u },
		{ name: 'empty mapping', text: '050.txt: {}\n', line: 1, message: /neither url nor pdf/u },
		{ name: 'bad pdf', text: '050.txt: { pdf: ftp://a.example/x.pdf }\n', line: 1, message: /the pdf of "050\.txt" "ftp:/u },
		{ name: 'not YAML', text: '050.txt: [\n', line: 2, message: /not valid YAML/u },
		{ name: 'a list', text: '- https://a.example/\n', line: 1, message: /expected one "name: URL" line per entry/u },
	])('$name is an error with its line', ({ text, line, message }) => {
		const read = readOfficialLinks(text, seeds);
		expect(read.diagnostics).toHaveLength(1);
		expect(read.diagnostics[0]).toMatchObject({ severity: 'error', code: 'bad-sources-file', line });
		expect(read.diagnostics[0]?.message).toMatch(message);
	});
});

describe('applyOfficialLinks', () => {
	const links = readOfficialLinks(
		'050.txt: https://a.example/050.html\nseries:\n  IPネットワーク設備委員会: { pdf: https://a.example/ip.pdf }\n  ict-cybersecurity-subcommittee: https://a.example/ict/\n',
		seeds,
	);
	test.each([
		{ name: 'the seed entry', source: '050.txt', meeting: { series: 'IPネットワーク設備委員会' }, expected: { officialUrl: 'https://a.example/050.html' } },
		{ name: 'the series default by name', source: '051.txt', meeting: { series: 'IPネットワーク設備委員会' }, expected: { officialPdfUrl: 'https://a.example/ip.pdf' } },
		{ name: 'the series default by slug', source: '051.txt', meeting: { series: 'ICTサイバーセキュリティ政策分科会' }, expected: { officialUrl: 'https://a.example/ict/' } },
		{ name: 'nothing for another series', source: '051.txt', meeting: { series: 'ほかの会議' }, expected: {} },
		{ name: 'own links kept', source: '050.txt', meeting: { series: 'IPネットワーク設備委員会', officialPdfUrl: 'https://kokkai.example/x.pdf' }, expected: { officialPdfUrl: 'https://kokkai.example/x.pdf' } },
	])('$name', ({ source, meeting, expected }) => {
		const record: LinkedMeeting = { ...meeting };
		applyOfficialLinks(record, source, links);
		const { series: _series, ...filled } = record;
		expect(filled).toEqual(expected);
	});
});

describe('convertSeeds reads seeds/sources.yml', () => {
	let root: string;
	const minutes = ['IPネットワーク設備委員会（第５０回）議事録', '１．日時　平成30年４月１７日（火）', '２．議事録', '【相田主査】　開会いたします。'].join('\n');
	const output = () => readFile(join(root, 'out', `${seriesSlug('IPネットワーク設備委員会')}-050.mdx`), 'utf8');

	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'official-links-'));
		await mkdir(join(root, 'seeds'));
		await writeFile(join(root, 'seeds', '050.txt'), minutes);
	});
	afterEach(async () => {
		await rm(root, { recursive: true, force: true });
	});

	const run = () => convertSeeds({ seedsDir: join(root, 'seeds'), outDir: join(root, 'out'), parse: parseDocuments });

	test('the seed entry reaches the record; a change of the file re-converts the cached seed', async () => {
		await run();
		expect(await output()).not.toContain('officialUrl');
		await writeFile(join(root, 'seeds', 'sources.yml'), '050.txt: https://www.example.go.jp/ip/050.html\n');
		const report = await run();
		expect(report.errors).toBe(0);
		expect(report.seeds[0]?.status).toBe('written');
		expect(await output()).toContain('officialUrl: "https://www.example.go.jp/ip/050.html"');
		await writeFile(join(root, 'seeds', 'sources.yml'), '050.txt: { pdf: https://www.example.go.jp/ip/050.pdf }\n');
		await run();
		expect(await output()).toContain('officialPdfUrl: "https://www.example.go.jp/ip/050.pdf"');
		expect(await output()).not.toContain('officialUrl:');
	});

	test('a bad line is one error naming the file and line; the seed still converts', async () => {
		await writeFile(join(root, 'seeds', 'sources.yml'), '# links\n05O.txt: https://a.example/\n');
		const report = await run();
		expect(report.errors).toBe(1);
		expect(report.lines[0]).toMatch(/seeds\/sources\.yml:2: "05O\.txt" is not a seed in this folder/u);
		expect(report.seeds.find((seed) => seed.name === '050.txt')?.status).toBe('written');
	});

	test('a Shift_JIS seed records its encoding', async () => {
		const { encode } = await import('iconv-lite');
		await writeFile(join(root, 'seeds', '050.txt'), encode(minutes, 'shift_jis'));
		await run();
		expect(await output()).toContain('sourceEncoding: "shift_jis"');
	});
});
