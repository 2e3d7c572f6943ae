/**
 * Minutes set in two columns under a title and a header set across the page (a word processor's section of one column
 * over a section of two), the columns drawn right column first. The title, reaching far past the columns' right margin,
 * is no line of a column wrapped there: it reads as a line of its own, not run into the date under it (the meeting had
 * been titled `第５回…記録日時　令和６年…`); the turns read whole, from the left column on to the right one.
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
/** Nineteen letters a column's line. */
const LETTERS = 19;
const PITCH = 16;

const TURNS = [
	'○議長　ただいまから全員協議会を開会します。本日の案件は、町立保育所の民営化についてであります。担当課から説明をお願いします。',
	'○子育て支援課長　町立保育所の民営化について御説明いたします。対象は町立みずほ保育所で、令和８年４月の移管を予定しております。移管先の法人は公募により選定いたします。',
	'○山田議員　保護者への説明はいつ行うのですか。',
	'○子育て支援課長　来月中に説明会を開催する予定です。',
	'○議長　以上で全員協議会を閉会します。',
];

/** A turn wrapped at the column's width. */
const wrap = (text: string): string[] => {
	const letters = [...text];
	const lines: string[] = [];
	for (let at = 0; at < letters.length; at += LETTERS) lines.push(letters.slice(at, at + LETTERS).join(''));
	return lines;
};

async function columnsPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	const lines = TURNS.flatMap(wrap);
	const half = Math.ceil(lines.length / 2);
	// The right column first, then the left.
	lines.slice(half).forEach((text, i) => page.drawText(text, { x: 320, y: 700 - i * PITCH, size: SIZE, font }));
	lines.slice(0, half).forEach((text, i) => page.drawText(text, { x: 60, y: 700 - i * PITCH, size: SIZE, font }));
	page.drawText('第５回みずほ町議会全員協議会記録', { x: 160, y: 778, size: 14, font });
	page.drawText('日時　令和６年８月５日（月）午前１０時', { x: 60, y: 760, size: SIZE, font });
	page.drawText('場所　みずほ町役場　第１委員会室', { x: 60, y: 744, size: SIZE, font });
	page.drawText('- 1 -', { x: 285, y: 40, size: SIZE, font });
	return doc.save();
}

describe('a title across a page set in two columns', () => {
	test('reads as a line of its own; the turns read whole across the columns', async () => {
		const extracted = await extractPdfText(await columnsPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines.slice(0, 3)).toEqual(['第５回みずほ町議会全員協議会記録', '日時　令和６年８月５日（月）午前１０時', '場所　みずほ町役場　第１委員会室']);
		expect(lines.slice(3)).toEqual(TURNS);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.title).toBe('第５回みずほ町議会全員協議会記録');
		expect(meeting?.date).toBe('2024-08-05');
		expect(meeting?.remarks.length).toBe(5);
	});
});
