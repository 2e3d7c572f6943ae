/**
 * An optional hyphen (Word's `w:softHyphen`, U+00AD in an `.odt`'s text) is shown only where a line breaks at it, so it
 * is no character of the document's copied text: it is left out, where it had stayed inside the words, unseen, and
 * split them for the search (`屋外広告物規制` had not matched `屋外広告物­規制`).
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { odtToText } from '../../src/converter/odt.ts';
import { makeDocx } from './docx-fixture.ts';

describe('an optional hyphen', () => {
	test('is left out of a .docx and an .odt', async () => {
		const docx = await docxToText(await makeDocx([{ text: '景観審議会　会議録' }, { xml: '<w:p><w:r><w:t>○委員（上野）　屋外広告物</w:t></w:r><w:r><w:softHyphen/></w:r><w:r><w:t>規制について質問します。</w:t></w:r></w:p>' }]));
		expect(docx.ok && docx.text.split('\n')).toEqual(['景観審議会　会議録', '○委員（上野）　屋外広告物規制について質問します。']);
		const zip = new JSZip();
		zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
		zip.file('content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>景観審議会　会議録</text:p><text:p>○委員（上野）　屋外広告物\u00ad規制について質問します。</text:p></office:text></office:body></office:document-content>');
		const odt = await odtToText(await zip.generateAsync({ type: 'uint8array' }));
		expect(odt.ok && odt.text.split('\n')).toEqual(['景観審議会　会議録', '○委員（上野）　屋外広告物規制について質問します。']);
	});
});
