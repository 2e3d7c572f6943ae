/**
 * A transcript saved as text with no date anywhere (`[00:00:05] 中川 翔: …` from the first line, a file's name without a day):
 * one error naming what to add where a transcript has room for it, the file's name or a date line above the first turn, and
 * adding that line as told dates it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const TURNS = ['[00:00:05] 中川 翔: では打合せを始めます。', '[00:00:20] 久保 玲奈: 見積もりの件、先方から返事がありました。', '[00:00:41] 中川 翔: 内容を共有してください。'];

describe('an undated transcript saved as text', () => {
	test('one error names the file’s name or a date line above the first turn', () => {
		const result = parseLines(TURNS, '打合せメモ.txt');
		expect(result.meeting).toBeNull();
		const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
		expect(errors.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['no-date', 1]]);
		expect(errors[0]?.message).toContain("put the meeting's date in the file's name");
		expect(errors[0]?.message).toContain('above the first turn');
	});

	test('the date line added as told dates it', () => {
		const result = parseLines(['2024年10月7日', ...TURNS], '打合せメモ.txt');
		expect(result.meeting?.date).toBe('2024-10-07');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['中川 翔', '久保 玲奈', '中川 翔']);
	});
});
