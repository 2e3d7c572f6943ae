/**
 * Minutes saved as rich text (`.rtf`): read as a `.doc` is, each paragraph a line, a table's rows with tabs between cells,
 * list numbers as written (`\listtext`), fields as they show (a name under furigana as its base text, a link as its
 * text), footnotes under the rule; Japanese given as Shift_JIS bytes (`\'93\'fa`, a trail byte written as it is) or as
 * characters (`\u26085?`); the page header and footer, pictures, hidden text and tracked deletions are not read.
 * `iinkai-shift-jis.rtf` is written as Word writes Japanese (`\ansicpg932`, a `\fcharset128` font, `\uc2`),
 * `shingikai-libreoffice.rtf` was saved by LibreOffice (the same document as `shingikai-97.doc`).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { rtfToText } from '../../src/converter/rtf.ts';
import { seedContentType } from '../../src/exports/download.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const fixture = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(new URL(`../fixtures/word/${name}`, import.meta.url)));
const text = (rtf: string | Uint8Array) => {
	const decoded = rtfToText(typeof rtf === 'string' ? new Uint8Array(Buffer.from(rtf, 'latin1')) : rtf);
	return decoded.ok ? decoded.text : decoded;
};

describe('a rich-text document', () => {
	test('as Word writes Japanese: Shift_JIS bytes, a table, list numbers, furigana, a link, a footnote', async () => {
		const decoded = rtfToText(await fixture('iinkai-shift-jis.rtf'));
		expect(decoded.ok && decoded.text.split('\n')).toEqual([
			'しらかば町議会総務常任委員会会議録',
			'１　日　時　令和６年１２月１０日（火）午前１０時開会',
			'２　場　所　第１委員会室',
			'３　出席委員（３名）',
			'委員長\t髙橋　修\t出席',
			'副委員長\t𠮷田　恵子\t出席',
			'委員\t佐藤　一郎\t欠席',
			'４　付託事件',
			'（１）\t議案第５０号　しらかば町ソフトウェア管理条例の制定について',
			'（２）\t陳情第３号　防災無線の改善について',
			'５　審査の経過',
			'○委員長（髙橋修君）　ただいまから総務常任委員会を開会いたします。[1]',
			'○総務課長（鈴木健一君）　議案第５０号について御説明いたします。',
			'詳細は資料のとおりです。',
			'○佐藤委員　ソフトウェアの範囲はどこまでですか。詳しくは町ホームページを参照。',
			'○委員長（髙橋修君）　以上で本日の委員会を閉会いたします。',
			'（午前１１時２０分閉会）',
			'────◇────',
			'[1] 委員会条例第１４条による。',
		]);
		const meeting = parseDocuments(decoded.ok ? decoded.text : '', { source: 'iinkai.rtf', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.date).toBe('2024-12-10');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長（髙橋修君）', '総務課長（鈴木健一君）', '佐藤委員', '委員長（髙橋修君）']);
	});

	test('as LibreOffice writes it: every character as \\uN, a ruby field with an empty result, a text box, a footnote marked \\*', async () => {
		const decoded = rtfToText(await fixture('shingikai-libreoffice.rtf'));
		const lines = decoded.ok ? decoded.text.split('\n') : [];
		expect(lines.slice(0, 20)).toEqual([
			'\t第４回　青葉市都市計画審議会　議事録',
			'１　日　時　令和６年２月１９日（月）午前１０時００分～午前１１時４５分',
			'２　場　所　青葉市役所　本庁舎７階　大会議室',
			'３　出席委員（５名）',
			'会長\t髙橋 健一\t学識経験者',
			'（青葉大学教授）',
			'委員\t中村 由美\t市議会議員',
			'委員　小林　誠\t関係団体',
			'４　議　事',
			'（1）\t用途地域の変更について（諮問）',
			'ア　事務局説明',
			'イ　質疑',
			'（2）\tその他',
			'５　配付資料',
			'①\t資料１　用途地域変更案',
			'②\t資料２　位置図',
			'６　議事の経過',
			// (A text box anchored in the paragraph above, its shape's properties no text.)
			'（非公開部分なし）',
			'○会長\tただいまから第４回青葉市都市計画審議会を開会いたします。本日は委員５名中５名の出席があり、条例[1]の規定により会議は成立しております。',
			'○事務局（都市計画課長）\t資料１に基づき御説明いたします。',
		]);
		expect(lines).toContain('○事務局（都市計画課長）\t主に交通量の増加を心配する声がございました。');
		expect(lines.slice(-2)).toEqual(['────◇────', '[1] 青葉市都市計画審議会条例第６条第２項']);
		expect(lines.some((line) => line.includes('－') || line === '青葉市都市計画審議会' || line.includes('誤って'))).toBe(false);
	});

	test('escapes: \\uc counts, surrogate halves, a raw Shift_JIS character whose trail byte is a backslash', () => {
		expect(text(String.raw`{\rtf1\ansi\ansicpg932\uc2 \u26085\'93\'fa\u26412\'96\'7b end\par}`)).toBe('日本 end');
		expect(text(String.raw`{\rtf1\ansi\uc1 {\uc2 \u228\'e4\'e4}\u228\'e4\'e4\par}`)).toBe('äää');
		expect(text(String.raw`{\rtf1\ansi\uc1 rocket \u-10179\u-8576? and \u-10179?\u-8576? end\par}`)).toBe('rocket 🚀 and 🚀 end');
		expect(text(String.raw`{\rtf1{\uc2\u945?}Visible}`)).toBe('αVisible');
		expect(text(Uint8Array.from([...Buffer.from(String.raw`{\rtf1\ansi\ansicpg932 `, 'latin1'), 0x83, 0x5c, ...Buffer.from('x test}', 'latin1')]))).toBe('ソx test');
		expect(text(String.raw`{\rtf1\ansi{\fonttbl{\f0\fnil\fcharset128 MS;}}\f0 \'82\'a0\'83A\par}`)).toBe('あア');
		// Text given twice, in the code page and in Unicode (`\upr`, `\*\ud`): read once, and not at all in the document's properties.
		expect(text(String.raw`{\rtf1\ansi {\upr{ab}{\*\ud{\u12354?c}}}d}`)).toBe('あcd');
		expect(text(String.raw`{\rtf1\ansi {\info{\upr{\title ab}{\*\ud{\title c}}}}d}`)).toBe('d');
	});

	test('the seed is served as the rich-text document it is', () => {
		expect(seedContentType('iinkai.rtf')).toBe('application/rtf');
	});
});

test('a cell of two paragraphs keeps its row whole, its further line after it', () => {
	const row = String.raw`\trowd\cellx2000\cellx4000\cellx8000\pard\intbl 会長\cell 髙橋 健一\cell 学識経験者\par （青葉大学教授）\cell\pard\intbl{\trowd\cellx2000\cellx4000\cellx8000\row}`;
	const rtf = (String.raw`{\rtf1\ansi\uc0 \pard 出席委員\par ` + row + String.raw`\pard 議事\par}`).replace(/[^\x00-\x7f]/gu, (char) => `\\u${char.charCodeAt(0)} `);
	expect(text(rtf)).toBe('出席委員\n会長\t髙橋 健一\t学識経験者\n（青葉大学教授）\n議事');
});

test('a file cut off inside fields within fields keeps what they show, in order', () => {
	expect(text(String.raw`{\rtf1 A{\field{\*\fldinst X}{\fldrslt B{\field{\*\fldinst Y}{\fldrslt C`)).toBe('ABC');
});

describe('what is no readable rich-text document gets one line', () => {
	test('other bytes, groups nested without end', () => {
		expect(text('令和６年１２月１０日　委員会')).toEqual({ ok: false, code: 'not-rtf', line: null, message: expect.stringMatching(/^not an RTF document: a rich-text file starts with \{\\rtf/u) });
		expect(text(`{\\rtf1\\ansi ${'{'.repeat(100_000)}`)).toEqual({ ok: false, code: 'not-rtf', line: null, message: expect.stringMatching(/^the RTF document's groups are nested more than 2000 deep/u) });
		expect(text('{\\rtf1\\ansi {\\pict 0102}}')).toEqual({ ok: false, code: 'empty-page', line: null, message: expect.stringMatching(/^the RTF document has no text in it/u) });
	});
});

describe('converting a folder', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'rtf-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('an .rtf seed becomes a meeting', async () => {
		const seeds = join(dir, 'seeds');
		await mkdir(seeds);
		await writeFile(join(seeds, 'iinkai.rtf'), await fixture('iinkai-shift-jis.rtf'));
		const report = await convertSeeds({ seedsDir: seeds, outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => !line.startsWith('converted'))).toEqual([]);
		const entries = await readEntries(join(dir, 'out'));
		expect(entries.map(({ meeting }) => [meeting.source, meeting.date, meeting.remarks.length, meeting.sourceEncoding])).toEqual([['iinkai.rtf', '2024-12-10', 4, undefined]]);
	});
});
