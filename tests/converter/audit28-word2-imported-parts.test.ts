/**
 * A "Word" file whose text is an imported part (`w:altChunk`), as `html-docx-js` and record systems export minutes: a
 * web page in MHT form, or an HTML file, that Word shows as the document's text. The part is read as a saved web page;
 * a part of a kind not read here is named, and a document with no other text is refused saying what to do.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>議事録</title></head><body><h1>第２回さつき市都市景観審議会　議事録</h1><p>日時：令和６年７月３０日（火）午後２時～４時</p><p>場所：さつき市役所　第２会議室</p><p>出席委員：岡　正樹、堀　陽子</p><p style="margin-left:1em">○岡会長　開会します。</p><p>○堀委員　景観計画の見直しについて伺います。</p></body></html>`;

/** The MHT file html-docx-js writes: the page quoted-printable (only `=` escaped), in a multipart/related message. */
const MHT = `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type="text/html";\r\n    boundary="----=mhtDocumentPart"\r\n\r\n\r\n------=mhtDocumentPart\r\nContent-Type: text/html;\r\n    charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n${PAGE.replaceAll('=', '=3D')}\r\n\r\n------=mhtDocumentPart--\r\n`;

/** A package whose body is the given XML, with its imported parts (name → content) related by id `chunk1`, `chunk2` … */
async function docx(body: string, parts: [string, string][]): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="mht" ContentType="message/rfc822"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
	zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
	zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map(([name], index) => `<Relationship Id="chunk${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${name}"/>`).join('')}</Relationships>`);
	for (const [name, content] of parts) zip.file(name.startsWith('/') ? name.slice(1) : `word/${name}`, content);
	zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr/></w:body></w:document>`);
	return zip.generateAsync({ type: 'uint8array' });
}

describe('a Word file whose text is an imported web page', () => {
	test.each([
		['an MHT part, as html-docx-js writes it', '/word/afchunk.mht', MHT],
		['an HTML part', 'afchunk.htm', PAGE],
	])('%s: read as the saved page, and parsed', async (_, name, content) => {
		const decoded = await docxToText(await docx('<w:altChunk r:id="chunk1"/>', [[name, content]]));
		if (!decoded.ok) throw new Error(decoded.message);
		const meeting = parseDocuments(decoded.text, { source: 'keikan-2.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting && [meeting.title, meeting.date, meeting.location]).toEqual(['第２回さつき市都市景観審議会　議事録', '2024-07-30', 'さつき市役所　第２会議室']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岡会長', '開会します。'],
			['堀委員', '景観計画の見直しについて伺います。'],
		]);
	});

	test('a part of a kind not read here is named: refused when the document has no other text, else a warning', async () => {
		const only = await docxToText(await docx('<w:altChunk r:id="chunk1"><w:altChunkPr><w:matchSrc/></w:altChunkPr></w:altChunk>', [['part1.rtf', '{\\rtf1 ...}']]));
		expect(!only.ok && only.message).toMatch(/^the Word document's text is in parts imported into it that cannot be read here \(word\/part1\.rtf: /u);
		const mixed = await docxToText(await docx('<w:p><w:r><w:t>令和６年度　第１回会議録</w:t></w:r></w:p><w:altChunk r:id="chunk1"/><w:altChunk r:id="chunk2"/>', [['part1.rtf', '{\\rtf1 ...}'], ['afchunk.htm', PAGE]]));
		expect(mixed.ok && mixed.text.split('\n').filter((line) => line !== '').slice(0, 2)).toEqual(['令和６年度　第１回会議録', '第２回さつき市都市景観審議会　議事録']);
		expect(mixed.ok && mixed.warnings.map((warning) => warning.code)).toContain('docx-imported-part');
	});
});

test('a part imported many times is read once; an unclosed element is scanned once', async () => {
	const started = performance.now();
	const decoded = await docxToText(await docx('<w:altChunk r:id="chunk1"/>'.repeat(20_000) + '<w:altChunk r:id="chunk1">'.repeat(20_000), [['afchunk.htm', PAGE]]));
	expect(decoded.ok && decoded.text.split('\n').filter((line) => line.includes('さつき市都市景観審議会'))).toEqual(['第２回さつき市都市景観審議会　議事録']);
	expect(performance.now() - started).toBeLessThan(10_000);
});
