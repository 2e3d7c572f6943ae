/**
 * A committee's record that lists its business as bills without 日程 numbers under `付託案件` (or `審査事件`, `会議に付した案件`):
 * each bill is an agenda item, and `審査結果` / `別紙のとおり` is kept as notes. Before, the list and the result were lost
 * without a word (read as the staff roll above them, which took none of them).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const record = (heading: string) => `令和５年第４回はなみずき市議会定例会

文教厚生常任委員会会議録

１　開会日時　　令和５年１２月１２日（火）　午前１０時００分
２　場　　所　　第２委員会室
３　出席委員（２名）
　　委　員　長　　　大　塚　　　亮
　　委　　　員　　　川　端　正　志
４　事務局職員出席者
　　議事調査課主査　　　　　　　　矢　島　広　美
５　${heading}
　　議案第６８号　はなみずき市国民健康保険税条例の一部を改正する条例
　　議案第７１号　はなみずき市立保育所条例の一部を改正する条例
　　請願第５号　　学校給食費の無償化を求める請願
６　審査結果
　　別紙のとおり

◯大塚委員長　ただいまから文教厚生常任委員会を開会いたします。
◯川端委員　質疑はありません。
◯大塚委員長　以上で閉会いたします。
`;

/** The same business in a committee's record that the assembly reader reads (an officials' roll, more members, an official's turn). */
const assembly = (heading: string) => `令和５年第４回はなみずき市議会定例会

文教厚生常任委員会会議録

１　開会日時　　令和５年１２月１２日（火）　午前１０時００分
２　閉会日時　　令和５年１２月１２日（火）　午前１１時３５分
３　場　　所　　第２委員会室
４　出席委員（４名）
　　委　員　長　　　大　塚　　　亮
　　副委員長　　　　小野寺　恵　子
　　委　　　員　　　川　端　正　志
　　委　　　員　　　佐　久　間　仁
５　欠席委員
　　な　し
６　委員外出席議員
　　議　　　長　　　堀　内　一　雄
７　説明のため出席した者
　　健康福祉部長　　　　　　　　　沢　村　和　宏
８　事務局職員出席者
　　議事調査課主査　　　　　　　　矢　島　広　美
９　${heading}
　　議案第６８号　はなみずき市国民健康保険税条例の一部を改正する条例
　　議案第７１号　はなみずき市立保育所条例の一部を改正する条例
　　請願第５号　　学校給食費の無償化を求める請願
１０　審査結果
　　別紙のとおり

◯大塚委員長　ただいまから文教厚生常任委員会を開会いたします。
◯沢村健康福祉部長　議案第６８号について御説明いたします。
◯川端委員　質疑はありません。
◯大塚委員長　以上で閉会いたします。
`;

const BILLS = ['議案第６８号　はなみずき市国民健康保険税条例の一部を改正する条例', '議案第７１号　はなみずき市立保育所条例の一部を改正する条例', '請願第５号　　学校給食費の無償化を求める請願'];

describe("a committee's business listed without 日程 numbers", () => {
	for (const [reader, make] of [
		['assembly', assembly],
		['council', record],
	] as const) {
		for (const heading of ['付託案件', '審査事件', '会議に付した案件']) {
			test(`${reader}: under ${heading}, each bill is an item, none a member, and the result kept`, () => {
				const result = parseMinutes(make(heading), { source: 'bunkyo.txt', sourceHash: '0'.repeat(64) });
				expect(result.meeting!.agenda.map((item) => item.title).slice(0, 3)).toEqual(BILLS);
				expect(result.meeting!.participants.flatMap((group) => group.members).filter((member) => /議案|請願|審査|案件/u.test(member.text))).toEqual([]);
				expect(JSON.stringify(result)).toContain('別紙のとおり');
			});
		}
	}
});
