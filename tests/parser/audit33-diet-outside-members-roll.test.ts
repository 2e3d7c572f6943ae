/**
 * The 衆議院's records of the first sessions head the roll of those present who sit on no seat of the committee
 * `委員外出席者` (no の): the 副議長, the 事務総長, members of other committees. Before, the heading was dropped and they were
 * listed among the committee's members.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第13回国会 衆議院 議院運営委員会 第72号
昭和二十七年七月四日(金曜日)
    午後零時二十五分開議
 出席委員
   委員長 石川 博之君
   理事 倉田 忠夫君 理事 福山 健治君
      岡延右エ門君    竹中奈良一君
 委員外出席者
        副  議  長 岩田 信吉君
        議     員 上野與市郎君
        事 務 総 長 大川  眞君
    ―――――――――――――
本日の会議に付した事件
 本日の本会議議事に関する件
    ―――――――――――――
○石川委員長 それでは本日の議院運営委員会を開会いたします。
○大川事務総長 御説明申し上げます。
○石川委員長 これにて散会いたします。
    午後一時散会
`;

describe('the roll headed 委員外出席者', () => {
	test('is a roll of its own, apart from the members', () => {
		const { meeting } = parseText(RECORD, 'giun-72.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席委員', [['委員長', '石川 博之'], ['理事', '倉田 忠夫'], ['理事', '福山 健治'], [null, '岡延右エ門'], [null, '竹中奈良一']]],
			['委員外の出席者', [['副議長', '岩田 信吉'], ['議員', '上野與市郎'], ['事務総長', '大川 眞']]],
		]);
	});
});

describe("the roll headed 委員外出席者 in the NDL API's 会議録情報", () => {
	test('is a roll of its own, apart from the members', () => {
		const [header, ...speeches] = RECORD.split('○石川委員長 それでは')[0]!.split('\n').slice(1).join('\r\n').split('\r\n本日の会議に付した事件');
		expect(speeches).toHaveLength(1);
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '101304024X07219520704',
					session: 13,
					nameOfHouse: '衆議院',
					nameOfMeeting: '議院運営委員会',
					issue: '第72号',
					date: '1952-07-04',
					speechRecord: [
						{ speechID: '101304024X07219520704_000', speechOrder: 0, speaker: '会議録情報', speech: header },
						{ speechID: '101304024X07219520704_001', speechOrder: 1, speaker: '石川博之', speech: '○石川委員長 それでは本日の議院運営委員会を開会いたします。' },
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'giun.json', sourceHash: '0'.repeat(64) });
		expect(result?.meeting?.participants.map((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			[['委員長', '石川 博之'], ['理事', '倉田 忠夫'], ['理事', '福山 健治'], [null, '岡延右エ門'], [null, '竹中奈良一']],
			[['副議長', '岩田 信吉'], ['議員', '上野與市郎'], ['事務総長', '大川 眞']],
		]);
	});
});
