/**
 * Minutes of two pages with a book's running heads, one on the odd page and another on the even one
 * (`さくら市議会会議録` / `令和６年第４回定例会`), set smaller than the text: each stands on one page only. The head atop
 * the second page, inside the sentence running on from the first, is left out, where it had been read into it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** Pages of lines at 10.5 pt, each with its head at 9 pt flush right above the text and its number at the foot. */
async function pages(content: { head: string; lines: string[] }[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	content.forEach(({ head, lines }, index) => {
		const page = doc.addPage([595.28, 841.89]);
		page.drawText(head, { x: 507.64 - font.widthOfTextAtSize(head, 9), y: 791.89, size: 9, font });
		lines.forEach((text, i) => page.drawText(text, { x: 87.64, y: 756.89 - 17.85 * i, size: 10.5, font }));
		page.drawText(`― ${index + 1} ―`, { x: 280, y: 40, size: 10.5, font });
	});
	return doc.save();
}

const FIRST = [
	'令和６年第４回さくら市議会定例会会議録（第２号）',
	'令和６年１２月３日（火曜日）',
	'○議長（村田誠一君）　これより本日の会議を開きます。１番、大橋由紀子議員。',
	'○１番（大橋由紀子君）　通告に従いまして、地域公共交通の再編について',
	'質問いたします。本市では、路線バスの利用者が年々減少しており、昨年度',
	'は前年度比で約８％の減となりました。特に中山間地域では、通院や買物に',
];
const SECOND = ['不便を感じている高齢者が多く、デマンド交通の導入を求める声がございま', 'す。', '○議長（村田誠一君）　市長。', '○市長（高見沢　修君）　大橋議員の御質問にお答えいたします。'];

describe('a book’s running heads on a file of two pages', () => {
	test('the even page’s head is left out of the sentence it stands in', async () => {
		const extracted = await pdfToText(await pages([{ head: 'さくら市議会会議録', lines: FIRST }, { head: '令和６年第４回定例会', lines: SECOND }]));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toContain('令和６年第４回定例会\n');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（村田誠一君）', '１番（大橋由紀子君）', '議長（村田誠一君）', '市長（高見沢　修君）']);
		expect(meeting?.remarks[1]?.text.replace(/\s/gu, '')).toBe(
			'通告に従いまして、地域公共交通の再編について質問いたします。本市では、路線バスの利用者が年々減少しており、昨年度は前年度比で約８％の減となりました。特に中山間地域では、通院や買物に不便を感じている高齢者が多く、デマンド交通の導入を求める声がございます。',
		);
	});

	test('a small line atop the second page after a finished sentence stays (a handout’s label)', async () => {
		const extracted = await pdfToText(await pages([{ head: '', lines: FIRST.slice(0, 3) }, { head: '資料２', lines: ['議案第４５号　補正予算の概要', '歳入歳出それぞれ３億２，０００万円を追加する。'] }]));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('資料２');
	});
});
