/**
 * Minutes of one page whose footer carries the document's number and the page number on one line, apart by a wide gap
 * (`HTR-2024-0530-01　　　　1`), in small type. Nothing repeats on a file of one page to tell a running foot by, but a
 * small line at the foot holding its page number is one: left out, where it had been read into the last turn. A small
 * line there that is a sentence, with a number after it, stays.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const PITCH = 15;
const LEFT = 71;

const LINES = [
	'日時：令和６年５月３０日（木）１３時３０分～１５時００分',
	'場所：ほたる市上下水道局　３階会議室',
	'出席委員：大谷会長、今井副会長、遠山委員、中西委員',
	'議題：水道料金の改定について（諮問）',
	'○大谷会長　それでは、本日の議題に入ります。事務局から説明をお願いします。',
	'○経営企画課長　資料１により、水道事業の収支見通しを説明します。',
	'○遠山委員　改定率はどの程度を想定していますか。',
	'○経営企画課長　平均で１５％程度の改定が必要と試算しております。',
	'○大谷会長　次回は料金体系の案について審議します。',
];

/** One page of minutes, its foot the words given at the left and the page number at the right, on one baseline. */
async function onePage(foot: string, size: number): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	page.drawText('第１５回　ほたる市上下水道事業経営審議会　議事録', { x: 120, y: 770, size: 14, font });
	LINES.forEach((text, i) => page.drawText(text, { x: LEFT, y: 740 - i * PITCH, size: SIZE, font }));
	page.drawText(foot, { x: LEFT, y: 44, size, font });
	page.drawText('1', { x: 295, y: 44, size, font });
	return doc.save();
}

describe('the foot of a file of one page with its page number on the line', () => {
	test('the document number beside the page number is left out', async () => {
		const extracted = await extractPdfText(await onePage('HTR-2024-0530-01', 9));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toContain('HTR-2024');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大谷会長', '経営企画課長', '遠山委員', '経営企画課長', '大谷会長']);
		expect(meeting?.remarks.at(-1)?.text).toBe('次回は料金体系の案について審議します。');
	});

	test('a sentence there stays', async () => {
		const extracted = await extractPdfText(await onePage('次回は７月に開催する。', 9));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('次回は７月に開催する。');
	});
});
