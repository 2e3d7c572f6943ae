/**
 * Comparing sites search by search (scripts/bench/search-sites.ts): the order in which the sites are visited
 * turns with every query, and each site's cold times are set against the first site's on the same turn.
 */

/**
 * The order in which `count` sites are visited on turn `turn` (one turn per round and query): the list rotated
 * by the turn, so that each site comes first, second, … equally often. Visited always second, a site ran about
 * 18 ms slower in paired runs of the same two sites in both orders.
 */
export function visitOrder(count: number, turn: number): number[] {
	return Array.from({ length: count }, (_, index) => (index + turn) % count);
}

/** Run `tasks` one after another in `visitOrder` for `turn`; their results in the tasks' own order. */
export async function inTurns<T>(tasks: readonly (() => Promise<T>)[], turn: number): Promise<T[]> {
	const results = new Map<number, T>();
	for (const index of visitOrder(tasks.length, turn)) results.set(index, await (tasks[index] as () => Promise<T>)());
	return tasks.map((_, index) => results.get(index) as T);
}

/** The median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return Number.NaN;
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A site against the first one over the turns where both found a result: the median difference (ms, negative is faster) and how often it was faster. */
export interface Paired {
	turns: number;
	medianDifference: number;
	faster: number;
}

/** `times[site][turn]`: cold ms to the first result, null where none came. Returns one comparison per site after the first. */
export function pairedAgainstFirst(times: readonly (readonly (number | null)[])[]): Paired[] {
	const [first = [], ...others] = times;
	return others.map((site) => {
		const differences: number[] = [];
		site.forEach((time, turn) => {
			const reference = first[turn];
			if (time !== null && time !== undefined && reference !== null && reference !== undefined) differences.push(time - reference);
		});
		return { turns: differences.length, medianDifference: median(differences), faster: differences.filter((difference) => difference < 0).length };
	});
}
