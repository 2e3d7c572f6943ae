/**
 * A co-operative's 総代会 (an association's 総会) numbers its header's fields (`１．日　時`, `２．場　所`, `３．総代総数　１２０名`,
 * `５．議長　　総代　…`) and ends them with who signs the minutes, the names after a space
 * (`６．議事録署名人　総代　小松　陽子、総代　岡　信吾`): a field of the header kept as its text, as the chair's is (it had been read as
 * the heading of the text's first parts, the opening, the greeting and the chair's election under it).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'やまびこ農業協同組合　第２１回通常総代会議事録',
	'',
	'１．日　時　令和６年６月２２日（土）午前１０時００分～午前１１時４０分',
	'２．場　所　やまびこ農協本所　２階ホール',
	'３．総代総数　１２０名',
	'４．出席者　９８名（本人出席７２名、書面議決２６名）',
	'５．議長　　総代　西田　和也',
	'６．議事録署名人　総代　小松　陽子、総代　岡　信吾',
	'',
	'１　開会',
	'　司会の総務課長吉岡が開会を宣言した。',
	'',
	'２　組合長あいさつ',
	'　平田組合長があいさつを述べた。',
	'',
	'第１号議案　令和５年度事業報告承認の件',
	'　平田組合長が議案書に基づき説明した。',
	'　総代（北部　須田）：直売所の売上が落ちた理由を伺いたい。',
	'　常務理事（今井）：天候不順で葉物の出荷が減ったためです。',
	'　議長が賛否を諮ったところ、賛成多数で原案どおり承認された。',
];

describe('the field of who signs among a general meeting’s numbered fields', () => {
	const result = parseText(minutes.join('\n'), 'sodai.txt');

	test('no heading is made of the signers', () => {
		expect(result.body.map((section) => section.title)).toEqual(['', '第１号議案　令和５年度事業報告承認の件']);
	});

	test('the field is kept with the header’s other fields', () => {
		const texts = result.body[0]?.children.map((block) => ('text' in block ? block.text : ''));
		expect(texts).toContain('６．議事録署名人　総代　小松　陽子、総代　岡　信吾');
		expect(texts).toContain('５．議長　　総代　西田　和也');
	});
});
