/**
 * A residents' association's record written with kanji numerals throughout (`一　出席者（十一名）`, its members under it as
 * post and name, the heads of numbered 組 among them, `一組長　　今西　まゆみ`): the roll is read, not run into the place.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = [
	'令和六年度　第一回　緑町一丁目町会　役員会記録',
	'',
	'一　日時　令和六年四月七日（日）午前十時より正午まで',
	'一　場所　緑町一丁目町会会館',
	'一　出席者（十一名）',
	'　　会長　　　石黒　房雄',
	'　　会計　　　服部　和子',
	'　　一組長　　今西　まゆみ',
	'　　二組長　　片桐　大吾',
	'一　欠席者　なし',
	'',
	'一　議事',
	'　一、町会費の集金について',
	'　　服部会計より、本年度も年額三千六百円を五月中に各組長が集金することの説明があった。',
].join('\n');

describe('a record numbered with kanji numerals', () => {
	test('the place is the place, and the roll under 出席者（十一名） is read with each member\'s post', () => {
		const meeting = parseDocuments(record, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.location).toBe('緑町一丁目町会会館');
		expect(meeting?.participants[0]?.members.map((member) => [member.title, member.name])).toEqual([
			['会長', '石黒　房雄'],
			['会計', '服部　和子'],
			['一組長', '今西　まゆみ'],
			['二組長', '片桐　大吾'],
		]);
	});
});

describe('a roll typed with tabs', () => {
	test('a tab is a space inside a member, two the gap between members', () => {
		const text = ['社会福祉法人あおぞら会　令和６年度第１回評議員会議事録', '', '日時\t令和６年６月２５日（火）\t午前１０時００分～午前１１時３０分', '場所\t法人本部　２階会議室', '出席評議員\t４名', '\t髙田\t義夫\t\t宮﨑\t香', '\t大塚\t秀明\t\t片岡\t陽子', '欠席評議員\t広瀬\t稔', '', '議事', '議長から開会が宣せられた。'].join('\n');
		const meeting = parseDocuments(text, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席評議員', ['髙田　義夫', '宮﨑　香', '大塚　秀明', '片岡　陽子']],
			['欠席評議員', ['広瀬　稔']],
		]);
	});
});
