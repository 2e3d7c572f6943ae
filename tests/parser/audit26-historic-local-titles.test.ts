/**
 * The titles of local assemblies' records typed from old print: the day before the body in kanji (`昭和三十年六月十五日`),
 * an era before Shōwa (`大正十五年`, `明治四十四年`), and the record's words in old forms (`會議録`, `議事速記録第四號`) are
 * none of the body's name, so its records of every year are one series.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const series = (title: string, turns: readonly string[] = ['○議長（青木藤吉君）　是ヨリ會議ヲ開キマス', '○三番（宇佐美傳君）　質問致シマス', '○議長（青木藤吉君）　本日ハ是ニテ散會致シマス']) =>
	parseDocuments([title, '', ...turns].join('\n'), { source: 'old.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.series;

describe('the series of old local records', () => {
	test("a committee's day in kanji and its 會議録 are none of its name", () => {
		expect(series('昭和三十年六月十五日　南原市議會總務委員會會議録')).toBe('南原市議會總務委員會');
	});

	test("a village assembly's record of 昭和元年 and of 大正十五年", () => {
		expect(series('昭和元年十二月二十七日　東谷村會會議録')).toBe('東谷村會');
		expect(series('大正十五年三月二十日　北野村會議事録')).toBe('北野村會');
	});

	test("a prefectural assembly's 議事速記録 and its number in old forms", () => {
		expect(series('昭和五年第二回東岡縣會議事速記録第四號', ['昭和五年十二月五日（金曜日）', '○議長（青木藤吉君）　是ヨリ會議ヲ開キマス', '○三番（宇佐美傳君）　質問致シマス'])).toBe('東岡縣會');
	});
});
