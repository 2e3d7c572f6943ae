/**
 * A city's committee record copied from its minutes site: the year and the committee on the first line, the sitting's month
 * and day alone under it (`令和 5年議会運営委員会` / `1月23日`), the site's `○議事日程` link, then the record with its fields
 * marked 〇 (`〇日時` over `令和5年(2023年)1月23日(月)10時00分開会 …`). The day under the title is the day the 日時 gives, said
 * again: no line the reader could not place (it had been warned of as a line not understood in the header).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (day: string) =>
	[
		'令和 5年議会運営委員会',
		day,
		'○議事日程  ',
		'',
		'議会運営委員会会議録',
		'〇日時',
		'令和5年(2023年)1月23日(月)10時00分開会 10時41分閉会(会議時間0時間41分)',
		'〇場所',
		'議会全員協議会室',
		'〇出席委員',
		'日野委員長、くり田、中村、高山の各委員',
		'〇本日審査した案件',
		'1 議会運営等の検討について',
		'    ―――――――――――――――――――――――――――――――――――――――',
		'○日野委員長  議会運営委員会を開会いたします。',
		'○日野委員長  以上で閉会いたします。',
	].join('\n');

describe("the sitting's day alone under a committee's title", () => {
	for (const day of ['1月23日', '１月２３日', '1月23日(月)']) {
		test(`${day}: the day of the 日時, no warning`, () => {
			const result = parseText(record(day), 'giun-2023-01-23.txt');
			expect(result.meeting?.date).toBe('2023-01-23');
			expect(result.diagnostics.filter((d) => d.message.includes('not understood'))).toEqual([]);
		});
	}

	test('another day under the title is still warned of', () => {
		const result = parseText(record('2月3日'), 'giun-2023-01-23.txt');
		expect(result.diagnostics.filter((d) => d.message.includes('not understood')).map((d) => d.line)).toEqual([2]);
	});
});
