/**
 * Minutes set with wide letter spacing over the whole page (0.8 em and more: 一太郎's fixed pitch on a large grid). pdf.js
 * then gives each letter as a run of its own with a space run of the spacing between each two: the page reads without
 * those spaces (it had read `出　席　議　員`, every label lost), and an indent of one ideographic space reads as one at any
 * spacing (each such space is the spacing wider: it had read as two at 0.5 em).
 */
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { minutesPdf } from './pdf-fixture.ts';

const TEXT = [
	'さくら市議会定例会会議録（第２号）',
	'令和６年１２月３日（火曜日）',
	'出席議員（４名）',
	'　１番　大橋　由紀子　　２番　木下　健一',
	'　３番　佐久間　正　　４番　田所　芳江',
	'○議長（村田誠一君）　ただいまから本日の会議を開きます。市長。',
	'○市長（高見沢　修君）　大橋議員の御質問にお答えいたします。',
	'○１番（大橋　由紀子君）　ありがとうございました。',
].join('\n');

describe('a page set with wide letter spacing', () => {
	test.each([0.5, 0.8, 1.0])('at %s em reads its words, its spaces and its indents as typed', async (spacing) => {
		const extracted = await pdfToText((await minutesPdf(TEXT, { header: 'さくら市議会', characterSpacing: spacing })).bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').filter((line) => line.trim() !== '');
		expect(lines).toContain('出席議員（４名）');
		expect(lines).toContain('　１番　大橋　由紀子　　２番　木下　健一');
		expect(lines).toContain('　３番　佐久間　正　　４番　田所　芳江');
		const result = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.date).toBe('2024-12-03');
		expect(result.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['大橋 由紀子', '木下 健一', '佐久間 正', '田所 芳江']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（村田誠一君）', '市長（高見沢　修君）', '１番（大橋　由紀子君）']);
		expect(result.meeting?.remarks[1]?.text.replace(/\n/gu, '')).toBe('大橋議員の御質問にお答えいたします。');
	});
});

describe('a title spread so wide that each letter is a run of its own', () => {
	test('reads whole', async () => {
		const { PDFDocument, PDFNumber, PDFOperator, PDFOperatorNames } = await import('pdf-lib');
		const fontkit = (await import('@pdf-lib/fontkit')).default;
		const { readFile } = await import('node:fs/promises');
		const { fontDir } = await import('../../src/cards/fontconfig.ts');
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(`${fontDir()}/NotoSansJP_400Regular.ttf`), { subset: true });
		const sheet = doc.addPage([595, 842]);
		sheet.pushOperators(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [PDFNumber.of(2 * 16)]));
		sheet.drawText('会議録', { x: 240, y: 770, size: 16, font });
		sheet.pushOperators(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [PDFNumber.of(0)]));
		['総務常任委員会', '１　開会日時　令和６年９月１２日（木）　午前１０時', '○桑原委員長　ただいまから総務常任委員会を開会いたします。', '○藤井総務部長　議案第４５号について御説明申し上げます。'].forEach((text, i) => sheet.drawText(text, { x: 90, y: 735 - 18 * i, size: 10.5, font }));
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n')[0]?.trim()).toBe('会議録');
		expect(parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting?.title).toBe('会議録');
	});
});
