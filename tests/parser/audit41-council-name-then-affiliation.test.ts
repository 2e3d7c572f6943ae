/**
 * A 懇談会's or a 検討会's roll copied from its PDF lists each member as the name, one space, then what they are: a profession
 * (`小野寺　晴美　林業ジャーナリスト`) or a body and the post held in it (`根岸　佳代子　やまなみ町商工会　女性部長`), one space
 * between the cells where the table's wider gap is lost. The name is the member's and the rest the affiliation (the row had been
 * nameless, or its name read from the post's first letters, `女性` / `部長`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const members = (rows: readonly string[]) =>
	parseText(['令和６年度　第１回　やまなみ町森林づくり懇談会　議事概要', '', '開催日時　令和６年６月１４日（金）　１３時３０分から１５時３０分まで', '開催場所　やまなみ町役場　２階　大会議室', '出席者', '　委員', ...rows.map((row) => `　　${row}`), '　事務局', '　　産業振興課長　　坂口　昌平', '', '【三好委員】', '　担い手対策にも充てられないか。'].join('\n'), 'a.txt').meeting?.participants.flatMap((group) =>
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	);

describe('a roll row of a name, one space and the affiliation', () => {
	test('a profession, a body and its post, a research institute', () => {
		expect(members(['小野寺　晴美　林業ジャーナリスト', '根岸　佳代子　やまなみ町商工会　女性部長', '堀田　宗一郎　県立森林研究所　主任研究員', '三好　孝之　　やまなみ森林組合　代表理事組合長'])).toEqual([
			['小野寺　晴美', null, '林業ジャーナリスト'],
			['根岸　佳代子', null, 'やまなみ町商工会　女性部長'],
			['堀田　宗一郎', null, '県立森林研究所　主任研究員'],
			['三好　孝之', null, 'やまなみ森林組合　代表理事組合長'],
			['坂口　昌平', '産業振興課長', null],
		]);
	});
});
