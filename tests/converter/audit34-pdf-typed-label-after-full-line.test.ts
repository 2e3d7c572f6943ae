/**
 * Minutes whose turns are typed as a label, an ideographic space and the words, one paragraph after another without a
 * gap (`教育長　…`, `学校教育課長　…`), as a town's education board writes them. A turn whose last sentence ends at the
 * right margin is followed by the next speaker's turn, not by more of its words (the next turn had been joined to it,
 * and its speaker's words read as the chair's).
 */
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { minutesPdf } from './pdf-fixture.ts';

const TURNS = [
	// Forty letters, the label and its space with them: the line is full to the margin.
	'教育長　ただいまから５月定例教育委員会を開会します。議案第８号の説明を求めます。',
	'学校教育課長　議案第８号について説明します。学校運営協議会の委員の定数を改め、地域の方に広く参画していただけるようにするものです。',
	'池田委員　委員の人数に上限はあるのでしょうか。',
	'学校教育課長　規則で１５人以内としております。',
	'教育長　ほかに質疑がなければ採決します。議案第８号は原案のとおり可決してよろしいですか。',
	'（全委員賛成）',
	'教育長　議案第８号は原案のとおり可決されました。以上で閉会します。',
];

const TEXT = [
	'令和６年度第２回つばさ町教育委員会会議録',
	'',
	'１　日時　令和６年５月２７日（月）午後１時３０分',
	'２　場所　つばさ町教育委員会室',
	'３　出席者　教育長　平野　誠、委員　池田　陽子、委員　宮崎　勝',
	'４　事務局　教育次長　佐野　亮、学校教育課長　堤　秀樹',
	'５　議事',
	'　議案第８号　つばさ町学校運営協議会規則の一部改正について',
	'６　会議の概要',
	...TURNS,
].join('\n');

describe('typed turns one after another, a sentence ending at the margin', () => {
	test('the next line that opens with a label and a space is the next turn', async () => {
		const pdf = await minutesPdf(TEXT, { header: 'つばさ町教育委員会' });
		const extracted = await extractPdfText(pdf.bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines.slice(-TURNS.length)).toEqual(TURNS);
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育長', '学校教育課長', '池田委員', '学校教育課長', '教育長', '教育長']);
	});
});
