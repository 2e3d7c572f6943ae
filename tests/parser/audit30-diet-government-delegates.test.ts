/**
 * The 参議院's older rolls head the officials who answer for the cabinet `政府委員` (before 2001), a role like `国務大臣` or
 * `事務局側`, printed as they are. It had been read as the first line of a wrapped post (a 府's), so each official's post
 * began with it (`政府委員法務大臣官房長`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第百四十二回国会参議院法務委員会会議録第五号
平成十年三月十二日（木曜日）
　　　午前十時開会
　　　―――――――――――――
　　出席者は左のとおり。
　　　　委員長　　　　　　　　　武田　節子君
　　　　理　事
　　　　　　　　　　　　　　　　大森　礼子君
　　　　委　員
　　　　　　　　　　　　　　　　北岡　秀二君
　　　国務大臣
　　　　法　務　大　臣　　　　　下稲葉耕吉君
　　　政府委員
　　　　法務大臣官房長　　　　　但木　敬一君
　　　　法務省民事局長　　　　　細川　　清君
　　　事務局側
　　　　常任委員会専門
　　　　員　　　　　　　　　　　吉岡　恒男君
　　　―――――――――――――
　　本日の会議に付した案件
○民事訴訟法の一部を改正する法律案（内閣提出）
　　　―――――――――――――
○委員長（武田節子君）　ただいまから法務委員会を開会いたします。
○北岡秀二君　質問いたします。
○政府委員（細川清君）　お答えいたします。
○委員長（武田節子君）　本日はこれにて散会いたします。
　　　午後零時散会
`;

describe("the 参議院's 政府委員 in its older rolls", () => {
	const { meeting } = parseText(MINUTES, 'homu-142-5.txt');

	test('is a role over the officials, no part of their posts', () => {
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			['委員長', '武田 節子'],
			['理事', '大森 礼子'],
			['委員', '北岡 秀二'],
			['法務大臣', '下稲葉耕吉'],
			['法務大臣官房長', '但木 敬一'],
			['法務省民事局長', '細川 清'],
			['常任委員会専門員', '吉岡 恒男'],
		]);
	});
});
