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

	test('rejects a part size that is not a whole number ≥ 1', () => {
		expect(() => cutParts(pages(3), 0)).toThrow(/part size/);
		expect(() => cutParts(pages(3), 1.5)).toThrow(/part size/);
	});
});
