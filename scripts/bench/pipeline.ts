/**
 * The project's build pipeline as separate measured child processes, with the env contract:
 * convert (`scripts/convert.ts`) → `astro build --outDir` → Pagefind (`scripts/index.ts --site`).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuildEnv } from '../astro-env.ts';
import { meetingsDir } from '../../src/site/config.ts';
import { runMeasured, type Measured } from './process-tree.ts';

/** The project root (where package.json lives). */
export const ROOT = new URL('../../', import.meta.url).pathname;

/** Folders of one benchmark build. `cacheDir` is Astro's cache (data store), kept between a cold and an incremental build, with the run's social cards (`cards/`) and index parts (`pagefind/`) inside. */
export interface PipelineDirs {
	seedsDir: string;
	contentDir: string;
	distDir: string;
	cacheDir: string;
}

/** One measured stage. */
export interface StageResult extends Measured {
	stage: 'convert' | 'build' | 'index';
}

/** Options shared by every stage. */
export interface PipelineOptions {
	nice?: number;
	/** Print the children's output with a `[stage] ` prefix. */
	verbose?: boolean;
}

/** Environment of the stages: the caller's (as `astro build` gets it, scripts/astro-env.ts) plus the contract variables (site at `/`), and the run's own card cache, so that a cold build renders every card whatever earlier runs left in the project's `.cache/cards`. */
export function pipelineEnv(dirs: PipelineDirs): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...astroBuildEnv(process.env), SEEDS_DIR: dirs.seedsDir, CONTENT_DIR: dirs.contentDir, BASE_PATH: '/', BENCH_CACHE_DIR: dirs.cacheDir, CARD_CACHE_DIR: join(dirs.cacheDir, 'cards') };
	delete env['SITE_URL'];
	return env;
}

/** The three commands, each run with the Node that runs this script (Node 24 under `npm run`). */
function commands(dirs: PipelineDirs): { stage: StageResult['stage']; args: string[] }[] {
	return [
		{ stage: 'convert', args: [join(ROOT, 'scripts/convert.ts'), '--seeds', dirs.seedsDir, '--out', meetingsDir(dirs.contentDir)] },
		// The project's astro.config.mjs, with only Astro's cache folder moved out of the shared node_modules/.astro.
		{ stage: 'build', args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'scripts/bench/astro.config.mjs', '--outDir', dirs.distDir] },
		{ stage: 'index', args: [join(ROOT, 'scripts/index.ts'), '--site', dirs.distDir, '--cache', join(dirs.cacheDir, 'pagefind')] },
	];
}

/** Run one stage alone (e.g. `build` again over the same content); throws (with the output's tail) when it fails. */
export async function runStage(stage: StageResult['stage'], dirs: PipelineDirs, options: PipelineOptions = {}): Promise<StageResult> {
	const command = commands(dirs).find((entry) => entry.stage === stage);
	if (!command) throw new Error(`no stage ${stage}`);
	const measured = await runMeasured(process.execPath, command.args, { cwd: ROOT, env: pipelineEnv(dirs), nice: options.nice ?? 0, ...(options.verbose ? { echo: `[${stage}] ` } : {}) });
	if (measured.code !== 0) throw new Error(`${stage} exited with ${measured.code}:\n${measured.output.slice(-4000)}`);
	return { stage, ...measured };
}

/** Run convert → build → index; throws (with the output's tail) when a stage fails. */
export async function runPipeline(dirs: PipelineDirs, options: PipelineOptions = {}): Promise<StageResult[]> {
	const results: StageResult[] = [];
	for (const { stage } of commands(dirs)) results.push(await runStage(stage, dirs, options));
	return results;
}

/** `converted N files (U unchanged), E errors, W warnings` read from the converter's output. */
export function convertSummary(output: string): { converted: number; errors: number; warnings: number } | null {
	const match = /converted (\d+) files? \(\d+ unchanged\), (\d+) errors?, (\d+) warnings?/.exec(output);
	return match ? { converted: Number(match[1]), errors: Number(match[2]), warnings: Number(match[3]) } : null;
}

/** Total size in bytes of the files under `dir` (0 when it does not exist). */
export async function directoryBytes(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
	let total = 0;
	for (const entry of entries) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	return total;
}
