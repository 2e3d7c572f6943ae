/**
 * A 本会議's record prints no roll before its turns, only the rolls after its close (`出席国務大臣`, `出席副大臣`), which list the
 * ministers alone: the members who spoke, and the 議長, are listed as those who spoke (`発言者`), the ministers the rolls list
 * left to them, as printed text and as the NDL API's JSON. Before, a record with those rolls listed no member who spoke
 * (3 → 0 entries of 発言者); and a name spaced in one label and not in another (`議長（額田　修一郎君）`) was two entries.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const TURNS = `○議長（額田　修一郎君）　これより会議を開きます。
○議長（額田修一郎君）　国務大臣の演説に対する質疑に入ります。久米義之君。
　　　　〔久米義之君登壇〕
○久米義之君　自由民主党の久米義之です。
　総理に伺います。（拍手）
○内閣総理大臣（石田誠治君）　久米議員にお答えいたします。（拍手）
○議長（額田修一郎君）　大河内冬美さん。
○大河内冬美君　国民民主党の大河内冬美です。
○国務大臣（青柳信也君）　大河内議員にお答えいたします。（拍手）
○議長（額田修一郎君）　本日は、これにて散会いたします。
　　　　午後三時十一分散会`;

const ROLLS = `　　　　――――◇―――――
　出席国務大臣
　　　　内閣総理大臣　石田　誠治君
　　　　経済産業大臣　青柳　信也君
　出席副大臣
　　　　財務副大臣　　平井　健吾君`;

const TEXT = `第二百十六回国会　衆議院会議録　第四号
令和六年十二月二日（月曜日）
○本日の会議に付した案件
　国務大臣の演説に対する質疑
　　　　午後一時開議
${TURNS}
${ROLLS}
`;

/** Each group as [group, [title, name] of each member]. */
const rolls = (meeting: Meeting | null | undefined) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, (member.name ?? '').replace(/\s/gu, '')])]);

const EXPECTED = [
	['出席国務大臣', [['内閣総理大臣', '石田誠治'], ['経済産業大臣', '青柳信也']]],
	['出席副大臣', [['財務副大臣', '平井健吾']]],
	['発言者', [['議長', '額田修一郎'], [null, '久米義之'], [null, '大河内冬美']]],
];

describe('a 本会議 with rolls only after its close', () => {
	test('as text: the members who spoke and the 議長 are listed once each, the ministers in their rolls', () => {
		expect(rolls(parseText(TEXT, 'honkaigi.txt').meeting)).toEqual(EXPECTED);
	});

	test('as the API JSON: the same', () => {
		const iid = '121605254X00420241202';
		const turns = TURNS.split(/\n(?=○)/u);
		const speaker = (turn: string) => /^○(?:(?<post>[^（\s　]+)（(?<a>[^）]+?)君）|(?<b>\S+?)君)/u.exec(turn)?.groups;
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: iid,
					session: 216,
					nameOfHouse: '衆議院',
					nameOfMeeting: '本会議',
					issue: '第4号',
					date: '2024-12-02',
					speechRecord: [
						{ speechID: `${iid}_000`, speechOrder: 0, speaker: '会議録情報', speech: '令和六年十二月二日（月曜日）\r\n○本日の会議に付した案件\r\n　国務大臣の演説に対する質疑\r\n' },
						...turns.map((turn, i) => ({
							speechID: `${iid}_${String(i + 1).padStart(3, '0')}`,
							speechOrder: i + 1,
							speaker: (speaker(turn)?.['a'] ?? speaker(turn)?.['b'] ?? '').replace(/\s/gu, ''),
							speakerPosition: speaker(turn)?.['post'] ?? null,
							speech: (i === turns.length - 1 ? `${turn}\n${ROLLS}` : turn).replace(/\n/gu, '\r\n'),
						})),
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'honkaigi.json', sourceHash: '0'.repeat(64) });
		expect(rolls(result?.meeting)).toEqual(EXPECTED);
	});

	test('without any roll, each speaker once, a spaced name and an unspaced one alike', () => {
		const meeting = parseText(TEXT.replace(ROLLS, ''), 'honkaigi.txt').meeting;
		expect(rolls(meeting)).toEqual([['発言者', [['議長', '額田修一郎'], [null, '久米義之'], ['内閣総理大臣', '石田誠治'], [null, '大河内冬美'], ['国務大臣', '青柳信也']]]]);
	});
});
