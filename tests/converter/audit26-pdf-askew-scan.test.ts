/**
 * A scan's invisible text layer (render mode 3) whose lines follow the page scanned askew: each word set at the line's
 * angle along its sloping baseline, as Tesseract and OCRmyPDF write it. A long line's words drift most of a line's
 * height up or down; turned level, each line reads whole, where its two halves had become two lines (a roll's members
 * parted from their group, a group left empty).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, PDFNumber, PDFOperator, PDFOperatorNames } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const LINES = [
	'第５回　みどり県環境審議会　議事録',
	'１　日時　令和６年１０月２１日（月）　午後２時００分～午後４時００分',
	'２　場所　みどり県庁　本庁舎５階　大会議室',
	'３　出席者',
	'　委員　岡本　浩一（会長）、川端　里美（副会長）、久保田　進、斉藤　麻衣',
	'　事務局　環境政策課長　森下　昭、環境政策課主幹　平井　香織',
	'４　議事内容',
	'○森下課長　定刻となりましたので、ただいまから第５回みどり県環境審議会を開会いたします。',
	'○岡本会長　それでは議事に入ります。事務局から説明をお願いします。',
	'○平井主幹　資料１を御覧ください。中間評価の結果について御説明いたします。',
];

/** The lines in invisible text, word by word (four letters), each word at `angle` degrees on its line's sloping baseline. */
async function askewScan(angle: number): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	page.pushOperators(PDFOperator.of(PDFOperatorNames.SetTextRenderingMode, [PDFNumber.of(3)]));
	const slope = Math.tan((angle * Math.PI) / 180);
	LINES.forEach((line, i) => {
		let x = 60;
		for (const word of line.match(/.{1,4}/gu) ?? []) {
			page.drawText(word, { x, y: 760 - 20 * i + (x - 60) * slope, size: 10.5, font, rotate: degrees(angle) });
			x += font.widthOfTextAtSize(word, 10.5);
		}
	});
	return doc.save();
}

describe('a scan’s text layer set askew', () => {
	test.each([1.2, -1.5])('at %s° reads line by line, each line whole', async (angle) => {
		const extracted = await pdfToText(await askewScan(angle));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(LINES);
		const result = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) });
		// (`事務局　環境政策課長　森下　昭、…`: the staff's group, its members each with a post.)
		expect(result.meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([['出席者', 4], ['事務局', 2]]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森下課長', '岡本会長', '平井主幹']);
		expect(result.diagnostics.map((d) => d.code)).not.toContain('empty-group');
	});
});
