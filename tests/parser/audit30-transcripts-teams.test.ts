/**
 * Teams' transcript saved from Word: the recording's name, then the day and the time with the meridiem after it
 * (`2024年7月10日, 7:00午後`, `July 10, 2024, 7:00 PM`), then the length and each speaker's name over their words.
 */
import { describe, expect, test } from 'vitest';
import { findTimeRange } from '../../src/parser/date.ts';
import { parseLines } from './unseen-helpers.ts';

describe('the meridiem after the time', () => {
	test.each([
		['2024年7月10日, 7:00午後', '19:00'],
		['July 10, 2024, 7:00 PM', '19:00'],
		['2024年7月10日, 10:03午前', '10:03'],
		['9:30am', '09:30'],
		['12:30 午後', '12:30'],
	])('%s starts at %s', (text, start) => {
		expect(findTimeRange(text)?.start).toBe(start);
	});

	test('`午前中` after a time is no meridiem', () => {
		expect(findTimeRange('12:00午前中')?.start).toBe('12:00');
	});

	test('a range after one: the end reads the start’s meridiem', () => {
		expect(findTimeRange('7:00 PM～8:30')).toMatchObject({ start: '19:00', end: '20:30' });
	});
});

describe('Teams’ transcript from Word', () => {
	test('the meeting starts in the evening, each speaker speaks', () => {
		const result = parseLines(
			['地域福祉推進会議-20240710_190012-会議の録音', '2024年7月10日, 7:00午後', '1時間 2分 5秒', '', '渡部 修   0:03', '皆さん、こんばんは。', '', '青木 真理子   0:21', '事務局の青木です。'],
			'teams_地域福祉推進会議.txt',
		);
		expect([result.meeting?.series, result.meeting?.date, result.meeting?.start]).toEqual(['地域福祉推進会議', '2024-07-10', '19:00']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['渡部 修', '青木 真理子']);
	});
});
