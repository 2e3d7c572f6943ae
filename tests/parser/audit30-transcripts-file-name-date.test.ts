/**
 * A transcript holds no date of its own, and people name the file with the day written out (`企画会議_2024年10月7日.vtt`,
 * `企画会議_令和6年10月7日.vtt`, `企画会議（2024.10.7）.vtt`): that day dates it, and is no part of its title. A file with a date
 * is never refused.
 */
import { describe, expect, test } from 'vitest';
import { dateInFileName } from '../../src/parser/date.ts';
import { parseLines } from './unseen-helpers.ts';

const VTT = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v 山田 太郎>始めます。', '', '00:00:04.000 --> 00:00:08.000', '<v 佐藤 花子>はい。', '', '00:00:08.000 --> 00:00:10.000', '<v 山田 太郎>どうぞ。'];

describe('a day written out in a transcript’s file name', () => {
	test.each(['企画会議_2024年10月7日.vtt', '企画会議_令和6年10月7日.vtt', '企画会議 R6.10.7.vtt', '企画会議（2024.10.7）.vtt', '企画会議_2024-10-7.vtt', '企画会議_20241007.vtt'])('%s: dated 2024-10-07, titled 企画会議', (source) => {
		const result = parseLines(VTT, source);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['企画会議', '2024-10-07']);
	});

	test('minutes saved as text without a date of their own are dated by it too', () => {
		expect(dateInFileName('seeds/理事会（令和6年10月7日）.txt')).toEqual({ iso: '2024-10-07', text: '2024年10月7日' });
		const result = parseLines(['理事会', '出席者：山田、佐藤', '', '議事', '山田：始めます。', '佐藤：はい。'], '理事会（令和6年10月7日）.txt');
		expect(result.meeting?.date).toBe('2024-10-07');
	});

	test('a name without a day still gives none', () => {
		expect(dateInFileName('企画会議_資料3-2.vtt')).toBeNull();
		expect(parseLines(VTT, '企画会議.vtt').meeting).toBeNull();
	});
});
