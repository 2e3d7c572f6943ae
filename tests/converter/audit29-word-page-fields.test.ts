/**
 * A page's number pasted into a word processor's document's body, as a field (`PAGE`, `NUMPAGES`; an `.odt`'s
 * `text:page-number`) in a paragraph of its own (`－ 1 －`, `2ページ`, `(3/5)`, `Page 4 of 5`, a field whose result was
 * never set, `－  －`), is a page's footer, no one's words: the paragraph is left out, in a `.docx`, `.doc`, `.odt` and
 * `.rtf` alike. It had been read into the turn before it. A page count inside a sentence keeps its number.
 * `page-fields-97.doc` was saved by LibreOffice (Word 97–2003 format) from a `.docx` written as the one below.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { DecodeResult } from '../../src/converter/decode.ts';
import { docToText } from '../../src/converter/doc.ts';
import { docxToText } from '../../src/converter/docx.ts';
import { odtToText } from '../../src/converter/odt.ts';
import { rtfToText } from '../../src/converter/rtf.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const field = (instruction: string, result: string) =>
	`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result === '' ? '' : run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const right = (...content: string[]) => ({ xml: `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${content.join('')}</w:p>` });

const HEAD = ['第２回青葉市環境保全審議会　会議録', '日時　令和６年１１月１２日（火）午前１０時', '場所　市役所本庁舎　第３会議室', ''];

/** The decoded text's lines and its turns. */
function read(decoded: DecodeResult) {
	if (!decoded.ok) throw new Error(decoded.message);
	const meeting = parseDocuments(decoded.text, { source: 'kankyo-2', sourceHash: '0'.repeat(64) })[0]?.meeting;
	return { lines: decoded.text.split('\n'), remarks: meeting?.remarks.map((remark) => [remark.speaker, remark.text]) };
}

const REMARKS = [
	['会長（森本）', '開会します。'],
	['委員（高田）', '意見があります。'],
	['事務局（中西）', 'お答えします。'],
	['委員（高田）', '了解しました。'],
	['委員（石原）', '質問です。'],
	['会長（森本）', '閉会します。'],
];

describe('a page number in the body', () => {
	test('a .docx: paragraphs of page-number fields alone are left out, whatever dresses them; a page count in a sentence stays', async () => {
		const { lines, remarks } = read(
			await docxToText(
				await makeDocx([
					...HEAD.map((text) => ({ text })),
					{ text: '○会長（森本）　開会します。' },
					{ text: '○委員（高田）　意見があります。' },
					right(run('－ '), field('PAGE', ''), run(' －')),
					{ text: '○事務局（中西）　お答えします。' },
					right(field('PAGE \\* MERGEFORMAT', '2'), run('ページ')),
					{ xml: `<w:p>${run('○委員（高田）　了解しました。')}</w:p>` },
					right(run('('), field('PAGE', '3'), run('/'), field('NUMPAGES', '5'), run(')')),
					{ text: '○委員（石原）　質問です。' },
					right(run('Page '), field('PAGE', '4'), run(' of '), field('NUMPAGES', '5')),
					{ text: '○会長（森本）　閉会します。' },
					right(run('- '), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>5</w:t></w:r></w:fldSimple>', run(' -')),
				]),
			),
		);
		expect(remarks).toEqual(REMARKS);
		expect(lines.slice(4)).toEqual(REMARKS.map(([speaker, text]) => `○${speaker}　${text}`));
		const counted = read(await docxToText(await makeDocx([...HEAD.map((text) => ({ text })), { xml: `<w:p>${run('○会長（森本）　本日の資料は全')}${field('NUMPAGES', '12')}${run('ページです。')}</w:p>` }])));
		expect(counted.remarks).toEqual([['会長（森本）', '本日の資料は全12ページです。']]);
	});

	test('a .doc saved from it reads the same', async () => {
		const { remarks } = read(await docToText(new Uint8Array(await readFile(new URL('../fixtures/word/page-fields-97.doc', import.meta.url)))));
		expect(remarks).toEqual(REMARKS);
	});

	test('an .rtf: its PAGE and NUMPAGES fields', () => {
		const u = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
		const page = (instruction: string, result: string) => `{\\field{\\*\\fldinst ${instruction}}{\\fldrslt ${result}}}`;
		const rtf = [
			'{\\rtf1\\ansi\\ansicpg932\\uc1',
			...HEAD.map((text) => `\\pard ${u(text)}\\par`),
			`\\pard ${u('○会長（森本）　開会します。')}\\par`,
			`\\pard ${u('○委員（高田）　意見があります。')}\\par`,
			`\\pard\\qc ${u('－ ')}${page('PAGE', '')}${u(' －')}\\par`,
			`\\pard ${u('○事務局（中西）　お答えします。')}\\par`,
			`\\pard\\qr ${page('PAGE', '2')}${u('ページ')}\\par`,
			`\\pard ${u('○委員（高田）　了解しました。')}\\par`,
			`\\pard\\qr (${page('PAGE', '3')}/${page('NUMPAGES', '5')})\\par`,
			`\\pard ${u('○委員（石原）　質問です。')}\\par`,
			`\\pard\\qr Page ${page('PAGE', '4')} of ${page('NUMPAGES', '5')}\\par`,
			`\\pard ${u('○会長（森本）　閉会します。')}\\par`,
			`\\pard\\qc - ${page('PAGE', '5')} -\\par}`,
		].join('\n');
		expect(read(rtfToText(new TextEncoder().encode(rtf))).remarks).toEqual(REMARKS);
	});

	test('an .odt: its page number and page count', async () => {
		const zip = new JSZip();
		zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
		const p = (content: string) => `<text:p>${content}</text:p>`;
		const number = (value: string) => `<text:page-number text:select-page="current">${value}</text:page-number>`;
		const body = [
			...HEAD.map(p),
			p('○会長（森本）　開会します。'),
			p('○委員（高田）　意見があります。'),
			p(`－ ${number('')} －`),
			p('○事務局（中西）　お答えします。'),
			p(`${number('2')}ページ`),
			p('○委員（高田）　了解しました。'),
			p(`(${number('3')}/<text:page-count>5</text:page-count>)`),
			p('○委員（石原）　質問です。'),
			p(`Page ${number('4')} of <text:page-count>5</text:page-count>`),
			p('○会長（森本）　閉会します。'),
			p(`- ${number('5')} -`),
		].join('');
		zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
		expect(read(await odtToText(await zip.generateAsync({ type: 'uint8array' }))).remarks).toEqual(REMARKS);
	});

	test('a line of struck words and a page number: the struck words are still named in a warning', async () => {
		const decoded = await docxToText(await makeDocx([...HEAD.map((text) => ({ text })), { text: '○会長（森本）　開会します。' }, right('<w:r><w:rPr><w:strike/></w:rPr><w:t>（削除）</w:t></w:r>', field('PAGE', '1'))]));
		expect(decoded.ok && decoded.warnings.filter((warning) => warning.code === 'struck-text').map((warning) => warning.message)).toEqual([expect.stringContaining('"（削除）"')]);
	});

	test('a page number as its own element (a .docx\'s w:pgNum, an .rtf\'s \\chpgn) is one too', async () => {
		const docx = read(await docxToText(await makeDocx([...HEAD.map((text) => ({ text })), { text: '○会長（森本）　開会します。' }, right(run('－ '), '<w:r><w:pgNum/></w:r>', run(' －')), { text: '○会長（森本）　閉会します。' }])));
		expect(docx.remarks).toEqual([REMARKS[0], REMARKS[5]]);
		const u = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
		const rtf = ['{\\rtf1\\ansi\\uc1', ...HEAD.map((text) => `\\pard ${u(text)}\\par`), `\\pard ${u('○会長（森本）　開会します。')}\\par`, `\\pard\\qc ${u('－ ')}{\\chpgn}${u(' －')}\\par`, `\\pard ${u('○会長（森本）　閉会します。')}\\par}`].join('\n');
		expect(read(rtfToText(new TextEncoder().encode(rtf))).remarks).toEqual([REMARKS[0], REMARKS[5]]);
	});

	test('the document\'s own page-mark character is no mark: its line stays', async () => {
		const { remarks } = read(await docxToText(await makeDocx([...HEAD.map((text) => ({ text })), { text: '○会長（森本）　開会します。' }, { text: '\ufdd5（１）' }])));
		expect(remarks).toEqual([['会長（森本）', '開会します。\n（１）']]);
	});
});
