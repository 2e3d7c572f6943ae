/**
 * A heading of the sitting's order right under an assembly's roll (`開会・開議の宣告`, `開議の宣告`): it ends the roll and is
 * kept as a note, never a member of the roll.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (between: string) =>
	parseDocuments(
		[
			'令和６年第３回ひばり町議会定例会会議録（第１号）',
			'',
			'令和６年９月５日（木曜日）',
			'',
			'○出席議員（４名）',
			'　　１番　　青　木　　　誠　君　　　２番　　井　上　和　子　君',
			'　　３番　　上　田　　　浩　君　　　４番　　江　藤　　　学　君',
			between,
			'○欠席議員（なし）',
			'──────────────────────',
			'○議長（青木　誠君）　ただいまから令和６年第３回ひばり町議会定例会を開会いたします。',
			'○２番（井上和子君）　はい。',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.meeting?.participants.find((group) => group.group === '出席議員')?.members.map((member) => member.name);

describe('a heading under an assembly roll', () => {
	test.each(['開会・開議の宣告', '開　議　の　宣　告', '諸般の報告'])('%s is no member', (heading) => {
		expect(read(heading)).toEqual(['青木 誠', '井上和子', '上田 浩', '江藤 学']);
	});
});
