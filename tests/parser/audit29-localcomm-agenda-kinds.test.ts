/**
 * A 審議会's header listing its business by kind: `議　案：` with the motions numbered `議第１号`, then `報告事項：` with its
 * items in brackets. Both are the agenda, where the motions had been lost under the bracketed report.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = (agenda: readonly string[]) =>
	parseLines([
		'第１９２回　さくらが丘市都市計画審議会　議事録',
		'',
		'日　時：令和６年１１月１５日（金）午後２時００分～午後３時３０分',
		'場　所：市役所本庁舎７階　大会議室',
		...agenda,
		'',
		'篠原会長：それでは議事に入ります。議第１号について事務局から説明をお願いします。',
		'川村委員：削除後の土地利用の見込みはどうなっていますか。',
	]).meeting?.agenda.map((item) => item.title);

describe('an agenda listed by kind of business', () => {
	test('the motions under 議案 and the reports in brackets under 報告事項 are all items', () => {
		expect(record(['議　案：', '　議第１号　生産緑地地区の変更について（市決定）', '　議第２号　地区計画の決定について（市決定）', '報告事項：', '　（１）立地適正化計画の見直しについて'])).toEqual([
			'議第１号　生産緑地地区の変更について（市決定）',
			'議第２号　地区計画の決定について（市決定）',
			'立地適正化計画の見直しについて',
		]);
	});

	test('motions among items numbered in brackets are kept', () => {
		expect(record(['議事日程', '　議案第１号　生産緑地地区の変更について', '　議案第２号　地区計画の決定について', '　（１）立地適正化計画の見直しについて'])).toEqual([
			'議案第１号　生産緑地地区の変更について',
			'議案第２号　地区計画の決定について',
			'立地適正化計画の見直しについて',
		]);
	});

	test('the parts of a 次第 around the items in brackets are still left out', () => {
		expect(record(['議題', '　１　開会', '　２　議事', '　（１）生産緑地地区の変更について', '　（２）地区計画の決定について', '　３　閉会'])).toEqual(['生産緑地地区の変更について', '地区計画の決定について']);
	});
});
