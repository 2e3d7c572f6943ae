import { mkdtemp, readdir, readFile, rm, stat, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { finishRecord } from '../../src/parser/record.ts';
import { convertSeeds, formatDiagnostic, sha256, toolSources, watchErrorLine, watchSeeds, type ConvertReport, type ParseFn } from '../../src/converter/convert.ts';
import type { ParseResult } from '../../src/parser/types.ts';

/**
 * A stand-in parser for the converter's own logic: the first line is
 * `series-slug|session|YYYY-MM-DD`, every further line a paragraph. `!warn` lines
 * give a warning, a first line without a date gives an error.
 */
function makeParser(): { parse: ParseFn; calls: string[] } {
	const calls: string[] = [];
	const parse: ParseFn = (text, { source, sourceHash }) => {
		calls.push(source);
		const [head = '', ...rest] = text.split('\n');
		const [slug = '', session = '', date = ''] = head.split('|');
		const diagnostics: ParseResult['diagnostics'] = rest
			.map((line, i) => ({ line, i }))
			.filter(({ line }) => line === '!warn')
			.map(({ i }) => ({ severity: 'warning', code: 'odd-line', line: i + 2, message: 'odd line kept as a paragraph' }));
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
			return [{ family: null, meeting: null, body: [], diagnostics: [{ severity: 'error', code: 'no-date', line: 1, message: 'no date found; write 日時) 令和5年2月1日' }] }];
		}
		return [{
			family: 'council',
			meeting: {
				title: `${slug} 第${session}回`,
				series: slug,
				seriesSlug: slug,
				session: session === '' ? null : Number(session),
				kind: 'minutes',
				source,
				sourceHash,
				date,
				start: null,
				end: null,
				location: null,
				participants: [],
				handouts: [],
				agenda: [],
				sections: [{ id: 's1', title: '', line: 2 }],
				remarks: [],
			},
			body: [{ id: 's1', title: '', line: 2, children: rest.filter((l) => l !== '').map((text, i) => ({ type: 'paragraph', text, line: i + 2 })) }],
			diagnostics,
		}];
	};
	return { parse, calls };
}

let root: string;
let seeds: string;
let out: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'convert-'));
	seeds = join(root, 'seeds');
	out = join(root, 'out');
	await import('node:fs/promises').then((fs) => fs.mkdir(seeds));
	await writeFile(join(seeds, 'a.txt'), 'task-force|42|2023-02-01\n本文 {1+1}\n!warn\n');
	await writeFile(join(seeds, 'b.md'), 'subcommittee||2024-06-14\n# 見出しではない\n');
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const mdxFiles = async () => (await readdir(out)).filter((f) => f.endsWith('.mdx')).sort();

describe('convertSeeds', () => {
	test('writes one MDX per seed named by entry id, reports warnings with file:line', async () => {
		const { parse } = makeParser();
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse });
		expect(await mdxFiles()).toEqual(['subcommittee-2024-06-14.mdx', 'task-force-042.mdx']);
		expect(report.errors).toBe(0);
		expect(report.lines).toEqual([`${seeds}/a.txt:3: warning: odd line kept as a paragraph`, 'converted 2 files (0 unchanged), 0 errors, 1 warning']);
		const a = await readFile(join(out, 'task-force-042.mdx'), 'utf8');
		expect(a).toContain(`sourceHash: "${sha256(await readFile(join(seeds, 'a.txt')))}"`);
		expect(a).toContain('source: "a.txt"');
	});

	test('second run: same bytes, mtimes kept, nothing parsed, same diagnostics', async () => {
		const first = makeParser();
		const report1 = await convertSeeds({ seedsDir: seeds, outDir: out, parse: first.parse });
		expect(first.calls).toEqual(['a.txt', 'b.md']);
		const before = await Promise.all((await mdxFiles()).map(async (f) => [await readFile(join(out, f), 'utf8'), (await stat(join(out, f))).mtimeMs]));
		const second = makeParser();
		const report2 = await convertSeeds({ seedsDir: seeds, outDir: out, parse: second.parse });
		expect(second.calls).toEqual([]);
		expect(report2.seeds.map((s) => s.status)).toEqual(['cached', 'cached']);
		expect(report2.lines).toEqual([...report1.lines.slice(0, -1), 'converted 2 files (2 unchanged), 0 errors, 1 warning']);
		const after = await Promise.all((await mdxFiles()).map(async (f) => [await readFile(join(out, f), 'utf8'), (await stat(join(out, f))).mtimeMs]));
		expect(after).toEqual(before);
	});

	test('without the cache, unchanged output is compared and not rewritten', async () => {
		const { parse } = makeParser();
		await convertSeeds({ seedsDir: seeds, outDir: out, parse });
		const file = join(out, 'task-force-042.mdx');
		await utimes(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
		const again = makeParser();
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: again.parse, cache: false });
		expect(again.calls).toEqual(['a.txt', 'b.md']);
		expect(report.seeds.map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
		expect((await stat(file)).mtime.getFullYear()).toBe(2000);
	});

	test('an edited seed is parsed again, the others stay cached', async () => {
		await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		await writeFile(join(seeds, 'a.txt'), 'task-force|42|2023-02-01\n新しい本文\n');
		const { parse, calls } = makeParser();
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse });
		expect(calls).toEqual(['a.txt']);
		expect(report.seeds.map((s) => s.status)).toEqual(['written', 'cached']);
		expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toContain('新しい本文');
	});

	test('an output edited by hand is rewritten', async () => {
		await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		const file = join(out, 'task-force-042.mdx');
		const good = await readFile(file, 'utf8');
		await writeFile(file, 'broken');
		const { parse, calls } = makeParser();
		await convertSeeds({ seedsDir: seeds, outDir: out, parse });
		expect(calls).toEqual(['a.txt']);
		expect(await readFile(file, 'utf8')).toBe(good);
	});

	describe('stamps: seeds and outputs unchanged since they were last found intact are not read', () => {
		const hourAgo = new Date(Date.now() - 3_600_000);
		/** Set every seed's and output's modification time back an hour, as files of an older build have it. */
		const age = async () => {
			for (const file of await readdir(seeds)) await utimes(join(seeds, file), hourAgo, hourAgo);
			for (const file of await mdxFiles()) await utimes(join(out, file), hourAgo, hourAgo);
		};
		/** A first run, then a run over the files aged an hour, which stamps every seed and output. */
		const stampAll = async () => {
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
			await age();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		};
		const manifest = async () => JSON.parse(await readFile(join(out, '.convert-cache.json'), 'utf8')) as { seeds: Record<string, { stamps?: { seed: string | null; outputs: (string | null)[] } }> };

		test('files modified in the last seconds get no stamp; older ones do', async () => {
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
			expect((await manifest()).seeds['a.txt']!.stamps).toEqual({ seed: null, outputs: [null] });
			await age();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
			const stamps = (await manifest()).seeds['a.txt']!.stamps!;
			expect(stamps.seed).toMatch(/^\d+:\d+:\d+$/);
			expect(stamps.outputs).toEqual([expect.stringMatching(/^\d+:\d+:\d+$/)]);
		});

		test('a stamped seed is not read: bytes changed in place with its size and time kept go unnoticed, as in make', async () => {
			await stampAll();
			const seed = join(seeds, 'a.txt');
			const original = await readFile(seed, 'utf8');
			await writeFile(seed, original.replace('本文', '別文'));
			await utimes(seed, hourAgo, hourAgo);
			const { parse, calls } = makeParser();
			const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse });
			expect(calls).toEqual([]);
			expect(report.seeds.map((s) => s.status)).toEqual(['cached', 'cached']);
			expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toContain('本文');
			// A seed trusted by its stamps keeps them: the next run does not read it either.
			const again = makeParser();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: again.parse });
			expect(again.calls).toEqual([]);
		});

		test('a stamped seed whose time or size changed is read again', async () => {
			await stampAll();
			const seed = join(seeds, 'a.txt');
			await writeFile(seed, (await readFile(seed, 'utf8')).replace('本文', '別文'));
			const twoHoursAgo = new Date(Date.now() - 7_200_000);
			await utimes(seed, twoHoursAgo, twoHoursAgo);
			const first = makeParser();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: first.parse });
			expect(first.calls).toEqual(['a.txt']);
			expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toContain('別文');
			await age();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
			await writeFile(seed, 'task-force|42|2023-02-01\n長さの違う本文です\n');
			await utimes(seed, hourAgo, hourAgo);
			const second = makeParser();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse: second.parse });
			expect(second.calls).toEqual(['a.txt']);
			expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toContain('長さの違う本文です');
		});

		test('a stamped output edited by hand is checked again and rewritten', async () => {
			await stampAll();
			const file = join(out, 'task-force-042.mdx');
			const good = await readFile(file, 'utf8');
			await writeFile(file, 'broken');
			await utimes(file, hourAgo, hourAgo);
			const { parse, calls } = makeParser();
			await convertSeeds({ seedsDir: seeds, outDir: out, parse });
			expect(calls).toEqual(['a.txt']);
			expect(await readFile(file, 'utf8')).toBe(good);
		});
	});

	test('a removed seed removes its MDX; other files in the out dir are kept', async () => {
		await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		await writeFile(join(out, 'notes.txt'), 'keep me');
		await rm(join(seeds, 'b.md'));
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		expect(report.removed).toEqual(['subcommittee-2024-06-14.mdx']);
		expect(await mdxFiles()).toEqual(['task-force-042.mdx']);
		expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
	});

	test('two seeds with the same entry id: an error naming both, the first one written', async () => {
		await writeFile(join(seeds, 'c.txt'), 'task-force|42|2023-02-02\n重複\n');
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		expect(report.errors).toBe(1);
		const line = report.lines.find((l) => l.includes('task-force-042.mdx'));
		expect(line).toMatch(new RegExp(`^${seeds}/c\\.txt: .*${seeds}/c\\.txt.*${seeds}/a\\.txt`));
		expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toContain('source: "a.txt"');
		// Still an error on the next, cached run.
		const again = await convertSeeds({ seedsDir: seeds, outDir: out, parse: makeParser().parse });
		expect(again.errors).toBe(1);
	});

	test('broken seeds are reported once each; good files are still written', async () => {
		await writeFile(join(seeds, 'empty.txt'), '');
		await writeFile(join(seeds, 'binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]));
		await writeFile(join(seeds, 'nodate.txt'), 'task-force|43|\n');
		const report = await convertSeeds({ seedsDir: `${seeds}/`, outDir: out, parse: makeParser().parse });
		const errors = report.lines.filter((l) => !l.includes('warning:')).slice(0, -1);
		expect(errors).toEqual([
			`${seeds}/binary.txt: not a text file: this is a PNG image; images cannot be read; put the text of the minutes into seeds/ instead`,
			`${seeds}/empty.txt:1: no date found; write 日時) 令和5年2月1日`,
			`${seeds}/nodate.txt:1: no date found; write 日時) 令和5年2月1日`,
		]);
		expect(report.errors).toBe(3);
		expect(report.lines.at(-1)).toBe('converted 2 files (0 unchanged), 3 errors, 1 warning');
		expect(await mdxFiles()).toEqual(['subcommittee-2024-06-14.mdx', 'task-force-042.mdx']);
	});

	test('a parser that throws costs one file, not the run', async () => {
		const { parse } = makeParser();
		const throwing: ParseFn = (text, options) => {
			if (options.source === 'a.txt') throw new RangeError('Maximum call stack size exceeded');
			return parse(text, options);
		};
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: throwing });
		expect(report.lines.slice(0, -1)).toEqual([
			`${seeds}/a.txt: the parser failed on this file (RangeError: Maximum call stack size exceeded); this is a bug: report it with the file, and meanwhile move the file out of seeds/`,
		]);
		expect(await mdxFiles()).toEqual(['subcommittee-2024-06-14.mdx']);
	});

	test('a record the schema rejects is an error, not a file', async () => {
		const { parse } = makeParser();
		// Every reader ends with finishRecord, the one validation of a record; the converter does not validate again.
		const bad: ParseFn = (text, options) =>
			parse(text, options).map((result) => (result.meeting ? finishRecord('council', { ...result.meeting, date: '2023-2-1' }, result.body, [...result.diagnostics]) : result));
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: bad });
		expect(report.errors).toBe(2);
		expect(report.lines).toContainEqual(expect.stringMatching(/\/a\.txt: date: expected YYYY-MM-DD$/));
		expect(await mdxFiles()).toEqual([]);
	});
});

describe('watchSeeds', () => {
	test('re-converts added, changed and removed seeds, once per burst of changes', async () => {
		const { parse, calls } = makeParser();
		await convertSeeds({ seedsDir: seeds, outDir: out, parse });
		calls.length = 0;
		const reports: ConvertReport[] = [];
		const stop = watchSeeds({ seedsDir: seeds, outDir: out, parse }, (report) => reports.push(report), undefined, 50);
		/** Wait until a report satisfies `check` (the watcher may split a burst into several runs). */
		const until = async (check: () => Promise<boolean>) => {
			for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
			expect(await check()).toBe(true);
		};
		try {
			await writeFile(join(seeds, 'c.txt'), 'task-force|43|2023-03-01\n追加\n');
			await writeFile(join(seeds, 'a.txt'), 'task-force|42|2023-02-01\n変更\n');
			await until(async () => (await mdxFiles()).length === 3 && (await readFile(join(out, 'task-force-042.mdx'), 'utf8')).includes('変更'));
			expect([...new Set(calls)].sort()).toEqual(['a.txt', 'c.txt']);
			expect(reports.length).toBeGreaterThan(0);
			await rm(join(seeds, 'b.md'));
			await until(async () => reports.some((r) => r.removed.includes('subcommittee-2024-06-14.mdx')));
			expect(await mdxFiles()).toEqual(['task-force-042.mdx', 'task-force-043.mdx']);
		} finally {
			stop();
		}
	});
});

describe('watchSeeds when things go wrong', () => {
	/** Wait until `check` holds (bounded). */
	const until = async (check: () => boolean | Promise<boolean>) => {
		for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
		expect(await check()).toBe(true);
	};

	test('a seed edited into a failing state keeps its last good page until it converts again', async () => {
		const { parse } = makeParser();
		const initial = await convertSeeds({ seedsDir: seeds, outDir: out, parse });
		const good = await readFile(join(out, 'task-force-042.mdx'), 'utf8');
		const reports: ConvertReport[] = [];
		const stop = watchSeeds({ seedsDir: seeds, outDir: out, parse }, (report) => reports.push(report), undefined, 50, initial);
		try {
			await writeFile(join(seeds, 'a.txt'), 'task-force|42|\n日付を消した\n');
			await until(() => reports.some((r) => r.errors === 1));
			const failed = reports.find((r) => r.errors === 1)!;
			expect(failed.lines).toContain(`${seeds}/a.txt: the page keeps its last good version (task-force-042) until the errors above are fixed`);
			expect(failed.removed).toEqual([]);
			expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toBe(good);
			// Another change elsewhere: the failing seed still keeps its page.
			reports.length = 0;
			await writeFile(join(seeds, 'c.txt'), 'task-force|43|2023-03-01\n追加\n');
			await until(async () => reports.length > 0 && (await mdxFiles()).includes('task-force-043.mdx'));
			expect(await readFile(join(out, 'task-force-042.mdx'), 'utf8')).toBe(good);
			// Fixed: the new version replaces it.
			await writeFile(join(seeds, 'a.txt'), 'task-force|42|2023-02-01\n直した\n');
			await until(async () => (await readFile(join(out, 'task-force-042.mdx'), 'utf8')).includes('直した'));
			// Deleted: its page goes.
			await rm(join(seeds, 'a.txt'));
			await until(async () => !(await mdxFiles()).includes('task-force-042.mdx'));
		} finally {
			stop();
		}
	});

	test('a removed seeds folder is one line, printed once, not a stack on every change', async () => {
		const { parse } = makeParser();
		const errors: string[] = [];
		const stop = watchSeeds({ seedsDir: seeds, outDir: out, parse }, () => {}, (error) => errors.push(watchErrorLine(seeds, error)), 50);
		try {
			await rm(seeds, { recursive: true, force: true });
			await until(() => errors.length > 0);
			await new Promise((r) => setTimeout(r, 300));
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatch(new RegExp(`^[^\\n]*${seeds}[^\\n]*ENOENT[^\\n]*$`, 'u'));
			expect(errors[0]).not.toContain('    at ');
		} finally {
			stop();
		}
	});
});

describe('formatDiagnostic', () => {
	test.each([
		[{ severity: 'error', code: 'x', line: 12, message: 'm' }, 'seeds/x.txt:12: m'],
		[{ severity: 'error', code: 'x', line: null, message: 'm' }, 'seeds/x.txt: m'],
		[{ severity: 'warning', code: 'x', line: 3, message: 'm' }, 'seeds/x.txt:3: warning: m'],
	] as const)('%j', (diagnostic, line) => {
		expect(formatDiagnostic('seeds/x.txt', diagnostic)).toBe(line);
	});
});

describe('the cache key covers every source that shapes an output', () => {
	test('the parser with its readers, the converter and the schemas', async () => {
		const sources = await toolSources();
		for (const file of ['../parser/index.ts', '../parser/readers/council.ts', '../parser/readers/ndl-json.ts', './mdx.ts', '../schemas/meeting.ts']) expect(sources).toContain(file);
	});
});
