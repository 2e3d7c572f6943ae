import { describe, expect, test } from 'vitest';
import { formatEraDate, formatEraYear, formatTimeRange, formatWesternDate, toEra } from '../../src/format/japanese-date.ts';

describe('formatWesternDate', () => {
	test.each([
		{ iso: '2023-02-01', expected: '2023年2月1日（水）' },
		{ iso: '2024-06-14', expected: '2024年6月14日（金）' },
		{ iso: '2021-03-09', expected: '2021年3月9日（火）' },
		{ iso: '2019-12-05', expected: '2019年12月5日（木）' },
		{ iso: '2000-02-29', expected: '2000年2月29日（火）' },
	])('returns $expected for $iso', ({ iso, expected }) => {
		expect(formatWesternDate(iso)).toBe(expected);
	});

	test('rejects text that is not YYYY-MM-DD', () => {
		expect(() => formatWesternDate('令和5年2月1日')).toThrow(/YYYY-MM-DD/);
	});
});

describe('formatEraDate', () => {
	test.each([
		{ iso: '2023-02-01', expected: '令和5年2月1日' },
		{ iso: '2024-03-27', expected: '令和6年3月27日' },
		{ iso: '2019-05-01', expected: '令和元年5月1日' },
		{ iso: '2019-04-30', expected: '平成31年4月30日' },
		{ iso: '1989-01-08', expected: '平成元年1月8日' },
		{ iso: '1989-01-07', expected: '昭和64年1月7日' },
		{ iso: '1926-12-25', expected: '昭和元年12月25日' },
		{ iso: '1912-07-30', expected: '大正元年7月30日' },
		{ iso: '1868-01-24', expected: '1868年1月24日' },
	])('returns $expected for $iso', ({ iso, expected }) => {
		expect(formatEraDate(iso)).toBe(expected);
	});
});

describe('toEra and formatEraYear', () => {
	test('era boundaries use the first day of the new era', () => {
		expect(toEra('2019-05-01')).toEqual({ era: '令和', year: 1 });
		expect(toEra('2019-04-30')).toEqual({ era: '平成', year: 31 });
		expect(toEra('1800-01-01')).toBeNull();
	});

	test.each([
		{ year: 2024, expected: '令和6年' },
		{ year: 2019, expected: '令和元年' },
		{ year: 2018, expected: '平成30年' },
		{ year: 1989, expected: '平成元年' },
	])('year $year is $expected', ({ year, expected }) => {
		expect(formatEraYear(year)).toBe(expected);
	});
});

describe('formatTimeRange', () => {
	test.each([
		{ start: '16:00', end: '18:00', expected: '16:00～18:00' },
		{ start: '10:00', end: null, expected: '10:00～' },
		{ start: null, end: '12:00', expected: '～12:00' },
		{ start: null, end: null, expected: '' },
	])('$start–$end → "$expected"', ({ start, end, expected }) => {
		expect(formatTimeRange(start, end)).toBe(expected);
	});
});
