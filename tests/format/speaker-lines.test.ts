import { describe, expect, test } from 'vitest';
import { speakerLines, stickyColumn } from '../../src/format/speaker-lines.ts';

/** Lines of speakers' headings as Chromium drew them on phones (columns of 18, 20.5, 22.375 and 23.75 rem: 320, 360, 390, 412 px). */
const drawn: [string, number, number][] = [
	['事務局（まちづくり推進課地域連携担当係長）', 18, 3],
	['事務局（まちづくり推進課地域連携担当係長）', 22.375, 3],
	['事務局（まちづくり推進課地域連携担当係長）', 23.75, 2],
	['JPCERT コーディネーションセンター 小宮山氏', 20.5, 3],
	['JPCERT コーディネーションセンター 小宮山氏', 22.375, 2],
	['こども未来局子育て支援部長兼こども家庭センター所長（小野佳代君）', 20.5, 3],
	['こども未来局子育て支援部長兼こども家庭センター所長（小野佳代君）', 22.375, 2],
	['中溝サイバーセキュリティ統括官室参事官', 18, 2],
	['日本シーサート協議会 北村氏', 18, 2],
	['総務企画委員長（千葉秀樹君）', 18, 2],
	['市長（北村博之君）', 18, 1],
	['後藤座長', 18, 1],
];

describe('speakerLines', () => {
	test.each(drawn)('%s in a column of %f rem takes %i lines', (label, column, lines) => {
		expect(speakerLines(label, column)).toBe(lines);
	});
});

describe('stickyColumn', () => {
	test('a label of two lines on the narrowest phone sticks at every width', () => {
		expect(stickyColumn('中溝サイバーセキュリティ統括官室参事官')).toBeUndefined();
		expect(stickyColumn('市長（北村博之君）')).toBeUndefined();
	});

	test('a label of three lines sticks from the first column where it takes two', () => {
		expect(stickyColumn('事務局（まちづくり推進課地域連携担当係長）')).toBe(23);
		expect(stickyColumn('JPCERT コーディネーションセンター 小宮山氏')).toBe(22);
	});

	test('a label of three lines in every column a phone has does not stick in any', () => {
		expect(stickyColumn('国立研究開発法人情報通信研究機構サイバーセキュリティ研究所ナショナルサイバートレーニングセンター長（長谷部一郎）')).toBe(32);
	});
});
