import { describe, expect, test } from 'vitest';
import { inOrderAhead } from '../../src/site/in-order-ahead.ts';

describe('inOrderAhead', () => {
	/** Work whose calls are recorded and which each settle when the test says so. */
	function controlled() {
		const calls: number[] = [];
		const settle = new Map<number, { resolve: (value: string) => void; reject: (error: Error) => void }>();
		const work = (item: number) =>
			new Promise<string>((resolve, reject) => {
				calls.push(item);
				settle.set(item, { resolve, reject });
			});
		return { calls, settle, work };
	}

	test('results come in order while up to `ahead` later items are already started', async () => {
		const { calls, settle, work } = controlled();
		const items = Array.from({ length: 10 }, (_, i) => i);
		const results = inOrderAhead(items, 3, work);
		const first = results.next();
		expect(calls).toEqual([0, 1, 2, 3]);
		// Later items finishing first change nothing about the order.
		for (const item of [3, 2, 1, 0]) settle.get(item)!.resolve(`r${item}`);
		expect(await first).toEqual({ done: false, value: 'r0' });
		const second = results.next();
		expect(calls).toEqual([0, 1, 2, 3, 4]);
		expect(await second).toEqual({ done: false, value: 'r1' });
		const rest: string[] = [];
		const drain = (async () => {
			for await (const result of results) rest.push(result);
		})();
		// Settle each item once it is started, newest first, until the pass ends.
		const settled = new Set([0, 1, 2, 3]);
		let finished = false;
		void drain.then(() => (finished = true));
		while (!finished) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			expect(calls.length - rest.length).toBeLessThanOrEqual(2 + 3 + 1);
			for (const item of [...calls].reverse()) if (!settled.has(item)) settled.add(item), settle.get(item)!.resolve(`r${item}`);
		}
		await drain;
		expect(rest).toEqual(['r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
		expect(calls).toEqual(items);
	});

	test('a failure is thrown when its item is taken, after the results before it, even if a later item failed first', async () => {
		const { settle, work } = controlled();
		const taken: string[] = [];
		const pass = (async () => {
			for await (const result of inOrderAhead([0, 1, 2, 3], 2, work)) taken.push(result);
		})();
		settle.get(2)!.reject(new Error('item 2'));
		settle.get(1)!.reject(new Error('item 1'));
		settle.get(0)!.resolve('r0');
		await expect(pass).rejects.toThrow('item 1');
		expect(taken).toEqual(['r0']);
	});
});
