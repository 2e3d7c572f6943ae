/**
 * A union's or an association's record closing in its own past form after the chair's last words (`以上をもって大会を終了し、
 * 午後４時１０分に閉会した。`), then its signers with the first on the heading's line (`議事録署名人　　代議員　森　一郎` over
 * `代議員　北川　奈々`): the record's notes, where all of it had run into the chair's last turn.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText } from './unseen-helpers.ts';

const text = [
	'みなと交通労働組合　第42回定期大会　議事録',
	'',
	'日　時　２０２４年９月１４日（土）　午後１時３０分～午後４時１０分',
	'場　所　みなと市勤労会館　大ホール',
	'',
	'１．閉会',
	'森議長：以上で全ての議事を終了しました。ご協力ありがとうございました。',
	'',
	'以上をもって大会を終了し、午後４時１０分に閉会した。',
	'',
	'議事録署名人　　代議員　森　一郎',
	'　　　　　　　　代議員　北川　奈々',
].join('\n');

describe('the record\'s close and its signers after the last turn', () => {
	test('neither is the chair\'s words', () => {
		const result = parseText(text, 'union.txt');
		const { meeting } = result;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['森議長', '以上で全ての議事を終了しました。ご協力ありがとうございました。']]);
		expect(notesOf(result)).toEqual(['以上をもって大会を終了し、午後４時１０分に閉会した。', '議事録署名人　　代議員　森　一郎', '代議員　北川　奈々']);
	});

	test('a chair who says the meeting will close keeps the words', () => {
		const { meeting } = parseText([...text.split('\n').slice(0, 6), '森議長：以上をもって本日の大会を閉会します。'].join('\n'), 'union.txt');
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual(['以上をもって本日の大会を閉会します。']);
	});
});
