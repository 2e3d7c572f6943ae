/**
 * The 衆議院's printed roll (昭和 and 平成 records, and the NDL API's 会議録情報 of them) sets those heard and the ministers
 * of state under their part, each with the bracket of what they are on the name's line: `参　　考　　人` /
 * `（日本銀行総裁）澄川　　智君`, `国　務　大　臣` / `（内閣官房長官）後藤田正晴君`. A bracket as wide as the post's column
 * runs into the name with no space. Such an entry had read as one named `智` with the post `参考人（日本銀行総裁）澄川`, or
 * as one named `（内閣官房長官）後藤田正晴`; the bracket is the post's, after the part, as it is when a space parts them.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = [
	'昭和六十二年三月五日（木曜日）',
	'    午前十一時六分開議',
	' 出席委員',
	'   委員長 砂川 重吉君',
	'   理事 今井 誠一君 理事 野村 和人君',
	' 出席国務大臣',
	'        内閣総理大臣  中村康太郎君',
	'        国 務 大 臣',
	'        （内閣官房長官）後藤田正晴君',
	'        国 務 大 臣',
	'        （総務庁長官） 山下 徳夫君',
	' 委員外の出席者',
	'        参  考  人',
	'        （日本銀行総裁）澄川  智君',
	'        参  考  人',
	'        （経済団体連合会会長）斎藤 英一君',
	'    ―――――――――――――',
];
const TURNS = ['○砂川委員長 これより会議を開きます。', '○野村委員 日銀総裁に伺います。', '○澄川参考人 お答えいたします。', '○後藤田国務大臣 お答えします。'];

const rows = (meeting: Meeting | null | undefined) => meeting?.participants.flatMap((group) => group.members.map((member) => [group.group, member.title, member.name]));

const EXPECTED = [
	['出席委員', '委員長', '砂川 重吉'],
	['出席委員', '理事', '今井 誠一'],
	['出席委員', '理事', '野村 和人'],
	['出席国務大臣', '内閣総理大臣', '中村康太郎'],
	['出席国務大臣', '国務大臣（内閣官房長官）', '後藤田正晴'],
	['出席国務大臣', '国務大臣（総務庁長官）', '山下 徳夫'],
	['委員外の出席者', '参考人（日本銀行総裁）', '澄川 智'],
	['委員外の出席者', '参考人（経済団体連合会会長）', '斎藤 英一'],
];

describe('a bracket run into the name in the 衆議院’s roll', () => {
	test('in the printed text, the bracket is the post after the part and the name is whole', () => {
		const { meeting } = parseText(['第108回国会 予算委員会 第5号', ...HEADER, '本日の会議に付した案件', ' 昭和六十二年度一般会計予算', '     ――――◇―――――', ...TURNS, '    午後五時散会', ''].join('\n'), 'yosan-5.txt');
		expect(rows(meeting)).toEqual(EXPECTED);
		// The entry's text is as the roll prints it.
		expect(meeting?.participants.flatMap((group) => group.members).find((member) => member.name === '後藤田正晴')?.text).toBe('（内閣官房長官）後藤田正晴君');
	});

	test("in the NDL API's 会議録情報, the same", () => {
		const speech = (order: number, speaker: string, text: string) => ({ speechID: `110805261X00519870305_00${order}`, speechOrder: order, speaker, speech: text });
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '110805261X00519870305',
					session: 108,
					nameOfHouse: '衆議院',
					nameOfMeeting: '予算委員会',
					issue: '第5号',
					date: '1987-03-05',
					speechRecord: [speech(0, '会議録情報', ['第108回国会　衆議院　予算委員会　第5号', ...HEADER].join('\r\n')), ...TURNS.map((turn, index) => speech(index + 1, '砂川重吉', turn))],
				},
			],
		});
		const meeting = parseDocuments(json, { source: 'yosan-5.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(rows(meeting)).toEqual(EXPECTED);
	});
});
