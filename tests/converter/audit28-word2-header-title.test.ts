/**
 * A document that sets the meeting's title in its page header (atop every page) and opens its body with the header
 * fields (`日時　…`) reads with that title, with a warning saying where it came from; a body with a title of its own, and
 * a page header without a minutes title (`資料２`, a page number), are read as before.
 */
import { describe, expect, test } from 'vitest';
import { docxToText, titleInHeader } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

const BODY: DocxBlock[] = [{ text: '日時　令和６年５月１０日（金）午後２時' }, { text: '場所　市役所３階　第１会議室' }, { text: '' }, { text: '○山田会長　開会します。' }, { text: '○佐藤委員　質問します。' }];

async function read(blocks: DocxBlock[], header: string) {
	const decoded = await docxToText(await makeDocx(blocks, { header, footer: '- 1 -' }));
	if (!decoded.ok) throw new Error(decoded.message);
	return { decoded, meeting: parseDocuments(decoded.text, { source: 'kankyo-2.docx', sourceHash: '0'.repeat(64) })[0]?.meeting };
}

describe('a title in the page header', () => {
	test('heads a body that opens with its fields', async () => {
		const { decoded, meeting } = await read(BODY, '第２回みどり市環境審議会\t会議録');
		expect(meeting && [meeting.title, meeting.date, meeting.location]).toEqual(['第２回みどり市環境審議会　会議録', '2024-05-10', '市役所３階　第１会議室']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田会長', '佐藤委員']);
		expect(decoded.warnings.map((warning) => [warning.code, warning.line])).toEqual([['docx-header-title', 1]]);
	});

	test('is not used when the body has a title, nor is a header without a minutes title', async () => {
		const titled = await read([{ text: '第２回みどり市環境審議会　議事要旨' }, ...BODY], '第２回みどり市環境審議会　会議録');
		expect(titled.decoded.text.split('\n')[0]).toBe('第２回みどり市環境審議会　議事要旨');
		const handout = await read(BODY, '資料２');
		expect(handout.decoded.text.split('\n')[0]).toBe('日時　令和６年５月１０日（金）午後２時');
		expect(titleInHeader('<w:hdr><w:p><w:r><w:t>資料２</w:t></w:r></w:p><w:p><w:r><w:t>議事録（案）&amp;メモ</w:t></w:r></w:p></w:hdr>')).toBe('議事録（案）&メモ');
	});
});
