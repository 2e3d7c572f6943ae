/**
 * The NDL API's 会議録情報 is the printed minutes' header, and its rolls are read line by line as the Diet reader reads the
 * printed roll (one `readRollLine`): a 両院協議会's delegates under `衆議院` / `参議院` belong to that house, a bracket opened
 * over an entry and closed on its line is the entry's post, a ministry's name over a post is the start of that post, and a
 * role after the last 君 of a line is the role of the entries below it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const S = '\u3000';
const pad = (n: number) => S.repeat(n);

/** The participants of an API answer whose 会議録情報 holds `roll` under its date and sitting time. */
function rollOf(roll: readonly string[]) {
	const header = ['令和六年六月二十日（木曜日）', `${pad(4)}午前十時開議`, ...roll].join('\r\n');
	const record = JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121304889X00120240620',
				session: 213,
				nameOfHouse: '衆議院',
				nameOfMeeting: '内閣委員会',
				issue: '第1号',
				date: '2024-06-20',
				speechRecord: [
					{ speechID: '121304889X00120240620_000', speechOrder: 0, speaker: '会議録情報', speech: header },
					{ speechID: '121304889X00120240620_001', speechOrder: 1, speaker: '山田太郎', speech: '○山田委員長　これより会議を開きます。' },
				],
			},
		],
	});
	const meeting = parseDocuments(record, { source: 'roll.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
	return meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);
}

describe("the rolls of the API's 会議録情報", () => {
	test("a 両院協議会's delegates belong to the house over them", () => {
		expect(rollOf([`${S}出席協議委員`, `${pad(3)}衆議院`, `${pad(5)}議長${S}根本${S}${S}匠君`, `${pad(5)}副議長${S}山田${S}太郎君`, `${pad(3)}参議院`, `${pad(5)}議長${S}佐藤${S}花子君`])).toEqual([
			[
				'出席協議委員',
				[
					['根本 匠', '議長', '衆議院'],
					['山田 太郎', '副議長', '衆議院'],
					['佐藤 花子', '議長', '参議院'],
				],
			],
		]);
	});

	test('a bracket opened over an entry and closed on its line is its post, no part of its name', () => {
		expect(rollOf([`${S}出席政府委員`, `${pad(5)}（自治庁選挙局`, `${pad(5)}長）${S}${S}松田${S}清之君`])).toEqual([['出席政府委員', [['松田 清之', '（自治庁選挙局長）', null]]]]);
	});

	test("a ministry's name over a post, at the role's indent, is the post's start", () => {
		expect(rollOf([`${S}出席者は左のとおり。`, `${pad(3)}委員長${pad(4)}山田${S}太郎君`, `${pad(3)}政府参考人`, `${pad(3)}環境省大臣官房`, `${pad(3)}環境保健部長${pad(3)}荒木${S}正人君`])).toEqual([
			[
				'出席者',
				[
					['山田 太郎', '委員長', null],
					['荒木 正人', '環境省大臣官房環境保健部長', null],
				],
			],
		]);
	});

	test('a role after the last 君 of a line is the role of the entries below it', () => {
		expect(rollOf([`${S}出席委員`, `${pad(3)}委員長${S}山田${S}太郎君${pad(2)}理事`, `${pad(5)}佐藤${S}一郎君`])).toEqual([
			[
				'出席委員',
				[
					['山田 太郎', '委員長', null],
					['佐藤 一郎', '理事', null],
				],
			],
		]);
	});
});
