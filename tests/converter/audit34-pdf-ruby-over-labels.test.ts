/**
 * A council's minutes whose speakers' names carry their readings (ruby over `東海林`, `小鳥遊`), each turn typed as the
 * label, a space and the words, wrapped back to the margin, the labels as long as each other. A line with a reading
 * over it is set lower than the others: the turns are no table of speakers and their words (the labels of two turns
 * had been read as one cell, `東海林会長小鳥遊課長`, before one turn's words, and every turn but the last lost).
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
const RUBY = 6;
/** Forty-three letters a line. */
const LETTERS = 43;
const PITCH = 15;
/** The extra height of a line with a reading over it. */
const RUBY_PITCH = 9;
const LEFT = 71;

/** Each turn: the name with its reading, the post, the words. */
const TURNS: [string, string | null, string, string][] = [
	['東海林', 'しょうじ', '会長', 'それでは会議を始めます。事務局から説明をお願いします。'],
	['小鳥遊', 'たかなし', '課長', '資料に沿って説明します。やさしい日本語の普及につきましては、これまでも関係団体と協議を重ねてまいりましたが、周知の方法と人員の配置の両面で課題が残っており、来年度の事業の中で改めて検討することとしております。'],
	['五十嵐', 'いがらし', '委員', '外国人住民への周知はどのように行うのでしょうか。'],
	['グエン', null, '委員', '母語での案内も併せて用意していただきたいです。'],
	['四十九', 'つるしぼ', '委員', '学校との連携も重要だと思います。'],
	['東海林', 'しょうじ', '会長', '本日の議論を踏まえ、事務局で整理をお願いします。以上で閉会します。'],
];

async function rubyPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	const draw = (text: string, x: number, y: number, size = SIZE) => page.drawText(text, { x, y, size, font });
	draw('第３回　多文化共生推進会議　議事録', 190, 780, 14);
	let y = 750;
	for (const text of ['日時　令和６年１０月３日（木）１８時３０分～２０時', '場所　ひまわり市国際交流センター　研修室', '出席者　会長　東海林　晶子、委員　五十嵐　涼、グエン・ヴァン・ナム、四十九　一馬', '事務局　国際交流課長　小鳥遊　実', '会議の内容']) {
		draw(text, LEFT, y);
		y -= PITCH;
	}
	for (const [name, reading, post, words] of TURNS) {
		y -= PITCH * 0.4;
		if (reading !== null) {
			y -= RUBY_PITCH;
			draw(reading, LEFT + (SIZE * 3 - RUBY * reading.length) / 2, y + SIZE * 0.95, RUBY);
		}
		const letters = [...words];
		const first = LETTERS - 6;
		draw(`${name}${post}`, LEFT, y);
		draw(letters.slice(0, first).join(''), LEFT + SIZE * 6, y);
		for (let at = first; at < letters.length; at += LETTERS) {
			y -= PITCH;
			draw(letters.slice(at, at + LETTERS).join(''), LEFT, y);
		}
		y -= PITCH;
	}
	draw('- 1 -', 285, 40);
	return doc.save();
}

describe('turns whose speakers carry their readings, typed before the words', () => {
	test('read as a turn each, every label before its own words', async () => {
		const extracted = await extractPdfText(await rubyPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines.slice(-TURNS.length)).toEqual(TURNS.map(([name, , post, words]) => `${name}${post}　${words}`));
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(TURNS.map(([name, , post]) => `${name}${post}`));
		expect(meeting?.remarks[1]?.text).toBe(TURNS[1]?.[3]);
	});
});
