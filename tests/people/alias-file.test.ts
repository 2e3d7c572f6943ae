/** `seeds/people.yml`: every problem is an error with its line and the fix; one bad entry leaves the others in use. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readAliasFile } from '../../src/people/alias-file.ts';
import { diagnosticPath, formatDiagnostic } from '../../src/schemas/diagnostic.ts';
import { parseAliasFile } from '../../src/people/aliases.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { seedAliases, seedRecords } from './seed-records.ts';

/** Lines of a YAML file joined, so the line numbers in the tables read off the array. */
const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('parseAliasFile reports problems with their lines', () => {
	test.each([
		{
			name: 'a name that is not text',
			text: yaml('persons:', '  - name: 1', '    labels: [小山構成員]'),
			line: 2,
			code: 'alias-file',
			hint: 'name is missing or not text',
		},
		{
			name: 'a missing labels list',
			text: yaml('persons:', '  - name: 小山', '    affiliation: X'),
			line: 2,
			code: 'alias-file',
			hint: 'labels is missing or not a list',
		},
		{
			name: 'an empty labels list',
			text: yaml('persons:', '  - name: 小山', '    labels: []'),
			line: 3,
			code: 'alias-file',
			hint: 'labels is empty',
		},
		{
			name: 'a misspelt key',
			text: yaml('persons:', '  - name: 小山', '    labels: [小山構成員]', '    affiliaton: NICT'),
			line: 4,
			code: 'alias-file',
			hint: 'unknown key "affiliaton"',
		},
		{
			name: 'a label object without label',
			text: yaml('persons:', '  - name: 小山', '    labels:', '      - 小山構成員', '      - series: cybersecurity-task-force'),
			line: 5,
			code: 'alias-file',
			hint: 'labels.1 must be a label as written',
		},
		{ name: 'an unknown kind', text: yaml('persons:', '  - name: 小山', '    kind: boss', '    labels: [小山構成員]'), line: 3, code: 'alias-file', hint: 'kind must be one of member' },
		{ name: 'persons not a list', text: yaml('persons:', '  name: 小山'), line: 2, code: 'alias-file', hint: '"persons:" must be a list' },
		{ name: 'an unknown top-level key', text: yaml('people:', '  - name: 小山'), line: 1, code: 'alias-file', hint: 'unknown key "people"' },
		{ name: 'not a mapping', text: yaml('- name: 小山'), line: 1, code: 'alias-file', hint: 'expected "persons:"' },
		{ name: 'broken YAML', text: yaml('persons:', '  - name: [小山'), line: 3, code: 'alias-file', hint: 'not valid YAML' },
		{
			name: 'one label in two persons',
			text: yaml('persons:', '  - name: 小山', '    labels: [小山構成員]', '  - name: 小山2', '    labels:', '      - 小山構成員'),
			line: 6,
			code: 'duplicate-label',
			hint: 'label "小山構成員" is also given to "小山" on line 3',
		},
		{
			name: 'one name in two entries',
			text: yaml('persons:', '  - name: 小山', '    labels: [小山構成員]', '  - name: 小 山', '    labels: [小山氏]'),
			line: 4,
			code: 'duplicate-person',
			hint: 'also the entry on line 2',
		},
	])('$name: $code on line $line', ({ text, line, code, hint }) => {
		const { diagnostics } = parseAliasFile(text);
		expect(diagnostics).toEqual([{ severity: 'error', file: 'people.yml', line, code, message: expect.stringContaining(hint) }]);
	});

	test('a bad entry is left out, the other entries are used', () => {
		const { aliases, diagnostics } = parseAliasFile(
			yaml('persons:', '  - name: 小山', '    labels: [小山構成員]', '  - name: 2', '    labels: [x]', '  - name: 後藤', '    labels:', '      - label: 後藤座長', '        series: cybersecurity-task-force'),
		);
		expect(diagnostics.map((d) => d.line)).toEqual([4]);
		expect(aliases.map((alias) => [alias.name, alias.line, alias.labels.map((label) => [label.label, label.series, label.line])])).toEqual([
			['小山', 2, [['小山構成員', null, 3]]],
			['後藤', 6, [['後藤座長', 'cybersecurity-task-force', 8]]],
		]);
	});

	test('the same label limited to two different series is two persons, not a duplicate', () => {
		const { aliases, diagnostics } = parseAliasFile(
			yaml('persons:', '  - name: A', '    labels: [{ label: 佐藤構成員, series: a }]', '  - name: B', '    labels: [{ label: 佐藤構成員, series: b }]'),
		);
		expect(diagnostics).toEqual([]);
		expect(aliases).toHaveLength(2);
	});

	test('the project\'s seeds/people.yml has no problems', () => {
		expect(seedAliases().length).toBeGreaterThan(0);
	});
});

describe('resolvePeople reports an alias entry that merges listed participants of one meeting', () => {
	const records = seedRecords();

	test('two members of 第42回 in one entry is an error on the entry\'s line', () => {
		const { aliases } = parseAliasFile(yaml('# too wide', 'persons:', '  - name: 誰か', '    labels: [小山構成員, 岡村構成員]'));
		const index = resolvePeople(records, aliases);
		const merges = index.diagnostics.filter((d) => d.code === 'alias-merge');
		expect(merges).toEqual([
			{
				severity: 'error',
				file: 'people.yml',
				line: 3,
				code: 'alias-merge',
				message: expect.stringMatching(/^"誰か" would make one person of "(小山|岡村)構成員" and "(小山|岡村)構成員", both listed in cybersecurity-task-force-\d+ .*limit its labels with "series:" or "meeting:", or split the entry$/u),
			},
		]);
	});

	test('an entry for one member across meetings, and the project\'s own file, merge nobody', () => {
		const one = parseAliasFile(yaml('persons:', '  - name: 小山', '    labels: [小山構成員]')).aliases;
		expect(resolvePeople(records, one).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(resolvePeople(records, seedAliases()).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});

describe('readAliasFile', () => {
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'alias-file-'));
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	test.each([
		{ name: 'missing', make: async (_dir: string) => {}, lines: [] },
		{ name: 'a folder', make: (dir: string) => mkdir(join(dir, 'people.yml')), lines: ['SEEDS/people.yml: is a folder, not a file: make it a text file starting with "persons:", or remove it'] },
		{
			name: 'a bad line',
			make: (dir: string) => writeFile(join(dir, 'people.yml'), yaml('persons:', '  - name: 小山', '    labels: 小山構成員')),
			lines: ['SEEDS/people.yml:3: "小山": labels is missing or not a list; this entry is left out until fixed (an entry is "- name: 氏名" with "labels:" listing labels as written (小山構成員) or "{ label, series, meeting }")'],
		},
	])('$name → one line each', async ({ name, make, lines }) => {
		const dir = join(root, name.replaceAll(' ', '-'));
		await mkdir(dir);
		await make(dir);
		const read = readAliasFile(dir);
		expect(read.diagnostics.map((d) => formatDiagnostic(diagnosticPath('SEEDS', d), d))).toEqual(lines);
	});
});

describe('scripts/people-report.ts (the people step of npm run build)', () => {
	const ROOT = new URL('../../', import.meta.url).pathname;
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'people-report-'));
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	/** Run the report on a seeds folder holding only a people.yml (no content: no meetings). */
	const report = async (text: string) => {
		const seeds = await mkdtemp(join(root, 'seeds-'));
		await writeFile(join(seeds, 'people.yml'), text);
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/people-report.ts'), '--seeds', seeds, '--content', join(root, 'none')], { cwd: ROOT, encoding: 'utf8' });
		return { status: run.status, stderr: run.stderr.replaceAll(seeds, 'seeds'), stdout: run.stdout };
	};

	test('an error in people.yml is printed with its line and fails the step', async () => {
		const run = await report(yaml('persons:', '  - name: 小山', '    labels: [小山構成員]', '  - name: 後藤', '    labels: [小山構成員]'));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('seeds/people.yml:5: label "小山構成員" is also given to "小山" on line 3');
		expect(run.stdout).toMatch(/1 error, \d+ warnings?/u);
	});

	test('warnings alone do not fail it', async () => {
		const run = await report(yaml('persons:', '  - name: 小山', '    labels: [小山構成員]'));
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('seeds/people.yml:2: warning: "小山": none of its labels appears in the archive');
	});
});
