/**
 * The 衆議院 lists the government's special assistants (内閣法制局長官, 人事院総裁, the chairs of the independent commissions) under
 * `出席政府特別補佐人`, each post in brackets before the name (`（内閣法制局長官）　近藤 正春君`): the post is the bracket's words, as
 * the NDL API's 会議録情報 reads them. Before, the text's roll kept the brackets as the post (`（内閣法制局長官）`).
 */
import { describe, expect, test } from 'vitest';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年二月五日（月曜日）
    午前九時開議
 出席委員
   委員長 小野田五典君
   理事 井野 俊郎君
      青山 周平君    階   猛君
 出席国務大臣
       内閣総理大臣   岸田 文雄君
 出席政府特別補佐人
       （内閣法制局長官）  近藤 正春君
       （人事院総裁）    川本 裕子君
 委員外の出席者
       予算委員会専門員 中村  実君
    ―――――――――――――`;

/** The group of the special assistants as [title, name]. */
function assistants(meeting: Meeting | null | undefined): [string | null, string | null][] {
	const group = meeting?.participants.find((candidate) => candidate.group === '出席政府特別補佐人');
	return (group?.members ?? []).map((member) => [member.title, member.name]);
}

const EXPECTED = [
	['内閣法制局長官', '近藤 正春'],
	['人事院総裁', '川本 裕子'],
];

describe('the 衆議院’s 出席政府特別補佐人', () => {
	test('in the text, each post is the bracket’s words', () => {
		const { meeting } = parseText(`第213回国会 衆議院 予算委員会 第5号\n${HEADER}\n○小野田委員長 これより会議を開きます。\n    午後五時散会\n`, 'yosan-5.txt');
		expect(assistants(meeting)).toEqual(EXPECTED);
	});
});
