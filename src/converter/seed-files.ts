/**
 * What is in the seeds folder, read safely: every entry becomes a seed, a side file, clutter that is
 * ignored, or one diagnostic saying what is wrong and what to fix (bad names, links, folders, pipes,
 * unknown file types, files over the size limit, unreadable files). The folder is read with raw byte
 * names, links are never followed, and a file's size is checked on the open handle before it is read.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import type { Diagnostic } from '../parser/types.ts';
import { utf8SequenceLength } from './decode.ts';

/** Seed file extensions the converter reads (compared case-insensitively). */
export const SEED_EXTENSIONS = ['.txt', '.tsv', '.csv', '.md', '.markdown', '.rst', '.org', '.pdf', '.json', '.vtt', '.srt', '.sbv', '.eml', '.html', '.htm', '.mhtml', '.mht', '.xml', '.docx', '.doc', '.fodt', '.odt', '.rtf'] as const;
/** Side files read by name: maintainers' series slugs, person aliases and official links. */
export const SIDE_FILES = ['series.yml', 'people.yml', 'sources.yml'] as const;

const MIB = 1024 * 1024;
/** Largest files read, in bytes: text seeds, PDF seeds, side files. */
export const SIZE_LIMITS = { text: 64 * MIB, pdf: 200 * MIB, side: 4 * MIB } as const;

/**
 * Editor and operating-system clutter, ignored without a word: macOS Finder (`.DS_Store`,
 * `._*` resource forks), Windows Explorer (`Thumbs.db`, `desktop.ini`), git placeholders
 * (`.gitkeep`, `.keep`, `.gitignore`), editor swap, lock and backup files (`.x.swp`, `.#x`, `x~`, `~$x`).
 */
const CLUTTER = /^(?:\.DS_Store|\._.*|Thumbs\.db|desktop\.ini|\.gitkeep|\.keep|\.gitignore|\.gitattributes|\..*\.sw[a-p]|\.#.*|.*~|~\$.*)$/iu;

/** One entry of the seeds folder. `name` is printable (invalid bytes and controls escaped); `path` is the raw path. */
export type FolderEntry =
	| { kind: 'seed'; name: string; path: Buffer; pdf: boolean; document: boolean }
	| { kind: 'side'; name: string; path: Buffer }
	| { kind: 'problem'; name: string; diagnostic: Diagnostic };

/** An error about a folder entry as a whole (no line). */
function problem(name: string, code: string, message: string, severity: Diagnostic['severity'] = 'error'): FolderEntry {
	return { kind: 'problem', name, diagnostic: { severity, code, line: null, message } };
}

/** `\xNN` for a byte, `\u{…}` for a character that must not be printed raw. */
const hexByte = (byte: number) => `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
/** Characters not printed raw in a file name: controls, line and paragraph separators, lone surrogates. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u;

/** A file name as printable text: invalid UTF-8 bytes as `\xNN`, control characters as `\u{…}`; `valid` tells whether the bytes were UTF-8. */
export function displayName(raw: Uint8Array): { name: string; valid: boolean; controls: boolean } {
	let name = '';
	let valid = true;
	let controls = false;
	for (let i = 0; i < raw.length; ) {
		const length = utf8SequenceLength(raw, i);
		if (length === 0) {
			name += hexByte(raw[i] ?? 0);
			valid = false;
			i++;
			continue;
		}
		const char = new TextDecoder().decode(raw.subarray(i, i + length));
		if (UNPRINTABLE.test(char)) {
			name += `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
			controls = true;
		} else {
			name += char;
		}
		i += length;
	}
	return { name, valid, controls };
}

/** The seed extension a name ends with (case-insensitive), or null. */
function seedExtension(name: string): (typeof SEED_EXTENSIONS)[number] | null {
	const lower = name.toLowerCase();
	return SEED_EXTENSIONS.find((ext) => lower.endsWith(ext) && lower.length > ext.length) ?? null;
}

/** True for a seed saved as a web page (`.html`, `.htm`), whose markup is read as a page (decode.ts). */
export function isHtmlSeed(name: string): boolean {
	return /\.html?$/iu.test(name);
}

/** True for a word processor's document (`.docx`, `.doc`, `.odt`, `.fodt`, `.rtf`), read whole by its own reader, not decoded as text. */
export function isDocumentSeed(name: string): boolean {
	return /\.(?:docx?|f?odt|rtf)$/iu.test(name);
}

/** True for a web page saved as one file (`.mhtml`, `.mht`): a MIME message with the page inside (web-archive.ts). */
export function isWebArchiveSeed(name: string): boolean {
	return /\.mht(?:ml)?$/iu.test(name);
}

/** How a seed's bytes are decoded, by its name: as a web page's markup, as a web archive, as JSON (never a web page), or as text (`decodeSeed`). */
export function seedDecodeOptions(name: string): { html: boolean; archive: boolean; json: boolean } {
	return { html: isHtmlSeed(name), archive: isWebArchiveSeed(name), json: /\.json$/iu.test(name) };
}

/** What to do with a file of an extension the converter does not read. */
function unknownTypeHint(name: string): string {
	const ext = /\.[^.]+$/u.exec(name)?.[0].toLowerCase() ?? '';
	const inner = seedExtension(name.slice(0, name.length - ext.length));
	if (inner) return `it looks like a copy of a ${inner} file; remove it, or rename it to end in ${inner} if it holds minutes`;
	// (一太郎's documents, `.jtd` and its template and compressed forms: no reader of them exists in JavaScript.)
	if (['.jtd', '.jtdc', '.jtt', '.jttc', '.jbw', '.juv'].includes(ext)) return 'an Ichitaro (一太郎) document cannot be read: open it in 一太郎 and save it as Word (.docx), PDF or text (.txt), and put that into seeds/ instead';
	if (ext === '.pages') return 'save the minutes as Word (.docx) or plain text (.txt, UTF-8) and put that into seeds/ instead';
	if (['.xls', '.xlsx'].includes(ext)) return 'save the sheet as tab-separated text (.tsv) or CSV (.csv), or the minutes as plain text (.txt, UTF-8), and put that into seeds/ instead';
	if (ext === '.xhtml') return 'rename it to end in .html, which is read as a web page';
	if (ext === '.webarchive') return 'save the page again from Safari as "Page Source" (.html), or from Chrome or Edge as "Webpage, Single File" (.mhtml), or copy its text into a .txt file';
	return 'move it out of seeds/, or save the minutes as .txt (UTF-8), .md, .rst, .org, a spreadsheet\'s .tsv or .csv, .pdf, Word\'s .docx or .doc, LibreOffice\'s .odt, rich text\'s .rtf, a web page\'s .html or .mhtml, a transcript\'s .vtt, .srt or .sbv, a saved mail\'s .eml, or the NDL API\'s .json or .xml';
}

/** Classify a regular file by its (valid, printable) name; null for clutter. */
function classifyFile(name: string, path: Buffer): FolderEntry | null {
	if (CLUTTER.test(name)) return null;
	if ((SIDE_FILES as readonly string[]).includes(name)) return { kind: 'side', name, path };
	const trimmed = name.replace(/[\s\u3000\u00a0]+$/u, '');
	if (trimmed !== name && (seedExtension(trimmed) || (SIDE_FILES as readonly string[]).includes(trimmed))) {
		return problem(name, 'bad-file-name', `the file name ends with a space: rename it to "${trimmed}"`);
	}
	if (name.startsWith('.')) {
		return problem(name, 'hidden-file', `a hidden file (its name starts with a dot) is not read: rename it without the dot if it holds minutes, or move it out of seeds/`);
	}
	const ext = seedExtension(name);
	if (ext) return { kind: 'seed', name, path, pdf: ext === '.pdf', document: isDocumentSeed(name) };
	const shown = /\.[^.]+$/u.exec(name)?.[0] ?? 'no extension';
	return problem(name, 'unknown-file-type', `not a minutes file (${shown}): seeds/ reads .txt, .tsv, .csv, .md (.markdown), .rst, .org, .pdf, .docx, .doc, .odt, .rtf, .html, .mhtml, .json, .xml, .vtt, .srt, .sbv and .eml files (plus series.yml, people.yml and sources.yml); ${unknownTypeHint(name)}`);
}

/** Kind of a special file for messages. */
function specialKind(entry: Dirent<Buffer>): string {
	if (entry.isFIFO()) return 'a named pipe (FIFO)';
	if (entry.isSocket()) return 'a socket';
	if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device file';
	return 'not a regular file';
}

/** Classify one folder entry; null for clutter. */
function classify(entry: Dirent<Buffer>, dir: string): FolderEntry | null {
	const raw = entry.name;
	const { name, valid, controls } = displayName(raw);
	const path = Buffer.concat([Buffer.from(`${dir.replace(/\/+$/u, '')}/`), raw]);
	if (!valid) return problem(name, 'bad-file-name', 'the file name is not valid UTF-8 (the bad bytes are shown as \\xNN): rename the file, e.g. with ASCII letters and digits');
	if (controls) return problem(name, 'bad-file-name', 'the file name contains control characters (shown as \\u{…}): rename the file');
	if (CLUTTER.test(name)) return null;
	if (entry.isSymbolicLink()) {
		return problem(name, 'symlink', 'a symbolic link: links are not followed (they may point outside seeds/); copy the file itself into seeds/');
	}
	if (entry.isDirectory()) {
		if (seedExtension(name) || (SIDE_FILES as readonly string[]).includes(name)) {
			return problem(name, 'not-a-file', `a folder, not a file: put the ${name.toLowerCase().endsWith('.yml') ? 'side file' : 'minutes file'} itself into seeds/ under this name, or rename the folder`);
		}
		return problem(name, 'folder', 'a folder: folders inside seeds/ are not read; move minutes files directly into seeds/', 'warning');
	}
	if (!entry.isFile()) return problem(name, 'not-a-file', `${specialKind(entry)}, not a regular file: only files are read; remove it from seeds/`);
	return classifyFile(name, path);
}

/** Every entry of the seeds folder except clutter, sorted by printable name. Throws only when the folder itself cannot be read. */
export async function listSeedFolder(dir: string): Promise<FolderEntry[]> {
	const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch((cause: unknown) => {
		throw new Error(`cannot read the seeds folder ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
	});
	return entries
		.map((entry) => classify(entry, dir))
		.filter((entry): entry is FolderEntry => entry !== null)
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Human size: `70.0 MiB`. */
function mib(bytes: number): string {
	return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** The message for an error opening or reading a file, by its `code`. */
export function describeReadError(code: string | undefined, detail = ''): string {
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return 'cannot be read (permission denied): make the file readable (chmod a+r) or copy it with your own permissions';
		case 'ELOOP':
			return 'a symbolic link: links are not followed (they may point outside seeds/); copy the file itself into seeds/';
		case 'ENOENT':
			return 'disappeared while the folder was read: run the conversion again';
		case 'EISDIR':
			return 'a folder, not a file: put the file itself into seeds/ under this name, or rename the folder';
		default:
			return `cannot be read (${code ?? detail}): check the file, or copy it into seeds/ again`;
	}
}

/** Result of reading one file with a size limit. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

/**
 * Read a file without following a link, refusing anything that is not a regular file and,
 * before reading, anything over `limit` bytes (`what` names the limit and `split` the fix).
 */
export async function readLimited(path: Buffer | string, limit: number, what: string, fix: string): Promise<ReadResult> {
	// Synchronous calls: a seed from the page cache reads in microseconds, less than one round trip of a promise-based handle.
	let fd: number | undefined;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
		const info = fstatSync(fd);
		if (info.isDirectory()) return { ok: false, code: 'not-a-file', message: describeReadError('EISDIR') };
		if (!info.isFile()) return { ok: false, code: 'not-a-file', message: 'not a regular file: only files are read; remove it from seeds/' };
		if (info.size > limit) {
			return { ok: false, code: 'too-large', message: `the file is ${mib(info.size)}, over the ${mib(limit)} limit for ${what}: ${fix}` };
		}
		return { ok: true, bytes: new Uint8Array(readFileSync(fd)) };
	} catch (cause) {
		const code = (cause as NodeJS.ErrnoException).code;
		return { ok: false, code: 'unreadable', message: describeReadError(code, cause instanceof Error ? cause.message : String(cause)) };
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
