/**
 * A PDF whose fonts map every glyph to a private-use code point (a ToUnicode map a producer wrote from its own glyph
 * numbers, U+E000 on): its text reads as no letters at all. It is refused on one line naming the pages, as a font
 * without a Unicode map is, where it had been read as minutes of nothing (`not-minutes`). A symbol font's bullets
 * (U+F0B7 …) stay list bullets.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText, unmappedText } from '../../src/converter/pdf.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** A ToUnicode map giving glyph n the code point U+E000 + n. */
const PRIVATE_USE_MAP = [
	'/CIDInit /ProcSet findresource begin',
	'12 dict begin',
	'begincmap',
	'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
	'/CMapName /Adobe-Identity-UCS def',
	'/CMapType 2 def',
	'1 begincodespacerange',
	'<0000> <FFFF>',
	'endcodespacerange',
	'1 beginbfrange',
	'<0000> <17FF> <E000>',
	'endbfrange',
	'endcmap',
	'CMapName currentdict /CMap defineresource pop',
	'end',
	'end',
].join('\n');

async function privateUsePdf(lines: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	lines.forEach((text, i) => page.drawText(text, { x: 72, y: 760 - 20 * i, size: 10.5, font }));
	await doc.flush();
	for (const [, object] of doc.context.enumerateIndirectObjects()) {
		if (object instanceof PDFDict && object.get(PDFName.of('ToUnicode'))) object.set(PDFName.of('ToUnicode'), doc.context.register(doc.context.stream(PRIVATE_USE_MAP)));
	}
	return doc.save();
}

describe('a font whose map to Unicode gives private-use code points', () => {
	test('is refused on one line naming the page', async () => {
		const extracted = await pdfToText(await privateUsePdf(['総務常任委員会記録', '１　開会日時　令和６年９月１２日（木）　午前１０時', '○桑原委員長　ただいまから総務常任委員会を開会いたします。', '○藤井総務部長　議案第４５号について御説明申し上げます。']));
		expect(extracted.ok).toBe(false);
		if (extracted.ok) return;
		expect(extracted.message).toMatch(/^page 1 has text in a font without a Unicode map \(100% of the characters\), so it reads as symbols, not Japanese/u);
	});

	test('a symbol font’s bullets are no garbled text', () => {
		const run = (text: string, font: string, y: number) => ({ text, x: 72, y, width: 10, size: 10, font });
		const page = { height: 842, width: 595, runs: [...Array.from({ length: 12 }, (_, i) => run('\uf0b7', 'symbol', 700 - 20 * i)), ...Array.from({ length: 12 }, (_, i) => run('委員会の審議について', 'text', 700 - 20 * i))] };
		expect(unmappedText([page]).pages).toEqual([]);
		const garbled = { ...page, runs: [...page.runs, run('\ue001\ue002\ue003\ue004\ue005', 'custom', 400)] };
		expect(unmappedText([garbled]).pages).toEqual([1]);
	});
});
