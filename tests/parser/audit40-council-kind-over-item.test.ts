/**
 * A kind of business written unnumbered over its own item in a header's agenda (`報告事項` / `　…の改定について` after the bills,
 * as a city's 都市計画審議会 lists them): a heading of that item, no item itself (it had been one more item of the agenda); a kind
 * listed over another kind or the close (`報告事項` / `協議事項` / `閉会`) stays an item.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const agenda = (items: readonly string[]) =>
	parseDocuments(
		['第５２回あおば市都市計画審議会　会議録', '', '開催日時　令和６年８月２０日（火）午後２時００分～午後３時１５分', '開催場所　市役所本庁舎５階', '', '議　　題', ...items, '', '会議の経過', '', '会長（菅原直樹）　議案第１号について説明を求めます。', '', '都市計画課長（大塚康平）　御説明いたします。'].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.meeting?.agenda.map((item) => item.title);

describe('a kind of business over its item', () => {
	test('after the bills', () => {
		expect(agenda(['　議案第１号　あおば都市計画地区計画の決定について', '　議案第２号　あおば都市計画生産緑地地区の変更について', '報告事項', '　あおば市立地適正化計画の改定について'])).toEqual([
			'議案第１号　あおば都市計画地区計画の決定について',
			'議案第２号　あおば都市計画生産緑地地区の変更について',
			'あおば市立地適正化計画の改定について',
		]);
	});

	test('each kind over its items', () => {
		expect(agenda(['報告事項', '　令和５年度事業報告について', '協議事項', '　令和６年度事業計画について', '　委員の改選について'])).toEqual(['令和５年度事業報告について', '令和６年度事業計画について', '委員の改選について']);
	});

	test('kinds listed as the items themselves', () => {
		expect(agenda(['開会', '報告事項', '協議事項', '閉会'])).toEqual(['開会', '報告事項', '協議事項', '閉会']);
	});
});
