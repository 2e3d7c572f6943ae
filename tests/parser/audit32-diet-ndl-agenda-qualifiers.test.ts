/**
 * A bracket alone under an item of the NDL API's 会議録情報 business (`本日の会議に付した案件`) qualifies that item: a budget
 * 分科会's part of the budget (`令和六年度一般会計予算` / `（文部科学省所管）`), the part of a 参議院 調査会's inquiry taken up
 * (`○…に関する調査` / `（「…」のうち、…）`), as the printed minutes' items read. Before, such a line was taken for a stage
 * direction and left out of the agenda, which named the whole budget or the whole inquiry.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const agendaOf = (house: string, name: string, header: string): string[] | undefined => {
	const json = JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121305266X00220240226',
				session: 213,
				nameOfHouse: house,
				nameOfMeeting: name,
				issue: '第2号',
				date: '2024-02-26',
				speechRecord: [
					{ speechID: '121305266X00220240226_000', speechOrder: 0, speaker: '会議録情報', speech: header.replaceAll('\n', '\r\n') },
					{ speechID: '121305266X00220240226_001', speechOrder: 1, speaker: '石田真敏', speech: '○石田主査　これより会議を開きます。' },
				],
			},
		],
	});
	return parseDocuments(json, { source: 'bunka.json', sourceHash: '0'.repeat(64) })[0]?.meeting?.agenda.map((item) => item.title);
};

describe('a bracket under an item of the 会議録情報', () => {
	const bunkakai = `令和六年二月二十六日（月曜日）
    午前九時開議
 出席分科員
   主査 石田 真敏君
      井出 庸生君    城井  崇君
    ―――――――――――――
本日の会議に付した案件
 令和六年度一般会計予算
 令和六年度特別会計予算
 令和六年度政府関係機関予算
 （文部科学省所管）
    ――――◇―――――`;

	test("a 分科会's part of the budget qualifies the item above it, as in the printed minutes", () => {
		const json = agendaOf('衆議院', '予算委員会第四分科会', bunkakai);
		expect(json).toEqual(['令和六年度一般会計予算', '令和六年度特別会計予算', '令和六年度政府関係機関予算（文部科学省所管）']);
		const text = parseText(`第213回国会　衆議院　予算委員会第四分科会　第2号\n${bunkakai}\n○石田主査　これより会議を開きます。\n`, 'bunka4-2.txt').meeting;
		expect(text?.agenda.map((item) => item.title)).toEqual(json);
	});

	test("the part of a 参議院 inquiry taken up qualifies it", () => {
		const header = `令和六年二月十四日（水曜日）
   午後一時開会
    ―――――――――――――
   出席者は左のとおり。
    会 長         宮沢 洋一君
    ―――――――――――――
  本日の会議に付した案件
○資源エネルギー・持続可能社会に関する調査
 （「資源エネルギーの安定供給の確保」のうち、脱炭素社会の実現に向けた取組）
○参考人の出席要求に関する件`;
		expect(agendaOf('参議院', '資源エネルギー・持続可能社会に関する調査会', header)).toEqual([
			'資源エネルギー・持続可能社会に関する調査（「資源エネルギーの安定供給の確保」のうち、脱炭素社会の実現に向けた取組）',
			'参考人の出席要求に関する件',
		]);
	});
});
