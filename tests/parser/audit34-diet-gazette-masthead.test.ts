/**
 * The Imperial Diet's records of its sittings were printed in the 官報's 号外 of the next day, and a record typed from it
 * keeps the 官報's masthead over the title: `官報號外　昭和十二年三月四日`. The sitting's day is the date under the title,
 * `昭和十二年三月三日（水曜日）午前十時十二分開議`. Before, the masthead's date was taken for the sitting's, and the time on
 * the sitting's date line was lost with it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `官報號外　昭和十二年三月四日
第七十回帝國議會貴族院議事速記録第十五號

昭和十二年三月三日（水曜日）午前十時十二分開議
    議事日程　第十五號
      昭和十二年三月三日
      午前十時開議
 第一　所得税法中改正法律案（政府提出、衆議院送付）　第一讀會
    ―――――――――――――
○議長（公爵近衞文麿君）　是ヨリ本日ノ會議ヲ開キマス、日程第一、所得税法中改正法律案ノ第一讀會ヲ開キマス、大藏大臣
○國務大臣（結城豐太郎君）　只今議題トナリマシタ法律案ニ付キマシテ其ノ大要ヲ申上ゲマス
○子爵大河内正敏君　質問致シマス、本案ニ依ル減收額ハ幾許デアリマスカ
○議長（公爵近衞文麿君）　本日ハ是ニテ散會致シマス
    午前十一時五分散會
`;

describe("a record under the 官報's masthead", () => {
	test('is dated by the sitting, with its opening time', () => {
		const { meeting } = parseText(RECORD, 'kizokuin-70-15.txt');
		expect([meeting?.title, meeting?.date, meeting?.start, meeting?.end]).toEqual(['第70回帝国議会 貴族院 本会議 第15号', '1937-03-03', '10:12', '11:05']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（公爵近衞文麿君）', '國務大臣（結城豐太郎君）', '子爵大河内正敏君', '議長（公爵近衞文麿君）']);
	});

	test('the masthead written without a space, its weekday after it', () => {
		const { meeting } = parseText(RECORD.replace('官報號外　昭和十二年三月四日', '官報號外昭和十二年三月四日　木曜日'), 'kizokuin-70-15.txt');
		expect([meeting?.date, meeting?.start]).toEqual(['1937-03-03', '10:12']);
	});

	test('dates the record when it gives the only date', () => {
		const { meeting } = parseText(RECORD.replace(/^昭和十二年三月三日（水曜日）午前十時十二分開議\n/mu, '').replace(/^\s+昭和十二年三月三日\n/mu, ''), 'kizokuin-70-15.txt');
		expect(meeting?.date).toBe('1937-03-04');
	});
});
