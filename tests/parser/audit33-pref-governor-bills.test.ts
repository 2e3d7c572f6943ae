/**
 * A prefecture's committee record whose business is the governor's bills, listed without 日程 numbers: `知事提出議案第１号から
 * 第４５号まで（総括質疑）` under `本日の会議に付した事件`, or each bill numbered before its word (`第１号議案　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (business: string): string => `　　　　　令和６年２月定例会　あおぞら県議会予算特別委員会会議録（第３号）

令和６年３月１２日（火曜日）
出席委員（２名）
　　委員長　　　　田　中　一　男　君　　委員　　　　　佐々木　　　翼　君
説明のため出席した者
　　知事　　　　　　　　　　佐　藤　一　郎　君
本日の会議に付した事件
${business}
　　　午前１０時開会
○委員長（田中一男君）　ただいまから予算特別委員会を開会いたします。
○佐々木委員　財政調整基金について伺います。
○知事（佐藤一郎君）　お答えいたします。
○委員長（田中一男君）　以上で本日の委員会を閉会いたします。
`;

describe('the governor\'s bills as a committee\'s business', () => {
	test('`知事提出議案第１号から第４５号まで` is the agenda\'s item', () => {
		const result = parseText(record('　知事提出議案第１号から第４５号まで（総括質疑）'), 'aozora-yosan-3.txt');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['知事提出議案第１号から第４５号まで（総括質疑）']);
	});

	test('bills numbered before their word are an item each', () => {
		const result = parseText(record('　第１号議案　令和６年度あおぞら県一般会計予算\n　第２号議案　令和６年度あおぞら県病院事業会計予算'), 'aozora-yosan-3.txt');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　令和６年度あおぞら県一般会計予算', '第２号議案　令和６年度あおぞら県病院事業会計予算']);
	});
});
