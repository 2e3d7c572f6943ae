/**
 * The 参議院's roll sets those of neither the committee nor the cabinet under parts of their own, each entry's post under
 * the part: `衆議院議員` / `　　修正案提出者　寺島 義晴君`, `最高裁判所長官代理者` / `　　最高裁判所事務総局家庭局長　馬場 健太君`,
 * `委員以外の議員` / `　　議員　田島 麻衣君`; their labels name the part (`○衆議院議員（寺島義晴君）`). The part had been
 * dropped, the proposer from the other house listed as `修正案提出者` alone; it is kept as under `政府参考人`:
 * `衆議院議員（修正案提出者）`, `最高裁判所長官代理者（最高裁判所事務総局家庭局長）`, and `委員以外の議員` whole.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = [
	'令和六年五月九日（木曜日）',
	'   午前十時開会',
	'    ─────────────',
	'  出席者は左のとおり。',
	'    委員長         杉本 和宏君',
	'    委 員',
	'                川端 裕子君',
	'   委員以外の議員',
	'       議員       田島 麻衣君',
	'   衆議院議員',
	'       修正案提出者   寺島 義晴君',
	'   国務大臣',
	'       法務大臣     北村 重信君',
	'   最高裁判所長官代理者',
	'       最高裁判所事務',
	'       総局家庭局長   馬場 健太君',
	'   政府参考人',
	'       法務省民事局長  竹内  努君',
	'    ─────────────',
];
const TURNS = ['○委員長（杉本和宏君）　ただいまから法務委員会を開会いたします。', '○川端裕子君　伺います。', '○衆議院議員（寺島義晴君）　お答えいたします。', '○最高裁判所長官代理者（馬場健太君）　お答えいたします。'];

const rows = (meeting: Meeting | null | undefined) => meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]));

const EXPECTED = [
	['委員長', '杉本 和宏'],
	['委員', '川端 裕子'],
	['委員以外の議員', '田島 麻衣'],
	['衆議院議員（修正案提出者）', '寺島 義晴'],
	['法務大臣', '北村 重信'],
	['最高裁判所長官代理者（最高裁判所事務総局家庭局長）', '馬場 健太'],
	['政府参考人（法務省民事局長）', '竹内 努'],
];

describe('the 参議院’s parts for those of neither the committee nor the cabinet', () => {
	test('in the printed text, the part is kept with the post', () => {
		const { meeting } = parseText(['第二百十三回国会　参議院', '法務委員会会議録第十一号', ...HEADER, ...TURNS, '   午後零時二分散会', ''].join('\n'), 'houmu-11.txt');
		expect(rows(meeting)).toEqual(EXPECTED);
	});

	test("in the NDL API's 会議録情報, the same", () => {
		const speech = (order: number, speaker: string, text: string) => ({ speechID: `121315206X01120240509_00${order}`, speechOrder: order, speaker, speech: text });
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121315206X01120240509',
					session: 213,
					nameOfHouse: '参議院',
					nameOfMeeting: '法務委員会',
					issue: '第11号',
					date: '2024-05-09',
					speechRecord: [speech(0, '会議録情報', HEADER.join('\r\n')), ...TURNS.map((turn, index) => speech(index + 1, '杉本和宏', turn))],
				},
			],
		});
		expect(rows(parseDocuments(json, { source: 'houmu-11.json', sourceHash: '0'.repeat(64) })[0]?.meeting)).toEqual(EXPECTED);
	});
});
