/**
 * A Word document's table of contents (`目次`: the headings again with their page numbers, `議事日程⇥1`), whether Word
 * set it in its content control or only in paragraphs of its `toc 1` style (`TOC1`, `11` in a Japanese Word), is a view
 * of the document, left out: read as text it had made the header's labels into turns and lost the roll.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, paragraphXml, type DocxBlock, type DocxParagraph } from './docx-fixture.ts';

const entry = (title: string, page: string): DocxParagraph => ({ text: `${title}\t${page}`, properties: '<w:pStyle w:val="11"/>' });
const ENTRIES = [entry('議事日程', '1'), entry('出席議員', '1'), entry('開会・開議の宣告', '2'), entry('一般質問', '3')];
const CONTROL: DocxBlock = { xml: `<w:sdt><w:sdtPr><w:id w:val="5"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${[{ text: '目次' }, ...ENTRIES].map(paragraphXml).join('')}</w:sdtContent></w:sdt>` };

const minutes = (contents: DocxBlock[]): DocxBlock[] => [
	{ text: '令和６年第４回さくら川町議会定例会会議録（第１号）', center: true },
	...contents,
	{ text: '令和６年１２月３日（火曜日）' },
	{ text: '出席議員（４名）' },
	{ text: '１番\t山田　太郎君\t２番\t佐藤　花子君' },
	{ text: '３番\t鈴木　一郎君\t４番\t高橋　次郎君' },
	{ text: '' },
	{ text: '○議長（山田太郎君）　ただいまから令和６年第４回さくら川町議会定例会を開会します。' },
	{ text: '○町長（中川　誠君）　お答えします。' },
];

describe('a table of contents', () => {
	test.each([
		['in its content control', [CONTROL]],
		['in paragraphs of a toc style', [{ text: '目次' }, ...ENTRIES]],
	])('%s is left out, and the record reads', async (_, contents) => {
		const decoded = await docxToText(await makeDocx(minutes(contents), { styles: '<w:style w:type="paragraph" w:styleId="11"><w:name w:val="toc 1"/></w:style>' }));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text).not.toMatch(/議事日程|\t[0-9]$/mu);
		const meeting = parseDocuments(decoded.text, { source: 'teireikai-4-1.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['１番　　山田　太郎君', '２番　　佐藤　花子君', '３番　　鈴木　一郎君', '４番　　高橋　次郎君']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（山田太郎君）', '町長（中川　誠君）']);
	});
});
