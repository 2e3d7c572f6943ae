/** A small seeded pseudo-random number generator (mulberry32) and the draws the generator needs. */

/** A deterministic source of numbers in [0, 1) with helpers for integers, picks and shuffles. */
export interface Random {
	next: () => number;
	/** Integer in [min, max] (both inclusive). */
	int: (min: number, max: number) => number;
	/** One element of a non-empty array. */
	pick: <T>(items: readonly T[]) => T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle: <T>(items: readonly T[]) => T[];
	/** `count` distinct elements (or all of them when there are fewer). */
	sample: <T>(items: readonly T[], count: number) => T[];
}

/** 32-bit hash of a string and numbers (FNV-1a), for deriving independent seeds. */
export function hashSeed(...parts: (string | number)[]): number {
	let hash = 0x811c9dc5;
	for (const char of parts.join('\u0000')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** Make a `Random` from a 32-bit seed (mulberry32: same seed, same sequence, on every platform). */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('cannot pick from an empty list');
		return items[int(0, items.length - 1)] as T;
	};
	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = int(0, i);
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy;
	};
	const sample = <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, count);
	return { next, int, pick, shuffle, sample };
}
