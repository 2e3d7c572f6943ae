/**
 * The 衆議院's labels of officials who answer for bodies outside the cabinet: `○毛利最高裁判所長官代理者`, `○中村会計検査院当局者`,
 * `○川口人事院総裁`. They had not read as turns, so each answer was glued to the end of the turn before it.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第２１３回国会　衆議院
法務委員会議録　第１５号
令和六年五月十日（金曜日）
　　　　午前九時開議
　出席委員
　　　委員長　武部　　新君
　　　理事　熊田　裕通君　理事　仁木　博文君
　　…………………………………
　　　法務大臣　　　　　　　小泉　龍司君
　　　最高裁判所事務総局家庭局長　　　　　　　　　　　毛利　晴光君
　　　法務委員会専門員　　　三橋善一郎君
　　―――――――――――――
本日の会議に付した案件
　民法等の一部を改正する法律案（内閣提出第五七号）
　　――――◇―――――
○武部委員長　これより会議を開きます。
○熊田委員　自由民主党の熊田裕通です。まず裁判所に伺います。
○毛利最高裁判所長官代理者　お答えいたします。家庭裁判所の体制につきましては、
　引き続き充実に努めてまいります。
○熊田委員　次に、検査の結果について伺います。
○中村会計検査院当局者　お答えいたします。
○仁木委員　人事院に伺います。
○川口人事院総裁　お答えいたします。
○小泉国務大臣　お答えいたします。
○武部委員長　本日は、これにて散会いたします。
　　　　午後零時十分散会
`;

describe("officials of the courts, the Board of Audit and the 人事院 in the 衆議院's labels", () => {
	const { meeting } = parseText(MINUTES, 'homu-15.txt');

	test('each answer is a turn of its own', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'武部委員長',
			'熊田委員',
			'毛利最高裁判所長官代理者',
			'熊田委員',
			'中村会計検査院当局者',
			'仁木委員',
			'川口人事院総裁',
			'小泉国務大臣',
			'武部委員長',
		]);
		expect(meeting?.remarks[1]?.text).toBe('自由民主党の熊田裕通です。まず裁判所に伺います。');
		expect(meeting?.remarks[2]?.text).toBe('お答えいたします。家庭裁判所の体制につきましては、\n引き続き充実に努めてまいります。');
	});

	test('the label names the person and the post', () => {
		expect(parseNameLabel('毛利最高裁判所長官代理者')).toMatchObject({ name: '毛利', title: '最高裁判所長官代理者' });
		expect(parseNameLabel('中村会計検査院当局者')).toMatchObject({ name: '中村', title: '会計検査院当局者' });
	});
});
