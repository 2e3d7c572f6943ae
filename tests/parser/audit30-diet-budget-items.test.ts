/**
 * The business of a 衆議院 sitting on the budget or the accounts (`本日の会議に付した案件`, `本日の公聴会で意見を聞いた案件`): each
 * line an item by its name alone (`令和六年度一般会計予算`, `令和四年度一般会計歳入歳出決算`, `…総計算書`, `…決算書`). They had been
 * read as one item wrapped over lines, all the names run together. A 分科会's part of them in brackets under the last
 * (`（文部科学省所管）`) qualifies that item, no item of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sitting = (committee: string, heading: string, items: readonly string[]): string => `第213回国会　衆議院　${committee}　第1号
令和六年二月二十日（火曜日）
　　　　午前九時開議
　出席委員
　　　委員長　小野寺五典君
　　　理事　井上　信治君　理事　牧島かれん君
　　―――――――――――――
${heading}
${items.map((item) => `　${item}`).join('\n')}
　　――――◇―――――
○小野寺委員長　これより会議を開きます。
○小野寺委員長　本日は、これにて散会いたします。
　　　　午後三時十二分散会
`;

describe('items of the budget and the accounts', () => {
	test('a 公聴会 on the budget has three items', () => {
		const items = ['令和六年度一般会計予算', '令和六年度特別会計予算', '令和六年度政府関係機関予算'];
		const { meeting } = parseText(sitting('予算委員会公聴会', '本日の公聴会で意見を聞いた案件', items), 'yosan-koshokai-1.txt');
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual(items.map((item, index) => [index + 1, item]));
	});

	test('the accounts are an item each, and a wrapped item is still one', () => {
		const { meeting } = parseText(
			sitting('決算行政監視委員会', '本日の会議に付した案件', [
				'令和四年度一般会計歳入歳出決算',
				'令和四年度政府関係機関決算書',
				'令和四年度国有財産増減及び現在額総計算書',
				'歳出決算の審査に関する重要な財政的・行',
				'政的事項についての',
				'調査に関する件',
			]),
			'kessan-1.txt',
		);
		expect(meeting?.agenda.map((item) => item.title)).toEqual([
			'令和四年度一般会計歳入歳出決算',
			'令和四年度政府関係機関決算書',
			'令和四年度国有財産増減及び現在額総計算書',
			'歳出決算の審査に関する重要な財政的・行政的事項についての調査に関する件',
		]);
	});

	test("a 分科会's part of the budget in brackets qualifies the item above it", () => {
		const items = ['令和六年度一般会計予算', '令和六年度特別会計予算', '令和六年度政府関係機関予算', '（文部科学省所管）'];
		const { meeting } = parseText(sitting('予算委員会第四分科会', '本日の会議に付した案件', items), 'yosan-bunka4-1.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['令和六年度一般会計予算', '令和六年度特別会計予算', '令和六年度政府関係機関予算（文部科学省所管）']);
	});
});
