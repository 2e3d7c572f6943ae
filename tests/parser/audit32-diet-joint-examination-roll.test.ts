/**
 * The roll of a 連合審査会 (committees examining a bill together) lists each committee's members under its name (`法務委員会` /
 * `委員長　武部　新君` …, then `内閣委員会` / …): each member is of that committee, its chair and directors keeping their role.
 * Before, the committee's name was taken for the role of its plain members (`法務委員会` as a post) and the chairs of both
 * committees were two `委員長` of no committee; the same in the NDL API's 会議録情報.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年五月十五日（水曜日）
    午前九時開議
 出席委員
  法務委員会
   委員長 武部  新君
   理事 熊田 裕通君 理事 鎌田さゆり君
      井出 庸生君    斎藤 洋明君
  内閣委員会
   委員長 大西 英男君
   理事 平  将明君
      中川 正春君
   …………………………………
   法務大臣        小泉 龍司君
   法務委員会専門員    藤井 宏治君
    ―――――――――――――
本日の会議に付した案件
 情報通信技術の進展等に対応するための刑事訴訟法等の一部を改正する法律案（内閣提出第四八号）
    ――――◇―――――`;

const EXPECTED = [
	[
		'出席委員',
		[
			['委員長', '武部 新', '法務委員会'],
			['理事', '熊田 裕通', '法務委員会'],
			['理事', '鎌田さゆり', '法務委員会'],
			[null, '井出 庸生', '法務委員会'],
			[null, '斎藤 洋明', '法務委員会'],
			['委員長', '大西 英男', '内閣委員会'],
			['理事', '平 将明', '内閣委員会'],
			[null, '中川 正春', '内閣委員会'],
		],
	],
	[
		'出席者',
		[
			['法務大臣', '小泉 龍司', null],
			['法務委員会専門員', '藤井 宏治', null],
		],
	],
];

const rolls = (meeting: Meeting | null | undefined) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name, member.affiliation])]);

describe('the roll of a 連合審査会', () => {
	test('in the printed minutes', () => {
		const { meeting } = parseText(`第２１３回国会　衆議院　法務委員会内閣委員会連合審査会　第１号\n\n${HEADER}\n○武部委員長　これより法務委員会内閣委員会連合審査会を開会いたします。\n○平委員　自由民主党の平将明です。\n`, 'rengo-1.txt');
		expect(meeting?.series).toBe('衆議院 法務委員会内閣委員会連合審査会');
		expect(rolls(meeting)).toEqual(EXPECTED);
	});

	test("in the NDL API's 会議録情報", () => {
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121304262X00120240515',
					session: 213,
					nameOfHouse: '衆議院',
					nameOfMeeting: '法務委員会内閣委員会連合審査会',
					issue: '第1号',
					date: '2024-05-15',
					speechRecord: [
						{ speechID: '121304262X00120240515_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
						{ speechID: '121304262X00120240515_001', speechOrder: 1, speaker: '武部新', speech: '○武部委員長　これより法務委員会内閣委員会連合審査会を開会いたします。' },
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'rengo.json', sourceHash: '0'.repeat(64) });
		expect(rolls(result?.meeting)).toEqual(EXPECTED);
	});
});
