/**
 * A watermark set level across each page (`取扱注意` as a word processor lays its watermark horizontally: type many times
 * the text's, light grey, drawn over the lines of the text) is left out with a warning naming it, as one drawn
 * diagonally is. It had been read into the line of the text it shares a baseline with, and that line, a turn's label
 * with it, lost: the turn read into the one before. A title set large above the text stays. The same watermark on a page
 * where no text lies under it (a short last page) is left out too, where it had been read as a line of the last turn.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const LEFT = 85;
const LINES = [
	'日時　令和６年６月３日（月）午前１０時',
	'場所　ひいらぎ市役所本庁舎３階　第一会議室',
	'○委員長　ただいまから会議を開会します。事務局から説明願います。',
	'○事務局　資料に基づき御説明いたします。事務事業の見直しは、',
	'昨年度に続き４２事業を対象といたしました。',
	'○井上委員　対象事業の選び方について伺います。',
	'○事務局　各課からの申出によるものでございます。',
	'○委員長　以上で閉会します。',
];

async function watermarkedPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	// The watermark first, under the text, its baseline a hair off a line's.
	const y = (line: number) => 700 - line * 20;
	page.drawText('取扱注意', { x: 200, y: y(6) + 2, size: 48, font, color: rgb(0.9, 0.9, 0.9) });
	page.drawText('ひいらぎ市行政改革推進委員会', { x: LEFT, y: 760, size: 20, font });
	page.drawText('議事録', { x: LEFT, y: 735, size: 20, font });
	LINES.forEach((text, line) => page.drawText(text, { x: LEFT, y: y(line), size: SIZE, font }));
	return doc.save();
}

/** Two pages with the watermark at the same place, the second holding only the last turn, far above it. */
async function shortLastPagePdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const turn = '○事務局　事務事業の見直しは、昨年度に続き４２事業を対象といたしました。';
	const lines = ['第１回ひいらぎ市行政改革推進委員会　議事録', '日時　令和６年６月３日（月）午前１０時', ...Array.from({ length: 30 }, () => turn)];
	for (const page of [lines, ['○委員長　以上で閉会します。']]) {
		const sheet = doc.addPage([595.28, 841.89]);
		sheet.drawText('取扱注意', { x: 200, y: 420, size: 48, font, color: rgb(0.9, 0.9, 0.9) });
		page.forEach((text, line) => sheet.drawText(text, { x: LEFT, y: 760 - line * 20, size: SIZE, font }));
	}
	return doc.save();
}

describe('a watermark set level over the text', () => {
	test('is left out with a warning naming it; the line under it and the large title stay', async () => {
		const extracted = await extractPdfText(await watermarkedPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toContain('取扱注意');
		expect(extracted.text).toContain('○事務局　各課からの申出によるものでございます。');
		expect(extracted.warnings.find((w) => w.code === 'pdf-watermark')?.message).toContain('`取扱注意`');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.title).toContain('ひいらぎ市行政改革推進委員会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長', '事務局', '井上委員', '事務局', '委員長']);
	});

	test('is left out of a page where no text lies under it too', async () => {
		const extracted = await extractPdfText(await shortLastPagePdf());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toContain('取扱注意');
		expect(extracted.warnings.find((w) => w.code === 'pdf-watermark')?.message).toContain('pages 1–2');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.at(-1)?.text).toBe('以上で閉会します。');
	});
});
