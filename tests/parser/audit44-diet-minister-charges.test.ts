/**
 * A minister of state holding several charges is set in the 衆議院's printed roll with each charge in its bracket under the
 * part, the last on the name's line: `国　務　大　臣` / `（北海道開発庁` / `長官）` / `（沖縄開発庁長` / `官）` /
 * `（国土庁長官）　綿貫 民輔君` (the NDL API's 会議録情報 keeps the lines). Only the last charge had been kept
 * (`国務大臣（国土庁長官）`); the post is the part and every charge in its order.
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
	' 出席国務大臣',
	'        内閣総理大臣  中村康太郎君',
	'        国 務 大 臣',
	'        （北海道開発庁',
	'        長官）',
	'        （沖縄開発庁長',
	'        官）',
	'        （国土庁長官） 綿引 民雄君',
	'        国 務 大 臣',
	'        （経済企画庁長',
	'        官）      近藤 鉄夫君',
	'    ―――――――――――――',
];
const TURNS = ['○砂川委員長 これより会議を開きます。', '○綿引国務大臣 お答えします。'];

const ministers = (meeting: Meeting | null | undefined) => meeting?.participants.find((group) => group.group === '出席国務大臣')?.members.map((member) => [member.title, member.name]);

const EXPECTED = [
	['内閣総理大臣', '中村康太郎'],
	['国務大臣（北海道開発庁長官）（沖縄開発庁長官）（国土庁長官）', '綿引 民雄'],
	['国務大臣（経済企画庁長官）', '近藤 鉄夫'],
];

describe('a minister of state with several charges in the 衆議院’s roll', () => {
	test('in the printed text, the post holds every charge', () => {
		const { meeting } = parseText(['第108回国会 予算委員会 第5号', ...HEADER, '本日の会議に付した案件', ' 昭和六十二年度一般会計予算', '     ――――◇―――――', ...TURNS, '    午後五時散会', ''].join('\n'), 'yosan-5.txt');
		expect(ministers(meeting)).toEqual(EXPECTED);
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
		expect(ministers(parseDocuments(json, { source: 'yosan-5.json', sourceHash: '0'.repeat(64) })[0]?.meeting)).toEqual(EXPECTED);
	});
});
