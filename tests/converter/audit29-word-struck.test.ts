/**
 * Words struck through in a word processor's document (見え消し: a correction kept struck, `予算は~~５００万円~~６００万円`)
 * are no longer the text: they are left out, each with a warning at its line that names them, in a `.docx` (`w:strike`,
 * `w:dstrike`), an `.odt` (a style's line-through), an `.rtf` (`\strike`, `\striked1`) and a `.doc`; a paragraph struck
 * whole leaves no turn behind. They had been read as live text, the old figure and the new side by side.
 * `struck-97.doc` was saved by LibreOffice (Word 97–2003 format) from a `.docx` written as the one below.
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

const run = (text: string, properties = '') => `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const line = (...runs: string[]) => ({ xml: `<w:p>${runs.join('')}</w:p>` });

/** The turns of a decoded document, and its warnings about struck words (line, message). */
function read(decoded: DecodeResult) {
	if (!decoded.ok) throw new Error(decoded.message);
	const meeting = parseDocuments(decoded.text, { source: 'kodomo-2.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
	return {
		remarks: meeting?.remarks.map((remark) => [remark.speaker, remark.text]),
		struck: decoded.warnings.filter((warning) => warning.code === 'struck-text').map((warning) => [warning.line, /"([^"]*)"/u.exec(warning.message)?.[1]]),
		lines: decoded.text.split('\n'),
	};
}

const REMARKS = [
	['会長（堀）', '開会します。'],
	['委員（今井）', '予算は６００万円と聞いています。'],
	['事務局（北村）', '確認して後ほどお答えします。'],
	['会長（堀）', '閉会します。'],
];

describe('struck-through words', () => {
	test('a .docx: a struck word, a double-struck sentence and a paragraph struck whole are left out, each with a warning at its line', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第２回青葉市子ども会議　会議録' },
				{ text: '日時　令和６年１０月３日（木）午後２時～午後３時３０分' },
				{ text: '' },
				{ text: '○会長（堀）　開会します。' },
				line(run('○委員（今井）　予算は'), run('５００万円', '<w:strike/>'), run('６００万円と聞いています。')),
				line(run('○事務局（北村）　'), run('その通りです。', '<w:dstrike/>'), run('確認して後ほどお答えします。')),
				line(run('○委員（島田）　了解しました。', '<w:strike/>')),
				line(run('○会長（堀）　'), run('閉会します。', '<w:strike w:val="0"/>')),
			]),
		);
		const { remarks, struck, lines } = read(decoded);
		expect(remarks).toEqual(REMARKS);
		expect(struck).toEqual([
			[5, '５００万円'],
			[6, 'その通りです。'],
			[7, '○委員（島田）　了解しました。'],
		]);
		expect(lines.slice(4)).toEqual(['○委員（今井）　予算は６００万円と聞いています。', '○事務局（北村）　確認して後ほどお答えします。', '○会長（堀）　閉会します。']);
	});

	test('an .odt: a span and a paragraph whose style strikes them, through the style they are based on', async () => {
		const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"';
		const zip = new JSZip();
		zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
		zip.file(
			'styles.xml',
			`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns}><office:styles><style:style style:name="見え消し" style:family="text"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="double"/></style:style></office:styles></office:document-styles>`,
		);
		zip.file(
			'content.xml',
			`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style><style:style style:name="T2" style:family="text" style:parent-style-name="見え消し"/><style:style style:name="T3" style:family="text"><style:text-properties style:text-line-through-style="none"/></style:style><style:style style:name="P1" style:family="paragraph"><style:text-properties style:text-line-through-style="solid"/></style:style></office:automatic-styles><office:body><office:text>
<text:p>第２回青葉市子ども会議　会議録</text:p><text:p>日時　令和６年１０月３日（木）午後２時～午後３時３０分</text:p><text:p/>
<text:p>○会長（堀）　開会します。</text:p>
<text:p>○委員（今井）　予算は<text:span text:style-name="T1">５００万円</text:span>６００万円と聞いています。</text:p>
<text:p>○事務局（北村）　<text:span text:style-name="T2">その通りです。</text:span>確認して後ほどお答えします。</text:p>
<text:p text:style-name="P1">○委員（島田）　了解しました。</text:p>
<text:p>○会長（堀）　<text:span text:style-name="T3">閉会します。</text:span></text:p>
</office:text></office:body></office:document-content>`,
		);
		const { remarks, struck } = read(await odtToText(await zip.generateAsync({ type: 'uint8array' })));
		expect(remarks).toEqual(REMARKS);
		expect(struck).toEqual([
			[5, '５００万円'],
			[6, 'その通りです。'],
			[7, '○委員（島田）　了解しました。'],
		]);
	});

	test('an .rtf: \\strike and \\striked1 until switched off or the group ends', () => {
		const u = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
		const rtf = [
			'{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fcharset128 MS Mincho;}}\\uc1',
			`\\pard ${u('第２回青葉市子ども会議　会議録')}\\par`,
			`\\pard ${u('日時　令和６年１０月３日（木）午後２時～午後３時３０分')}\\par\\pard\\par`,
			`\\pard ${u('○会長（堀）　開会します。')}\\par`,
			`\\pard ${u('○委員（今井）　予算は')}{\\strike ${u('５００万円')}}${u('６００万円と聞いています。')}\\par`,
			`\\pard ${u('○事務局（北村）　')}\\striked1 ${u('その通りです。')}\\striked0 ${u('確認して後ほどお答えします。')}\\par`,
			`\\pard {\\strike ${u('○委員（島田）　了解しました。')}\\par}`,
			`\\pard ${u('○会長（堀）　')}{\\strike\\strike0 ${u('閉会します。')}}\\par}`,
		].join('\n');
		const { remarks, struck } = read(rtfToText(new TextEncoder().encode(rtf)));
		expect(remarks).toEqual(REMARKS);
		expect(struck).toEqual([
			[5, '５００万円'],
			[6, 'その通りです。'],
			[7, '○委員（島田）　了解しました。'],
		]);
	});

	test('a .doc: struck runs (sprmCFStrike, sprmCFDStrike) are left out as in the .docx it was saved from', async () => {
		const bytes = new Uint8Array(await readFile(new URL('../fixtures/word/struck-97.doc', import.meta.url)));
		const { remarks, struck } = read(await docToText(bytes));
		expect(remarks).toEqual([...REMARKS.slice(0, 3), ['会長（堀）', '閉会します。']]);
		expect(struck).toEqual([
			[6, '５００万円'],
			[7, 'その通りです。'],
			[8, '○委員（島田）　了解しました。'],
		]);
	});

	test('a paragraph struck whole between blank lines, and one at the end, leave no line; the document\'s own noncharacters are no marks', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第２回青葉市子ども会議　会議録' },
				{ text: '日時　令和６年１０月３日（木）午後２時' },
				{ text: '' },
				{ text: '○会長（堀）　開会します。\ufdd1\ufde0\ufdd2' },
				line(run('（休憩）', '<w:strike/>')),
				{ text: '○会長（堀）　閉会します。' },
				line(run('以上', '<w:dstrike/>')),
			]),
		);
		const { remarks, struck, lines } = read(decoded);
		expect(remarks).toEqual([
			['会長（堀）', '開会します。'],
			['会長（堀）', '閉会します。'],
		]);
		expect(lines.at(-1)).toBe('○会長（堀）　閉会します。');
		expect(struck).toEqual([
			[5, '（休憩）'],
			[5, '以上'],
		]);
	});
});
