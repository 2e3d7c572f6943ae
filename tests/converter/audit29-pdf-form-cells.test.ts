/**
 * A 会議録 様式 printed to PDF: a bordered table of label cells and value cells (`開催日時｜令和…`, `出席者｜（委員）…`), each
 * label centred in its tall cell or wrapped in a narrow column (`公開・非公` / `開`), then the turns. The table's rules tell its
 * cells apart: each label is read on its row's first line, before its values, as the cells are read row by row, where it
 * had stood on a line of its own among its values (the roll read as turns of `委員` and `事務局`, the agenda lost) or run
 * into the middle of a value's line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const PITCH = 16;
const LEFT = 70;
const WIDTH = 455;
const PAD = 3;

type Align = 'top' | 'middle';

/** A form of `[label, value lines]` rows, the label column `labelEm` letters wide, its rules drawn as thin bars or stroked lines, then the turns. */
async function formPdf(rows: [string, string[]][], turns: string[], options: { align: Align; labelEm: number; stroke?: boolean; pad?: number }): Promise<Uint8Array> {
	const pad = options.pad ?? PAD;
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font: PDFFont = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page: PDFPage = doc.addPage([595.28, 841.89]);
	const across = (y: number) => (options.stroke ? page.drawLine({ start: { x: LEFT, y }, end: { x: LEFT + WIDTH, y }, thickness: 0.5 }) : page.drawRectangle({ x: LEFT, y: y - 0.25, width: WIDTH, height: 0.5, color: rgb(0, 0, 0) }));
	const upright = (x: number, top: number, bottom: number) => (options.stroke ? page.drawLine({ start: { x, y: top }, end: { x, y: bottom }, thickness: 0.5 }) : page.drawRectangle({ x: x - 0.25, y: bottom, width: 0.5, height: top - bottom, color: rgb(0, 0, 0) }));
	const title = '会　議　録';
	page.drawText(title, { x: (595.28 - font.widthOfTextAtSize(title, 14)) / 2, y: 780, size: 14, font });
	let y = 750;
	const valueX = LEFT + options.labelEm * SIZE + 2 * 5;
	for (const [label, values] of rows) {
		const labels = [...label].reduce<string[]>((lines, letter) => {
			if ((lines.at(-1)?.length ?? options.labelEm) >= options.labelEm) lines.push('');
			lines[lines.length - 1] += letter;
			return lines;
		}, []);
		const lines = Math.max(labels.length, values.length);
		const height = lines * PITCH + 2 * pad;
		across(y);
		for (const x of [LEFT, valueX, LEFT + WIDTH]) upright(x, y, y - height);
		values.forEach((value, i) => page.drawText(value, { x: valueX + 5, y: y - pad - i * PITCH - SIZE * 1.1, size: SIZE, font }));
		const offset = options.align === 'middle' ? ((lines - labels.length) * PITCH) / 2 : 0;
		labels.forEach((text, i) => page.drawText(text, { x: LEFT + 5, y: y - pad - offset - i * PITCH - SIZE * 1.1, size: SIZE, font }));
		y -= height;
	}
	across(y);
	y -= 28;
	// Each turn wrapped at the text's width, 43 letters.
	for (const turn of turns) {
		const letters = [...turn];
		for (let at = 0; at < letters.length; at += 43) {
			page.drawText(letters.slice(at, at + 43).join(''), { x: LEFT, y, size: SIZE, font });
			y -= PITCH;
		}
		y -= 6;
	}
	page.drawText('- 1 -', { x: 285, y: 40, size: SIZE, font });
	return doc.save();
}

const ROWS: [string, string[]][] = [
	['会議名', ['令和６年度第２回みなと市市民協働推進会議']],
	['開催日時', ['令和６年９月４日（水）', '午後２時から午後４時まで']],
	['開催場所', ['市役所本庁舎５階　第一委員会室']],
	['出席者', ['（委員）', '小川　健一（会長）、田村　美香（副会長）、石井　誠', '中島　里美、原　浩二', '（事務局）', '市民協働課長　松田　亮、同課主査　岡本　由紀']],
	['欠席者', ['山口　恵']],
	['議題', ['（１）令和５年度事業実績について', '（２）令和６年度事業計画について']],
	['公開・非公開', ['公開']],
	['会議資料', ['資料１　令和５年度事業実績報告書', '資料２　令和６年度事業計画（案）']],
];

const TURNS = [
	'審議経過',
	'事務局（松田課長）　定刻となりましたので、ただいまから令和６年度第２回みなと市市民協働推進会議を開会いたします。本日は委員７名中６名の出席があり、会議が成立していることを御報告いたします。',
	'小川会長　それでは議事に入ります。議題（１）について、事務局から説明をお願いします。',
	'事務局（岡本主査）　資料１に基づき説明いたします。令和５年度は協働事業の提案が前年度より８件増え、市民活動団体の登録数も１２団体増加しました。一方で、担い手の高齢化が課題となっております。',
	'石井委員　提案が増えた理由について、事務局はどのように分析しているか。',
	'事務局（松田課長）　地域の説明会を各地区で開催し、制度の周知が進んだことが一因と考えております。',
	'小川会長　ほかに御意見がなければ、以上をもちまして本日の会議を閉会いたします。'];

async function read(options: { align: Align; labelEm: number; stroke?: boolean; pad?: number }, rows = ROWS) {
	const extracted = await extractPdfText(await formPdf(rows, TURNS, options));
	if (!extracted.ok) throw new Error(extracted.message);
	const meeting = parseMinutes(extracted.text, { source: 'form.pdf', sourceHash: '0'.repeat(64) }).meeting;
	return { text: extracted.text, meeting };
}

/**
 * A roll whose label spans the rows of its groups, each centred in its cell (`出席者` over `委員｜…` and `事務局｜…`),
 * a label centred in a row of one line but its own two (`公開・非公` / `開`), then the turns.
 */
async function spannedRollPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font: PDFFont = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	const bar = (x: number, y: number, width: number, height: number) => page.drawRectangle({ x, y, width, height, color: rgb(0, 0, 0) });
	const text = (value: string, x: number, y: number) => page.drawText(value, { x, y, size: SIZE, font });
	const [a, b, c, d] = [LEFT, LEFT + 50, LEFT + 105, LEFT + WIDTH];
	let y = 780;
	text('第３回ひばり市文化財保護審議会　会議録', LEFT + 100, y);
	y -= 30;
	// One row a line: 会議名, 開催日時.
	for (const [label, value] of [['会議名', '第３回ひばり市文化財保護審議会'], ['開催日時', '令和６年１０月８日（火）午後２時から']]) {
		bar(a, y, d - a, 0.5);
		for (const x of [a, c, d]) bar(x, y - PITCH - 2 * PAD, 0.5, PITCH + 2 * PAD);
		text(label!, a + 5, y - PAD - SIZE * 1.1);
		text(value!, c + 5, y - PAD - SIZE * 1.1);
		y -= PITCH + 2 * PAD;
	}
	// 出席者 over two rows of groups: 委員 (three lines), 事務局 (two lines), each group centred in its row.
	const groups: [string, string[]][] = [
		['委員', ['小川　健一（会長）、田村　美香（副会長）', '石井　誠、中島　里美', '原　浩二']],
		['事務局', ['文化課長　松田　亮', '同課主査　岡本　由紀']],
	];
	const top = y;
	for (const [group, names] of groups) {
		const height = names.length * PITCH + 2 * PAD;
		bar(b, y, d - b, 0.5);
		for (const x of [b, c, d]) bar(x, y - height, 0.5, height);
		names.forEach((name, i) => text(name, c + 5, y - PAD - i * PITCH - SIZE * 1.1));
		text(group, b + 5, y - PAD - ((names.length - 1) * PITCH) / 2 - SIZE * 1.1);
		y -= height;
	}
	bar(a, top, b - a, 0.5);
	bar(a, y, 0.5, top - y);
	text('出席者', a + 5, (top + y) / 2 - SIZE * 0.35);
	// 公開・非公 / 開 in a narrow column, centred on a value of one line.
	bar(a, y, d - a, 0.5);
	for (const x of [a, c, d]) bar(x, y - 2 * PITCH - 2 * PAD, 0.5, 2 * PITCH + 2 * PAD);
	text('公開・非公', a + 5, y - PAD - SIZE * 1.1);
	text('開', a + 5, y - PAD - PITCH - SIZE * 1.1);
	text('公開', c + 5, y - PAD - PITCH / 2 - SIZE * 1.1);
	y -= 2 * PITCH + 2 * PAD;
	bar(a, y, d - a, 0.5);
	y -= 28;
	for (const turn of TURNS) {
		const letters = [...turn];
		for (let at = 0; at < letters.length; at += 43) {
			text(letters.slice(at, at + 43).join(''), LEFT, y);
			y -= PITCH;
		}
		y -= 6;
	}
	return doc.save();
}

describe('a form table of labels and values printed to PDF', () => {
	test.each([
		['drawn as thin bars', { align: 'middle', labelEm: 6 }],
		['drawn as stroked lines', { align: 'middle', labelEm: 6, stroke: true }],
	] as const)('reads each label centred in its cell on its row’s first line (%s)', async (_, options) => {
		const { text, meeting } = await read(options);
		const lines = text.split('\n');
		// Each label before its first value, the values after it in order, no letter lost.
		expect(lines).toContain('出席者　　　　（委員）');
		expect(lines).toContain('議題　　　　　（１）令和５年度事業実績について');
		expect(lines).toContain('開催日時　　　令和６年９月４日（水）');
		expect(lines.filter((line) => /^(?:出席者|議題|開催日時|会議資料)$/u.test(line.trim()))).toEqual([]);
		expect(text).toContain('中島　里美、原　浩二');
		expect(meeting?.title).toBe('令和６年度第２回みなと市市民協働推進会議 会議録');
		expect(meeting?.date).toBe('2024-09-04');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['委員', ['小川　健一', '田村　美香', '石井　誠', '中島　里美', '原　浩二']],
			['事務局', ['松田　亮', '岡本　由紀']],
			['欠席者', ['山口　恵']],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['令和５年度事業実績について', '令和６年度事業計画について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局（松田課長）', '小川会長', '事務局（岡本主査）', '石井委員', '事務局（松田課長）', '小川会長']);
	});

	test('reads a label over the rows of its groups on the first of them, each group on its first line', async () => {
		const extracted = await extractPdfText(await spannedRollPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim());
		expect(lines.filter((line) => /^(?:出席者|委員|事務局|開|公開)$/u.test(line))).toEqual([]);
		expect(lines.find((line) => line.startsWith('出席者'))).toMatch(/^出席者[\s\u3000]+委員[\s\u3000]+小川　健一（会長）、田村　美香（副会長）$/u);
		expect(lines.find((line) => line.startsWith('事務局'))).toMatch(/^事務局[\s\u3000]+文化課長　松田　亮$/u);
		expect(lines.find((line) => line.startsWith('公開・非公開'))).toMatch(/^公開・非公開[\s\u3000]+公開$/u);
		// Every name once, in order, none cut.
		expect(extracted.text.replace(/[\s\u3000]/gu, '')).toContain('出席者委員小川健一（会長）、田村美香（副会長）石井誠、中島里美原浩二事務局文化課長松田亮同課主査岡本由紀公開・非公開公開');
		const meeting = parseMinutes(extracted.text, { source: 'form.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks).toHaveLength(6);
	});

	test('reads each row from a line of its own in a table without padding, after a value that fills its cell', async () => {
		// (Word's default table: rows a rule apart, no padding; the handouts' last line runs to the cell's edge.)
		const rows: [string, string[]][] = [...ROWS.slice(0, 7), ['会議資料', ['資料１　令和５年度みなと市市民協働推進事業実績報告書（概要版）', '資料２　令和６年度みなと市市民協働推進事業計画（案）の概要説明等について']], ['傍聴者数', ['２名']]];
		const { text, meeting } = await read({ align: 'middle', labelEm: 6, pad: 0 }, rows);
		expect(text.split('\n')).toContain('傍聴者数　　　２名');
		expect(meeting?.handouts).toHaveLength(2);
	});

	test('reads a label wrapped in a narrow column as one, on its row’s first line', async () => {
		const { text } = await read({ align: 'top', labelEm: 4 });
		const lines = text.split('\n');
		expect(lines).toContain('公開・非公開　公開');
		expect(lines.filter((line) => line.trim() === '開')).toEqual([]);
	});
});
