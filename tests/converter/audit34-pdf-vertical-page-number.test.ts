/**
 * A village assembly's record set in vertical writing (縦書き) as a word processor exports it, each letter drawn upright
 * in its place, with the page's number a single figure centred at its foot (`1`, as LibreOffice's page field prints
 * it). The number, under every column, stands in the page's margin: it is no column's letter (it had been read as a
 * column of its own among the turns, a line `1` run into the minutes between two of them).
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
const PITCH = 18;
/** Letters a column holds. */
const PER_COLUMN = 60;
const TOP = 780;

const RECORD = [
	'令和六年第二回みさき村議会臨時会会議録',
	'令和六年五月十三日（月曜日）',
	'午前十時開会',
	'○議長（山口正君）　ただいまから令和六年第二回みさき村議会臨時会を開会します。日程第一、議案第二十号を議題とします。提案理由の説明を求めます。村長。',
	'○村長（和田清君）　議案第二十号について御説明申し上げます。本案は、村道の改良工事の請負契約の締結について、議会の議決を求めるものでございます。',
	'○三番（松田健君）　工期はいつまでですか。',
	'○副村長（今村悟君）　令和七年三月末までを予定しております。',
	'○議長（山口正君）　これで臨時会を閉会します。',
	'午前十時四十分閉会',
];

async function verticalPage(number: string): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595, 842]);
	let column = 0;
	for (const paragraph of RECORD) {
		let along = 0;
		for (const letter of paragraph) {
			if (along >= PER_COLUMN) {
				column++;
				along = 0;
			}
			if (letter !== '　') page.drawText(letter, { x: 540 - column * PITCH, y: TOP - along * SIZE - 0.88 * SIZE, size: SIZE, font });
			along++;
		}
		column++;
	}
	// The page's number centred at its foot, in the middle of the columns' width.
	page.drawText(number, { x: 540 - (column / 2) * PITCH, y: 45, size: 9, font });
	return doc.save();
}

describe('a page in vertical writing numbered at its foot', () => {
	test('its number is left out; every turn reads whole, in order', async () => {
		const extracted = await extractPdfText(await verticalPage('1'));
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines).toEqual(RECORD);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.text)).not.toContain(expect.stringMatching(/\n1$/u));
		expect(meeting?.remarks.length).toBe(5);
	});
});
