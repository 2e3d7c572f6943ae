/**
 * Footnotes as LibreOffice sets them: a superscript number after the words they annotate, and at the page's foot, under
 * a short rule and in smaller type, each note led by its number set plainly, the note's words straight after it
 * (`1みどり市環境審議会条例…`). A note so led, its number cited in the page's text, is a footnote: it goes after the
 * minutes under the rule with ◇, led by `[1]` as the notes of Word are (it had been read into the turn running on to the
 * next page, `…調整を` / `1みどり市…` / `重ねて…`), and a note wrapped over two lines reads as one line.
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
const NOTE = 9;
const LEFT = 80;
/** Forty letters of the text a line. */
const RIGHT = LEFT + 40 * SIZE;

/** Lines of the page, `{1}` a superscript note number; a page's notes at its foot, each line of them as set. */
const PAGES: { lines: string[]; notes: string[] }[] = [
	{
		lines: [
			'令和６年度第２回みどり市環境審議会　会議録',
			'日時　令和６年９月１２日（木）午後２時',
			'場所　みどり市役所本庁舎５階　第一会議室',
			'○森川会長　ただいまから審議会を開会いたします。本日は委員６名中４名の出',
			'席があり、条例第６条第２項{1}の定足数を満たしております。',
			'○小西課長　資料１に基づき、第三次環境基本計画{2}の中間見直しについて御説',
			'明いたします。温室効果ガスの削減目標は、国の目標と整合させることといた',
		],
		notes: [
			'1みどり市環境審議会条例（平成１８年条例第２４号）第６条第２項は、会議の定足数を委員の',
			'半数以上と定める。',
			'2第三次みどり市環境基本計画（令和３年３月策定）。',
		],
	},
	{ lines: ['しました。以上で説明を終わります。', '○長尾委員　目標の見直しの時期はいつ頃ですか。', '○森川会長　以上で閉会いたします。'], notes: [] },
];

/** Draw a line: its text at the size given, each `{n}` a superscript number raised over it. */
function drawLine(page: PDFPage, font: PDFFont, line: string, x: number, y: number, size: number): void {
	for (const part of line.split(/(\{[0-9]\})/u)) {
		if (part === '') continue;
		const number = /^\{([0-9])\}$/u.exec(part)?.[1];
		const [text, at, rise] = number === undefined ? [part, size, 0] : [number, 5.5, size * 0.4];
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
		lines.forEach((line, i) => drawLine(page, font, line, LEFT, 760 - i * 18, SIZE));
		if (notes.length > 0) page.drawLine({ start: { x: LEFT, y: 112 }, end: { x: LEFT + (RIGHT - LEFT) / 4, y: 112 }, thickness: 0.5 });
		// (The number and the note's words one run, as the note's first line is drawn.)
		notes.forEach((text, i) => page.drawText(text, { x: LEFT, y: 96 - i * 13, size: NOTE, font }));
		page.drawText(`- ${index + 1} -`, { x: 285, y: 40, size: SIZE, font });
	});
	return doc.save();
}

describe('footnotes led by their number set plainly, as LibreOffice sets them', () => {
	test('go after the minutes led by [1], each one line; the turn running on to the next page is whole', async () => {
		const extracted = await pdfToText(await footnotedPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').filter((line) => line.trim() !== '');
		expect(lines).toContain('○小西課長　資料１に基づき、第三次環境基本計画[2]の中間見直しについて御説明いたします。温室効果ガスの削減目標は、国の目標と整合させることといたしました。以上で説明を終わります。');
		expect(lines.slice(-3)).toEqual(['────◇────', '[1] みどり市環境審議会条例（平成１８年条例第２４号）第６条第２項は、会議の定足数を委員の半数以上と定める。', '[2] 第三次みどり市環境基本計画（令和３年３月策定）。']);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-footnotes');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森川会長', '小西課長', '長尾委員', '森川会長']);
		expect(meeting?.remarks[1]?.text).not.toMatch(/条例|策定/u);
	});

	test('a line of small type led by a number no text cites stays in the text', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const page = doc.addPage([595.28, 841.89]);
		const body = ['第１回あおば町議会運営委員会　記録', '日時　令和６年４月１０日（水）午前１０時', '○委員長　開会します。次回の日程を申し上げます。'];
		body.forEach((line, i) => page.drawText(line, { x: LEFT, y: 760 - i * 18, size: SIZE, font }));
		page.drawText('5月１５日（水）午前１０時から開催する。', { x: LEFT, y: 96, size: NOTE, font });
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toContain('────◇────');
		expect(extracted.text).toContain('5月１５日（水）午前１０時から開催する。');
	});
});
