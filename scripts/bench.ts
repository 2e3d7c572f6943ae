/**
 * `npm run bench [-- --meetings N --layout summary|verbatim --editorial N --seed S --nice K --keep --verbose --no-browser --no-hugo]`:
 * build a deterministic synthetic archive of N meetings from the real seeds (議事要旨 like the seeds,
 * or the Diet's and assemblies' verbatim 会議録) and measure the project's pipeline (convert → astro
 * build → Pagefind), an incremental rebuild after adding one seed, the search page in headless
 * Chromium (cold and warm), a Hugo + Pagefind reference, and with `--editorial N` astro build without
 * and with N hand-written MDX files. Prints tables, a pass/fail summary against the targets, and one
 * final JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { japaneseFontPackage, japaneseFonts, launchBrowser, type BrowserSession } from '../tests/e2e/browser.ts';
import { readEntries } from '../src/converter/content.ts';
import { meetingsDir } from '../src/site/config.ts';
import { generateSeeds, loadSeedPool, writeSeeds } from './bench/generate.ts';
import { buildHugoReference, hugoVersion, writeHugoSite } from './bench/hugo.ts';
import { EDITORIAL_ROUNDS, EDITORIAL_TOLERANCE, editorialFiles, editorialVerdict, measureEditorial, type EditorialRun } from './bench/editorial.ts';
import { parseBenchOptions, USAGE } from './bench/options.ts';
import { convertSummary, directoryBytes, ROOT, runPipeline, type PipelineDirs, type StageResult } from './bench/pipeline.ts';
import { installTimingProbe, QUERIES, searchOnce, type SearchOutcome } from './bench/search-page.ts';
import { serveDist } from './bench/serve.ts';
import { writeFloorSite } from './bench/floor.ts';
import { inTurns, median } from './bench/site-pairs.ts';

const options = parseBenchOptions(process.argv.slice(2));
if (options === 'help') {
	console.log(USAGE);
	process.exit(0);
}
if (typeof options === 'string') {
	console.error(`bench: ${options}\n${USAGE}`);
	process.exit(2);
}
const { meetings, seed, nice, layout, editorial } = options;

/** Targets of the scale issue. */
const TARGET = { peakBytes: 6 * 1024 ** 3, hugoFallbackSeconds: 40, incrementalFraction: 0.1, queryMs: 300, queryBytes: 500 * 1024, atMeetings: 10_000 } as const;

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
const sec = (seconds: number) => Math.round(seconds * 10) / 10;
const pad = (text: string | number, width: number) => String(text).padStart(width);

/** Print the stages of one pipeline run as a table; returns the totals. */
function printStages(title: string, stages: StageResult[]): { seconds: number; peak: number } {
	console.log(`\n${title}`);
	console.log(`  ${'stage'.padEnd(8)} ${pad('seconds', 8)} ${pad('peak RSS MB', 12)}`);
	for (const stage of stages) console.log(`  ${stage.stage.padEnd(8)} ${pad(sec(stage.seconds), 8)} ${pad(mb(stage.peakRssBytes), 12)}`);
	const seconds = stages.reduce((sum, stage) => sum + stage.seconds, 0);
	const peak = Math.max(...stages.map((stage) => stage.peakRssBytes));
	console.log(`  ${'total'.padEnd(8)} ${pad(sec(seconds), 8)} ${pad(mb(peak), 12)}`);
	return { seconds, peak };
}

const stageSeconds = (stages: StageResult[], name: StageResult['stage']) => stages.find((stage) => stage.stage === name)?.seconds ?? Number.NaN;

const root = await mkdtemp(join(tmpdir(), 'minutes-bench-'));
const dirs: PipelineDirs = { seedsDir: join(root, 'seeds'), contentDir: join(root, 'content'), distDir: join(root, 'dist'), cacheDir: join(root, 'astro-cache') };
let exitCode = 0;

try {
	console.log(`bench: ${meetings} meetings, ${layout} layout${editorial > 0 ? `, ${editorial} hand-written MDX files` : ''}, seed ${seed}, children at nice ${nice}, in ${root}`);
	const pool = await loadSeedPool(join(ROOT, 'seeds'));
	const generated = generateSeeds(pool, { layout, seed, meetings, extra: 1 });
	const archive = generated.slice(0, meetings);
	const added = generated.slice(meetings);
	const seedBytes = await writeSeeds(dirs.seedsDir, archive);
	console.log(`generated ${archive.length} ${layout} seeds in ${new Set(archive.map((s) => s.series)).size} series, ${mb(seedBytes)} MB (mean ${Math.round(seedBytes / archive.length / 1024)} KB per meeting) from the seeds' ${pool.paragraphs.length} remark paragraphs`);

	// Cold build: empty content, dist, Astro cache and (this run's) card cache.
	const cold = await runPipeline(dirs, { nice, verbose: options.verbose });
	const conversion = convertSummary(cold[0]?.output ?? '');
	console.log(`converter: ${conversion ? `${conversion.converted} converted, ${conversion.errors} errors, ${conversion.warnings} warnings` : 'no summary line'}`);
	if (!conversion || conversion.errors > 0 || conversion.converted !== meetings) throw new Error(`the converter did not turn every generated seed into a record:\n${(cold[0]?.output ?? '').slice(-3000)}`);
	const coldTotals = printStages(`cold build (${meetings} meetings)`, cold);
	const distBytes = await directoryBytes(dirs.distDir);
	const indexBytes = await directoryBytes(join(dirs.distDir, 'pagefind'));
	console.log(`  dist ${mb(distBytes)} MB, of which pagefind ${mb(indexBytes)} MB`);

	// Incremental: one more (newer) meeting, same folders and caches.
	await writeSeeds(dirs.seedsDir, added);
	const incremental = await runPipeline(dirs, { nice, verbose: options.verbose });
	const incrementalTotals = printStages(`incremental build (+1 meeting: ${added.map((s) => s.fileName).join(', ')})`, incremental);
	const incrementalFraction = incrementalTotals.seconds / coldTotals.seconds;
	console.log(`  = ${(incrementalFraction * 100).toFixed(1)}% of the cold build (target ≤ ${TARGET.incrementalFraction * 100}%)`);

	// Search in Chromium, against the site including the added meeting, and the same query on a bare page with
	// Pagefind alone over the same index (scripts/bench/floor.ts), the two in turns.
	const searches: { cold: SearchOutcome; warm: SearchOutcome; bare: SearchOutcome }[] = [];
	// The font Chromium lays Japanese text out with; without one the first layout of a page takes several times longer than on a reader's device.
	const fonts = japaneseFonts();
	const japaneseFont = fonts.find((family) => family.endsWith(' JP')) ?? fonts[0] ?? null;
	if (options.browser) {
		const floorDir = join(root, 'floor');
		await writeFloorSite(dirs.distDir, floorDir);
		const server = await serveDist(dirs.distDir);
		const floor = await serveDist(floorDir);
		/** One browser for `search` (a fresh profile each time). */
		const inBrowser = async <T>(search: (session: BrowserSession) => Promise<T>): Promise<T> => {
			const session = await launchBrowser();
			try {
				await installTimingProbe(session.context);
				return await search(session);
			} finally {
				await session.close();
			}
		};
		try {
			console.log(`\nsearch page ${server.url}search/ (cold: fresh profile; warm: same query again in that profile; bare: Pagefind alone on a bare page, cold)`);
			console.log(
				japaneseFont
					? `  Japanese font: ${japaneseFont}`
					: `  Japanese font: none (\`apt-get install ${japaneseFontPackage}\` gives one): Chromium looks through every font for each character, so pages lay out several times slower than on a reader's device`,
			);
			console.log(`  ${'query'.padEnd(14)} ${pad('results', 7)} ${pad('cold ms', 8)} ${pad('cold KB', 8)} ${pad('1st KB', 7)} ${pad('req', 4)} ${pad('warm ms', 8)} ${pad('warm KB', 8)} ${pad('bare ms', 8)}`);
			for (const [turn, query] of QUERIES.entries()) {
				const [site = [], floorPage = []] = await inTurns<SearchOutcome[]>(
					[
						() => inBrowser(async (session) => [await searchOnce(session.context, server.url, query), await searchOnce(session.context, server.url, query)]),
						() => inBrowser(async (session) => [await searchOnce(session.context, floor.url, query)]),
					],
					turn,
				);
				const [first, again] = site;
				const [bare] = floorPage;
				if (!first || !again || !bare) throw new Error(`search of ${query} did not run`);
				searches.push({ cold: first, warm: again, bare });
				const ms = (outcome: SearchOutcome) => (outcome.firstResultMs === null ? `(${Math.round(outcome.answerMs)})` : Math.round(outcome.firstResultMs));
				console.log(
					`  ${query.padEnd(14 - [...query].filter((c) => c.charCodeAt(0) > 0xff).length)} ${pad(first.hrefs.length, 7)} ${pad(ms(first), 8)} ${pad(Math.round(first.pagefindBytes / 1024), 8)} ${pad(Math.round(first.pagefindBytesFirst / 1024), 7)} ${pad(first.pagefindRequests, 4)} ${pad(ms(again), 8)} ${pad(Math.round(again.pagefindBytes / 1024), 8)} ${pad(ms(bare), 8)}`,
				);
			}
			console.log('  (ms from navigation start to the first result link; in parentheses: to "見つかりませんでした"; KB = Pagefind responses, headers + body, until the page is idle; 1st KB = those ended by the first result; bare = a page with no stylesheet, header, form or check that only imports Pagefind, searches and draws the first result\'s link)');
		} finally {
			await server.close();
			await floor.close();
		}
	}
	const answered = searches.filter((search) => search.cold.firstResultMs !== null);
	const firstQueryMs = median(answered.map((search) => search.cold.firstResultMs as number));
	const maxQueryMs = Math.max(...answered.map((search) => search.cold.firstResultMs as number));
	const queryBytes = median(answered.map((search) => search.cold.pagefindBytes));
	const maxQueryBytes = Math.max(...answered.map((search) => search.cold.pagefindBytes));
	const firstBytes = median(answered.map((search) => search.cold.pagefindBytesFirst));
	const warmQueryMs = median(answered.map((search) => search.warm.firstResultMs as number));
	// Pagefind alone over the same queries (those the search page answered with a result).
	const bareQueryMs = median(answered.flatMap((search) => (search.bare.firstResultMs === null ? [] : [search.bare.firstResultMs])));

	// Reference: Hugo + the Pagefind CLI over the same records.
	let hugoSeconds: number | null = null;
	let hugoOnlySeconds: number | null = null;
	let hugoPeak: number | null = null;
	/** Why the reference failed, when it did: the pipeline target is then not judged against a fallback. */
	let referenceFailure: string | null = null;
	const version = options.hugo ? hugoVersion() : null;
	if (version) {
		const entries = await readEntries(meetingsDir(dirs.contentDir));
		if (entries.length < meetings) throw new Error(`the Hugo reference read ${entries.length} records, expected ${meetings} or more`);
		const hugoDir = join(root, 'hugo');
		await writeHugoSite(hugoDir, entries);
		console.log(`\nreference: ${version.split(' ').slice(0, 2).join(' ')} + Pagefind over the same ${entries.length} records`);
		// A reference that fails (Pagefind killed for memory over 10,000 pages on a busy machine) costs its comparison, not this run's figures.
		const reference = await buildHugoReference(hugoDir, nice).catch((cause: unknown) => {
			const message = cause instanceof Error ? cause.message : String(cause);
			referenceFailure = (message.split('\n')[0] ?? 'failed').replace(/:$/u, '');
			console.log(message);
			return null;
		});
		if (reference) {
			hugoSeconds = reference.hugo.seconds + reference.index.seconds;
			hugoOnlySeconds = reference.hugo.seconds;
			hugoPeak = Math.max(reference.hugo.peakRssBytes, reference.index.peakRssBytes);
			console.log(`  hugo ${sec(reference.hugo.seconds)} s (${mb(reference.hugo.peakRssBytes)} MB), pagefind ${sec(reference.index.seconds)} s (${mb(reference.index.peakRssBytes)} MB), index ${mb(await directoryBytes(join(reference.publicDir, 'pagefind')))} MB`);
			console.log(`  this pipeline / reference = ${sec(coldTotals.seconds)} s / ${sec(hugoSeconds)} s = ${(coldTotals.seconds / hugoSeconds).toFixed(2)}×`);
		} else {
			console.log(`  failed: ${referenceFailure} (its output above); the pipeline target is not judged in this run`);
		}
	} else {
		console.log(`\nreference: skipped (${options.hugo ? 'hugo is not on PATH; `apt-get install hugo` gives one' : '--no-hugo'})`);
	}

	// Hand-written MDX: astro build without and with N files, each from a fresh cache and output folder.
	let editorialRun: EditorialRun | null = null;
	if (editorial > 0) {
		const files = editorialFiles(await readEntries(meetingsDir(dirs.contentDir)), editorial, seed);
		console.log(`\nhand-written MDX: astro build without and with ${files.length} files (${['pages', 'series', 'notes'].map((kind) => `${files.filter((file) => file.path.startsWith(`${kind}/`)).length} ${kind}`).join(', ')}), each from an empty cache, ${EDITORIAL_ROUNDS} rounds`);
		editorialRun = await measureEditorial(dirs, root, files, { nice, verbose: options.verbose });
		const run = editorialRun;
		const verdict = editorialVerdict(run.without, run.with);
		console.log(`  ${'files'.padEnd(8)} ${run.rounds.map((_, i) => `${pad(`s #${i + 1}`, 7)} ${pad(`MB #${i + 1}`, 8)}`).join(' ')} ${pad('best s', 7)} ${pad('best MB', 8)}`);
		for (const [files, key] of [[0, 'without'], [run.files.length, 'with']] as const) {
			console.log(`  ${pad(files, 5).padEnd(8)} ${run.rounds.map((round) => `${pad(sec(round[key].seconds), 7)} ${pad(mb(round[key].peakRssBytes), 8)}`).join(' ')} ${pad(sec(run[key].seconds), 7)} ${pad(mb(run[key].peakRssBytes), 8)}`);
		}
		console.log(`  difference (best): ${verdict.seconds >= 0 ? '+' : ''}${sec(verdict.seconds)} s (allowed ${sec(verdict.allowedSeconds)} s), ${verdict.bytes >= 0 ? '+' : ''}${mb(verdict.bytes)} MB (allowed ${mb(verdict.allowedBytes)} MB); every file shown on its page`);
	}

	// Pass/fail against the targets; targets stated for 10,000 meetings are only judged at that size.
	const at10k = meetings >= TARGET.atMeetings;
	const scale = TARGET.atMeetings / meetings;
	const verdict = (ok: boolean | null) => (ok === null ? 'UNTESTED' : ok ? 'PASS' : 'FAIL');
	// Why a target is missed, from this run's own figures (printed under a FAIL).
	const why = {
		pipeline: `here convert takes ${sec(stageSeconds(cold, 'convert'))} s, astro build ${sec(stageSeconds(cold, 'build'))} s and the index ${sec(stageSeconds(cold, 'index'))} s${hugoOnlySeconds === null ? '' : `, where Hugo takes ${sec(hugoOnlySeconds)} s`}; the site build is the largest part.`,
		incremental: `with one new page astro build still takes ${sec(stageSeconds(incremental, 'build'))} s (content sync, bundling the site with the content store, loading the archive and every page's cache key, the whole-archive exports) and the index ${sec(stageSeconds(incremental, 'index'))} s (unchanged parts reused). Closing it needs rendering only the pages a new meeting touches, outside a full astro build.`,
		query: `${japaneseFont ? '' : `this machine has no Japanese font (\`apt-get install ${japaneseFontPackage}\`), which makes the page's first layout several times longer than on a reader's device; `}a cold search still takes four steps one after another (the page with Pagefind's script, WebAssembly, entry and metadata preloaded; the query's index chunks; the first candidates' fragments; the check and drawing of the first remark), each with work on the browser's main thread (the page's first layout, Pagefind's start and search, checking and drawing the remarks); older parts are merged when the newest has too few hits (max ${Math.round(maxQueryMs)} ms). On a busy machine each step also waits for a CPU: compare the idle figures in the README.`,
	};
	const rows: [string, boolean | null, string, string][] = [
		[
			`10,000 meetings end to end, peak ≤ 6 GB`,
			at10k ? coldTotals.peak <= TARGET.peakBytes : null,
			at10k ? `peak ${mb(coldTotals.peak)} MB` : `ran ${meetings}: peak ${mb(coldTotals.peak)} MB; ×${scale.toFixed(0)} linear ≈ ${(coldTotals.peak * scale / 1024 ** 3).toFixed(1)} GB`,
			'the largest stage is named in the table above; stages run one after another, so the peak is the largest of them.',
		],
		[
			`1,000 meetings: pipeline ≤ Hugo+Pagefind${hugoSeconds === null && referenceFailure === null ? ' (40 s)' : ''}`,
			meetings === 1000 && referenceFailure === null ? coldTotals.seconds <= (hugoSeconds ?? TARGET.hugoFallbackSeconds) : null,
			referenceFailure !== null
				? `${sec(coldTotals.seconds)} s; the reference failed (${referenceFailure})`
				: `${sec(coldTotals.seconds)} s vs ${hugoSeconds === null ? `${TARGET.hugoFallbackSeconds} s` : `${sec(hugoSeconds)} s`}${meetings === 1000 ? '' : ` (run at ${meetings})`}`,
			why.pipeline,
		],
		[`incremental ≤ 10% of cold`, incrementalFraction <= TARGET.incrementalFraction, `${sec(incrementalTotals.seconds)} s = ${(incrementalFraction * 100).toFixed(1)}%`, why.incremental],
		[
			`cold first results ≤ 300 ms median (10,000 meetings)`,
			answered.length === 0 ? null : at10k ? firstQueryMs <= TARGET.queryMs : null,
			answered.length === 0 ? 'no browser run' : `at ${meetings}: median ${Math.round(firstQueryMs)} ms, max ${Math.round(maxQueryMs)} ms${Number.isNaN(bareQueryMs) ? '' : ` (Pagefind alone on a bare page: median ${Math.round(bareQueryMs)} ms)`}`,
			why.query,
		],
		[
			`cold query ≤ 500 KB, every query (10,000 meetings)`,
			answered.length === 0 ? null : at10k ? maxQueryBytes <= TARGET.queryBytes : null,
			answered.length === 0 ? 'no browser run' : `at ${meetings}: median ${Math.round(queryBytes / 1024)} KB, max ${Math.round(maxQueryBytes / 1024)} KB (median ${Math.round(firstBytes / 1024)} KB by the first result)`,
			'the query fetched more index chunks and fragments than the budget allows.',
		],
	];
	if (editorialRun) {
		const verdict = editorialVerdict(editorialRun.without, editorialRun.with);
		rows.push([
			`${editorialRun.files.length} hand-written MDX files: build +≤ max(${EDITORIAL_TOLERANCE.fraction * 100}%, ${EDITORIAL_TOLERANCE.seconds} s), peak +≤ max(${EDITORIAL_TOLERANCE.memoryFraction * 100}%, ${mb(EDITORIAL_TOLERANCE.memoryBytes)} MB)`,
			verdict.pass,
			`${sec(editorialRun.without.seconds)} s → ${sec(editorialRun.with.seconds)} s (${verdict.seconds >= 0 ? '+' : ''}${sec(verdict.seconds)} s), ${mb(editorialRun.without.peakRssBytes)} → ${mb(editorialRun.with.peakRssBytes)} MB (${verdict.bytes >= 0 ? '+' : ''}${mb(verdict.bytes)} MB)${meetings === 1000 ? '' : ` (run at ${meetings})`}`,
			'compiling hand-written MDX costs more than its share: see which of the two builds grew in the table above (bundling the MDX pages, or every meeting page reading the notes).',
		]);
	}
	console.log('\ntargets');
	for (const [name, ok, detail, reason] of rows) {
		console.log(`  ${verdict(ok).padEnd(8)} ${name}: ${detail}`);
		if (ok === false) console.log(`           why: ${reason}`);
	}
	if (!at10k) {
		const over = [firstQueryMs > TARGET.queryMs && 'time', queryBytes > TARGET.queryBytes && 'size'].filter(Boolean);
		if (answered.length > 0 && over.length > 0) console.log(`  note: at ${meetings} meetings the cold query already exceeds the 10,000-meeting ${over.join(' and ')} target`);
	}

	const summary = {
		meetings,
		layout,
		convertSeconds: sec(stageSeconds(cold, 'convert')),
		buildSeconds: sec(stageSeconds(cold, 'build')),
		indexSeconds: sec(stageSeconds(cold, 'index')),
		totalSeconds: sec(coldTotals.seconds),
		peakRssMB: mb(coldTotals.peak),
		distMB: mb(distBytes),
		indexMB: mb(indexBytes),
		firstQueryMs: answered.length ? Math.round(firstQueryMs) : null,
		queryKB: answered.length ? Math.round(queryBytes / 1024) : null,
		firstResultKB: answered.length ? Math.round(firstBytes / 1024) : null,
		maxFirstQueryMs: answered.length ? Math.round(maxQueryMs) : null,
		maxQueryKB: answered.length ? Math.round(maxQueryBytes / 1024) : null,
		warmQueryMs: answered.length ? Math.round(warmQueryMs) : null,
		bareQueryMs: answered.length && !Number.isNaN(bareQueryMs) ? Math.round(bareQueryMs) : null,
		japaneseFont: answered.length ? japaneseFont : null,
		peakRssMBByStage: Object.fromEntries(cold.map((stage) => [stage.stage, mb(stage.peakRssBytes)])),
		incrementalSeconds: sec(incrementalTotals.seconds),
		incrementalFraction: Math.round(incrementalFraction * 1000) / 1000,
		incrementalBuildSeconds: sec(stageSeconds(incremental, 'build')),
		incrementalIndexSeconds: sec(stageSeconds(incremental, 'index')),
		hugoPagefindSeconds: hugoSeconds === null ? null : sec(hugoSeconds),
		hugoPagefindPeakRssMB: hugoPeak === null ? null : mb(hugoPeak),
		hugoPagefindFailure: referenceFailure,
		seedMB: mb(seedBytes),
		seed,
		editorialFiles: editorialRun ? editorialRun.files.length : 0,
		editorialBuildSeconds: editorialRun ? { without: sec(editorialRun.without.seconds), with: sec(editorialRun.with.seconds) } : null,
		editorialPeakRssMB: editorialRun ? { without: mb(editorialRun.without.peakRssBytes), with: mb(editorialRun.with.peakRssBytes) } : null,
		editorialPass: editorialRun ? editorialVerdict(editorialRun.without, editorialRun.with).pass : null,
	};
	console.log(JSON.stringify(summary));
} catch (error) {
	console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
	exitCode = 1;
} finally {
	if (options.keep) console.error(`bench: kept ${root}`);
	else await rm(root, { recursive: true, force: true });
}
process.exitCode = exitCode;
