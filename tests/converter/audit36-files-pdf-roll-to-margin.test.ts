/**
 * An assembly's roll whose entries are padded to the margin of the text (a narrow column, or a post and a spaced name set
 * across the line), each closed by its honorific (`　町長　　　　…　吉　岡　誠　一　君`): each entry stays a line of its
 * own, and so does the next group's heading, where they had been joined as the wrapped lines of one paragraph (the
 * officials lost from the roll, the heading run into it).
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

/** A roll's entry: its post and its spaced name padded to the margin. */
function entry(post: string, name: string): string {
	const spaced = `${[...name].join('　')}　君`;
	return `　${post}${'　'.repeat(WIDTH - 1 - post.length - [...spaced].length)}${spaced}`;
}

/** Cut a paragraph into lines of the text's width. */
function wrap(text: string): string[] {
	const letters = [...text];
	const lines: string[] = [];
	for (let at = 0; at < letters.length; at += WIDTH) lines.push(letters.slice(at, at + WIDTH).join(''));
	return lines;
}

const OFFICIALS: [string, string][] = [['町長', '吉岡誠一'], ['副町長', '小西康弘'], ['総務課長', '柴田恭子'], ['建設課長', '村上大輔']];
const TURNS = [
	'○議長（松本正樹君）　おはようございます。ただいまの出席議員は１０名です。定足数に達しておりますので、これより本日の会議を開きます。',
	'○２番（大森真理君）　通告に従い、町道の維持管理について質問します。あおば台地区の町道は舗装の傷みが目立ち、通学路として危険な箇所があります。町長の考えを伺います。',
	'○町長（吉岡誠一君）　大森議員の御質問にお答えします。町道の舗装につきましては、本年度中に点検を行い、危険度の高い箇所から順次補修してまいります。',
	'○議長（松本正樹君）　以上で本日の日程は全部終了しました。本日はこれで散会します。',
];

async function page(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
	const sheet = doc.addPage([595.28, 841.89]);
	const lines = [
		'令和６年第３回あおば町議会定例会会議録（第２号）',
		'令和６年９月１１日（水曜日）',
		'出席議員（２名）',
		'　１番　上　田　隆　志　君　　　２番　大　森　真　理　君',
		'説明のため出席した者',
		...OFFICIALS.map(([post, name]) => entry(post, name)),
		'職務のため出席した者',
		'　議会事務局長　　　石　井　恵　美',
		...TURNS.flatMap(wrap),
	];
	lines.forEach((text, i) => sheet.drawText(text, { x: LEFT, y: 790 - 21 * i, size: SIZE, font }));
	return doc.save();
}

describe('a roll whose entries are padded to the margin', () => {
	test('each official is a member of the roll with the post, the staff a group of its own', async () => {
		expect(entry('町長', '吉岡誠一').length).toBe(WIDTH);
		const extracted = await pdfToText(await page());
		if (!extracted.ok) throw new Error(extracted.message);
		const { meeting } = parseMinutes(extracted.text, { source: 'gikai.pdf', sourceHash: '0'.repeat(64) });
		const officials = meeting?.participants.find((group) => group.group === '説明のため出席した者');
		expect(officials?.members.map((member) => [member.title, member.name])).toEqual(OFFICIALS);
		expect(meeting?.remarks).toHaveLength(TURNS.length);
	});
});
