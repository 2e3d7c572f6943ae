import { describe, expect, test } from 'vitest';
import { cutParts, type PartPage } from '../../src/search/index/parts.ts';

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

	test('adding a newer page changes only the newest part, except once per full part', () => {
		let rebuilt = 0;
		let before = new Set(urls(cutParts(pages(1), 1000)));
		for (let n = 2; n <= 3000; n++) {
			const after = urls(cutParts(pages(n), 1000));
			const changed = after.filter((part) => !before.has(part));
			// The newest part always changes; another part only when a full part closes (its 1,000 pages are new as a whole).
			expect(changed.length, `n=${n}`).toBeLessThanOrEqual(2);
			if (changed.length === 2) {
				rebuilt++;
				expect(changed.some((part) => part.split(',').length === 1000)).toBe(true);
			}
			before = new Set(after);
		}
		expect(rebuilt).toBe(2);
	});

	test('heavier pages fill a part sooner: parts are cut by weight', () => {
		const heavy = pages(2000).map((page) => ({ ...page, weight: 4 }));
		const parts = cutParts(heavy, 1000);
		// 8,000 of weight: seven full parts of 250 pages (1,000 each) while 1,000 or more remains after them, the newest 250 pages in parts of 63 (≥ 250).
		expect(parts.map((part) => part.length)).toEqual([61, 63, 63, 63, ...Array(7).fill(250)]);
		for (const part of parts.slice(4)) expect(part.reduce((sum, page) => sum + (page.weight ?? 1), 0)).toBe(1000);
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
