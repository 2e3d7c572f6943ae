import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertSeeds, sha256, type ParseFn } from '../../src/converter/convert.ts';
import { decodeSeed } from '../../src/converter/decode.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { expectFaithfulMdx, splitMdx } from './mdx-check.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEEDS = join(ROOT, 'seeds');
const HOSTILE = join(ROOT, 'tests/fixtures/hostile/hostile.txt');
const realSeeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();

/** A plain progress line, printed every few seconds in a log (`convert: 2/9 files (22%), 6 s elapsed, …`): on a busy machine a run prints some. */
const PROGRESS_LINE = /^convert: \d+\/\d+ files \(\d+%\), .* elapsed.*$\n?/gmu;

/** Run `scripts/convert.ts` under the test's Node (24) and capture everything; `stderr` without the progress lines, which depend on the machine's speed. */
function convert(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/convert.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr.replace(PROGRESS_LINE, '') };
}

/** All `.mdx` files of a folder with their bytes, by name. */
async function snapshot(dir: string): Promise<Record<string, string>> {
	const names = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
	return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)));
}

/** Parse a seed file the way the converter does. */
async function parseFile(path: string, name: string) {
	const bytes = new Uint8Array(await readFile(path));
	const decoded = decodeSeed(bytes);
	if (!decoded.ok) throw new Error(decoded.message);
	return parseMinutes(decoded.text, { source: name, sourceHash: sha256(bytes) });
}

let root: string;
let seeds: string;
let out: string;
const BROKEN = ['empty.txt', 'binary.txt', 'nodate.txt'];

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'convert-cli-'));
	seeds = join(root, 'seeds');
	out = join(root, 'content');
	await mkdir(seeds);
	for (const name of realSeeds) await copyFile(join(SEEDS, name), join(seeds, name));
	await copyFile(HOSTILE, join(seeds, 'hostile.txt'));
	await writeFile(join(seeds, 'empty.txt'), '');
	await writeFile(join(seeds, 'binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
	const first = await readFile(join(SEEDS, realSeeds[0]!), 'utf8');
	await writeFile(join(seeds, 'nodate.txt'), first.split('\n').filter((line) => !line.includes('日時')).join('\n').replace('第42回', '第77回'));
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('npm run convert on real, hostile and broken seeds', () => {
	let run: ReturnType<typeof convert>;
	beforeAll(() => {
		run = convert('--seeds', seeds, '--out', out);
	});

	test('exits 1 and names each broken file once, with a line where there is one', () => {
		expect(run.status).toBe(1);
		const errors = run.stderr.split('\n').filter((l) => l !== '' && !/: warning: /.test(l));
		for (const name of BROKEN) {
			const lines = errors.filter((l) => l.startsWith(`${seeds}/${name}:`));
			expect(lines, name).toHaveLength(1);
		}
		expect(errors.find((l) => l.startsWith(`${seeds}/binary.txt:`))).toMatch(/^[^:]+: not a text file/);
		// `file:LINE: message`, or `file: message` when the problem has no line (a missing date).
		for (const line of errors) expect(line).toMatch(new RegExp(`^${seeds}/(${BROKEN.join('|').replace(/\./g, '\\.')})(:\\d+)?: \\S`));
		expect(errors.find((l) => l.startsWith(`${seeds}/nodate.txt:`))).toMatch(/date/);
		expect(errors).toHaveLength(BROKEN.length);
		expect(run.stdout).toMatch(new RegExp(`^converted ${realSeeds.length + 1} files \\(0 unchanged\\), 3 errors, \\d+ warnings?\\n`));
	});

	test('writes every good seed as <entryId>.mdx, faithful to the parse result', async () => {
		const files = await snapshot(out);
		const expected: string[] = [];
		for (const name of [...realSeeds, 'hostile.txt']) {
			const result = await parseFile(join(seeds, name), name);
			expect(result.meeting, name).not.toBeNull();
			const id = entryId(result.meeting!);
			expected.push(`${id}.mdx`);
			expectFaithfulMdx(files[`${id}.mdx`]!, result, id);
		}
		expect(Object.keys(files)).toEqual(expected.sort());
		expect(Object.keys(files)).toContain('cybersecurity-task-force-042.mdx');
	});

	test('the hostile seed’s remarks reach the MDX as text', async () => {
		const result = await parseFile(join(seeds, 'hostile.txt'), 'hostile.txt');
		const text = result.meeting!.remarks.map((r) => r.text).join('\n');
		for (const literal of ['<script>alert("x")</script>', '{1+1}', '${process.env.SECRET}', 'import fs from "node:fs"', 'export const leaked = 1', '# 見出しに見える行', '> 引用に見える行', '&amp;', 'C:\\Users\\test\\', '<!-- c -->', '```js', '<https://example.com/a_b?c=1&d=(2)>']) {
			expect(text).toContain(literal);
		}
	});

	test('a second run is byte-identical, keeps mtimes and says so', async () => {
		const before = await snapshot(out);
		const mtimes = await Promise.all(Object.keys(before).map(async (f) => (await stat(join(out, f))).mtimeMs));
		const again = convert('--seeds', seeds, '--out', out);
		expect(again.status).toBe(1);
		expect(again.stderr).toBe(run.stderr);
		expect(again.stdout).toBe(run.stdout.replace('(0 unchanged)', `(${realSeeds.length + 1} unchanged)`));
		expect(await snapshot(out)).toEqual(before);
		expect(await Promise.all(Object.keys(before).map(async (f) => (await stat(join(out, f))).mtimeMs))).toEqual(mtimes);
		const fresh = join(root, 'fresh');
		convert('--seeds', seeds, '--out', fresh, '--no-cache');
		expect(await snapshot(fresh)).toEqual(before);
	});
});

describe('seed set changes', () => {
	test('two seeds with the same series and session: an error naming both', async () => {
		const dir = join(root, 'dup');
		await mkdir(dir);
		await copyFile(join(SEEDS, realSeeds[0]!), join(dir, 'a.txt'));
		await writeFile(join(dir, 'b.txt'), `${await readFile(join(SEEDS, realSeeds[0]!), 'utf8')}\n追記\n`);
		const run = convert('--seeds', dir, '--out', join(root, 'dup-out'));
		expect(run.status).toBe(1);
		const errors = run.stderr.split('\n').filter((l) => l.includes('cybersecurity-task-force-042'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(`${dir}/a.txt`);
		expect(errors[0]).toContain(`${dir}/b.txt`);
		expect(Object.keys(await snapshot(join(root, 'dup-out')))).toEqual(['cybersecurity-task-force-042.mdx']);
	});

	test('a removed seed removes its .mdx, nothing else', async () => {
		const dir = join(root, 'rm');
		const dest = join(root, 'rm-out');
		await mkdir(dir);
		for (const name of realSeeds) await copyFile(join(SEEDS, name), join(dir, name));
		expect(convert('--seeds', dir, '--out', dest).status).toBe(0);
		const before = await snapshot(dest);
		expect(Object.keys(before)).toHaveLength(realSeeds.length);
		const gone = (await parseFile(join(dir, realSeeds[0]!), realSeeds[0]!)).meeting!;
		await rm(join(dir, realSeeds[0]!));
		expect(convert('--seeds', dir, '--out', dest).status).toBe(0);
		const after = await snapshot(dest);
		const { [`${entryId(gone)}.mdx`]: removed, ...kept } = before;
		expect(removed).toBeDefined();
		expect(after).toEqual(kept);
	});

	test('the cache skips unchanged seeds and re-parses an edited one', async () => {
		const dir = join(root, 'cache');
		const dest = join(root, 'cache-out');
		await mkdir(dir);
		for (const name of realSeeds) await copyFile(join(SEEDS, name), join(dir, name));
		const calls: string[] = [];
		const parse: ParseFn = (text, options) => {
			calls.push(options.source);
			return parseDocuments(text, options);
		};
		await convertSeeds({ seedsDir: dir, outDir: dest, parse });
		expect(calls).toEqual(realSeeds);
		calls.length = 0;
		const second = await convertSeeds({ seedsDir: dir, outDir: dest, parse });
		expect(calls).toEqual([]);
		expect(second.seeds.every((s) => s.status === 'cached')).toBe(true);
		await writeFile(join(dir, realSeeds[1]!), `${await readFile(join(dir, realSeeds[1]!), 'utf8')}\n`);
		await convertSeeds({ seedsDir: dir, outDir: dest, parse });
		expect(calls).toEqual([realSeeds[1]]);
		const mdx = Object.values(await snapshot(dest)).find((m) => splitMdx(m).yaml.includes(`source: "${realSeeds[1]}"`));
		expect(mdx).toContain(`sourceHash: "${sha256(await readFile(join(dir, realSeeds[1]!)))}"`);
	});
});

describe('every encoding of a real seed parses the same', () => {
	test.each(realSeeds)('%s', async (name) => {
		const iconv = (await import('iconv-lite')).default;
		const text = await readFile(join(SEEDS, name), 'utf8');
		const variants = [
			Buffer.from(`\ufeff${text}`, 'utf8'),
			Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
			Buffer.from(text.replace(/\n/g, '\r'), 'utf8'),
			iconv.encode(text, 'cp932'),
			iconv.encode(text, 'euc-jp'),
			iconv.encode(text, 'utf-16le', { addBOM: true }),
			iconv.encode(text, 'utf-16be', { addBOM: true }),
		];
		const expected = parseMinutes(text, { source: name, sourceHash: 'f'.repeat(64) });
		expect(expected.meeting).not.toBeNull();
		for (const bytes of variants) {
			const decoded = decodeSeed(bytes);
			expect(decoded.ok).toBe(true);
			if (decoded.ok) expect(parseMinutes(decoded.text, { source: name, sourceHash: 'f'.repeat(64) })).toEqual(expected);
		}
	});
});
