import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { stripLineNumbers } from '../../src/parser/line-numbers.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';

/** A town assembly's first page as copied from a PDF with line numbers: the header without numbers, then numbered lines. */
const header = ['令和４年第３回　ゆうなぎ町議会定例会会議録（第２号）', '令和４年９月８日（木曜日）　午前１０時開議', '出席議員（２名）', '　１番　岡　田　敏　夫　君　　　２番　坂　口　健　二　君', '説明のため出席した者', '　町　　長　　田　辺　和　也　君', '                                   －１－'];
const numbered = [
	'○議長（坂口健二君）　ただいまから本日の会議を開きます。',
	'　日程第１、一般質問を行います。',
	'○１番（岡田敏夫君）　通告に従い、防災対策について質問いたします。',
	'　昨年の大雨では、町内で床下浸水が１２件発生しました。排水ポンプの増設',
	'の計画はあるのか、町長に伺います。',
	'○議長（坂口健二君）　町長。',
	'○町長（田辺和也君）　岡田議員の御質問にお答えいたします。',
	'　排水ポンプにつきましては、来年度、新川地区に１台増設する計画でござい',
	'ます。',
	'○議長（坂口健二君）　以上で一般質問を終わります。',
	'　本日はこれにて散会いたします。',
];
const withNumbers = (from: number) => numbered.map((line, i) => `${String(from + i).padStart(2, ' ')}  ${line}`);

describe('line numbers copied from a printed page', () => {
	test('are left out, each line keeping its number and its own indent', () => {
		const lines = toSourceLines([...header, ...withNumbers(1)].join('\n'));
		const stripped = stripLineNumbers(lines);
		expect(stripped?.slice(header.length).map((source) => source.text)).toEqual(numbered);
		expect(stripped?.map((source) => source.line)).toEqual(lines.map((source) => source.line));
		expect(stripped?.slice(0, header.length)).toEqual(lines.slice(0, header.length));
	});

	test('so a sentence wrapped at the page margin joins without them, and a warning says so', () => {
		const result = parseMinutes([...header, ...withNumbers(1)].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		const texts = result.meeting?.remarks.map((remark) => remark.text) ?? [];
		expect(texts).toContain('岡田議員の御質問にお答えいたします。\n排水ポンプにつきましては、来年度、新川地区に１台増設する計画でございます。');
		expect(texts.join('')).not.toMatch(/[0-9]/u);
		expect(result.diagnostics).toContainEqual({ severity: 'warning', code: 'line-numbers', line: header.length + 1, message: expect.stringMatching(/^the line numbers at the start of the lines/u) });
	});

	test('numbered again from 1 on a new page', () => {
		const pages = [...withNumbers(1).slice(0, 6), '                                   －２－', ...withNumbers(1).slice(6).map((line, i) => line.replace(/^ *[0-9]+/u, String(i + 1).padStart(2, ' ')))];
		expect(stripLineNumbers(toSourceLines(pages.join('\n')))?.map((source) => source.text).filter((text) => !text.includes('－'))).toEqual(numbered);
	});

	test.each([
		['a numbered list with lines between its items', ['議事次第', ...Array.from({ length: 10 }, (_, i) => [`${i + 1} 議題${i + 1}について`, '　説明の後、意見交換が行われた。']).flat()]],
		['numbers that do not count up', Array.from({ length: 12 }, (_, i) => `${(i * 7) % 13} 件の報告があった。`)],
		['too few numbered lines', ['1 開会', '2 議事', '3 閉会']],
	])('%s: kept as written', (_, texts) => {
		expect(stripLineNumbers(toSourceLines(texts.join('\n')))).toBeNull();
	});
});
