/**
 * A scan's text layer whose character recognition read one turn mark as a Latin `O` (`O事務局　…`) among turns marked
 * `○`: when the label after it is one other turns have with their real mark, that line is a turn of that speaker too.
 * (Two or more misreads were mended before; one alone had been read into the turn before it.) A line of a Latin `O`
 * before words no turn is labelled with stays as it is.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const HEAD = ['令和６年第２回かえで村教育委員会定例会会議録', '日時　令和６年２月１４日（水）午後１時３０分', ''];

describe('one turn mark read as O in a scan’s text layer', () => {
	test('is read as ○ before a label other turns have', () => {
		const result = parseLines([
			...HEAD,
			'○教育長　ただいまから定例会を開会します。事務局から報告をお願いします。',
			'○事務局　学校給食費の改定について報告いたします。',
			'○井上委員　改定の時期はいつですか。',
			'O事務局　令和６年４月からを予定しております。',
			'○教育長　以上で閉会します。',
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育長', '事務局', '井上委員', '事務局', '教育長']);
		expect(result.meeting?.remarks[3]?.text).toBe('令和６年４月からを予定しております。');
	});

	test('is left alone before words no other turn is labelled with', () => {
		const result = parseLines([...HEAD, '○教育長　ただいまから定例会を開会します。', '○事務局　予防接種について報告いたします。', 'O型肝炎　ワクチンの接種を勧めています。', '○教育長　以上で閉会します。']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育長', '事務局', '教育長']);
		expect(result.meeting?.remarks[1]?.text).toContain('O型肝炎');
	});
});
