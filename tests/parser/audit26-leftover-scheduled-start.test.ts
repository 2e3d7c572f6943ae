/**
 * An assembly's sitting whose only clock is the one its 議事日程 calls it for (`令和６年１１月２９日（金曜日）午前１０時開議`,
 * `午前10時開議` alone under the heading): that clock is the start. A clock the record gives for the sitting itself wins.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const record = (schedule: readonly string[], opening: readonly string[] = []) => [
	'令和６年第４回みなと市議会定例会会議録（第１号）',
	'',
	'令和６年１１月２９日（金曜日）',
	'',
	'出席議員（２名）',
	'　　１番　　佐　藤　一　郎　　　２番　　鈴　木　花　子',
	'',
	...schedule,
	'第１　会議録署名議員の指名',
	'第２　会期の決定',
	'',
	...opening,
	'○議長（高橋健二）　ただいまから本日の会議を開きます。',
	'○議長（高橋健二）　以上で本日の日程は全部終了いたしました。本日はこれにて散会いたします。',
];

describe('the start from the 議事日程', () => {
	test('the date and clock under 議事日程 give the start', () => {
		const meeting = read(record(['議事日程（第１号）', '　令和６年１１月２９日（金曜日）午前１０時開議']));
		expect([meeting?.date, meeting?.start]).toEqual(['2024-11-29', '10:00']);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定']);
	});

	test('a clock alone under 議事日程 gives the start', () => {
		const meeting = read(record(['議事日程', '　午前９時３０分開議']));
		expect(meeting?.start).toBe('09:30');
	});

	test("the sitting's own opening line wins over the clock it was called for", () => {
		const meeting = read(record(['議事日程（第１号）', '　令和６年１１月２９日（金曜日）午前１０時開議'], ['午前１０時２分開議']));
		expect(meeting?.start).toBe('10:02');
	});
});
