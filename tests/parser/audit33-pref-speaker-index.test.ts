/**
 * A prefecture's printed volume whose index of speakers (`発言者一覧` over `　○議長（岸本　誠君）` …) stands at its head: the
 * heading is the volume's, kept with its entries, no minutes viewer's link.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText } from './unseen-helpers.ts';

const VOLUME = `　　　　　　　　　令和６年９月定例会

　　　　　　　　　やまなみ県議会会議録

発言者一覧
　○議長（岸本　誠君）
　○知事（三宅雄一君）

令和６年９月１０日（火曜日）

出席議員（２名）
　　１番　工　藤　彩　花　君　　　　２番　岸　本　　　誠　君

○議長（岸本誠君）　ただいまから令和６年９月定例会を開会いたします。
○知事（三宅雄一君）　本日提出いたしました議案について御説明申し上げます。
○議長（岸本誠君）　これにて散会いたします。
`;

describe('a volume\'s index of speakers', () => {
	test('`発言者一覧` stays over its entries, without a warning of web navigation', () => {
		const result = parseText(VOLUME, 'yamanami-r6-09.txt');
		const notes = notesOf(result);
		expect(notes).toContain('発言者一覧');
		expect(notes.indexOf('○議長（岸本　誠君）')).toBeGreaterThan(notes.indexOf('発言者一覧'));
		expect(result.diagnostics.filter((d) => d.code === 'web-navigation')).toEqual([]);
		expect(result.meeting?.remarks).toHaveLength(3);
	});
});
