import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MIN_CARDS, startCardsAhead } from '../../src/cards/ahead.ts';
import { cardDrawing, cardFile, cardSpec, renderCardCached, renderPng, type CardText } from '../../src/cards/card.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'cards-ahead-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const card = (n: number): CardText => ({ series: 'サイバーセキュリティタスクフォース', session: `第${n}回`, title: `第${n}回会合 議事要旨`, date: '2023年2月1日（令和5年2月1日）', footer: 'archive' });
const cards = Array.from({ length: MIN_CARDS + 4 }, (_, i) => card(i + 1));
const job = (text: CardText) => {
	const spec = cardSpec(text);
	return { spec, file: cardFile(spec, cacheDir) };
};

async function until(condition: () => boolean, ms = 30_000): Promise<void> {
	const end = Date.now() + ms;
	while (!condition()) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('cards drawn ahead', () => {
	test('a few missing cards (a meeting added) are left to their pages: no thread starts', async () => {
		const few = Array.from({ length: MIN_CARDS - 1 }, (_, i) => card(100 + i));
		await startCardsAhead(few.map(job), cacheDir, cardDrawing);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(few.filter((text) => existsSync(job(text).file))).toEqual([]);
	});

	test('a thread draws the cards into the cache without being asked for them, past one it cannot draw, the same bytes the page would draw, and each card page gets its card', async () => {
		// First a card the drawing refuses (a colour that is no #rrggbb): the thread fails on it, leaves no file for it, and goes on to the others.
		const broken = { spec: { ...cardSpec(card(0)), background: 'red' }, file: join(cacheDir, 'broken.png') };
		await startCardsAhead([broken, ...cards.map(job)], cacheDir, cardDrawing);
		// The last card's page comes before the thread has reached it: the page claims it and draws it itself.
		const last = cards.at(-1) as CardText;
		const claimed = await renderCardCached(last, cacheDir);
		expect(claimed.cached).toBe(false);
		expect(claimed.png.equals(await renderPng(cardSpec(last)))).toBe(true);
		await until(() => cards.every((text) => existsSync(job(text).file)));
		for (const text of cards) expect(readFileSync(job(text).file).equals(await renderPng(cardSpec(text)))).toBe(true);
		const pages = await Promise.all(cards.map((text) => renderCardCached(text, cacheDir)));
		for (const [i, page] of pages.entries()) expect(page.png.equals(readFileSync(job(cards[i] as CardText).file))).toBe(true);
		expect(pages.every((page) => page.cached)).toBe(true);
		expect([existsSync(broken.file), existsSync(`${broken.file}.ahead`)]).toEqual([false, false]);
	});

	test('a card the thread does not hold is drawn by its page', async () => {
		const other = card(99);
		const { png, cached } = await renderCardCached(other, cacheDir);
		expect(cached).toBe(false);
		expect(png.equals(await renderPng(cardSpec(other)))).toBe(true);
	});
});
