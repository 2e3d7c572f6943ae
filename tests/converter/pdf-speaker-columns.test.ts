/**
 * Speakers' names in a column of their own beside their words: a table `発言者｜発言内容` whose rows are set close (Word's
 * default table, a rule apart), and a column of labels without a table; and a header's roll that only looks like one.
 * Also a running head that alone dates the minutes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { fontDir } from '../../src/cards/fontconfig.ts';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const WORDS = [
	'ただいまから本年度２回目のみどり市環境審議会を開会いたします。本日は委員７名中６名の出席があり、会議は成立しております。',
	'配付資料は、次第、委員名簿、資料１「第３次環境基本計画の進捗状況」、資料２「温室効果ガス排出量の推計結果」、参考資料の計５点です。不足がございましたらお申し出ください。',
	'家庭系ごみについて伺います。減少の幅が小さいとのことですが、分別の徹底や生ごみの減量について、具体的にどのような取組を考えているのでしょうか。',
	'御指摘のとおりです。現在、森林環境譲与税を活用した里山整備の支援制度を検討しております。',
];

/** Lines of at most `width` points, as a layout wraps them. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const char of text) {
		if (line !== '' && font.widthOfTextAtSize(line + char, size) > width && !'、。」）'.includes(char)) {
			lines.push(line);
			line = '';
		}
		line += char;
	}
	return line === '' ? lines : [...lines, line];
}

async function document(): Promise<{ doc: PDFDocument; font: PDFFont }> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: false });
	return { doc, font };
}

async function speakers(bytes: Uint8Array): Promise<{ text: string; speakers: (string | null)[] }> {
	const extracted = await pdfToText(bytes);
	if (!extracted.ok) throw new Error(extracted.message);
	const result = parseMinutes(extracted.text, { source: 'columns.pdf', sourceHash: 'a'.repeat(64) });
	return { text: extracted.text, speakers: result.meeting?.remarks.map((remark) => remark.speaker) ?? [] };
}

/**
 * A 会議録 whose speakers' labels stand in a column at the left, their words in a column from x 170, each label's first
 * line level with its words' first line, turns `gap` points apart beyond the line pitch; the header's roll of the
 * secretariat (`事務局　　住民課長　宇都宮　豊…`) has a name a letter past the words' column's edge.
 */
async function labelColumn(gap: number): Promise<Uint8Array> {
	const { doc, font } = await document();
	const size = 10.5;
	const pitch = 17.5;
	let page = doc.addPage([595, 842]);
	let y = 760;
	page.drawText('令和６年度第３回　はなぶさ町国民健康保険運営協議会　会議録', { x: 110, y, size: 13, font });
	y -= 30;
	for (const text of ['開催日時　令和７年２月１３日（木）　午後１時３０分', '開催場所　はなぶさ町役場　第２会議室', '出席委員　被保険者代表　森永　淳、保険医代表　吉富　真人', '事務局　　住民課長　宇都宮　豊、住民課主査　新田　彩']) {
		page.drawText(text, { x: 70, y, size, font });
		y -= pitch;
	}
	y -= 12;
	const turns: [string[], string][] = [
		[['会長'], WORDS[0] ?? ''],
		[['住民課長'], WORDS[1] ?? ''],
		[['森永委員'], WORDS[2] ?? ''],
		[['吉富委員', '（保険医代表）'], WORDS[3] ?? ''],
		[['住民課長'], WORDS[1] ?? ''],
	];
	for (const [label, words] of turns) {
		if (y < 150) {
			page = doc.addPage([595, 842]);
			y = 760;
		}
		label.forEach((line, i) => page.drawText(line, { x: 70, y: y - pitch * i, size, font }));
		for (const line of wrap(words.repeat(2), font, size, 355)) {
			page.drawText(line, { x: 170, y, size, font });
			y -= pitch;
		}
		y -= gap;
	}
	return doc.save();
}

describe('a column of speakers’ labels beside their words', () => {
	test('short words of the header’s roll that end left of the words’ column are no speaker’s cell', async () => {
		const { text, speakers: found } = await speakers(await labelColumn(9));
		expect(text).toMatch(/^開催日時　令和７年２月１３日（木）　午後１時３０分$/mu);
		expect(text).toMatch(/^事務局　　住民課長　宇都宮　豊、住民課主査　新田　彩$/mu);
		expect(found).toEqual(['会長', '住民課長', '森永委員', '吉富委員（保険医代表）', '住民課長']);
	});
});

/**
 * A table `発言者｜発言内容` whose rows are `gap` points apart beyond the line pitch (Word's default table: a rule, no
 * padding), each speaker's cell centred in its row, a row running on to the next page; the header row atop each page.
 */
async function closeTable(gap: number): Promise<Uint8Array> {
	const { doc, font } = await document();
	const size = 10;
	const pitch = 16;
	let page = doc.addPage([595, 842]);
	let y = 780;
	for (const text of ['令和６年度 第２回 みどり市環境審議会 議事要旨', '日時　令和６年８月２２日（木）午後２時００分～午後３時４０分', '議事内容']) {
		page.drawText(text, { x: 60, y, size, font });
		y -= 20;
	}
	const header = () => {
		page.drawText('発言者', { x: 90, y, size, font });
		page.drawText('発言内容', { x: 328, y, size, font });
		y -= pitch + 4;
	};
	header();
	const rows: [string[], string][] = [
		[['森田会長'], WORDS[0] ?? ''],
		[['事務局', '（小池課長）'], (WORDS[1] ?? '').repeat(3)],
		[['石井委員'], (WORDS[2] ?? '').repeat(9)],
		[['村上環境部長'], WORDS[3] ?? ''],
		[['森田会長'], WORDS[0] ?? ''],
	];
	for (const [cell, words] of rows) {
		let lines = wrap(words, font, size, 350);
		let label = cell;
		while (lines.length > 0) {
			const part = lines.slice(0, Math.max(1, Math.floor((y - 70) / pitch)));
			lines = lines.slice(part.length);
			const top = y;
			part.forEach((line, i) => page.drawText(line, { x: 178, y: top - pitch * i, size, font }));
			const middle = top - (pitch * (part.length - 1)) / 2;
			label.forEach((line, i) => page.drawText(line, { x: 66, y: middle + (pitch / 2) * (label.length - 1) - pitch * i, size, font }));
			label = [];
			y = top - pitch * part.length - gap;
			if (lines.length > 0) {
				page = doc.addPage([595, 842]);
				y = 780;
				header();
			}
		}
	}
	return doc.save();
}

describe('rows of speakers set close, a line pitch and a rule apart', () => {
	const expected = ['森田会長', '事務局（小池課長）', '石井委員', '村上環境部長', '森田会長'];

	test.each([1, 4])('a table whose rows are %d pt apart beyond the pitch reads each name before its row’s words', async (gap) => {
		const { text, speakers: found } = await speakers(await closeTable(gap));
		expect(found).toEqual(expected);
		expect(text).toMatch(/^事務局（小池課長）　　配付資料は、/mu);
		expect(text).not.toMatch(/.(?:森田会長|事務局|石井委員|村上環境部長)/u);
	});

	test('a column of labels without a gap between turns keeps a bracketed post under a name with the name', async () => {
		const { text, speakers: found } = await speakers(await labelColumn(0));
		expect(found).toEqual(['会長', '住民課長', '森永委員', '吉富委員（保険医代表）', '住民課長']);
		expect(text).toMatch(/^吉富委員（保険医代表）　　御指摘のとおりです。/mu);
		expect(text).not.toMatch(/[^委員]（保険医代表）/u);
	});
});

describe('a running head that alone dates the minutes', () => {
	/** Pages whose head is the date and the committee (`令和６年６月１２日（水）　　総務常任委員会記録`, the page number at the right), the body starting with the roll. */
	async function headedPdf(): Promise<Uint8Array> {
		const { doc, font } = await document();
		const size = 10.5;
		const lines = [
			'出席委員（６名）',
			'委員長　岡島　正樹　　副委員長　木下　由香　　委員　松永　浩二',
			'説明のため出席した者',
			'総務部長　小川　俊介　　財政課長　宮内　裕子',
			...[
				`○岡島委員長　ただいまから総務常任委員会を開会いたします。執行部の説明を求めます。`,
				`○小川総務部長　${WORDS.join('').repeat(3)}`,
				`○松永委員　${WORDS.join('').repeat(3)}`,
				`○宮内財政課長　${WORDS.join('').repeat(3)}`,
				'○岡島委員長　以上で本日の委員会を閉会いたします。',
			].flatMap((turn) => wrap(turn, font, size, 455)),
		];
		let page = doc.addPage([595, 842]);
		let y = 750;
		for (const line of lines) {
			if (y < 80) {
				page = doc.addPage([595, 842]);
				y = 750;
			}
			page.drawText(line, { x: 70, y, size, font });
			y -= 17.5;
		}
		doc.getPages().forEach((sheet, i) => {
			sheet.drawText('令和６年６月１２日（水）　　総務常任委員会記録', { x: 70, y: 792, size: 9, font });
			sheet.drawText(`${i + 1}`, { x: 515, y: 792, size: 9, font });
		});
		return doc.save();
	}

	test('stays once atop the text, as the title and the date, and the record is dated and titled by it', async () => {
		const bytes = await headedPdf();
		const extracted = await pdfToText(bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').slice(0, 4)).toEqual(['総務常任委員会記録', '令和６年６月１２日（水）', '', '出席委員（６名）']);
		expect(extracted.text.match(/総務常任委員会記録/gu)).toHaveLength(1);
		const result = parseMinutes(extracted.text, { source: 'head.pdf', sourceHash: 'a'.repeat(64) });
		expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(result.meeting?.title).toBe('総務常任委員会記録');
		expect(result.meeting?.date).toBe('2024-06-12');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['岡島委員長', '小川総務部長', '松永委員', '宮内財政課長', '岡島委員長']);
	});
});
