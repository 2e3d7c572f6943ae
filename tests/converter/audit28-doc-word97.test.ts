/**
 * Minutes kept as an old Word document (`.doc`, Word 97–2003): read as a `.docx` is, each paragraph a line, a table's
 * rows with tabs between cells, list numbers as the document shows them, a name under furigana as its base text, a
 * text box after its paragraph, footnotes under the rule, the page header and footer left out; whatever is no Word
 * 97–2003 document gets one line.
 * `shingikai-97.doc` was saved by LibreOffice (Word 97–2003 format) from a flat OpenDocument text.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { docToText } from '../../src/converter/doc.ts';
import { listSeedFolder } from '../../src/converter/seed-files.ts';
import { seedContentType } from '../../src/exports/download.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

const fixture = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(new URL(`../fixtures/word/${name}`, import.meta.url)));

/** The bytes with the Word part's header (starting a sector with `EC A5`, Word's mark) changed by `change`. */
function withWordHeader(bytes: Uint8Array, change: (view: DataView, at: number) => void): Uint8Array {
	const copy = bytes.slice();
	const at = copy.findIndex((byte, i) => i % 512 === 0 && byte === 0xec && copy[i + 1] === 0xa5);
	expect(at).toBeGreaterThan(0);
	change(new DataView(copy.buffer), at);
	return copy;
}

describe('a Word 97–2003 document', () => {
	test('reads as the document shows it: paragraphs, table rows (a cell of two paragraphs too), list numbers, furigana, text boxes, line breaks, footnotes, no tracked deletion', async () => {
		const decoded = await docToText(await fixture('shingikai-97.doc'));
		expect(decoded.ok && decoded.text.split('\n')).toEqual([
			'第４回　青葉市都市計画審議会　議事録',
			'１　日　時　令和６年２月１９日（月）午前１０時００分～午前１１時４５分',
			'２　場　所　青葉市役所　本庁舎７階　大会議室',
			'３　出席委員（５名）',
			// (髙橋 has たかはし over it: Word keeps such a name as a field, the base text in its code.)
			'会長\t髙橋 健一\t学識経験者',
			// (The cell's second paragraph: the row stays whole, the cell's further line after it.)
			'（青葉大学教授）',
			'委員\t中村 由美\t市議会議員',
			'委員　小林　誠\t関係団体',
			'４　議　事',
			'（1）用途地域の変更について（諮問）',
			'ア　事務局説明',
			'イ　質疑',
			'（2）その他',
			'５　配付資料',
			'①資料１　用途地域変更案',
			'②資料２　位置図',
			'６　議事の経過',
			// (A text box anchored in the paragraph above.)
			'（非公開部分なし）',
			'○会長\tただいまから第４回青葉市都市計画審議会を開会いたします。本日は委員５名中５名の出席があり、条例[1]の規定により会議は成立しております。',
			'○事務局（都市計画課長）\t資料１に基づき御説明いたします。',
			'変更箇所は駅北口の約２ヘクタールです。',
			'○中村委員\t住民説明会での意見はどのようなものでしたか。',
			// (A tracked deletion, `（誤って記録した語）`, stands between 増加を and 心配: Word does not show it.)
			'○事務局（都市計画課長）\t主に交通量の増加を心配する声がございました。',
			'○会長\tほかにございませんか。それでは原案のとおり答申することに御異議ございませんか。',
			'（「異議なし」と呼ぶ者あり）',
			'○会長\t御異議なしと認め、原案のとおり答申いたします。以上で本日の審議会を閉会いたします。',
			'（午前１１時４５分閉会）',
			'────◇────',
			'[1] 青葉市都市計画審議会条例第６条第２項',
		]);
		const meeting = parseDocuments(decoded.ok ? decoded.text : '', { source: 'shingikai-97.doc', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.date).toBe('2024-02-19');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長', '事務局（都市計画課長）', '中村委員', '事務局（都市計画課長）', '会長', '会長']);
		expect(meeting?.remarks.at(-1)?.text).toBe('御異議なしと認め、原案のとおり答申いたします。以上で本日の審議会を閉会いたします。');
	});

	test('a footnote with a mark of its own (※) is read under the rule too, not lost', async () => {
		const decoded = await docToText(await fixture('note-mark-97.doc'));
		const lines = decoded.ok ? decoded.text.split('\n') : [];
		expect(lines.find((line) => line.startsWith('○会長\tただいまから'))).toContain('条例※の規定により');
		expect(lines.slice(-2)).toEqual(['────◇────', '[1] ※\t青葉市都市計画審議会条例第６条第２項']);
	});

	test('the seed is served as the Word document it is', () => {
		expect(seedContentType('shingikai-97.doc')).toBe('application/msword');
	});
});

describe('what is no readable Word 97–2003 document gets one line', () => {
	test('an Excel workbook, a Word 6.0/95 or password-protected document, a file cut short, other bytes', async () => {
		const refused = (pattern: RegExp) => ({ ok: false, code: 'not-doc', line: null, message: expect.stringMatching(pattern) });
		expect(await docToText(await fixture('roll.xls'))).toEqual(refused(/^this is an Excel workbook \(\.xls\), not a Word document, renamed \.doc/u));
		const doc = await fixture('shingikai-97.doc');
		expect(await docToText(withWordHeader(doc, (view, at) => view.setUint16(at + 2, 0x65, true)))).toEqual(refused(/^this is a document of Word 6\.0\/95 or older/u));
		expect(await docToText(withWordHeader(doc, (view, at) => view.setUint16(at + 0x0a, view.getUint16(at + 0x0a, true) | 0x0100, true)))).toEqual(refused(/^the Word document is password-protected/u));
		expect(await docToText(doc.subarray(0, 3000))).toEqual(refused(/^the Word document is damaged or cut short/u));
		expect(await docToText(new TextEncoder().encode('令和６年５月２５日　役員会'))).toEqual(refused(/^not a Word document: a \.doc from Word 97–2003 is an Office compound file/u));
	});

	test('a sector chain that loops back on itself stops the reading', async () => {
		const doc = (await fixture('shingikai-97.doc')).slice();
		const view = new DataView(doc.buffer);
		// The allocation table's first sector (the header's first entry), and in it the directory's chain made a loop of two.
		const fat = (view.getUint32(0x4c, true) + 1) * 512;
		const directory = view.getUint32(0x30, true);
		view.setUint32(fat + directory * 4, 0, true);
		view.setUint32(fat, directory, true);
		expect(await docToText(doc)).toEqual({ ok: false, code: 'not-doc', line: null, message: expect.stringMatching(/^the Word document is damaged or cut short/u) });
	});

	test('a .docx, a rich-text document or a web page saved under a .doc name is read as what it is', async () => {
		const rtf = await docToText(new TextEncoder().encode('{\\rtf1\\ansi\\ansicpg932 {\\f0 \\u24441?\\u21729?\\u20250?\\par \\u20196?\\u21644?6\\u24180?}}'));
		expect(rtf.ok && rtf.text).toBe('役員会\n令和6年');
		const docx = await docToText(await makeDocx([{ text: '役員会議事録' }, { text: '令和６年５月２５日' }]));
		expect(docx.ok && docx.text).toBe('役員会議事録\n令和６年５月２５日');
		const page = await docToText(new TextEncoder().encode('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><h1>役員会議事録</h1><div>令和６年５月２５日</div></body></html>'));
		expect(page.ok && page.text).toBe('役員会議事録\n令和６年５月２５日');
		const zip = new JSZip();
		zip.file('xl/workbook.xml', '<workbook/>');
		expect(await docToText(await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({ ok: false, code: 'not-docx' });
	});
});

describe('converting a folder', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'doc-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('a .doc seed becomes a meeting', async () => {
		const seeds = join(dir, 'seeds');
		await mkdir(seeds);
		await writeFile(join(seeds, 'shingikai-97.doc'), await fixture('shingikai-97.doc'));
		expect((await listSeedFolder(seeds)).map((entry) => [entry.kind, entry.name])).toEqual([['seed', 'shingikai-97.doc']]);
		const report = await convertSeeds({ seedsDir: seeds, outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => !line.startsWith('converted'))).toEqual([]);
		const entries = await readEntries(join(dir, 'out'));
		expect(entries.map(({ meeting }) => [meeting.source, meeting.date, meeting.remarks.length, meeting.sourceEncoding])).toEqual([['shingikai-97.doc', '2024-02-19', 6, undefined]]);
	});
});
