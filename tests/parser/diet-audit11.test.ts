/**
 * A minutes viewer's copy of a Diet committee (kokalog): the 会議録情報 flattened into one line with runs of spaces, and
 * each speech numbered with its speaker's name on a line of its own (`  3. 山口敬三`) above it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const result = parseLines([
	'2024-04-16 第213回国会 衆議院 法務委員会 第9号 公式Web版',
	'',
	'  1. 会議録情報',
	'',
	'    令和六年四月十六日（火曜日）    午前九時開議  出席委員    委員長 武井 俊介君    理事 熊田 裕二君 理事 仁木 博之君       井出 庸平君       稲田 朋子君  出席国務大臣         法務大臣  小泉 龍一君     ――――――――――――― 本日の会議に付した案件  民法等の一部を改正する法律案（内閣提出第五三号）     ―――――――――――――',
	'  2. 武井俊介',
	'',
	'    ○武井委員長 これより会議を開きます。  民法等の一部を改正する法律案を議題といたします。',
	'  3. 小泉龍一',
	'',
	'    ○小泉国務大臣 ただいま議題となりました法律案につきまして、その趣旨を御説明いたします。',
	'  4. 武井俊介',
	'',
	'    ○武井委員長 これにて趣旨の説明は終わりました。  次回は、公報をもってお知らせすることとし、本日は、これにて散会いたします。',
]);

describe('a viewer’s copy of a Diet committee', () => {
	test('reads the flattened 会議録情報: the sitting’s time and the roll', () => {
		expect(result.meeting?.start).toBe('09:00');
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(
			expect.arrayContaining(['武井 俊介', '熊田 裕二', '仁木 博之', '井出 庸平', '稲田 朋子', '小泉 龍一']),
		);
	});

	test('leaves each speech’s index line out of the remark before it', () => {
		const turns = turnsOf(result);
		expect(turns.map(([speaker]) => speaker)).toEqual(['武井委員長', '小泉国務大臣', '武井委員長']);
		expect(turns.map(([, text]) => text.endsWith('いたします。'))).toEqual([true, true, true]);
	});
});
