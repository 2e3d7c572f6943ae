/**
 * A reading (ruby) wider than the name under it, the name's letters spread to its width as a word processor sets them
 * (`きたがわ` over `北川`): the text's run holds a space where the letters were spread (`北川 委員`). Under the reading
 * that space is no space: the speaker is `北川委員`, as the roll names the member (the label had been `北川 委員`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

const SIZE = 10.5;
const LEFT = 70;

const LINES = [
	'第２２回　ひかり県子ども・子育て会議　議事録',
	'１　日時　令和７年１２月１７日（水）　午前１０時～正午',
	'２　出席者　大西会長、北川 委員、小泉委員',
	'３　議事',
	'○大西会長　定刻となりましたので、会議を開会いたします。',
	'○北川 委員　病児保育が伸びない理由を伺います。',
	'○大西会長　以上で本日の議事を終了いたします。',
];

async function page(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	LINES.forEach((text, i) => {
		const y = 780 - 24 * i;
		sheet.drawText(text, { x: LEFT, y, size: SIZE, font });
		const at = text.indexOf('北川');
		// The reading over the name, a little wider than its two letters.
		if (at !== -1) sheet.drawText('きたがわ', { x: LEFT + at * SIZE, y: y + SIZE * 1.05, size: 6, font });
	});
	return doc.save();
}

describe('a name spread under a wider reading', () => {
	test('reads without the space its spreading left', async () => {
		const extracted = await pdfToText(await page());
		if (!extracted.ok) throw new Error(extracted.message);
		const { meeting } = parseMinutes(extracted.text, { source: 'kaigi.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大西会長', '北川委員', '大西会長']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toContain('北川委員');
	});
});
