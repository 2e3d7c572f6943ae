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

	test("keeps a person whose name's reading holds a word typed in kana (hiragana or katakana of any width, spaces and ・ aside)", () => {
		const text = '髙橋 花子 内閣委員会';
		expect(matchesPerson(text, 'たかはし', 'たかはしはなこ')).toBe(true);
		expect(matchesPerson(text, 'タカハシ', 'たかはしはなこ')).toBe(true);
		expect(matchesPerson(text, 'ﾀｶﾊｼ', 'たかはしはなこ')).toBe(true);
		expect(matchesPerson(text, 'タカハシ・ハナコ', 'たかはし はなこ')).toBe(true);
		expect(matchesPerson(text, 'たかはし 内閣', 'たかはしはなこ')).toBe(true);
		expect(matchesPerson(text, 'すずき', 'たかはしはなこ')).toBe(false);
		// (Without a reading, a kana word is looked for in the name and affiliation only.)
		expect(matchesPerson(text, 'たかはし')).toBe(false);
	});

	test('says how many it keeps, or that no one fits; nothing without a query', () => {
		expect(peopleFilterStatus('後藤', 2)).toBe('「後藤」に当てはまる 2 人を表示しています。');
		expect(peopleFilterStatus('鈴木', 0)).toBe('「鈴木」に当てはまる人物はいません。');
		expect(peopleFilterStatus('  ', 5)).toBe('');
	});
});
