/**
 * A body's choosing of its officers is an agenda item of its own (`議長及び副議長の互選`, a 両院協議会's first item; `理事の選任`),
 * as the budget's items under it are. Before, the budget's first item ran on from it (`議長及び副議長の互選令和六年度一般会計予算`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = (first: string) => `第213回国会 両院協議会 第1号
令和六年三月二十八日（木曜日）
    午後四時開会
 出席協議委員
 衆議院
   議長 野村 圭介君
      井口 浩一君
 参議院
   副議長 白石 直哉君
      鈴木 伸也君
    ―――――――――――――
本日の会議に付した案件
 ${first}
 令和六年度一般会計予算
 令和六年度特別会計予算
    ―――――――――――――
○議長（野村圭介君） これより両院協議会を開会いたします。
○議長（野村圭介君） これにて両院協議会を散会いたします。
    午後四時二十六分散会
`;

describe('the choosing of officers in a list of business', () => {
	test.each(['議長及び副議長の互選', '理事の選任'])('%s is an item of its own', (first) => {
		const { meeting } = parseText(RECORD(first), 'ryoin-1.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual([first, '令和六年度一般会計予算', '令和六年度特別会計予算']);
	});
});
