/**
 * 黒塗り drawn over text that is still in the PDF: black shapes placed over names before export, Acrobat's rectangle
 * comments filled black, Redact annotations not yet applied. The letters under them must never reach the archive.
 */
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { OPS } from 'unpdf/pdfjs';
import { describe, expect, test } from 'vitest';
import { fontDir } from '../../src/cards/fontconfig.ts';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { darkShapes, HIDDEN, maskHiddenText, OP } from '../../src/converter/pdf-redaction.ts';
import type { TextRun } from '../../src/converter/pdf-layout.ts';

const SIZE = 10.5;
const LEFT = 72;

interface Sheet {
	doc: PDFDocument;
	page: PDFPage;
	font: PDFFont;
}

async function sheet(): Promise<Sheet> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(new Uint8Array(await readFile(`${fontDir()}/NotoSansJP_400Regular.ttf`)), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	return { doc, page, font };
}

/** A line of text at `y`; the box over the part of it from `from` (a substring) on for `length` letters, in user space. */
function write(s: Sheet, text: string, y: number, options: { color?: [number, number, number] } = {}): void {
	s.page.drawText(text, { x: LEFT, y, size: SIZE, font: s.font, ...(options.color ? { color: rgb(...options.color) } : {}) });
}

function spanOf(s: Sheet, text: string, part: string, y: number): { x: number; y: number; width: number; height: number } {
	const at = text.indexOf(part);
	const x = LEFT + s.font.widthOfTextAtSize(text.slice(0, at), SIZE);
	return { x: x - 1, y: y - 3, width: s.font.widthOfTextAtSize(part, SIZE) + 2, height: SIZE + 4 };
}

/** An Acrobat rectangle comment (Square) filled with `fill`, or a Redact annotation, over a box. */
function annotate(s: Sheet, subtype: 'Square' | 'Redact', box: { x: number; y: number; width: number; height: number }, fill: [number, number, number]): void {
	const annotation = s.doc.context.obj({
		Type: 'Annot',
		Subtype: subtype,
		Rect: [box.x, box.y, box.x + box.width, box.y + box.height],
		C: fill,
		IC: fill,
		Contents: PDFString.of(''),
		F: 4,
	});
	const ref = s.doc.context.register(annotation);
	const annots = s.page.node.lookup(PDFName.of('Annots'));
	if (annots) (annots as unknown as { push: (value: unknown) => void }).push(ref);
	else s.page.node.set(PDFName.of('Annots'), s.doc.context.obj([ref]));
}

const MINUTES = [
	'令和６年度第２回みなと区空家等対策協議会　会議録',
	'日時　令和６年１１月２８日（木）午前１０時',
	'場所　みなと区役所　第３会議室',
	'出席委員　松本委員（会長）、林委員',
];

/** The minutes' header, then the turns, written from the top; returns each turn's baseline. */
function minutes(s: Sheet, turns: readonly string[]): number[] {
	let y = 760;
	for (const line of MINUTES) {
		write(s, line, y);
		y -= 18;
	}
	y -= 18;
	return turns.map((turn) => {
		write(s, turn, y);
		const at = y;
		y -= 18;
		return at;
	});
}

async function read(s: Sheet) {
	const result = await extractPdfText(await s.doc.save());
	if (!result.ok) throw new Error(result.message);
	return result;
}

describe('black bars over text (黒塗り)', () => {
	test('pdf.js’s operator codes are the ones the pass reads', () => {
		for (const [name, code] of Object.entries(OP)) expect(OPS[name as keyof typeof OPS], name).toBe(code);
	});

	test('a black shape drawn over a name: its letters are ■, with a warning naming the page; the rest of the line is read', async () => {
		const s = await sheet();
		const turn = '○松本会長　所有者は大川清氏で、現在は空き家です。';
		const [y] = minutes(s, [turn, '○林委員　承知しました。']);
		s.page.drawRectangle({ ...spanOf(s, turn, '大川清', y!), color: rgb(0, 0, 0) });
		const result = await read(s);
		expect(result.text).toContain(`所有者は${HIDDEN.repeat(3)}氏で、現在は空き家です。`);
		expect(result.text).not.toContain('大川');
		expect(result.text).toContain('○林委員　承知しました。');
		const warning = result.warnings.find((w) => w.code === 'pdf-hidden-text');
		expect(warning?.message).toMatch(/^3 letters under black bars on page 1 .*黒塗り/u);
	});

	test('an Acrobat rectangle comment filled black and a Redact annotation not yet applied hide what is under them', async () => {
		const s = await sheet();
		const first = '○松本会長　長男の大川健一氏が横浜市港北区に住んでいます。';
		const second = '○林委員　佐野和也氏の御家族が購入されました。';
		const [y1, y2] = minutes(s, [first, second]);
		annotate(s, 'Square', spanOf(s, first, '大川健一', y1!), [0, 0, 0]);
		annotate(s, 'Square', spanOf(s, first, '横浜市港北区', y1!), [0, 0, 0]);
		annotate(s, 'Redact', spanOf(s, second, '佐野和也', y2!), [0, 0, 0]);
		const result = await read(s);
		for (const name of ['大川', '健一', '港北', '佐野', '和也']) expect(result.text).not.toContain(name);
		expect(result.text).toContain(`長男の${HIDDEN.repeat(4)}氏が${HIDDEN.repeat(6)}に住んでいます。`);
		expect(result.text).toContain(`${HIDDEN.repeat(4)}氏の御家族が購入されました。`);
	});

	test('a white heading on a black band, a light grey shading, a translucent highlight and a rule under the text stay text', async () => {
		const s = await sheet();
		const turns = ['○松本会長　議題は特定空家等の認定です。', '○林委員　資料２の表を御覧ください。', '○松本会長　重要な点に線を引いております。'];
		const [y1, y2, y3] = minutes(s, turns);
		const band = spanOf(s, turns[0]!, '議題は特定空家等の認定です。', y1!);
		s.page.drawRectangle({ ...band, color: rgb(0, 0, 0) });
		s.page.drawText('議題は特定空家等の認定です。', { x: band.x + 1, y: y1!, size: SIZE, font: s.font, color: rgb(1, 1, 1) });
		s.page.drawRectangle({ ...spanOf(s, turns[1]!, '資料２の表', y2!), color: rgb(0.85, 0.85, 0.85) });
		s.page.drawRectangle({ ...spanOf(s, turns[1]!, '御覧ください', y2!), color: rgb(0, 0, 0), opacity: 0.3 });
		const rule = spanOf(s, turns[2]!, '重要な点', y3!);
		s.page.drawRectangle({ x: rule.x, y: y3! - 2, width: rule.width, height: 0.8, color: rgb(0, 0, 0) });
		const result = await read(s);
		expect(result.text).toContain('議題は特定空家等の認定です。');
		expect(result.text).toContain('資料２の表を御覧ください。');
		expect(result.text).toContain('重要な点に線を引いております。');
		expect(result.text).not.toContain(HIDDEN);
		expect(result.warnings.map((w) => w.code)).not.toContain('pdf-hidden-text');
	});
});

describe('the operator list read for dark shapes', () => {
	const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 10 });

	test('shapes are placed through the transforms in force, which a restore undoes', () => {
		const rect = (x: number, y: number, w: number, h: number) => [OP.fill, [new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4])], null];
		const shapes = darkShapes(
			[OP.save, OP.transform, OP.setFillRGBColor, OP.constructPath, OP.restore, OP.constructPath, OP.setFillGray, OP.constructPath],
			[null, [1, 0, 0, 1, 100, 200], ['#000000'], rect(0, 0, 40, 12), null, rect(10, 10, 20, 20), [0.9], rect(300, 300, 50, 50)],
		);
		expect(shapes.boxes).toEqual([
			{ x0: 100, y0: 200, x1: 140, y1: 212 },
			{ x0: 10, y0: 10, x1: 30, y1: 30 },
		]);
		const runs = [run('あいうえおかき', 80, 202, 70), run('さしすせそ', 200, 202, 50)];
		expect(maskHiddenText(runs, shapes)).toBe(4);
		expect(runs.map((r) => r.text)).toEqual([`あい${HIDDEN.repeat(4)}き`, 'さしすせそ']);
	});

	test('a run set a quarter turn (a landscape table) is looked at along its own baseline', () => {
		const shapes = { boxes: [{ x0: 90, y0: 118, x1: 101, y1: 132 }], lightText: '' };
		const runs = [run('かきくけこ', 100, 100, 50)];
		expect(maskHiddenText(runs, shapes, [], [[0, 1]])).toBe(1);
		expect(runs[0]!.text).toBe(`かき${HIDDEN}けこ`);
	});

	test('a curved shape, a stroked one and text drawn in white are no bars', () => {
		const shapes = darkShapes(
			[OP.setFillRGBColor, OP.constructPath, OP.constructPath, OP.setFillRGBColor, OP.showText],
			[['#000000'], [OP.fill, [new Float32Array([0, 0, 0, 2, 10, 20, 30, 40, 50, 60, 4])], null], [20, [new Float32Array([0, 0, 0, 1, 50, 0, 1, 50, 50, 4])], null], ['#ffffff'], [[{ unicode: '見' }, { unicode: '出' }, 5, { unicode: 'し' }]]],
		);
		expect(shapes.boxes).toEqual([]);
		expect(shapes.lightText).toBe('見出し\n');
	});
});
