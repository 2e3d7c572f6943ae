/**
 * The 参議院's roll in the NDL API's 会議録情報 sets a minister's charge in a bracket on the name's line, under the role
 * (`国務大臣` / `(内閣府特命担当大臣(防災))  平田 誠一郎君`). The printed record's text reads that minister as
 * `国務大臣(内閣府特命担当大臣(防災))`; the API's header had dropped the role and kept the charge alone.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const header = (charge: string): string => `令和六年四月十一日(木曜日)
   午前十時開会
    ─────────────
  出席者は左のとおり。
    委員長         谷口 正臣君
    委 員
                川島 直人君
   国務大臣
       国務大臣
       ${charge}  平田 誠一郎君
   政府参考人
       内閣府政策統括官 高木 真一君
    ─────────────`;

const TURNS = ['○委員長(谷口正臣君) ただいまから災害対策特別委員会を開会いたします。', '○国務大臣(平田誠一郎君) お答えいたします。'];

/** The record as the API answers it: the 会議録情報 and the speeches. */
function api(charge: string): string {
	const speech = (order: number, speaker: string, text: string) => ({ speechID: `121313889X00820240411_00${order}`, speechOrder: order, speaker, speech: text });
	return JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121313889X00820240411',
				session: 213,
				nameOfHouse: '参議院',
				nameOfMeeting: '災害対策特別委員会',
				issue: '第8号',
				date: '2024-04-11',
				speechRecord: [speech(0, '会議録情報', header(charge).replaceAll('\n', '\r\n')), speech(1, '谷口正臣', TURNS[0] ?? ''), speech(2, '平田誠一郎', TURNS[1] ?? '')],
			},
		],
	});
}

describe.each(['(内閣府特命担当大臣(防災))', '（内閣府特命担当大臣（防災））'])('a minister with the charge %s on the name’s line', (charge) => {
	test("the API's header gives the post the record's text gives", () => {
		const fromApi = parseDocuments(api(charge), { source: 'saigai-8.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
		const fromText = parseText(`第213回国会　参議院　災害対策特別委員会　第8号\n${header(charge)}\n${TURNS.join('\n')}\n`, 'saigai-8.txt').meeting;
		const rows = (meeting: typeof fromApi) => meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]));
		expect(rows(fromApi)).toEqual([
			['委員長', '谷口 正臣'],
			['委員', '川島 直人'],
			[`国務大臣${charge}`, '平田 誠一郎'],
			['政府参考人（内閣府政策統括官）', '高木 真一'],
		]);
		expect(rows(fromApi)).toEqual(rows(fromText));
	});
});
