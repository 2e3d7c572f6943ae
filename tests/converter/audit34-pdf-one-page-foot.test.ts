/**
 * A council's minutes of one page whose footer gives the issuing office in small type over the page number (`あおば市環境部
 * ごみ減量推進課` over `1`). On a file of one page nothing repeats to tell a running foot by, but the line set smaller
 * than the text next to the page number at the foot is one: left out, where it had been read into the last turn.
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
	'日時：令和６年７月９日（火）１５時００分～１６時４５分',
	'場所：あおば市役所本庁舎４階　会議室４０１',
	'出席者：清水会長、大橋副会長、金子委員、桜井委員',
	'議題：令和５年度ごみ処理実績について',
	'清水会長：ただいまから会議を始めます。事務局から説明をお願いします。',
	'山下課長：資料１に基づき説明いたします。',
	'金子委員：事業系ごみの減量についてはどうでしょうか。',
	'山下課長：事業者向けの説明会を秋に予定しています。',
	'清水会長：以上で本日の審議会を終了します。',
];

async function onePage(office: string, size: number): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const page = doc.addPage([595.28, 841.89]);
	page.drawText('令和６年度第１回あおば市廃棄物減量等推進審議会会議録', { x: 110, y: 770, size: 14, font });
	LINES.forEach((text, i) => page.drawText(text, { x: LEFT, y: 740 - i * PITCH, size: SIZE, font }));
	page.drawText(office, { x: 297 - (size * [...office].length) / 2, y: 58, size, font });
	page.drawText('1', { x: 295, y: 44, size, font });
	return doc.save();
}

describe('the foot of a file of one page', () => {
	test('a line in small type over the page number is left out', async () => {
		const extracted = await extractPdfText(await onePage('あおば市環境部ごみ減量推進課', 9));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toContain('推進課');
		const meeting = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.at(-1)?.text).toBe('以上で本日の審議会を終了します。');
		expect(meeting?.remarks.length).toBe(5);
	});

	test('a sentence there in the text size stays', async () => {
		const extracted = await extractPdfText(await onePage('次回は１１月に開催する。', SIZE));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('次回は１１月に開催する。');
	});
});
