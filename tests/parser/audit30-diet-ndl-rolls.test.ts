/**
 * The rolls of the NDL API's 会議録情報 record as today's records print them, read as the text of the same record is:
 * - 衆議院: a line of dots under 出席委員 opens those present who are not members; `政府参考人` and `参考人` over them are posts,
 *   each with the bracketed field below (`政府参考人（総務省自治行政局長）`); brackets printed over an entry are its post's;
 * - 参議院: under `出席者は左のとおり。`, `政府参考人` and `参考人` are roles as `国務大臣` is; a post wrapped over two lines
 *   (`全国保険医団体連合会` / `副会長`) is one; a post a few spaces before the name is the post.
 * Before, ministers were counted among the committee's members, each of `政府参考人` and `参考人` became a group holding
 * whoever came after, and wrapped posts were lost or became roles.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

const meetingJson = (house: string, name: string, header: string, opening: string): string =>
	JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121304601X00520240410',
				session: 213,
				nameOfHouse: house,
				nameOfMeeting: name,
				issue: '第5号',
				date: '2024-04-10',
				speechRecord: [
					{ speechID: '121304601X00520240410_000', speechOrder: 0, speaker: '会議録情報', speech: header.replaceAll('\n', '\r\n') },
					{ speechID: '121304601X00520240410_001', speechOrder: 1, speaker: '浮島健一', speech: opening },
				],
			},
		],
	});

const rolls = (meeting: Meeting | null | undefined) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);

describe("the 衆議院's rolls in the 会議録情報", () => {
	const header = `令和六年四月十日（水曜日）
　　　　午前九時開議
　出席委員
　　　委員長　浮島　健一君
　　　理事　石井　隆之君　理事　岡本　雅子君
　　　　　　あかま二郎君　　　井林　辰彦君
　　　　…………………………………
　　　総務大臣　　　　　　　松下　剛史君
　　　国務大臣
　　　（国家公安委員会委員長）
　　　（防災担当）　　　　　田村　一郎君
　　　政府参考人
　　　（総務省自治行政局長）　　　　　　　　　　　　山野　謙二君
　　　（総務省情報流通行政局長）　　　　　　　　　　竹村　晃一君
　　　参考人
　　　（日本放送協会専務理事）　　　　　　　　　　　根本　拓也君
　　　総務委員会専門員　　　阿部　哲也君
　　　　―――――――――――――
本日の会議に付した案件
　地方自治法の一部を改正する法律案（内閣提出第三一号）
　　　　―――――――――――――`;
	const [result] = parseDocuments(meetingJson('衆議院', '総務委員会', header, '○浮島委員長　これより会議を開きます。'), { source: 'somu.json', sourceHash: '0'.repeat(64) });

	test('the members, then those present who are not, each with the post set over them', () => {
		expect(rolls(result?.meeting)).toEqual([
			['出席委員', [['委員長', '浮島 健一'], ['理事', '石井 隆之'], ['理事', '岡本 雅子'], [null, 'あかま二郎'], [null, '井林 辰彦']]],
			[
				'出席者',
				[
					['総務大臣', '松下 剛史'],
					// (The part over the brackets and every charge, as the printed record's text reads it: audit44-diet-minister-charges.)
					['国務大臣（国家公安委員会委員長）（防災担当）', '田村 一郎'],
					['政府参考人（総務省自治行政局長）', '山野 謙二'],
					['政府参考人（総務省情報流通行政局長）', '竹村 晃一'],
					['参考人（日本放送協会専務理事）', '根本 拓也'],
					['総務委員会専門員', '阿部 哲也'],
				],
			],
		]);
	});
});

describe("the 参議院's rolls in the 会議録情報", () => {
	const header = `令和六年四月十一日（木曜日）
　　　午前十時開会
　　　―――――――――――――
　出席者は左のとおり。
　　　　委員長　　　　　　　　　比嘉　奈津子君
　　　　理　事
　　　　　　　　　　　　　　　　岩本　剛人君
　　　　委　員
　　　　　　　　　　　　　　　　石田　昌宏君
　　　国務大臣
　　　　厚生労働大臣　　　　　　武見　敬太君
　　　事務局側
　　　　常任委員会専門
　　　　員　　　　　　　　　　　佐伯　道子君
　　　政府参考人
　　　　厚生労働省医政局長　　　浅沼　一成君
　　　参考人
　　　　日本医師会常任理事　　　長島　公之君
　　　　全国保険医団体連合会
　　　　副会長　　　　　　　　　佐藤　一樹君
　　　―――――――――――――`;
	const [result] = parseDocuments(meetingJson('参議院', '厚生労働委員会', header, '○委員長（比嘉奈津子君）　ただいまから厚生労働委員会を開会いたします。'), {
		source: 'kosei.json',
		sourceHash: '0'.repeat(64),
	});

	test('one roll, every post whole', () => {
		expect(rolls(result?.meeting)).toEqual([
			[
				'出席者',
				[
					['委員長', '比嘉 奈津子'],
					['理事', '岩本 剛人'],
					['委員', '石田 昌宏'],
					['厚生労働大臣', '武見 敬太'],
					['常任委員会専門員', '佐伯 道子'],
					['政府参考人（厚生労働省医政局長）', '浅沼 一成'],
					['参考人（日本医師会常任理事）', '長島 公之'],
					['参考人（全国保険医団体連合会副会長）', '佐藤 一樹'],
				],
			],
		]);
	});
});
