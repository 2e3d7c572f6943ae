/**
 * An agenda that runs past 99 items (`（100）…`) keeps each item its own: the items from 100 on had been joined to item 99 as
 * its wrapped title, one title of thousands of characters, without a word.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const LINES = [
	'第３回　規制見直し検討会　議事要旨',
	'',
	'１．日時　令和６年８月１日（木）１０：００～１２：００',
	'２．場所　オンライン',
	'３．出席者　青山委員、石川委員',
	'４．議事',
	...Array.from({ length: 120 }, (_, i) => `（${i + 1}）規制項目第${i + 1}号に関する見直し案について`),
	'',
	'５．議事概要',
	'○青山委員　規制項目の見直し案について意見を述べる。',
];

describe('an agenda of more than 99 items', () => {
	test('each item is its own, numbered as written', () => {
		const agenda = parseLines(LINES, 'kisei.txt').meeting?.agenda ?? [];
		expect(agenda).toHaveLength(120);
		expect(agenda.slice(98, 101).map((item) => [item.number, item.title])).toEqual([
			[99, '規制項目第99号に関する見直し案について'],
			[100, '規制項目第100号に関する見直し案について'],
			[101, '規制項目第101号に関する見直し案について'],
		]);
	});
});
