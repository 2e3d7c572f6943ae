/**
 * The 参議院 sets a minister's post in a narrow column and wraps it, a bracket inside the post's bracket too:
 * `国務大臣` / `(内閣府特命担` / `当大臣(金融)` / `)        鈴木 俊二君`. Before, the inner bracket's close was taken for the
 * post's, and the entry read the rest, `)`, as its post; a minister holding two posts over the bracket (`財務大臣` /
 * `国務大臣` / …) lost the second.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年三月四日（月曜日）
   午前九時開会
    ─────────────
  出席者は左のとおり。
    委員長         櫻井 充一君
    委 員
                青木 一彦君
   国務大臣
       内閣総理大臣   岸本 文雄君
       財務大臣
       国務大臣
       (内閣府特命担
       当大臣(金融)
       )        鈴木 俊二君
       国務大臣
       (内閣府特命担
       当大臣(経済財
       政政策))    新井 明夫君
       外務大臣     上川 陽子君
    ─────────────
  本日の会議に付した案件
○令和六年度一般会計予算（内閣提出、衆議院送付）
    ─────────────`;

const TURNS = `○委員長（櫻井充一君） ただいまから予算委員会を開会いたします。
○青木一彦君 総理に伺います。
○国務大臣（鈴木俊二君） お答えいたします。
○委員長（櫻井充一君） 本日はこれにて散会いたします。
   午後五時一分散会
`;

const EXPECTED = [
	['委員長', '櫻井 充一'],
	['委員', '青木 一彦'],
	['内閣総理大臣', '岸本 文雄'],
	['財務大臣、国務大臣(内閣府特命担当大臣(金融))', '鈴木 俊二'],
	['国務大臣(内閣府特命担当大臣(経済財政政策))', '新井 明夫'],
	['外務大臣', '上川 陽子'],
];

describe('a 参議院 roll with posts wrapped over lines, brackets inside brackets', () => {
	test('as text: each minister keeps the whole post', () => {
		const { meeting } = parseText(`第213回国会　参議院　予算委員会　第3号\n\n${HEADER}\n${TURNS}`, 'yosan-3.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]))).toEqual(EXPECTED);
	});

	test("in the NDL API's 会議録情報", () => {
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121315261X00320240304',
					session: 213,
					nameOfHouse: '参議院',
					nameOfMeeting: '予算委員会',
					issue: '第3号',
					date: '2024-03-04',
					speechRecord: [
						{ speechID: '121315261X00320240304_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
						{ speechID: '121315261X00320240304_001', speechOrder: 1, speaker: '櫻井充一', speech: '○委員長（櫻井充一君）　ただいまから予算委員会を開会いたします。' },
					],
				},
			],
		});
		const meeting = parseDocuments(json, { source: 'yosan-3.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
		const ministers = meeting?.participants.flatMap((group) => group.members).filter((member) => /大臣/u.test(member.title ?? ''));
		expect(ministers?.map((member) => [member.title, member.name])).toEqual(EXPECTED.slice(2));
	});
});
