/**
 * A text box's paragraphs read where the box is anchored, whether the document gives the box with Word's VML copy or
 * only as a drawing (`wps:txbx`), as some writers save it: a title set in a box is the minutes' title either way.
 */
import { describe, expect, test } from 'vitest';
import { docxToText, withTextBoxes } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

const minutes = (fallback: boolean): DocxBlock[] => [
	{ text: '', textBox: ['第７回ふじ町介護保険運営協議会　会議録'], fallback },
	{ text: '１．日時　令和６年１２月４日（水）午後１時３０分～３時' },
	{ text: '２．場所　ふじ町保健センター　２階研修室' },
	{ text: '○会長　開会します。' },
	{ text: '○委員（井上）　相談件数の推移を教えてください。' },
];

describe('a text box', () => {
	test.each([
		['with its VML copy', true],
		['as a drawing only', false],
	])('%s: its lines are read where it is anchored, and its title is the title', async (_, fallback) => {
		const decoded = await docxToText(await makeDocx(minutes(fallback)));
		expect(decoded.ok && decoded.text.split('\n').slice(0, 2)).toEqual(['第７回ふじ町介護保険運営協議会　会議録', '１．日時　令和６年１２月４日（水）午後１時３０分～３時']);
		const meeting = parseDocuments(decoded.ok ? decoded.text : '', { source: 'kaigo-7.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting && [meeting.title, meeting.date, meeting.location]).toEqual(['第７回ふじ町介護保険運営協議会　会議録', '2024-12-04', 'ふじ町保健センター　２階研修室']);
	});

	test('a document without text boxes is left as it is; an unclosed element is kept, not scanned again', () => {
		const xml = '<w:p><w:r><w:t>開会</w:t></w:r></w:p>';
		expect(withTextBoxes(xml)).toBe(xml);
		const open = `<w:txbxContent>${'<w:drawing>'.repeat(50_000)}`;
		const started = performance.now();
		expect(withTextBoxes(open)).toBe(open);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
