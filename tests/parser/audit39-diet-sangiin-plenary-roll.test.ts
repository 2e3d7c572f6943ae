/**
 * A 参議院 本会議's record prints its roll after the close, marked as its other headings are (`○出席者は左のとおり。`), its
 * parts set off by `─────・─────` (`議員` / then `国務大臣`, `政府特別補佐人`): the roll is the meeting's participants, each
 * part's entries with their posts, and no line of it is left in the text. Before, the marked heading was not known: the
 * meeting listed only those who spoke (3 of 8 entries) and the roll stayed as 9 notes after the close. The NDL API's JSON puts
 * the roll into the last speech: it is the roll there too (before, 3 entries, and the roll left in the chair's last words).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const TEXT = `第二百十六回国会　参議院会議録第五号
令和六年十二月十六日（月曜日）
   午前十時一分開議
○本日の会議に付した案件
 一、国務大臣の演説に関する件
    ─────・─────
○議長（片岡俊二君） これより会議を開きます。
 財務大臣から財政について発言を求められております。発言を許します。桑原財務大臣。
○国務大臣（桑原智子君） 財政政策の基本的な考え方について申し述べます。（拍手）
○議長（片岡俊二君） 戸田恭子君。
○戸田恭子君 会派を代表し、質問いたします。（拍手）
○議長（片岡俊二君） 本日はこれにて散会いたします。
   午前十一時二十分散会
     ─────・─────
○出席者は左のとおり。
      議長        片岡 俊二君
      副議長       長沢 浩美君
      議員
            青山 祐介君   戸田 恭子君
            中島 久美君   吉村 徹君
     ─────・─────
      国務大臣
         財務大臣   桑原 智子君
     ─────・─────
      政府特別補佐人
         内閣法制局長官 西岡 一範君
`;

const ROLL = [
	[
		'出席者',
		[
			['議長', '片岡 俊二'],
			['副議長', '長沢 浩美'],
			['議員', '青山 祐介'],
			['議員', '戸田 恭子'],
			['議員', '中島 久美'],
			['議員', '吉村 徹'],
			['財務大臣', '桑原 智子'],
			['政府特別補佐人（内閣法制局長官）', '西岡 一範'],
		],
	],
];

/** The record as the API's meeting endpoint answers it: the header, then one speech a turn, the last with all that follows it. */
function asJson(text: string): string {
	const iid = '121615254X00520241216';
	const cut = text.indexOf('\n○議長');
	const [head, rest] = [text.slice(0, cut), text.slice(cut + 1)];
	const turns = rest.split(/\n(?=○(?!出席者))/u);
	const speech = (order: number, speaker: string, words: string) => ({ speechID: `${iid}_${String(order).padStart(3, '0')}`, speechOrder: order, speaker, speech: words.replace(/\n/gu, '\r\n') });
	return JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: iid,
				session: 216,
				nameOfHouse: '参議院',
				nameOfMeeting: '本会議',
				issue: '第5号',
				date: '2024-12-16',
				speechRecord: [speech(0, '会議録情報', head.split('\n').slice(1).join('\n')), ...turns.map((turn, i) => speech(i + 1, /^○(?:[^（\s]+（(.+?)君）|(.+?)君)/u.exec(turn)?.slice(1).find(Boolean) ?? '', turn))],
			},
		],
	});
}

describe("a 参議院 本会議's roll after its close", () => {
	const result = parseText(TEXT, 'sangiin-honkaigi.txt');

	test('as the API JSON: the roll of the meeting, none of it left in the last speech', () => {
		const [read] = parseDocuments(asJson(TEXT), { source: 'sangiin-honkaigi.json', sourceHash: '0'.repeat(64) });
		expect(read?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual(ROLL);
		expect(read?.meeting?.remarks.at(-1)?.text).not.toMatch(/出席者|片岡 俊二/u);
		expect(read?.meeting?.remarks).toHaveLength(5);
	});

	test('is the roll of the meeting, every part of it with its posts', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出席者',
				[
					['議長', '片岡 俊二'],
					['副議長', '長沢 浩美'],
					['議員', '青山 祐介'],
					['議員', '戸田 恭子'],
					['議員', '中島 久美'],
					['議員', '吉村 徹'],
					['財務大臣', '桑原 智子'],
					['政府特別補佐人（内閣法制局長官）', '西岡 一範'],
				],
			],
		]);
	});

	test('leaves none of its lines in the text', () => {
		const notes = result.body.flatMap((section) => section.children).filter((block) => block.type === 'note').map((block) => ('text' in block ? block.text : ''));
		expect(notes.filter((note) => /出席者|片岡 俊二|国務大臣|西岡/u.test(note))).toEqual([]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（片岡俊二君）', '国務大臣（桑原智子君）', '議長（片岡俊二君）', '戸田恭子君', '議長（片岡俊二君）']);
	});

	test("a committee's roll ends at its rule as before: what follows is no entry", () => {
		const committee = parseText(
			`第二百十三回国会　参議院
環境委員会会議録第七号
令和六年四月十六日（火曜日）
   午前十時開会
  出席者は左のとおり。
    委員長         野口 美千代君
     ─────・─────
  本日の会議に付した案件
○地球温暖化対策の推進に関する法律の一部を改正する法律案
○委員長（野口美千代君） ただいまから環境委員会を開会いたします。
   午前十一時五十分散会
`,
			'kankyo.txt',
		);
		expect(committee.meeting?.participants.map((group) => group.members.map((member) => member.name))).toEqual([['野口 美千代']]);
		expect(committee.meeting?.agenda.map((item) => item.title)).toEqual(['地球温暖化対策の推進に関する法律の一部を改正する法律案']);
	});
});
