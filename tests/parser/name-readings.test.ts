/**
 * Names' readings (読み仮名) the record keeps: the NDL API's `speakerYomi` on each remark, and a roll's reading in brackets after
 * a name (`山本　誠一（やまもと・せいいち）`) on that member, kana as given (NFKC). A reading that is not kana is left out with a
 * warning at its line. Before, both were read and thrown away.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { toFrontmatter } from '../../src/converter/mdx.ts';

const HASH = '0'.repeat(64);

const RECORD = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: '121305254X00320240412',
			session: 213,
			nameOfHouse: '衆議院',
			nameOfMeeting: '内閣委員会',
			issue: '第3号',
			date: '2024-04-12',
			speechRecord: [
				{ speechID: '121305254X00320240412_000', speechOrder: 0, speaker: '会議録情報', speakerYomi: null, speech: '令和六年四月十二日（金曜日）\r\n\u3000\u3000\u3000\u3000午前九時開議\r\n' },
				{ speechID: '121305254X00320240412_001', speechOrder: 1, speaker: '山田太郎', speakerYomi: 'やまだたろう', speakerPosition: '委員長', speech: '○山田委員長\u3000これより会議を開きます。' },
				{ speechID: '121305254X00320240412_002', speechOrder: 2, speaker: '髙橋花子', speakerYomi: 'ﾀｶﾊｼﾊﾅｺ', speech: '○髙橋委員\u3000質問いたします。' },
				{ speechID: '121305254X00320240412_003', speechOrder: 3, speaker: '鈴木一郎', speakerYomi: 'すずき<b>一郎</b>', speech: '○鈴木国務大臣\u3000お答えいたします。' },
				{ speechID: '121305254X00320240412_004', speechOrder: 4, speaker: '山田太郎', speakerYomi: '', speech: '○山田委員長\u3000散会いたします。' },
			],
		},
	],
});

describe("the NDL API's speakerYomi", () => {
	const [result] = parseDocuments(RECORD, { source: 'naikaku.json', sourceHash: HASH });
	const meeting = result!.meeting!;

	test('is kept on each remark, kana as given (NFKC: half-width katakana made full-width)', () => {
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.speakerYomi])).toEqual([
			['山田委員長', 'やまだたろう'],
			['髙橋委員', 'タカハシハナコ'],
			['鈴木国務大臣', undefined],
			['山田委員長', undefined],
		]);
	});

	test('one that is not kana is left out with a warning at its line, an empty one silently', () => {
		const warned = result!.diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-reading');
		expect(warned).toHaveLength(1);
		expect(warned[0]!.severity).toBe('warning');
		expect(warned[0]!.line).toBe(meeting.remarks[2]!.line);
		expect(warned[0]!.message).toContain('鈴木国務大臣');
	});

	test('is written in the frontmatter', () => {
		const yaml = toFrontmatter(meeting);
		expect(yaml).toMatch(/speakerYomi: "?やまだたろう"?\n/u);
		expect(yaml).not.toContain('<b>');
	});
});

describe("a roll's reading in brackets after a name", () => {
	const text = ['広報みなみ野　新春対談', '日時：2024年12月5日（木）14:00～15:00', '', '出席者', '山本　誠一（やまもと・せいいち）　みなみ野市長', '中川　由紀(なかがわ ゆき)　みなみ野市民病院長', '田中　一郎　司会', '', '山本', '市長の山本です。', '', '中川', '院長の中川です。'].join('\n');
	const { meeting } = parseMinutes(text, { source: 'a.txt', sourceHash: HASH });

	test("is that member's reading, the others have none", () => {
		const members = meeting!.participants.flatMap((group) => group.members.map((member) => [member.text, member.name, member.reading]));
		expect(members).toEqual([
			['山本　誠一（やまもと・せいいち）　みなみ野市長', '山本　誠一', 'やまもと・せいいち'],
			['中川　由紀(なかがわ ゆき)　みなみ野市民病院長', '中川　由紀', 'なかがわ ゆき'],
			['田中　一郎　司会', expect.anything(), undefined],
		]);
	});

	test('is written in the frontmatter', () => {
		expect(toFrontmatter(meeting!)).toMatch(/reading: "?やまもと・せいいち"?\n/u);
	});
});
