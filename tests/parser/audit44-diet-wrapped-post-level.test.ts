/**
 * The 衆議院's printed roll wraps a long post at the column's width, its second line level with the first and holding the
 * name: `大蔵省主税局長` / `事務代理　　　　水田　　功君`, `予算委員会調査` / `室長　　　　　　大坪　宏通君` (older records under
 * `出席政府委員` and `委員外の出席者`; the NDL API's 会議録情報 of them keeps the lines). A first line that reads as a whole post
 * or comes right after an entry had been taken for the part over the entries and dropped, the entry keeping `事務代理` or
 * `室長` alone, and of a post over three lines (`自治省行政局選` / `挙部政治資金課` / `長　　鈴木 良一君`) only the last two had been
 * kept; it is the start of that entry's post.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = [
	'昭和六十二年三月九日（月曜日）',
	'    午前十時開議',
	' 出席委員',
	'   委員長 砂川 重吉君',
	'      相田 英雄君    青山 一雄君',
	' 出席政府委員',
	'        内閣法制局長官 味村  治君',
	'        大蔵省主税局長',
	'        事務代理    水田  功君',
	'        自治大臣官房審',
	'        議官      谷口 靖夫君',
	'        自治省行政局選',
	'        挙部政治資金課',
	'        長       鈴山 良一君',
	' 委員外の出席者',
	'        参  考  人',
	'        （日本銀行総裁） 澄田  智君',
	'        予算委員会調査',
	'        室長      大坪 宏通君',
	'    ―――――――――――――',
];
const TURNS = ['○砂川委員長 これより会議を開きます。', '○相田委員 伺います。', '○水田政府委員 お答えいたします。'];

const rows = (meeting: Meeting | null | undefined) => meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]));

const EXPECTED = [
	['委員長', '砂川 重吉'],
	[null, '相田 英雄'],
	[null, '青山 一雄'],
	['内閣法制局長官', '味村 治'],
	['大蔵省主税局長事務代理', '水田 功'],
	['自治大臣官房審議官', '谷口 靖夫'],
	['自治省行政局選挙部政治資金課長', '鈴山 良一'],
	['参考人（日本銀行総裁）', '澄田 智'],
	['予算委員会調査室長', '大坪 宏通'],
];

describe('a post wrapped level with the name in the 衆議院’s roll', () => {
	test('in the printed text, its first line is the start of the post', () => {
		const { meeting } = parseText(['第108回国会 予算委員会 第7号', ...HEADER, '本日の会議に付した案件', ' 昭和六十二年度一般会計予算', '     ――――◇―――――', ...TURNS, '    午後五時散会', ''].join('\n'), 'yosan-7.txt');
		expect(rows(meeting)).toEqual(EXPECTED);
	});

	test("in the NDL API's 会議録情報, the same", () => {
		const speech = (order: number, speaker: string, text: string) => ({ speechID: `110805261X00719870309_00${order}`, speechOrder: order, speaker, speech: text });
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '110805261X00719870309',
					session: 108,
					nameOfHouse: '衆議院',
					nameOfMeeting: '予算委員会',
					issue: '第7号',
					date: '1987-03-09',
					speechRecord: [speech(0, '会議録情報', ['第108回国会　衆議院　予算委員会　第7号', ...HEADER].join('\r\n')), ...TURNS.map((turn, index) => speech(index + 1, '砂川重吉', turn))],
				},
			],
		});
		expect(rows(parseDocuments(json, { source: 'yosan-7.json', sourceHash: '0'.repeat(64) })[0]?.meeting)).toEqual(EXPECTED);
	});
});
