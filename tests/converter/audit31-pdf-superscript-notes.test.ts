/**
 * Footnotes as Word sets them: a superscript number after the words they annotate, and at the page's foot, under a
 * short rule and in smaller type, each note led by the same number set superscript. The numbers read as note marks,
 * `[1]`, as a Word document's notes are read, and the notes go after the minutes under the rule with ◇ (the digits had
 * run into the text, `おります1。`, and the notes, without a mark the footnotes were told by, into the turn running on
 * to the next page). A raised number after a Latin letter is a power, `m2`, and stays as it is.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const MARK = 5.5;

/** Lines of the page, `{1}` a superscript note number; a page's notes at its foot. */
const PAGES: { lines: string[]; notes: [string, string][] }[] = [
	{
		lines: [
			'第３回　くすのき市子ども・子育て会議　議事録',
			'日時　令和６年１０月２８日（月）午後７時',
			'場所　くすのき市役所　第２会議室',
			'○木村課長　定刻となりましたので、ただいまから会議を開会いたします。本日',
			'は委員６名中５名の出席をいただいており、会議は成立しております{1}。',
			'○青木会長　それでは議事に入ります。事務局から説明をお願いします。',
			'○加藤部長　資料１を御覧ください。放課後児童クラブの待機児童の解消{2}、',
			'こども家庭センターの設置の二つを柱として、延べ床面積３００m{2}の施設を',
		],
		notes: [
			['1', 'くすのき市子ども・子育て会議条例第６条第２項による。'],
			['2', '令和６年４月１日現在、待機児童数は３８人である。'],
		],
	},
	{ lines: ['整備する計画としております。', '○上田委員　夏休みのみの利用ニーズはどう反映されていますか。', '○青木会長　以上で本日の議事を終了いたします。'], notes: [] },
];

/** Draw a line: its text at the size given, each `{n}` a superscript number raised over it. */
function drawLine(page: PDFPage, font: PDFFont, line: string, x: number, y: number, size: number): void {
	for (const part of line.split(/(\{[0-9]\})/u)) {
		if (part === '') continue;
		const number = /^\{([0-9])\}$/u.exec(part)?.[1];
		const [text, at, rise] = number === undefined ? [part, size, 0] : [number, MARK, size * 0.4];
		page.drawText(text, { x, y: y + rise, size: at, font });
		x += font.widthOfTextAtSize(text, at);
	}
}

async function footnotedPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	PAGES.forEach(({ lines, notes }, index) => {
		const page = doc.addPage([595.28, 841.89]);
		lines.forEach((line, i) => drawLine(page, font, line, 80, 760 - i * 18, SIZE));
		if (notes.length > 0) page.drawLine({ start: { x: 80, y: 112 }, end: { x: 200, y: 112 }, thickness: 0.5 });
		notes.forEach(([number, text], i) => drawLine(page, font, `{${number}} ${text}`, 80, 96 - i * 13, 9));
		page.drawText(`- ${index + 1} -`, { x: 285, y: 40, size: SIZE, font });
	});
	return doc.save();
}

describe('footnotes set as Word sets them, with superscript numbers', () => {
	test('read as note marks; the notes go after the minutes, the turn running on to the next page whole', async () => {
		const extracted = await pdfToText(await footnotedPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').filter((line) => line.trim() !== '');
		expect(lines).toContain('○木村課長　定刻となりましたので、ただいまから会議を開会いたします。本日は委員６名中５名の出席をいただいており、会議は成立しております[1]。');
		expect(lines).toContain('○加藤部長　資料１を御覧ください。放課後児童クラブの待機児童の解消[2]、こども家庭センターの設置の二つを柱として、延べ床面積３００m2の施設を整備する計画としております。');
		expect(lines.slice(-3)).toEqual(['────◇────', '[1] くすのき市子ども・子育て会議条例第６条第２項による。', '[2] 令和６年４月１日現在、待機児童数は３８人である。']);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-footnotes');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['木村課長', '青木会長', '加藤部長', '上田委員', '青木会長']);
		expect(meeting?.remarks[2]?.text).not.toMatch(/条例|待機児童数/u);
	});
});
