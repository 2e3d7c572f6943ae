/**
 * A roll's entries end with 君 after the name; a name that begins with 君 (the surnames `君島`, `君塚`, the given name `君子`
 * spaced from the surname) keeps it, in the printed minutes and in the NDL API's 会議録情報. Before, every 君 ended an entry:
 * `理事 君島 一郎君` became an entry `理事` and one `島 一郎`.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年四月十日（水曜日）
    午前九時開議
 出席委員
   委員長 浮島 健一君
   理事 君島 一郎君 理事 岡本 雅子君
      君塚 花子君    井林 辰彦君
      山田 君子君    佐藤  勉君
    ―――――――――――――`;

const EXPECTED = [['出席委員', [['委員長', '浮島 健一'], ['理事', '君島 一郎'], ['理事', '岡本 雅子'], [null, '君塚 花子'], [null, '井林 辰彦'], [null, '山田 君子'], [null, '佐藤 勉']]]];

const rolls = (meeting: Meeting | null | undefined) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);

describe('names with 君 in a roll', () => {
	test('in the printed minutes', () => {
		const { meeting } = parseText(`第２１３回国会　衆議院　総務委員会　第５号\n\n${HEADER}\n○浮島委員長　これより会議を開きます。\n○君島委員　質問します。\n`, 'somu-5.txt');
		expect(rolls(meeting)).toEqual(EXPECTED);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['浮島委員長', '君島委員']);
	});

	test("in the NDL API's 会議録情報", () => {
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121304601X00520240410',
					session: 213,
					nameOfHouse: '衆議院',
					nameOfMeeting: '総務委員会',
					issue: '第5号',
					date: '2024-04-10',
					speechRecord: [
						{ speechID: '121304601X00520240410_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
						{ speechID: '121304601X00520240410_001', speechOrder: 1, speaker: '浮島健一', speech: '○浮島委員長　これより会議を開きます。' },
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'somu.json', sourceHash: '0'.repeat(64) });
		expect(rolls(result?.meeting)).toEqual(EXPECTED);
	});
});
