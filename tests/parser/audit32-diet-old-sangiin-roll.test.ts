/**
 * The early 参議院's roll heading, `出席者は左の通り。` (today's records write `出席者は左のとおり。`), as its printed minutes and
 * the NDL API's 会議録情報 give it: the roll under it is the record's participants. Before, the heading was not known, so every
 * entry of the roll was left as a note of the header and the meeting had no participants.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const ROLL = `昭和二十七年五月二十日（火曜日）
   午前十時五十分開会
  ―――――――――――――
  出席者は左の通り。
   委員長     梅原 真隆君
   理事
           木内 キヤウ君
   委員
           高田なほ子君
           荒木正三郎君
  政府委員
   文部政務次官  今村 忠助君
  事務局側
   常任委員会専門
   員       石丸 敬次君
  ―――――――――――――
  本日の会議に付した事件
○教育委員会法の一部を改正する法律案（内閣送付）`;

const EXPECTED = [
	[
		'出席者',
		[
			['委員長', '梅原 真隆'],
			['理事', '木内 キヤウ'],
			['委員', '高田なほ子'],
			['委員', '荒木正三郎'],
			['文部政務次官', '今村 忠助'],
			['常任委員会専門員', '石丸 敬次'],
		],
	],
];

const rolls = (meeting: Meeting | null | undefined) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);

describe('the early 参議院 roll, `出席者は左の通り。`', () => {
	test('in the printed minutes', () => {
		const result = parseText(
			`第十三回国会　参議院　文部委員会　第二十号\n\n${ROLL}\n  ―――――――――――――\n○委員長（梅原真隆君）　只今から文部委員会を開会いたします。\n○政府委員（今村忠助君）　御説明申上げます。\n○委員長（梅原真隆君）　本日はこれにて散会いたします。\n   午後零時十分散会\n`,
			'monbu-20.txt',
		);
		expect(result.meeting?.series).toBe('参議院 文部委員会');
		expect(rolls(result.meeting)).toEqual(EXPECTED);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長（梅原真隆君）', '政府委員（今村忠助君）', '委員長（梅原真隆君）']);
	});

	test("without its title line, the roll still names the house", () => {
		const result = parseText(`${ROLL}\n  ―――――――――――――\n○委員長（梅原真隆君）　只今から文部委員会を開会いたします。\n○委員長（梅原真隆君）　本日はこれにて散会いたします。\n   午後零時十分散会\n`, 'monbu.txt');
		expect(result.meeting?.series).toBe('参議院 文部委員会');
		expect(rolls(result.meeting)).toEqual(EXPECTED);
	});

	test("in the NDL API's 会議録情報", () => {
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '101315183X02019520520',
					session: 13,
					nameOfHouse: '参議院',
					nameOfMeeting: '文部委員会',
					issue: '第20号',
					date: '1952-05-20',
					speechRecord: [
						{ speechID: '101315183X02019520520_000', speechOrder: 0, speaker: '会議録情報', speech: ROLL.replaceAll('\n', '\r\n') },
						{ speechID: '101315183X02019520520_001', speechOrder: 1, speaker: '梅原真隆', speech: '○委員長（梅原真隆君）　只今から文部委員会を開会いたします。' },
					],
				},
			],
		});
		const [result] = parseDocuments(json, { source: 'monbu.json', sourceHash: '0'.repeat(64) });
		expect(rolls(result?.meeting)).toEqual(EXPECTED);
	});
});
