/**
 * The 衆議院 tells two speakers of one surname apart by a character of the given name in brackets, a member's label and an
 * official's alike: `佐藤（英）副大臣`, `鈴木（俊）国務大臣`, `伊藤（信）政府参考人`. Before, only a member's or an assembly
 * official's label was read so (`佐藤（花）委員`, `鈴木(美)保健所長`); a minister's, a deputy's or a government witness's
 * named no one, and was matched to no one of the roll.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

const RECORD = `第213回国会 衆議院 厚生労働委員会 第10号 令和6年4月10日

令和六年四月十日（水曜日）
    午前九時開議
 出席委員
   委員長 新田 正義君
   理事 佐藤 花子君 理事 伊藤 達也君
      鈴木 英敬君    山田 勝彦君
 出席国務大臣
        厚生労働大臣  鈴木 俊二君
 出席副大臣
        厚生労働副大臣 佐藤 英道君
 委員外の出席者
        政府参考人
        （厚生労働省医政局長）  伊藤 信夫君
    ―――――――――――――
本日の会議に付した案件
 医療法等の一部を改正する法律案（内閣提出第三〇号）
     ――――◇―――――
○新田委員長 これより会議を開きます。
○佐藤（花）委員 大臣に伺います。
○鈴木（俊）国務大臣 お答えいたします。
○佐藤（花）委員 副大臣にも伺います。
○佐藤（英）副大臣 お答えいたします。
○伊藤（達）委員 医政局長に伺います。
○伊藤（信）政府参考人 お答え申し上げます。
○鈴木（英）委員 終わります。
○新田委員長 これにて散会いたします。
    午前十時散会
`;

describe('a surname told apart in an official’s label', () => {
	test.each([
		['佐藤（英）副大臣', '佐藤（英）', '副大臣'],
		['鈴木（俊）国務大臣', '鈴木（俊）', '国務大臣'],
		['伊藤（信）政府参考人', '伊藤（信）', '政府参考人'],
		['中川（正）財務大臣', '中川（正）', '財務大臣'],
		['山田（勝）公述人', '山田（勝）', '公述人'],
	])('%s names %s, the %s', (label, name, title) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test("is matched to the roll's person of that surname and initial", () => {
		const { meeting } = parseMinutes(RECORD, { source: 'kosei-10.txt', sourceHash: '0'.repeat(64) });
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const who = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name.replace(/[ \u3000]/gu, ''));
		expect(who('鈴木（俊）国務大臣')).toEqual(['鈴木俊二']);
		expect(who('佐藤（英）副大臣')).toEqual(['佐藤英道']);
		expect(who('佐藤（花）委員')).toEqual(['佐藤花子']);
	});

	test("in the NDL API's answer without a roll, the speaker's name is spaced after the surname the label names", () => {
		const speech = (order: number, speaker: string, position: string | null, role: string | null, text: string) => ({
			issueID: '121305261X01020240410',
			session: 213,
			nameOfHouse: '衆議院',
			nameOfMeeting: '厚生労働委員会',
			issue: '第10号',
			date: '2024-04-10',
			speechID: `121305261X01020240410_${String(order).padStart(3, '0')}`,
			speechOrder: order,
			speaker,
			speakerPosition: position,
			speakerRole: role,
			speech: text,
		});
		const json = JSON.stringify({
			numberOfRecords: 2,
			speechRecord: [speech(1, '佐藤花子', null, null, '○佐藤（花）委員　副大臣に伺います。'), speech(2, '佐藤英道', '厚生労働副大臣', '副大臣', '○佐藤（英）副大臣　お答えいたします。')],
		});
		const meeting = parseDocuments(json, { source: 'kosei-10.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['佐藤 花子', '委員'],
			['佐藤 英道', '厚生労働副大臣'],
		]);
	});
});
