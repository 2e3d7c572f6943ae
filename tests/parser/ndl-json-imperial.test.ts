/**
 * A sitting of the Imperial Diet (帝国議会, before the constitution of 1947), as the NDL's 帝国議会会議録 API answers in the same
 * JSON: its session is the 帝国議会's (`第92回帝国議会`), its series apart from today's house of the same name, and its old forms
 * read (`午前十時四十二分開會`, `散會`, `議事日程　第十七號`). Before, it was titled `第92回国会`, filed with the 衆議院's and
 * 貴族院's postwar sittings, started at the 議事日程's called time and had no end and no agenda.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const HEADER = '\u3000\u3000\u3000昭和二十二年三月二十七日（木曜日）\r\n\u3000\u3000\u3000\u3000午前十時四十二分開會\r\n\u3000\u3000\u3000━━━━━━━━━━━━━\r\n\u3000議事日程\u3000第十七號\r\n\u3000\u3000昭和二十二年三月二十七日\r\n\u3000\u3000\u3000午前十時開議\r\n第一\u3000國會法案（衆議院提出）\u3000第一讀會\r\n第二\u3000裁判所法案（政府提出、衆議院送付）\u3000第一讀會\r\n\u3000\u3000\u3000━━━━━━━━━━━━━';

const record = (date: string) =>
	JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '009212024X01719470327',
				session: 92,
				nameOfHouse: '貴族院',
				nameOfMeeting: '本会議',
				issue: '第17号',
				date,
				speechRecord: [
					{ speechID: '009212024X01719470327_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER },
					{ speechID: '009212024X01719470327_001', speechOrder: 1, speaker: '徳川家正', speech: '○議長（公爵德川家正君）\u3000是ヨリ本日ノ會議ヲ開キマス' },
					{ speechID: '009212024X01719470327_002', speechOrder: 2, speaker: '徳川家正', speech: '○議長（公爵德川家正君）\u3000本日ハ是ニテ散會致シマス\r\n\u3000\u3000\u3000午後零時二十分散會' },
				],
			},
		],
	});

const read = (date: string) => parseDocuments(record(date), { source: 'kizokuin.json', sourceHash: '0'.repeat(64) })[0]!.meeting!;

describe("the Imperial Diet's sitting", () => {
	test("is the 帝国議会's, in a series of its own, with its old forms read", () => {
		const meeting = read('1947-03-27');
		expect([meeting.title, meeting.series, meeting.sessionLabel]).toEqual(['第92回帝国議会 貴族院 本会議 第17号', '帝国議会 貴族院 本会議', '第92回帝国議会 第17号']);
		expect([meeting.start, meeting.end]).toEqual(['10:42', '12:20']);
		expect(meeting.agenda.map((item) => item.title)).toEqual(['國會法案（衆議院提出）　第一讀會', '裁判所法案（政府提出、衆議院送付）　第一讀會']);
	});

	test("a sitting after the constitution of 1947 is the 国会's", () => {
		expect([read('1947-06-27').title, read('1947-06-27').series]).toEqual(['第92回国会 貴族院 本会議 第17号', '貴族院 本会議']);
	});
});
