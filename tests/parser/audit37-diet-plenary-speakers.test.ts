/**
 * A 本会議's record prints no roll before its turns, and is often saved without the rolls after the close: those who spoke are
 * then the sitting's participants (`発言者`), each named and posted as the label is (`議長（森川義孝君）`: 議長 森川義孝), in the
 * text as in the NDL API's answer with its 会議録情報 record. Before, such a record had no participants at all, and a member
 * labelled by name alone was listed by the people index as `出席者` once a roll named them without a post.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const TURNS = [
	'○議長（森川義孝君）　国務大臣の演説に対する質疑を継続いたします。高杉美奈子君。',
	'○高杉美奈子君　私は、会派を代表して、総理に質問いたします。（拍手）',
	'○内閣総理大臣（石破山彦君）　高杉議員の御質問にお答えいたします。（拍手）',
	'○国務大臣（加藤真澄君）　地方の医療体制についてお答えいたします。（拍手）',
	'○議長（森川義孝君）　斎藤剛君。',
	'○斎藤剛君　政治改革について伺います。（拍手）',
	'○議長（森川義孝君）　本日は、これにて散会いたします。',
];

const TEXT = `第214回国会　衆議院　本会議　第3号
令和六年十月九日（水曜日）
    ―――――――――――――
  議事日程　第三号
 第一　国務大臣の演説に対する質疑（前会の続）
    ―――――――――――――
    午後一時二分開議
${TURNS.join('\n')}
    午後三時四十一分散会
`;

const speech = (order: number, speaker: string, text: string) => ({
	speechID: `121405254X00320241009_${String(order).padStart(3, '0')}`,
	speechOrder: order,
	speaker,
	speakerGroup: null,
	speakerPosition: null,
	speakerRole: null,
	speech: text,
});

const MEETING = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: '121405254X00320241009',
			session: 214,
			nameOfHouse: '衆議院',
			nameOfMeeting: '本会議',
			issue: '第3号',
			date: '2024-10-09',
			speechRecord: [
				speech(0, '会議録情報', '令和六年十月九日（水曜日）\n  議事日程　第三号\n 第一　国務大臣の演説に対する質疑（前会の続）'),
				...TURNS.map((text, index) => speech(index + 1, /^○(?:[^（]+（)?(?<name>[^（）君]+)君/u.exec(text)?.groups?.['name'] ?? '', text)),
			],
		},
	],
});

/** The groups as [group, [title, name] of each member]. */
function rolls(meeting: Meeting | null | undefined): [string, [string | null, string | null][]][] {
	return (meeting?.participants ?? []).map((group) => [group.group, group.members.map((member): [string | null, string | null] => [member.title, member.name?.replace(/\s/gu, '') ?? null])]);
}

/** Each person of the people index with the roles it gives them. */
function roles(meeting: Meeting | null | undefined): Record<string, string[]> {
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return Object.fromEntries(index.persons.map((person) => [person.name.replace(/\s/gu, ''), person.roles.map((role) => role.title)]));
}

const SPEAKERS: [string, [string | null, string | null][]][] = [
	[
		'発言者',
		[
			['議長', '森川義孝'],
			[null, '高杉美奈子'],
			['内閣総理大臣', '石破山彦'],
			['国務大臣', '加藤真澄'],
			[null, '斎藤剛'],
		],
	],
];

const ROLES = { 森川義孝: ['議長'], 高杉美奈子: ['発言者'], 石破山彦: ['内閣総理大臣'], 加藤真澄: ['国務大臣'], 斎藤剛: ['発言者'] };

describe('a 本会議 saved without any roll', () => {
	test('in the text, lists those who spoke with their posts', () => {
		const { meeting } = parseText(TEXT, 'honkaigi-3.txt');
		expect(rolls(meeting)).toEqual(SPEAKERS);
		expect(roles(meeting)).toEqual(ROLES);
	});

	test('in the NDL API’s answer with a 会議録情報 record that prints none, too', () => {
		const [result] = parseDocuments(MEETING, { source: 'honkaigi-3.json', sourceHash: '0'.repeat(64) });
		expect(rolls(result?.meeting)).toEqual(SPEAKERS);
		expect(roles(result?.meeting)).toEqual(ROLES);
	});
});
