/**
 * A 号 printed in parts (`第213回国会 衆議院 本会議 第15号（その一）`, its bills and reports in `（その二）`) names its part in the
 * text as the NDL API does (`第15号(その1)`): each part is an entry of its own, and the text and the API's copy of one part are
 * one entry. Before, the part was dropped from the text, and the two parts of one sitting were one entry id.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = (part: string) => `第213回国会 衆議院 本会議 第15号${part}
令和六年四月十六日（火曜日）
    午後一時二分開議
○議長（額田福志郎君） これより会議を開きます。
○議長（額田福志郎君） 本日は、これにて散会いたします。
    午後一時四十一分散会
`;

describe('a 号 in parts', () => {
	test('each part of the text is its own entry', () => {
		const [first, second] = ['（その一）', '(その２)'].map((part) => parseText(RECORD(part), 'honkaigi-15.txt').meeting);
		expect([first?.title, first?.sessionLabel, second?.sessionLabel]).toEqual(['第213回国会 衆議院 本会議 第15号(その1)', '第213回国会 第15号(その1)', '第213回国会 第15号(その2)']);
		expect(entryId(first!)).not.toBe(entryId(second!));
	});

	test('the text and the API’s copy of one part are one entry', () => {
		const text = parseText(RECORD('（その一）'), 'honkaigi-15.txt').meeting;
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121305254X01520240416',
					session: 213,
					nameOfHouse: '衆議院',
					nameOfMeeting: '本会議',
					issue: '第15号(その1)',
					date: '2024-04-16',
					speechRecord: [{ speechID: 'a_001', speechOrder: 1, speaker: '額田福志郎', speech: '○議長（額田福志郎君）　これより会議を開きます。' }],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'honkaigi-15.json', sourceHash: '0'.repeat(64) });
		expect(entryId(text!)).toBe(entryId(result!.meeting!));
	});
});
