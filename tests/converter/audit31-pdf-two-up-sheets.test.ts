/**
 * A record printed two pages to a landscape sheet (2-up, as assemblies publish A3 records): each half a page with its
 * running head and its page number at its foot, a turn running on from the left page to the right one, the last
 * sheet's right half blank. Each half is read as a page: the heads and page numbers are left out and the turn reads
 * whole (read as one page in two columns, the left page's number and the right page's head had stood inside the turn).
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
/** A4 in points: each half of the A3 sheet. */
const HALF = { width: 595.28, height: 841.89 };
const LEFT = 80;
const PER_LINE = 36;

const PARAGRAPHS = [
	'令和６年第４回さくら市議会定例会　総務常任委員会会議録',
	'１　日時　令和６年１２月１０日（火）　午前１０時００分開会',
	'２　場所　さくら市役所　第１委員会室',
	'○山田委員長　ただいまから総務常任委員会を開会いたします。本日の案件は、議案第５０号さくら市職員の給与に関する条例の一部を改正する条例についてであります。執行部から説明をお願いします。',
	'○中村総務部長　議案第５０号について御説明申し上げます。本案は、人事院勧告に準じて職員の給与を改定するものでございます。改定の内容は、給料表の引上げ及び期末手当の支給割合の改定でございます。',
	'○山田委員長　説明が終わりました。質疑はございませんか。',
	'○佐藤委員　給与改定に伴う財政への影響額はどの程度になるのか伺います。',
	'○小林財政課長　一般会計で約１億２，０００万円の増額を見込んでおります。財源につきましては、財政調整基金からの繰入れで対応する予定でございます。',
	'○高橋委員　会計年度任用職員への適用についてはどうなっておりますか。',
	'○中村総務部長　会計年度任用職員につきましても、常勤職員に準じて改定を行う予定でございます。',
	'○山田委員長　以上で本日の日程は全て終了いたしました。これをもって総務常任委員会を閉会いたします。',
];

/** The paragraphs wrapped at PER_LINE letters, pages of `perPage` lines. */
function pagesOf(perPage: number): string[][] {
	const lines = PARAGRAPHS.flatMap((paragraph) => {
		const letters = [...paragraph];
		return Array.from({ length: Math.ceil(letters.length / PER_LINE) }, (_, i) => letters.slice(i * PER_LINE, (i + 1) * PER_LINE).join(''));
	});
	return Array.from({ length: Math.ceil(lines.length / perPage) }, (_, i) => lines.slice(i * perPage, (i + 1) * perPage));
}

async function twoUpPdf(pages: string[][]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font: PDFFont = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	for (let i = 0; i < pages.length; i += 2) {
		const sheet = doc.addPage([HALF.width * 2, HALF.height]);
		for (const side of [0, 1]) {
			const lines = pages[i + side];
			if (!lines) continue;
			const offset = side * HALF.width;
			sheet.drawText('令和６年１２月１０日　総務常任委員会', { x: offset + 330, y: 800, size: 8, font });
			lines.forEach((text, k) => sheet.drawText(text, { x: offset + LEFT, y: 760 - k * 18, size: SIZE, font }));
			const number = `- ${i + side + 1} -`;
			sheet.drawText(number, { x: offset + (HALF.width - font.widthOfTextAtSize(number, SIZE)) / 2, y: 40, size: SIZE, font });
		}
	}
	return doc.save();
}

describe('a record printed two pages to a landscape sheet', () => {
	test('reads page by page, each page’s head and number left out, a turn running on across the sheet whole', async () => {
		const pages = pagesOf(7);
		expect(pages.length).toBe(3);
		// The turn of 中村総務部長 runs on from the first page (the sheet's left half) to the second (its right half).
		expect(pages[0]?.at(-1)).toMatch(/^○中村総務部長/u);
		const extracted = await pdfToText(await twoUpPdf(pages));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(PARAGRAPHS);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.title).toBe('令和６年第４回さくら市議会定例会　総務常任委員会会議録');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田委員長', '中村総務部長', '山田委員長', '佐藤委員', '小林財政課長', '高橋委員', '中村総務部長', '山田委員長']);
		expect(meeting?.remarks[1]?.text).toBe(PARAGRAPHS[4]?.replace(/^○中村総務部長　/u, ''));
	});
});
