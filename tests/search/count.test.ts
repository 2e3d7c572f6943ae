import { describe, expect, test } from 'vitest';
import { COUNT_AUTO_PAGES, countPlan, type CountProgress } from '../../src/search/client/count.ts';
import { describeProgress, NOTHING, unfilteredSearch, type CountState } from '../../src/search/client/render.ts';

describe('countPlan', () => {
	const base: CountProgress = { finished: false, merged: 1, parts: 1, candidates: 20, checked: 8 };
	test.each<[string, Partial<CountProgress>, ReturnType<typeof countPlan>]>([
		['every candidate checked: the total is what is shown', { finished: true, merged: 1, parts: 13 }, 'known'],
		['one part, a dozen pages left: counted at once', {}, 'auto'],
		['one part, exactly the allowance left', { candidates: 8 + COUNT_AUTO_PAGES }, 'auto'],
		['one part, one page more than the allowance', { candidates: 9 + COUNT_AUTO_PAGES }, 'ask'],
		['older parts not merged yet: counting would fetch them all', { merged: 1, parts: 13, candidates: 9 }, 'ask'],
		['every part merged by the round, few pages left', { merged: 13, parts: 13, candidates: 30, checked: 16 }, 'auto'],
		['every part merged, hundreds of candidates', { merged: 13, parts: 13, candidates: 400, checked: 16 }, 'ask'],
	])('%s', (_name, change, expected) => {
		expect(countPlan({ ...base, ...change })).toBe(expected);
	});

	test('the allowance can be set', () => {
		expect(countPlan({ ...base, candidates: 9 }, 0)).toBe('ask');
		expect(countPlan({ ...base, candidates: 8 }, 0)).toBe('auto');
	});
});

describe('describeProgress', () => {
	const round = { shown: 10, checked: 4, unfinished: true, byDate: false };
	test.each<[string, CountState | undefined, string]>([
		['count unknown', undefined, '10 件の発言を表示しています（会議・資料 4 件まで確かめました）。続きは「さらに表示」で。'],
		['being counted', { kind: 'counting' }, '10 件の発言を表示しています（件数を数えています）。'],
		['counted', { kind: 'known', total: 37 }, '37 件中 10 件を表示しています。続きは「さらに表示」で。'],
		['too many candidates to count', { kind: 'too-many', candidates: 612 }, '10 件の発言を表示しています（語を含む会議・資料が 612 件あり、全体の件数は数えていません）。続きは「さらに表示」で。'],
	])('after a round, %s', (_name, count, expected) => {
		expect(describeProgress({ ...round, ...(count ? { count } : {}) }, true)).toBe(expected);
	});

	test.each<[string, Parameters<typeof describeProgress>[0], boolean, string]>([
		['nothing yet, during a round', { ...round, shown: 0 }, false, '検索しています…'],
		['nothing at all', { ...round, shown: 0, unfinished: false }, true, NOTHING],
		['nothing in the pages checked so far', { ...round, shown: 0 }, true, 'まだ見つかっていません（会議・資料 4 件まで確かめました）。「さらに表示」で続きを確かめます。'],
		['nothing so far, the whole archive being checked', { ...round, shown: 0, count: { kind: 'counting' } }, true, 'まだ見つかっていません。アーカイブ全体を確かめています…'],
		['nothing so far, counted: nothing at all', { ...round, shown: 0, count: { kind: 'known', total: 0 } }, true, NOTHING],
		// Under the card of a person the query names: the remarks holding the name were not found, the person was.
		['nothing at all, a person named', { ...round, shown: 0, unfinished: false, named: true }, true, 'この名前を含む発言は見つかりませんでした。'],
		['nothing so far, counted, a person named', { ...round, shown: 0, count: { kind: 'known', total: 0 }, named: true }, true, 'この名前を含む発言は見つかりませんでした。'],
		['everything shown and counted', { ...round, unfinished: false, count: { kind: 'known', total: 10 } }, true, '10 件中 10 件を表示しています。'],
		['by date, count unknown', { ...round, byDate: true }, true, '10 件の発言を表示しています（会議・資料 4 件まで確かめました、日付順はその範囲で）。続きは「さらに表示」で。'],
	])('%s', (_name, progress, final, expected) => {
		expect(describeProgress(progress, final)).toBe(expected);
	});
});

describe('the way out of an empty search under filters', () => {
	test('names the filters it leaves out as the form shows them and searches the same words over the whole archive', () => {
		expect(unfilteredSearch('能動的サイバー防御', [{ label: '会議体', value: 'サイバーセキュリティタスクフォース' }, { label: '年', value: '2023年' }, { label: '発言者', value: '' }], '/archive/search/')).toEqual({
			href: `/archive/search/?q=${encodeURIComponent('能動的サイバー防御')}`,
			text: '絞り込み（会議体：サイバーセキュリティタスクフォース、年：2023年）を外して「能動的サイバー防御」を探す',
		});
		expect(unfilteredSearch('小山 構成員', [{ label: '発言者', value: '後藤座長' }], '/search/')).toEqual({ href: '/search/?q=%E5%B0%8F%E5%B1%B1+%E6%A7%8B%E6%88%90%E5%93%A1', text: '絞り込み（発言者：後藤座長）を外して「小山 構成員」を探す' });
	});

	test('none without a filter, or without words', () => {
		expect(unfilteredSearch('小山', [], '/search/')).toBeNull();
		expect(unfilteredSearch('小山', [{ label: '年', value: '' }], '/search/')).toBeNull();
		expect(unfilteredSearch(' ', [{ label: '年', value: '2024年' }], '/search/')).toBeNull();
	});
});
