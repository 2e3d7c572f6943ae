/**
 * A roll that refers to a table (`出席者　別表のとおり`) with the table's caption over its rows (`別表　出席委員`, as a PDF of
 * a council's minutes prints the table under the header): the caption is a note on the list, no member (it had been a
 * member named 別表 出席, a 委員), and every row of the table a member with the post and the affiliation.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const minutes = (caption: string) => `第４回　かもめ市総合計画審議会　議事録

日時　令和６年１２月１７日（火）　午前１０時～正午
場所　かもめ市役所　議会棟　全員協議会室
出席者　別表のとおり
${caption}
区分　　　　　　　　　　　　氏名　　　　　　　　所属・役職
会長　　　　　　　　　　　　青井　彩　　　　　　かもめ大学教授
委員　　　　　　　　　　　　秋元　学　　　　　　かもめ市医師会理事
委員　　　　　　　　　　　　浅野　恵美　　　　　かもめ商工会議所専務理事
事務局：企画部長、企画政策課長
議事
（１）基本構想の素案について
○青井会長　おはようございます。本日は委員３名全員の出席です。
○企画政策課長　資料１により、基本構想の素案を説明いたします。
○浅野委員　人口の見通しについて伺います。
`;

describe('the caption of a roll’s table', () => {
	test.each(['別表　出席委員', '（別紙）委員名簿', '別紙１　出席者一覧'])('%s is a note, the rows the members', (caption) => {
		const meeting = parseMinutes(minutes(caption), { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const roll = meeting?.participants.find((group) => group.group === '出席者');
		expect(roll?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['青井　彩', '会長', 'かもめ大学教授'],
			['秋元　学', '委員', 'かもめ市医師会理事'],
			['浅野　恵美', '委員', 'かもめ商工会議所専務理事'],
		]);
		expect(roll?.note).toContain(caption);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['青井会長', '企画政策課長', '浅野委員']);
	});
});
