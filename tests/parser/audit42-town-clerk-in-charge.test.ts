/**
 * A city's committee record copied from its minutes site, its fields marked 〇 on lines of their own (`〇出席委員`,
 * `〇理事者側出席者`, `〇議会事務局出席者`), the staff listed by surname and post joined, apart by 、: `茶谷局長、…、
 * 田中議事調査課担当係長、武井担当書記`. The clerk who keeps the record is the 担当書記, the surname before the post, and
 * speaks under that label too (`○武井担当書記`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'令和 5年議会運営委員会',
	'議会運営委員会会議録',
	'〇日時',
	'令和5年(2023年)1月23日(月)10時00分開会 10時41分閉会(会議時間0時間41分)',
	'〇場所',
	'議会全員協議会室',
	'〇出席委員',
	'日野委員長、くり田、中村、高山の各委員',
	'〇議会事務局出席者',
	'茶谷局長、岩田議事調査課長、田中議事調査課担当係長、武井担当書記',
	'〇本日審査した案件',
	'1 議会運営等の検討について',
	'    ―――――――――――――――――――――――――――――――――――――――',
	'○日野委員長  議会運営委員会を開会いたします。',
	'○武井担当書記  次回は2月3日の開催でございます。',
	'○日野委員長  以上で閉会いたします。',
].join('\n');

describe('a committee clerk written as surname and 担当書記', () => {
	test('the staff roll names the clerk 武井 with the post 担当書記', () => {
		const staff = rollsOf(parseText(record, 'iinkai-2023-01-23.txt')).find(([group]) => group === '議会事務局出席者')?.[1];
		expect(staff).toEqual(['局長 茶谷', '議事調査課長 岩田', '議事調査課担当係長 田中', '担当書記 武井']);
	});

	test("the clerk's turn is 武井's, as 担当書記", () => {
		const remark = parseText(record, 'iinkai-2023-01-23.txt').meeting?.remarks.find((r) => r.speaker.includes('担当書記'));
		expect(remark?.speaker).toBe('武井担当書記');
		expect(parseNameLabel(remark?.speaker ?? '')).toEqual({ name: '武井', title: '担当書記', affiliation: null });
	});
});
