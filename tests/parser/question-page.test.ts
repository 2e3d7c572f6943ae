/**
 * A prefectural assembly's page of one member's questions in a committee (質問文書): the day written month first with the
 * year last (`質疑・質問日:06/27/2022`), who asked in a field, each turn's label alone over the words. It had been refused
 * for want of a date.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const PAGE = `令和4年6月定例会農林委員会 質疑・質問
質疑・質問者:北村 一郎 議員
質疑・質問日:06/28/2022
会派名:県民の会

〇北村委員
 よろしくお願いします。
 まず、肥料価格の高騰への支援についてお伺いします。

〇森田農林部長
 お答えいたします。
 国の制度の動向を注視しつつ、県としての支援策を検討してまいります。

〇北村委員
 要望です。早期の支援をよろしくお願いいたします。
`;

describe('a page of one member\'s questions', () => {
	const { meeting, diagnostics } = parseMinutes(PAGE, { source: 'q.txt', sourceHash: '0'.repeat(64) });

	test('is dated by its 質疑・質問日 written month, day, year', () => {
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(meeting?.date).toBe('2022-06-28');
	});

	test('keeps each turn', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['北村委員', '森田農林部長', '北村委員']);
	});

	test('reads who asked as a participant, the party as a field', () => {
		expect(meeting?.participants.map((group) => group.group)).toEqual(['質疑・質問者']);
	});
});
