/**
 * Minutes written in Word (`.docx`): the body read as the document's copied text (a paragraph a line, an empty paragraph a
 * blank line, tables as rows, list items with the numbers and bullets Word shows), the page header and footer left out,
 * then parsed as any text seed; a file that is no Word document, or would unpack beyond the limit, is refused on one line.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { docxToText } from '../../src/converter/docx.ts';
import { pageText } from '../../src/converter/html-text.ts';
import { seedContentType } from '../../src/exports/download.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

const HASH = '0'.repeat(64);

/** A neighbourhood association's board minutes as a secretary types them in Word. */
const MINUTES: DocxBlock[] = [
	{ text: '令和６年度　第３回ひまわり町内会役員会　議事録', center: true },
	{ text: '' },
	{ text: '日時\t令和６年５月２５日（土）午後２時～午後３時３０分' },
	{ text: '場所\tひまわり集会所　２階和室' },
	{ text: '出席者' },
	{ table: [['役職', '氏名'], ['会長', '山田　太郎'], ['副会長', '佐藤　花子'], ['会計', '鈴木　一郎']] },
	{ text: '議題', style: 'Heading1' },
	{ text: '夏祭りの準備について', list: 'decimal' },
	{ text: '防災訓練の日程について', list: 'decimal' },
	{ text: '' },
	{ text: '議事', style: 'Heading1' },
	{ text: '○山田会長\n　それでは、役員会を始めます。夏祭りの準備について、佐藤副会長から説明をお願いします。' },
	{ text: '○佐藤副会長　屋台は例年どおり６張りとし、テントは町会の備品を使います。' },
	{ text: '○鈴木会計　予算は前年度と同額の１５万円を計上しています。' },
	{ text: '配布資料', style: 'Heading2' },
	{ text: '夏祭り配置図', list: 'bullet' },
	{ text: '以上' },
];

const TEXT = [
	'令和６年度　第３回ひまわり町内会役員会　議事録',
	'',
	'日時\t令和６年５月２５日（土）午後２時～午後３時３０分',
	'場所\tひまわり集会所　２階和室',
	'出席者',
	'役職\t氏名',
	'会長\t山田　太郎',
	'副会長\t佐藤　花子',
	'会計\t鈴木　一郎',
	'議題',
	'1. 夏祭りの準備について',
	'2. 防災訓練の日程について',
	'',
	'議事',
	'○山田会長',
	'　それでは、役員会を始めます。夏祭りの準備について、佐藤副会長から説明をお願いします。',
	'○佐藤副会長　屋台は例年どおり６張りとし、テントは町会の備品を使います。',
	'○鈴木会計　予算は前年度と同額の１５万円を計上しています。',
	'配布資料',
	'・夏祭り配置図',
	'以上',
].join('\n');

async function text(bytes: Uint8Array): Promise<string> {
	const decoded = await docxToText(bytes);
	if (!decoded.ok) throw new Error(`refused: ${decoded.message}`);
	return decoded.text;
}

describe('a Word document is read as its copied text', () => {
	test('a paragraph a line, tables as rows, list numbers and bullets shown, the page header and footer left out', async () => {
		const bytes = await makeDocx(MINUTES, { header: 'ひまわり町内会　役員会資料', footer: '- 1 -' });
		expect(await text(bytes)).toBe(TEXT);
	});

	test('parsed as minutes: title, date and times, the roll from the table, the numbered agenda, every speaker', async () => {
		const [result] = parseDocuments(await text(await makeDocx(MINUTES)), { source: 'yakuinkai-3.docx', sourceHash: HASH });
		const meeting = result?.meeting;
		expect(meeting && [meeting.title, meeting.date, meeting.start, meeting.end, meeting.location]).toEqual(['令和６年度　第３回ひまわり町内会役員会　議事録', '2024-05-25', '14:00', '15:30', 'ひまわり集会所　２階和室']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name]))).toEqual([
			['会長', '山田　太郎'],
			['副会長', '佐藤　花子'],
			['会計', '鈴木　一郎'],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['夏祭りの準備について', '防災訓練の日程について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田会長', '佐藤副会長', '鈴木会計']);
	});

	test('a name under furigana keeps its base text (the reading is left out, as a web page\'s ruby is)', async () => {
		const bytes = await makeDocx([{ text: '○{髙橋|たかはし}委員　{喫緊|きっきん}の課題です。' }, { text: '○{東海林|しょうじ}会長　承知しました。' }]);
		expect(await text(bytes)).toBe('○髙橋委員　喫緊の課題です。\n○東海林会長　承知しました。');
	});

	test('a list whose numbering the converter could not write in (mammoth\'s own <ol>/<ul>) still shows a number or a bullet per item', () => {
		const html = '<p>議題</p><ol start="3"><li>予算について</li><li>規約について</li></ol><ul><li>配置図</li><li>・名簿</li></ul>';
		expect(pageText(html, { document: true }).text).toBe('議題\n3. 予算について\n4. 規約について\n・配置図\n・名簿');
	});

	test('the seed is served as the Word document it is', () => {
		expect(seedContentType('yakuinkai-3.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	});
});

describe('what is no readable Word document gets one line', () => {
	test('an old .doc (or a password-protected document) renamed .docx, other bytes, a ZIP of something else', async () => {
		const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
		expect(await docxToText(ole)).toEqual({ ok: false, code: 'not-docx', line: null, message: expect.stringMatching(/^this is an old Word document \(\.doc\) or a password-protected one, renamed \.docx/u) });
		expect(await docxToText(new TextEncoder().encode('令和６年５月２５日　役員会'))).toEqual({ ok: false, code: 'not-docx', line: null, message: expect.stringMatching(/^not a Word document: a \.docx is a ZIP package/u) });
		const sheet = new JSZip();
		sheet.file('xl/workbook.xml', '<workbook/>');
		expect(await docxToText(await sheet.generateAsync({ type: 'uint8array' }))).toEqual({ ok: false, code: 'not-docx', line: null, message: expect.stringMatching(/no word\/document\.xml \(an Excel or PowerPoint file/u) });
	});

	test('a document whose directory says it unpacks beyond the limit is refused before it is unpacked', async () => {
		const bytes = await makeDocx(MINUTES);
		// The central directory's record of word/document.xml, its unpacked size set to 3 GiB.
		const name = new TextEncoder().encode('word/document.xml');
		let at = -1;
		for (let i = 0; i < bytes.length - 46; i++) {
			if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02 && name.every((byte, k) => bytes[i + 46 + k] === byte)) at = i;
		}
		expect(at).toBeGreaterThan(0);
		new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 24, 3 * 1024 ** 3, true);
		expect(await docxToText(bytes)).toEqual({ ok: false, code: 'too-large', line: null, message: expect.stringMatching(/^the Word document would unpack to 3072\.\d MiB, over the 256 MiB limit/u) });
	});

	test('a document with no text says so', async () => {
		expect(await docxToText(await makeDocx([{ text: '' }]))).toEqual({ ok: false, code: 'empty-page', line: null, message: expect.stringMatching(/^the Word document has no text in it/u) });
	});
});

describe('converting a folder', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'docx-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('a .docx seed becomes a meeting beside a text seed; a .doc cut short is refused with what to do', async () => {
		const seeds = join(dir, 'seeds');
		await mkdir(seeds);
		await writeFile(join(seeds, 'yakuinkai-3.docx'), await makeDocx(MINUTES, { footer: '- 1 -' }));
		await writeFile(join(seeds, 'yakuinkai-2.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]));
		const report = await convertSeeds({ seedsDir: seeds, outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => !line.includes('warning') && !line.startsWith('converted'))).toEqual([
			`${seeds}/yakuinkai-2.doc: the Word document is damaged or cut short (its parts point outside the file): open it in Word (or LibreOffice) and save it again, or save the minutes as .docx or as plain text (.txt, UTF-8)`,
		]);
		const entries = await readEntries(join(dir, 'out'));
		expect(entries.map(({ meeting }) => [meeting.source, meeting.date, meeting.remarks.length, meeting.sourceEncoding])).toEqual([['yakuinkai-3.docx', '2024-05-25', 3, undefined]]);
	});
});
