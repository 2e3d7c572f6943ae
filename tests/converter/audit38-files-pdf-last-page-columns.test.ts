/**
 * Minutes set in two columns whose last page holds a few lines of each (a section's end, balanced into two short columns):
 * too few lines to show a gutter of their own, they had been read across it, two turns interleaved.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
/** Letters to a column's line, and the columns' left edges (a gutter of two letters). */
const COLUMN = 20;
const LEFT = 60;
const RIGHT = LEFT + (COLUMN + 2) * SIZE;
const TOP = 760;
const PITCH = 17.5;

/** Cut turns into lines of a column's width, each turn starting a line. */
function columnLines(turns: readonly string[]): string[] {
	return turns.flatMap((turn) => [...turn].reduce<string[]>((lines, letter) => (lines.length > 0 && [...lines.at(-1)!].length < COLUMN ? [...lines.slice(0, -1), lines.at(-1)! + letter] : [...lines, letter]), []));
}

const TURNS = [
	'○議長（中野光男君）　ただいまから令和６年第４回ゆずりは町議会定例会を開会いたします。これより本日の会議を開きます。',
	'○議長（中野光男君）　日程第１、一般質問を行います。順番に発言を許します。３番、宮本里美議員。',
	'○３番（宮本里美君）　町営バスの路線見直しについて伺います。利用者の少ない便をどのように扱うお考えか、また、高齢者の通院への影響をどのように見込んでおられるか、お聞かせください。',
	'○町長（岸田誠君）　お答えいたします。利用状況を区間ごとに調べた上で、通院の時間帯の便は維持する方向で検討しております。',
	'○３番（宮本里美君）　予約制の乗合タクシーとの組合せについても検討をお願いします。',
	'○企画課長（森山千夏君）　近隣の町の例も参考に、来年度から実証運行を行う予定でございます。',
	'○３番（宮本里美君）　実証運行の結果は、議会にも報告いただけますか。',
	'○企画課長（森山千夏君）　取りまとめ次第、全員協議会で御報告いたします。',
	'○議長（中野光男君）　以上で一般質問を終わります。',
	'○議長（中野光男君）　本日の日程は全部終了しました。本日はこれで散会します。',
];

async function twoColumnPages(header: string, first: readonly string[], last: readonly string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = (lines: readonly string[], number: number, rows: number, font: PDFFont) => {
		const sheet = doc.addPage([595.28, 841.89]);
		sheet.drawText(header, { x: LEFT, y: 800, size: 9, font });
		lines.forEach((text, i) => sheet.drawText(text, { x: i < rows ? LEFT : RIGHT, y: TOP - PITCH * (i % rows), size: SIZE, font }));
		sheet.drawText(`- ${number} -`, { x: 285, y: 40, size: SIZE, font });
	};
	page(first, 1, Math.ceil(first.length / 2), font);
	page(last, 2, Math.ceil(last.length / 2), font);
	return doc.save();
}

describe('the last page of two columns, a few lines in each', () => {
	test('reads column by column, as the page before', async () => {
		const lines = columnLines(TURNS);
		// Page 1 holds two full columns; page 2 the last lines, balanced: four on the left, three on the right.
		const first = lines.slice(0, -7);
		const last = lines.slice(-7);
		expect(first.length).toBeGreaterThanOrEqual(12);
		const result = await pdfToText(await twoColumnPages('令和６年第４回ゆずりは町議会定例会会議録（第１号）', first, last));
		expect(result.ok).toBe(true);
		const text = result.ok ? result.text : '';
		const minutes = ['令和６年第４回ゆずりは町議会定例会会議録（第１号）', '令和６年１２月２日（月曜日）', text].join('\n');
		const { meeting } = parseMinutes(minutes, { source: 'teireikai.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual(TURNS.map((turn) => turn.replace(/^○[^　]+　/u, '')));
	});
});
