/**
 * An agenda of bills whose titles reach the right margin (`第１号議案　令和６年度事業報告承認の件` filling the line): each
 * bill opens a line of its own, where the bills had been joined as one wrapped line, one item of the agenda.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** Letters to a line, set from margin to margin of an A4 page. */
const WIDTH = 32;
const SIZE = 13;
const LEFT = (595.28 - WIDTH * SIZE) / 2;

/** Cut a paragraph into lines of the text's width. */
function wrap(text: string): string[] {
	const letters = [...text];
	const lines: string[] = [];
	for (let at = 0; at < letters.length; at += WIDTH) lines.push(letters.slice(at, at + WIDTH).join(''));
	return lines;
}

const BILLS = ['第１号議案　令和６年度事業報告及び収支決算並びに監査報告承認の件', '第２号議案　令和７年度事業計画及び収支予算並びに会費の額決定の件', '第３号議案　役員選任の件'];
const TURNS = [
	'議長（岡本会長）：本日の出席会員数は定足数を満たしておりますので、本総会は成立いたします。第１号議案を上程します。',
	'桜井副会長：令和６年度は、夏祭りと歳末大売出しを例年どおり実施し、空き店舗を活用した休憩所を新たに開設しました。',
	'正会員　吉川：休憩所の利用者数はどの程度ですか。また、来年度も同じ場所で続ける予定がありますか。',
	'桜井副会長：開設から半年で延べ約二千人に御利用いただいております。来年度も同じ場所で続ける予定です。',
	'議長（岡本会長）：ほかに御質問がなければ、第１号議案を承認することに賛成の方は挙手を願います。',
	'久保監事：監査の結果、帳簿及び証拠書類は適正に処理されていることを確認しましたので、御報告いたします。',
	'議長（岡本会長）：以上をもって本日の議事はすべて終了しました。',
];

async function page(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	const lines = ['みなと商店会　第１６回定時総会議事録', '', '日時　令和７年５月２４日（土）午後２時', '場所　みなと区民センター', '', '議事', ...BILLS, '', '議事の経過', ...TURNS.flatMap(wrap)];
	lines.forEach((text, i) => text !== '' && sheet.drawText(text, { x: LEFT, y: 780 - 21 * i, size: SIZE, font }));
	return doc.save();
}

describe('an agenda of bills whose titles reach the margin', () => {
	test('each bill is an item of its own', async () => {
		expect([...BILLS[0]!].length).toBe(WIDTH);
		const extracted = await pdfToText(await page());
		if (!extracted.ok) throw new Error(extracted.message);
		const { meeting } = parseMinutes(extracted.text, { source: 'soukai.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.agenda.map((item) => item.title)).toEqual(BILLS);
		expect(meeting?.remarks).toHaveLength(TURNS.length);
	});
});
