/**
 * Endnotes as LibreOffice sets them: a small raised roman numeral after the words they annotate (`第２項ⁱの`), and on a
 * last page of their own, in the text's type, each note led by its numeral, its lines run on under its words (a hanging
 * indent). The numerals read as note marks, `[i]`, as superscript numbers do, and the page of notes goes after the
 * minutes under the rule with ◇, each note one line, with a warning; the numerals had run into the words
 * (`第２項iの`), and the notes into the last turn.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const LEFT = 71;

/** The minutes' page, `{i}` a raised note numeral. */
const LINES = [
	'令和６年度第２回みどり市環境審議会　会議録',
	'日時　令和６年９月１２日（木）午後２時',
	'場所　みどり市役所本庁舎５階　第一会議室',
	'○森川会長　ただいまから審議会を開会いたします。本日は条例第６条第２項{i}の',
	'定足数を満たしております。',
	'○小西課長　第三次環境基本計画{ii}の中間見直しについて、配付の資料により御説',
	'明いたします。',
	'○森川会長　以上で閉会いたします。',
];

/** The page of endnotes: each note's numeral, then its lines (the second set under the first's words). */
const NOTES: [string, string[]][] = [
	['i', ['みどり市環境審議会条例（平成１８年条例第２４号）第６条第２項は、会議の', '定足数を委員の半数以上と定める。']],
	['ii', ['第三次みどり市環境基本計画（令和３年３月策定）。']],
];

function drawLine(page: PDFPage, font: PDFFont, line: string, y: number): void {
	let x = LEFT;
	for (const part of line.split(/(\{[ivx]+\})/u)) {
		if (part === '') continue;
		const numeral = /^\{([ivx]+)\}$/u.exec(part)?.[1];
		const [text, size, rise] = numeral === undefined ? [part, SIZE, 0] : [numeral, 6, SIZE * 0.4];
		page.drawText(text, { x, y: y + rise, size, font });
		x += font.widthOfTextAtSize(text, size);
	}
}

async function endnotedPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	LINES.forEach((line, i) => drawLine(page, font, line, 760 - i * 20));
	const notes = doc.addPage([595.28, 841.89]);
	let y = 770;
	for (const [numeral, lines] of NOTES) {
		notes.drawText(numeral, { x: 57, y, size: SIZE, font });
		for (const line of lines) {
			notes.drawText(line, { x: 74, y, size: SIZE, font });
			y -= 20;
		}
	}
	return doc.save();
}

describe('endnotes on a last page of their own', () => {
	test('read after the minutes under the rule, led by [i]; the numerals in the text read as note marks', async () => {
		const extracted = await extractPdfText(await endnotedPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').filter((line) => line.trim() !== '');
		expect(lines).toContain('○森川会長　ただいまから審議会を開会いたします。本日は条例第６条第２項[i]の定足数を満たしております。');
		expect(lines.slice(-4)).toEqual([
			'○森川会長　以上で閉会いたします。',
			'────◇────',
			'[i] みどり市環境審議会条例（平成１８年条例第２４号）第６条第２項は、会議の定足数を委員の半数以上と定める。',
			'[ii] 第三次みどり市環境基本計画（令和３年３月策定）。',
		]);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-endnotes');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森川会長', '小西課長', '森川会長']);
		expect(meeting?.remarks[2]?.text).toBe('以上で閉会いたします。');
	});
});
