/**
 * Text seeds decoded, parsed and serialized on worker threads (`convert-worker.ts`), so that a folder of
 * many seeds is converted on every core: the converter's loop (convert.ts) reads the seeds a few ahead and
 * hands each one to the pool, then takes the results in the folder's order, so the report, the duplicate
 * checks and the written files are those of a conversion on one thread. Each worker parses with
 * `parseDocuments` (src/parser/index.ts) and the run's series slugs and official links.
 */
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../parser/types.ts';
import type { OfficialLinks } from './official-links.ts';

/** A text seed to convert: its bytes, its file name (as the diagnostics name it) and the bytes' hash. */
export interface SeedJob {
	bytes: Uint8Array;
	name: string;
	hash: string;
}

/** What a seed became: one output per meeting it holds (none when it failed), its diagnostics and its summary line. */
export interface ConvertedSeed {
	/** `partial`: the meeting as a search of the NDL's speech endpoint gave it, only some of its speeches (its `ndl-partial` warning). */
	outputs: { entryId: string; mdx: string; partial?: boolean }[];
	diagnostics: Diagnostic[];
	summary: string;
}

/** What every job of a run shares. */
export interface PoolContext {
	seriesSlugs: Readonly<Record<string, string>>;
	officialLinks: OfficialLinks;
}

/** A job's answer from a worker. */
interface Answer {
	id: number;
	result: ConvertedSeed;
}

/** One worker and the jobs it was given that it has not answered yet. */
interface Slot {
	worker: Worker;
	waiting: Map<number, { resolve: (result: ConvertedSeed) => void; reject: (error: Error) => void }>;
	alive: boolean;
}

/** A pool of `size` converter workers; `close()` ends them. */
export class ConvertPool {
	readonly #slots: Slot[];
	#next = 0;

	constructor(size: number, context: PoolContext) {
		this.#slots = Array.from({ length: Math.max(1, size) }, () => {
			const worker = new Worker(new URL('./convert-worker.ts', import.meta.url), { workerData: context });
			const slot: Slot = { worker, waiting: new Map(), alive: true };
			worker.on('message', ({ id, result }: Answer) => {
				slot.waiting.get(id)?.resolve(result);
				slot.waiting.delete(id);
			});
			const fail = (error: Error): void => {
				slot.alive = false;
				for (const { reject } of slot.waiting.values()) reject(error);
				slot.waiting.clear();
			};
			worker.on('error', fail);
			worker.on('exit', (code) => fail(new Error(`a converter worker stopped (exit code ${code})`)));
			return slot;
		});
	}

	/** Convert one seed on the least busy worker; rejects when that worker fails (the caller converts it itself). */
	convert(job: SeedJob): Promise<ConvertedSeed> {
		const alive = this.#slots.filter((slot) => slot.alive);
		if (alive.length === 0) return Promise.reject(new Error('no converter worker is running'));
		const slot = alive.reduce((best, candidate) => (candidate.waiting.size < best.waiting.size ? candidate : best));
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			slot.waiting.set(id, { resolve, reject });
			slot.worker.postMessage({ id, job });
		});
	}

	/** End every worker (jobs not answered yet are rejected). */
	async close(): Promise<void> {
		await Promise.all(
			this.#slots.map(async (slot) => {
				slot.alive = false;
				await slot.worker.terminate();
			}),
		);
	}
}
