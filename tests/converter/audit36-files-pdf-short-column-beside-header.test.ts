/**
 * Minutes of one page set in two columns from the top, the title and the header's fields opening the left column and the
 * right column a few lines long: beside those short lines the gaps across the page share no middle, but the right
 * column's lines all start at its edge. The page reads column by column, where the title had been read across the gutter
 * with the last turn's words.
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
const COLUMN = 19;
const LEFT = 60;
const RIGHT = LEFT + (COLUMN + 2) * SIZE;

/** Cut a paragraph into lines of a column's width. */
function wrap(text: string): string[] {
	const letters = [...text];
	const lines: string[] = [];
	for (let at = 0; at < letters.length; at += COLUMN) lines.push(letters.slice(at, at + COLUMN).join(''));
	return lines;
}

const HEADER = ['日時　令和７年５月２４日（土）午後２時から午後３時３０分まで', '場所　みなと区民センター　第２集会室', '出席理事　会長　岡本　宏、副会長　桜井　美和、理事　内田　修'];
const LEFT_TURNS = [
	'議長（岡本会長）：本日の出席会員数は定足数を満たしておりますので、本総会は成立いたします。第１号議案を上程します。',
	'桜井副会長：令和６年度は、夏祭りと歳末大売出しを例年どおり実施し、空き店舗を活用した休憩所を新たに開設しました。',
	'正会員　吉川：休憩所の利用者数はどの程度ですか。',
	'桜井副会長：開設から半年で延べ約二千人に御利用いただいております。',
	'議長（岡本会長）：ほかに御質問がなければ、第１号議案を承認することに賛成の方は挙手を願います。',
];
const RIGHT_TURNS = ['議長（岡本会長）：以上をもって本日の議事はすべて終了しました。'];

async function page(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	const left = [...wrap('一般社団法人みなと商店会連合会　第１６回定時総会議事録'), '', ...HEADER.flatMap(wrap), '', '議事の経過', ...LEFT_TURNS.flatMap(wrap)];
	const right = RIGHT_TURNS.flatMap(wrap);
	left.forEach((text, i) => text !== '' && sheet.drawText(text, { x: LEFT, y: 780 - 17.5 * i, size: SIZE, font }));
	right.forEach((text, i) => sheet.drawText(text, { x: RIGHT, y: 780 - 17.5 * i, size: SIZE, font }));
	return doc.save();
}

describe('a two-column page whose short right column stands beside the title and the header', () => {
	test('reads the left column, then the right one', async () => {
		const extracted = await pdfToText(await page());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n')[0]).toBe('一般社団法人みなと商店会連合会　第１６回定時総会議事録');
		const { meeting } = parseMinutes(extracted.text, { source: 'soukai.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.title).toBe('一般社団法人みなと商店会連合会　第１６回定時総会議事録');
		expect(meeting?.date).toBe('2025-05-24');
		expect(meeting?.remarks.map((remark) => remark.text.replace(/\n/gu, ''))).toEqual([...LEFT_TURNS, ...RIGHT_TURNS].map((turn) => turn.replace(/^[^：]+：/u, '')));
	});
});
