/**
 * A roll-call vote in the NDL API's record of a 本会議: the count the 事務総長 reports (`〔事務総長報告〕` / `投票総数…`) and the
 * lists of who voted which way (`…を可とする議員の氏名` / names / `否とする議員の氏名` / names) come at the end of the chair's
 * speech. They are the record's, set out after his words, as in the record's text: notes after the remark, not his words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const ISSUE = '121305254X01220240302';
const speech = (order: number, text: string) => ({ speechID: `${ISSUE}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker: '額賀福志郎', speakerPosition: '議長', speech: text.replaceAll('\n', '\r\n') });
const RECORD = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: ISSUE,
			session: 213,
			nameOfHouse: '衆議院',
			nameOfMeeting: '本会議',
			issue: '第12号',
			date: '2024-03-02',
			speechRecord: [
				speech(1, '○議長（額賀福志郎君）　投票の結果を事務総長から報告させます。\n　　　　〔事務総長報告〕\n　投票総数　　　　　　　四百五十\n　　可とする者（白票）　　　　二百九十\n　　　　〔拍手〕\n　　否とする者（青票）　　　　百六十\n　　　　〔拍手〕'),
				speech(
					2,
					'○議長（額賀福志郎君）　右の結果、本案は委員長報告のとおり可決いたしました。（拍手）\n　　―――――――――――――\n　令和六年度一般会計予算を委員長報告のとおり決するを可とする議員の氏名\n　　　　　安藤　高夫君　　　青山　周平君\n　否とする議員の氏名\n　　　　　逢坂　誠二君\n　　――――◇―――――',
				),
				speech(3, '○議長（額賀福志郎君）　本日は、これにて散会いたします。\n　　　　午前三時二十分散会'),
			],
		},
	],
});

describe('a roll-call vote in the NDL API', () => {
	const [result] = parseDocuments(RECORD, { source: 'honkaigi-12.json', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;

	test("the count and the names are no one's words", () => {
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual([
			'投票の結果を事務総長から報告させます。\n〔事務総長報告〕',
			'右の結果、本案は委員長報告のとおり可決いたしました。（拍手）',
			'本日は、これにて散会いたします。',
		]);
	});

	test('they are notes after the remark, every line kept', () => {
		const blocks = result?.body.find((section) => section.id === 's1')?.children ?? [];
		expect(blocks.map((block) => (block.type === 'note' ? block.text : block.type))).toEqual([
			'remark',
			'投票総数　　　　　　　四百五十',
			'可とする者（白票）　　　　二百九十',
			'〔拍手〕',
			'否とする者（青票）　　　　百六十',
			'〔拍手〕',
			'remark',
			'―――――――――――――',
			'令和六年度一般会計予算を委員長報告のとおり決するを可とする議員の氏名',
			'安藤　高夫君　　　青山　周平君',
			'否とする議員の氏名',
			'逢坂　誠二君',
			'――――◇―――――',
			'remark',
			'午前三時二十分散会',
		]);
	});
});
