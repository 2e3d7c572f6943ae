/**
 * A Word document with a hyperlink whose relation the package does not hold (`<w:hyperlink r:id="rId99">`, as some
 * programs that write `.docx` leave it) is read, the link's words kept as text: the whole document had been refused
 * ("Cannot read properties of undefined").
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { makeDocx } from './docx-fixture.ts';

describe('a hyperlink to no relation', () => {
	test('keeps its words, as a link to a relation the package holds does', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第４回青葉市景観審議会　会議録' },
				{ xml: '<w:p><w:hyperlink r:id="rId99" w:history="1"><w:r><w:t>○事務局（坂本）</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">　資料３をご覧ください。</w:t></w:r></w:p>' },
				{ xml: '<w:p><w:hyperlink r:id="rId1"><w:r><w:t>○会長（岩田）</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">　閉会します。</w:t></w:r></w:p>' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n')).toEqual(['第４回青葉市景観審議会　会議録', '○事務局（坂本）　資料３をご覧ください。', '○会長（岩田）　閉会します。']);
	});
});
