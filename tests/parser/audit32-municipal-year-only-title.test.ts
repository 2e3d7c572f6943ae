/**
 * A 全員協議会's or a committee's record named by its year alone (`令和６年　かえで村議会全員協議会会議録`): its title names the
 * sitting by its day, as a record without the year does (`かえで村議会 全員協議会 2024-11-15`), where the year had stood for
 * every sitting of the year alike.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (title: string, day: string) =>
	parseDocuments([title, '', `１　日　時　　${day}　午前９時３０分開会`, '２　場　所　　かえで村役場　議会議場', '', '○議長（森田勇）　ただいまから全員協議会を開きます。', '○議長（森田勇）　以上で全員協議会を閉じます。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('a record named by its year alone', () => {
	test('two sittings of the year are told apart by their day', () => {
		const titles = [read('令和６年　かえで村議会全員協議会会議録', '令和６年１１月１５日（金）'), read('令和６年　かえで村議会全員協議会会議録', '令和６年１２月２日（月）')].map((meeting) => meeting?.title);
		expect(titles).toEqual(['かえで村議会 全員協議会 2024-11-15', 'かえで村議会 全員協議会 2024-12-02']);
	});

	test("a plenary sitting's year and number stay its label", () => {
		expect(read('令和六年かえで村議会会議録第三号', '令和６年１１月１５日（金）')?.title).toBe('かえで村議会 令和6年 第3号');
	});
});
