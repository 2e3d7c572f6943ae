/**
 * Minutes of old close with who signs in one sentence without the particle before the signing (`右議事の経過を明確にするため
 * 議長並びに議事録署名人記名捺印する。`), the date and the signers below it: the record's closing, never the last speaker's words
 * (the sentence, the date and the signers had run into the last turn).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'かもめ村商工会創立総会議事録',
	'',
	'日時　昭和三十八年二月十五日午後一時',
	'場所　かもめ村役場会議室',
	'',
	'議長　御異議ないものと認め、会長に大沢金吾氏と決定いたします。',
	'大沢金吾氏　ただ今会長に推されました。微力ながら会の発展に尽くしたい。',
	'',
	'右議事の経過を明確にするため議長並びに議事録署名人記名捺印する。',
	'',
	'昭和三十八年二月十五日',
	'　　議　長　　村田　正一',
	'　　署名人　　浜田　勇',
];

describe('the signers’ sentence without its particle', () => {
	const result = parseText(minutes.join('\n'), 'soukai.txt');

	test('the last turn keeps its own words alone', () => {
		expect(result.meeting?.remarks.at(-1)?.text).toBe('ただ今会長に推されました。微力ながら会の発展に尽くしたい。');
	});
});
