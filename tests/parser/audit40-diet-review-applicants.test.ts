/**
 * The 衆議院's 政治倫理審査会 examines a member at their own request: its roll lists them apart under `申出者`
 * (`衆議院議員　宮坂　直樹君`), and they speak as `○宮坂申出者　…`. Before, the label named no one, so each of their answers ran
 * on inside the turn above it (the chair's call, a 幹事's question), and their entries under `申出者` were notes, no roll.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年三月十八日（月曜日）
　　　　午前十時開会
　出席委員
　　　会長　桑原　義明君
　　　幹事　笠松　俊介君　幹事　野々村　妙子君
　　　　　　　鶴田　恵美君　　　　　仁科　丈二君
　　　…………………………………
　　　政治倫理審査会事務局長　　　　志村　康弘君
　　―――――――――――――
　　　　申出者
　　　　　衆議院議員　　　　　　　長谷部　隆之君
　　　　　衆議院議員　　　　　　　早乙女　聡君
　　―――――――――――――
本日の会議に付した案件
　議員長谷部隆之君申出の件
　議員早乙女聡君申出の件`;

const TURNS = [
	'○桑原会長　これより会議を開きます。\n　申出者長谷部隆之君から弁明を聴取いたします。長谷部隆之君。',
	'○長谷部申出者　衆議院議員の長谷部隆之でございます。\n　事務所の会計処理は秘書に任せきりでございました。',
	'○桑原会長　これより質疑を行います。笠松俊介君。',
	'○笠松幹事　還付を受けた金額はいつ把握されましたか。',
	'○長谷部申出者　昨年の十二月に初めて把握いたしました。',
	'○桑原会長　次に、早乙女聡君。',
	'○早乙女申出者　早乙女聡でございます。',
	'○鶴田委員　一点だけ伺います。',
	'○早乙女申出者　お答えいたします。',
	'○桑原会長　本日は、これにて散会いたします。\n　　　　午後零時五分散会',
];

const SPEAKERS = ['桑原会長', '長谷部申出者', '桑原会長', '笠松幹事', '長谷部申出者', '桑原会長', '早乙女申出者', '鶴田委員', '早乙女申出者', '桑原会長'];

const applicants = (meeting: Meeting | null | undefined) =>
	meeting?.participants.find((group) => group.group === '申出者')?.members.map((member) => [member.title, member.name]);

function checkPeople(meeting: Meeting): void {
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	const named = (label: string) => index.persons.find((person) => person.labels.includes(label))?.name;
	expect([named('長谷部申出者'), named('早乙女申出者')]).toEqual(['長谷部 隆之', '早乙女 聡']);
}

describe('a 政治倫理審査会 hearing the members who asked for it', () => {
	test('in the printed minutes, each applicant’s answer is a turn of theirs and they are the roll’s 申出者', () => {
		const { meeting } = parseText(`第２１３回国会　衆議院\n政治倫理審査会会議録　第３号\n${HEADER}\n　　　　―――――――――――――\n${TURNS.join('\n')}\n`, 'seirin-3.txt');
		if (!meeting) throw new Error('no record');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(SPEAKERS);
		expect(meeting.remarks[4]?.text).toBe('昨年の十二月に初めて把握いたしました。');
		expect(applicants(meeting)).toEqual([
			['衆議院議員', '長谷部 隆之'],
			['衆議院議員', '早乙女 聡'],
		]);
		checkPeople(meeting);
	});

	test("in the NDL API's 会議録情報", () => {
		const id = '121324601X00320240318';
		const speeches = TURNS.map((turn, index) => ({ speechID: `${id}_${String(index + 1).padStart(3, '0')}`, speechOrder: index + 1, speaker: '不明', speech: turn.replaceAll('\n', '\r\n') }));
		const json = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [{ issueID: id, session: 213, nameOfHouse: '衆議院', nameOfMeeting: '政治倫理審査会', issue: '第3号', date: '2024-03-18', speechRecord: [{ speechID: `${id}_000`, speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') }, ...speeches] }],
		});
		const [result] = parseDocuments(json, { source: 'seirin.json', sourceHash: '0'.repeat(64) });
		if (!result?.meeting) throw new Error('no record');
		expect(applicants(result.meeting)).toEqual([
			['衆議院議員', '長谷部 隆之'],
			['衆議院議員', '早乙女 聡'],
		]);
		checkPeople(result.meeting);
	});
});
