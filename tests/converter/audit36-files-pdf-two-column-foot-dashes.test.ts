/**
 * A page set in two columns numbered at its foot between dashes, `－ 1 －`, the dashes and the figure drawn apart as a
 * word processor draws a page field between two words: the line under the columns is the page's foot, dashes and all,
 * left out as a page number; the dashes had been read as lines of the columns (`－` and `－ 1` after the last turn).
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
/** Letters to a column's line, and the columns' left edges (a gutter of two letters). */
const COLUMN = 21;
const LEFT = 60;
const RIGHT = LEFT + (COLUMN + 2) * SIZE;
const GUTTER = LEFT + (COLUMN + 1) * SIZE;

/** Cut turns into lines of a column's width, each turn starting a line. */
function columnLines(turns: readonly string[]): string[] {
	return turns.flatMap((turn) => {
		const letters = [...turn];
		const lines: string[] = [];
		for (let at = 0; at < letters.length; at += COLUMN) lines.push(letters.slice(at, at + COLUMN).join(''));
		return lines;
	});
}

const LEFT_TURNS = [
	'○議長（松本正樹君）　おはようございます。ただいまの出席議員は１０名です。定足数に達しておりますので、これより本日の会議を開きます。日程第１、一般質問を行います。２番大森真理君。',
	'○２番（大森真理君）　通告に従い、町道の維持管理について質問します。あおば台地区の町道は舗装の傷みが目立ち、通学路として危険な箇所があります。町長の考えを伺います。',
	'○議長（松本正樹君）　町長、吉岡誠一君。',
];
const RIGHT_TURNS = [
	'○町長（吉岡誠一君）　大森議員の御質問にお答えします。町道の舗装につきましては、本年度中に点検を行い、危険度の高い箇所から順次補修してまいります。',
	'○２番（大森真理君）　わかりました。地域の声を聞いて進めていただくよう要望して、質問を終わります。',
	'○議長（松本正樹君）　以上で本日の日程は全部終了しました。本日はこれで散会します。',
];

async function page(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	sheet.drawText('令和６年第３回あおば町議会定例会会議録（第２号）', { x: LEFT + 60, y: 790, size: 12, font });
	sheet.drawText('令和６年９月１１日（水曜日）', { x: LEFT + 120, y: 770, size: SIZE, font });
	columnLines(LEFT_TURNS).forEach((text, i) => sheet.drawText(text, { x: LEFT, y: 740 - 17.5 * i, size: SIZE, font }));
	columnLines(RIGHT_TURNS).forEach((text, i) => sheet.drawText(text, { x: RIGHT, y: 740 - 17.5 * i, size: SIZE, font }));
	// The foot: a dash, the page's number centred on the gutter, a dash, each drawn apart.
	sheet.drawText('－', { x: GUTTER - 2 * SIZE, y: 40, size: SIZE, font });
	sheet.drawText('1', { x: GUTTER - SIZE / 4, y: 40, size: SIZE, font });
	sheet.drawText('－', { x: GUTTER + SIZE, y: 40, size: SIZE, font });
	return doc.save();
}

describe('a two-column page numbered between dashes at its foot', () => {
	test('the foot is left out, the last turn ends with its words', async () => {
		const extracted = await pdfToText(await page());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toMatch(/^[\s\u3000]*－/mu);
		const { meeting } = parseMinutes(extracted.text, { source: 'gikai.pdf', sourceHash: '0'.repeat(64) });
		const words = (turns: readonly string[]) => turns.map((turn) => turn.replace(/^○[^（]+（[^）]+）　/u, ''));
		expect(meeting?.remarks.map((remark) => remark.text.replace(/\n/gu, ''))).toEqual(words([...LEFT_TURNS, ...RIGHT_TURNS]));
	});
});
