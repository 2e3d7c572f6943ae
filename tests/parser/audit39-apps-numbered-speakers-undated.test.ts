/**
 * A transcript saved as text whose every turn is a transcription app's numbered speaker before a colon (`話者1: …`,
 * `Speaker 2: …`), with no date anywhere: one error naming what such a file has room for, the meeting's date in the file's
 * name or a date line above the first turn (it had asked for a 日時 line after a title the file does not have), and the file
 * named so is read.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const TURNS = ['話者1: では来期の計画について始めます。', '話者2: よろしくお願いします。資料を共有します。', '話者1: 売上の目標から確認しましょう。', '話者3: 目標は今期の一割増です。'];

describe('an undated transcript of numbered speakers', () => {
	test('one error names the file’s name or a date line above the first turn', () => {
		const result = parseLines(TURNS, '計画打合せ.txt');
		expect(result.meeting).toBeNull();
		const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
		expect(errors.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['no-date', 1]]);
		expect(errors[0]?.message).toContain("put the meeting's date in the file's name");
		expect(errors[0]?.message).toContain('above the first turn');
	});

	test('the file named with the date as told is read', () => {
		const result = parseLines(TURNS, '計画打合せ_2025-01-10.txt');
		expect(result.meeting?.date).toBe('2025-01-10');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['話者1', '話者2', '話者1', '話者3']);
	});
});
