/**
 * The era abbreviated as notes and forms write it: its Latin initial before a written date (`R6年10月16日`) and its first kanji
 * before a numeric one (`令6.10.16`, `平31.4.1`). Such a file had been refused for want of a date.
 */
import { describe, expect, test } from 'vitest';
import { findDate } from '../../src/parser/date.ts';
import { parseLines } from './unseen-helpers.ts';

describe('an abbreviated era', () => {
	test.each([
		{ text: 'R6年10月16日（水）', iso: '2024-10-16' },
		{ text: 'Ｒ６年１０月１６日', iso: '2024-10-16' },
		{ text: 'H31年4月30日', iso: '2019-04-30' },
		{ text: '令6.10.16', iso: '2024-10-16' },
		{ text: '令６．１０．１６（水）', iso: '2024-10-16' },
		{ text: '平31.4.1', iso: '2019-04-01' },
		{ text: '昭和64.1.7', iso: '1989-01-07' },
	])('$text → $iso', ({ text, iso }) => {
		expect(findDate(text)).toMatchObject({ ok: true, iso });
	});

	test('a letter before the initial makes no era of it: `JR6年` is no 令和', () => {
		expect(findDate('JR6年10月16日')).toMatchObject({ ok: false });
	});

	test('a kanji before the first kanji of an era makes no era of it: `公平6.10.16` is no 平成 date', () => {
		expect(findDate('公平6.10.16')?.ok).not.toBe(true);
	});

	test('a note dated `令6.10.16` is a record, not an error', () => {
		const result = parseLines(['第3回 まちづくり検討会 議事メモ', '', '日時：令６．10．16', '場所：市役所会議室', '', '・駅前の整備について意見交換を行った。'], 'memo.txt');
		expect(result.meeting?.date).toBe('2024-10-16');
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});
