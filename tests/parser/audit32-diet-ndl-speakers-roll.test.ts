/**
 * A meeting of the NDL API's speech endpoint has no 会議録情報 record, so no roll: those who spoke are listed (`発言者`) as the
 * API names them, the full name (`speaker`, unspaced: `高市早苗`) spaced after the surname the speech's label goes by
 * (`○高市国務大臣` → `高市 早苗`), with the post (`speakerPosition`, a 参考人's as `参考人（東西大学教授）`, else `speakerRole`, else the label's role) and the 会派.
 * So each speaker's label finds its person. Before, such a meeting had no participants, and its labels matched no one
 * (`高市国務大臣` became a person `高市`, `森山（浩）委員` one `森山（浩）`, each with a warning).
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

const speech = (order: number, speaker: string, text: string, extra: Record<string, string | null> = {}) => ({
	speechID: `121304889X01020240410_${String(order).padStart(3, '0')}`,
	issueID: '121304889X01020240410',
	session: 213,
	nameOfHouse: '衆議院',
	nameOfMeeting: '内閣委員会',
	issue: '第10号',
	date: '2024-04-10',
	speechOrder: order,
	speaker,
	speakerGroup: null,
	speakerPosition: null,
	speakerRole: null,
	speech: text,
	...extra,
});

const JSON_TEXT = JSON.stringify({
	numberOfRecords: 4,
	speechRecord: [
		speech(12, '森山浩行', '○森山（浩）委員　立憲民主党の森山です。', { speakerGroup: '立憲民主党・無所属' }),
		speech(13, '高市早苗', '○高市国務大臣　お答えいたします。', { speakerGroup: '自由民主党・無所属の会', speakerPosition: '国務大臣' }),
		speech(14, '佐藤一郎', '○佐藤参考人　お答えいたします。', { speakerPosition: '東西大学教授', speakerRole: '参考人' }),
		speech(15, '森山浩行', '○森山（浩）委員　ありがとうございました。', { speakerGroup: '立憲民主党・無所属' }),
	],
});

describe('a meeting of the speech endpoint', () => {
	const [result] = parseDocuments(JSON_TEXT, { source: 'naikaku-search.json', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;

	test('lists those who spoke, once each, named as a roll names them', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name, member.affiliation])])).toEqual([
			[
				'発言者',
				[
					['委員', '森山 浩行', '立憲民主党・無所属'],
					['国務大臣', '高市 早苗', '自由民主党・無所属の会'],
					['参考人（東西大学教授）', '佐藤 一郎', null],
				],
			],
		]);
	});

	test("each speaker's label finds that person, without a warning", () => {
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const labelled = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name);
		expect(['森山（浩）委員', '高市国務大臣', '佐藤参考人'].map(labelled)).toEqual([['森山 浩行'], ['高市 早苗'], ['佐藤 一郎']]);
		expect(index.diagnostics).toEqual([]);
	});

	test("a meeting with its 会議録情報 keeps the roll it prints alone", () => {
		const withHeader = JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID: '121304889X01020240410',
					session: 213,
					nameOfHouse: '衆議院',
					nameOfMeeting: '内閣委員会',
					issue: '第10号',
					date: '2024-04-10',
					speechRecord: [
						{ speechID: 'a_000', speechOrder: 0, speaker: '会議録情報', speech: '令和六年四月十日（水曜日）\r\n    午前九時開議\r\n 出席委員\r\n   委員長 大西 英男君\r\n      森山 浩行君\r\n    ―――――――――――――' },
						{ speechID: 'a_001', speechOrder: 1, speaker: '森山浩行', speech: '○森山（浩）委員　立憲民主党の森山です。' },
					],
				},
			],
		});
		const [one] = parseDocuments(withHeader, { source: 'naikaku.json', sourceHash: '0'.repeat(64) });
		expect(one?.meeting?.participants.map((group) => group.group)).toEqual(['出席委員']);
	});
});
