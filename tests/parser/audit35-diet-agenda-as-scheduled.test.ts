/**
 * A 本会議's `本日の会議に付した案件` that says it is the 議事日程 above (`議事日程のとおり`, `議事日程第二十号のとおり`) adds no item,
 * in the text and in the NDL API's 会議録情報. Before, the words were an agenda item of their own after the items of the 議事日程.
 * In the 会議録情報, the 議事日程's numbered items wrapped at a fixed width (`第一 地域交通の…を改` / `正する法律案（内閣提出、衆議院送付）`)
 * are one item each, and the 参議院's separator `─────・─────` is none: before, the two items had been four and the rule a fifth.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = (same: string) => `令和六年五月十七日（金曜日）
   午前十時一分開議
    ━━━━━━━━━━━━━
○議事日程 第二十号
  令和六年五月十七日
   午前十時開議
 第一 地域交通の活性化に関する法律の一部を改
  正する法律案（内閣提出、衆議院送付）
 第二 港湾施設の保全に関する法律案（内閣提出
  、衆議院送付）
    ━━━━━━━━━━━━━
○本日の会議に付した案件
 ${same}
     ─────・─────`;

const TURNS = `○議長（尾辻秀久君） これより会議を開きます。
 日程第一 地域交通の活性化に関する法律の一部を改正する法律案（内閣提出、衆議院送付）を議題といたします。
○議長（尾辻秀久君） 本日はこれにて散会いたします。
   午前十時三十八分散会`;

const ITEMS = ['地域交通の活性化に関する法律の一部を改正する法律案（内閣提出、衆議院送付）', '港湾施設の保全に関する法律案（内閣提出、衆議院送付）'];

const titles = (meeting: Meeting | null | undefined): string[] => (meeting?.agenda ?? []).map((item) => item.title);

describe('本日の会議に付した案件 as the 議事日程 above', () => {
	test.each(['議事日程のとおり', '議事日程第二十号のとおり'])('%s in the text adds no item', (same) => {
		const { meeting } = parseText(`第213回国会 参議院 本会議 第20号\n${HEADER(same)}\n${TURNS}\n`, 'honkaigi-20.txt');
		expect(titles(meeting)).toEqual(ITEMS);
	});

	test('in the NDL API’s 会議録情報 too', () => {
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121315254X02020240517',
					session: 213,
					nameOfHouse: '参議院',
					nameOfMeeting: '本会議',
					issue: '第20号',
					date: '2024-05-17',
					speechRecord: [
						{ speechID: 'a_000', speechOrder: 0, speaker: '会議録情報', speech: `第213回国会 参議院 本会議 第20号\r\n${HEADER('議事日程のとおり').replace(/\n/gu, '\r\n')}` },
						{ speechID: 'a_001', speechOrder: 1, speaker: '尾辻秀久', speech: '○議長（尾辻秀久君）　これより会議を開きます。' },
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'honkaigi-20.json', sourceHash: '0'.repeat(64) });
		expect(titles(result?.meeting)).toEqual(ITEMS);
	});
});
