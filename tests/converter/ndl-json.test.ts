/**
 * NDL API JSON seeds through the converter: one MDX per meeting, a cache entry per seed with several
 * outputs, hostile speech text kept as text, and the per-seed summary naming the reader.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds, sha256, type ParseFn } from '../../src/converter/convert.ts';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { HOSTILE_TEXTS } from './hostile-cases.ts';
import { expectFaithfulMdx } from './mdx-check.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'tests/fixtures/layouts/ndl-json/meeting-two.json');

interface Speech {
	speechOrder: number;
	speech: string;
	[key: string]: unknown;
}
interface Response {
	meetingRecord: { issueID: string; issue: string; date: string; speechRecord: Speech[]; [key: string]: unknown }[];
}

let root: string;
let seeds: string;
let out: string;
let fixture: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'convert-ndl-'));
	seeds = join(root, 'seeds');
	out = join(root, 'out');
	await mkdir(seeds);
	fixture = await readFile(FIXTURE, 'utf8');
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const mdxFiles = async () => (await readdir(out)).filter((f) => f.endsWith('.mdx')).sort();
/** A parser that records which seeds it was called for. */
function counting(): { parse: ParseFn; calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		parse: (text, options) => {
			calls.push(options.source);
			return parseDocuments(text, options);
		},
	};
}

describe('a two-meeting NDL JSON seed', () => {
	test('becomes two MDX files named by entry id, each faithful to its parse result', async () => {
		await writeFile(join(seeds, 'kokkai.json'), fixture);
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		const results = parseDocuments(fixture, { source: 'kokkai.json', sourceHash: sha256(fixture) });
		const ids = results.map((result) => entryId(result.meeting!));
		expect(report.errors).toBe(0);
		expect(report.seeds).toEqual([expect.objectContaining({ name: 'kokkai.json', entryIds: ids, status: 'written' })]);
		expect(await mdxFiles()).toEqual(ids.map((id) => `${id}.mdx`).sort());
		for (const [i, result] of results.entries()) expectFaithfulMdx(await readFile(join(out, `${ids[i]}.mdx`), 'utf8'), result, ids[i]!);
		expect(report.lines.at(-1)).toBe('converted 1 file (0 unchanged), 0 errors, 0 warnings');
	});

	test('the summary line names the reader and what it read per meeting', async () => {
		await writeFile(join(seeds, 'kokkai.json'), fixture);
		await writeFile(join(seeds, 'empty.txt'), '');
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		const [a, b] = (await mdxFiles()).map((file) => file.slice(0, -'.mdx'.length));
		expect(report.summaries).toEqual([
			`${seeds}/empty.txt: refused before any reader, no record`,
			`${seeds}/kokkai.json: ndl-json, 2 meetings: 5 remarks, 4 participant groups → ${a}; 4 remarks, 1 participant group → ${b}`,
		]);
		// A cached run says the same.
		const again = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(again.seeds.find((seed) => seed.name === 'kokkai.json')?.status).toBe('cached');
		expect(again.summaries).toEqual(report.summaries);
	});

	test('cached as one seed with two outputs; an edit that drops a meeting removes its file', async () => {
		await writeFile(join(seeds, 'kokkai.json'), fixture);
		const first = counting();
		await convertSeeds({ seedsDir: seeds, outDir: out, parse: first.parse });
		const both = await mdxFiles();
		expect(both).toHaveLength(2);
		const second = counting();
		const cached = await convertSeeds({ seedsDir: seeds, outDir: out, parse: second.parse });
		expect(second.calls).toEqual([]);
		expect(cached.seeds.map((seed) => [seed.status, seed.entryIds.length])).toEqual([['cached', 2]]);
		expect(await mdxFiles()).toEqual(both);

		// One output removed by hand: the seed is parsed again and the file comes back.
		await rm(join(out, both[1]!));
		const third = counting();
		await convertSeeds({ seedsDir: seeds, outDir: out, parse: third.parse });
		expect(third.calls).toEqual(['kokkai.json']);
		expect(await mdxFiles()).toEqual(both);

		const response = JSON.parse(fixture) as Response;
		response.meetingRecord = response.meetingRecord.slice(0, 1);
		await writeFile(join(seeds, 'kokkai.json'), JSON.stringify(response, null, 2));
		const edited = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(edited.removed).toHaveLength(1);
		expect(await mdxFiles()).toHaveLength(1);
	});

	test('two sittings of one committee on one day get distinct ids; the same sitting twice is a duplicate', async () => {
		const response = JSON.parse(fixture) as Response;
		const [first] = response.meetingRecord;
		const afternoon = { ...first!, issueID: '119604889X02120180530', issue: '第21号' };
		await writeFile(join(seeds, 'two-sittings.json'), JSON.stringify({ meetingRecord: [first, afternoon] }));
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(report.errors).toBe(0);
		expect((await mdxFiles()).map((file) => file.replace(/^series-[0-9a-f]{8}-/u, ''))).toEqual(['2018-05-30-20.mdx', '2018-05-30-21.mdx']);

		await writeFile(join(seeds, 'two-sittings.json'), JSON.stringify({ meetingRecord: [first, { ...first, issueID: 'other' }] }));
		const twice = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(twice.errors).toBe(1);
		expect(twice.lines[0]).toMatch(/two-sittings\.json: .*two-sittings\.json and .*two-sittings\.json both produce series-[0-9a-f]{8}-2018-05-30-20\.mdx/u);
		expect(await mdxFiles()).toHaveLength(1);
	});

	test('a broken JSON seed is one error line with its line; other seeds are still written', async () => {
		await writeFile(join(seeds, 'broken.json'), '{\n  "meetingRecord": [\n    { "issueID": "x", }\n  ]\n}\n');
		await writeFile(join(seeds, 'kokkai.json'), fixture);
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(report.errors).toBe(1);
		expect(report.lines.slice(0, -1)).toEqual([expect.stringMatching(new RegExp(`^${seeds}/broken\\.json:3: the JSON is broken at column \\d+: `, 'u'))]);
		expect(await mdxFiles()).toHaveLength(2);
	});
});

describe('hostile speech text in an NDL JSON seed', () => {
	test('<script>, {1+1}, import/export lines and Markdown marks stay text in the MDX', async () => {
		const response = JSON.parse(fixture) as Response;
		for (const meeting of response.meetingRecord) {
			for (const speech of meeting.speechRecord) {
				if (speech.speechOrder > 0) speech.speech = `○山川委員長　${HOSTILE_TEXTS.join('\r\n')}`;
			}
		}
		const text = JSON.stringify(response, null, 2);
		await writeFile(join(seeds, 'hostile.json'), text);
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(report.errors).toBe(0);
		const results = parseDocuments(text, { source: 'hostile.json', sourceHash: sha256(text) });
		expect(results).toHaveLength(2);
		for (const result of results) {
			const id = entryId(result.meeting!);
			expectFaithfulMdx(await readFile(join(out, `${id}.mdx`), 'utf8'), result, id);
			const remarkText = result.meeting!.remarks.map((remark) => remark.text).join('\n');
			for (const literal of ['<script>alert(1)</script>', '{1+1}', 'import fs from "node:fs"', 'export const leak = 1', 'import x from "y"', '# 見出しではない', '> 引用ではない', '&amp;', '<!-- comment -->']) {
				expect(remarkText).toContain(literal);
			}
		}
	});
});

describe('npm run convert -- --verbose', () => {
	test('prints one line per seed naming its reader, before the summary line', async () => {
		await writeFile(join(seeds, 'kokkai.json'), fixture);
		await writeFile(join(seeds, 'minutes.txt'), await readFile(join(ROOT, 'seeds', (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8'));
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/convert.ts'), '--seeds', seeds, '--out', out, '--verbose'], { cwd: ROOT, encoding: 'utf8' });
		expect(run.status).toBe(0);
		const lines = run.stdout.trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(new RegExp(`^${seeds}/kokkai\\.json: ndl-json, 2 meetings: 5 remarks, 4 participant groups → series-[0-9a-f]{8}-2018-05-30-20; 4 remarks`, 'u'));
		expect(lines[1]).toMatch(new RegExp(`^${seeds}/minutes\\.txt: council, \\d+ remarks, \\d+ participant groups? → cybersecurity-task-force-\\d{3}$`, 'u'));
		expect(lines[2]).toMatch(/^converted 2 files \(0 unchanged\), 0 errors, \d+ warnings?$/u);
		const quiet = spawnSync(process.execPath, [join(ROOT, 'scripts/convert.ts'), '--seeds', seeds, '--out', out], { cwd: ROOT, encoding: 'utf8' });
		expect(quiet.stdout.trim().split('\n')).toEqual([lines[2]!.replace('(0 unchanged)', '(2 unchanged)')]);
	});
});
