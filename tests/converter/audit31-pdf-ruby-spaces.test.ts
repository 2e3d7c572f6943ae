/**
 * Readings (ruby) centred over a roll's names, a reading wider than its one-letter given name (`かおる` over `薫`)
 * overhanging the spaces beside it: the spaces between the names stay (they had gone, `教育長　早乙女薫委員東海林肇`,
 * and the roll read as one person).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const LINES = [
	'第１回　かもめ市教育委員会定例会　会議録',
	'日時　令和６年４月２２日（月）午後２時',
	'出席者　教育長　早乙女　薫　　委員　東海林　肇',
	'○早乙女教育長　ただいまから定例会を開会いたします。',
	'○東海林委員　学校給食の無償化について伺います。',
	'○早乙女教育長　以上で閉会いたします。',
];

async function rubyPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	const y = (line: number) => 760 - line * 30;
	LINES.forEach((text, line) => page.drawText(text, { x: 80, y: y(line), size: SIZE, font }));
	// Each reading at half the size, centred over its letters (`column` letters in, `letters` wide).
	const ruby = (line: number, column: number, letters: number, kana: string) => {
		const width = font.widthOfTextAtSize(kana, SIZE / 2);
		page.drawText(kana, { x: 80 + column * SIZE + (letters * SIZE - width) / 2, y: y(line) + SIZE * 1.05, size: SIZE / 2, font });
	};
	ruby(2, 8, 3, 'さおとめ');
	ruby(2, 12, 1, 'かおる');
	ruby(2, 18, 3, 'しょうじ');
	ruby(2, 22, 1, 'はじめ');
	return doc.save();
}

describe('readings over a roll’s names', () => {
	test('leave the spaces between the names, the readings left out', async () => {
		const extracted = await pdfToText(await rubyPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(LINES);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-ruby');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			['教育長', '早乙女　薫'],
			['委員', '東海林　肇'],
		]);
	});
});
