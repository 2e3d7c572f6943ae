/**
 * A town committee's record numbered as a form (`６　付託案件` over its bills, then `７　会議の経過` over the turns, its clerks listed above): the
 * record's label after the business is no item of it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = [
	'総務文教常任委員会会議録',
	'',
	'１　開催日時　　令和６年６月１７日（月）　午前９時３０分～午前１１時１０分',
	'２　開催場所　　ひのき町役場　第１委員会室',
	'３　出席委員（２名）',
	'　　委　員　長　　水　野　勝　也　　　委　　　員　　村　井　　　光',
	'４　欠席委員（なし）',
	'５　職務のため出席した者',
	'　　議会事務局長　　望　月　智　美',
	'６　付託案件',
	'　　議案第２５号　ひのき町税条例の一部を改正する条例',
	'　　陳情第３号　学校給食費の無償化を求める陳情',
	'７　会議の経過',
	'○委員長（水野勝也君）　ただいまから委員会を開会します。',
	'○委員（村井光君）　質疑はありません。',
	'○委員長（水野勝也君）　以上で閉会します。',
];

describe("a committee's business listed under a numbered field, then the record's label", () => {
	test('the label ends the list: two items, and the turns are read', () => {
		const { meeting } = parseLines(record, 'hinoki-soumu.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['議案第２５号　ひのき町税条例の一部を改正する条例', '陳情第３号　学校給食費の無償化を求める陳情']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長（水野勝也君）', '委員（村井光君）', '委員長（水野勝也君）']);
	});
});
