/**
 * Pages of the speech endpoint's answer saved overlapping (the next page asked from a `startRecord` set back) hold a speech
 * twice: it is one remark, and a warning says which speech was repeated. Before, the speech was two remarks, one after the
 * other, and the warning listed the speeches as `1, 2, 3, 3, 4`.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const speech = (order: number, speaker: string, text: string) => ({
	speechID: `121304889X01020240410_${String(order).padStart(3, '0')}`,
	issueID: '121304889X01020240410',
	session: 213,
	nameOfHouse: '衆議院',
	nameOfMeeting: '内閣委員会',
	issue: '第10号',
	date: '2024-04-10',
	speechOrder: order,
	speaker,
	speech: text,
});

const PAGES = JSON.stringify([
	{
		numberOfRecords: 4,
		startRecord: 1,
		nextRecordPosition: 4,
		speechRecord: [speech(1, '大西英男', '○大西委員長　これより会議を開きます。'), speech(2, '森山浩行', '○森山（浩）委員　質問します。'), speech(3, '高市早苗', '○高市国務大臣　お答えいたします。')],
	},
	{ numberOfRecords: 4, startRecord: 3, nextRecordPosition: null, speechRecord: [speech(3, '高市早苗', '○高市国務大臣　お答えいたします。'), speech(4, '大西英男', '○大西委員長　これにて散会いたします。')] },
]);

describe('pages of the speech endpoint saved overlapping', () => {
	const [result] = parseDocuments(PAGES, { source: 'naikaku-pages.json', sourceHash: '0'.repeat(64) });

	test('a speech held twice is one remark', () => {
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['大西委員長', 'これより会議を開きます。'],
			['森山（浩）委員', '質問します。'],
			['高市国務大臣', 'お答えいたします。'],
			['大西委員長', 'これにて散会いたします。'],
		]);
	});

	test('a warning names it, and the speeches are whole', () => {
		expect(result?.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
			['warning', 'ndl-repeated', 'the meeting (issueID 121304889X01020240410) holds speech 3 twice (pages of the answer saved overlapping): each is kept once'],
		]);
	});
});
