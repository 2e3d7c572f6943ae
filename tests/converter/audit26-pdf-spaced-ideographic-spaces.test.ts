/**
 * Minutes set with letter spacing over the whole page (一太郎's fixed pitch, Word's document grid): every ideographic
 * space is that spacing wider, and pdf.js gives it the spacing of the letter before it too. Each reads as one
 * ideographic space, so names and labels keep their one space (`高見沢　修`, not `高見沢　　修`) and a roll's gaps
 * keep their width.
 */
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { minutesPdf } from './pdf-fixture.ts';

const TEXT = [
	'令和６年第４回さくら市議会定例会会議録（第２号）',
	'令和６年１２月３日（火曜日）',
	'出席議員（４名）',
	'　１番　大橋　由紀子　　　　２番　木下　健一',
	'　３番　佐久間　正　　　　　４番　田所　芳江',
	'説明のため出席した者',
	'　市長　　　　　高見沢　修',
	'○議長（村田誠一君）　ただいまから本日の会議を開きます。市長。',
	'○市長（高見沢　修君）　大橋議員の御質問にお答えいたします。',
	'○１番（大橋　由紀子君）　ありがとうございました。',
].join('\n');

describe('ideographic spaces on a page set with letter spacing', () => {
	test.each([0.2, 0.3, 0.5])('at %s em each reads as one, the roll’s gaps as wide as typed', async (spacing) => {
		const extracted = await pdfToText((await minutesPdf(TEXT, { header: 'さくら市議会', characterSpacing: spacing })).bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		// (The indent before a roll's line is measured apart: the spaces are counted between the words.)
		const lines = extracted.text.split('\n').map((line) => line.replace(/^\u3000+/u, '')).filter((line) => line.trim() !== '');
		expect(lines).toContain('１番　大橋　由紀子　　　　２番　木下　健一');
		expect(lines).toContain('３番　佐久間　正　　　　　４番　田所　芳江');
		expect(lines).toContain('○市長（高見沢　修君）　大橋議員の御質問にお答えいたします。');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（村田誠一君）', '市長（高見沢　修君）', '１番（大橋　由紀子君）']);
	});
});
