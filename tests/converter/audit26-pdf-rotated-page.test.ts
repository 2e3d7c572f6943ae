/**
 * A portrait page stored as landscape and turned upright by its /Rotate of 270 (a page turned anticlockwise in a viewer
 * and saved): its lines run down the stored page, each next line to the right of the one before. They read along
 * their lines, top to bottom, as the page shows them, not as columns.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const LINES = [
	'第５回　みどり県環境審議会　議事録',
	'１　日時　令和６年１０月２１日（月）　午後２時００分～午後４時００分',
	'２　場所　みどり県庁　本庁舎５階　大会議室',
	'○森下課長　定刻となりましたので、ただいまから第５回みどり県環境審議会を開会いたします。',
	'○岡本会長　それでは議事に入ります。事務局から説明をお願いします。',
	'○平井主幹　資料１を御覧ください。中間評価の結果について御説明いたします。',
	'○久保田委員　削減が遅れている理由について伺います。',
	'○岡本会長　本日の議事はこれで終了いたします。',
];

/** Pages of the display (595 × 842) stored as 842 × 595 and shown with /Rotate 270: each line drawn a quarter turn clockwise. */
async function rotatedPdf(pages: string[][]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	pages.forEach((lines, index) => {
		const page = doc.addPage([842, 595]);
		page.setRotation(degrees(270));
		// A point (x, y) of the page as shown is (y, 595 - x) of the page as stored.
		const put = (text: string, x: number, y: number) => page.drawText(text, { x: y, y: 595 - x, size: 10.5, font, rotate: degrees(-90) });
		lines.forEach((text, i) => put(text, 80, 760 - 20 * i));
		put(`- ${index + 1} -`, 285, 40);
	});
	return doc.save();
}

describe('a page stored turned and shown upright by its /Rotate of 270', () => {
	test('reads line after line along its lines, its page number left out', async () => {
		const extracted = await pdfToText(await rotatedPdf([LINES.slice(0, 5), LINES.slice(5)]));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(LINES);
		expect(extracted.warnings.map((w) => w.code)).not.toContain('pdf-turned-page');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.title).toBe('第５回　みどり県環境審議会　議事録');
		expect(meeting?.date).toBe('2024-10-21');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森下課長', '岡本会長', '平井主幹', '久保田委員', '岡本会長']);
	});
});
