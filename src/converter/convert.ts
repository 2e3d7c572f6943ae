/**
 * The seeds → content conversion over a folder: read every `*.txt`/`*.md`/`*.rst`/`*.pdf`/`*.docx`/`*.doc`/`*.odt`/`*.rtf`/`*.html`/`*.mhtml`/`*.json`/`*.xml`
 * seed, decode (or extract a PDF's text), parse into one record per meeting the seed holds (an NDL API
 * JSON may hold several), validate, write `<out>/<entryId>.mdx` when it changed, remove outputs no seed
 * produces any more, and report every problem as one line (and, verbose, one line per seed naming its reader).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, watch } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { sourceFiles, sourcesHash } from '../site/code-version.ts';
import { fileStamp } from '../site/file-stamp.ts';
import { inOrderAhead } from '../site/in-order-ahead.ts';
import { parse as parseYaml } from 'yaml';
import { parseDocuments } from '../parser/index.ts';
import { PARTIAL_MEETING } from '../parser/readers/ndl-json.ts';
import type { Diagnostic, ParseOptions, ParseResult } from '../parser/types.ts';
import { formatDiagnostic } from '../schemas/diagnostic.ts';
import { ConvertPool, type ConvertedSeed } from './convert-pool.ts';
import { decodeSeed, type DecodeResult } from './decode.ts';
import { ENTRY_ID_PATTERN, entryId as makeEntryId } from './entry-id.ts';
import { toMdx } from './mdx.ts';
import { docToText } from './doc.ts';
import { docxToText } from './docx.ts';
import { fodtToText, odtToText } from './odt.ts';
import { rtfToText } from './rtf.ts';
import { pdfToText, type PdfTextResult } from './pdf.ts';
import { readSeriesSlugs, SERIES_FILE, type SeriesSlugs } from './series-slugs.ts';
import { applyOfficialLinks, readOfficialLinks, SOURCES_FILE, type OfficialLinks } from './official-links.ts';
import { listSeedFolder, readLimited, seedDecodeOptions, SIZE_LIMITS, type FolderEntry } from './seed-files.ts';

/** The parser entry point, `parseDocuments` from `src/parser/index.ts`: one result per meeting of the seed. */
export type ParseFn = (text: string, options: ParseOptions) => ParseResult[];

/** Where to read, where to write, and which parser to use. */
export interface ConvertOptions {
	/** Seeds folder, printed as given in diagnostics (`seeds/x.txt:12: …`). */
	seedsDir: string;
	/** Output folder for `<entryId>.mdx` files (created when missing). */
	outDir: string;
	parse: ParseFn;
	/** Reuse outputs whose `sourceHash` matches the seed (default true). */
	cache?: boolean;
	/** Hears how many entries of the seeds folder are done, out of all (for a progress bar). */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Worker threads that convert text seeds side by side (convert-pool.ts), started once a run has `POOL_AFTER`
	 * seeds to convert; 1 (the default) converts every seed on this thread. Each worker parses with
	 * `parseDocuments`, so more than one needs `parse` to be `parseDocuments`.
	 */
	workers?: number;
}

/** What happened to one seed. */
export interface SeedOutcome {
	/** Seed file name. */
	name: string;
	/** Entry ids written (or kept), one per meeting; empty when the seed produced no output. */
	entryIds: string[];
	/** `skipped`: a folder entry that is not a seed (a sub-folder), reported as a warning. */
	status: 'written' | 'unchanged' | 'cached' | 'failed' | 'skipped';
	diagnostics: Diagnostic[];
	/** What the parser made of the seed: the reader's family and per record its remarks and participant groups. */
	summary: string;
}

/** Summary of one conversion run; `lines` are the diagnostics plus the summary line, ready to print. */
export interface ConvertReport {
	seeds: SeedOutcome[];
	removed: string[];
	errors: number;
	warnings: number;
	lines: string[];
	/** One line per seed, `seeds/x.txt: council, 12 remarks, 3 participant groups → <entry id>` (printed with `--verbose`). */
	summaries: string[];
	/** Seeds converted by worker threads (`ConvertOptions.workers`) rather than on the calling thread. */
	pooled: number;
}

/** Bytes read from an existing output to find its `source`/`sourceHash` lines. */
const HEADER_BYTES = 8192;
/** Side file in the out dir: parser/converter version and the diagnostics of cached seeds. */
const CACHE_FILE = '.convert-cache.json';
/** Sources whose change invalidates the cache. */
const TOOL_SOURCES = ['../parser/', './', '../schemas/'];

/** What the cache keeps per seed: the bytes' hash, the outputs it produced, its diagnostics and summary. */
interface CachedSeed {
	sourceHash: string;
	entryIds: string[];
	/** The entry ids of meetings the seed holds only some speeches of (`ndl-partial`): another seed's whole meeting is written instead. */
	partialIds?: string[];
	diagnostics: Diagnostic[];
	summary: string;
	/**
	 * The seed file and its outputs (in `entryIds` order) as they were when last found intact: size, modification
	 * time and inode (`fileStamp`), null for one modified too recently to be trusted. When all are unchanged the
	 * seed is neither read nor hashed, nor are its outputs' headers read.
	 */
	stamps?: { seed: string | null; outputs: (string | null)[] };
}

/** A seed whose outputs are being claimed: its outcome, its next cache entry, the stamps its cache was trusted by, and how many of its meetings are held back. */
interface ClaimingSeed {
	outcome: SeedOutcome;
	cacheEntry: CachedSeed;
	trusted: { seed: string | null; outputs: (string | null)[] } | null;
	stamp: string | null;
	held: number;
}

interface CacheManifest {
	tool: string;
	seeds: Record<string, CachedSeed>;
}

/** SHA-256 hex of some bytes. */
export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Hash of the parser, converter and schema sources, so a code change invalidates cached outputs. */
function toolHash(): Promise<string> {
	return sourcesHash(import.meta.url, TOOL_SOURCES);
}

/** The source files whose change invalidates cached outputs, relative to this module; folders are read with their sub-folders (the parser's readers). */
export function toolSources(): Promise<string[]> {
	return sourceFiles(import.meta.url, TOOL_SOURCES);
}

/** One printable line for a diagnostic (the project's one formatter, src/schemas/diagnostic.ts). */
export { formatDiagnostic };

/** An error diagnostic produced by the converter itself. */
function error(code: string, message: string, line: number | null = null): Diagnostic {
	return { severity: 'error', code, line, message };
}

/** A one-line double-quoted YAML scalar: through JSON when it is valid JSON (the escapes JSON has mean the same in YAML), else through YAML. */
function parseQuoted(scalar: string): unknown {
	try {
		return JSON.parse(scalar) as unknown;
	} catch {
		return parseYaml(scalar);
	}
}

/** Read `source` and `sourceHash` from the first lines of an existing output, or null. */
async function readOutputHeader(file: string): Promise<{ source: string; sourceHash: string } | null> {
	// Synchronous calls: reading a few kilobytes from the page cache is quicker than the round trips of a promise-based handle.
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const buffer = new Uint8Array(HEADER_BYTES);
		const bytesRead = readSync(fd, buffer, 0, HEADER_BYTES, 0);
		const head = new TextDecoder().decode(buffer.subarray(0, bytesRead));
		const source = /^source: (".*")$/m.exec(head)?.[1];
		const sourceHash = /^sourceHash: "([0-9a-f]{64})"$/m.exec(head)?.[1];
		if (source === undefined || sourceHash === undefined) return null;
		// The writer's double-quoted line is mostly also a JSON string, which means the same there; YAML reads any other.
		const parsed: unknown = parseQuoted(source);
		return typeof parsed === 'string' ? { source: parsed, sourceHash } : null;
	} catch {
		return null;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** Read the cache manifest, or null when missing or unreadable. */
async function readManifest(outDir: string): Promise<CacheManifest | null> {
	try {
		const data: unknown = JSON.parse(await readFile(join(outDir, CACHE_FILE), 'utf8'));
		if (typeof data === 'object' && data !== null && 'tool' in data && 'seeds' in data) {
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

/** `{\rtf` at the start (after a byte order mark or blank lines): a rich-text document, whatever its name says. */
const RTF_START = /^(?:\u00EF\u00BB\u00BF)?\s*\{\\rtf/u;

/**
 * The decoded text of a text seed: its bytes as text, or, when a word processor saved rich text under a text name
 * (`.txt`, `.csv`: `{\rtf…`), that document's text with a warning (it had been refused, to be renamed).
 */
function textSeed(bytes: Uint8Array, name: string): DecodeResult {
	if (!RTF_START.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'))) return decodeSeed(bytes, seedDecodeOptions(name));
	const read = rtfToText(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
	if (!read.ok) return read;
	const warning: Diagnostic = { severity: 'warning', code: 'rtf-as-text', line: null, message: 'this file is a rich-text document (it starts with {\\rtf) and was read as one; rename it to end in .rtf to silence this' };
	return { ...read, warnings: [warning, ...read.warnings] };
}

/** A ZIP archive's first bytes (`PK\x03\x04`) and an old Office file's (OLE2). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Which word processor's document a text seed's bytes hold (a Word `.docx` or `.doc`, an OpenDocument text saved under a text name), or null. */
function documentKind(bytes: Uint8Array): { kind: string; read: (bytes: Uint8Array) => Promise<DecodeResult> } | null {
	const starts = (magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
	if (starts(OLE_MAGIC)) return { kind: 'a Word 97–2003 document', read: docToText };
	if (!starts(ZIP_MAGIC)) return null;
	// (The parts' names are stored as written in each entry's header: `word/document.xml`, or an OpenDocument's `mimetype` first.)
	const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1');
	if (names.includes('word/document.xml')) return { kind: 'a Word document (.docx)', read: docxToText };
	if (names.slice(30, 100).startsWith('mimetypeapplication/vnd.oasis.opendocument.text')) return { kind: 'an OpenDocument text (.odt)', read: odtToText };
	return null;
}

/**
 * A word processor's document saved under a text name (`議事録.txt` that is a `.docx`): its text, read by the document's own
 * reader, with a warning to rename it (it had been refused with only that advice); null for anything else, or a document
 * its reader cannot read (the text decoder then names what the bytes are).
 */
async function misnamedDocument(bytes: Uint8Array): Promise<DecodeResult | null> {
	const found = documentKind(bytes);
	if (found === null) return null;
	const read = await found.read(bytes);
	if (!read.ok) return null;
	const warning: Diagnostic = { severity: 'warning', code: 'document-as-text', line: null, message: `this file is ${found.kind} and was read as one; rename it to end in ${found.kind.includes('OpenDocument') ? '.odt' : found.kind.includes('97') ? '.doc' : '.docx'} to silence this` };
	return { ...read, warnings: [warning, ...read.warnings] };
}

/**
 * The text of a seed: a PDF's extracted text layer, a word processor's document's text (Word's `.docx` and `.doc`,
 * OpenDocument's `.odt` and `.fodt`, rich text's `.rtf`), else the decoded bytes (a web page's content for `.html`).
 */
async function seedText(bytes: Uint8Array, entry: { pdf: boolean; document: boolean }, name: string): Promise<DecodeResult | PdfTextResult> {
	if (entry.pdf) return await pdfToText(bytes);
	if (!entry.document) return (await misnamedDocument(bytes)) ?? textSeed(bytes, name);
	if (/\.docx$/iu.test(name)) return await docxToText(bytes);
	if (/\.doc$/iu.test(name)) return await docToText(bytes);
	if (/\.rtf$/iu.test(name)) return rtfToText(bytes);
	return /\.fodt$/iu.test(name) ? fodtToText(bytes) : await odtToText(bytes);
}

/** `3 remarks`, `1 participant group`. */
function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The summary of a seed's parse: the reader's family, then per record its remarks and participant groups and entry id. */
function summarize(results: readonly ParseResult[], ids: readonly (string | null)[]): string {
	const family = results[0]?.family ?? 'refused before any reader';
	const records = results.map((result, i) => {
		if (!result.meeting) return 'no record';
		const id = ids[i];
		return `${count(result.meeting.remarks.length, 'remark')}, ${count(result.meeting.participants.length, 'participant group')}${id ? ` → ${id}` : ''}`;
	});
	return results.length === 1 ? `${family}, ${records[0]}` : `${family}, ${results.length} meetings: ${records.join('; ')}`;
}

/** Serialize one parse result; `output` is null when it cannot become a file. */
function convertResult(result: ParseResult): { output: { entryId: string; mdx: string; partial?: boolean } | null; diagnostics: Diagnostic[] } {
	const diagnostics = [...result.diagnostics];
	if (!result.meeting) {
		if (!diagnostics.some((d) => d.severity === 'error')) {
			diagnostics.push(error('no-record', 'the file could not become a meeting record'));
		}
		return { output: null, diagnostics };
	}
	// The record was validated once, by the parser's finishRecord (src/parser/record.ts).
	if (diagnostics.some((d) => d.severity === 'error')) return { output: null, diagnostics };
	const id = makeEntryId(result.meeting);
	if (!ENTRY_ID_PATTERN.test(id)) {
		diagnostics.push(error('bad-entry-id', `entry id ${JSON.stringify(id)} is not an ASCII slug`));
		return { output: null, diagnostics };
	}
	const output = { entryId: id, mdx: toMdx(result, id) };
	return { output: diagnostics.some((d) => d.code === PARTIAL_MEETING) ? { ...output, partial: true } : output, diagnostics };
}

/** Decode, parse, validate and serialize one text seed's bytes: what a worker of the pool does (convert-worker.ts). */
export function convertTextSeed(
	bytes: Uint8Array,
	name: string,
	hash: string,
	parse: ParseFn,
	seriesSlugs: Readonly<Record<string, string>>,
	officialLinks: OfficialLinks,
): ConvertedSeed {
	return convertOne(textSeed(bytes, name), name, hash, parse, seriesSlugs, officialLinks);
}

/** Parse, validate and serialize one seed's text: one output per meeting it holds (none when it failed). */
function convertOne(
	decoded: DecodeResult | PdfTextResult,
	name: string,
	hash: string,
	parse: ParseFn,
	seriesSlugs: Readonly<Record<string, string>>,
	officialLinks: OfficialLinks = { seeds: {}, series: {}, diagnostics: [] },
): ConvertedSeed {
	if (!decoded.ok) return { outputs: [], diagnostics: [error(decoded.code, decoded.message, decoded.line)], summary: `refused: ${decoded.code}` };
	let results: ParseResult[];
	try {
		results = parse(decoded.text, { source: name, sourceHash: hash, seriesSlugs });
	} catch (cause) {
		// A parser bug must cost one file, not the run.
		const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
		return {
			outputs: [],
			diagnostics: [error('parser-failed', `the parser failed on this file (${detail}); this is a bug: report it with the file, and meanwhile move the file out of seeds/`)],
			summary: 'parser failed',
		};
	}
	const encoding = 'encoding' in decoded && decoded.encoding !== 'utf-8' ? decoded.encoding : undefined;
	for (const result of results) {
		if (!result.meeting) continue;
		applyOfficialLinks(result.meeting, name, officialLinks, seriesSlugs);
		if (encoding !== undefined) result.meeting.sourceEncoding = encoding;
	}
	const converted = results.map(convertResult);
	const outputs = converted.flatMap((one) => (one.output ? [one.output] : []));
	const diagnostics = [...decoded.warnings, ...converted.flatMap((one) => one.diagnostics)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (results.length === 0) diagnostics.push(error('no-record', 'the file could not become a meeting record'));
	return { outputs, diagnostics, summary: summarize(results, converted.map((one) => one.output?.entryId ?? null)) };
}

/**
 * The series file as the folder listing found it: absent (no slugs), a side file read within its size
 * limit and checked, or nothing when the listing already reported it (a folder or a link named series.yml).
 */
async function readSeriesSide(folder: readonly FolderEntry[]): Promise<SeriesSlugs & { text: string }> {
	const none = { text: '', slugs: Object.create(null) as Record<string, string>, diagnostics: [] };
	const entry = folder.find((candidate) => candidate.name === SERIES_FILE);
	if (!entry || entry.kind !== 'side') return none;
	const read = await readLimited(entry.path, SIZE_LIMITS.side, 'side files', 'keep one short line per series');
	if (!read.ok) return { ...none, diagnostics: [error(read.code, read.message)] };
	const text = new TextDecoder().decode(read.bytes);
	return { text, ...readSeriesSlugs(text) };
}

/** The sources file (official links) as the folder listing found it: absent (no links), or read and checked against the folder's seeds. */
async function readSourcesSide(folder: readonly FolderEntry[]): Promise<OfficialLinks & { text: string }> {
	const none = { text: '', seeds: Object.create(null) as OfficialLinks['seeds'], series: Object.create(null) as OfficialLinks['series'], diagnostics: [] };
	const entry = folder.find((candidate) => candidate.name === SOURCES_FILE);
	if (!entry || entry.kind !== 'side') return none;
	const read = await readLimited(entry.path, SIZE_LIMITS.side, 'side files', 'keep one short line per seed');
	if (!read.ok) return { ...none, diagnostics: [error(read.code, read.message)] };
	const text = new TextDecoder().decode(read.bytes);
	const seedNames = folder.flatMap((candidate) => (candidate.kind === 'seed' ? [candidate.name] : []));
	return { text, ...readOfficialLinks(text, seedNames) };
}

/** Read a seed's bytes within the size limit of its kind, or the error that stops it. */
async function readSeed(entry: Extract<FolderEntry, { kind: 'seed' }>): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
	const read = entry.pdf
		? await readLimited(entry.path, SIZE_LIMITS.pdf, 'PDF seeds', 'split the PDF into several files, or put a text version (.txt, UTF-8) into seeds/ instead')
		: entry.document
			? await readLimited(entry.path, SIZE_LIMITS.pdf, 'word-processor seeds', 'split the document into several files, or put a text version (.txt, UTF-8) into seeds/ instead')
			: await readLimited(entry.path, SIZE_LIMITS.text, 'text seeds', 'split the minutes into several files');
	return read.ok ? { bytes: read.bytes } : { diagnostic: error(read.code, read.message) };
}

/** True when every output of a cached seed is still there, written from these bytes. */
async function outputsIntact(outDir: string, name: string, hash: string, entryIds: readonly string[]): Promise<boolean> {
	if (entryIds.length === 0) return false;
	for (const id of entryIds) {
		const header = await readOutputHeader(join(outDir, `${id}.mdx`));
		if (header?.source !== name || header.sourceHash !== hash) return false;
	}
	return true;
}

/** How long ago a file must have been modified for its stamp to be trusted next time. */
const RACY_MS = 3000;

/** True when a cached seed and its outputs are as they were when stamped (`seedStamp` taken now). */
async function stampsHold(outDir: string, cached: CachedSeed, seedStamp: string | null): Promise<boolean> {
	const stamps = cached.stamps;
	if (!stamps || seedStamp === null || stamps.seed !== seedStamp || cached.entryIds.length === 0 || stamps.outputs.length !== cached.entryIds.length) return false;
	for (const [index, id] of cached.entryIds.entries()) {
		const recorded = stamps.outputs[index];
		if (recorded === null || (await fileStamp(join(outDir, `${id}.mdx`), RACY_MS)) !== recorded) return false;
	}
	return true;
}

/** Seeds read ahead of the one being parsed, and outputs being written behind it (I/O overlaps the parsing). */
const IO_WINDOW = 8;

/**
 * Seeds to convert in one run before the worker threads are started (`ConvertOptions.workers`): starting them
 * (each loads the parser) costs more than a few seeds take, so a run that adds or changes a few converts them here.
 */
export const POOL_AFTER = 4;

/**
 * A seed's bytes (null when its stamps held, so it was not read) and hash, read ahead, whether its cached outputs
 * were found intact then, and its stamp taken before it was read; `converted`, when a worker is converting it
 * (null when the worker failed: the loop converts it then).
 */
type PreparedSeed =
	| { diagnostic: Diagnostic }
	| { bytes: Uint8Array | null; hash: string; intact: boolean; stamp: string | null; converted?: Promise<ConvertedSeed | null> };

/**
 * Read a seed and, when the cache knows these bytes, check its outputs: everything the loop needs from disk before
 * parsing. A seed whose stamps hold (it and its outputs unchanged since they were found intact) is not read.
 */
async function prepareSeed(entry: Extract<FolderEntry, { kind: 'seed' }>, outDir: string, cache: Readonly<Record<string, CachedSeed>>): Promise<PreparedSeed> {
	const stamp = await fileStamp(entry.path, RACY_MS);
	const cached = Object.hasOwn(cache, entry.name) ? cache[entry.name] : undefined;
	if (cached && (await stampsHold(outDir, cached, stamp))) return { bytes: null, hash: cached.sourceHash, intact: true, stamp };
	const read = await readSeed(entry);
	if ('diagnostic' in read) return read;
	const hash = sha256(read.bytes);
	const intact = cached !== undefined && cached.sourceHash === hash && (await outputsIntact(outDir, entry.name, hash, cached.entryIds));
	return { bytes: read.bytes, hash, intact, stamp };
}

/** Writes that run behind the loop, at most `IO_WINDOW` at a time; `settle` waits for all and throws the first failure. */
function backgroundWrites(): { add: (write: Promise<void>) => Promise<void>; settle: () => Promise<void> } {
	const running = new Set<Promise<void>>();
	let failure: { error: unknown } | null = null;
	return {
		async add(write) {
			const tracked: Promise<void> = write.then(
				() => void running.delete(tracked),
				(error: unknown) => {
					running.delete(tracked);
					failure ??= { error };
				},
			);
			running.add(tracked);
			while (running.size >= IO_WINDOW) await Promise.race(running);
			if (failure) throw failure.error;
		},
		async settle() {
			await Promise.all(running);
			if (failure) throw failure.error;
		},
	};
}

/** What to do when two seeds make one meeting's page. */
const DUPLICATE_FIX = 'keep one of the two in seeds/ (a meeting\'s 議事要旨 and its 議事録 are one meeting: keep the fuller), or, if they are two meetings, write in each one\'s title line its own 第N回 or date';
/** What to do with two seeds that each hold some of one meeting's speeches (pages of the NDL API's answer, saved one a file). */
const PAGES_FIX = 'both hold only some of its speeches, as pages of the NDL API\'s answer saved one a file do: put the pages in one file as a JSON list ([page1, page2, …]), read as one answer, or save the meeting endpoint\'s response for the meeting';

/** Convert every seed in `seedsDir` into `outDir`; never throws for a bad seed, reports it instead. */
export async function convertSeeds(options: ConvertOptions): Promise<ConvertReport> {
	const { seedsDir, outDir, parse } = options;
	const workers = options.workers ?? 1;
	if (workers > 1 && parse !== parseDocuments) throw new Error('converting on worker threads parses with parseDocuments: pass it as `parse`, or one worker');
	const seedPath = (name: string) => `${seedsDir.replace(/\/+$/, '')}/${name}`;
	await mkdir(outDir, { recursive: true });

	// An output folder kept inside the seeds folder is no stray sub-folder.
	const outInSeeds = dirname(resolve(outDir)) === resolve(seedsDir) ? basename(resolve(outDir)) : null;
	const folder = (await listSeedFolder(seedsDir)).filter((e) => !(e.kind === 'problem' && e.diagnostic.code === 'folder' && e.name === outInSeeds));
	// Optional maintainers' series slugs (`seeds/series.yml`); they change entry ids, so they are part of the cache key.
	const seriesPath = seedPath(SERIES_FILE);
	const series = await readSeriesSide(folder);
	const seriesText = series.text;
	// Official links (`seeds/sources.yml`) are written into the records, so they are part of the cache key too.
	const sourcesPath = seedPath(SOURCES_FILE);
	const sources = await readSourcesSide(folder);
	const tool = sha256(`${await toolHash()}\n${seriesText}\n${SOURCES_FILE}\n${sources.text}`);
	const manifest = options.cache === false ? null : await readManifest(outDir);
	/** The cache of the previous run, seed → its outputs, only when made by the same tools and series slugs. */
	const cache: Readonly<Record<string, CachedSeed>> = manifest?.tool === tool ? manifest.seeds : {};
	const outputs = (await readdir(outDir)).filter((f) => f.endsWith('.mdx')).sort();

	const seeds: SeedOutcome[] = [];
	const producedBy = new Map<string, string>();
	/** What goes into the next cache: the ids each seed produced before duplicates were dropped. */
	const nextCache = Object.create(null) as Record<string, CachedSeed>;
	// Seeds are read (and their cached outputs checked) a few entries ahead, while the loop parses; once a run has
	// POOL_AFTER text seeds to convert, those read ahead are converted by worker threads meanwhile.
	const ahead = new Map<number, Promise<PreparedSeed>>();
	let pool: ConvertPool | null = null;
	let toConvert = 0;
	const convertAhead = (entry: Extract<FolderEntry, { kind: 'seed' }>, seed: PreparedSeed): PreparedSeed => {
		if ('diagnostic' in seed || seed.intact || seed.bytes === null || entry.pdf || entry.document || workers < 2 || ++toConvert < POOL_AFTER) return seed;
		pool ??= new ConvertPool(workers, { seriesSlugs: series.slugs, officialLinks: { seeds: sources.seeds, series: sources.series, diagnostics: sources.diagnostics } });
		return { ...seed, converted: pool.convert({ bytes: seed.bytes, name: entry.name, hash: seed.hash }).catch(() => null) };
	};
	const prepare = (index: number): Promise<PreparedSeed> | null => {
		const entry = folder[index];
		if (entry?.kind !== 'seed') return null;
		let prepared = ahead.get(index);
		if (prepared === undefined) {
			prepared = prepareSeed(entry, outDir, cache).then((seed) => convertAhead(entry, seed));
			ahead.set(index, prepared);
		}
		return prepared;
	};
	/** Seeds to stamp once every output is written: those whose outputs are all their own and were not trusted by their stamps. */
	const toStamp: { entry: CachedSeed; seed: string | null }[] = [];
	const writes = backgroundWrites();
	/** The meetings held back from seeds that hold only some of their speeches (`ndl-partial`), by entry id. */
	const held = new Map<string, { seed: ClaimingSeed; mdx: string | null }>();
	/** Write a seed's output (unless its cache vouches for it) and record the seed as its producer. */
	const claim = async (seed: ClaimingSeed, id: string, mdx: string | null): Promise<void> => {
		producedBy.set(id, seed.outcome.name);
		seed.outcome.entryIds.push(id);
		if (mdx === null) return;
		await writes.add(
			writeIfChanged(join(outDir, `${id}.mdx`), mdx).then((changed) => {
				if (changed) seed.outcome.status = 'written';
			}),
		);
	};
	/** A seed's outputs are all claimed or lost: its status, its cache entry and its stamps. */
	const settle = (seed: ClaimingSeed): void => {
		const { outcome, cacheEntry } = seed;
		if (outcome.entryIds.length === 0) outcome.status = 'failed';
		else nextCache[outcome.name] = cacheEntry;
		// A seed that lost an entry id to another keeps being checked by reading; one trusted by its stamps keeps them.
		if (outcome.entryIds.length > 0 && outcome.entryIds.length === cacheEntry.entryIds.length) {
			if (seed.trusted !== null) cacheEntry.stamps = seed.trusted;
			else toStamp.push({ entry: cacheEntry, seed: seed.stamp });
		}
	};
	/** One of a seed's held meetings is written or lost: the seed is settled with its last. */
	const settleHeld = (seed: ClaimingSeed): void => {
		if (--seed.held === 0) settle(seed);
	};
	let done = 0;
	let pooled = 0;
	try {
		for (const [index, entry] of folder.entries()) {
			options.onProgress?.(done++, folder.length);
			const name = entry.name;
			if (entry.kind === 'side') continue;
			if (entry.kind === 'problem') {
				const skipped = entry.diagnostic.severity === 'warning';
				seeds.push({ name, entryIds: [], status: skipped ? 'skipped' : 'failed', diagnostics: [entry.diagnostic], summary: skipped ? 'skipped' : 'refused' });
				continue;
			}
			for (let next = index + 1; next <= index + IO_WINDOW && next < folder.length; next++) prepare(next);
			const read = await (prepare(index) as Promise<PreparedSeed>);
			ahead.delete(index);
			if ('diagnostic' in read) {
				seeds.push({ name, entryIds: [], status: 'failed', diagnostics: [read.diagnostic], summary: 'refused' });
				continue;
			}
			let { bytes, hash } = read;
			const cached = Object.hasOwn(cache, name) ? cache[name] : undefined;
			let intact = read.intact;
			// An output an earlier seed of this run claimed may have been rewritten since it was checked: check again once the writes are done.
			if (intact && cached && cached.entryIds.some((id) => producedBy.has(id))) {
				await writes.settle();
				intact = await outputsIntact(outDir, name, hash, cached.entryIds);
			}
			if (!intact && bytes === null) {
				// Trusted by its stamps, then found rewritten by an earlier seed of this run: read it now.
				const again = await readSeed(entry);
				if ('diagnostic' in again) {
					seeds.push({ name, entryIds: [], status: 'failed', diagnostics: [again.diagnostic], summary: 'refused' });
					continue;
				}
				bytes = again.bytes;
				hash = sha256(bytes);
			}
			let produced: { entryId: string; mdx: string | null; partial?: boolean }[];
			let outcome: SeedOutcome;
			if (cached && intact) {
				produced = cached.entryIds.map((entryId) => (cached.partialIds?.includes(entryId) ? { entryId, mdx: null, partial: true } : { entryId, mdx: null }));
				outcome = { name, entryIds: [], status: 'cached', diagnostics: [...cached.diagnostics], summary: cached.summary };
			} else {
				// A worker's result, when it converted these bytes (a seed read again here is converted here).
				const pooledResult = bytes === read.bytes ? await read.converted : null;
				if (pooledResult) pooled++;
				const converted = pooledResult ?? convertOne(await seedText(bytes!, entry, name), name, hash, parse, series.slugs, sources);
				produced = converted.outputs;
				outcome = { name, entryIds: [], status: 'unchanged', diagnostics: converted.diagnostics, summary: converted.summary };
			}
			const partialIds = produced.filter((p) => p.partial === true).map((p) => p.entryId);
			const cacheEntry: CachedSeed = { sourceHash: hash, entryIds: produced.map((p) => p.entryId), diagnostics: [...outcome.diagnostics], summary: outcome.summary };
			if (partialIds.length > 0) cacheEntry.partialIds = partialIds;
			const seed: ClaimingSeed = { outcome, cacheEntry, trusted: bytes === null ? cached!.stamps! : null, stamp: read.stamp, held: 0 };
			seeds.push(outcome);
			for (const output of produced) {
				const id = output.entryId;
				const first = producedBy.get(id) ?? held.get(id)?.seed.outcome.name;
				const over = held.get(id);
				// A meeting a seed holds whole is written over the same meeting held back from a seed with only some of its speeches.
				if (over !== undefined && output.partial !== true) {
					held.delete(id);
					over.seed.outcome.diagnostics.push(error('duplicate-entry', `${seedPath(over.seed.outcome.name)} and ${seedPath(name)} both produce ${id}.mdx (same series and session/date); only ${seedPath(name)} was written, as it holds the whole meeting and ${seedPath(over.seed.outcome.name)} only some of its speeches`));
					settleHeld(over.seed);
				} else if (first !== undefined) {
					// (Two seeds that each hold some of a meeting's speeches are pages of the NDL API's answer saved apart: one file holds them all.)
					const fix = over !== undefined && output.partial === true ? PAGES_FIX : DUPLICATE_FIX;
					outcome.diagnostics.push(error('duplicate-entry', `${seedPath(name)} and ${seedPath(first)} both produce ${id}.mdx (same series and session/date); only ${seedPath(first)} was written: ${fix}`));
					continue;
				}
				// (Held back until the folder is read: a seed later in it may hold the whole meeting.)
				if (output.partial === true) {
					held.set(id, { seed, mdx: output.mdx });
					seed.held++;
					continue;
				}
				await claim(seed, id, output.mdx);
			}
			if (seed.held === 0) settle(seed);
		}
		// The meetings held back that no seed held whole are written from the seeds that hold some of their speeches.
		for (const [id, { seed, mdx }] of held) {
			await claim(seed, id, mdx);
			settleHeld(seed);
		}
		await writes.settle();
	} finally {
		await (pool as ConvertPool | null)?.close();
	}

	// The other seeds' outputs are stamped now that every one is written.
	let stamped = 0;
	for await (const outputs of inOrderAhead(toStamp, 4 * IO_WINDOW, ({ entry }) => Promise.all(entry.entryIds.map((id) => fileStamp(join(outDir, `${id}.mdx`), RACY_MS))))) {
		const { entry, seed } = toStamp[stamped++]!;
		entry.stamps = { seed, outputs };
	}

	options.onProgress?.(folder.length, folder.length);

	const removed: string[] = [];
	for (const file of outputs) {
		if (!producedBy.has(file.slice(0, -'.mdx'.length))) {
			await rm(join(outDir, file), { force: true });
			removed.push(file);
		}
	}

	await writeIfChanged(join(outDir, CACHE_FILE), `${JSON.stringify({ tool, seeds: nextCache } satisfies CacheManifest, null, '\t')}\n`);

	const lines: string[] = [];
	let errors = series.diagnostics.length + sources.diagnostics.length;
	let warnings = 0;
	for (const diagnostic of series.diagnostics) lines.push(formatDiagnostic(seriesPath, diagnostic));
	for (const diagnostic of sources.diagnostics) lines.push(formatDiagnostic(sourcesPath, diagnostic));
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
	const summaries = seeds.map((seed) => `${seedPath(seed.name)}: ${seed.summary}`);
	return { seeds, removed, errors, warnings, lines, summaries, pooled };
}

/** Print a report: diagnostics to stderr, the summary line to stdout; `verbose` first prints one line per seed naming its reader. */
export function printReport(report: ConvertReport, verbose = false): void {
	if (verbose) for (const line of report.summaries) console.log(line);
	for (const line of report.lines.slice(0, -1)) console.error(line);
	console.log(report.lines.at(-1));
}

/** One line for an error of the watch loop (a removed seeds folder, an unreadable file): its message, no stack. */
export function watchErrorLine(seedsDir: string, error: unknown): string {
	const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
	return message.includes(seedsDir) ? message : `${seedsDir}: ${message}`;
}

/**
 * Re-run `convertSeeds` whenever the seeds folder changes (debounced); returns a function that stops watching.
 * A seed edited into a state that fails keeps its last good page (its previous `<entryId>.mdx` is written back
 * and a line says so) until it converts again; `initial` is the report of the conversion before watching, so
 * the outputs of seeds that were good then are known. An error of the loop is one line, printed once until it changes.
 */
export function watchSeeds(
	options: ConvertOptions,
	onReport: (report: ConvertReport) => void,
	onError: (error: unknown) => void = (e) => console.error(watchErrorLine(options.seedsDir, e)),
	debounceMs = 150,
	initial?: ConvertReport,
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	let again = false;
	let lastError = '';
	/** Seed name → entry ids of its last good outputs (a JSON seed may have several). */
	const goodOutputs = (report: ConvertReport | undefined): Map<string, string[]> =>
		new Map((report?.seeds ?? []).flatMap((seed) => (seed.entryIds.length > 0 && seed.status !== 'failed' ? [[seed.name, [...seed.entryIds]] as const] : [])));
	let good = goodOutputs(initial);
	/** Seeds whose last good outputs are held while they fail: name → entry ids and MDX. */
	const kept = new Map<string, { entryId: string; mdx: string }[]>();
	/** Outputs read before a run could remove them: seeds re-parsed or reported changed by the watcher. */
	let before = new Map<string, { entryId: string; mdx: string }[]>();
	const changed = new Set<string>();
	const remember = (name: string): void => {
		const entryIds = good.get(name);
		if (entryIds === undefined || before.has(name) || kept.has(name)) return;
		const outputs: { entryId: string; mdx: string }[] = [];
		for (const entryId of entryIds) {
			try {
				outputs.push({ entryId, mdx: readFileSync(join(options.outDir, `${entryId}.mdx`), 'utf8') });
			} catch {
				// No output to keep.
			}
		}
		if (outputs.length > 0) before.set(name, outputs);
	};
	const parse: ParseFn = (text, parseOptions) => {
		remember(parseOptions.source);
		return options.parse(text, parseOptions);
	};
	/** Write back the last good outputs of every seed that failed in this run; note it in the report. */
	const keepLastGood = async (report: ConvertReport): Promise<void> => {
		const produced = new Set(report.seeds.flatMap((seed) => seed.entryIds));
		const notes: string[] = [];
		const stillKept = new Map<string, { entryId: string; mdx: string }[]>();
		for (const seed of report.seeds) {
			const last = seed.status === 'failed' ? (kept.get(seed.name) ?? before.get(seed.name)) : undefined;
			const restore = (last ?? []).filter((output) => !produced.has(output.entryId));
			if (restore.length === 0) continue;
			for (const output of restore) {
				await writeIfChanged(join(options.outDir, `${output.entryId}.mdx`), output.mdx);
				report.removed = report.removed.filter((file) => file !== `${output.entryId}.mdx`);
			}
			stillKept.set(seed.name, restore);
			const ids = restore.map((output) => output.entryId).join(', ');
			notes.push(`${options.seedsDir.replace(/\/+$/, '')}/${seed.name}: the page keeps its last good version (${ids}) until the errors above are fixed`);
		}
		kept.clear();
		for (const [name, last] of stillKept) kept.set(name, last);
		report.lines.splice(report.lines.length - 1, 0, ...notes);
		good = goodOutputs(report);
	};
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		before = new Map();
		for (const name of changed) remember(name);
		changed.clear();
		try {
			const report = await convertSeeds({ ...options, parse });
			await keepLastGood(report);
			lastError = '';
			onReport(report);
		} catch (e) {
			const line = watchErrorLine(options.seedsDir, e);
			if (line !== lastError) onError(e);
			lastError = line;
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
	const watcher = watch(options.seedsDir, (_event, filename) => {
		if (filename) changed.add(String(filename));
		schedule();
	});
	watcher.on('error', (e) => {
		const line = watchErrorLine(options.seedsDir, e);
		if (line !== lastError) onError(e);
		lastError = line;
	});
	return () => {
		clearTimeout(timer);
		watcher.close();
	};
}
