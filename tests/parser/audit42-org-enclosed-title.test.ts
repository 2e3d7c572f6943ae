/**
 * A federation of societies posts its minutes under a title set whole in lenticular brackets, the record's word inside them
 * (`【環境科学関連学会連合　第３回評議員会　議事要録】`, `【…連合　第１回評議員会　議事要録】`): the title and the series read without the
 * brackets (the series had kept the opening one, `【環境科学関連学会連合`, the meeting's name left out).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'【環境科学関連学会連合　第３回評議員会　議事要録】',
	'',
	'日時',
	'２０２４年３月９日（土曜日）１４：００～１６：００',
	'',
	'場所',
	'中央理科大学本郷キャンパス　第一会議室',
	'',
	'議事',
	'１．規約改定について',
	'川島事務局より、改定案の説明があった。',
	'審議の結果、一部修正のうえ承認された。',
];

describe('a title whole in brackets', () => {
	const result = parseText(minutes.join('\n'), 'hyogiinkai.txt');

	test('the title and the series read without the brackets', () => {
		expect(result.meeting?.title).toBe('環境科学関連学会連合　第３回評議員会　議事要録');
		expect(result.meeting?.series).toBe('環境科学関連学会連合　評議員会');
	});
});
