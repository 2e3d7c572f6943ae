/**
 * A town's board of education names who signs the record in its header (`会議録署名人　１番委員　本田　京子`) after those who came
 * to explain: a field of its own kept as the record's text, as `会議録署名委員` is, not one more official.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'平成３０年第７回　川上町教育委員会会議録',
	'',
	'招集年月日　平成３０年７月２５日',
	'招集場所　川上町役場　第２会議室',
	'',
	'出席委員',
	'　教育長　山崎　守',
	'　１番委員　本田　京子',
	'',
	'説明のため出席した者',
	'　教育課長　藤本　肇',
	'',
	'会議録署名人　１番委員　本田　京子',
	'',
	'教育長　　ただいまから平成３０年第７回教育委員会を開会します。',
	'１番委員　質問があります。',
].join('\n');

describe('who signs the record, in the header', () => {
	const result = parseText(text, 'kyoiku.txt');

	test('is no official who came to explain', () => {
		expect(result.meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => member.text)).toEqual(['教育課長　藤本　肇']);
	});

	test('is kept in the text', () => {
		expect(JSON.stringify(result.body)).toContain('１番委員　本田　京子');
	});
});
