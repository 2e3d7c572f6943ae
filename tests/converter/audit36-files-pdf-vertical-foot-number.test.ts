/**
 * A record set in vertical writing (縦書き) as a word processor exports it with a page number in its footer: the number
 * stands under the columns but closer to them than an em and a half (a footer set tight under the text), and
 * punctuation hung past a column's end (ぶら下げ) stands lower still. The number, below every letter of the columns,
 * is in the page's foot: it had been read as a letter of the last column, run into the minutes with the next page's
 * first turn, and had pushed the margin out so that the turns' wrapped lines stayed apart.
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
const HUNG = /^[、。]$/u;

const RECORD = [
	'令和六年第二回みさき村議会臨時会会議録',
	'令和六年五月十三日（月曜日）',
	'午前十時開会',
	'○議長（山口正君）　ただいまから令和六年第二回みさき村議会臨時会を開会します。日程第一、議案第二十号を議題とします。提案理由の説明を求めます。村長。',
	'○村長（和田清君）　議案第二十号について御説明申し上げます。本案は、村道の改良工事の請負契約を締結いたすものでございます。',
	'○三番（松田健君）　工期はいつまでですか。また、工事の期間中の通行止めはどのように周知するのか、あわせて伺います。',
	'○副村長（今村悟君）　令和七年三月末までを予定しております。周知は回覧板と防災無線で行います。',
	'○議長（山口正君）　これで臨時会を閉会します。',
	'午前十時四十分閉会',
];

/** The lowest letter's baseline of a full column. */
const COLUMN_FOOT = TOP - (PER_COLUMN - 1) * SIZE - 0.88 * SIZE;

async function verticalPage(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595, 842]);
	let column = 0;
	for (const paragraph of RECORD) {
		let along = 0;
		for (const letter of paragraph) {
			// (A comma or a full stop after a full column hangs under its end.)
			if (along >= PER_COLUMN && !(along === PER_COLUMN && HUNG.test(letter))) {
				column++;
				along = 0;
			}
			if (letter !== '　') page.drawText(letter, { x: 540 - column * PITCH, y: TOP - along * SIZE - 0.88 * SIZE, size: SIZE, font });
			along++;
		}
		column++;
	}
	// The page's number centred in the footer, an em under the columns' last letters (above the hung full stop).
	page.drawText('1', { x: 540 - (column / 2) * PITCH, y: COLUMN_FOOT - 9, size: 9, font });
	return doc.save();
}

describe('a page in vertical writing numbered just under its columns', () => {
	test('its number is left out, every turn whole', async () => {
		expect([...RECORD[4]!].length).toBe(PER_COLUMN + 1);
		const extracted = await extractPdfText(await verticalPage());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines).toEqual(RECORD);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.length).toBe(5);
	});
});
