/**
 * A title set on two lines with the record's word alone on the second (`令和６年度　第２回かえで市環境審議会` / `会　議　録`,
 * a title centred or set in a text box in Word): one title, where the second line had been a header line not understood.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe('a title with 会議録 alone on its second line', () => {
	test('is one title, with no warning', () => {
		const text = [
			'令和６年度　第２回かえで市環境審議会',
			'会　議　録',
			'',
			'日時　令和６年１０月２日（水）午後１時３０分～午後３時',
			'場所　かえで市役所　４階　大会議室',
			'出席委員　岡本会長、杉山副会長、黒田委員',
			'○岡本会長　それでは会議を始めます。',
			'○黒田委員　質問があります。',
		].join('\n');
		const [result] = parseDocuments(text, { source: 'kankyo-2.txt', sourceHash: '0'.repeat(64) });
		expect(result?.meeting?.title).toBe('令和６年度　第２回かえで市環境審議会 会　議　録');
		expect(result?.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.message)).toEqual([]);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['岡本会長', '黒田委員']);
	});
});
