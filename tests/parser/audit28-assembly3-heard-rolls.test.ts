/**
 * A standing committee's record that names no assembly in its title (read by the council reader), its header numbering
 * those it hears: `６　参考人` / `みどり野ＰＴＡ連絡協議会会長　　小　松　真　紀`, `７　請願者` / `…を考える会代表　　田　口　恵　理`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `　　　　　　　　文教厚生常任委員会会議録

１　日　時　　令和６年６月１７日（月）
２　場　所　　第２委員会室
３　出席委員（３名）
　　委員長　　島　田　和　也　　副委員長　　今　村　陽　菜
　　委　員　　宮　田　弓　子
４　説明のため出席した者
　　教育次長　　　　　　　　原　口　洋　一
５　参考人
　　みどり野ＰＴＡ連絡協議会会長　　小　松　真　紀
６　請願者
　　放課後児童クラブを考える会代表　　田　口　恵　理
７　事務局職員
　　書　記　　安　田　裕　介

○委員長（島田和也君）　ただいまから文教厚生常任委員会を開会いたします。
○請願者（田口恵理さん）　待機児童が４２名おり、保護者は大変困っております。
○参考人（小松真紀さん）　ＰＴＡとしても同じ意見でございます。
○宮田委員　指導員の確保の見通しはどうですか。
○教育次長（原口洋一君）　確保に努めます。
○委員長（島田和也君）　以上で委員会を閉会いたします。
`;

describe('those a committee hears', () => {
	test('are rolls of their own, each with what they are and the name', () => {
		const { meeting } = parseText(MINUTES, 'bunkyo-2024-06-17.txt');
		const groups = Object.fromEntries((meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.title, member.name])]));
		expect(groups['説明のため出席した者']).toEqual([['教育次長', '原口洋一']]);
		expect(groups['参考人']).toEqual([['みどり野ＰＴＡ連絡協議会会長', '小松真紀']]);
		expect(groups['請願者']).toEqual([['放課後児童クラブを考える会代表', '田口恵理']]);
		expect(meeting?.remarks).toHaveLength(6);
	});
});
