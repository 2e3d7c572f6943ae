/**
 * An education board's 会議録 that dates its sitting by two fields, `開会日時` and `閉会日時`, each with the day and the clock:
 * the second is the sitting's end.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const times = (closing: string) => {
	const [result] = parseDocuments(
		['令和６年第１１回みなせ市教育委員会定例会会議録', '', '１　開会日時　　令和６年１１月２６日（火）午後２時００分', closing, '３　場　　所　　みなせ市役所５階　教育委員会室', '４　出席者', '　　教育長　　　　　大森　直哉', '　　委員　　　　　　佐野　健一', '', '５　会議の概要', '大森教育長　ただいまから開会します。', '佐野委員　質問します。'].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	);
	const meeting = result?.meeting;
	// (The field read, no text of the minutes.)
	return [meeting?.date, meeting?.start, meeting?.end, JSON.stringify(result?.body).includes('日時')];
};

describe('a 閉会日時 field under the 開会日時', () => {
	test.each([
		['２　閉会日時　　令和６年１１月２６日（火）午後３時１５分', '15:15'],
		['閉会日時　令和６年１１月２６日（火）午後４時', '16:00'],
		['２　散会日時　　令和６年１１月２６日（火）　１５時４０分', '15:40'],
	])('%s ends the sitting at %s', (closing, end) => {
		expect(times(closing)).toEqual(['2024-11-26', '14:00', end, false]);
	});
});
