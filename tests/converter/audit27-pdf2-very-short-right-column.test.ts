/**
 * The last page of minutes set in two columns, whose right column holds two to four lines only: too few lines show the
 * gutter, but the left column's lines under them end at it as those beside them do. The page reads column by column,
 * where its lines had been read across the gutter, two turns interleaved.
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

async function twoColumnPage(left: string[], right: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	page.drawText('令和６年第４回さくら市議会定例会会議録（第２号）', { x: LEFT, y: 780, size: 12, font });
	page.drawText('令和６年１２月３日（火曜日）', { x: LEFT + 100, y: 762, size: SIZE, font });
	left.forEach((text, i) => page.drawText(text, { x: LEFT, y: 735 - 17.5 * i, size: SIZE, font }));
	right.forEach((text, i) => page.drawText(text, { x: RIGHT, y: 735 - 17.5 * i, size: SIZE, font }));
	page.drawText('- 1 -', { x: 285, y: 40, size: SIZE, font });
	return doc.save();
}

const LEFT_TURNS = [
	'○議長（村田誠一君）　ただいまから本日の会議を開きます。日程第１、一般質問を行います。１番、大橋由紀子議員。',
	'○１番（大橋由紀子君）　実証運行の際には、予約方法を分かりやすくするなど、高齢者の方にも使いやすい仕組みとなるよう要望いたします。',
	'○議長（村田誠一君）　企画部長。',
	'○企画部長（小野寺　学君）　予約方法につきましては、電話に加え、地区の公民館で代理予約ができる体制を検討しております。',
];

describe('a two-column page whose right column has a few lines', () => {
	test.each([
		[2, ['○議長（村田誠一君）　本日はこれにて散会いたします。']],
		[3, ['○議長（村田誠一君）　以上で本日の日程は全部終了いたしました。本日は散会いたします。']],
		[4, ['○１番（大橋由紀子君）　ありがとうございました。終わります。', '○議長（村田誠一君）　本日はこれにて散会いたします。']],
	])('of %s lines reads the left column, then the right one', async (count, rightTurns) => {
		const left = columnLines(LEFT_TURNS);
		const right = columnLines(rightTurns);
		expect(right.length).toBe(count);
		const extracted = await pdfToText(await twoColumnPage(left, right));
		if (!extracted.ok) throw new Error(extracted.message);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const words = (turns: readonly string[]) => turns.map((turn) => turn.replace(/^○[^（]+（[^）]+）　/u, ''));
		expect(meeting?.remarks.map((remark) => remark.text.replace(/\n/gu, ''))).toEqual(words([...LEFT_TURNS, ...rightTurns]));
	});

	test('a roll in two columns of a few lines over prose across the page stays a roll', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const page = doc.addPage([595.28, 841.89]);
		const lines: [number, string][] = [
			[LEFT, '令和６年第４回さくら市議会定例会会議録（第５号）'],
			[LEFT, '令和６年１２月６日（金曜日）'],
			[LEFT, '出席議員（４名）'],
		];
		lines.forEach(([x, text], i) => page.drawText(text, { x, y: 780 - 17.5 * i, size: SIZE, font }));
		[['１番　大橋　由紀子議員', '２番　木下　健一郎議員'], ['３番　佐久間　正太郎議員', '４番　田所　芳江子議員']].forEach(([a, b], i) => {
			page.drawText(a!, { x: LEFT + SIZE, y: 727.5 - 17.5 * i, size: SIZE, font });
			page.drawText(b!, { x: RIGHT, y: 727.5 - 17.5 * i, size: SIZE, font });
		});
		['○議長（村田誠一君）　ただいまから本日の会議を開きます。', '○１番（大橋由紀子君）　質問いたします。', '○議長（村田誠一君）　散会いたします。'].forEach((text, i) => page.drawText(text, { x: LEFT, y: 680 - 17.5 * i, size: SIZE, font }));
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['大橋 由紀子', '木下 健一郎', '佐久間 正太郎', '田所 芳江子']);
		expect(meeting?.remarks).toHaveLength(3);
	});
});
