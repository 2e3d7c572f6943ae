/**
 * Town records that name the place only in the sentence calling the session there, under the title and over the numbered
 * rolls (`令和6年7月25日第5回ひろせ町議会臨時会は、ひろせ町議場に招集された。` / `1 出席議員は、2名で次のとおりである。`), in
 * the line-broken page and in a web copy run onto one line.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const lines = [
	'令和6年第5回ひろせ町議会臨時会会議録',
	'令和6年7月25日',
	'  令和6年7月25日第5回ひろせ町議会臨時会は、ひろせ町議場に招集された。',
	' 1 出席議員は、2名で次のとおりである。',
	'    1番  坂 口 友 良         2番  堀 川 季 延(議長)',
	' 2 欠席議員は、なし',
	'○議長(堀川季延君) ただいまから本日の会議を開きます。',
	'○議長(堀川季延君) これをもって閉会いたします。',
];

describe('the place told only in the sentence calling the session', () => {
	test('a page of lines', () => {
		expect(parseText(lines.join('\n'), 'hirose-2024-07-25.txt').meeting?.location).toBe('ひろせ町議場');
	});

	test('a copy with the header run onto one line', () => {
		const flat = [`${lines.slice(0, 5).join(' '.repeat(30))} ${lines[5]} ${lines[6]}`, lines[7]].join('\n');
		const meeting = parseText(flat, 'hirose-2024-07-25.txt').meeting;
		expect(meeting?.location).toBe('ひろせ町議場');
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['坂口友良', '堀川季延']);
	});
});
