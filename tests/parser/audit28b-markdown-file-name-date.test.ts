/**
 * Minutes kept in a repository are often dated only by their file's name (`docs/minutes/2024-12-03.md`): such a file is read
 * as Markdown, dated by its name with a warning; it had been rejected by the Markdown reader and kept as a plain document,
 * its turns and participants lost.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

describe('a Markdown file dated only by its name', () => {
	const lines = ['# 図書委員会 議事録', '', '## 参加者', '- 青木', '- 松本', '', '## 議事', '- 青木: 冬休みの貸出冊数を10冊に増やす案。', '- 松本: 賛成です。'];

	test('is read as Markdown minutes of that day', () => {
		const result = parseLines(lines, 'docs/minutes/2024-12-03.md');
		expect(result.family).toBe('markup');
		expect(result.meeting?.date).toBe('2024-12-03');
		expect(rollsOf(result).map(([group, members]) => [group, members.length])).toEqual([['参加者', 2]]);
		expect(turnsOf(result)).toEqual([
			['青木', '冬休みの貸出冊数を10冊に増やす案。'],
			['松本', '賛成です。'],
		]);
		expect(result.diagnostics.filter((d) => d.code === 'file-name-date').map((d) => [d.severity, d.line])).toEqual([['warning', 1]]);
	});

	test('while a date in the text wins over the name', () => {
		const result = parseLines([...lines.slice(0, 2), '- 日時: 2024年12月4日', ...lines.slice(2)], 'docs/minutes/2024-12-03.md');
		expect(result.meeting?.date).toBe('2024-12-04');
		expect(result.diagnostics.some((d) => d.code === 'file-name-date')).toBe(false);
	});

	test('and a name without a date leaves the file undated', () => {
		const result = parseLines(lines, 'docs/minutes/toshoiinkai.md');
		expect(result.meeting ?? null).toBeNull();
		expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['no-date']);
	});
});
