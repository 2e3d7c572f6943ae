/**
 * Hidden text (a template's `【記入例】`, a note to the clerk) is left out of an old Word document (`.doc`, its runs
 * marked `sprmCFVanish`) and of an OpenDocument text (a style with `text:display="none"`, as LibreOffice writes Word's
 * hidden text, or one based on it), as it is of a `.docx` and an `.rtf`: Word and LibreOffice neither show nor print
 * it. It had been read as the document's text, the template's example before the place and the note in a turn.
 * `hidden-97.doc` was saved by LibreOffice (Word 97–2003 format) from a `.docx` with hidden runs (`w:vanish`).
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { DecodeResult } from '../../src/converter/decode.ts';
import { docToText } from '../../src/converter/doc.ts';
import { odtToText } from '../../src/converter/odt.ts';
import { parseDocuments } from '../../src/parser/index.ts';

function read(decoded: DecodeResult) {
	if (!decoded.ok) throw new Error(decoded.message);
	const meeting = parseDocuments(decoded.text, { source: 'kokusai-2', sourceHash: '0'.repeat(64) })[0]?.meeting;
	return { text: decoded.text, location: meeting?.location, remarks: meeting?.remarks.map((remark) => [remark.speaker, remark.text]) };
}

const REMARKS = [
	['理事長（金子）', '開会します。'],
	['理事（中島）', '賛成です。'],
	['理事長（金子）', '閉会します。'],
];

describe('hidden text', () => {
	test('a .doc: hidden runs are left out, a paragraph hidden whole leaving a blank line as a .docx does', async () => {
		const { text, location, remarks } = read(await docToText(new Uint8Array(await readFile(new URL('../fixtures/word/hidden-97.doc', import.meta.url)))));
		expect(location).toBe('国際交流センター');
		expect(remarks).toEqual(REMARKS);
		expect(text).not.toMatch(/記入例|要確認|事務局メモ/u);
	});

	test('an .odt: a span and a paragraph whose style hides them, through the style they are based on', async () => {
		const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"';
		const zip = new JSZip();
		zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
		zip.file('styles.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns}><office:styles><style:style style:name="記入例" style:family="text"><style:text-properties text:display="none"/></style:style></office:styles></office:document-styles>`);
		zip.file(
			'content.xml',
			`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style><style:style style:name="T2" style:family="text" style:parent-style-name="記入例"/><style:style style:name="T3" style:family="text"><style:text-properties text:display="true"/></style:style><style:style style:name="P1" style:family="paragraph"><style:text-properties text:display="none"/></style:style></office:automatic-styles><office:body><office:text>
<text:p>第２回青葉市国際交流協会理事会　議事録</text:p><text:p>日時　令和６年８月２２日（木）午後６時</text:p>
<text:p><text:span text:style-name="T2">【記入例：場所を書く】</text:span>場所　国際交流センター</text:p><text:p/>
<text:p>○理事長（金子）　開会します。</text:p>
<text:p>○理事（中島）　<text:span text:style-name="T1">（要確認）</text:span>賛成です。</text:p>
<text:p text:style-name="P1">○事務局メモ：録音データは削除済み</text:p>
<text:p>○理事長（金子）　<text:span text:style-name="T3">閉会します。</text:span></text:p>
</office:text></office:body></office:document-content>`,
		);
		const { text, location, remarks } = read(await odtToText(await zip.generateAsync({ type: 'uint8array' })));
		expect(location).toBe('国際交流センター');
		expect(remarks).toEqual(REMARKS);
		expect(text).not.toMatch(/記入例|要確認|事務局メモ/u);
	});
});
