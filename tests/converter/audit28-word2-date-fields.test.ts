/**
 * A date set as a field Word updates (`DATE`, Insert → Date and Time with automatic update; `SAVEDATE`, `PRINTDATE`) shows
 * the day the document was last opened or saved, not necessarily the meeting's: its line gets a warning. A date typed in,
 * and a creation date (`CREATEDATE`, fixed), do not.
 */
import { describe, expect, test } from 'vitest';
import { docxToText, movingDates } from '../../src/converter/docx.ts';
import { makeDocx } from './docx-fixture.ts';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const char = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const field = (instruction: string, result: string) => `${char('begin')}<w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>${char('separate')}${run(result)}${char('end')}`;

describe('a date field', () => {
	test('that Word updates warns on its line; a typed date and a creation date do not', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第８回さくら区まちづくり協議会　議事録', center: true },
				{ xml: `<w:p>${run('日時　')}${field('DATE \\@ "ggge年M月d日"', '令和６年９月１２日')}${run('（木）午後７時')}</w:p>` },
				{ xml: `<w:p>${run('作成日　')}${field('CREATEDATE \\@ "yyyy年M月d日"', '2024年9月13日')}</w:p>` },
				{ xml: `<w:p>${run('場所　')}<w:fldSimple w:instr=" SAVEDATE "><w:r><w:t>さくら区民センター</w:t></w:r></w:fldSimple></w:p>` },
				{ text: '' },
				{ text: '○会長（森）　定刻となりましたので始めます。' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.warnings.filter((warning) => warning.code === 'docx-date-field').map((warning) => [warning.line, warning.message.slice(0, 12)])).toEqual([
			[2, '"令和６年９月１２日" '],
			[4, '"さくら区民センター" '],
		]);
	});

	test('a field inside another is read as Word nests them', () => {
		const nested = `${char('begin')}<w:r><w:instrText> IF 1 = 1 "</w:instrText></w:r>${field('DATE', '令和６年')}<w:r><w:instrText>" </w:instrText></w:r>${char('separate')}${run('令和６年')}${char('end')}`;
		expect(movingDates(nested)).toEqual(['令和６年']);
	});
});
