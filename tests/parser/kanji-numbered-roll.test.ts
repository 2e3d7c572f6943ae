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
