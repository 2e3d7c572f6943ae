/**
 * A 本会議's record from the NDL API prints its rolls after the close (`―――――◇―――――` / `出席国務大臣` / …), and the API puts
 * them into the last speech: they are the meeting's participants, the chair's last words end at the close. A post a few spaces
 * before a surname and a given name (`内閣総理大臣　石田　誠治君`) is the member's title. Before, the rolls were the chair's words
 * and the meeting had no participants; a post fewer than four spaces from the name was part of the name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const LAST = '○副議長（松井一郎太君）\u3000本日は、これにて散会いたします。\r\n\u3000\u3000\u3000\u3000午後四時三十一分散会\r\n\u3000\u3000\u3000\u3000―――――◇―――――\r\n\u3000出席国務大臣\r\n\u3000\u3000\u3000\u3000\u3000内閣総理大臣\u3000石田\u3000誠治君\r\n\u3000\u3000\u3000\u3000\u3000総務大臣\u3000\u3000\u3000松田\u3000明宏君\r\n\u3000出席副大臣\r\n\u3000\u3000\u3000\u3000\u3000総務副大臣\u3000\u3000野々村\u3000聡君';

const RECORD = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: '121305254X01020240412',
			session: 213,
			nameOfHouse: '衆議院',
			nameOfMeeting: '本会議',
			issue: '第10号',
			date: '2024-04-12',
			speechRecord: [
				{ speechID: '121305254X01020240412_000', speechOrder: 0, speaker: '会議録情報', speech: '令和六年四月十二日（金曜日）\r\n\u3000\u3000\u3000\u3000午後一時開議\r\n' },
				{ speechID: '121305254X01020240412_001', speechOrder: 1, speaker: '松井一郎太', speech: '○副議長（松井一郎太君）\u3000これより会議を開きます。' },
				{ speechID: '121305254X01020240412_002', speechOrder: 2, speaker: '松井一郎太', speech: LAST },
			],
		},
	],
});

describe("a 本会議's rolls after the close", () => {
	const [result] = parseDocuments(RECORD, { source: 'honkaigi.json', sourceHash: '0'.repeat(64) });
	const meeting = result!.meeting!;

	test('are its participants, each post its title', () => {
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席国務大臣', [['内閣総理大臣', '石田 誠治'], ['総務大臣', '松田 明宏']]],
			['出席副大臣', [['総務副大臣', '野々村 聡']]],
			// (The chair who spoke, whom no roll lists.)
			['発言者', [['副議長', '松井一郎太']]],
		]);
	});

	test("and not the chair's words, which end at the close", () => {
		expect(meeting.remarks.at(-1)!.text).toBe('本日は、これにて散会いたします。');
		expect(meeting.end).toBe('16:31');
	});
});
