/**
 * A city's 会議録 page whose numbered fields name the business (`6 議事内容` over its items), the handouts (`7 資料`) and
 * only then the text (`8 会議の結果`). The first label had been taken for the text's start: the handouts ran into the
 * text (`7 資料資料1-1 …`) and the agenda was read from the text's own lines.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const RECORD = `令和6年度 第1回 ひかり野市子ども・子育て会議(令和6年4月19日開催)
1 開催日時
令和6年4月19日(金曜日) 午後6時30分~8時30分
2 開催場所
防災センター402会議室
3 出席者
委員:加納会長、市原副会長、松井委員
4 欠席者
植田委員
5 傍聴者
3人
6 議事内容
(1)会議に求めることについて
(2)計画の策定スケジュールについて
(3)その他
7 資料
資料1 前回会議における主な意見と対応
資料2 計画策定スケジュール(案)
8 会議の結果
議事1 会議に求めることについて
事務局より資料1の説明
【委員】
子どもの意見を直接聴く場をつくってほしい。
【事務局】
夏休みに中高生ワークショップを予定している。
`;

describe('the business named before the text\'s own label', () => {
	const { meeting, body } = parseMinutes(RECORD, { source: 'h.txt', sourceHash: '0'.repeat(64) });

	test('the items under 議事内容 are the agenda', () => {
		expect(meeting!.agenda.map((item) => item.title)).toEqual(['会議に求めることについて', '計画の策定スケジュールについて', 'その他']);
	});

	test('the handouts are read, and the text starts at 会議の結果', () => {
		expect(meeting!.handouts.map((handout) => handout.id)).toEqual(['資料1', '資料2']);
		expect(JSON.stringify(body)).not.toContain('資料1 前回会議');
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['委員', '事務局']);
	});
});
