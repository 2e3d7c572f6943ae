/**
 * The same meeting saved twice, as a search of the NDL API's speech endpoint (some of its speeches, no roll) and as the
 * meeting endpoint's answer (the whole meeting): the whole meeting is written whichever seed comes first in the folder,
 * on every run. Before, the first seed by name won, so `a-speeches.json` put its two speeches in place of the meeting.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const ISSUE = '121305254X00520240315';
const common = { issueID: ISSUE, session: 213, nameOfHouse: '衆議院', nameOfMeeting: '外務委員会', issue: '第5号', date: '2024-03-15', closing: null };
const speech = (order: number, speaker: string, text: string) => ({ speechID: `${ISSUE}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker, speech: text });
const SPEECHES = [
	speech(1, '勝山孝之', '○勝山委員長　これより会議を開きます。'),
	speech(2, '上杉謙太郎', '○上杉委員　自由民主党の上杉でございます。'),
	speech(3, '上林陽子', '○上林国務大臣　お答えいたします。'),
	speech(4, '勝山孝之', '○勝山委員長　これにて散会いたします。'),
];
const HEADER = speech(0, '会議録情報', '令和六年三月十五日（金曜日）\r\n　　　　午前九時開議\r\n　出席委員\r\n　　　委員長 勝山 孝之君\r\n　　　　　　上杉謙太郎君\r\n');
const MEETING = JSON.stringify({ numberOfRecords: 1, meetingRecord: [{ ...common, speechRecord: [HEADER, ...SPEECHES] }] });
/** A search that found two of the speeches. */
const FOUND = JSON.stringify({ numberOfRecords: 2, speechRecord: SPEECHES.slice(1, 3).map((one) => ({ ...common, ...one })) });

let seeds: string;
let out: string;
beforeEach(async () => {
	seeds = await mkdtemp(join(tmpdir(), 'partial-seeds-'));
	out = await mkdtemp(join(tmpdir(), 'partial-out-'));
});
afterEach(async () => {
	await rm(seeds, { recursive: true, force: true });
	await rm(out, { recursive: true, force: true });
});

/** The speakers of the one meeting written. */
async function written(): Promise<string[]> {
	const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
	const ids = report.seeds.flatMap((seed) => seed.entryIds);
	expect(ids).toHaveLength(1);
	const mdx = await readFile(join(out, `${ids[0]}.mdx`), 'utf8');
	return [...mdx.matchAll(/^ {4}speaker: "(?<speaker>[^"]*)"$/gmu)].map((match) => match.groups?.speaker ?? '');
}

describe('a meeting saved whole and in part', () => {
	test('the whole meeting is written though the part comes first, and again from the cache', async () => {
		await writeFile(join(seeds, 'a-speeches.json'), FOUND);
		await writeFile(join(seeds, 'b-meeting.json'), MEETING);
		const whole = ['勝山委員長', '上杉委員', '上林国務大臣', '勝山委員長'];
		expect(await written()).toEqual(whole);
		const again = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(again.seeds.map((seed) => [seed.name, seed.entryIds.length])).toEqual([
			['a-speeches.json', 0],
			['b-meeting.json', 1],
		]);
		expect(again.lines.find((line) => line.includes('both produce'))).toMatch(/a-speeches\.json and .*b-meeting\.json both produce .*only .*b-meeting\.json was written, as it holds the whole meeting/u);
		expect(await written()).toEqual(whole);
	});

	test('the whole meeting first keeps its place', async () => {
		await writeFile(join(seeds, 'a-meeting.json'), MEETING);
		await writeFile(join(seeds, 'b-speeches.json'), FOUND);
		expect(await written()).toEqual(['勝山委員長', '上杉委員', '上林国務大臣', '勝山委員長']);
	});

	test('the part alone is written', async () => {
		await writeFile(join(seeds, 'a-speeches.json'), FOUND);
		expect(await written()).toEqual(['上杉委員', '上林国務大臣']);
	});
});
