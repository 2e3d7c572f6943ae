/**
 * A file that holds one meeting twice (the meeting endpoint's answers saved one after another into a list, or pasted into one
 * `meetingRecord`) is one record: the meeting once, with every speech either copy holds, and a warning saying so. It had been
 * two records of the same sitting, which the converter then reported as two seeds writing one page (the file named twice).
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const ISSUE = '121605319X00220241128';
const speech = (order: number, text: string) => ({ speechID: `${ISSUE}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker: '不明', speech: text });
const meeting = (speeches: ReturnType<typeof speech>[]) => ({ issueID: ISSUE, session: 216, nameOfHouse: '衆議院', nameOfMeeting: '国土交通委員会', issue: '第2号', date: '2024-11-28', speechRecord: speeches });
const SPEECHES = [speech(1, '○小田切委員長　これより会議を開きます。柴崎隆文君。'), speech(2, '○柴崎委員　老朽化対策について伺います。'), speech(3, '○中西国務大臣　計画的に取り組みます。'), speech(4, '○小田切委員長　本日は、これにて散会いたします。')];

const read = (json: unknown) => parseDocuments(JSON.stringify(json), { source: 'kokudo.json', sourceHash: '0'.repeat(64) });

test('one answer holding the meeting twice is one record, with a warning', () => {
	const results = read({ numberOfRecords: 2, meetingRecord: [meeting(SPEECHES), meeting(SPEECHES)] });
	expect(results.map((result) => result.meeting?.remarks.map((remark) => remark.speaker))).toEqual([['小田切委員長', '柴崎委員', '中西国務大臣', '小田切委員長']]);
	expect(results[0]?.diagnostics.filter((diagnostic) => diagnostic.code === 'ndl-repeated').map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
});

test('answers saved into a list, each with some of its speeches, are one record with all of them in order', () => {
	const results = read([
		{ numberOfRecords: 1, meetingRecord: [meeting(SPEECHES.slice(0, 3))] },
		{ numberOfRecords: 1, meetingRecord: [meeting(SPEECHES.slice(1))] },
	]);
	expect(results.map((result) => result.meeting?.remarks.map((remark) => remark.text))).toEqual([['これより会議を開きます。柴崎隆文君。', '老朽化対策について伺います。', '計画的に取り組みます。', '本日は、これにて散会いたします。']]);
});
