/**
 * A roll typed as one paragraph of posts and names apart by ideographic spaces, wrapped by the layout to the left margin
 * at a space (the space not drawn: `…、同課長補佐` / `森田　恵`): the wrapped line joins the line before with the space
 * between post and name, where they had run together (`同課長補佐森田　恵`, one name of five letters).
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

/** One A4 page of lines as given, each at the left margin. */
async function page(lines: readonly string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	let y = 760;
	for (const line of lines) {
		sheet.drawText(line, { x: LEFT, y, size: SIZE, font });
		y -= 17.85;
	}
	sheet.drawText('- 1 -', { x: 285, y: 40, size: SIZE, font });
	return doc.save();
}

/** Forty full-width letters to a line; the roll's first line ends a letter short, where the wrap left out its space. */
const LINES = [
	'第５回　みどり市環境審議会　議事録',
	'１．日時　令和６年１０月１５日（火）　午後２時００分～午後３時４０分',
	'２．場所　みどり市役所　本庁舎３階　第１会議室',
	'３．出席者',
	'出席委員　青木会長、佐伯委員、高松委員',
	'事務局　環境部長　岩崎　透、環境政策課長　小野寺　隆、係長　堀　一、同課長補佐',
	'森田　恵',
	'４．議事',
	'○青木会長　ただいまから第５回みどり市環境審議会を開会いたします。本日は委員のう',
	'ち６名の出席をいただいており、会議は成立しております。資料の確認をお願いします。',
	'○佐伯委員　削減目標の引き上げは賛成ですが、家庭部門の取組をどう進めるのか、具',
	'体的な施策を示していただきたい。',
	'○青木会長　以上で本日の審議を終了いたします。',
];

describe('a roll wrapped to the margin at a space', () => {
	test('keeps the space between the post and the name', async () => {
		const extracted = await pdfToText(await page(LINES));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('同課長補佐　森田　恵');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const staff = meeting?.participants.find((group) => group.group === '事務局');
		expect(staff?.members.map((member) => [member.title, member.name])).toEqual([
			['環境部長', '岩崎　透'],
			['環境政策課長', '小野寺　隆'],
			['係長', '堀　一'],
			['同課長補佐', '森田　恵'],
		]);
	});

	test('prose wrapped at the margin is joined without a space', async () => {
		const extracted = await pdfToText(await page(LINES));
		if (!extracted.ok) throw new Error(extracted.message);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual([
			'ただいまから第５回みどり市環境審議会を開会いたします。本日は委員のうち６名の出席をいただいており、会議は成立しております。資料の確認をお願いします。',
			'削減目標の引き上げは賛成ですが、家庭部門の取組をどう進めるのか、具体的な施策を示していただきたい。',
			'以上で本日の審議を終了いたします。',
		]);
	});
});
