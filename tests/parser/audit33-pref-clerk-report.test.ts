/**
 * A prefecture's sitting where the clerk reports how many came after the chair opens it (`〔議事課長報告〕` / `　出席議員　議長共102名`):
 * the count is the record's, no words of the chair.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText } from './unseen-helpers.ts';

const SITTING = `令和６年第一回定例会　ゆずりは県議会会議録第３号

〇令和６年２月21日　午後１時開議
　　　　　　　　出　席　議　員
　　　　議　長　　　加　藤　良　平
　　　　１　番　　　大　村　美　奈
〇議長（加藤良平）　ただいまから、本日の会議を開きます。
　　　〔議事課長報告〕
　出席議員　議長共102名
〇議長（加藤良平）　審議を行います。
〇大村美奈君　県土の強靱化について伺います。
〇議長（加藤良平）　本日はこれで散会いたします。
`;

describe('the clerk\'s report of the members present', () => {
	test('is a note of the record after the chair\'s opening words', () => {
		const result = parseText(SITTING, 'yuzuriha-r6-1-3.txt');
		expect(result.meeting?.remarks[0]?.text).not.toContain('出席議員');
		expect(notesOf(result)).toContain('出席議員　議長共102名');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（加藤良平）', '議長（加藤良平）', '大村美奈君', '議長（加藤良平）']);
	});
});
