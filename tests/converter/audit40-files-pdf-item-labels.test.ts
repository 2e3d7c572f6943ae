/**
 * An association's general meeting set by a word processor: the bills listed one a line (`第１号議案　令和５年度…の件`) and
 * a roll of officers in two columns, above turns whose words start at one edge after labels of five letters
 * (`岸本理事：　…`). The bills' numbers and the officers' posts end near that edge, as a table's speaker cells do, but
 * lines of the same shape under each other are items of a list, each before its own words, and a label ending in a
 * colon is whole: they are read line by line (they had been read as one cell, `第１号議案第２号議案第３号議案`, before the
 * first bill's words, the roll's `理事岸本理事黒田` before a lone `浩`, and `岸本理事：竹内監事：坂本理事：` before one turn's
 * words, two turns lost).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 11;
const PITCH = 15;

/** Each line's runs: where each starts (points from the page's left) and its text. */
const LINES: [number, string][][] = [
	[[116, '一般社団法人はるかぜ観光協会　第１２回定時総会議事録']],
	[[71, '１'], [92, '日時'], [124, '令和６年６月２５日（火）午後３時から午後４時１０分まで']],
	[[71, '２'], [92, '場所'], [124, 'はるかぜ温泉会館'], [218, '２階ホール']],
	[[71, '３'], [92, '出席役員']],
	[[71, '理事長'], [113, '鶴田'], [145, '伸也'], [309, '理事'], [341, '坂本'], [372, '健']],
	[[71, '副理事長'], [124, '市川'], [155, '朋美'], [309, '監事'], [341, '竹内'], [372, '順子']],
	[[71, '理事'], [103, '岸本'], [134, '浩'], [309, '監事'], [341, '中野'], [372, '学']],
	[[71, '理事'], [103, '黒田'], [134, '沙織']],
	[[71, '４'], [92, '議案']],
	[[71, '第１号議案'], [134, '令和５年度事業報告及び決算承認の件']],
	[[71, '第２号議案'], [134, '令和６年度事業計画及び収支予算の件']],
	[[71, '第３号議案'], [134, '役員選任の件']],
	[[71, '５'], [92, '議事の経過']],
	[[71, '議長：'], [113, '本日の出席会員数は定足数を満たしておりますので、総会は成立いたします。']],
	[[71, '岸本理事：'], [134, '令和５年度は外国人観光客が前年の２倍となり、案内所の利用者も増加しました。']],
	[[71, '竹内監事：'], [134, '４月１５日に監査を行い、適正に処理されていることを確認しました。']],
	[[71, '坂本理事：'], [134, '人員を確保できれば、来年度から検討します。']],
	[[71, '黒田理事：'], [134, '案内所の土日の開所時間の延長も検討いたします。']],
	[[71, '議長：'], [113, '第１号議案を採決します。賛成多数により承認されました。']],
];

async function meetingPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	LINES.forEach((runs, i) => {
		for (const [x, text] of runs) page.drawText(text, { x, y: 780 - i * PITCH, size: i === 0 ? 14 : SIZE, font });
	});
	return doc.save();
}

describe('lines of one shape set beside their words', () => {
	test('each bill and each officer is read on its own line', async () => {
		const extracted = await extractPdfText(await meetingPdf());
		if (!extracted.ok) throw new Error(extracted.message);
		// (The gap between a bill's number and its words reads as a space.)
		const lines = extracted.text.split('\n').map((line) => line.trim().replace(/[ \u3000]+/gu, ' '));
		expect(lines).toContain('第１号議案 令和５年度事業報告及び決算承認の件');
		expect(lines).toContain('第３号議案 役員選任の件');
		expect(extracted.text).not.toContain('第１号議案第２号議案');
		expect(extracted.text).not.toContain('理事岸本理事黒田');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const officers = meeting?.participants.flatMap((group) => group.members.map((member) => member.name));
		expect(officers).toEqual(expect.arrayContaining(['岸本　浩', '黒田　沙織', '中野　学']));
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長', '岸本理事', '竹内監事', '坂本理事', '黒田理事', '議長']);
	});
});
