/**
 * A worker thread that indexes one part (`index-part.ts`) with a Pagefind service of its own, so that
 * `build.ts` can index parts side by side on several cores. Worker data: `{ pages, outputPath }`; it posts
 * `{ added: n }` as pages go in and ends when the part is written (an error fails the worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexPart, type PartFile } from './index-part.ts';

const { pages, outputPath } = workerData as { pages: PartFile[]; outputPath: string };
await indexPart(pages, outputPath, (count) => parentPort?.postMessage({ added: count }));
