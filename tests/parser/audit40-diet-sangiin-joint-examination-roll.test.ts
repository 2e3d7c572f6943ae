/**
 * The 参議院 prints a 連合審査会's roll under its one heading, `出席者は左のとおり。`, each committee's name over its chair,
 * directors and members (`内閣委員会` / `委員長　能登 紀子君` / `理 事` / …), then the ministers and officials at the committees'
 * indent. Each member is of the committee above them, those parts of none. Before, the committees' names were lost: the two
 * chairs were two `委員長` of no committee, as the 衆議院's roll had read before its committees were read.
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年五月九日（木曜日）
   午前十時開会
    ─────────────
  出席者は左のとおり。
   内閣委員会
    委員長         能登 紀子君
    理 事
                秋葉 俊彦君
    委 員
                宇都宮 勉君
                江崎 花子君
   総務委員会
    委員長         尾関 信哉君
    理 事
                金森 大地君
    委 員
                亀井 悠里君
   国務大臣
       総務大臣     村岡 健司君
   政府参考人
       総務省自治行政局長 清水谷 聡君
   事務局側
       常任委員会
       専門員      沢口 実君
    ─────────────
  本日の会議に付した案件
○地方自治法の一部を改正する法律案（内閣提出、衆議院送付）
    ─────────────`;

const EXPECTED = [
	['委員長', '能登 紀子', '内閣委員会'],
	['理事', '秋葉 俊彦', '内閣委員会'],
	['委員', '宇都宮 勉', '内閣委員会'],
	['委員', '江崎 花子', '内閣委員会'],
	['委員長', '尾関 信哉', '総務委員会'],
	['理事', '金森 大地', '総務委員会'],
	['委員', '亀井 悠里', '総務委員会'],
	['総務大臣', '村岡 健司', null],
	['政府参考人（総務省自治行政局長）', '清水谷 聡', null],
	['常任委員会専門員', '沢口 実', null],
];

const roll = (meeting: Meeting | null | undefined) => meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name, member.affiliation]));

test('in the printed minutes, each member is of the committee named above them', () => {
	const { meeting } = parseText(`第二百十三回国会\n参議院　内閣委員会、総務委員会連合審査会会議録　第一号\n${HEADER}\n○委員長（能登紀子君） ただいまから内閣委員会、総務委員会連合審査会を開会いたします。\n○宇都宮勉君 総務大臣に伺います。\n`, 'rengo-sangiin.txt');
	expect(roll(meeting)).toEqual(EXPECTED);
});

test("in the NDL API's 会議録情報", () => {
	const json = JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121314889X00120240509',
				session: 213,
				nameOfHouse: '参議院',
				nameOfMeeting: '内閣委員会、総務委員会連合審査会',
				issue: '第1号',
				date: '2024-05-09',
				speechRecord: [
					{ speechID: '121314889X00120240509_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
					{ speechID: '121314889X00120240509_001', speechOrder: 1, speaker: '能登紀子', speech: '○委員長（能登紀子君）　ただいまから連合審査会を開会いたします。' },
				],
			},
		],
	});
	const [result] = parseDocuments(json, { source: 'rengo-sangiin.json', sourceHash: '0'.repeat(64) });
	expect(roll(result?.meeting)).toEqual(EXPECTED);
});
