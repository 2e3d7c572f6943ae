/**
 * A committee's record exported from a minutes system (DiscussNet, kensakusystem) is titled by the day, the committee and the
 * system's stamp of the sitting (`令和 6年 9月12日総務常任委員会－09月12日－01号`): the title shows the committee and the
 * sitting's number (`総務常任委員会 第1号`), the day being the record's date.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const committee = (title: string): string => `${title}

　　　　　　　　　総務常任委員会記録

１　開会年月日　　令和６年９月１２日（木）
２　開会場所　　　第１委員会室
３　出席委員（２名）
　　委員長　　木　村　大　輔　　　委　員　　青　木　　　翔

　　　　　　午前１０時００分開会
◎木村委員長　ただいまから総務常任委員会を開会いたします。
◆青木翔委員　会計年度任用職員も対象になりますか。
◎佐藤総務部長　会計年度任用職員も同様に改定いたします。
◎木村委員長　以上で本日の委員会を閉会いたします。
　　　　　　午前１０時４０分閉会
`;

describe("a minutes system's stamp after a committee's title", () => {
	test('gives the sitting number, the day it repeats left out', () => {
		const { meeting } = parseText(committee('令和 6年 9月12日総務常任委員会－09月12日－01号'), 'soumu.txt');
		expect(meeting?.title).toBe('総務常任委員会 第1号');
		expect(meeting?.series).toBe('総務常任委員会');
		expect(meeting?.date).toBe('2024-09-12');
	});

	test('in full-width digits, after a day and a 分科会', () => {
		const { meeting } = parseText(committee('令和６年３月８日　予算特別委員会第２分科会－０３月０８日－０２号'), 'yosan.txt');
		expect(meeting?.title).toBe('予算特別委員会第２分科会 第2号');
	});

	test("the record's own title under it is the title again, no line left unread", () => {
		const { diagnostics } = parseText(committee('令和 6年 9月12日総務常任委員会－09月12日－01号'), 'soumu.txt');
		expect(diagnostics.filter((d) => d.code === 'unknown-line').map((d) => d.message)).toEqual([]);
	});

	test('keeps a day the stamp does not repeat', () => {
		const { meeting } = parseText(committee('令和 6年 9月11日総務常任委員会－09月12日－01号'), 'soumu.txt');
		expect(meeting?.title).toBe('令和 6年 9月11日総務常任委員会 第1号');
	});
});
