import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cardSize, cardSvg, renderCardCached, wrapText } from '../../src/cards/card.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'cards-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Raw greyscale pixels of `text` rendered in a child process with the given font setup. */
function glyphPixels(mode: 'project' | 'none', text: string): Buffer {
	const out = execFileSync(process.execPath, ['tests/cards/render-child.ts', mode, cacheDir, text], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	return Buffer.from(out, 'base64');
}

const inked = (pixels: Buffer): number => pixels.filter((value) => value < 128).length;

describe('social card text', () => {
	test('with the project font, different kanji render as different glyphs', () => {
		const a = glyphPixels('project', '議事');
		const b = glyphPixels('project', '要旨');
		expect(inked(a)).toBeGreaterThan(300);
		expect(a.equals(b)).toBe(false);
	});

	test('without any font the same kanji are indistinguishable boxes, so the font is what makes them readable', () => {
		const a = glyphPixels('none', '議事');
		const b = glyphPixels('none', '要旨');
		expect(a.equals(b)).toBe(true);
		expect(glyphPixels('project', '議事').equals(a)).toBe(false);
	});
});

describe('cardSvg', () => {
	test('escapes minutes text instead of letting it become markup', () => {
		const svg = cardSvg({ series: '<script>alert(1)</script>', session: '第1回', title: 'A & B <b>"x"</b>', date: '2023年2月1日', footer: 'archive' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).toContain('A &amp; B &lt;b&gt;');
	});

	test('wraps long titles into at most three lines and marks the cut', () => {
		const lines = wrapText('サイバーセキュリティタスクフォース（第42回）議事要旨'.repeat(3), 18, 3);
		expect(lines).toHaveLength(3);
		expect(lines[2]?.endsWith('…')).toBe(true);
		expect(wrapText('短い題', 18, 3)).toEqual(['短い題']);
	});
});

describe('renderCardCached', () => {
	const card = { series: 'サイバーセキュリティタスクフォース', session: '第42回', title: 'サイバーセキュリティタスクフォース（第42回）議事要旨', date: '2023年2月1日', footer: 'archive' };

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
