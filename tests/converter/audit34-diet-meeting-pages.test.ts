/**
 * One page of the NDL API's meeting endpoint (`nextRecordPosition` set) holds each of its meetings with all their speeches:
 * the pages after it hold other meetings. Such a meeting is whole: the same meeting found by a search of the speech endpoint
 * later in the folder (its speeches without the 会議録情報 record: no roll, no agenda) does not take its place. Before, the page's first meeting was
 * taken for part of a meeting and gave way to the search's speeches; while a page of the speech endpoint's answer, whose last
 * meeting may go on on the next page, left that meeting to be written over the whole one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const FIRST = '121304317X00620240409';
const SECOND = '121304317X00720240410';
const meetingFields = (issueID: string, issue: string, date: string) => ({ issueID, session: 213, nameOfHouse: '衆議院', nameOfMeeting: '内閣委員会', issue, date, closing: null });
const speech = (issueID: string, order: number, speaker: string, text: string) => ({ speechID: `${issueID}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker, speech: text });
const HEADER = speech(FIRST, 0, '会議録情報', '令和六年四月九日(火曜日)\r\n    午前十時開議\r\n 出席委員\r\n   委員長 中西 達也君\r\n   理事 池田 佳世君\r\n      馬淵 澄子君\r\n');
const SPEECHES = [
	speech(FIRST, 1, '中西達也', '○中西委員長　これより会議を開きます。'),
	speech(FIRST, 2, '池田佳世', '○池田委員　マイナンバーカードについて伺います。'),
	speech(FIRST, 3, '中西達也', '○中西委員長　これにて散会いたします。'),
];
const SECOND_SPEECHES = [speech(SECOND, 1, '中西達也', '○中西委員長　これより会議を開きます。'), speech(SECOND, 2, '馬淵澄子', '○馬淵委員　立憲民主党の馬淵です。')];
/** The first page of an answer of five meetings, two of them on this page, each with all its speeches. */
const MEETING_PAGE = JSON.stringify({
	numberOfRecords: 5,
	numberOfReturn: 2,
	startRecord: 1,
	nextRecordPosition: 3,
	meetingRecord: [
		{ ...meetingFields(FIRST, '第6号', '2024-04-09'), speechRecord: [HEADER, ...SPEECHES] },
		{ ...meetingFields(SECOND, '第7号', '2024-04-10'), speechRecord: [speech(SECOND, 0, '会議録情報', '令和六年四月十日(水曜日)\r\n'), ...SECOND_SPEECHES] },
	],
});
/** A search of the speech endpoint that found every speech of the first meeting (and none of its 会議録情報). */
const FOUND = JSON.stringify({ numberOfRecords: 3, speechRecord: SPEECHES.map((one) => ({ ...meetingFields(FIRST, '第6号', '2024-04-09'), ...one })) });
/** The first page of a search of the speech endpoint: the first meeting's speeches, then the second's first speech only. */
const SPEECH_PAGE = JSON.stringify({
	numberOfRecords: 5,
	nextRecordPosition: 5,
	speechRecord: [...SPEECHES, SECOND_SPEECHES[0]!].map((one) => ({ ...meetingFields(one.speechID.slice(0, 21), one.speechID.startsWith(FIRST) ? '第6号' : '第7号', one.speechID.startsWith(FIRST) ? '2024-04-09' : '2024-04-10'), ...one })),
});

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

/** Each meeting written: its date, the speakers of its remarks and the names of its roll. */
async function written(): Promise<[string, string[], string[]][]> {
	const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
	const ids = report.seeds.flatMap((seed) => seed.entryIds).sort();
	return Promise.all(
		ids.map(async (id) => {
			const mdx = await readFile(join(out, `${id}.mdx`), 'utf8');
			const speakers = [...mdx.matchAll(/^ {4}speaker: "(?<speaker>[^"]*)"$/gmu)].map((match) => match.groups?.speaker ?? '');
			const names = [...mdx.matchAll(/^ {8}name: "(?<name>[^"]*)"$/gmu)].map((match) => match.groups?.name ?? '');
			return [/^date: "(?<date>[^"]*)"$/mu.exec(mdx)?.groups?.date ?? '', speakers, names] as [string, string[], string[]];
		}),
	);
}

describe('a page of the meeting endpoint and a search of the speech endpoint, the same meeting in both', () => {
	test("the page's meeting is written whole, with its roll, not the search's speeches after it", async () => {
		await writeFile(join(seeds, 'a-meetings.json'), MEETING_PAGE);
		await writeFile(join(seeds, 'b-found.json'), FOUND);
		const whole: [string, string[], string[]] = ['2024-04-09', ['中西委員長', '池田委員', '中西委員長'], ['中西 達也', '池田 佳世', '馬淵 澄子']];
		const read = await written();
		expect(read[0]).toEqual(whole);
		expect(read.map(([date]) => date)).toEqual(['2024-04-09', '2024-04-10']);
	});
});

describe("a page of the speech endpoint's answer", () => {
	test('its last meeting, cut off by the page, gives way to the same meeting saved whole', async () => {
		await writeFile(join(seeds, 'a-speeches.json'), SPEECH_PAGE);
		await writeFile(join(seeds, 'b-meetings.json'), MEETING_PAGE);
		const read = await written();
		expect(read.find(([date]) => date === '2024-04-10')?.[1]).toEqual(['中西委員長', '馬淵委員']);
	});
});
