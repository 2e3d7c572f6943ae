/**
 * A prefecture's or a city's committee record with its numbered header: a roll of post and padded name two a line whose
 * surnames of three letters are written whole (`委　員　　佐々木　　　翼　　　　委　員　　　中　山　久　美`), the bills it
 * examines, the assembly's name alone past a blank line, and a 分科会 of a special committee named under its title.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const BUDGET = `　　　　　　予算特別委員会記録（第２号）

１　日　時　　令和６年３月５日（火）　午前１０時開会
２　場　所　　第１委員会室
３　出席委員（６名）
　　委員長　　田　中　一　男　　　　副委員長　　森　本　真　紀
　　委　員　　佐々木　　　翼　　　　委　員　　　中　山　久　美
　　委　員　　長谷川　　　亮　　　　委　員　　　宮　崎　修　一
４　説明のため出席した者
　　財政課長　　　　　　　近　藤　弘　樹
５　審査事件
　　議案第１号　令和６年度みどり県一般会計予算
　　議案第２号　令和６年度みどり県国民健康保険事業特別会計予算

　　　　　　　　　　みどり県議会

○委員長　ただいまから予算特別委員会を開会いたします。
○佐々木委員　財政調整基金の残高について伺います。
○財政課長　令和５年度末の見込みは２１０億円でございます。
○委員長　以上で本日の委員会を閉会いたします。
`;

const SUBCOMMITTEE = `　　決算特別委員会第２分科会記録

　　　　　　　　　　　　　　　　　　令和６年９月３０日（月）
　　　　　　　　　　　　　　　　　　さくら市議会

開　会　　午前１０時
閉　会　　午後　３時５分
場　所　　第２委員会室

出席分科員（２名）
　主　査　　　　本　間　康　夫
　分科員　　　　須　藤　　　剛

○本間主査　ただいまから決算特別委員会第２分科会を開会いたします。
○須藤分科員　ごみの減量目標の達成状況を伺います。
○本間主査　以上で審査を終了いたします。
`;

describe('a committee record of a prefecture or a city', () => {
	test('a three-letter surname written whole before a padded given name is one member of the post before it', () => {
		const result = parseText(BUDGET, 'midori-yosan-2.txt');
		const roll = result.meeting?.participants.find((group) => group.group === '出席委員')?.members.map((member) => [member.name, member.title]);
		expect(roll).toEqual([
			['田中一男', '委員長'],
			['森本真紀', '副委員長'],
			['佐々木 翼', '委員'],
			['中山久美', '委員'],
			['長谷川 亮', '委員'],
			['宮崎修一', '委員'],
		]);
	});

	test('the assembly\'s name past a blank line under the bills is no part of the last one', () => {
		const result = parseText(BUDGET, 'midori-yosan-2.txt');
		expect(result.meeting?.series).toBe('みどり県議会 予算特別委員会');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['議案第１号　令和６年度みどり県一般会計予算', '議案第２号　令和６年度みどり県国民健康保険事業特別会計予算']);
	});

	test('a 分科会 takes the assembly named under its title, which is no unknown line of the header', () => {
		const result = parseText(SUBCOMMITTEE, 'sakura-kessan-2.txt');
		expect(result.meeting?.series).toBe('さくら市議会 決算特別委員会第２分科会');
		expect(result.meeting?.date).toBe('2024-09-30');
		expect(result.diagnostics.filter((d) => d.code === 'unknown-line')).toEqual([]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['本間主査', '須藤分科員', '本間主査']);
	});
});
