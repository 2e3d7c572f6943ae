import { describe, expect, test } from 'vitest';
import { cutIndexParts, cutParts, type PartPage } from '../../src/search/index/parts.ts';

/** `n` pages, one per day from 2001-01-01, in a shuffled order. */
function pages(n: number): PartPage[] {
	const list = Array.from({ length: n }, (_, i) => ({ url: `/meetings/m-${String(i).padStart(5, '0')}/`, date: new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10), hash: `h${i}` }));
	return list.map((page, i) => list[(i * 7919) % n] ?? page);
}

const urls = (parts: PartPage[][]) => parts.map((part) => part.map((page) => page.url).join(','));

describe('cutParts', () => {
	test('every page is in exactly one part, parts newest first, pages oldest first within a part', () => {
		for (const n of [1, 2, 5, 249, 250, 999, 1000, 1001, 2000, 2001, 10_000, 10_001]) {
			const parts = cutParts(pages(n), 1000);
			const flat = parts.flat();
			expect(flat.length, `n=${n}`).toBe(n);
			expect(new Set(flat.map((page) => page.url)).size).toBe(n);
			const dates = [...parts].reverse().flat().map((page) => page.date);
			expect(dates).toEqual([...dates].sort());
			for (const part of parts) expect(part.length).toBeLessThanOrEqual(1000);
		}
	});

	test('the newest part is small; older parts are full', () => {
		expect(cutParts(pages(10_000), 1000).map((part) => part.length)).toEqual([250, 250, 250, 250, ...Array(9).fill(1000)]);
		expect(cutParts(pages(1001), 1000).map((part) => part.length)).toEqual([1, 250, 250, 250, 250]);
		expect(cutParts(pages(3), 1000).map((part) => part.length)).toEqual([3]);
		expect(cutParts(pages(5), 2).map((part) => part.length)).toEqual([1, 1, 1, 2]);
	});

	test('under a whole quarter, the newest pages are in sixteenths: the newest group the search page loads at once', () => {
		const sizes = (n: number) => cutParts(pages(n), 1000).map((part) => part.length);
		expect(sizes(249)).toEqual([1, 62, 62, 62, 62]);
		expect(cutIndexParts(pages(249), 1000).newest).toBe(5);
		expect(sizes(250)).toEqual([250]);
		expect(cutIndexParts(pages(250), 1000).newest).toBe(1);
		expect(sizes(1249)).toEqual([1, 62, 62, 62, 62, 250, 250, 250, 250]);
		expect(cutIndexParts(pages(1249), 1000).newest).toBe(5);
		expect(sizes(1250)).toEqual([250, 250, 250, 250, 250]);
		// The newest group covers the same pages as the single newest part did before: less than a quarter, or the last whole quarter.
		for (const n of [1, 61, 62, 63, 200, 1001, 1187, 1999, 2000, 2001, 9999]) {
			const { parts, newest } = cutIndexParts(pages(n), 1000);
			const group = parts.slice(0, newest).flat().length;
			expect(group, `n=${n}`).toBeGreaterThan(0);
			expect(group, `n=${n}`).toBeLessThanOrEqual(250);
			for (const part of parts.slice(0, newest)) expect(part.length, `n=${n}`).toBeLessThanOrEqual(newest === 1 ? 250 : 62);
		}
	});

	test('adding a newer page re-indexes at most a sixteenth, except once per quarter and once per full part', () => {
		const events: string[] = [];
		let before = new Set(urls(cutParts(pages(1), 1000)));
		for (let n = 2; n <= 3000; n++) {
			const after = urls(cutParts(pages(n), 1000));
			// The pages in parts that are new (indexed by this run): the newest sixteenth, or a quarter that closed, with a full part when one closed.
			const changed = after.filter((part) => !before.has(part)).map((part) => part.split(',').length);
			expect(changed.length, `n=${n}`).toBeGreaterThan(0);
			if (changed.some((size) => size > 62)) events.push(`${n}:${changed.join('+')}`);
			before = new Set(after);
		}
		expect(events).toEqual(['250:250', '500:250', '750:250', '1000:250', '1250:250', '1500:250', '1750:250', '2000:250+1000', '2250:250', '2500:250', '2750:250', '3000:250+1000']);
	});

	test('heavier pages fill a part sooner: parts are cut by weight', () => {
		const heavy = pages(2000).map((page) => ({ ...page, weight: 4 }));
		const parts = cutParts(heavy, 1000);
		// 8,000 of weight: seven full parts of 250 pages (1,000 each) while 1,000 or more remains after them, the newest 250 pages in quarters of 63 (≥ 250)
		// while a whole quarter remains, and the last 61 (244 of weight) in sixteenths of 16 (≥ 62).
		expect(parts.map((part) => part.length)).toEqual([13, 16, 16, 16, 63, 63, 63, ...Array(7).fill(250)]);
		for (const part of parts.slice(7)) expect(part.reduce((sum, page) => sum + (page.weight ?? 1), 0)).toBe(1000);
		// A page heavier than a part is a part of its own.
		const mixed = pages(4).map((page, index) => ({ ...page, weight: index === 0 ? 5000 : 1 }));
		expect(cutParts(mixed, 1000).flat()).toHaveLength(4);
		const heavyPages = (n: number) => pages(n).map((page) => ({ ...page, weight: 4 }));
		// Adding a page changes the newest part only, but when a full part closes, the small parts after it are cut anew (once per full part).
		const fullParts = (n: number) => cutParts(heavyPages(n), 1000).filter((part) => part.length === 250).length;
		let before = new Set(urls(cutParts(heavyPages(1), 1000)));
		let recut = 0;
		for (let n = 2; n <= 1200; n++) {
			const after = urls(cutParts(heavyPages(n), 1000));
			const changed = after.filter((part) => !before.has(part)).length;
			if (changed > 1) {
				recut++;
				expect(fullParts(n), `n=${n}`).toBe(fullParts(n - 1) + 1);
			}
			before = new Set(after);
		}
		expect(recut).toBe(fullParts(1200));
	});

	test('rejects a part size that is not a whole number ≥ 1', () => {
		expect(() => cutParts(pages(3), 0)).toThrow(/part size/);
		expect(() => cutParts(pages(3), 1.5)).toThrow(/part size/);
	});
});
