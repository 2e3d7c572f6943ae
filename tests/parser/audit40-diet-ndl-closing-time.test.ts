/**
 * The NDL API leaves the sitting's close or recess under the chair's last words in the chair's speech (`…散会いたします。` /
 * `　　　　午前十時二十分散会`). The printed minutes set it apart, and the text reader keeps it as a note after the remark; the
 * API's had been read as more of the chair's words. It still gives the sitting's end.
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const ISSUE = '121605319X00220241128';
const speech = (order: number, speaker: string, text: string) => ({ speechID: `${ISSUE}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker, speech: text.replaceAll('\n', '\r\n') });
const RECORD = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: ISSUE,
			session: 216,
			nameOfHouse: '衆議院',
			nameOfMeeting: '国土交通委員会',
			issue: '第2号',
			date: '2024-11-28',
			speechRecord: [
				speech(1, '小田切徹', '○小田切委員長　これより会議を開きます。\n　柴崎隆文君。'),
				speech(2, '柴崎隆文', '○柴崎委員　高速道路の老朽化対策について伺います。'),
				speech(3, '小田切徹', '○小田切委員長　この際、暫時休憩いたします。\n　　　　午前十時休憩\n'),
				speech(4, '小田切徹', '○小田切委員長　休憩前に引き続き会議を開きます。\n　本日は、これにて散会いたします。\n　　　　午前十時二十分散会'),
			],
		},
	],
});

test('the sitting’s close and recess under the chair’s words are notes after the remark', () => {
	const [result] = parseDocuments(RECORD, { source: 'kokudo-2.json', sourceHash: '0'.repeat(64) });
	expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual([
		'これより会議を開きます。\n柴崎隆文君。',
		'高速道路の老朽化対策について伺います。',
		'この際、暫時休憩いたします。',
		'休憩前に引き続き会議を開きます。\n本日は、これにて散会いたします。',
	]);
	expect(result?.meeting?.end).toBe('10:20');
	const blocks = result?.body.find((section) => section.id === 's1')?.children ?? [];
	expect(blocks.map((block) => (block.type === 'note' ? block.text : block.type))).toEqual(['remark', 'remark', 'remark', '午前十時休憩', 'remark', '午前十時二十分散会']);
});
