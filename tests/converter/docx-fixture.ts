/**
 * Word documents (.docx) for the tests, written as Word writes them: a ZIP of `[Content_Types].xml`, the package's
 * relations, `word/document.xml` (paragraphs of runs, tabs and breaks, tables with merged cells and header rows, numbered
 * and bulleted lists in Word's numbering forms, heading styles, text boxes, footnotes, tracked changes, page breaks),
 * `word/numbering.xml`, `word/footnotes.xml`, and a page header and footer that the converter must leave out.
 */
import JSZip from 'jszip';

/**
 * The numbering a list item takes: `decimal` `1.`, `bullet` `・`, `dai` `第１`, `paren` `(1)`, `circled` `①`, `kana`
 * `ア`, `iroha` `イ`, `kanji` `一、`; `outline` is one multi-level list (`第１` / `(1)` / `①` / `ア` by level).
 */
export type DocxList = 'decimal' | 'bullet' | 'dai' | 'paren' | 'circled' | 'kana' | 'iroha' | 'kanji' | 'outline';

/**
 * One paragraph: its text (`\t` a tab, `\n` a line break inside the paragraph, `{山田|やまだ}` a ruby, `{^…}` a footnote
 * of that text, `{+…+}` an insertion and `{-…-}` a deletion tracked by Word), its style, or a list item.
 */
export interface DocxParagraph {
	text: string;
	style?: 'Title' | 'Heading1' | 'Heading2';
	/** A list item, in one of Word's numbering forms, at a level (0 the first). */
	list?: DocxList;
	level?: number;
	/** Centered (a title set by hand), as minutes' first lines often are. */
	center?: boolean;
	/** A page break before the paragraph's text. */
	pageBreak?: boolean;
	/** A text box anchored in the paragraph, its lines (paragraphs); `fallback: false` as a writer that gives no VML copy. */
	textBox?: (string | DocxParagraph)[];
	fallback?: boolean;
	/** More paragraph properties, as XML (`<w:pStyle …/>`, a `w:pPrChange`, a deleted mark's `<w:rPr><w:del …/></w:rPr>`). */
	properties?: string;
}

/**
 * A block of the document: a paragraph, or a table of rows of cells (each cell's text, lines split by `\n` into
 * paragraphs; a cell `<` merges into the cell at its left, `^` into the cell above). `header`: the first row repeats
 * on each page (Word's "header row").
 */
export type DocxBlock = DocxParagraph | { table: string[][]; header?: boolean } | { xml: string };

/** A paragraph's XML as the fixture writes it, for a block of raw XML (`{ xml }`) built around it. */
export const paragraphXml = (block: DocxParagraph): string => paragraph(block);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="wps w14"';

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** One run of words. */
const textRun = (words: string): string => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escape(words)}</w:t></w:r>`;

/** The footnotes of the document being written, in order. */
let footnotes: string[] = [];

/** The runs of a text: words in `w:t`, tabs as `w:tab`, line breaks as `w:br`, rubies, footnotes and tracked changes. */
function runs(text: string): string {
	return text
		.split(/(\t|\n|\{[^|{}^+-][^|{}]*\|[^{}]+\}|\{\^[^{}]+\}|\{\+[^{}]*\+\}|\{-[^{}]*-\})/u)
		.filter((part) => part !== '')
		.map((part) => {
			if (part === '\t') return '<w:r><w:tab/></w:r>';
			if (part === '\n') return '<w:r><w:br/></w:r>';
			if (part.startsWith('{^')) {
				footnotes.push(part.slice(2, -1));
				return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${footnotes.length}"/></w:r>`;
			}
			if (part.startsWith('{+')) return `<w:ins w:id="${part.length}" w:author="事務局" w:date="2024-06-01T10:00:00Z">${textRun(part.slice(2, -2))}</w:ins>`;
			if (part.startsWith('{-')) return `<w:del w:id="${part.length}" w:author="事務局" w:date="2024-06-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${escape(part.slice(2, -2))}</w:delText></w:r></w:del>`;
			const ruby = /^\{(?<base>[^|{}]+)\|(?<reading>[^{}]+)\}$/u.exec(part)?.groups;
			if (ruby) return `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt>${textRun(ruby.reading ?? '')}</w:rt><w:rubyBase>${textRun(ruby.base ?? '')}</w:rubyBase></w:ruby></w:r>`;
			return textRun(part);
		})
		.join('');
}

const LIST_IDS: Record<DocxList, number> = { decimal: 1, bullet: 2, dai: 3, paren: 4, circled: 5, kana: 6, iroha: 7, kanji: 8, outline: 9 };

/** A text box anchored in a paragraph, as Word writes it: the DrawingML shape, with its VML copy for older readers. */
function textBox(lines: readonly (string | DocxParagraph)[], fallback: boolean): string {
	const content = `<w:txbxContent>${lines.map((line) => paragraph(typeof line === 'string' ? { text: line } : line)).join('')}</w:txbxContent>`;
	const choice = `<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="テキスト ボックス 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`;
	const vml = fallback ? `<mc:Fallback><w:pict><v:shape id="テキスト ボックス 1" style="position:absolute;width:425pt;height:47pt"><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback>` : '';
	return `<w:r><mc:AlternateContent>${choice}${vml}</mc:AlternateContent></w:r>`;
}

function paragraph(block: DocxParagraph): string {
	const properties = [
		block.style ? `<w:pStyle w:val="${block.style}"/>` : '',
		block.list ? `<w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="${LIST_IDS[block.list]}"/></w:numPr>` : '',
		block.center ? '<w:jc w:val="center"/>' : '',
		block.properties ?? '',
	].join('');
	const before = [block.pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : '', block.textBox ? textBox(block.textBox, block.fallback ?? true) : ''].join('');
	return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${before}${runs(block.text)}</w:p>`;
}

function table(rows: string[][], header: boolean): string {
	const cell = (row: string[], index: number, rowIndex: number): string => {
		const text = row[index] ?? '';
		if (text === '<') return '';
		let span = 1;
		while (row[index + span] === '<') span++;
		const below = rows[rowIndex + 1]?.[index];
		const merge = text === '^' ? '<w:vMerge/>' : below === '^' ? '<w:vMerge w:val="restart"/>' : '';
		const properties = `<w:tcPr><w:tcW w:w="${2000 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}</w:tcPr>`;
		const content = text === '^' ? paragraph({ text: '' }) : text.split('\n').map((line) => paragraph({ text: line })).join('');
		return `<w:tc>${properties}${content}</w:tc>`;
	};
	const width = Math.max(...rows.map((row) => row.length));
	return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width)}</w:tblGrid>${rows
		.map((row, rowIndex) => `<w:tr>${header && rowIndex === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((_, index) => cell(row, index, rowIndex)).join('')}</w:tr>`)
		.join('')}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;

/** A level of a list: its number format and the text Word shows (`%1` the number). */
const level = (ilvl: number, format: string, text: string): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;

const FORMATS: [string, string][] = [
	['decimal', '%1.'],
	['bullet', '・'],
	['decimalFullWidth', '第%1'],
	['decimal', '(%1)'],
	['decimalEnclosedCircle', '%1'],
	['aiueoFullWidth', '%1'],
	['irohaFullWidth', '%1'],
	['japaneseCounting', '%1、'],
];

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
${FORMATS.map(([format, text], id) => `<w:abstractNum w:abstractNumId="${id}">${level(0, format, text)}</w:abstractNum>`).join('\n')}
<w:abstractNum w:abstractNumId="8">${level(0, 'decimalFullWidth', '第%1')}${level(1, 'decimal', '(%2)')}${level(2, 'decimalEnclosedCircle', '%3')}${level(3, 'aiueoFullWidth', '%4')}</w:abstractNum>
${Object.values(LIST_IDS).map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${id - 1}"/></w:num>`).join('\n')}
</w:numbering>`;

/**
 * The bytes of a .docx holding the blocks, with a page header and footer (`header` / `footer` text); `numbering` and
 * `styles`: more definitions (`w:abstractNum`, `w:num`, `w:style`) after the fixture's own.
 */
export async function makeDocx(blocks: readonly DocxBlock[], options: { header?: string; footer?: string; numbering?: string; styles?: string } = {}): Promise<Uint8Array> {
	footnotes = [];
	const body = blocks.map((block) => ('xml' in block ? block.xml : 'table' in block ? table(block.table, block.header ?? false) : paragraph(block))).join('\n');
	const notes = footnotes.map((note, index) => `<w:footnote w:id="${index + 1}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${runs(` ${note}`)}</w:p></w:footnote>`).join('');
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
	);
	zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
	zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`);
	zip.file('word/styles.xml', STYLES.replace('</w:styles>', `${options.styles ?? ''}</w:styles>`));
	zip.file('word/numbering.xml', NUMBERING.replace('</w:numbering>', `${options.numbering ?? ''}</w:numbering>`));
	zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`);
	zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}>${paragraph({ text: options.header ?? '' })}</w:hdr>`);
	zip.file('word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W}>${paragraph({ text: options.footer ?? '' })}</w:ftr>`);
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
