/**
 * The Bank of Japan's verbatim 金融政策決定会合 議事録: its title on three lines (`政策委員会` / `金融政策決定会合` / `議事録`), the
 * meeting's days in brackets and the Bank's name under it before the header; each speaker's label alone on its line over the
 * words (`黒川議長`, `岩井副総裁`, `雨森理事`), and the record's parts numbered in Roman numerals between the turns.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const header = [
	'（２０１４年１２月１８、１９日開催分）',
	'',
	'日本銀行',
	'',
	'（開催要領）',
	'１．開催日時：２０１４年１２月１８日（１４：００～１５：５９）',
	'２．場所：日本銀行本店',
	'３．出席委員：',
	'　　議長　黒川東彦　（総裁）',
	'　　　　　岩井規久男　（副総裁）',
	'　　　　　白田さゆり　（審議委員）',
	'',
];
const body = [
	'Ⅰ．開会',
	'',
	'黒川議長',
	'　それでは、金融政策決定会合を開催する。',
	'',
	'Ⅱ．金融経済情勢に関する執行部報告',
	'',
	'雨森理事',
	'　それでは、ご説明する。',
	'',
	'岩井副総裁',
	'　私から一点だけ申し上げる。',
];

describe("the Bank of Japan's verbatim minutes", () => {
	test('the title on three lines over the days and the Bank is one title, the header read', () => {
		const meeting = parseText(['政策委員会', '金融政策決定会合', '議事録', ...header, ...body].join('\n'), 'boj.txt').meeting;
		expect([meeting?.title, meeting?.date, meeting?.location]).toEqual(['政策委員会 金融政策決定会合 議事録', '2014-12-18', '日本銀行本店']);
	});

	test("the Bank's name under a title on two lines is no line of the header", () => {
		const result = parseText(['政策委員会・金融政策決定会合', '議事録', ...header, ...body].join('\n'), 'boj.txt');
		expect(result.meeting?.title).toBe('政策委員会・金融政策決定会合 議事録');
	});

	test('a governor and a deputy governor speak by surname and post', () => {
		expect(parseNameLabel('岩井副総裁')).toEqual({ name: '岩井', title: '副総裁', affiliation: null });
		expect(parseNameLabel('黒川総裁')).toEqual({ name: '黒川', title: '総裁', affiliation: null });
		expect(parseNameLabel('日本銀行総裁').name).toBeNull();
	});

	test("each label alone opens its turn, and a part's heading ends the turn above it", () => {
		const result = parseText(['政策委員会', '金融政策決定会合', '議事録', ...header, ...body].join('\n'), 'boj.txt');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['黒川議長', 'それでは、金融政策決定会合を開催する。'],
			['雨森理事', 'それでは、ご説明する。'],
			['岩井副総裁', '私から一点だけ申し上げる。'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['Ⅰ．開会', 'Ⅱ．金融経済情勢に関する執行部報告']);
	});
});
