/**
 * The NDL API's speech endpoint answers a long meeting in pages (`nextRecordPosition` names the next page's first record).
 * Saved one page a file, as the warning on the first page asked ("save every page"), the two files produce the same record:
 * only one page's speeches are written, and the error said to keep one of the two as if they were a 議事要旨 and its 議事録.
 * The warning now says to keep the pages in one file as a JSON list, and the error says the same; kept so, the file is the
 * whole meeting.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const ISSUE = '121304261X00920240410';
const common = { issueID: ISSUE, session: 213, nameOfHouse: '衆議院', nameOfMeeting: '経済産業委員会', issue: '第9号', date: '2024-04-10', closing: null };
const speech = (order: number, speaker: string, text: string) => ({ ...common, speechID: `${ISSUE}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker, speech: text });
const SPEECHES = [
	speech(0, '会議録情報', '令和六年四月十日（水曜日）\r\n　　　　午前九時開議\r\n　出席委員\r\n　　　委員長　岩田　正雄君\r\n　　　　　　木場　洋一君\r\n'),
	speech(1, '岩田正雄', '○岩田委員長　これより会議を開きます。'),
	speech(2, '木場洋一', '○木場委員　伺います。'),
	speech(3, '沢口康之', '○沢口国務大臣　お答えいたします。'),
	speech(4, '岩田正雄', '○岩田委員長　これにて散会いたします。'),
];
const FIRST = { numberOfRecords: 5, numberOfReturn: 3, startRecord: 1, nextRecordPosition: 4, speechRecord: SPEECHES.slice(0, 3) };
const SECOND = { numberOfRecords: 5, numberOfReturn: 2, startRecord: 4, nextRecordPosition: null, speechRecord: SPEECHES.slice(3) };

let seeds: string;
let out: string;
beforeEach(async () => {
	seeds = await mkdtemp(join(tmpdir(), 'pages-seeds-'));
	out = await mkdtemp(join(tmpdir(), 'pages-out-'));
});
afterEach(async () => {
	await rm(seeds, { recursive: true, force: true });
	await rm(out, { recursive: true, force: true });
});

describe('pages of one meeting from the speech endpoint', () => {
	test('saved one a file, the warning and the error say to keep them in one file as a list', async () => {
		await writeFile(join(seeds, 'keizai-9-p1.json'), JSON.stringify(FIRST));
		await writeFile(join(seeds, 'keizai-9-p2.json'), JSON.stringify(SECOND));
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		const messages = report.seeds.flatMap((seed) => seed.diagnostics.map((diagnostic) => diagnostic.message));
		expect(messages.find((message) => message.startsWith('this response is one page'))).toMatch(/in this one file as a JSON list of the pages/u);
		const duplicate = messages.find((message) => message.includes('both produce'));
		expect(duplicate).toMatch(/both hold only some of its speeches.*put the pages in one file as a JSON list/u);
		expect(duplicate).not.toMatch(/議事要旨/u);
	});

	test('kept in one file as a list, they are the whole meeting, without a warning', async () => {
		await writeFile(join(seeds, 'keizai-9.json'), JSON.stringify([FIRST, SECOND]));
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(report.seeds.flatMap((seed) => seed.diagnostics)).toEqual([]);
		const ids = report.seeds.flatMap((seed) => seed.entryIds);
		expect(ids).toHaveLength(1);
		const mdx = await readFile(join(out, `${ids[0]}.mdx`), 'utf8');
		expect([...mdx.matchAll(/^ {4}speaker: "(?<speaker>[^"]*)"$/gmu)].map((match) => match.groups?.speaker)).toEqual(['岩田委員長', '木場委員', '沢口国務大臣', '岩田委員長']);
	});
});
