/**
 * A tab in a Word paragraph is read as the document's plain-text copy gives it: a tab between a label and its value
 * (`日時\t令和６年…`), a roll aligned by tabs (two tabs between two members), while a tab inside a table's cell is a space
 * (a tab parts the cells) and the tab after a list number lines the text up at its indent.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

const LINES = [
	'令和６年度　第３回やすらぎ町防災会議　会議録',
	'',
	'日時\t令和６年１２月３日（火）午後１時３０分',
	'場所\tやすらぎ町役場　３階会議室',
	'出席者',
	'会長\t町長\t森下孝',
	'委員\t消防団長\t今井誠\t\t委員\t駐在所長\t川口進',
	'',
	'○森下会長　開会します。',
	'○今井委員　避難所の備蓄について伺います。',
];

describe('tabs in a Word document', () => {
	test('are kept as the plain-text copy of the same document gives them, and read the same', async () => {
		const decoded = await docxToText(await makeDocx([...LINES.map((text) => ({ text })), { table: [['区分', '氏名'], ['委員\t（公募）', '小西\t真']] }, { text: '議題' }, { text: '備蓄計画について', list: 'paren' }]));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n')).toEqual([...LINES, '区分\t氏名', '委員 （公募）\t小西 真', '議題', '(1) 備蓄計画について']);
		const participants = (text: string) => parseDocuments(text, { source: 'bousai-3', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => group.members.map((member) => member.text));
		expect(participants(decoded.text.split('\n').slice(0, LINES.length).join('\n'))).toEqual(participants(LINES.join('\n')));
		expect(participants(decoded.text)?.[0]).toEqual(['会長　町長　森下孝', '委員　消防団長　今井誠', '委員　駐在所長　川口進']);
	});
});

test('a paragraph indented by a tab opens a paragraph of the turn, as one indented by an ideographic space does', async () => {
	const decoded = await docxToText(
		await makeDocx([
			{ text: '令和６年第４回さくら川町議会定例会会議録（第１号）', center: true },
			{ text: '令和６年１２月３日（火曜日）' },
			{ text: '出席議員（２名）' },
			{ text: '１番　山田　太郎君　　２番　佐藤　花子君' },
			{ text: '' },
			{ text: '○議長（山田太郎君）\tただいまから本日の会議を開きます。' },
			{ text: '○２番（佐藤花子君）\t通告に従い質問します。' },
			{ text: '\t二点伺います。' },
		]),
	);
	if (!decoded.ok) throw new Error(decoded.message);
	const meeting = parseDocuments(decoded.text, { source: 'teireikai.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
	expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
		['議長（山田太郎君）', 'ただいまから本日の会議を開きます。'],
		['２番（佐藤花子君）', '通告に従い質問します。\n二点伺います。'],
	]);
});
