/**
 * An attendance table padded into columns under `出欠` (`会長　　　　　西村　由美　　○`, a school PTA's or an association's roll):
 * every row one member of the roll, a row led by `書記` too (it had opened a list of its own holding the rows below it), and a
 * row marked `×` (or `欠`, `欠席`) someone absent (they had been counted as attending).
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和6年度　第2回　PTA運営委員会　議事録',
	'みずき台小学校PTA',
	'',
	'日時　令和6年7月9日（火）　15:30～16:40',
	'場所　みずき台小学校　会議室',
	'',
	'【出欠】（○出席　×欠席　△遅刻）',
	'会長　　　　　長尾　早紀　　○',
	'副会長　　　　宮田　徹　　　×',
	'書記　　　　　浜口　結衣　　○',
	'会計　　　　　村井　真理　　△',
	'教頭　　　　　小池　健　　　欠',
	'',
	'【議事】',
	'長尾会長：夏祭りの準備についてお願いします。',
	'浜口書記：案内は来週配布します。',
].join('\n');

describe('an attendance table padded into columns', () => {
	const meeting = parseText(text, 'pta.txt').meeting;

	test('every row is one member of the roll with their post', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出欠',
				[
					['会長', '長尾　早紀'],
					['副会長', '宮田　徹'],
					['書記', '浜口　結衣'],
					['会計', '村井　真理'],
					['教頭', '小池　健'],
				],
			],
		]);
	});

	test('the rows marked absent attended nothing', () => {
		if (!meeting) throw new Error('no record');
		const id = entryId(meeting);
		const people = resolvePeople([{ id, data: meeting }]);
		const attended = Object.fromEntries(people.persons.map((person) => [person.name, person.attended.length]));
		expect(attended).toMatchObject({ '長尾　早紀': 1, '宮田　徹': 0, '浜口　結衣': 1, '村井　真理': 1, '小池　健': 0 });
	});
});
