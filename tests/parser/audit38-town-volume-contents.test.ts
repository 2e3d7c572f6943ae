/**
 * A 定例会's printed volume whose cover carries its 目次 over the sittings (`目　　次` / `第１日（６月１０日）` / `一般質問　……　２`),
 * each sitting titled `…定例会会議録（第１日）` under the cover's title: a record each, the cover and its contents the first one's.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const sitting = (day: string, date: string, number: string, turns: string[]): string[] => [
	`令和６年第２回あおい台町議会定例会会議録（${day}）`,
	'',
	date,
	'',
	'出席議員（４名）',
	'　１番　森　田　絢　子　　２番　原　　　浩　明',
	'　３番　三　宅　　　隆　　４番　戸　田　修　平',
	'',
	'説明のため出席した者',
	'　町長　　　　大　塚　英　司',
	'',
	`議事日程（${number}）`,
	'　日程第１　一般質問',
	'',
	'　　　　　午前９時３０分開議',
	...turns,
	'',
	'－１－',
	'',
];

const volume = [
	'令和６年第２回あおい台町議会定例会会議録',
	'',
	'会期　令和６年６月１０日から６月１１日まで（２日間）',
	'',
	'目　　次',
	'第１日（６月１０日）',
	'　開会・開議の宣告　……………………　１',
	'　一般質問　……………………………　２',
	'第２日（６月１１日）',
	'　議案第２０号　………………………　８',
	'',
	...sitting('第１日', '令和６年６月１０日（月曜日）', '第１号', [
		'○議長（戸田修平君）　ただいまから定例会を開会します。',
		'○３番（三宅隆君）　防災行政無線のデジタル化について伺います。',
		'○町長（大塚英司君）　今年度中に実施設計を行います。',
	]),
	...sitting('第２日', '令和６年６月１１日（火曜日）', '第２号', [
		'○議長（戸田修平君）　日程第１、議案第２０号を議題とします。',
		'○４番（戸田修平君）　町民への影響はありますか。',
		'○町長（大塚英司君）　負担の増減はございません。',
		'○議長（戸田修平君）　これで閉会します。',
	]),
].join('\n');

describe("a volume's cover with its contents over the sittings numbered by day", () => {
	const results = parseDocuments(volume, { source: 'aoidai-2024-2.txt', sourceHash: 'e'.repeat(64) });

	test('each day is a record of its own, dated by its day', () => {
		expect(results.map((result) => [result.meeting?.date, result.meeting?.remarks.length])).toEqual([
			['2024-06-10', 3],
			['2024-06-11', 4],
		]);
	});

	test("the second day's turns are its own, not the first day's", () => {
		expect(results[1]?.meeting?.remarks.map((remark) => remark.text)).toContain('負担の増減はございません。');
		expect(results[0]?.meeting?.remarks.map((remark) => remark.text)).not.toContain('負担の増減はございません。');
	});
});
