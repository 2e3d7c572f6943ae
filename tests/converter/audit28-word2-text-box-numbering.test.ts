/**
 * A text box Word gives twice (its drawing and the VML copy for older readers) is read once: the copy alone, so a numbered
 * list in the box is counted once, and the list that goes on after the box counts on from it.
 */
import { describe, expect, test } from 'vitest';
import { docxToText, withTextBoxes } from '../../src/converter/docx.ts';
import { makeDocx } from './docx-fixture.ts';

describe('a numbered list in a text box with its VML copy', () => {
	test('each item is counted once', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: 'あおぞら団地自治会　臨時総会　議事録', center: true },
				{ text: '日時　令和６年４月２１日（日）午前１０時' },
				{ text: '', textBox: ['議事', { text: '規約の改正について', list: 'dai' }, { text: '役員の選任について', list: 'dai' }] },
				{ text: '会計報告', list: 'dai' },
			]),
		);
		expect(decoded.ok && decoded.text.split('\n')).toEqual(['あおぞら団地自治会　臨時総会　議事録', '日時　令和６年４月２１日（日）午前１０時', '', '議事', '第１ 規約の改正について', '第２ 役員の選任について', '第３ 会計報告']);
	});

	test('a choice whose VML copy holds no box gives the drawing', () => {
		const drawing = '<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>議事</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>';
		const xml = `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback><w:pict><v:rect/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
		expect(withTextBoxes(xml)).toBe('<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>議事</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>');
	});
});
