/**
 * A town's header field of the sitting's opening, its word spaced out as the other fields' names are
 * (`３．開　　議　　午前９時３０分`): the sitting's start (it had been left a note, the record without a start).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe("the sitting's opening as a spaced field", () => {
	test.each([['３．開　　議　　午前９時３０分', '09:30'], ['開　会　　午後１時', '13:00']])('%s is the start', (field, start) => {
		const document = parseDocuments(
			['令和６年第３回なのはな町議会定例会会議録（第２号）', '', '１．招集年月日　令和６年９月１０日（火）', '', '２．招集の場所　なのはな町議会議場', '', field, '', '４．応招議員', '　　１番　田中　浩一　　２番　今井　陽子', '', '○議長（田中君）　ただいまから本日の会議を開きます。', '○議長（田中君）　本日はこれで散会します。'].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0];
		expect(document?.meeting?.start).toBe(start);
		expect(JSON.stringify(document?.body)).not.toContain('開　');
	});
});
