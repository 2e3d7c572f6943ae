/**
 * A 参議院 roll's post printed on a line of its own over the name (`厚生労働大臣政務官` / `　　　塩崎 彰久君`,
 * `公益社団法人日本医師会常任理事` / `　　　長島 公之君`) is the entry's post, in the printed minutes and in the NDL API's
 * 会議録情報. Before, the line was dropped and the entry kept only the role above it (`大臣政務官`, `参考人`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年四月十一日（木曜日）
   午前十時開会
    ―――――――――――――
   出席者は左のとおり。
    委員長         比嘉奈津子君
    委 員
                石田 昌宏君
   大臣政務官
       厚生労働大臣政務官
                塩崎 彰久君
   事務局側
       常任委員会専門
       員        佐伯 道子君
   参考人
       公益社団法人日本医師会常任理事
                長島 公之君
       全国保険医団体連合会
       副会長      佐藤 一樹君
    ―――――――――――――
  本日の会議に付した案件
○医療法等の一部を改正する法律案（内閣提出、衆議院送付）`;

const EXPECTED = [
	[
		'出席者',
		[
			['委員長', '比嘉奈津子'],
			['委員', '石田 昌宏'],
			['厚生労働大臣政務官', '塩崎 彰久'],
			['常任委員会専門員', '佐伯 道子'],
			['参考人（公益社団法人日本医師会常任理事）', '長島 公之'],
			['参考人（全国保険医団体連合会副会長）', '佐藤 一樹'],
		],
	],
];

const rolls = (meeting: Meeting | null | undefined) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);

describe("a 参議院 roll's post on a line over the name", () => {
	test('in the printed minutes', () => {
		const { meeting } = parseText(`第２１３回国会　参議院　厚生労働委員会　第８号\n\n${HEADER}\n    ―――――――――――――\n○委員長（比嘉奈津子君）　ただいまから厚生労働委員会を開会いたします。\n`, 'kosei-8.txt');
		expect(rolls(meeting)).toEqual(EXPECTED);
	});

	test("in the NDL API's 会議録情報", () => {
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121314260X00820240411',
					session: 213,
					nameOfHouse: '参議院',
					nameOfMeeting: '厚生労働委員会',
					issue: '第8号',
					date: '2024-04-11',
					speechRecord: [
						{ speechID: '121314260X00820240411_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
						{ speechID: '121314260X00820240411_001', speechOrder: 1, speaker: '比嘉奈津子', speech: '○委員長（比嘉奈津子君）　ただいまから厚生労働委員会を開会いたします。' },
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'kosei.json', sourceHash: '0'.repeat(64) });
		expect(rolls(result?.meeting)).toEqual(EXPECTED);
	});
});
