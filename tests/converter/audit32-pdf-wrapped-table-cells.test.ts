/**
 * A word processor's table printed to PDF (an agenda laid as a bordered table of 番号｜議題｜資料, a roll of 役職｜氏名): a
 * cell whose words wrap over two lines in its column, with cells of words beside it, is read as one run on its row's
 * line, as the row is read; the cell after it set apart as cells are. Its second line had been read as a line of its own
 * and the cell beside it into the middle of its words (`（１）　第５次…推進計 資料１` / `画の進捗について`), the agenda
 * item's title cut and the handout's name glued into it.
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
const PITCH = 16;
const LEFT = 70;
const PAD = 4;

/** A table of rows of cells (each cell's lines as wrapped), its columns `widths` points wide, its top at `top`; where it ends. */
function table(page: PDFPage, font: PDFFont, rows: string[][][], widths: number[], top: number): number {
	let y = top;
	const edges = widths.reduce<number[]>((at, width) => [...at, (at.at(-1) ?? LEFT) + width], [LEFT]);
	for (const row of rows) {
		const height = Math.max(...row.map((cell) => cell.length)) * PITCH + 2 * PAD;
		page.drawLine({ start: { x: LEFT, y }, end: { x: edges.at(-1)!, y }, thickness: 0.5 });
		for (const x of edges) page.drawLine({ start: { x, y }, end: { x, y: y - height }, thickness: 0.5 });
		row.forEach((lines, column) => lines.forEach((text, i) => page.drawText(text, { x: (edges[column] ?? 0) + PAD, y: y - PAD - i * PITCH - SIZE * 1.1, size: SIZE, font })));
		y -= height;
	}
	page.drawLine({ start: { x: LEFT, y }, end: { x: edges.at(-1)!, y }, thickness: 0.5 });
	return y;
}

/** Lines of text at the left margin, each a line and a third under the one before; where they end. */
function lines(page: PDFPage, font: PDFFont, texts: string[], top: number): number {
	texts.forEach((text, i) => page.drawText(text, { x: LEFT, y: top - i * PITCH * 1.3, size: SIZE, font }));
	return top - texts.length * PITCH * 1.3;
}

/** A cell's words wrapped in a column `em` letters wide. */
const wrap = (text: string, em: number): string[] => [...text].reduce<string[]>((out, letter) => {
	if ((out.at(-1)?.length ?? em) >= em) out.push('');
	out[out.length - 1] += letter;
	return out;
}, []);

async function tablePdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	let y = lines(page, font, ['令和６年度第１回さくら市男女共同参画推進委員会　会議録', '１　日時　令和６年７月２５日（木）午後１時３０分', '２　場所　さくら市役所　第２委員会室', '３　議題'], 780);
	// The title's column fifteen letters wide (`PAD` either side).
	const title = (15 * SIZE) + 2 * PAD;
	y = table(
		page,
		font,
		[
			[['番号'], ['議題'], ['資料']],
			[['（１）'], wrap('第５次さくら市男女共同参画推進計画の進捗について', 15), ['資料１']],
			[['（２）'], ['市民意識調査の実施について'], wrap('資料２、資料３、参考資料', 6)],
			[['（３）'], ['その他'], ['']],
		],
		[4 * SIZE + 2 * PAD, title, 6 * SIZE + 2 * PAD],
		y,
	);
	lines(page, font, ['４　議事', '○上田委員長　ただいまから委員会を開会します。', '○事務局　資料１により御説明いたします。', '○上田委員長　以上で終了します。'], y - 30);
	return doc.save();
}

describe('a bordered table with a cell wrapped in its column', () => {
	test('reads each row as one line, the wrapped cell whole and the cell beside it after it', async () => {
		const extracted = await extractPdfText(await tablePdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const rows = extracted.text.split('\n').filter((line) => /^（[１-３]）/u.test(line));
		expect(rows.map((row) => row.split(/\u3000+/u))).toEqual([
			['（１）', '第５次さくら市男女共同参画推進計画の進捗について', '資料１'],
			['（２）', '市民意識調査の実施について', '資料２、資料３、参考資料'],
			['（３）', 'その他'],
		]);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第５次さくら市男女共同参画推進計画の進捗について', '市民意識調査の実施について', 'その他']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['上田委員長', '事務局', '上田委員長']);
	});
});
