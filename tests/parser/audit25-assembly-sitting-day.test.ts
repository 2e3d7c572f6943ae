/**
 * A city's 会議録 as pdftotext gives it: a numbered header whose sitting day is written after the event word
 * (`１．開議　令和６年３月６日　午前１０時`, after `１．招集年月日` of the session's first day), and a running head with the
 * day and 号 atop every page (`令和６年３月６日（水）　…　第３号` under `－ 1 －`), the first of them still in the header.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const PDF_TEXT = `令和６年第１回ひかり市議会定例会会議録（第３号）

１．招集年月日　令和６年３月４日
１．招集の場所　ひかり市議会議場
１．開議　令和６年３月６日　午前１０時
１．出席議員（４名）
　　１番　　赤　井　　　誠　　　　　２番　　井　口　　美　紀
　　３番　　宇　野　　健　太　　　　４番　　柿　本　　由　香
１．欠席議員（０名）

－ 1 －

令和６年３月６日（水）　　　　　　　　　　　　　　　　　　　　　　第３号

１．議事日程
　日程第１　一般質問

　　　　　　　　　　　　　　午前１０時００分　開議
○議長（柿本由香）　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。１番、赤井誠議員。
○１番（赤井　誠）　令和６年度の当初予算は、前年度と比べて３．２％増の規模となっています
が、その要因について伺います。

－ 2 －

令和６年３月６日（水）　　　　　　　　　　　　　　　　　　　　　　第３号

○議長（柿本由香）　市長。
○市長（熊谷宗一）　増加の主な要因は、扶助費と公債費の増加です。
○議長（柿本由香）　本日はこれにて散会いたします。
　　　　　　　　　　　　　　午前１１時３０分　散会

－ 3 －
`;

describe('a sitting day written after 開議 and a running head seen once in the transcript', () => {
	const { meeting, diagnostics } = parseText(PDF_TEXT, 'hikari-r6-1-3.txt');

	test('the record is dated by its sitting, not by the session\'s call', () => {
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(meeting?.title).toBe('ひかり市議会 令和6年第1回定例会 第3号');
		expect(meeting?.date).toBe('2024-03-06');
		expect(meeting?.start).toBe('10:00');
		expect(meeting?.end).toBe('11:30');
	});

	test('the running head atop the next page is no part of the member\'s question', () => {
		const question = meeting?.remarks.find((remark) => remark.speaker === '１番（赤井　誠）');
		expect(question?.text).toBe('令和６年度の当初予算は、前年度と比べて３．２％増の規模となっていますが、その要因について伺います。');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（柿本由香）', '１番（赤井　誠）', '議長（柿本由香）', '市長（熊谷宗一）', '議長（柿本由香）']);
		expect(meeting?.remarks.some((remark) => remark.text.includes('第３号'))).toBe(false);
	});
});

describe('page numbers written bare, as pdftotext gives a footer without dashes', () => {
	const bare = PDF_TEXT.replace(/^－ ([0-9]) －$/gmu, '$1');

	test('they and the running head beside them are no words of a turn', () => {
		const { meeting } = parseText(bare, 'hikari-r6-1-3.txt');
		const question = meeting?.remarks.find((remark) => remark.speaker === '１番（赤井　誠）');
		expect(question?.text).toBe('令和６年度の当初予算は、前年度と比べて３．２％増の規模となっていますが、その要因について伺います。');
		expect(meeting?.remarks).toHaveLength(5);
	});

	test('numbers that do not count up one by one stay', () => {
		const { meeting } = parseText(bare.replace(/^2$/mu, '7'), 'hikari-r6-1-3.txt');
		expect(meeting?.remarks.find((remark) => remark.speaker === '１番（赤井　誠）')?.text).toContain('7');
	});
});
