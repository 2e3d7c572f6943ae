/**
 * A city's special committee record whose header lists the business referred to it under `付託事件`, after the roll of those
 * who explain (`５　出席説明員` / … / `６　付託事件` / `　　認定第１号　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `　　　　　　　　決算特別委員会記録（総括質疑）

　　　　　　　　　　　　　　　　　　　　　　令和６年１０月１０日（木）
　　　　　　　　　　　　　　　　　　　　　　ふじなみ市議会

１　開　　会　　午前１０時
２　閉　　会　　午後４時１２分
３　場　　所　　全員協議会室
４　出席委員
　　委員長　　荻　野　隆　司　　　副委員長　　谷　川　愛
５　出席説明員
　　市長　　　　　　　　　羽　田　正　和
　　財政部長　　　　　　　川　端　幸　恵
６　付託事件
　　認定第１号　令和５年度ふじなみ市一般会計歳入歳出決算の認定について

○荻野委員長　ただいまから決算特別委員会を開会いたします。
○川端財政部長　令和５年度は９２．１％でございます。
○荻野委員長　以上で総括質疑を終わります。
`;

describe('the business referred to a committee', () => {
	test('`付託事件` heads the agenda, no member of the roll above', () => {
		const result = parseText(RECORD, 'fujinami-kessan-soukatsu.txt');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['認定第１号　令和５年度ふじなみ市一般会計歳入歳出決算の認定について']);
		expect(result.meeting?.participants.find((group) => group.group === '出席説明員')?.members.map((member) => member.name)).toEqual(['羽田正和', '川端幸恵']);
	});
});
