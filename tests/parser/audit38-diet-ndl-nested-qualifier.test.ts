/**
 * The 参議院 qualifies a 調査 taken up with the part of its theme in a bracket under the item, a bracket inside it at times
 * (`○国民生活・経済及び地方に関する調査` / `（「…」のうち、孤独・孤立対策（地域共生社会の実現））`). In the NDL API's 会議録情報
 * the bracket with a bracket inside had been no part of the item (the record's text read it as the item's).
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年五月八日（水曜日）
   午後一時開会
    ─────────────
  出席者は左のとおり。
    会 長         福田 美千代君
    委 員
                佐伯 健君
    ─────────────
  本日の会議に付した案件
○国民生活・経済及び地方に関する調査
 （「誰もが取り残されず希望が持てる社会の構築」のうち、孤独・孤立対策（地域共生社会の実現））
○参考人の出席要求に関する件
    ─────────────`;

const OPENING = '○会長（福田美千代君）　ただいまから国民生活・経済及び地方に関する調査会を開会いたします。';

const EXPECTED = ['国民生活・経済及び地方に関する調査（「誰もが取り残されず希望が持てる社会の構築」のうち、孤独・孤立対策（地域共生社会の実現））', '参考人の出席要求に関する件'];

test("the API's 会議録情報 keeps the bracket with a bracket inside on its item, as the text does", () => {
	const json = JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121314103X00920240508',
				session: 213,
				nameOfHouse: '参議院',
				nameOfMeeting: '国民生活・経済及び地方に関する調査会',
				issue: '第9号',
				date: '2024-05-08',
				speechRecord: [
					{ speechID: '121314103X00920240508_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
					{ speechID: '121314103X00920240508_001', speechOrder: 1, speaker: '福田美千代', speech: OPENING },
				],
			},
		],
	});
	const fromApi = parseDocuments(json, { source: 'kokumin-9.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
	const fromText = parseText(`第213回国会　参議院　国民生活・経済及び地方に関する調査会　第9号\n${HEADER}\n${OPENING}\n`, 'kokumin-9.txt').meeting;
	expect(fromApi?.agenda.map((item) => item.title)).toEqual(EXPECTED);
	expect(fromText?.agenda.map((item) => item.title)).toEqual(EXPECTED);
});
