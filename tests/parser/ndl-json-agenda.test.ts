/**
 * The 参議院 marks each item of 本日の会議に付した案件 with ○ and wraps it at a fixed width (`○良質かつ適切な医療を効率的に提供する体制の`
 * / `　確保を推進するための…` / `　る法律案（内閣提出、衆議院送付）`): a line without the mark under a marked item goes on with it.
 * Before, each wrapped line became an item of its own (`築）` among them). The 衆議院's unmarked items, one a line, stay apart.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (house: string, info: string) =>
	JSON.stringify({
		numberOfRecords: 1,
		numberOfReturn: 1,
		startRecord: 1,
		meetingRecord: [
			{
				issueID: '121314260X00820240411',
				session: 213,
				nameOfHouse: house,
				nameOfMeeting: '厚生労働委員会',
				issue: '第8号',
				date: '2024-04-11',
				speechRecord: [
					{ speechID: '121314260X00820240411_000', speechOrder: 0, speaker: '会議録情報', speech: info },
					{ speechID: '121314260X00820240411_001', speechOrder: 1, speaker: '山下雅子', speech: '○委員長（山下雅子君）　ただいまから厚生労働委員会を開会いたします。' },
				],
			},
		],
	});

const agendaOf = (house: string, info: string) => parseDocuments(record(house, info), { source: 'kousei.json', sourceHash: '0'.repeat(64) })[0]!.meeting!.agenda.map((item) => item.title);

describe('the agenda of the NDL JSON header', () => {
	test("the 参議院's marked items wrapped at a fixed width are one item each", () => {
		const info = `令和六年四月十一日（木曜日）\n　　　午前十時開会\n　　　　─────────────\n　　本日の会議に付した案件\n○政府参考人の出席要求に関する件\n○良質かつ適切な医療を効率的に提供する体制の\n　確保を推進するための医療法等の一部を改正す\n　る法律案（内閣提出、衆議院送付）\n○国民生活・経済及び地方に関する調査\n　（誰もが取り残されずに希望が持てる社会の構\n　築）\n　　　　─────────────`;
		expect(agendaOf('参議院', info)).toEqual([
			'政府参考人の出席要求に関する件',
			'良質かつ適切な医療を効率的に提供する体制の確保を推進するための医療法等の一部を改正する法律案（内閣提出、衆議院送付）',
			'国民生活・経済及び地方に関する調査（誰もが取り残されずに希望が持てる社会の構築）',
		]);
	});

	test("the 衆議院's unmarked items stay one a line", () => {
		const info = `令和六年四月十一日（木曜日）\n    午前九時開議\n    ―――――――――――――\n本日の会議に付した案件\n 政府参考人出頭要求に関する件\n 参考人出頭要求に関する件\n 子ども・子育て支援法等の一部を改正する法律案（内閣提出第二二号）\n    ―――――――――――――`;
		expect(agendaOf('衆議院', info)).toEqual(['政府参考人出頭要求に関する件', '参考人出頭要求に関する件', '子ども・子育て支援法等の一部を改正する法律案（内閣提出第二二号）']);
	});
});
