/**
 * The last page of minutes set in two columns, whose right column holds a few lines only: the left column's lines
 * beside the blank below it show no gutter, but cross none either. The page reads column by column, where its lines
 * had been read across the gutter, two turns interleaved.
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
const COLUMN = 16;
const LEFT = 60;
const RIGHT = LEFT + (COLUMN + 2) * SIZE;

/** Cut turns into lines of a column's width, each turn starting a line. */
function columnLines(turns: readonly string[]): string[] {
	return turns.flatMap((turn) => [...turn].reduce<string[]>((lines, letter) => (lines.length > 0 && [...lines.at(-1)!].length < COLUMN ? [...lines.slice(0, -1), lines.at(-1)! + letter] : [...lines, letter]), []));
}

async function twoColumnPage(title: string, left: string[], right: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	page.drawText(title, { x: LEFT, y: 780, size: 12, font });
	left.forEach((text, i) => page.drawText(text, { x: LEFT, y: 750 - 17.5 * i, size: SIZE, font }));
	right.forEach((text, i) => page.drawText(text, { x: RIGHT, y: 750 - 17.5 * i, size: SIZE, font }));
	page.drawText('- 1 -', { x: 285, y: 40, size: SIZE, font });
	return doc.save();
}

const LEFT_TURNS = [
	'○議長（村田誠一君）　令和６年１２月３日、ただいまから本日の会議を開きます。日程第１、一般質問を行います。１番、大橋由紀子議員。',
	'○１番（大橋由紀子君）　実証運行の際には、予約方法を分かりやすくするなど、高齢者の方にも使いやすい仕組みとなるよう要望いたします。また、運行区域の設定に当たっては、地域の皆様の声を十分にお聞きいただきたいと考えております。',
	'○議長（村田誠一君）　企画部長。',
	'○企画部長（小野寺　学君）　予約方法につきましては、電話に加え、地区の公民館で代理予約ができる体制を検討しております。運行区域につきましても、地域の皆様と協議しながら定めてまいります。',
];
const RIGHT_TURNS = ['○議長（村田誠一君）　以上で本日の日程は全部終了いたしました。次の会議は、１２月１０日午前１０時から開きます。本日はこれにて散会いたします。'];

describe('a two-column page whose right column is short', () => {
	test('reads the left column, then the right one', async () => {
		const left = columnLines(LEFT_TURNS);
		const right = columnLines(RIGHT_TURNS);
		// (Five lines at least: fewer show no gutter.)
		expect(right.length).toBe(5);
		expect(right.length * 3).toBeLessThan(left.length);
		const extracted = await pdfToText(await twoColumnPage('令和６年第４回さくら市議会定例会会議録（第２号）', left, right));
		if (!extracted.ok) throw new Error(extracted.message);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const words = (turns: readonly string[]) => turns.map((turn) => turn.replace(/^○[^（]+（[^）]+）　/u, ''));
		expect(meeting?.remarks.map((remark) => remark.text.replace(/\n/gu, ''))).toEqual(words([...LEFT_TURNS, ...RIGHT_TURNS]));
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（村田誠一君）', '１番（大橋由紀子君）', '議長（村田誠一君）', '企画部長（小野寺　学君）', '議長（村田誠一君）']);
	});
});
