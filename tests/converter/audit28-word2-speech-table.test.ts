/**
 * A 議事要旨 typed in Word as a table of speakers and their words (`発言者 | 発言内容`): a speaker's cell set on two lines
 * (`事務局` / `（小池課長）`) is one label, and a speaker's cell merged down over several rows (`w:vMerge`) speaks each
 * of those rows' words, one remark.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

describe('a speech table in a Word document', () => {
	test.each([
		['with its header row marked', true],
		['with a plain first row', false],
	])('%s: two-line speaker cells are one label, merged cells one remark', async (_, header) => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '令和６年度第３回あさぎり市地域福祉推進委員会　議事要旨', center: true },
				{ text: '日時　令和６年１０月８日（火）午後２時～午後３時３０分' },
				{ text: '場所　あさぎり市役所　３階大会議室' },
				{ text: '' },
				{
					table: [
						['発言者', '発言内容'],
						['会長', 'ただいまから委員会を開会します。'],
						['^', '本日は議題が二件あります。'],
						['事務局\n（小池課長）', '資料１について説明します。\n計画の進捗は概ね順調です。'],
						['委員\n（保健医代表）', '高齢者の見守りについて伺います。'],
						['事務局\n（小池課長）', '民生委員と連携しております。'],
					],
					header,
				},
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		const meeting = parseDocuments(decoded.text, { source: 'fukushi-3.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', 'ただいまから委員会を開会します。\n本日は議題が二件あります。'],
			['事務局（小池課長）', '資料１について説明します。\n計画の進捗は概ね順調です。'],
			['委員（保健医代表）', '高齢者の見守りについて伺います。'],
			['事務局（小池課長）', '民生委員と連携しております。'],
		]);
	});
});
