/**
 * A roll typed as one paragraph with a left indent (Word's インデント), its entries flowing on and wrapping under the
 * paragraph's own start (`…４番　田所　芳` / `江　　５番　…`): the wrapped line joins the line before it, where it had
 * been a line of its own and the name had been cut in two (`田所　芳`, and `江` lost).
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
const LEFT = 87.64;
/** Full-width letters to a line. */
const WIDTH = 40;

/** Lines of one A4 page: each `[indent in em, text]`, a paragraph with an indent wrapped at the line's width under its start. */
async function page(paragraphs: [number, string][]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	let y = 760;
	for (const [indent, text] of paragraphs) {
		const letters = [...text];
		for (let at = 0; at < letters.length; at += WIDTH - indent) {
			sheet.drawText(letters.slice(at, at + WIDTH - indent).join(''), { x: LEFT + indent * SIZE, y, size: SIZE, font });
			y -= 17.85;
		}
	}
	sheet.drawText('- 1 -', { x: 285, y: 40, size: SIZE, font });
	return doc.save();
}

const TURNS: [number, string][] = [
	[0, '○議長（村田誠一君）　ただいまから本日の会議を開きます。日程第１、一般質問を行います。'],
	[0, '○１番（大橋由紀子君）　通告に従いまして、地域公共交通について質問いたします。'],
	[0, '○議長（村田誠一君）　本日はこれにて散会いたします。'],
];

describe('a roll wrapped under its own indent', () => {
	test('reads each name whole', async () => {
		const extracted = await pdfToText(
			await page([
				[0, '令和６年第４回みどり市議会定例会会議録（第２号）'],
				[0, '令和６年１２月３日（火曜日）'],
				[0, '出席議員（８名）'],
				[2, '１番　大橋　由紀子　　２番　木下　健一　　３番　佐久間　正　　４番　田所　芳江　　５番　村田　誠一　　６番　小野寺　学'],
				[2, '７番　石田　美和　　８番　青山　周平'],
				[0, '説明のため出席した者'],
				[3, '市長　高見沢　修　　副市長　松本　和也　　教育長　岡田　直子　　総務部長　杉山　敏夫'],
				...TURNS,
			]),
		);
		if (!extracted.ok) throw new Error(extracted.message);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const groups = meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['出席議員', ['大橋 由紀子', '木下 健一', '佐久間 正', '田所 芳江', '村田 誠一', '小野寺 学', '石田 美和', '青山 周平']],
			['説明のため出席した者', ['高見沢 修', '松本 和也', '岡田 直子', '杉山 敏夫']],
		]);
		expect(meeting?.remarks).toHaveLength(3);
	});

	test('indented lines typed short of the margin stay lines of their own', async () => {
		const extracted = await pdfToText(
			await page([
				[0, '令和６年第４回みどり市議会定例会会議録（第３号）'],
				[0, '令和６年１２月４日（水曜日）'],
				[0, '出席議員（４名）'],
				[1, '１番　大橋　由紀子　　　　２番　木下　健一'],
				[1, '３番　佐久間　正　　　　　４番　田所　芳江'],
				...TURNS,
			]),
		);
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('１番　大橋　由紀子　　　　２番　木下　健一\n');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['大橋 由紀子', '木下 健一', '佐久間 正', '田所 芳江']);
	});
});
