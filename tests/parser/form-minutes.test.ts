/** Minutes written on a body's form (様式): the form's number atop, the document word over the meeting's name as a field, the recorder below. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const parse = (text: string) => parseMinutes(text, { source: 'form.txt', sourceHash: '0'.repeat(64) }).meeting!;

const FORM = `別記様式第１号（第４条関係）

会　議　録

会議名　　第２回みどり地区自治会連合会役員会
日　時　　令和６年５月１２日（日）午前１０時～午前１１時
場　所　　みどり地区センター
出席者　　山本会長、川口副会長、森下会計

会議の経過
山本会長：ただいまから役員会を開会します。
森下会計：令和５年度の決算について御報告します。
山本会長：以上で閉会します。

　　　　　　　　　　　　　　　記録者　会計　森下`;

describe('minutes on a form', () => {
	test('the form number is no title; the document word over the name field makes the title; the recorder is a note', () => {
		const meeting = parse(FORM);
		expect(meeting.title).toBe('第２回みどり地区自治会連合会役員会 会議録');
		expect(meeting.date).toBe('2024-05-12');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['山本会長', 'ただいまから役員会を開会します。'],
			['森下会計', '令和５年度の決算について御報告します。'],
			['山本会長', '以上で閉会します。'],
		]);
	});

	test('a line that starts with 記録 but is a sentence stays words of the turn', () => {
		const meeting = parse(FORM.replace('以上で閉会します。', '以上で閉会します。\n記録　は事務局が作成し、次回までにお送りします。'));
		expect(meeting.remarks.at(-1)!.text).toBe('以上で閉会します。\n記録　は事務局が作成し、次回までにお送りします。');
	});
});
