/**
 * A cooperative's 総代会: who asks in brackets alone on a line, their role, name and district (`（総代　岡崎　康夫　第２地区）`),
 * the question indented below, the answer under the answerer's bracket (`（樋口代表理事専務）`): each a turn.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = ['みどり農業協同組合　第６２回通常総代会議事録', '', '日時　令和６年６月２２日（土）午前１０時', '場所　本所大会議室', '', '　議長が質疑を求めたところ、次の質疑があった。', '　　（総代　岡崎　康夫　第２地区）', '　　　　米の集荷率が下がっている原因と対策について伺いたい。', '　　（樋口代表理事専務）', '　　　　民間業者への直接出荷の増加が主な原因と考えています。', '　　（総代　大谷　修　第４地区）', '　　　　ドローン防除の補助を続けてほしい。'].join('\n');

describe("a 総代's question under their bracket", () => {
	test('each bracket alone over the words is a turn', () => {
		const meeting = parseDocuments(record, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['総代　岡崎　康夫　第２地区', '米の集荷率が下がっている原因と対策について伺いたい。'],
			['樋口代表理事専務', '民間業者への直接出荷の増加が主な原因と考えています。'],
			['総代　大谷　修　第４地区', 'ドローン防除の補助を続けてほしい。'],
		]);
	});
});
