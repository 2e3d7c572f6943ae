/**
 * A sitting's time on its own line (`午前１１時４２分　散会`, `午後１時　再開`) under a line that reaches the right margin
 * and ends its sentence: a line of its own, as the record prints it, not the rest of the chair's last sentence.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** One A4 page of lines, 10.5 pt, 40 full-width letters to a full line. */
async function page(lines: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	lines.forEach((text, i) => sheet.drawText(text, { x: 87.64, y: 756.89 - 17.85 * i, size: 10.5, font }));
	return doc.save();
}

const LINES = [
	'令和６年第４回さくら市議会定例会会議録（第２号）',
	'令和６年１２月３日（火曜日）',
	'午前１０時００分　開議',
	// Full lines: 38 letters each.
	'○議長（村田誠一君）　ただいまから本日の会議を開きます。日程第１、一般質問を',
	'行います。質問時間は答弁を含めて６０分以内といたします。通告順に発言を許可し',
	'ます。ここで暫時休憩いたします。再開は午後１時といたしますので御了承願います。',
	'午前１１時５８分　休憩',
	'午後１時００分　再開',
	'○議長（村田誠一君）　休憩前に引き続き会議を開きます。以上で本日の日程は全部',
	'終了いたしました。本日はこれにて散会いたします。皆様、大変お疲れさまでした。',
	'午後１時１５分　散会',
];

describe('a sitting’s time under a full line that ends its sentence', () => {
	test('is a line of its own, out of the chair’s remark', async () => {
		expect([...LINES.slice(3, 6), ...LINES.slice(8, 10)].map((line) => [...line].length)).toEqual([38, 38, 39, 38, 38]);
		const extracted = await pdfToText(await page(LINES));
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').filter((line) => line.trim() !== '');
		expect(lines).toContain('午前１１時５８分　休憩');
		expect(lines).toContain('午後１時１５分　散会');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks).toHaveLength(2);
		expect(meeting?.remarks.map((remark) => remark.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/[休散]会$|休憩$/u)]));
		expect(meeting?.remarks[1]?.text.replace(/\s/gu, '')).toBe('休憩前に引き続き会議を開きます。以上で本日の日程は全部終了いたしました。本日はこれにて散会いたします。皆様、大変お疲れさまでした。');
	});
});
