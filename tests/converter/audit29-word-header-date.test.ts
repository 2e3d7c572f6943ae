/**
 * A Word document that dates the meeting only in its page header (`令和６年１１月５日開催` atop every page), its body
 * giving no date, reads with that date as a `日時` line under its title, with a warning saying where it came from: the
 * minutes had been refused for want of a date. Warnings on the lines below move down with them. A date the body gives wins; a header's date that is the document's own
 * (`作成日`, `更新`), or a date field's (`DATE`, the day it was printed), is no meeting's.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

const BODY: DocxBlock[] = [
	{ text: '第３回青葉市男女共同参画審議会　会議録' },
	{ text: '場所　市役所本庁舎　第３会議室' },
	{ text: '' },
	{ text: '○会長（青木）　開会します。' },
	{ xml: '<w:p><w:r><w:t xml:space="preserve">○委員（松田）　資料</w:t></w:r><w:r><w:rPr><w:strike/></w:rPr><w:t>１</w:t></w:r><w:r><w:t>２について伺います。</w:t></w:r></w:p>' },
	{ text: '○会長（青木）　閉会します。' },
];

async function read(blocks: DocxBlock[], header: string) {
	const decoded = await docxToText(await makeDocx(blocks, { header }));
	if (!decoded.ok) throw new Error(decoded.message);
	const result = parseDocuments(decoded.text, { source: 'danjo-3.docx', sourceHash: '0'.repeat(64) })[0];
	return { decoded, meeting: result?.meeting ?? null };
}

describe('a date in the page header', () => {
	test('dates minutes whose body gives none, under the title, with a warning', async () => {
		const { decoded, meeting } = await read(BODY, '令和６年１１月５日開催');
		expect(decoded.text.split('\n').slice(0, 3)).toEqual(['第３回青葉市男女共同参画審議会　会議録', '日時　令和6年11月5日', '場所　市役所本庁舎　第３会議室']);
		expect(decoded.warnings.find((warning) => warning.code === 'docx-header-date')?.line).toBe(2);
		// (A warning on a line below it moves down with its line.)
		expect(decoded.warnings.find((warning) => warning.code === 'struck-text')?.line).toBe(6);
		expect(meeting && [meeting.date, meeting.location, meeting.remarks.length]).toEqual(['2024-11-05', '市役所本庁舎　第３会議室', 3]);
	});

	test('the body\'s own date wins; a header\'s date of writing dates nothing', async () => {
		const dated = await read([BODY[0] as DocxBlock, { text: '日時　令和６年１１月６日（水）午後２時' }, ...BODY.slice(1)], '令和６年１１月５日開催');
		expect(dated.meeting?.date).toBe('2024-11-06');
		expect(dated.decoded.warnings.some((warning) => warning.code === 'docx-header-date')).toBe(false);
		const written = await read(BODY, '作成日　令和６年１１月８日');
		expect(written.decoded.text).not.toContain('日時');
		expect(written.meeting?.date ?? null).toBeNull();
		// (A header whose date is a DATE field, the day the document was last printed.)
		const zip = await JSZip.loadAsync(await makeDocx(BODY, { header: 'HEADER' }));
		const header = (await zip.file('word/header1.xml')?.async('string')) ?? '';
		zip.file('word/header1.xml', header.replace(/<w:r>(?:(?!<w:r>).)*HEADER<\/w:t><\/w:r>/u, '<w:fldSimple w:instr=" DATE \\@ &quot;ggge年M月d日&quot; "><w:r><w:t>令和6年12月5日</w:t></w:r></w:fldSimple>'));
		expect(header).toContain('HEADER');
		const printed = await docxToText(await zip.generateAsync({ type: 'uint8array' }));
		expect(printed.ok && printed.text).not.toContain('日時');
	});
});
