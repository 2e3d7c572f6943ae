import { describe, expect, test } from 'vitest';
import { filterStatus } from '../../src/browser/timeline-filter.ts';

describe('the timeline filter’s status line', () => {
	test('names up to three series, counts more, gives the order, and says when none is chosen', () => {
		expect(filterStatus(['A', 'B', 'C', 'D', 'E'], 5, 40)).toBe('すべての会議体の 40 件を、新しい順に表示しています。');
		expect(filterStatus(['テスト研究会'], 5, 3)).toBe('テスト研究会の 3 件を、新しい順に表示しています。');
		expect(filterStatus(['A', 'B', 'C'], 5, 9)).toBe('A、B、Cの 9 件を、新しい順に表示しています。');
		expect(filterStatus(['A', 'B', 'C', 'D'], 5, 12, 'oldest')).toBe('4 会議体の 12 件を、古い順に表示しています。');
		expect(filterStatus([], 5, 0)).toBe('会議体が一つも選ばれていません。表示する会議・資料はありません。');
	});
});
