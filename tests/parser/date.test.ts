import { describe, expect, test } from 'vitest';
import { findDate, findTimeRange } from '../../src/parser/date.ts';
import { parseNumeral } from '../../src/parser/numerals.ts';

describe('findDate', () => {
	test.each([
		{ text: '令和5年2月1日（水）16:00～18:00', iso: '2023-02-01' },
		{ text: '令和元年12月5日', iso: '2019-12-05' },
		{ text: '令和元年5月1日', iso: '2019-05-01' },
		{ text: '平成31年4月30日', iso: '2019-04-30' },
		{ text: '平成元年1月8日', iso: '1989-01-08' },
		{ text: '昭和64年1月7日', iso: '1989-01-07' },
		{ text: '昭和40年10月10日', iso: '1965-10-10' },
		{ text: '令和６年６月１４日(金)', iso: '2024-06-14' },
		{ text: '令和五年二月一日', iso: '2023-02-01' },
		{ text: '令和三年十二月二十五日', iso: '2021-12-25' },
		{ text: '令和 3 年 3 月 9 日', iso: '2021-03-09' },
		{ text: '㋿5年2月1日', iso: '2023-02-01' },
		{ text: '2024年3月27日', iso: '2024-03-27' },
		{ text: '２０２４年３月２７日', iso: '2024-03-27' },
		{ text: '二〇二四年三月二十七日', iso: '2024-03-27' },
		{ text: '2024/3/27', iso: '2024-03-27' },
		{ text: '2024-03-27 14:00', iso: '2024-03-27' },
		{ text: '2024.3.27（水）', iso: '2024-03-27' },
		{ text: '令和2年2月29日', iso: '2020-02-29' },
		// The other reckoning in brackets, as assemblies write it.
		{ text: '令和7年（2025年）1月24日（金）10時00分開会', iso: '2025-01-24' },
		{ text: '2025年（令和7年）1月24日', iso: '2025-01-24' },
		{ text: '令和元年(2019)5月7日', iso: '2019-05-07' },
		// Era initials with a numeric date, as forms and notes abbreviate them.
		{ text: '日時：R6.12.3（火）18:00～19:00', iso: '2024-12-03' },
		{ text: 'H31/4/1', iso: '2019-04-01' },
		{ text: 'Ｈ３０．１１．５', iso: '2018-11-05' },
		{ text: '令和6.12.3', iso: '2024-12-03' },
		{ text: 'R元.5.1', iso: '2019-05-01' },
		{ text: 'S64.1.7', iso: '1989-01-07' },
		// English dates, as associations and international meetings write them.
		{ text: 'Date: 14 March 2024 (Thu) 19:00-20:30', iso: '2024-03-14' },
		{ text: 'Date / 日時: Tuesday, May 7, 2019, 14:00-15:30', iso: '2019-05-07' },
		{ text: 'Thursday, 14th Mar. 2024', iso: '2024-03-14' },
		{ text: 'Sept. 3rd, 2021', iso: '2021-09-03' },
		{ text: 'dec 31 2023', iso: '2023-12-31' },
	])('$text → $iso', ({ text, iso }) => {
		const found = findDate(text);
		expect(found).toMatchObject({ ok: true, iso });
	});

	test.each([
		{ text: '令和5年2月30日', message: /not a calendar date/ },
		{ text: '令和5年13月1日', message: /not a calendar date/ },
		{ text: '令和5年2月0日', message: /not a calendar date/ },
		{ text: '令和3年2月29日', message: /not a calendar date/ },
		{ text: '2023/02/30', message: /not a calendar date/ },
		{ text: '5年2月1日', message: /no era name/ },
		{ text: '元年5月1日', message: /元年 without an era/ },
		{ text: '99999年1月1日', message: /^"99999年1月1日": year 99999 is out of range: write a four-digit year/ },
		{ text: '令和9999年1月1日', message: /year 12017 is out of range/ },
		{ text: 'Feb 30, 2024', message: /^"Feb 30, 2024" is not a calendar date/ },
	])('$text is invalid', ({ text, message }) => {
		const found = findDate(text);
		expect(found?.ok).toBe(false);
		expect(found && !found.ok ? found.message : '').toMatch(message);
	});

	test.each(['オンライン', '16:00～18:00', '第42回', '', 'March 2024', '12 Mayor 2020', 'Room 14 May'])('no date in %j', (text) => {
		expect(findDate(text)).toBeNull();
	});

	test('a weekday that does not match the date is a warning', () => {
		const found = findDate('令和5年2月1日（木）');
		expect(found).toMatchObject({ ok: true, iso: '2023-02-01' });
		expect(found?.ok && found.warnings.map((w) => w.code)).toEqual(['weekday-mismatch']);
	});

	test.each([
		{ text: '令和5年2月1日（水）', end: '令和5年2月1日(水)'.length },
		{ text: '令和5年2月1日【水曜日】', end: '令和5年2月1日【水曜日】'.length },
		{ text: '令和5年2月1日 16:00', end: '令和5年2月1日'.length },
	])('the weekday in any brackets belongs to the date: $text', ({ text, end }) => {
		const found = findDate(text);
		expect(found?.ok && found.end).toBe(end);
		expect(found?.ok && found.warnings).toEqual([]);
	});

	test('a date after its era ended is a warning, not an error', () => {
		const found = findDate('平成31年5月1日');
		expect(found).toMatchObject({ ok: true, iso: '2019-05-01' });
		expect(found?.ok && found.warnings.map((w) => w.code)).toEqual(['date-outside-era']);
		expect(findDate('昭和64年1月8日')).toMatchObject({ ok: true, warnings: [{ code: 'date-outside-era' }] });
	});
});

describe('findTimeRange', () => {
	test.each([
		{ text: '16:00～18:00', start: '16:00', end: '18:00' },
		{ text: '14:00~16:00', start: '14:00', end: '16:00' },
		{ text: '10：00～12：00', start: '10:00', end: '12:00' },
		{ text: '９:３０〜１１:４５', start: '09:30', end: '11:45' },
		{ text: '9:30-11:00', start: '09:30', end: '11:00' },
		{ text: '午後2時～4時', start: '14:00', end: '16:00' },
		{ text: '午前10時30分～午後0時', start: '10:30', end: '12:00' },
		{ text: '午前11時～午後1時半', start: '11:00', end: '13:30' },
		{ text: '14時から16時', start: '14:00', end: '16:00' },
		{ text: '（水） 16:00 ～ 18:00', start: '16:00', end: '18:00' },
		{ text: '15:00', start: '15:00', end: null },
	])('$text → $start–$end', ({ text, start, end }) => {
		expect(findTimeRange(text)).toEqual({ start, end, warnings: [] });
	});

	test.each(['オンライン', '第3回', ''])('no time in %j', (text) => {
		expect(findTimeRange(text)).toBeNull();
	});

	test('impossible times become null with a warning', () => {
		expect(findTimeRange('25:00～26:00')).toMatchObject({ start: null, end: null, warnings: [{ code: 'invalid-time' }, { code: 'invalid-time' }] });
	});

	test('an end before the start is reported', () => {
		expect(findTimeRange('18:00～16:00')?.warnings.map((w) => w.code)).toEqual(['time-order']);
	});
});

describe('parseNumeral', () => {
	test.each([
		{ text: '42', value: 42 },
		{ text: '４２', value: 42 },
		{ text: '四十二', value: 42 },
		{ text: '十', value: 10 },
		{ text: '二十五', value: 25 },
		{ text: '百五', value: 105 },
		{ text: '二〇二四', value: 2024 },
		{ text: '千九百八十九', value: 1989 },
		{ text: 'abc', value: null },
		{ text: '', value: null },
	])('$text → $value', ({ text, value }) => {
		expect(parseNumeral(text)).toBe(value);
	});
});

describe('findDate: bracketed years and era initials', () => {
	test('a bracketed year that names another year is a warning, the date stays the first reckoning', () => {
		const found = findDate('令和7年（2024年）1月24日');
		expect(found).toMatchObject({ ok: true, iso: '2025-01-24' });
		expect(found?.ok && found.warnings.map((warning) => warning.code)).toEqual(['date-years-differ']);
		expect(findDate('令和7年（2025年）1月24日')).toMatchObject({ ok: true, warnings: [] });
	});

	test('an initial inside a word or a version number is not an era', () => {
		expect(findDate('HTTP2.1.3')).toBeNull();
		expect(findDate('ARM6.1.2')).toBeNull();
		expect(findDate('R6.13.1')).toMatchObject({ ok: false, message: /not a calendar date/ });
	});

	test('the earliest date of the line wins across forms', () => {
		expect(findDate('R6.12.3 開催（令和6年12月10日 公開）')).toMatchObject({ ok: true, iso: '2024-12-03' });
		expect(findDate('令和6年12月10日 公開 R6.12.3')).toMatchObject({ ok: true, iso: '2024-12-10' });
	});
});

describe('findDate: the year last', () => {
	test('month, day and year, as a prefectural committee page writes them (質疑・質問日:06/27/2022)', () => {
		const found = findDate('質疑・質問日:06/27/2022');
		expect(found?.ok && found.iso).toBe('2022-06-27');
	});

	test('a first number over 12 is the day', () => {
		const found = findDate('27/06/2022');
		expect(found?.ok && found.iso).toBe('2022-06-27');
	});

	test('no date is made of numbers before a fiscal year, nor of a day past the month', () => {
		expect(findDate('資料 3/4/2022年度版')).toBeNull();
		expect(findDate('12/40/2024')).toMatchObject({ ok: false });
	});
});
