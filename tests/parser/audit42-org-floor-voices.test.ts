/**
 * A 商工会's 創立総会 of the 1960s (as a town's history reprints its minutes) writes the chair's and the members' turns after a
 * space (`議長　第四号議案を上程し…`, `浜田氏　…`) and the floor answering on a line of its own, no bracket (`賛成の声多数`,
 * `異議なしの声あり`): a note of the record, the chair's next words a turn of their own (each had been a heading over them).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'かもめ村商工会創立総会議事録',
	'',
	'昭和三十八年二月十五日午後一時。かもめ村役場会議室において出席者五十二名をもって、かもめ村商工会創立総会がもたれた。',
	'',
	'議長　第四号議案を上程し選任方法を議場にはかる。',
	'浜田氏　発起人代表の大沢金吾氏に会長就任を願い他の役員は会長に一任しては如何。',
	'賛成の声多数',
	'議長　只今の浜田氏の発言に対し御異議ありませんか。',
	'異議なしの声あり',
	'議長　御異議ないものと認め、会長に大沢金吾氏と決定いたします。',
];

describe('the floor’s voices written plainly', () => {
	const result = parseText(minutes.join('\n'), 'soukai.txt');

	test('no heading is made of them', () => {
		expect(result.body.map((section) => section.title)).not.toContain('賛成の声多数');
		expect(result.body.map((section) => section.title)).not.toContain('異議なしの声あり');
	});

	test('they are notes between the turns', () => {
		const notes = result.body.flatMap((section) => section.children.filter((block) => block.type === 'note').map((block) => ('text' in block ? block.text : '')));
		expect(notes).toEqual(['賛成の声多数', '異議なしの声あり']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長', '浜田氏', '議長', '議長']);
	});
});
