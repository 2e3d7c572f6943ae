/**
 * A 分科会 of the 衆議院's 予算委員会 as printed: `予算委員会第三分科会議録　第一号` (the 分科会's 会 shared with 会議録), its
 * members under `出席分科員` (the chair as 主査, a member of another 分科会 sitting in as 兼務).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第二百十三回国会　衆議院
予算委員会第三分科会議録　第一号
令和六年二月二十六日（月曜日）
　　　　午前九時開議
　出席分科員
　　　主査　田所　嘉徳君
　　　　　　井出　庸生君　　　鈴木　馨祐君
　　　兼務　早稲田ゆき君
　　…………………………………
　　　法務大臣　　　　　　　小泉　龍司君
　　　予算委員会専門員　　　中村　清君
　　　　　―――――――――――――
本日の会議に付した案件
　令和六年度一般会計予算
　　　　　――――◇―――――
○田所主査　これより予算委員会第三分科会を開会いたします。
　政府から説明を聴取いたします。小泉法務大臣。
○小泉国務大臣　法務省所管の予算について、その概要を御説明申し上げます。
○田所主査　次に、早稲田ゆき君。
○早稲田分科員　早稲田ゆきでございます。
○田所主査　本日は、これにて散会いたします。
　　　　午後四時五分散会
`;

describe('a 分科会 of the 予算委員会', () => {
	const { meeting } = parseText(MINUTES, 'yosan-bunka3-1.txt');

	test('its name keeps the 会 of 分科会', () => {
		expect(meeting?.title).toBe('第213回国会 衆議院 予算委員会第三分科会 第1号');
		expect(meeting?.series).toBe('衆議院 予算委員会第三分科会');
	});

	test('出席分科員 is its roll', () => {
		const groups = meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
		expect(groups).toEqual([
			['出席分科員', [['主査', '田所 嘉徳'], [null, '井出 庸生'], [null, '鈴木 馨祐'], ['兼務', '早稲田ゆき']]],
			['出席者', [['法務大臣', '小泉 龍司'], ['予算委員会専門員', '中村 清']]],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['田所主査', '小泉国務大臣', '田所主査', '早稲田分科員', '田所主査']);
	});
});
