/**
 * A village's header giving the sitting's opening and close as fields with the day and the clock
 * (`開　　　会　　令和６年１月２６日　午前９時３０分`, `閉　　　会　　令和６年１月２６日　午前１０時１５分`): the start and the end.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const header = (close: string): string =>
	[
		'令和６年第１回こもれび村議会臨時会会議録（第１号）',
		'',
		'招集年月日　　令和６年１月２６日（金）',
		'招集場所　　　こもれび村議会議場',
		'開　　　会　　令和６年１月２６日　午前９時３０分',
		close,
		'',
		'応招議員（２名）',
		'　１番　　林　　　優　斗　　　２番　　伊　東　早　苗',
		'',
		'○議長（林　優斗君）　ただいまから臨時会を開会します。',
		'○２番（伊東早苗君）　質問します。',
		'○議長（林　優斗君）　閉会します。',
	].join('\n');

describe("a header's fields of the sitting's opening and close, each with its day", () => {
	test.each([
		['閉　　　会　　令和６年１月２６日　午前１０時１５分', '10:15'],
		['散　　　会　　令和６年１月２６日　午後　３時０５分', '15:05'],
	])('%s ends the sitting at %s', (close, end) => {
		const { meeting } = parseText(header(close), 'komorebi.txt');
		expect(meeting?.date).toBe('2024-01-26');
		expect([meeting?.start, meeting?.end]).toEqual(['09:30', end]);
	});
});
