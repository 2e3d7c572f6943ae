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
		for (const n of [1, 2, 5, 249, 250, 999, 1000, 1001, 1150, 1999, 2000, 2001, 10_000, 10_001]) {
			const { parts, first } = cutParts(pages(n), 1000);
			expect(first).toBeGreaterThanOrEqual(1);
			expect(first).toBeLessThanOrEqual(parts.length);
			const flat = parts.flat();
			expect(flat.length, `n=${n}`).toBe(n);
			expect(new Set(flat.map((page) => page.url)).size).toBe(n);
			const dates = [...parts].reverse().flat().map((page) => page.date);
			expect(dates).toEqual([...dates].sort());
			for (const part of parts) expect(part.length).toBeLessThanOrEqual(1000);
		}
	});

	test('the newest parts are tiny, then small; older parts are full', () => {
		const lengths = (n: number, size = 1000) => cutParts(pages(n), size).parts.map((part) => part.length);
		expect(lengths(10_000)).toEqual([250, 250, 250, 250, ...Array(9).fill(1000)]);
		expect(lengths(1001)).toEqual([1, 250, 250, 250, 250]);
		// After the last complete small part, tiny parts of a sixteenth, the newest unfinished: the first search merges them all.
		expect(lengths(1150)).toEqual([26, 62, 62, 250, 250, 250, 250]);
		expect(cutParts(pages(1150), 1000).first).toBe(3);
		expect(lengths(1999)).toEqual([1, 62, 62, 62, 62, ...Array(7).fill(250)]);
		expect(cutParts(pages(1999), 1000).first).toBe(5);
		// Nothing after the last small part: the newest part alone is searched first.
		expect(cutParts(pages(10_000), 1000).first).toBe(1);
		expect(lengths(3)).toEqual([3]);
		expect(lengths(5, 2)).toEqual([1, 1, 1, 2]);
	});

	test('adding a newer page re-indexes the newest tiny part, a small part once per small part of pages and a full part once per full part', () => {
		const closed = { small: 0, full: 0 };
		let reindexed = 0;
		let before = new Set(urls(cutParts(pages(1), 1000).parts));
		for (let n = 2; n <= 3000; n++) {
			const { parts } = cutParts(pages(n), 1000);
			const after = urls(parts);
			const changed = after.filter((part) => !before.has(part)).map((part) => part.split(',').length);
			expect(changed.length, `n=${n}`).toBeLessThanOrEqual(2);
			for (const length of changed) {
				reindexed += length;
				if (length === 1000) closed.full++;
				else if (length === 250) closed.small++;
				else expect(length, `n=${n}`).toBeLessThanOrEqual(62);
			}
			// The newest part is always new (it holds the page just added).
			expect(before.has(after[0]!), `n=${n}`).toBe(false);
			before = new Set(after);
		}
		expect(closed).toEqual({ full: 2, small: 12 });
		// About a sixteenth of a full part's pages, on average, per page added (a quarter part's, before the tiny parts).
		expect(reindexed / 2999).toBeLessThan(35);
	});

	test('heavier pages fill a part sooner: parts are cut by weight', () => {
		const heavy = pages(2000).map((page) => ({ ...page, weight: 4 }));
		const { parts, first } = cutParts(heavy, 1000);
		// 8,000 of weight: seven full parts of 250 pages (1,000 each) while 1,000 or more remains after them, the newest 250 pages in
		// small parts of 63 (≥ 250) while one is complete, the last 61 in tiny parts of 16 (≥ 62).
		expect(parts.map((part) => part.length)).toEqual([13, 16, 16, 16, 63, 63, 63, ...Array(7).fill(250)]);
		expect(first).toBe(4);
		for (const part of parts.slice(7)) expect(part.reduce((sum, page) => sum + (page.weight ?? 1), 0)).toBe(1000);
		// A page heavier than a part is a part of its own.
		const mixed = pages(4).map((page, index) => ({ ...page, weight: index === 0 ? 5000 : 1 }));
		expect(cutParts(mixed, 1000).parts.flat()).toHaveLength(4);
		const heavyPages = (n: number) => pages(n).map((page) => ({ ...page, weight: 4 }));
		// Adding a page changes the newest part only, but when a full part closes, the parts after it are cut anew (once per full part).
		const fullParts = (n: number) => cutParts(heavyPages(n), 1000).parts.filter((part) => part.length === 250).length;
		let before = new Set(urls(cutParts(heavyPages(1), 1000).parts));
		let recut = 0;
		for (let n = 2; n <= 1200; n++) {
			const after = urls(cutParts(heavyPages(n), 1000).parts);
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
