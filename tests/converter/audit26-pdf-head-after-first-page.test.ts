/**
 * Minutes of two pages whose running head stands atop the second page only (a word processor's "different first
 * page": `令和６年１２月３日　さくら市議会定例会会議録（第２号）`). The head names the record and the first page's day: it
 * is left out, where it had been read into the sentence running on from the first page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** Two A4 pages of lines; the second page has `head` flush right above its text; each page its number at the foot. */
async function twoPages(first: string[], second: string[], head: string): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	[first, second].forEach((lines, index) => {
		const page = doc.addPage([595.28, 841.89]);
		if (index === 1) page.drawText(head, { x: 507.64 - font.widthOfTextAtSize(head, 9), y: 791.89, size: 9, font });
		lines.forEach((text, i) => page.drawText(text, { x: 87.64, y: 756.89 - 17.85 * i, size: 10.5, font }));
		page.drawText(String(index + 1), { x: 295, y: 40, size: 10.5, font });
	});
	return doc.save();
}

const FIRST = [
	'令和６年第４回さくら市議会定例会会議録（第２号）',
	'令和６年１２月３日（火曜日）',
	'○議長（村田誠一君）　おはようございます。これより本日の会議を開きます。',
	'○議長（村田誠一君）　日程第１、一般質問を行います。１番、大橋由紀子議員。',
	// A sentence running on to the next page, each line reaching the right margin.
	'○１番（大橋由紀子君）　通告に従いまして、地域公共交通の再編について',
	'質問いたします。本市では、路線バスの利用者が年々減少しており、昨年度',
	'は前年度比で約８％の減となりました。特に中山間地域では、通院や買物に',
];
const SECOND = ['不便を感じている高齢者が多く、デマンド交通の導入を求める声がございま', 'す。', '○議長（村田誠一君）　市長。', '○市長（高見沢　修君）　大橋議員の御質問にお答えいたします。'];

describe('a running head atop the second page only', () => {
	test('is left out of the sentence running on from the first page', async () => {
		const extracted = await pdfToText(await twoPages(FIRST, SECOND, '令和６年１２月３日　さくら市議会定例会会議録（第２号）'));
		if (!extracted.ok) throw new Error(extracted.message);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.date).toBe('2024-12-03');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（村田誠一君）', '議長（村田誠一君）', '１番（大橋由紀子君）', '議長（村田誠一君）', '市長（高見沢　修君）']);
		expect(meeting?.remarks[2]?.text.replace(/\s/gu, '')).toBe(
			'通告に従いまして、地域公共交通の再編について質問いたします。本市では、路線バスの利用者が年々減少しており、昨年度は前年度比で約８％の減となりました。特に中山間地域では、通院や買物に不便を感じている高齢者が多く、デマンド交通の導入を求める声がございます。',
		);
		expect(extracted.text).not.toContain('令和６年１２月３日　さくら市議会定例会会議録（第２号）');
	});

	test('a later page atop which the next meeting’s record starts, on another day, keeps its title', async () => {
		const next = ['令和６年１２月１０日　さくら市議会定例会会議録（第３号）', '○議長（村田誠一君）　これより本日の会議を開きます。'];
		const extracted = await pdfToText(await twoPages(FIRST.slice(0, 4), next, ''));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('令和６年１２月１０日　さくら市議会定例会会議録（第３号）');
	});

	test('another body’s record the same day, atop the second page, keeps its title', async () => {
		const board = ['令和６年５月２０日　第４回理事会議事録', '○理事長　ただいまから理事会を開きます。', '○事務局長　資料について説明いたします。'];
		const general = ['令和６年５月２０日　第１回総会議事録', '○理事長　ただいまから総会を開きます。'];
		const extracted = await pdfToText(await twoPages(board, general, ''));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('令和６年５月２０日　第１回総会議事録');
	});
});
