/**
 * The seeds → content conversion over a folder: read every `*.txt`/`*.md`/`*.pdf`
 * seed, decode (or extract a PDF's text), parse, validate, write `<out>/<entryId>.mdx` when it changed, remove
 * outputs no seed produces any more, and report every problem as one line.
 */
import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { meetingSchema } from '../schemas/meeting.ts';
import type { Diagnostic, ParseOptions, ParseResult } from '../parser/types.ts';
import { decodeSeed, type DecodeResult } from './decode.ts';
import { ENTRY_ID_PATTERN, entryId as makeEntryId } from './entry-id.ts';
import { toMdx } from './mdx.ts';
import { pdfToText, type PdfTextResult } from './pdf.ts';
import { readSeriesSlugs, SERIES_FILE } from './series-slugs.ts';
import { listSeedFolder, readLimited, SIZE_LIMITS, type FolderEntry } from './seed-files.ts';

/** The parser entry point, `parseMinutes` from `src/parser/index.ts`. */
export type ParseFn = (text: string, options: ParseOptions) => ParseResult;

/** Where to read, where to write, and which parser to use. */
export interface ConvertOptions {
	/** Seeds folder, printed as given in diagnostics (`seeds/x.txt:12: …`). */
	seedsDir: string;
	/** Output folder for `<entryId>.mdx` files (created when missing). */
	outDir: string;
	parse: ParseFn;
	/** Reuse outputs whose `sourceHash` matches the seed (default true). */
	cache?: boolean;
}

/** What happened to one seed. */
export interface SeedOutcome {
	/** Seed file name. */
	name: string;
	/** Entry id written (or kept), null when the seed produced no output. */
	entryId: string | null;
	/** `skipped`: a folder entry that is not a seed (a sub-folder), reported as a warning. */
	status: 'written' | 'unchanged' | 'cached' | 'failed' | 'skipped';
	diagnostics: Diagnostic[];
}

/** Summary of one conversion run; `lines` are the diagnostics plus the summary line, ready to print. */
export interface ConvertReport {
	seeds: SeedOutcome[];
	removed: string[];
	errors: number;
	warnings: number;
	lines: string[];
}

/** Bytes read from an existing output to find its `source`/`sourceHash` lines. */
const HEADER_BYTES = 8192;
/** Side file in the out dir: parser/converter version and the diagnostics of cached seeds. */
const CACHE_FILE = '.convert-cache.json';
/** Sources whose change invalidates the cache. */
const TOOL_SOURCES = ['../parser/', './', '../schemas/meeting.ts'];

interface CacheManifest {
	tool: string;
	diagnostics: Record<string, Diagnostic[]>;
}

/** SHA-256 hex of some bytes. */
export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Hash of the parser, converter and schema sources, so a code change invalidates cached outputs. */
async function toolHash(): Promise<string> {
	const hash = createHash('sha256');
	for (const relative of TOOL_SOURCES) {
		const url = new URL(relative, import.meta.url);
		const files = relative.endsWith('/')
			? (await readdir(url).catch(() => [] as string[])).filter((f) => f.endsWith('.ts')).sort()
			: [''];
		for (const file of files) {
			const fileUrl = file === '' ? url : new URL(file, url);
			hash.update(`${relative}${file}\n`).update(await readFile(fileUrl).catch(() => ''));
		}
	}
	return hash.digest('hex');
}

/** One printable line for a diagnostic: `seeds/x.txt:12: message`, warnings as `…: warning: message`. */
export function formatDiagnostic(seedPath: string, diagnostic: Diagnostic): string {
	const where = diagnostic.line === null ? seedPath : `${seedPath}:${diagnostic.line}`;
	const prefix = diagnostic.severity === 'warning' ? 'warning: ' : '';
	return `${where}: ${prefix}${diagnostic.message}`;
}

/** An error diagnostic produced by the converter itself. */
function error(code: string, message: string, line: number | null = null): Diagnostic {
	return { severity: 'error', code, line, message };
}

/** Read `source` and `sourceHash` from the first lines of an existing output, or null. */
async function readOutputHeader(file: string): Promise<{ source: string; sourceHash: string } | null> {
	let handle;
	try {
		handle = await open(file, 'r');
		const buffer = new Uint8Array(HEADER_BYTES);
		const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
		const head = new TextDecoder().decode(buffer.subarray(0, bytesRead));
		const source = /^source: (".*")$/m.exec(head)?.[1];
		const sourceHash = /^sourceHash: "([0-9a-f]{64})"$/m.exec(head)?.[1];
		if (source === undefined || sourceHash === undefined) return null;
		const parsed: unknown = parseYaml(source);
		return typeof parsed === 'string' ? { source: parsed, sourceHash } : null;
	} catch {
		return null;
	} finally {
		await handle?.close();
	}
}

/** Read the cache manifest, or null when missing or unreadable. */
async function readManifest(outDir: string): Promise<CacheManifest | null> {
	try {
		const data: unknown = JSON.parse(await readFile(join(outDir, CACHE_FILE), 'utf8'));
		if (typeof data === 'object' && data !== null && 'tool' in data && 'diagnostics' in data) {
			return data as CacheManifest;
		}
	} catch {
		// No manifest: nothing is cached.
	}
	return null;
}

/** Write a file only when its content differs (keeps mtimes), atomically through a temp file. */
async function writeIfChanged(file: string, content: string): Promise<boolean> {
	const existing = await readFile(file, 'utf8').catch(() => null);
	if (existing === content) return false;
	const temp = `${file}.${process.pid}.tmp`;
	await writeFile(temp, content);
	await rename(temp, file);
	return true;
}

/** The text of a seed: a PDF's extracted text layer, else the decoded bytes. */
async function seedText(bytes: Uint8Array, pdf: boolean): Promise<DecodeResult | PdfTextResult> {
	return pdf ? await pdfToText(bytes) : decodeSeed(bytes);
}

/** Parse, validate and serialize one seed's text; `mdx` is null when it failed. */
function convertOne(
	decoded: DecodeResult | PdfTextResult,
	name: string,
	hash: string,
	parse: ParseFn,
	seriesSlugs: Readonly<Record<string, string>>,
): { mdx: string | null; entryId: string | null; diagnostics: Diagnostic[] } {
	if (!decoded.ok) return { mdx: null, entryId: null, diagnostics: [error(decoded.code, decoded.message, decoded.line)] };
	let result: ParseResult;
	try {
		result = parse(decoded.text, { source: name, sourceHash: hash, seriesSlugs });
	} catch (cause) {
		// A parser bug must cost one file, not the run.
		const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
		return { mdx: null, entryId: null, diagnostics: [error('parser-failed', `the parser failed on this file (${detail}); this is a bug: report it with the file, and meanwhile move the file out of seeds/`)] };
	}
	const diagnostics = [...decoded.warnings, ...result.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (!result.meeting) {
		if (!diagnostics.some((d) => d.severity === 'error')) {
			diagnostics.push(error('no-record', 'the file could not become a meeting record'));
		}
		return { mdx: null, entryId: null, diagnostics };
	}
	const checked = meetingSchema.safeParse(result.meeting);
	if (!checked.success) {
		for (const issue of checked.error.issues) {
			diagnostics.push(error('invalid-record', `invalid record field ${issue.path.join('.') || '(root)'}: ${issue.message}`));
		}
		return { mdx: null, entryId: null, diagnostics };
	}
	if (diagnostics.some((d) => d.severity === 'error')) return { mdx: null, entryId: null, diagnostics };
	const id = makeEntryId(checked.data);
	if (!ENTRY_ID_PATTERN.test(id)) {
		diagnostics.push(error('bad-entry-id', `entry id ${JSON.stringify(id)} is not an ASCII slug`));
		return { mdx: null, entryId: null, diagnostics };
	}
	return { mdx: toMdx({ ...result, meeting: checked.data }, id), entryId: id, diagnostics };
}

/** Read a seed's bytes within the size limit of its kind, or the error that stops it. */
async function readSeed(entry: Extract<FolderEntry, { kind: 'seed' }>): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
	const read = entry.pdf
		? await readLimited(entry.path, SIZE_LIMITS.pdf, 'PDF seeds', 'split the PDF into several files, or put a text version (.txt, UTF-8) into seeds/ instead')
		: await readLimited(entry.path, SIZE_LIMITS.text, 'text seeds', 'split the minutes into several files');
	return read.ok ? { bytes: read.bytes } : { diagnostic: error(read.code, read.message) };
}

/** The text of the optional series file ('' when absent) and the problem reading it, if any. */
async function readSeriesFile(entries: readonly FolderEntry[]): Promise<{ text: string; problem: Diagnostic | null }> {
	const entry = entries.find((e) => e.kind === 'side' && e.name === SERIES_FILE);
	if (!entry || entry.kind !== 'side') return { text: '', problem: null };
	const read = await readLimited(entry.path, SIZE_LIMITS.side, 'side files', 'keep one short line per series');
	return read.ok ? { text: new TextDecoder().decode(read.bytes), problem: null } : { text: '', problem: error(read.code, read.message) };
}

/** Convert every seed in `seedsDir` into `outDir`; never throws for a bad seed, reports it instead. */
export async function convertSeeds(options: ConvertOptions): Promise<ConvertReport> {
	const { seedsDir, outDir, parse } = options;
	const seedPath = (name: string) => `${seedsDir.replace(/\/+$/, '')}/${name}`;
	await mkdir(outDir, { recursive: true });

	// An output folder kept inside the seeds folder is no stray sub-folder.
	const outInSeeds = dirname(resolve(outDir)) === resolve(seedsDir) ? basename(resolve(outDir)) : null;
	const folder = (await listSeedFolder(seedsDir)).filter((e) => !(e.kind === 'problem' && e.diagnostic.code === 'folder' && e.name === outInSeeds));
	// Optional maintainers' series slugs (`seeds/series.yml`); they change entry ids, so they are part of the cache key.
	const seriesPath = seedPath(SERIES_FILE);
	const seriesFile = await readSeriesFile(folder);
	const seriesText = seriesFile.text;
	const series = readSeriesSlugs(seriesText);
	if (seriesFile.problem) series.diagnostics.unshift(seriesFile.problem);
	const tool = sha256(`${await toolHash()}\n${seriesText}`);
	const manifest = options.cache === false ? null : await readManifest(outDir);
	const outputs = (await readdir(outDir)).filter((f) => f.endsWith('.mdx')).sort();
	/** Existing outputs by seed name, only when the cache may be used. */
	const existing = new Map<string, { entryId: string; sourceHash: string }>();
	if (manifest?.tool === tool) {
		for (const file of outputs) {
			const header = await readOutputHeader(join(outDir, file));
			if (header) existing.set(header.source, { entryId: file.slice(0, -'.mdx'.length), sourceHash: header.sourceHash });
		}
	}

	const seeds: SeedOutcome[] = [];
	const producedBy = new Map<string, string>();
	for (const entry of folder) {
		const name = entry.name;
		if (entry.kind === 'side') continue;
		if (entry.kind === 'problem') {
			const skipped = entry.diagnostic.severity === 'warning';
			seeds.push({ name, entryId: null, status: skipped ? 'skipped' : 'failed', diagnostics: [entry.diagnostic] });
			continue;
		}
		const read = await readSeed(entry);
		if ('diagnostic' in read) {
			seeds.push({ name, entryId: null, status: 'failed', diagnostics: [read.diagnostic] });
			continue;
		}
		const bytes = read.bytes;
		const hash = sha256(bytes);
		const cached = existing.get(name);
		let outcome: SeedOutcome;
		let mdx: string | null = null;
		if (cached && cached.sourceHash === hash) {
			outcome = { name, entryId: cached.entryId, status: 'cached', diagnostics: (manifest && Object.hasOwn(manifest.diagnostics, name) ? manifest.diagnostics[name] : undefined) ?? [] };
		} else {
			const converted = convertOne(await seedText(bytes, entry.pdf), name, hash, parse, series.slugs);
			mdx = converted.mdx;
			outcome = { name, entryId: converted.entryId, status: mdx === null ? 'failed' : 'written', diagnostics: converted.diagnostics };
		}
		const id = outcome.entryId;
		if (id !== null) {
			const first = producedBy.get(id);
			if (first !== undefined) {
				outcome.diagnostics.push(
					error('duplicate-entry', `${seedPath(name)} and ${seedPath(first)} both produce ${id}.mdx (same series and session/date); only ${seedPath(first)} was written`),
				);
				outcome.entryId = null;
				outcome.status = 'failed';
				mdx = null;
			} else {
				producedBy.set(id, name);
				if (mdx !== null && !(await writeIfChanged(join(outDir, `${id}.mdx`), mdx))) outcome.status = 'unchanged';
			}
		}
		seeds.push(outcome);
	}

	const removed: string[] = [];
	for (const file of outputs) {
		if (!producedBy.has(file.slice(0, -'.mdx'.length))) {
			await rm(join(outDir, file), { force: true });
			removed.push(file);
		}
	}

	const diagnostics: Record<string, Diagnostic[]> = Object.create(null) as Record<string, Diagnostic[]>;
	for (const seed of seeds) if (seed.status !== 'failed' && seed.status !== 'skipped') diagnostics[seed.name] = seed.diagnostics.filter((d) => d.code !== 'duplicate-entry');
	await writeIfChanged(join(outDir, CACHE_FILE), `${JSON.stringify({ tool, diagnostics } satisfies CacheManifest, null, '\t')}\n`);

	const lines: string[] = [];
	let errors = series.diagnostics.length;
	let warnings = 0;
	for (const diagnostic of series.diagnostics) lines.push(formatDiagnostic(seriesPath, diagnostic));
	for (const seed of seeds) {
		for (const diagnostic of seed.diagnostics) {
			if (diagnostic.severity === 'error') errors++;
			else warnings++;
			lines.push(formatDiagnostic(seedPath(seed.name), diagnostic));
		}
	}
	const converted = seeds.filter((s) => s.status !== 'failed' && s.status !== 'skipped').length;
	const unchanged = seeds.filter((s) => s.status === 'unchanged' || s.status === 'cached').length;
	lines.push(
		`converted ${converted} file${converted === 1 ? '' : 's'} (${unchanged} unchanged), ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
	);
	return { seeds, removed, errors, warnings, lines };
}

/** Print a report: diagnostics to stderr, the summary line to stdout. */
export function printReport(report: ConvertReport): void {
	for (const line of report.lines.slice(0, -1)) console.error(line);
	console.log(report.lines.at(-1));
}

/** Re-run `convertSeeds` whenever the seeds folder changes (debounced); returns a function that stops watching. */
export function watchSeeds(
	options: ConvertOptions,
	onReport: (report: ConvertReport) => void,
	onError: (error: unknown) => void = (e) => console.error(e),
	debounceMs = 150,
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			onReport(await convertSeeds(options));
		} catch (e) {
			onError(e);
		} finally {
			running = false;
			if (again) {
				again = false;
				schedule();
			}
		}
	};
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(run, debounceMs);
	};
	const watcher = watch(options.seedsDir, schedule);
	watcher.on('error', onError);
	return () => {
		clearTimeout(timer);
		watcher.close();
	};
}
