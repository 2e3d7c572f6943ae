/**
 * The 参議院's 本会議 in the NDL API's 会議録情報: the 議事日程 lists the items (`第一　地方自治法の一部を改正する法律案…`) and
 * `本日の会議に付した案件` names them again by number (`一、日程第一`, `一、日程第二及び第三`). The reference is no item of its own
 * (it had become a second item titled `一、日程第一`); alone, with no 議事日程 above, it is all the record tells and is kept.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (header: string): string =>
	JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121315254X01120240419',
				session: 213,
				nameOfHouse: '参議院',
				nameOfMeeting: '本会議',
				issue: '第11号',
				date: '2024-04-19',
				speechRecord: [
					{ speechID: '121315254X01120240419_000', speechOrder: 0, speaker: '会議録情報', speech: header.replaceAll('\n', '\r\n') },
					{ speechID: '121315254X01120240419_001', speechOrder: 1, speaker: '尾辻秀久', speech: '○議長（尾辻秀久君）　これより会議を開きます。' },
				],
			},
		],
	});

const agenda = (header: string) => parseDocuments(record(header), { source: 'honkaigi-11.json', sourceHash: '0'.repeat(64) })[0]?.meeting?.agenda.map((item) => [item.number, item.title]);

describe("the items of the 参議院's 議事日程 named again", () => {
	test('by number are the items listed above', () => {
		const header = `令和六年四月十九日（金曜日）
　　　午前十時一分開議
　　━━━━━━━━━━━━━
　議事日程　第十一号
　　令和六年四月十九日
　　　午前十時開議
　第一　地方自治法の一部を改正する法律案（内閣提出、衆議院送付）
　第二　民法等の一部を改正する法律案（内閣提出、衆議院送付）
　第三　国家公務員法の一部を改正する法律案（内閣提出、衆議院送付）
　　━━━━━━━━━━━━━
○本日の会議に付した案件
　一、日程第一
　一、日程第二及び第三
　　━━━━━━━━━━━━━`;
		expect(agenda(header)).toEqual([
			[1, '地方自治法の一部を改正する法律案（内閣提出、衆議院送付）'],
			[2, '民法等の一部を改正する法律案（内閣提出、衆議院送付）'],
			[3, '国家公務員法の一部を改正する法律案（内閣提出、衆議院送付）'],
		]);
	});

	test('without the 議事日程 are kept as written', () => {
		expect(agenda('令和六年四月十九日（金曜日）\n○本日の会議に付した案件\n　一、日程第一\n　　━━━━━━━━━━━━━')).toEqual([[1, '一、日程第一']]);
	});
});
