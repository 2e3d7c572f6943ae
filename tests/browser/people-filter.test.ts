/** The people list's filter: which people a query keeps, and what the status line says. */
import { describe, expect, test } from 'vitest';
import { matchesPerson, peopleFilterStatus } from '../../src/browser/people-filter.ts';

describe('the people filter', () => {
	test('keeps a person whose name or affiliation holds every word, spaces, width and case aside', () => {
		expect(matchesPerson('後藤 厚宏 情報セキュリティ大学院大学', '後藤')).toBe(true);
		expect(matchesPerson('後藤 厚宏 情報セキュリティ大学院大学', '後藤厚宏')).toBe(true);
		expect(matchesPerson('後藤 厚宏 情報セキュリティ大学院大学', '後藤　大学院')).toBe(true);
		expect(matchesPerson('NICT 理事', 'ｎｉｃｔ')).toBe(true);
		expect(matchesPerson('後藤 厚宏 情報セキュリティ大学院大学', '後藤 総務省')).toBe(false);
		expect(matchesPerson('山田', '')).toBe(true);
	});

	test('says how many it keeps, or that no one fits; nothing without a query', () => {
		expect(peopleFilterStatus('後藤', 2)).toBe('「後藤」に当てはまる 2 人を表示しています。');
		expect(peopleFilterStatus('鈴木', 0)).toBe('「鈴木」に当てはまる人物はいません。');
		expect(peopleFilterStatus('  ', 5)).toBe('');
	});
});
