/**
 * A committee's record whose roll is set across the page above its turns in two columns (a word processor's section of
 * one column over a section of two). A line of the roll that ends by chance where the columns' lines wrap is no wrapped
 * line: each line of the roll reads as its own, where they had run together with the heading under them
 * (`…林　千秋委　員　水野　貴之…浜田　早苗４　説明のため出席した者`, the members' names lost).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
/** Twenty letters a column's line. */
const LETTERS = 20;
const PITCH = 15;
const LEFT = 71;
const RIGHT_COLUMN = 309;

const TURNS = [
	'○委員長（森本和夫君）　ただいまから文教厚生委員会を開会いたします。本日は、付託されました議案第４５号について審査を行います。',
	'○こども未来課長（山崎理恵君）　議案第４５号、放課後児童クラブ条例の一部を改正する条例について御説明いたします。利用料の上限を改めるものです。',
	'○委員（水野貴之君）　利用料の見直しについてお尋ねします。保護者への周知はどのように行うのですか。',
	'○こども未来課長（山崎理恵君）　各クラブを通じて文書でお知らせいたします。',
	'○委員（浜田早苗君）　待機児童の見込みはどうなっていますか。',
	'○こども未来課長（山崎理恵君）　現時点で１２名を見込んでおります。',
	'○委員長（森本和夫君）　以上で本日の委員会を閉会いたします。',
];

/** A turn wrapped at the column's width. */
const wrap = (text: string): string[] => {
	const letters = [...text];
	const lines: string[] = [];
	for (let at = 0; at < letters.length; at += LETTERS) lines.push(letters.slice(at, at + LETTERS).join(''));
	return lines;
};

async function committeePdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	const draw = (text: string, x: number, y: number, size = SIZE) => page.drawText(text, { x, y, size, font });
	draw('こもれび市議会文教厚生委員会記録', 186, 770, 14);
	const header = ['１　開会日時　令和６年６月１８日（火）午前１０時', '２　開会場所　第２委員会室', '３　出席委員'];
	header.forEach((text, i) => draw(text, LEFT, 745 - i * PITCH));
	// The roll: each member's name set at its tab stop, the second name of each line across the columns' gutter.
	const roll = 745 - header.length * PITCH;
	draw('委員長　森本　和夫', LEFT + SIZE, roll);
	draw('副委員長　林', LEFT + SIZE * 12, roll);
	draw('千秋', LEFT + SIZE * 20, roll);
	draw('委　員　水野　貴之', LEFT + SIZE, roll - PITCH);
	draw('委　員　浜田　早苗', LEFT + SIZE * 12, roll - PITCH);
	draw('４　説明のため出席した者', LEFT, roll - 2 * PITCH);
	draw('　こども未来課長　山崎　理恵', LEFT, roll - 3 * PITCH);
	const lines = TURNS.flatMap(wrap);
	const half = Math.ceil(lines.length / 2);
	const top = roll - 5 * PITCH;
	lines.slice(0, half).forEach((text, i) => draw(text, LEFT, top - i * PITCH));
	lines.slice(half).forEach((text, i) => draw(text, RIGHT_COLUMN, top - i * PITCH));
	draw('- 1 -', 285, 40);
	return doc.save();
}

describe('a roll across the page over turns set in two columns', () => {
	test('each line of the roll reads as its own; the turns read whole', async () => {
		const extracted = await extractPdfText(await committeePdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines.slice(4, 8)).toEqual(['委員長　森本　和夫　　副委員長　林　　千秋', '委　員　水野　貴之　　委　員　浜田　早苗', '４　説明のため出席した者', 'こども未来課長　山崎　理恵']);
		expect(lines.slice(-TURNS.length)).toEqual(TURNS);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const members = meeting?.participants.flatMap((group) => group.members.map((member) => `${member.title}:${member.name?.replace(/[\s\u3000]/gu, '')}`));
		expect(members).toEqual(expect.arrayContaining(['委員長:森本和夫', '副委員長:林千秋', 'こども未来課長:山崎理恵']));
		expect(meeting?.remarks.length).toBe(TURNS.length);
	});
});
