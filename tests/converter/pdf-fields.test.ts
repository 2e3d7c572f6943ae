/**
 * Minutes typed into a PDF form saved without flattening, and into text boxes added as comments: the values are in the
 * annotations, not in the page's text, and must be read where the page shows them.
 */
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, type PDFPage } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { fontDir } from '../../src/cards/fontconfig.ts';
import { extractPdfText } from '../../src/converter/pdf.ts';
import { fieldRuns } from '../../src/converter/pdf-fields.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const TURNS = [
	'青山委員長：ただいまから令和６年度第１回ふれあい公民館運営審議会を開会します。',
	'菊池館長：令和５年度は、講座を４２回開催し、延べ１，８６０人の参加がありました。',
	'上野委員：若い世代の参加が少ないと感じます。土日や夜間の講座を増やしてはどうか。',
	'菊池館長：令和６年度は、夜間のパソコン講座と親子向けの土曜講座を新設します。',
	'青山委員長：以上で本日の審議会を閉会します。',
];

/** A 会議録 様式: printed labels on the left, the values in text fields beside them; saved without flattening. */
async function filledForm(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(new Uint8Array(await readFile(`${fontDir()}/NotoSansJP_400Regular.ttf`)), { subset: false });
	const page = doc.addPage([595.28, 841.89]);
	const form = doc.getForm();
	page.drawText('様式第３号（第５条関係）', { x: 60, y: 800, size: 10, font });
	page.drawText('会　議　録', { x: 250, y: 770, size: 14, font });
	const field = (name: string, label: string, value: string, top: number, height: number, multiline = false) => {
		page.drawText(label, { x: 60, y: top - 14, size: 10, font });
		const text = form.createTextField(name);
		if (multiline) text.enableMultiline();
		text.setText(value);
		text.addToPage(page, { x: 142, y: top - height, width: 391, height, font });
		text.updateAppearances(font);
	};
	field('kaigimei', '会議名', '令和６年度第１回ふれあい公民館運営審議会', 740, 20);
	field('nichiji', '開催日時', '令和６年６月１９日（水）午後１時３０分～午後３時', 716, 20);
	field('basho', '開催場所', 'ふれあい公民館　２階研修室', 692, 20);
	field('shusseki', '出席者', '委員：青山委員長、伊東副委員長、上野委員\n事務局：公民館長　菊池、主事　工藤', 668, 36, true);
	field('keika', '会議の経過', TURNS.join('\n'), 628, 300, true);
	page.drawText('記録者　公民館主事　工藤', { x: 380, y: 150, size: 10, font });
	return doc.save();
}

/** A text box added as a comment (Acrobat's FreeText) over a printed form. */
async function textBox(page: PDFPage, doc: PDFDocument, text: string, rect: [number, number, number, number]): Promise<void> {
	const ref = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: rect, Contents: PDFHexString.fromText(text), DA: PDFHexString.fromText('/Helv 10 Tf 0 g'), F: 4 }));
	page.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

describe('a PDF form saved without flattening', () => {
	test('its typed values are read beside their printed labels, with a warning', async () => {
		const result = await extractPdfText(await filledForm());
		if (!result.ok) throw new Error(result.message);
		expect(result.text).toMatch(/^会議名[\s\u3000]+令和６年度第１回ふれあい公民館運営審議会$/mu);
		expect(result.text).toMatch(/^開催日時[\s\u3000]+令和６年６月１９日（水）午後１時３０分～午後３時$/mu);
		for (const turn of TURNS) expect(result.text).toContain(turn.replace(/^[^：]+：/u, ''));
		expect(result.warnings.find((w) => w.code === 'pdf-form-fields')?.message).toMatch(/^the values typed into 5 form fields and text boxes on page 1 /u);
	});

	test('the record has its name, date, place, roll and every turn; the form number is no title and the recorder no words of the last turn', async () => {
		const result = await extractPdfText(await filledForm());
		if (!result.ok) throw new Error(result.message);
		const { meeting } = parseMinutes(result.text, { source: 'form.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting).not.toBeNull();
		expect(meeting!.title).toBe('令和６年度第１回ふれあい公民館運営審議会 会議録');
		expect(meeting!.series).toBe('ふれあい公民館運営審議会');
		expect(meeting!.date).toBe('2024-06-19');
		expect(meeting!.location).toBe('ふれあい公民館　２階研修室');
		expect(meeting!.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['青山', '伊東', '上野', '菊池', '工藤']);
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['青山委員長', '菊池館長', '上野委員', '菊池館長', '青山委員長']);
		expect(meeting!.remarks.at(-1)!.text).toBe('以上で本日の審議会を閉会します。');
	});

	test('a text box added as a comment is read too', async () => {
		const doc = await PDFDocument.load(await filledForm());
		await textBox(doc.getPage(0), doc, '（書記補助：田村）', [380, 120, 533, 140]);
		const result = await extractPdfText(await doc.save());
		if (!result.ok) throw new Error(result.message);
		expect(result.text).toContain('（書記補助：田村）');
	});
});

describe('values set as runs', () => {
	test('a long value wraps at its box as a viewer shows it, its own line breaks kept; buttons, empty and hidden fields give none', () => {
		const { runs, fields } = fieldRuns([
			{ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'あ'.repeat(25) + '\nいう', rect: [100, 500, 204, 700], multiLine: true, defaultAppearanceData: { fontSize: 10 } },
			{ subtype: 'Widget', fieldType: 'Btn', fieldValue: 'Yes', rect: [0, 0, 10, 10] },
			{ subtype: 'Widget', fieldType: 'Tx', fieldValue: '  ', rect: [0, 0, 10, 10] },
			{ subtype: 'Widget', fieldType: 'Tx', fieldValue: '秘', rect: [0, 0, 10, 10], hidden: true },
		]);
		expect(fields).toBe(1);
		// 100 pt less the margins holds 10 letters of 10 pt.
		expect(runs.map((run) => run.text)).toEqual(['あ'.repeat(10), 'あ'.repeat(10), 'あ'.repeat(5), 'いう']);
		expect(runs.map((run) => run.y)).toEqual([688, 676, 664, 652]);
		expect(runs[0]!.x).toBe(102);
	});

	test('a value longer than its box is set smaller until it fits, as an auto-sized field', () => {
		const { runs } = fieldRuns([{ subtype: 'Widget', fieldType: 'Tx', fieldValue: Array.from({ length: 10 }, () => 'い'.repeat(8)).join('\n'), rect: [0, 0, 200, 100], multiLine: true }]);
		expect(runs).toHaveLength(10);
		expect(runs[0]!.size).toBeLessThan(10);
		expect(runs.at(-1)!.y).toBeGreaterThan(0);
	});
});
