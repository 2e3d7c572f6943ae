import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cardDrawing, cardSize, cardSpec, loadCardDrawer, renderCardCached, renderPng, wrapText, type CardSpec } from '../../src/cards/card.ts';

const require = createRequire(import.meta.url);
const cacheDir = mkdtempSync(join(tmpdir(), 'cards-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const card = { series: 'サイバーセキュリティタスクフォース', session: '第42回', title: 'サイバーセキュリティタスクフォース（第42回）議事要旨', date: '2023年2月1日', footer: 'archive' };

/** One line of text on the card's background. */
const oneLine = (text: string, weight: 400 | 700 = 700): CardSpec => ({ ...cardSize, background: '#f6f7fb', bar: { width: 24, fill: '#1f4e8c' }, lines: [{ text, x: 80, y: 250, size: 58, weight, fill: '#10233f' }] });

const pixels = async (png: Buffer): Promise<Buffer> => sharp(png).removeAlpha().raw().toBuffer();
/** Pixels darker than the background in the line's band. */
const inked = (raw: Buffer): number => {
	let count = 0;
	for (let y = 180; y < 270; y++) for (let x = 24; x < cardSize.width; x++) if ((raw[(y * cardSize.width + x) * 3] ?? 255) < 128) count++;
	return count;
};

/**
 * The same line drawn the way cards used to be, by librsvg from SVG: each glyph's outline from the font,
 * at the whole pixel the drawing puts it, over the same background.
 */
async function svgReference(spec: CardSpec): Promise<Buffer> {
	const fontkit = require('fontkit') as { openSync(file: string): any };
	const line = spec.lines[0]!;
	const font = fontkit.openSync(cardDrawing.fontFiles[line.weight]);
	const scale = line.size / font.unitsPerEm;
	const run = font.layout(line.text);
	let pen = line.x;
	const paths: string[] = [];
	run.glyphs.forEach((glyph: any, i: number) => {
		const position = run.positions[i];
		paths.push(`<path transform="translate(${Math.round(pen + position.xOffset * scale)} ${line.y}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/>`);
		pen += position.xAdvance * scale;
	});
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}"><rect width="100%" height="100%" fill="${spec.background}"/><rect width="${spec.bar.width}" height="100%" fill="${spec.bar.fill}"/><g fill="${line.fill}">${paths.join('')}</g></svg>`;
	return sharp(Buffer.from(svg), { density: 72 }).removeAlpha().raw().toBuffer();
}

describe('social card drawing', () => {
	test('draws the text as librsvg draws the same glyph outlines in place, within a step of rounding', async () => {
		for (const text of ['議事要旨（第42回）', 'IoT・AIセキュリティ WAVE']) {
			const spec = oneLine(text);
			const drawn = await pixels(await renderPng(spec));
			const reference = await svgReference(spec);
			expect(drawn.length).toBe(reference.length);
			let worst = 0;
			for (let i = 0; i < drawn.length; i++) worst = Math.max(worst, Math.abs((drawn[i] ?? 0) - (reference[i] ?? 0)));
			expect(worst).toBeLessThanOrEqual(2);
			expect(inked(drawn)).toBeGreaterThan(2000);
		}
	});

	test('different kanji draw different glyphs, in the font the project ships', async () => {
		const a = await pixels(await renderPng(oneLine('議事')));
		const b = await pixels(await renderPng(oneLine('要旨')));
		expect(inked(a)).toBeGreaterThan(500);
		expect(a.equals(b)).toBe(false);
		// Bold and regular are the two faces shipped, not one face drawn twice.
		expect((await pixels(await renderPng(oneLine('議事', 400)))).equals(a)).toBe(false);
	});

	test('a card is the same bytes whatever the drawer drew before it (the thread and the pages share glyphs only within themselves)', async () => {
		const spec = cardSpec(card);
		const fresh = loadCardDrawer(cardDrawing, require);
		const used = loadCardDrawer(cardDrawing, require);
		await used.draw(cardSpec({ ...card, title: '情報通信審議会 技術戦略委員会（第15回）', date: '2024年12月24日' }));
		expect((await used.draw(spec)).equals(await fresh.draw(spec))).toBe(true);
	});

	test('the background, the bar and the colours are those asked for', async () => {
		const raw = await pixels(await renderPng(cardSpec(card)));
		const at = (x: number, y: number) => [...raw.subarray((y * cardSize.width + x) * 3, (y * cardSize.width + x) * 3 + 3)];
		expect(at(10, 300)).toEqual([0x1f, 0x4e, 0x8c]);
		expect(at(1190, 10)).toEqual([0xf6, 0xf7, 0xfb]);
		let title = 0;
		for (let i = 0; i < raw.length; i += 3) if (raw[i] === 0x10 && raw[i + 1] === 0x23 && raw[i + 2] === 0x3f) title++;
		expect(title).toBeGreaterThan(1000);
	});

	test('a colour that is not #rrggbb is refused', async () => {
		await expect(renderPng({ ...oneLine('議事'), background: 'red' })).rejects.toThrow(/#rrggbb/);
	});
});

describe('cardSpec', () => {
	test('keeps minutes text as text: nothing is escaped or read as markup', () => {
		const spec = cardSpec({ series: '<script>alert(1)</script>', session: '第1回', title: 'A & B <b>"x"</b>', date: '2023年2月1日', footer: 'archive' });
		expect(spec.lines.map((line) => line.text)).toEqual(['<script>alert(1)</script> 第1回', 'A & B <b>"x"</b>', '2023年2月1日', 'archive']);
	});

	test('wraps long titles into at most three lines and marks the cut', () => {
		const lines = wrapText('サイバーセキュリティタスクフォース（第42回）議事要旨'.repeat(3), 18, 3);
		expect(lines).toHaveLength(3);
		expect(lines[2]?.endsWith('…')).toBe(true);
		expect(wrapText('短い題', 18, 3)).toEqual(['短い題']);
		expect(cardSpec({ ...card, title: 'サイバーセキュリティタスクフォース（第42回）議事要旨'.repeat(3) }).lines.filter((line) => line.size === 58)).toHaveLength(3);
	});
});

describe('renderCardCached', () => {
	test('renders a 1200×630 PNG and reuses it the second time', async () => {
		const first = await renderCardCached(card, join(cacheDir, 'png'));
		const meta = await sharp(first.png).metadata();
		expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', ...cardSize });
		expect(first.cached).toBe(false);
		const second = await renderCardCached(card, join(cacheDir, 'png'));
		expect(second.cached).toBe(true);
		expect(second.png.equals(first.png)).toBe(true);
		const changed = await renderCardCached({ ...card, date: '2023年2月2日' }, join(cacheDir, 'png'));
		expect(changed.cached).toBe(false);
	});
});
