/**
 * Footnotes set in the text's own type, as a document whose footnote style keeps the body's size prints them: a
 * superscript number after the words, and at the page's foot each note led by its number, no smaller than the text.
 * They go after the minutes under the rule with ◇ (they had been read into the turn running on to the next page), while
 * a line of the text that opens with a number the page cites stays in the text.
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

/** Lines of each page, `{1}` a superscript note number; a page's notes at its foot, in the text's size. */
const PAGES: { lines: string[]; notes: [string, string][] }[] = [
	{
		lines: [
			'第２回　みどり川流域治水協議会　議事録',
			'日時：令和６年７月２２日（月）１０時００分～１１時４５分',
			'場所：みどり川河川事務所　２階大会議室',
			'○中道会長　ただいまから第２回協議会を開会します。',
			'○調査課長　資料２により、流域治水プロジェクト{1}の進捗を御説明します。堤防',
			'の整備は計画延長の６割に達しました。また、田んぼダム{2}は流域の４地区で',
			'2地区ずつ試行を広げております。来年度は上流の農地を中心として、',
		],
		notes: [
			['1', '令和３年３月に策定したもの。'],
			['2', '水田の排水口に堰板を設けて、大雨の際に雨水を田んぼに一時的に貯め、'],
			['', '下流の水路への流出を抑える取組。'],
		],
	},
	{ lines: ['さらに３地区を加える予定です。', '○北原構成員　農家への協力金の制度を設けていただけないでしょうか。', '○中道会長　以上で閉会いたします。'], notes: [] },
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

async function notedPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	PAGES.forEach(({ lines, notes }) => {
		const page = doc.addPage([595.28, 841.89]);
		lines.forEach((line, i) => drawLine(page, font, line, 80, 760 - i * 18, SIZE));
		notes.forEach(([number, text], i) => drawLine(page, font, `${number}${text}`, 80, 130 - i * 18, SIZE));
	});
	return doc.save();
}

describe('footnotes set in the text’s own type', () => {
	test('go after the minutes; the turn running on to the next page stays whole', async () => {
		const extracted = await pdfToText(await notedPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').filter((line) => line.trim() !== '');
		expect(lines.slice(-3)).toEqual(['────◇────', '[1] 令和３年３月に策定したもの。', '[2] 水田の排水口に堰板を設けて、大雨の際に雨水を田んぼに一時的に貯め、下流の水路への流出を抑える取組。']);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-footnotes');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['中道会長', '調査課長', '北原構成員', '中道会長']);
		const explained = meeting?.remarks[1]?.text ?? '';
		expect(explained).toMatch(/2地区ずつ試行を広げております。来年度は上流の農地を中心として、さらに３地区を加える予定です。$/u);
		expect(explained).not.toMatch(/策定したもの|堰板/u);
	});
});
