/**
 * A town's 臨時会 whose header gives the opening and the close as fields with the day before the clock
 * (`開　　　会　　１月２５日　午前９時３０分`, `閉　　　会　　１月２５日　午前１０時１５分`). Before, both fields were read as
 * nothing: the sitting had no start and no end.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sitting = (opening: string): string => `令和６年第１回みなみ山町議会臨時会会議録（第１号）

招集年月日　　令和６年１月２５日
招集の場所　　みなみ山町役場議場
${opening}
閉　　　会　　１月２５日　午前１０時１５分

応招議員
　１番　　石　井　　　博　　　　２番　　宮　崎　奈　央

○議長（宮崎奈央君）　ただいまから令和６年第１回みなみ山町議会臨時会を開会します。
○議長（宮崎奈央君）　これをもって閉会します。
`;

describe('the opening and the close as fields with the sitting’s day before the clock', () => {
	test('the fields’ clocks are the sitting’s start and end', () => {
		const { meeting } = parseText(sitting('開　　　会　　１月２５日　午前９時３０分'), 'minamiyama-r6-1.txt');
		expect(meeting?.date).toBe('2024-01-25');
		expect(meeting?.start).toBe('09:30');
		expect(meeting?.end).toBe('10:15');
	});

	test('a field of another day gives no start of this sitting', () => {
		const { meeting } = parseText(sitting('開　　　会　　１月２４日　午前９時３０分'), 'minamiyama-r6-1.txt');
		expect(meeting?.start).not.toBe('09:30');
	});
});
