/**
 * The Diet's business of the day names a bill with its bracket (`民法等の一部を改正する法律案（内閣提出第五七号）`,
 * `國家總動員法中改正法律案（政府提出）　第一讀會`) while the chair takes it up without it (`内閣提出、民法等の一部を改正する
 * 法律案を議題といたします`): the item links to that turn by its title before the bracket. It had been left unlinked when the
 * bracket fell within the first characters looked for.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const COMMITTEE = `第213回国会　衆議院　法務委員会　第15号
令和六年五月十日（金曜日）
　　　　午前九時開議
　出席委員
　　　委員長　武部　　新君
　　　理事　熊田　裕通君　理事　仁木　博文君
　　―――――――――――――
本日の会議に付した案件
　政府参考人出頭要求に関する件
　民法等の一部を改正する法律案（内閣提出第五七号）
　　――――◇―――――
○武部委員長　これより会議を開きます。
　政府参考人出頭要求に関する件についてお諮りいたします。御異議ありませんか。
　　〔「異議なし」と呼ぶ者あり〕
○武部委員長　御異議なしと認めます。よって、そのように決しました。
○武部委員長　内閣提出、民法等の一部を改正する法律案を議題といたします。
　質疑の申出がありますので、順次これを許します。熊田裕通君。
○熊田委員　自由民主党の熊田でございます。
○武部委員長　本日は、これにて散会いたします。
　　　　午後零時十分散会
`;

const IMPERIAL = `第七十四回帝國議會衆議院議事速記録第五號
昭和十四年二月八日（水曜日）
　　午前十時二十分開議
　議事日程　第五號
　　昭和十四年二月八日
　　　午前十時開議
　第一　國家總動員法中改正法律案（政府提出）　第一讀會
○議長（小山松壽君）　是ヨリ會議ヲ開キマス
○議長（小山松壽君）　國家總動員法中改正法律案ノ第一讀會ヲ開キマス――國務大臣荒木貞夫君
　　〔國務大臣荒木貞夫君登壇〕
○國務大臣（荒木貞夫君）　本案提出ノ理由ヲ説明致シマス
○議長（小山松壽君）　本日ハ是ニテ散會致シマス
　　午後三時十分散會
`;

describe('a bill named with its bracket in the business of the day', () => {
	test('links to the turn that takes it up without the bracket', () => {
		const { meeting } = parseText(COMMITTEE, 'homu-15.txt');
		expect(meeting?.agenda.map((item) => [item.title, item.remark])).toEqual([
			['政府参考人出頭要求に関する件', 'r1'],
			['民法等の一部を改正する法律案（内閣提出第五七号）', 'r3'],
		]);
	});

	test('in an Imperial Diet record too, a reading after the bracket', () => {
		const { meeting } = parseText(IMPERIAL, 'shugiin-5.txt');
		expect(meeting?.agenda.map((item) => [item.title, item.remark])).toEqual([['國家總動員法中改正法律案（政府提出）　第一讀會', 'r2']]);
	});
});
