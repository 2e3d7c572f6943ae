/**
 * Word's numbering as the document shows it where it comes through a list style (`w:numStyleLink` → a numbering style →
 * the numbering that defines the levels, as Word's heading numbering and many templates link it) or has been changed
 * under tracked changes (the properties before the change, a paragraph deleted with its mark).
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

async function text(blocks: DocxBlock[], options: { numbering?: string; styles?: string } = {}): Promise<string> {
	const decoded = await docxToText(await makeDocx(blocks, options));
	if (!decoded.ok) throw new Error(`refused: ${decoded.message}`);
	return decoded.text;
}

const LINKED_NUMBERING = `<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="MinutesList"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%1．"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="21"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="MinutesList"/></w:abstractNum>
<w:num w:numId="20"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="21"><w:abstractNumId w:val="21"/></w:num>`;
const LINKED_STYLES = `<w:style w:type="numbering" w:customStyle="1" w:styleId="MinutesList"><w:name w:val="議事録リスト"/><w:pPr><w:numPr><w:numId w:val="20"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberedHeading"><w:name w:val="番号見出し"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="21"/></w:numPr></w:pPr></w:style>`;

describe('numbering linked through a list style', () => {
	test('headings and items take the levels of the numbering the list style names, counted as one list', async () => {
		const heading = '<w:pStyle w:val="NumberedHeading"/>';
		const item = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="21"/></w:numPr>';
		const minutes = await text(
			[
				{ text: '第３回あさひ町子ども・子育て会議　議事録', center: true },
				{ text: '日時　令和６年７月２日（火）午前１０時から' },
				{ text: '場所　あさひ町保健福祉センター' },
				{ text: '開会', properties: heading },
				{ text: '議事', properties: heading },
				{ text: '保育所の定員について', properties: item },
				{ text: '放課後児童クラブについて', properties: item },
				{ text: '閉会', properties: heading },
				{ text: '' },
				{ text: '○中村会長　開会いたします。' },
				{ text: '○小林委員　待機児童の状況を伺います。' },
			],
			{ numbering: LINKED_NUMBERING, styles: LINKED_STYLES },
		);
		expect(minutes.split('\n').slice(3, 8)).toEqual(['１．開会', '２．議事', '(1) 保育所の定員について', '(2) 放課後児童クラブについて', '３．閉会']);
		const meeting = parseDocuments(minutes, { source: 'kosodate-3.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.location).toBe('あさひ町保健福祉センター');
		expect(meeting?.agenda.map((entry) => entry.title)).toEqual(['保育所の定員について', '放課後児童クラブについて']);
	});
});

describe('numbering under tracked changes', () => {
	const change = '<w:pPrChange w:id="9" w:author="事務局" w:date="2024-06-01T10:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr></w:pPrChange>';
	const deletedMark = '<w:rPr><w:del w:id="4" w:author="事務局" w:date="2024-06-01T10:00:00Z"/></w:rPr>';

	test('a paragraph whose numbering was taken off keeps none, and a numbered paragraph deleted with its mark counts no item', async () => {
		const minutes = await text([
			{ text: '議題' },
			{ text: 'ごみ処理基本計画について', list: 'paren' },
			{ text: '（資料１により説明）', properties: change },
			{ text: '分別区分の変更について', list: 'paren' },
			{ text: '{-その他-}', list: 'paren', properties: deletedMark },
			{ text: '収集日程について', list: 'paren' },
		]);
		expect(minutes.split('\n')).toEqual(['議題', '(1) ごみ処理基本計画について', '（資料１により説明）', '(2) 分別区分の変更について', '(3) 収集日程について']);
	});
});
