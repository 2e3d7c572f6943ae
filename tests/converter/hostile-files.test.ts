/**
 * Whatever lands in seeds/, every file ends as a record or as exactly one line saying what is wrong
 * and what to fix; the real seeds still convert in the same run and the outputs stay valid.
 * Every case is generated in a temp folder at test time (big files are sparse).
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertSeeds, type ConvertReport } from '../../src/converter/convert.ts';
import { readEntries } from '../../src/converter/content.ts';
import { describeReadError, displayName, SIZE_LIMITS } from '../../src/converter/seed-files.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { HOSTILE_INPUTS } from '../../scripts/bench/hostile-inputs.ts';
import { HOSTILE_TEXTS } from './hostile-cases.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const realSeeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
const base = await readFile(join(SEEDS, realSeeds[0]!), 'utf8');
/** The first real seed as another session of its series (so its entry id is its own). */
const session = (n: number) => base.replace('第42回', `第${n}回`);
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const MIB = 1024 * 1024;

let root: string;
let seeds: string;
let out: string;
let report: ConvertReport;
/** The lines of the report about one folder entry (its printed name). */
const linesOf = (name: string) => report.lines.filter((line) => line.startsWith(`${seeds}/${name}:`));

/** Each bad entry: how to make it, and the one line the converter must print for it. */
const CASES: { name: string; make: (path: string) => Promise<unknown>; line: string }[] = [
	{ name: 'link-out.txt', make: (path) => symlink('/etc/passwd', path), line: 'a symbolic link: links are not followed (they may point outside seeds/); copy the file itself into seeds/' },
	{ name: 'folder.txt', make: (path) => mkdir(path), line: 'a folder, not a file: put the minutes file itself into seeds/ under this name, or rename the folder' },
	{ name: 'series.yml', make: (path) => mkdir(path), line: 'a folder, not a file: put the side file itself into seeds/ under this name, or rename the folder' },
	{ name: 'people.yml', make: (path) => mkdir(path), line: 'a folder, not a file: put the side file itself into seeds/ under this name, or rename the folder' },
	{ name: 'pipe.txt', make: async (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0), line: 'a named pipe (FIFO), not a regular file: only files are read; remove it from seeds/' },
	{ name: 'minutes.docx', make: (path) => writeFile(path, 'PK\u0003\u0004'), line: 'not a Word document: a .docx is a ZIP package, and this file is none (or is cut short); save the minutes from Word as .docx again, or as plain text (.txt, UTF-8)' },
	{ name: 'minutes.xlsx', make: (path) => writeFile(path, 'PK\u0003\u0004'), line: 'not a minutes file (.xlsx): seeds/ reads .txt, .tsv, .csv, .md (.markdown), .rst, .org, .pdf, .docx, .doc, .odt, .rtf, .html, .mhtml, .json, .xml, .vtt, .srt, .sbv and .eml files (plus series.yml, people.yml and sources.yml); save the sheet as tab-separated text (.tsv) or CSV (.csv), or the minutes as plain text (.txt, UTF-8), and put that into seeds/ instead' },
	{ name: 'page.html', make: (path) => writeFile(path, '<html></html>'), line: "a web page with no text in it: a page whose text is drawn by a script or shown as images cannot be read; save the minutes' page itself, or copy its text into a .txt file" },
	{ name: 'page.xhtml', make: (path) => writeFile(path, '<html></html>'), line: 'not a minutes file (.xhtml): seeds/ reads .txt, .tsv, .csv, .md (.markdown), .rst, .org, .pdf, .docx, .doc, .odt, .rtf, .html, .mhtml, .json, .xml, .vtt, .srt, .sbv and .eml files (plus series.yml, people.yml and sources.yml); rename it to end in .html, which is read as a web page' },
	{ name: 'page.mhtml', make: (path) => writeFile(path, '令和６年１１月２０日\n議事録\n'), line: 'this file is no saved web page (no MIME header with the page inside): save the page again as "Webpage, Single File" (.mhtml) or "Webpage, HTML only" (.html)' },
	{ name: 'page.webarchive', make: (path) => writeFile(path, 'bplist00'), line: 'not a minutes file (.webarchive): seeds/ reads .txt, .tsv, .csv, .md (.markdown), .rst, .org, .pdf, .docx, .doc, .odt, .rtf, .html, .mhtml, .json, .xml, .vtt, .srt, .sbv and .eml files (plus series.yml, people.yml and sources.yml); save the page again from Safari as "Page Source" (.html), or from Chrome or Edge as "Webpage, Single File" (.mhtml), or copy its text into a .txt file' },
	{ name: 'minutes.txt.bak', make: (path) => writeFile(path, base), line: 'not a minutes file (.bak): seeds/ reads .txt, .tsv, .csv, .md (.markdown), .rst, .org, .pdf, .docx, .doc, .odt, .rtf, .html, .mhtml, .json, .xml, .vtt, .srt, .sbv and .eml files (plus series.yml, people.yml and sources.yml); it looks like a copy of a .txt file; remove it, or rename it to end in .txt if it holds minutes' },
	{ name: 'README', make: (path) => writeFile(path, 'notes'), line: 'not a minutes file (no extension): seeds/ reads .txt, .tsv, .csv, .md (.markdown), .rst, .org, .pdf, .docx, .doc, .odt, .rtf, .html, .mhtml, .json, .xml, .vtt, .srt, .sbv and .eml files (plus series.yml, people.yml and sources.yml); move it out of seeds/, or save the minutes as .txt (UTF-8), .md, .rst, .org, a spreadsheet\'s .tsv or .csv, .pdf, Word\'s .docx or .doc, LibreOffice\'s .odt, rich text\'s .rtf, a web page\'s .html or .mhtml, a transcript\'s .vtt, .srt or .sbv, a saved mail\'s .eml, or the NDL API\'s .json or .xml' },
	{ name: 'trailing.txt ', make: (path) => writeFile(path, session(61)), line: 'the file name ends with a space: rename it to "trailing.txt"' },
	{ name: '.hidden.txt', make: (path) => writeFile(path, session(62)), line: 'a hidden file (its name starts with a dot) is not read: rename it without the dot if it holds minutes, or move it out of seeds/' },
	{ name: 'bad-\\xFF\\xFE.txt', make: (path) => writeFile(Buffer.concat([utf8(path.replace('bad-\\xFF\\xFE.txt', 'bad-')), Buffer.from([0xff, 0xfe]), utf8('.txt')]), session(63)), line: 'the file name is not valid UTF-8 (the bad bytes are shown as \\xNN): rename the file, e.g. with ASCII letters and digits' },
	{ name: 'new\\u{A}line.txt', make: (path) => writeFile(path.replace('new\\u{A}line.txt', 'new\nline.txt'), session(64)), line: 'the file name contains control characters (shown as \\u{…}): rename the file' },
	{ name: 'huge.txt', make: async (path) => { await writeFile(path, ''); await truncate(path, SIZE_LIMITS.text + 1); }, line: 'the file is 64.0 MiB, over the 64.0 MiB limit for text seeds: split the minutes into several files' },
	{ name: 'huge.pdf', make: async (path) => { await writeFile(path, '%PDF-1.7\n'); await truncate(path, 2048 * MIB); }, line: 'the file is 2048.0 MiB, over the 200.0 MiB limit for PDF seeds: split the PDF into several files, or put a text version (.txt, UTF-8) into seeds/ instead' },
	{ name: 'image.txt', make: (path) => writeFile(path, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), line: 'not a text file: this is a PNG image; images cannot be read; put the text of the minutes into seeds/ instead' },
	{ name: 'word.txt', make: (path) => writeFile(path, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])), line: 'not a text file: this is a ZIP archive (a Word .docx, Excel .xlsx or .zip file); a Word document is read when its name ends in .docx, an OpenDocument text when it ends in .odt (rename it); anything else, save the minutes as plain text (.txt, UTF-8) instead' },
	{ name: 'saved-pdf.txt', make: (path) => writeFile(path, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), line: 'this is a PDF file, not text (it starts with %PDF-): rename it to end in .pdf so its text layer is read' },
];

/** Seeds whose line carries a line number, computed from the text. */
const LINE_CASES = (() => {
	const lines = session(65).split('\n');
	const byteOfLine3 = utf8(lines.slice(0, 2).join('\n')).length + 1;
	const badByte = Buffer.concat([utf8(session(65)).subarray(0, byteOfLine3 + 3), Buffer.from([0xff]), utf8(session(65)).subarray(byteOfLine3 + 3)]);
	const cut = utf8(`${session(66)}あ`).subarray(0, -1);
	const cutLine = session(66).split('\n').length;
	const cutColumn = [...(session(66).split('\n').at(-1) ?? '')].length + 1;
	return [
		{ name: 'bad-byte.txt', bytes: badByte, line: `3: invalid UTF-8 at line 3, column 2 (byte ${byteOfLine3 + 3}): byte FF is not part of any character (starting FF ${[...utf8(session(65)).subarray(byteOfLine3 + 3, byteOfLine3 + 6)].map((b) => b.toString(16).toUpperCase()).join(' ')}); retype that character or save the file again as UTF-8` },
		{ name: 'cut.txt', bytes: cut, line: `${cutLine}: the file ends in the middle of a character at line ${cutLine}, column ${cutColumn} (byte ${utf8(session(66)).length}) (a copy or download cut short?): copy the file again or delete the broken last character` },
		{ name: 'feed.xml', bytes: utf8('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>新着情報</title></channel></rss>\n'), line: "1: this file holds XML that is not an answer of the NDL API (国会会議録検索システム): XML is read only as that API's answer (…/api/meeting?…, its <meetingRecord> or <speechRecord> elements); save the minutes as text, or the API's answer as it came" },
		{ name: 'kokkai.xml', bytes: utf8('<?xml version="1.0"?>\n<data>\n<numberOfRecords>1</numberOfRecords>\n<meetingRecord>\n<issueID>1</issueID>\n</data>\n'), line: "6: the XML is broken at column 1: Expected closing tag 'meetingRecord' (opened in line 4, col 1) instead of closing tag 'data'; save the API response again or repair the file" },
		{ name: 'year.txt', bytes: utf8(session(67).replace('令和5年2月1日', '99999年2月1日')), line: '5: "99999年2月1日": year 99999 is out of range: write a four-digit year (or an era year such as 令和5年)' },
	];
})();

/** Seeds that convert with a warning on a line. */
const WARNING_CASES = [
	{ name: 'controls.txt', text: session(71).replace('令和5年2月1日', '令和5年2月1日\u0007\u001b'), line: '5: warning: removed 2 control characters (U+0007 BEL, U+001B ESC) that web pages, feeds and calendars cannot carry; delete them from the seed to silence this' },
	{ name: 'radicals.txt', text: session(72).replace('サイバーセキュリティタスクフォース', 'サイバーセキュリティタスクフォース\u2f8f\u2f8f'), line: '3: warning: 2 CJK radical or compatibility characters (as PDF text extraction writes ⾏ for 行) read as the unified ideographs, first on this line; fix the seed\'s text to silence this' },
];

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'hostile-files-'));
	seeds = join(root, 'seeds');
	out = join(root, 'content');
	await mkdir(seeds);
	for (const name of realSeeds) await copyFile(join(SEEDS, name), join(seeds, name));
	for (const { name, make } of CASES) await make(join(seeds, name));
	for (const { name, bytes } of LINE_CASES) await writeFile(join(seeds, name), bytes);
	for (const { name, text } of WARNING_CASES) await writeFile(join(seeds, name), text);
	await writeFile(join(seeds, '.DS_Store'), Uint8Array.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
	await writeFile(join(seeds, '.gitkeep'), '');
	await mkdir(join(seeds, 'archive'));
	// Markup-like text in a remark of its own session still converts.
	await writeFile(join(seeds, 'markup.txt'), `${session(73).trimEnd()}\n\n小山構成員）${HOSTILE_TEXTS.filter((text) => !text.includes('\n')).join('　')}\n`);
	report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments, cache: false });
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('every bad file in seeds/ gives exactly one line', () => {
	test.each(CASES)('$name', ({ name, line }) => {
		expect(linesOf(name)).toEqual([`${seeds}/${name}: ${line}`]);
	});

	test.each(LINE_CASES)('$name says where', ({ name, line }) => {
		expect(linesOf(name)).toEqual([`${seeds}/${name}:${line}`]);
	});

	test('clutter is ignored silently, a sub-folder is a warning', () => {
		expect(report.lines.filter((l) => l.includes('.DS_Store') || l.includes('.gitkeep'))).toEqual([]);
		expect(linesOf('archive')).toEqual([`${seeds}/archive: warning: a folder: folders inside seeds/ are not read; move minutes files directly into seeds/`]);
	});

	test('the error count says every bad file failed; the run reports instead of throwing', () => {
		expect(report.errors).toBe(CASES.length + LINE_CASES.length);
		expect(report.seeds.filter((s) => s.status === 'failed').map((s) => s.name).sort()).toEqual([...CASES, ...LINE_CASES].map((c) => c.name).sort());
	});
});

describe('the good seeds convert in the same run', () => {
	test('the real seeds, the cleaned ones and the markup one are written and valid', async () => {
		const written = report.seeds.filter((s) => s.status === 'written').map((s) => s.name);
		expect(written.sort()).toEqual([...realSeeds, ...WARNING_CASES.map((c) => c.name), 'markup.txt'].sort());
		const entries = await readEntries(out);
		expect(entries).toHaveLength(written.length);
		expect(report.lines.at(-1)).toMatch(new RegExp(`^converted ${written.length} files \\(0 unchanged\\), ${report.errors} errors, \\d+ warnings$`));
	});

	test.each(WARNING_CASES)('$name converts with a warning naming its line, and clean text', async ({ name, line }) => {
		expect(linesOf(name).filter((l) => /: warning: (removed|\d+ CJK)/u.test(l))).toEqual([`${seeds}/${name}:${line}`]);
		const id = report.seeds.find((s) => s.name === name)?.entryIds[0];
		const mdx = await readFile(join(out, `${id}.mdx`), 'utf8');
		expect(mdx).not.toMatch(/[\u0007\u001b\u2f8f]/u);
	});
});

describe('outputs of a seed that turns bad are removed', () => {
	test('a good seed overwritten with binary bytes loses its page and is reported', async () => {
		const dir = join(root, 'turns-bad');
		const dest = join(root, 'turns-bad-out');
		await mkdir(dir);
		await writeFile(join(dir, 'a.txt'), base);
		const first = await convertSeeds({ seedsDir: dir, outDir: dest, parse: parseDocuments });
		expect(first.errors).toBe(0);
		expect((await readdir(dest)).filter((f) => f.endsWith('.mdx'))).toHaveLength(1);
		await writeFile(join(dir, 'a.txt'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04]));
		const second = await convertSeeds({ seedsDir: dir, outDir: dest, parse: parseDocuments });
		expect(second.removed).toHaveLength(1);
		expect((await readdir(dest)).filter((f) => f.endsWith('.mdx'))).toEqual([]);
		expect(second.lines.slice(0, -1)).toEqual([`${dir}/a.txt: not a text file: this is a ZIP archive (a Word .docx, Excel .xlsx or .zip file); a Word document is read when its name ends in .docx, an OpenDocument text when it ends in .odt (rename it); anything else, save the minutes as plain text (.txt, UTF-8) instead`]);
	});
});

describe('pieces', () => {
	test.each([
		['EACCES', /^cannot be read \(permission denied\): make the file readable/u],
		['EPERM', /^cannot be read \(permission denied\)/u],
		['ELOOP', /^a symbolic link/u],
		['EIO', /^cannot be read \(EIO\)/u],
	])('describeReadError(%s)', (code, message) => {
		expect(describeReadError(code)).toMatch(message);
	});

	test.each([
		[utf8('議事要旨.txt'), '議事要旨.txt', true],
		[Buffer.concat([utf8('a'), Buffer.from([0xff]), utf8('.txt')]), 'a\\xFF.txt', false],
		[Buffer.concat([utf8('議'), Buffer.from([0xe8, 0xad]), utf8('.txt')]), '議\\xE8\\xAD.txt', false],
		[utf8('tab\there.txt'), 'tab\\u{9}here.txt', true],
	])('displayName(%s)', (raw, name, valid) => {
		expect(displayName(raw)).toMatchObject({ name, valid });
	});
});

describe('hostile inputs parse at all', () => {
	test.each(Object.keys(HOSTILE_INPUTS))('%s at 1 MB', (input) => {
		const result = parseMinutes(HOSTILE_INPUTS[input]!(1_048_576), { source: 'hostile.txt', sourceHash: '0'.repeat(64) });
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.date).toBe('2025-04-01');
	}, 120_000);

	test('8 MB of spaces, 20,000 lines without 。, 1 MB of （', () => {
		for (const text of [`${HOSTILE_INPUTS['run of spaces']!(8 * MIB)}`, HOSTILE_INPUTS['lines without 。']!(800_000), HOSTILE_INPUTS['opening brackets']!(MIB)]) {
			const result = parseMinutes(text, { source: 'hostile.txt', sourceHash: '0'.repeat(64) });
			expect(result.meeting !== null || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
		}
	}, 120_000);
});
