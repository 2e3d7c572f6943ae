/**
 * A city's 説明のため出席した者 as pdftotext gives a Word table of 均等割付 cells: posts padded with half-width spaces
 * (`総 務 部 長`), names padded with full-width ones and a wider gap between surname and given name
 * (`小　松　　直　人`), two pairs to a line.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第１回ひかり市議会定例会会議録（第３号）

令和６年３月６日（水曜日）

出席議員（２名）
　　１番　　赤　井　　　誠　　　　　２番　　井　口　　美　紀

説明のため出席した者の職氏名
　　総 務 部 長　　小　松　　直　人　　　教　育　長　　斉　藤　　　恵

○議長（赤井誠君）　開議します。
○教育長（斉藤恵君）　お答えします。
`;

describe('posts padded with half-width spaces before names padded with full-width ones', () => {
	test('the letters of the given name before the next post belong to the name, not the post', () => {
		const { meeting } = parseText(MINUTES, 'hikari-r6-1-3.txt');
		expect(meeting?.participants[1]?.members.map((member) => [member.title, member.name])).toEqual([
			['総務部長', '小松直人'],
			['教育長', '斉藤恵'],
		]);
	});
});
