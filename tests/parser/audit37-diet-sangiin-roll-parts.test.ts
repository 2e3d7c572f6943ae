/**
 * The 参議院 prints its one roll with each part alone on a line over the entries it heads (`政府参考人` / `　　内閣府政策統括官
 * 堀井 智之君`, `参考人` / `　　東都大学経済学部教授　今井 美智子君`): an entry's title is the part with its post, as the
 * 衆議院's roll gives it (`政府参考人（総務省自治行政局長）`) and the API's speech endpoint names a 参考人. Before, the title was
 * the post alone, and the roll no longer told a 政府参考人 from a 参考人 or the committee's staff.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年四月十一日（木曜日）
   午前十時開会
    ─────────────
  出席者は左のとおり。
    委員長         谷口 正臣君
    委　員
                中村 里美君
   事務局側
       常任委員会専門
       員         山崎 道夫君
   政府参考人
       内閣府政策統括官  堀井 智之君
       消防庁国民保護・
       防災部長      篠田 浩二君
   参考人
       東都大学経済学部教授 今井 美智子君
    ─────────────`;

const TURNS = [
	'○委員長（谷口正臣君）　ただいまから内閣委員会を開会いたします。',
	'○中村里美君　政府参考人に伺います。',
	'○政府参考人（堀井智之君）　お答え申し上げます。',
	'○政府参考人（篠田浩二君）　消防団の装備を拡充しております。',
	'○参考人（今井美智子君）　地域の備えについて申し上げます。',
];

const TEXT = `第213回国会　参議院　内閣委員会　第8号
${HEADER}
${TURNS.join('\n')}
○委員長（谷口正臣君）　本日はこれにて散会いたします。
   午前十一時五十二分散会
`;

const MEETING = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: '121314319X00820240411',
			session: 213,
			nameOfHouse: '参議院',
			nameOfMeeting: '内閣委員会',
			issue: '第8号',
			date: '2024-04-11',
			speechRecord: [HEADER, ...TURNS].map((text, order) => ({
				speechID: `121314319X00820240411_${String(order).padStart(3, '0')}`,
				speechOrder: order,
				speaker: order === 0 ? '会議録情報' : (/（(?<name>[^（）]+)君）|^○(?<bare>[^（　]+)君/u.exec(text)?.groups?.['name'] ?? /^○(?<bare>[^（　]+)君/u.exec(text)?.groups?.['bare'] ?? ''),
				speech: text,
			})),
		},
	],
});

/** The roll's entries as [title, name]. */
function roll(meeting: Meeting | null | undefined): [string | null, string | null][] {
	return (meeting?.participants ?? []).flatMap((group) => group.members.map((member): [string | null, string | null] => [member.title, member.name]));
}

/** Each speaker label with the person the people index gives it. */
function speakers(meeting: Meeting | null | undefined): [string, string | undefined][] {
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return [...new Set(meeting.remarks.map((remark) => remark.speaker))].map((label) => [label, index.persons.find((person) => person.labels.includes(label))?.name]);
}

const EXPECTED: [string | null, string | null][] = [
	['委員長', '谷口 正臣'],
	['委員', '中村 里美'],
	['常任委員会専門員', '山崎 道夫'],
	['政府参考人（内閣府政策統括官）', '堀井 智之'],
	['政府参考人（消防庁国民保護・防災部長）', '篠田 浩二'],
	['参考人（東都大学経済学部教授）', '今井 美智子'],
];

const SPEAKERS = [
	['委員長（谷口正臣君）', '谷口 正臣'],
	['中村里美君', '中村 里美'],
	['政府参考人（堀井智之君）', '堀井 智之'],
	['政府参考人（篠田浩二君）', '篠田 浩二'],
	['参考人（今井美智子君）', '今井 美智子'],
];

describe('the 参議院’s roll, parts over the entries', () => {
	test('in the text, gives each entry its part and post', () => {
		const { meeting } = parseText(TEXT, 'naikaku-8.txt');
		expect(roll(meeting)).toEqual(EXPECTED);
		expect(speakers(meeting)).toEqual(SPEAKERS);
	});

	test('in the NDL API’s 会議録情報 too', () => {
		const [result] = parseDocuments(MEETING, { source: 'naikaku-8.json', sourceHash: '0'.repeat(64) });
		expect(roll(result?.meeting)).toEqual(EXPECTED);
		expect(speakers(result?.meeting)).toEqual(SPEAKERS);
	});
});
