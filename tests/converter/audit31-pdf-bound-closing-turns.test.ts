/**
 * A file binding two meetings' records of a page each, laid out alike: each page ends with the chair's closing words
 * at the same place, over the page number. Those words are the minutes', no running foot (both had been left out, and
 * each record had lost its last turn without a word).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const record = (session: string, day: string) => [
	`第${session}回　つばさ市都市計画審議会　会議録`,
	`日時　${day}　午後２時`,
	'場所　つばさ市役所　大会議室',
	'○森会長　ただいまから審議会を開会いたします。',
	'○岩田委員　用途地域の変更について質問します。',
	'○木下都市計画課長　お答えいたします。',
	'○森会長　以上で閉会いたします。',
];

async function boundPdf(records: string[][]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	for (const lines of records) {
		const page = doc.addPage([595.28, 841.89]);
		lines.forEach((text, i) => page.drawText(text, { x: 80, y: 760 - i * 22, size: 10.5, font }));
		page.drawText('- 1 -', { x: 285, y: 40, size: 10.5, font });
	}
	return doc.save();
}

describe('two records bound in one file, each ending with the same words at the same place', () => {
	test('keep those words as each record’s last turn; the page numbers are left out', async () => {
		const records = [record('７', '令和６年５月１３日（月）'), record('８', '令和６年８月２６日（月）')];
		const extracted = await pdfToText(await boundPdf(records));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(records.flat());
		const meetings = parseDocuments(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).map((result) => result.meeting);
		expect(meetings.map((meeting) => meeting?.date)).toEqual(['2024-05-13', '2024-08-26']);
		for (const meeting of meetings) {
			expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森会長', '岩田委員', '木下都市計画課長', '森会長']);
			expect(meeting?.remarks.at(-1)?.text).toBe('以上で閉会いたします。');
		}
	});
});
