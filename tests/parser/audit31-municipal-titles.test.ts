/**
 * Assembly records titled as a city's or a prefecture's minutes site titles them: the session before its year in brackets
 * (`第３回定例会（令和６年９月）　本会議　第５号`, which had been titled `みずほ市議会 第5号`), and a year's numbered sittings
 * without a session (`令和六年東京都議会会議録第三号`, which had lost its year).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const sitting = ['出席議員（２名）', '　１番　　赤　井　　　亮　君　　　２番　　井　上　真　理　君', '', '　　　午前１０時開議', '○議長（井上真理君）　これより本日の会議を開きます。', '○１番（赤井亮君）　質問いたします。', '○議長（井上真理君）　これにて散会いたします。', '　　　午前１０時２０分散会'];

describe('assembly titles', () => {
	test('a session with its year in brackets after it keeps the session', () => {
		const meeting = read(['第３回定例会（令和６年９月）　本会議　第５号', '', 'みずほ市議会', '', '令和６年９月２０日（金曜日）', '', ...sitting]);
		expect([meeting?.title, meeting?.series, meeting?.sessionLabel, meeting?.date]).toEqual(['みずほ市議会 令和6年第3回定例会 第5号', 'みずほ市議会', '令和6年第3回定例会 第5号', '2024-09-20']);
	});

	test('a 臨時会 with its year in kanji after it', () => {
		const meeting = read(['みずほ市議会　第一回臨時会（令和六年五月）　第一号', '', '令和６年５月１５日（水曜日）', '', ...sitting]);
		expect(meeting?.sessionLabel).toBe('令和6年第1回臨時会 第1号');
	});

	test("a year's numbered sittings without a session keep the year", () => {
		const meeting = read(['令和六年東京都議会会議録第三号', '', '令和六年二月二十八日（水曜日）', '', ...sitting]);
		expect([meeting?.title, meeting?.series, meeting?.date]).toEqual(['東京都議会 令和6年 第3号', '東京都議会', '2024-02-28']);
	});

	test('a fiscal year before the name is no session', () => {
		const meeting = read(['令和６年度みずほ市議会会議録第５号', '', '令和６年９月２０日（金曜日）', '', ...sitting]);
		expect(meeting?.sessionLabel).toBe('第5号');
	});
});
