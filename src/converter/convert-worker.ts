/**
 * A worker thread of the converter's pool (convert-pool.ts): decodes, parses (`parseDocuments`) and
 * serializes the text seeds it is sent, with the run's series slugs and official links (worker data).
 * Messages in: `{ id, job }`; out: `{ id, result }`, in the order the jobs came.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocuments } from '../parser/index.ts';
import { convertTextSeed } from './convert.ts';
import type { PoolContext, SeedJob } from './convert-pool.ts';

/** A copy of `record` without a prototype, as the slugs and links are made (a seed or series called `constructor` is just a name); a structured clone gives plain objects. */
const bare = <T>(record: Readonly<Record<string, T>>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, record);

const context = workerData as PoolContext;
const seriesSlugs = bare(context.seriesSlugs);
const officialLinks = { ...context.officialLinks, seeds: bare(context.officialLinks.seeds), series: bare(context.officialLinks.series) };

parentPort?.on('message', ({ id, job }: { id: number; job: SeedJob }) => {
	parentPort?.postMessage({ id, result: convertTextSeed(job.bytes, job.name, job.hash, parseDocuments, seriesSlugs, officialLinks) });
});
