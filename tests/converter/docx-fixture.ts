/**
 * Word documents (.docx) for the tests, written as Word writes them: a ZIP of `[Content_Types].xml`, the package's
 * relations, `word/document.xml` (paragraphs of runs, tabs and breaks, tables, numbered and bulleted lists, heading
 * styles), `word/numbering.xml`, and a page header and footer that the converter must leave out.
 */
import JSZip from 'jszip';

/** One paragraph: its text (`\t` a tab, `\n` a line break inside the paragraph, `{山田|やまだ}` a ruby), its style, or a list item. */
export interface DocxParagraph {
	text: string;
	style?: 'Title' | 'Heading1' | 'Heading2';
	/** A numbered (`decimal`) or bulleted list item. */
	list?: 'decimal' | 'bullet';
	/** Centered (a title set by hand), as minutes' first lines often are. */
	center?: boolean;
}

/** A block of the document: a paragraph, or a table of rows of cells (each cell's text, lines split by `\n` into paragraphs). */
export type DocxBlock = DocxParagraph | { table: string[][] };

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** One run of words. */
const textRun = (words: string): string => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escape(words)}</w:t></w:r>`;

/** The runs of a text: words in `w:t`, tabs as `w:tab`, line breaks as `w:br`, `{山田|やまだ}` a ruby (furigana) over its base. */
function runs(text: string): string {
	return text
		.split(/(\t|\n|\{[^|{}]+\|[^{}]+\})/u)
		.filter((part) => part !== '')
		.map((part) => {
			if (part === '\t') return '<w:r><w:tab/></w:r>';
			if (part === '\n') return '<w:r><w:br/></w:r>';
			const ruby = /^\{(?<base>[^|{}]+)\|(?<reading>[^{}]+)\}$/u.exec(part)?.groups;
			if (ruby) return `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt>${textRun(ruby.reading ?? '')}</w:rt><w:rubyBase>${textRun(ruby.base ?? '')}</w:rubyBase></w:ruby></w:r>`;
			return textRun(part);
		})
		.join('');
}

function paragraph(block: DocxParagraph): string {
	const properties = [
		block.style ? `<w:pStyle w:val="${block.style}"/>` : '',
		block.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${block.list === 'decimal' ? 1 : 2}"/></w:numPr>` : '',
		block.center ? '<w:jc w:val="center"/>' : '',
	].join('');
	return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs(block.text)}</w:p>`;
}

function table(rows: string[][]): string {
	const cells = (row: string[]) => row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${cell.split('\n').map((line) => paragraph({ text: line })).join('')}</w:tc>`).join('');
	return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** The bytes of a .docx holding the blocks, with a page header and footer (`header` / `footer` text). */
export async function makeDocx(blocks: readonly DocxBlock[], options: { header?: string; footer?: string } = {}): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
	);
	zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
	zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`);
	zip.file('word/styles.xml', STYLES);
	zip.file('word/numbering.xml', NUMBERING);
	zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}>${paragraph({ text: options.header ?? '' })}</w:hdr>`);
	zip.file('word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W}>${paragraph({ text: options.footer ?? '' })}</w:ftr>`);
	const body = blocks.map((block) => ('table' in block ? table(block.table) : paragraph(block))).join('\n');
	zip.file(
		'word/document.xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${body}
<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>`,
	);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
