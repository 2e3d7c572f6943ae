/**
 * A correction kept struck through (見え消し) in a PDF, as a draft's corrections are printed: a rule drawn across the
 * middle of the old words, the new ones after them. The struck words are left out with a warning naming them, as a Word
 * document's are (the old figure and the new had been read side by side, `５００万円６００万円`); an underline and a
 * box drawn round words strike nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const LEFT = 80;
const LINES = [
	'第５回　あおば区まちづくり協議会　議事録',
	'日時　令和６年１１月１日（金）午後６時３０分',
	'場所　あおば区民センター',
	'○会長　開会します。議題１について事務局から説明願います。',
	'○事務局　防災訓練の予算は５００万円６００万円とします。',
	'○委員　訓練の日程は１１月１７日でよいか。',
	'○会長　それで決定とします。以上で閉会します。',
];

async function struckPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	const y = (line: number) => 760 - line * 22;
	LINES.forEach((text, line) => page.drawText(text, { x: LEFT, y: y(line), size: SIZE, font }));
	// Letters `from` to `to` (full-width, one em each) of a line: struck through, underlined, boxed.
	const span = (from: number, to: number) => ({ x0: LEFT + from * SIZE, x1: LEFT + to * SIZE });
	const struck = span(13, 18);
	page.drawLine({ start: { x: struck.x0, y: y(4) + SIZE * 0.35 }, end: { x: struck.x1, y: y(4) + SIZE * 0.35 }, thickness: 0.6, color: rgb(0, 0, 0) });
	const underlined = span(7, 17);
	page.drawLine({ start: { x: underlined.x0, y: y(5) - 2 }, end: { x: underlined.x1, y: y(5) - 2 }, thickness: 0.6, color: rgb(0, 0, 0) });
	const boxed = span(4, 10);
	page.drawRectangle({ x: boxed.x0 - 2, y: y(6) - 4, width: boxed.x1 - boxed.x0 + 4, height: SIZE + 8, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
	return doc.save();
}

describe('words struck through in a PDF', () => {
	test('are left out with a warning naming them; an underline and a box strike nothing', async () => {
		const extracted = await pdfToText(await struckPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(LINES.map((line) => line.replace('５００万円', '')));
		const warning = extracted.warnings.find((w) => w.code === 'pdf-struck-text');
		expect(warning?.message).toContain('`５００万円`');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks[1]?.text).toBe('防災訓練の予算は６００万円とします。');
	});
});
