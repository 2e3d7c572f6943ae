/**
 * In the 衆議院's 会議録情報 the officials who answer are listed under `委員外の出席者` with their part set over each bracketed post
 * (`政府参考人` / `（総務省自治行政局長）　山野　謙治君`), as the text's roll is read. Before, the API's reader opened a group for each
 * `政府参考人`: the heading `委員外の出席者` was lost, the committee's staff listed under the last official's part, and the posts
 * read without the part.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

const HEADER = `令和六年三月十二日（火曜日）
    午前九時開議
 出席委員
   委員長 古川 直行君
   理事 井上 信治君 理事 岡本あき子君
      石田 真敏君    湯原 俊子君
 出席国務大臣
       総務大臣     松本 剛明君
 委員外の出席者
       政府参考人
       （内閣官房内閣審議官）  三橋 一彦君
       政府参考人
       （総務省自治行政局長）  山野 謙治君
       総務委員会専門員     阿部 哲也君
    ―――――――――――――
本日の会議に付した案件
 地方税法等の一部を改正する法律案（内閣提出第一号）
    ―――――――――――――`;

const SPEECHES = ['○古川委員長 これより会議を開きます。', '○井上（信）委員 定額減税について伺います。', '○山野政府参考人 お答えいたします。', '○三橋政府参考人 補足いたします。'];

const JSON_TEXT = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: '121304601X00720240312',
			session: 213,
			nameOfHouse: '衆議院',
			nameOfMeeting: '総務委員会',
			issue: '第7号',
			date: '2024-03-12',
			speechRecord: [
				{ speechID: '121304601X00720240312_000', speechOrder: 0, speaker: '会議録情報', speech: HEADER.replaceAll('\n', '\r\n') },
				...SPEECHES.map((speech, index) => ({ speechID: `121304601X00720240312_00${index + 1}`, speechOrder: index + 1, speaker: speech.slice(1, 3), speech })),
			],
		},
	],
});

describe('the 衆議院’s 委員外の出席者 in the NDL API’s 会議録情報', () => {
	const [result] = parseDocuments(JSON_TEXT, { source: 'somu-7.json', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting ?? null;

	test('are one group, each official’s post with the part over it', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席委員', [['委員長', '古川 直行'], ['理事', '井上 信治'], ['理事', '岡本あき子'], [null, '石田 真敏'], [null, '湯原 俊子']]],
			['出席国務大臣', [['総務大臣', '松本 剛明']]],
			[
				'委員外の出席者',
				[
					['政府参考人（内閣官房内閣審議官）', '三橋 一彦'],
					['政府参考人（総務省自治行政局長）', '山野 謙治'],
					['総務委員会専門員', '阿部 哲也'],
				],
			],
		]);
	});

	test('and the officials’ labels find them', () => {
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const found = ['山野政府参考人', '三橋政府参考人'].map((label) => index.persons.find((person) => person.labels.includes(label)));
		expect(found.map((person) => [person?.name, person?.confirmed])).toEqual([
			['山野 謙治', true],
			['三橋 一彦', true],
		]);
	});
});
