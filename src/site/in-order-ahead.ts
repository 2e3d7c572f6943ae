/**
 * Passes over many files (the meetings' files, the built pages) that wait for the disk: a pass that awaits
 * each read in turn leaves the build idle between them, so the reads are started a few items ahead of the
 * one being used, and memory holds only those few.
 */

/**
 * `work` for each of `items` in order, started up to `ahead` items before the one being taken, so that their
 * waits overlap; the results come in order, and the first failure (in order) is thrown when its item is taken.
 */
export async function* inOrderAhead<T, R>(items: readonly T[], ahead: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
	const started = new Map<number, Promise<R>>();
	const start = (index: number): void => {
		if (index >= items.length || started.has(index)) return;
		const result = work(items[index]!);
		result.catch(() => {}); // seen when its item is taken; one never taken (the pass stopped) is dropped
		started.set(index, result);
	};
	for (let index = 0; index < items.length; index++) {
		for (let next = index; next <= index + ahead; next++) start(next);
		const result = started.get(index)!;
		started.delete(index);
		yield await result;
	}
}
