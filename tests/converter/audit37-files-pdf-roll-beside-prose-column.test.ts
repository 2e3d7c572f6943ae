/**
 * A committee's record set in two columns whose first page holds the roll in the left column, one short line a member
 * (`委員　　上　村　俊　介`), while the turns begin in the right one: the page is read column by column, the roll whole and
 * the turns after it, where each line of the roll had been joined to the right column's line beside it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';

/** Letters to a column's line, the size of the letters and the gutter (em). */
const WIDTH = 20;
const SIZE = 10.5;
const GUTTER = 2;
const LEFT = (595.28 - (2 * WIDTH + GUTTER) * SIZE) / 2;
const RIGHT = LEFT + (WIDTH + GUTTER) * SIZE;

const MEMBERS = ['上村俊介', '江口早苗', '大西健吾', '加藤雅之', '木村聡子', '小林千尋', '斎藤和也', '佐野里美', '島田英樹', '鈴木奈緒', '高木美穂', '田村良平', '土屋浩二', '中村彩花', '西川大輔', '野口恵子'];
const TURNS = [
	'○青木委員長　ただいまから予算特別委員会を開会いたします。議案第１号を議題といたします。',
	'○上村委員　学校給食費の無償化に係る予算について伺います。物価高騰の影響をどの程度見込んでいるのでしょうか。あわせて、アレルギー対応食の提供体制についても伺います。',
	'○小松財政課長　食材費の上昇分として、前年度比で約８パーセントの増を見込んで計上しております。アレルギー対応食は、調理場ごとに専用の調理室を設けて提供しております。',
	'○江口委員　子育て支援センターの運営費について伺います。利用者が増えているなかで、職員の配置は足りているのでしょうか。',
	'○青木委員長　以上で本日の審査を終わります。本日はこれにて散会いたします。',
];

/** Cut a paragraph into lines of the column's width. */
function wrap(text: string): string[] {
	const letters = [...text];
	const lines: string[] = [];
	for (let at = 0; at < letters.length; at += WIDTH) lines.push(letters.slice(at, at + WIDTH).join(''));
	return lines;
}

async function page(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	sheet.drawText('ひばり市議会予算特別委員会記録', { x: LEFT + 3 * SIZE, y: 790, size: SIZE * 1.4, font });
	const left = ['令和６年３月１２日（火）', '開会　午前１０時００分', '場所　第１委員会室', '出席委員（１７名）', '委員長　　青　木　蒼　太', ...MEMBERS.map((name) => `委員　　${[...name].join('　')}`)];
	const right = TURNS.flatMap(wrap);
	left.forEach((text, i) => sheet.drawText(text, { x: LEFT, y: 760 - 18 * i, size: SIZE, font }));
	right.forEach((text, i) => sheet.drawText(text, { x: RIGHT, y: 760 - 18 * i, size: SIZE, font }));
	return doc.save();
}

describe('a roll in the left column beside the turns in the right', () => {
	test('the roll lists every member, each turn is whole', async () => {
		const extracted = await pdfToText(await page());
		if (!extracted.ok) throw new Error(extracted.message);
		const { meeting } = parseMinutes(extracted.text, { source: 'yosan.pdf', sourceHash: '0'.repeat(64) });
		const members = meeting?.participants.flatMap((group) => group.members.map((member) => member.name?.replace(/\s/gu, '')));
		expect(members).toEqual(['青木蒼太', ...MEMBERS]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['青木委員長', '上村委員', '小松財政課長', '江口委員', '青木委員長']);
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual(TURNS.map((turn) => turn.replace(/^○[^　]+　/u, '')));
	});
});
