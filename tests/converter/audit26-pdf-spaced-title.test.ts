/**
 * A title set with its letters apart (Word's 均等割り付け, or letter spacing on the heading alone) on a page of plain
 * lines: pdf.js puts a space after each of its letters (`総 務 常 任 委 員 会 記 録`). The title reads whole; a roll's
 * cells set apart keep their spaces.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFNumber, PDFOperator, PDFOperatorNames } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** One page: `spaced` lines drawn with letter spacing (em), then the plain lines. */
async function page(spaced: { text: string; spacing: number; size: number }[], plain: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595, 842]);
	let y = 770;
	for (const line of spaced) {
		sheet.pushOperators(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [PDFNumber.of(line.spacing * line.size)]));
		sheet.drawText(line.text, { x: 90, y, size: line.size, font });
		y -= line.size * 2;
	}
	sheet.pushOperators(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [PDFNumber.of(0)]));
	for (const text of plain) {
		sheet.drawText(text, { x: 90, y, size: 10.5, font });
		y -= 18;
	}
	return doc.save();
}

const BODY = [
	'１　開会日時　令和６年９月１２日（木）　午前１０時',
	'２　開会場所　第１委員会室',
	'○桑原委員長　ただいまから総務常任委員会を開会いたします。',
	'○藤井総務部長　議案第４５号について御説明申し上げます。',
	'○今村委員　給付金の対象世帯数を教えてください。',
];

describe('a title whose letters are set apart', () => {
	test.each([
		['a title spread over its width', [{ text: '総務常任委員会記録', spacing: 0.5, size: 14 }], '総務常任委員会記録'],
		['a running head with its date, set with letter spacing', [{ text: '総務常任委員会記録（令和６年９月１２日）', spacing: 0.12, size: 9 }], '総務常任委員会記録（令和６年９月１２日）'],
		['a bare 会議録 over the body’s name', [{ text: '会議録', spacing: 0.6, size: 16 }, { text: '総務常任委員会', spacing: 0, size: 12 }], '会議録'],
	])('%s reads without the spaces between its letters', async (_, spaced, title) => {
		const extracted = await pdfToText(await page(spaced, BODY));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n')[0]?.trim()).toBe(title);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.title).toBe(title);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['桑原委員長', '藤井総務部長', '今村委員']);
	});

	test('a roll’s line of posts and names set apart keeps its spaces', async () => {
		const extracted = await pdfToText(await page([{ text: '副町長　松井宏行', spacing: 0.3, size: 10.5 }], BODY));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n')[0]?.trim()).toMatch(/^副 町 長/u);
	});
});
