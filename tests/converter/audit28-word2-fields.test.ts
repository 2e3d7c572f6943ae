/**
 * A Word field's result is the text Word shows: a simple field (`w:fldSimple`, as Word writes a date, a mail-merge value,
 * a hyperlink or a formula it has not turned into a complex one) keeps its result, as a complex field does.
 */
import { describe, expect, test } from 'vitest';
import { docxToText, withFieldResults } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, paragraphXml } from './docx-fixture.ts';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const simple = (instruction: string, result: string) => `<w:fldSimple w:instr="${instruction}">${run(result)}</w:fldSimple>`;
/** A paragraph of runs and fields. */
const line = (...content: string[]) => ({ xml: `<w:p>${content.join('')}</w:p>` });

describe('a simple field', () => {
	test('a date, a merged place, a formula and hyperlinks keep their results, so the header reads', async () => {
		const bytes = await makeDocx([
			{ text: '第８回さくら区まちづくり協議会　議事録', center: true },
			line(run('日時　'), simple(' DATE \\@ &quot;ggge年M月d日&quot; ', '令和６年９月１２日'), run('（木）午後７時～午後８時３０分')),
			line(run('場所　'), simple(' MERGEFIELD 会場 ', 'さくら区民センター　第２集会室')),
			line(run('資料　'), simple(' HYPERLINK &quot;https://www.example.lg.jp/shiryo2.pdf&quot; ', '資料２　予算書')),
			{ text: '' },
			{ text: '○会長（森）　定刻となりましたので始めます。' },
			line(run('○委員（石井）　参加者は'), simple(' = 120+35 ', '155'), run('名の見込みですか。')),
			{ xml: paragraphXml({ text: '○会長（森）　以上で閉会します。' }) },
		]);
		const decoded = await docxToText(bytes);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n').slice(1, 4)).toEqual(['日時　令和６年９月１２日（木）午後７時～午後８時３０分', '場所　さくら区民センター　第２集会室', '資料　資料２　予算書']);
		const meeting = parseDocuments(decoded.text, { source: 'sakura-8.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting && [meeting.date, meeting.location]).toEqual(['2024-09-12', 'さくら区民センター　第２集会室']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長（森）', '定刻となりましたので始めます。'],
			['委員（石井）', '参加者は155名の見込みですか。'],
			['会長（森）', '以上で閉会します。'],
		]);
	});

	test('a field with no result shows nothing; a field inside a field keeps both results', () => {
		expect(withFieldResults('<w:p><w:fldSimple w:instr=" PAGE "/></w:p>')).toBe('<w:p></w:p>');
		const nested = withFieldResults(`<w:p>${simple(' IF 1 = 1 ', '')}</w:p>`.replace('</w:fldSimple>', `${simple(' DATE ', '令和６年')}</w:fldSimple>`));
		const started = performance.now();
		withFieldResults('<w:fldSimple w:instr="'.repeat(50_000));
		expect(performance.now() - started).toBeLessThan(2000);
		expect(nested.match(/fldCharType="(\w+)"/gu)?.map((match) => match.slice(13, -1))).toEqual(['begin', 'separate', 'begin', 'separate', 'end', 'end']);
	});
});
