import { describe, expect, test } from 'vitest';
import { inTurns, median, pairedAgainstFirst, visitOrder } from '../../scripts/bench/site-pairs.ts';

describe('visitOrder', () => {
	test('each site comes first, second, … equally often over as many turns as there are sites', () => {
		for (const count of [1, 2, 3, 5]) {
			const turns = Array.from({ length: count }, (_, turn) => visitOrder(count, turn));
			for (const order of turns) expect([...order].sort()).toEqual(Array.from({ length: count }, (_, index) => index));
			for (let position = 0; position < count; position++) expect(new Set(turns.map((order) => order[position])).size).toBe(count);
		}
		expect([0, 1, 2, 3].map((turn) => visitOrder(2, turn))).toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]);
	});
});

describe('pairedAgainstFirst', () => {
	test('compares each site with the first on the same turn, leaving out turns where either found nothing', () => {
		const first = [400, 500, null, 450];
		const second = [380, 520, 300, 400];
		const third = [410, null, 200, 460];
		expect(pairedAgainstFirst([first, second, third])).toEqual([
			{ turns: 3, medianDifference: -20, faster: 2 },
			{ turns: 2, medianDifference: 10, faster: 0 },
		]);
	});

	test('one site alone has nothing to compare', () => {
		expect(pairedAgainstFirst([[300, 400]])).toEqual([]);
		expect(median([])).toBeNaN();
		expect(median([3, 1, 2, 10])).toBe(2.5);
	});
});

describe('inTurns', () => {
	test('runs the tasks one at a time in the turn’s order and gives their results in the tasks’ order', async () => {
		for (const [turn, expected] of [[0, ['a', 'b', 'c']], [1, ['b', 'c', 'a']], [2, ['c', 'a', 'b']]] as const) {
			const ran: string[] = [];
			let running = 0;
			const task = (name: string) => async () => {
				running++;
				expect(running).toBe(1);
				ran.push(name);
				await new Promise((resolve) => setTimeout(resolve, 1));
				running--;
				return name.toUpperCase();
			};
			expect(await inTurns([task('a'), task('b'), task('c')], turn)).toEqual(['A', 'B', 'C']);
			expect(ran).toEqual(expected);
		}
	});
});
