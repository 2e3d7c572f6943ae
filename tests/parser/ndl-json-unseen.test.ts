/**
 * The NDL reader on responses saved by clients it was not written against: Python's json.dump with
 * `\u` escapes (a 本会議 whose header starts with the date and its 議事日程), an XML response converted
 * to JSON (`{ "data": … }`, numbers as strings, one meetingRecord as an object), `speechRecord` as a single
 * object and issues `第19号(その1)` / `第19号（その2）`, and a client that kept every page of the speech
 * endpoint in one list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import type { ParseResult } from '../../src/parser/types.ts';
import { lostTranscriptLines, notesOf, speakerCounts } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts/ndl-json');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const parse = (file: string): ParseResult[] => parseDocuments(read(file), { source: file, sourceHash: 'e'.repeat(64) });

type Json = { [key: string]: unknown };
/** The speeches of a fixture (any shape used here), header records left out. */
function speechesOf(value: unknown): Json[] {
	if (Array.isArray(value)) return value.flatMap(speechesOf);
	if (typeof value !== 'object' || value === null) return [];
	const record = value as Json;
	if ('speech' in record && 'speechOrder' in record) return record['speaker'] === '会議録情報' ? [] : [record];
	return Object.values(record).flatMap(speechesOf);
}

/** What each meeting of each file must read to. */
const CASES = [
	{
		file: 'python-ascii-escaped-plenary.json',
		index: 0,
		record: { title: '第214回国会 衆議院 本会議 第2号', series: '衆議院 本会議', sessionLabel: '第214回国会 第2号', date: '2024-10-04', start: '13:02', end: '13:32' },
		groups: { 発言者: 2 },
		speakers: { '議長（額田福一郎君）': 3, '内閣総理大臣（石場茂男君）': 1 },
		notes: ['〔内閣総理大臣石場茂男君登壇〕', '午後一時三十二分散会'],
		agenda: ['国務大臣の演説'],
	},
	{
		file: 'xml-converted-data-root.json',
		index: 0,
		record: { title: '第211回国会 参議院 総務委員会 第4号', series: '参議院 総務委員会', sessionLabel: '第211回国会 第4号', date: '2023-03-14', start: '10:00', end: '11:52' },
		groups: { 出席者: 5 },
		speakers: { '委員長（末田健一君）': 2, 佐藤正夫君: 1, '国務大臣（松本剛一君）': 1 },
		notes: ['午前十一時五十二分散会'],
		agenda: ['地方税法等の一部を改正する法律案（内閣提出、衆議院送付）'],
	},
	{
		file: 'speech-record-object-sono.json',
		index: 0,
		record: { title: '第208回国会 衆議院 予算委員会 第19号(その1)', series: '衆議院 予算委員会', sessionLabel: '第208回国会 第19号(その1)', date: '2019-06-12', start: null, end: null },
		groups: { 発言者: 1 },
		speakers: { 野田委員長: 1 },
		notes: [],
		agenda: [],
	},
	{
		file: 'speech-record-object-sono.json',
		index: 1,
		record: { title: '第208回国会 衆議院 予算委員会 第19号（その2）', series: '衆議院 予算委員会', sessionLabel: '第208回国会 第19号（その2）', date: '2019-06-12', start: '09:00', end: '17:01' },
		groups: { 発言者: 2 },
		speakers: { 野田委員長: 2, '山田（一）委員': 1 },
		notes: ['午後五時一分散会'],
		agenda: [],
	},
	{
		file: 'speech-pages-list.json',
		index: 0,
		record: { title: '第213回国会 衆議院 本会議 第3号', series: '衆議院 本会議', sessionLabel: '第213回国会 第3号', date: '2024-01-30', start: null, end: null },
		groups: { 発言者: 2 },
		speakers: { '議長（額田福一郎君）': 2, 泉田健一君: 1 },
		notes: ['〔泉田健一君登壇〕'],
		agenda: [],
	},
] as const;

describe.each(CASES)('$file, meeting $index', ({ file, index, record, groups, speakers, notes, agenda }) => {
	const results = parse(file);
	const result = results[index] as ParseResult;
	const meeting = result.meeting;

	test('read by the NDL reader without problems', () => {
		expect(results.map((r) => r.family)).toEqual(results.map(() => 'ndl-json'));
		expect(result.diagnostics).toEqual([]);
	});

	test('title, series, session label, date and times', () => {
		expect(meeting).toMatchObject(record);
	});

	test('participant groups and their sizes', () => {
		expect(Object.fromEntries(meeting?.participants.map((group) => [group.group, group.members.length]) ?? [])).toEqual(groups);
	});

	test('every speaker label and its number of remarks, with the speech links and 会派', () => {
		expect(speakerCounts(result)).toEqual(speakers);
		expect(meeting?.remarks.every((remark) => remark.officialUrl?.startsWith('https://kokkai.ndl.go.jp/txt/'))).toBe(true);
	});

	test('stage directions and sitting times are notes, never speakers', () => {
		expect(notesOf(result)).toEqual(expect.arrayContaining([...notes]));
		expect(meeting?.remarks.filter((remark) => /^[〔（(]|登壇|散会/u.test(remark.speaker))).toEqual([]);
	});

	test('the agenda: the 議事日程 and the 案件 list once each', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(agenda);
	});

	test('no line of any speech is lost', () => {
		const own = speechesOf(JSON.parse(read(file))).filter((speech) => meeting?.remarks.some((remark) => remark.officialUrl === speech['speechURL']));
		expect(own).toHaveLength(meeting?.remarks.length ?? -1);
		const lines = own.flatMap((speech) => String(speech['speech']).split(/\r\n|\n/u));
		expect(lostTranscriptLines(result, lines)).toEqual([]);
	});
});

describe('details', () => {
	test('a file of several pages holds one meeting with its speeches in order, the 会派 of each kept', () => {
		const results = parse('speech-pages-list.json');
		expect(results).toHaveLength(1);
		expect(results[0]?.meeting?.remarks.map((remark) => [remark.id, remark.speakerGroup])).toEqual([
			['r1', '無所属'],
			['r2', '無所属'],
			['r3', '立憲民主党・無所属'],
		]);
	});

	test('(その1) and (その2) of one day are two records with distinct entry ids', () => {
		const ids = parse('speech-record-object-sono.json').map((result) => (result.meeting ? entryId(result.meeting) : null));
		expect(new Set(ids).size).toBe(2);
		expect(ids.map((id) => id?.slice(-5))).toEqual(['-19-1', '-19-2']);
	});

	test('the 本会議 header: the time the 議事日程 called the sitting for is not its start', () => {
		const meeting = parse('python-ascii-escaped-plenary.json')[0]?.meeting;
		expect(meeting?.start).toBe('13:02');
		expect(meeting?.officialPdfUrl).toBe('https://kokkai.ndl.go.jp/img/121405254X00220241004');
	});
});
